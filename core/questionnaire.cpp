// Lookups on the questionnaire model and the default maturity levels.
#include "questionnaire.h"

#include "catalogue.h"

#include <algorithm>
#include <cmath>

namespace Phare {

namespace {
// The index is keyed by QString and Qt 6.4's QHash cannot look a QStringView up: wrap the caller's
// characters instead of copying them, so the lookups the scorer makes for every condition allocate nothing.
QString borrowed(QStringView id)
{
    return QString::fromRawData(id.data(), id.size());
}
} // namespace

const Option *Question::option(QStringView optionId) const
{
    for (const Option &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

double Question::normalisedOptionScore(const Option &option) const
{
    double lowest = option.score;
    double highest = option.score;
    for (const Option &o : options) {
        lowest = std::min(lowest, o.score);
        highest = std::max(highest, o.score);
    }
    return highest > lowest ? (option.score - lowest) / (highest - lowest) : 0.0;
}

const Question *Questionnaire::question(QStringView questionId) const
{
    const auto it = m_index.constFind(borrowed(questionId));
    if (it == m_index.cend())
        return nullptr;
    return &dimensions[it->first].questions[it->second];
}

const Dimension *Questionnaire::dimension(QStringView dimensionId) const
{
    for (const Dimension &d : dimensions) {
        if (d.id == dimensionId)
            return &d;
    }
    return nullptr;
}

int Questionnaire::dimensionIndexOf(QStringView questionId) const
{
    const auto it = m_index.constFind(borrowed(questionId));
    return it == m_index.cend() ? -1 : it->first;
}

std::pair<int, int> Questionnaire::position(QStringView questionId) const
{
    const auto it = m_index.constFind(borrowed(questionId));
    return it == m_index.cend() ? std::pair<int, int>{-1, -1} : *it;
}

int Questionnaire::questionCount() const
{
    int n = 0;
    for (const Dimension &d : dimensions)
        n += static_cast<int>(d.questions.size());
    return n;
}

const Level *Questionnaire::levelFor(double score) const
{
    return Phare::levelFor(levels, score);
}

int Questionnaire::subjectCount() const
{
    return questionCount() + static_cast<int>(dimensions.size());
}

namespace {

// Fills a condition's derived fields from what it names (see Condition).
bool onProfile(const Condition &c)
{
    return c.kind == Condition::Kind::ProfileIn || c.kind == Condition::Kind::ProfileNotIn;
}

// Points a condition at the question it names in q: its position, and its options as bits.
void resolveQuestion(Condition &c, const Questionnaire &q, const QList<int> &firstQuestion)
{
    const auto [d, i] = q.position(c.question);
    if (d < 0)
        return;
    c.dimensionIndex = d;
    c.questionIndex = i;
    c.subject = firstQuestion.value(d) + i;
    const Question &question = q.dimensions[d].questions[i];
    if (!c.row.isEmpty()) {
        for (int r = 0; r < question.rows.size(); ++r) {
            if (question.rows[r].id == c.row) {
                c.rowIndex = r;
                break;
            }
        }
    }
    const QList<Option> &options = question.options;
    // ContentLimits::maxOptions (50) fits in the 64 bits; an option past them could never be named.
    for (int o = 0; o < std::min<qsizetype>(options.size(), 64); ++o) {
        if (c.options.contains(options[o].id))
            c.optionMask |= quint64(1) << o;
    }
}

void resolve(Condition &c, const Questionnaire &q, const QList<int> &firstQuestion, int questionCount)
{
    for (Condition &child : c.children)
        resolve(child, q, firstQuestion, questionCount);
    if (onProfile(c) || c.kind == Condition::Kind::SectorIn || c.kind == Condition::Kind::SizeIn)
        return; // the profile's questions are resolved by resolveProfile(); the others name no question
    c.dimensionIndex = -1;
    c.questionIndex = -1;
    c.subject = -1;
    c.rowIndex = -1;
    c.optionMask = 0;
    if (c.kind == Condition::Kind::DimensionScoreBelow) {
        for (int d = 0; d < q.dimensions.size(); ++d) {
            if (q.dimensions[d].id == c.dimension) {
                c.dimensionIndex = d;
                c.subject = questionCount + d;
                break;
            }
        }
        return;
    }
    if (c.question.isEmpty())
        return;
    resolveQuestion(c, q, firstQuestion);
}

} // namespace

void resolveProfile(Condition &condition, const Questionnaire *profile)
{
    for (Condition &child : condition.children)
        resolveProfile(child, profile);
    if (!onProfile(condition))
        return;
    condition.dimensionIndex = -1;
    condition.questionIndex = -1;
    condition.subject = -1;
    condition.rowIndex = -1;
    condition.optionMask = 0;
    if (profile)
        resolveQuestion(condition, *profile, {});
    condition.subject = -1; // never a reason of its own: the profile says who the firm is, not a gap
}

void Questionnaire::buildIndex()
{
    m_index.clear();
    m_byId.clear();
    QList<int> firstQuestion;
    int count = 0;
    for (int d = 0; d < dimensions.size(); ++d) {
        firstQuestion.append(count);
        for (int q = 0; q < dimensions[d].questions.size(); ++q) {
            if (!m_index.contains(dimensions[d].questions[q].id))
                m_index.insert(dimensions[d].questions[q].id, {d, q});
            m_byId.push_back({dimensions[d].questions[q].id, {d, q}});
        }
        count += static_cast<int>(dimensions[d].questions.size());
    }
    // QMap orders its keys with operator<; the same order here. Equal ids (an error the loader
    // reports) stay in reading order, and the first one is the one position() finds.
    std::stable_sort(m_byId.begin(), m_byId.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (Dimension &d : dimensions) {
        for (Question &question : d.questions) {
            if (question.showIf)
                resolve(*question.showIf, *this, firstQuestion, count);
        }
    }
    for (Rule &rule : rules) {
        resolve(rule.when, *this, firstQuestion, count);
        if (rule.given)
            resolve(*rule.given, *this, firstQuestion, count);
    }
}

QList<Level> defaultLevels()
{
    return {
        {QStringLiteral("basic"),
         25,
         {QStringLiteral("Débutant"), QStringLiteral("Basic")},
         {QStringLiteral("Les outils numériques sont peu ou pas utilisés."),
          QStringLiteral("Digital tools are used little or not at all.")}},
        {QStringLiteral("average"),
         50,
         {QStringLiteral("Intermédiaire"), QStringLiteral("Average")},
         {QStringLiteral("Les bases sont en place, mais sans plan d'ensemble."),
          QStringLiteral("The basics are in place, without an overall plan.")}},
        {QStringLiteral("moderately-advanced"),
         75,
         {QStringLiteral("Assez avancé"), QStringLiteral("Moderately advanced")},
         {QStringLiteral("Le numérique est organisé et suivi dans la plupart des activités."),
          QStringLiteral("Digital is organised and followed up in most activities.")}},
        {QStringLiteral("advanced"),
         100,
         {QStringLiteral("Avancé"), QStringLiteral("Advanced")},
         {QStringLiteral("Le numérique est maîtrisé et sert la stratégie de l'entreprise."),
          QStringLiteral("Digital is mastered and serves the firm's strategy.")}},
    };
}

const Level *levelFor(const QList<Level> &levels, double score)
{
    for (const Level &level : levels) {
        // Scores are shown rounded, so a level's band is judged on the rounded score.
        if (std::round(score) <= level.max)
            return &level;
    }
    return levels.isEmpty() ? nullptr : &levels.last();
}

} // namespace Phare
