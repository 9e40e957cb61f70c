// Scoring as documented in docs/questionnaire-format.md ("Question types and how each is scored").
#include "scorer.h"

#include "translator.h"

#include <QCoreApplication>

#include <algorithm>
#include <type_traits>

namespace Phare {

namespace {

// Whether Qt would move T in memory as bytes without being told: it is trivially copyable, or Qt declares it so.
template <typename T> constexpr bool relocatable = QTypeInfo<std::remove_cvref_t<T>>::isRelocatable;

// What scorer.h declares: DimensionResult and ThemeResult are relocatable because each member is. A binding names
// every member (it does not compile otherwise), so a new member is checked too.
[[maybe_unused]] void relocatableMembers(const DimensionResult &dimension, const ThemeResult &theme)
{
    const auto &[d1, d2, d3, d4, d5, d6] = dimension;
    static_assert(relocatable<decltype(d1)> && relocatable<decltype(d2)> && relocatable<decltype(d3)> &&
                  relocatable<decltype(d4)> && relocatable<decltype(d5)> && relocatable<decltype(d6)>);
    const auto &[t1, t2, t3, t4, t5, t6, t7] = theme;
    static_assert(relocatable<decltype(t1)> && relocatable<decltype(t2)> && relocatable<decltype(t3)> &&
                  relocatable<decltype(t4)> && relocatable<decltype(t5)> && relocatable<decltype(t6)> &&
                  relocatable<decltype(t7)>);
}

} // namespace

const QuestionResult *ThemeResult::question(QStringView id) const
{
    if (!questionnaire)
        return nullptr;
    const auto [d, q] = questionnaire->position(id);
    if (d < 0 || d >= dimensions.size() || q >= dimensions[d].questions.size())
        return nullptr;
    return &dimensions[d].questions[q];
}

const DimensionResult *ThemeResult::dimension(QStringView id) const
{
    for (const DimensionResult &d : dimensions) {
        if (d.dimension->id == id)
            return &d;
    }
    return nullptr;
}

QList<const DimensionResult *> ThemeResult::scoredDimensions() const
{
    QList<const DimensionResult *> out;
    for (const DimensionResult &d : dimensions) {
        if (d.dimension->scored)
            out.append(&d);
    }
    return out;
}

const ThemeResult *AssessmentResult::theme(QStringView id) const
{
    for (const ThemeResult &t : themes) {
        if (t.questionnaire->id == id)
            return &t;
    }
    if (profile.questionnaire && profile.questionnaire->id == id)
        return &profile;
    return nullptr;
}

const QList<Level> &overallLevels(const Content &content)
{
    static const QList<Level> defaults = defaultLevels();
    return content.organisation.overallLevels.isEmpty() ? defaults : content.organisation.overallLevels;
}

namespace {

bool answerMatches(const QuestionResult &result, const CompiledCondition &condition)
{
    if (result.state != QuestionResult::State::Answered || !result.answer)
        return false;
    const Answer &a = *result.answer;
    // The options were turned into indices when scoring and when loading: no string is compared.
    const auto named = [&](int option) {
        return option >= 0 && option < 64 && ((condition.optionMask >> option) & 1U) != 0;
    };
    switch (a.kind) {
    case Answer::Kind::Choice:
        return result.choice >= 64 ? condition.options.contains(a.choice) : named(result.choice);
    case Answer::Kind::Ticked:
        return (result.ticked & condition.optionMask) != 0 ||
               (result.question->options.size() > 64 &&
                std::any_of(a.ticked.cbegin(), a.ticked.cend(),
                            [&](const QString &o) { return condition.options.contains(o); }));
    case Answer::Kind::Rows: {
        if (condition.row >= 0 && condition.row < ContentLimits::maxRows)
            return named(result.rowChoice[static_cast<std::size_t>(condition.row)] - 1);
        const auto row = a.rows.constFind(condition.rowId); // one lookup, not two
        return row != a.rows.cend() && condition.options.contains(*row);
    }
    default:
        return false;
    }
}

// Checks an answer against its question; returns the normalised score, or a reason it cannot count.
std::optional<double> normalise(const Question &q, const Answer &a, QuestionResult &result, QString &problem)
{
    const auto wrongKind = [&] {
        problem = QCoreApplication::translate("Phare::Scorer", "the answer does not fit a %1 question")
                      .arg(questionTypeId(q.type));
        return std::nullopt;
    };
    switch (q.type) {
    case QuestionType::Scale:
    case QuestionType::YesNo: {
        if (a.kind != Answer::Kind::Choice)
            return wrongKind();
        const Option *option = q.option(a.choice);
        if (!option) {
            problem = QCoreApplication::translate("Phare::Scorer", "the option '%1' no longer exists").arg(a.choice);
            return std::nullopt;
        }
        result.choice = static_cast<int>(option - q.options.constData());
        result.excluded = !option->scored;
        return q.normalisedOptionScore(*option);
    }
    case QuestionType::Checklist: {
        if (a.kind != Answer::Kind::Ticked)
            return wrongKind();
        int offered = 0;
        int ticked = 0;
        bool exclusive = false;
        // A repeated option counts once; the lists are short, so look back rather than copy and dedupe.
        for (qsizetype i = 0; i < a.ticked.size(); ++i) {
            const QString &id = a.ticked[i];
            if (std::find(a.ticked.cbegin(), a.ticked.cbegin() + i, id) != a.ticked.cbegin() + i)
                continue;
            const Option *option = q.option(id);
            if (!option) {
                problem = QCoreApplication::translate("Phare::Scorer", "the option '%1' no longer exists").arg(id);
                return std::nullopt;
            }
            exclusive = exclusive || option->exclusive;
            ticked += option->exclusive ? 0 : 1;
            if (const qsizetype index = option - q.options.constData(); index < 64)
                result.ticked |= quint64(1) << index;
        }
        if (exclusive && ticked > 0) {
            problem =
                QCoreApplication::translate("Phare::Scorer", "\"none of these\" is ticked together with other options");
            return std::nullopt;
        }
        for (const Option &o : q.options)
            offered += o.exclusive ? 0 : 1;
        return offered > 0 ? static_cast<double>(ticked) / offered : 0.0;
    }
    case QuestionType::Grid: {
        if (a.kind != Answer::Kind::Rows)
            return wrongKind();
        double sum = 0;
        int rows = 0;
        int unscoredRows = 0;
        QStringList skipped;
        for (auto it = a.rows.cbegin(); it != a.rows.cend(); ++it) {
            const auto row =
                std::find_if(q.rows.cbegin(), q.rows.cend(), [&](const GridRow &r) { return r.id == it.key(); });
            const bool knownRow = row != q.rows.cend();
            const Option *option = q.option(it.value());
            if (knownRow && option) {
                const qsizetype r = row - q.rows.cbegin();
                const qsizetype o = option - q.options.constData();
                if (r < ContentLimits::maxRows && o < 127)
                    result.rowChoice[static_cast<std::size_t>(r)] = static_cast<qint8>(o + 1);
            }
            if (knownRow && option && !option->scored) {
                ++unscoredRows; // `score: null`: this row says nothing about the measure
                continue;
            }
            if (!knownRow || !option) {
                // The other rows still count; this one is kept in the file and reported.
                skipped.append(
                    knownRow
                        ? QCoreApplication::translate("Phare::Scorer",
                                                      "the option '%1' of the row '%2' no longer exists")
                              .arg(it.value(), it.key())
                        : QCoreApplication::translate("Phare::Scorer", "the row '%1' no longer exists").arg(it.key()));
                continue;
            }
            sum += q.normalisedOptionScore(*option);
            ++rows;
        }
        problem = skipped.join(QStringLiteral("; "));
        if (rows == 0 && unscoredRows > 0) {
            result.excluded = true; // answered, but only with options that have no score
            return 0.0;
        }
        if (rows == 0) {
            if (problem.isEmpty())
                problem = QCoreApplication::translate("Phare::Scorer", "no row is answered");
            return std::nullopt;
        }
        return sum / rows;
    }
    }
    return std::nullopt;
}

// The result of the question a condition names, or null (resolved when the content was loaded).
const QuestionResult *namedQuestion(const CompiledCondition &c, const ThemeResult &theme)
{
    if (c.dimension < 0 || c.question < 0 || c.dimension >= theme.dimensions.size())
        return nullptr;
    const QList<QuestionResult> &questions = theme.dimensions[c.dimension].questions;
    return c.question < questions.size() ? &questions[c.question] : nullptr;
}

const DimensionResult *namedDimension(const CompiledCondition &c, const ThemeResult &theme)
{
    if (c.dimension < 0 || c.dimension >= theme.dimensions.size())
        return nullptr;
    return &theme.dimensions[c.dimension];
}

// Every question (answered) and dimension (scored) a condition names; facts about the firm are not
// reasons of a negated condition.
void collectNamed(const CompiledCondition &condition, const ThemeResult &theme, QList<ConditionHit> &out)
{
    for (const CompiledCondition &child : condition.children)
        collectNamed(child, theme, out);
    switch (condition.kind) {
    case Condition::Kind::ProfileIn:
    case Condition::Kind::ProfileNotIn:
    case Condition::Kind::SectorIn:
    case Condition::Kind::SizeIn:
        return;
    default:
        break;
    }
    if (condition.kind == Condition::Kind::DimensionScoreBelow) {
        if (const DimensionResult *d = namedDimension(condition, theme); d && d->score)
            out.append({nullptr, d, condition.subject});
    } else if (const QuestionResult *q = namedQuestion(condition, theme); q && q->answer && q->visible()) {
        out.append({q, nullptr, condition.subject});
    }
}

} // namespace

bool evaluateCondition(const CompiledCondition &condition, const ThemeResult &theme, QList<ConditionHit> *looked,
                       const FirmFacts *firm)
{
    switch (condition.kind) {
    case Condition::Kind::All: {
        // The children add what they looked at straight to `looked`; if one fails, all of it is taken
        // back, so nothing is allocated for a rule that does not fire.
        const qsizetype before = looked ? looked->size() : 0;
        for (const CompiledCondition &child : condition.children) {
            if (!evaluateCondition(child, theme, looked, firm)) {
                if (looked)
                    looked->resize(before);
                return false;
            }
        }
        return true;
    }
    case Condition::Kind::Any: {
        bool any = false;
        for (const CompiledCondition &child : condition.children)
            any = evaluateCondition(child, theme, looked, firm) || any;
        return any;
    }
    case Condition::Kind::Not: {
        const bool hit = !evaluateCondition(condition.children.front(), theme, nullptr, firm);
        // The negated condition failed: what it names is why this one holds.
        if (hit && looked)
            collectNamed(condition.children.front(), theme, *looked);
        return hit;
    }
    case Condition::Kind::SectorIn:
        return firm && condition.options.contains(firm->sector);
    case Condition::Kind::SizeIn:
        return firm && condition.options.contains(firm->size);
    case Condition::Kind::ProfileIn:
    case Condition::Kind::ProfileNotIn: {
        // Unknown (no profile, not answered, "don't know"): neither in nor not in.
        const QuestionResult *q = firm && firm->profile ? namedQuestion(condition, *firm->profile) : nullptr;
        if (!q || q->state != QuestionResult::State::Answered)
            return false;
        const bool hit = answerMatches(*q, condition) == (condition.kind == Condition::Kind::ProfileIn);
        if (hit && looked)
            looked->append({q, nullptr, condition.question, true});
        return hit;
    }
    case Condition::Kind::DimensionScoreBelow: {
        const DimensionResult *d = namedDimension(condition, theme);
        const bool hit = d && d->score && *d->score < condition.threshold;
        if (hit && looked)
            looked->append({nullptr, d, condition.subject});
        return hit;
    }
    default:
        break;
    }
    const QuestionResult *q = namedQuestion(condition, theme);
    if (!q)
        return false;
    bool hit = false;
    switch (condition.kind) {
    case Condition::Kind::AnswerIn:
        hit = answerMatches(*q, condition);
        break;
    case Condition::Kind::AnswerNotIn:
        hit = q->state == QuestionResult::State::Answered && !answerMatches(*q, condition);
        break;
    case Condition::Kind::ScoreBelow:
        hit = q->counted() && q->normalised * 100.0 < condition.threshold;
        break;
    case Condition::Kind::DontKnow:
        hit = q->state == QuestionResult::State::DontKnow;
        break;
    default:
        break;
    }
    if (hit && looked)
        looked->append({q, nullptr, condition.subject});
    return hit;
}

ThemeResult Scorer::scoreTheme(const Content &content, const Questionnaire &questionnaire, const ThemeAnswers *answers,
                               QList<ScoreIssue> *issues, const FirmFacts *firm)
{
    if (const QuestionnaireIndex *index = content.index().of(content, questionnaire))
        return scoreTheme(questionnaire, *index, answers, issues, firm);
    return scoreTheme(questionnaire, ContentIndex::compile(questionnaire, content), answers, issues, firm);
}

ThemeResult Scorer::scoreTheme(const Questionnaire &questionnaire, const QuestionnaireIndex &index,
                               const ThemeAnswers *answers, QList<ScoreIssue> *issues, const FirmFacts *firm)
{
    const auto issue = [&](const QString &question, const QString &message) {
        if (issues)
            issues->append({questionnaire.id, question, message});
    };
    ThemeResult theme;
    theme.questionnaire = &questionnaire;
    theme.dimensions.reserve(questionnaire.dimensions.size());
    for (const Dimension &d : questionnaire.dimensions) {
        DimensionResult dr;
        dr.dimension = &d;
        dr.questions.resize(d.questions.size()); // made in place, then pointed at their questions
        QuestionResult *qr = dr.questions.data();
        for (const Question &q : d.questions)
            (qr++)->question = &q;
        theme.dimensions.append(std::move(dr));
    }
    if (answers) {
        if (answers->version != questionnaire.version) {
            issue({},
                  QCoreApplication::translate(
                      "Phare::Scorer", "answered against version %1 of the questionnaire, which is now at version %2; "
                                       "answers are matched by question")
                      .arg(answers->version)
                      .arg(questionnaire.version));
        }
        // One pass over the answers puts each with its question: the answers and the index's byId are
        // both in id order, so they are walked side by side, with no lookup.
        const auto &byId = index.byId;
        auto known = byId.cbegin();
        for (auto it = answers->answers.cbegin(); it != answers->answers.cend(); ++it) {
            int c = 1;
            while (known != byId.cend() && (c = known->first.compare(it.key())) < 0)
                ++known;
            const auto [d, q] = c == 0 ? known->second : std::pair<int, int>{-1, -1};
            if (d < 0) {
                issue(it.key(),
                      QCoreApplication::translate(
                          "Phare::Scorer", "answer to a question the questionnaire no longer has; kept in the file"));
                continue;
            }
            theme.dimensions[d].questions[q].answer = *it;
        }
    }

    double themeWeighted = 0;
    double themeWeights = 0;
    std::size_t number = 0; // the question's number in the questionnaire (QuestionnaireIndex::showIf)
    for (DimensionResult &dr : theme.dimensions) {
        double weights = 0;
        for (QuestionResult &qr : dr.questions) {
            const Question &q = *qr.question;
            const std::optional<CompiledCondition> *showIf =
                number < index.showIf.size() ? &index.showIf[number] : nullptr;
            ++number;
            if (showIf && *showIf && !evaluateCondition(**showIf, theme, nullptr, firm)) {
                qr.state = QuestionResult::State::Hidden;
                continue;
            }
            ++dr.visible;
            if (!qr.answer) {
                // Pre-filled from earlier answers: "not applicable" until the advisor answers it.
                const std::optional<CompiledCondition> *notApplicableIf =
                    number - 1 < index.notApplicableIf.size() ? &index.notApplicableIf[number - 1] : nullptr;
                if (q.allowNotApplicable && notApplicableIf && *notApplicableIf &&
                    evaluateCondition(**notApplicableIf, theme, nullptr, firm)) {
                    qr.state = QuestionResult::State::NotApplicable;
                    qr.prefilled = true;
                    qr.answer = Answer::makeNotApplicable();
                    ++dr.answered;
                }
                continue;
            }
            const Answer &a = *qr.answer;
            if (a.kind == Answer::Kind::DontKnow) {
                if (q.allowDontKnow) {
                    qr.state = QuestionResult::State::DontKnow;
                    qr.normalised = 0;
                    qr.excluded = questionnaire.dontKnowExcluded(q);
                    ++theme.dontKnow;
                } else {
                    issue(q.id,
                          QCoreApplication::translate(
                              "Phare::Scorer", "\"don't know\" is not allowed on this question; kept in the file"));
                }
            } else if (a.kind == Answer::Kind::NotApplicable) {
                if (q.allowNotApplicable)
                    qr.state = QuestionResult::State::NotApplicable;
                else
                    issue(q.id,
                          QCoreApplication::translate(
                              "Phare::Scorer", "\"not applicable\" is not allowed on this question; kept in the file"));
            } else {
                QString problem;
                if (const auto n = normalise(q, a, qr, problem)) {
                    qr.state = QuestionResult::State::Answered;
                    qr.normalised = *n;
                    if (!problem.isEmpty())
                        issue(q.id,
                              QCoreApplication::translate("Phare::Scorer", "%1; kept in the file, the other rows count")
                                  .arg(problem));
                } else {
                    issue(q.id, QCoreApplication::translate("Phare::Scorer",
                                                            "%1; the answer is kept in the file but not counted")
                                    .arg(problem));
                }
            }
            if (qr.state != QuestionResult::State::Unanswered)
                ++dr.answered;
            if (qr.counted())
                weights += q.weight;
        }
        if (weights > 0) {
            double score = 0;
            for (QuestionResult &qr : dr.questions) {
                if (!qr.counted())
                    continue;
                qr.share = qr.question->weight / weights;
                qr.contribution = qr.share * qr.normalised * 100.0;
                score += qr.contribution;
            }
            dr.score = score;
            dr.level = questionnaire.levelFor(score);
            themeWeighted += score * dr.dimension->weight;
            themeWeights += dr.dimension->weight;
        }
        theme.answered += dr.answered;
        theme.visible += dr.visible;
    }
    if (themeWeights > 0) {
        theme.score = themeWeighted / themeWeights;
        theme.level = questionnaire.levelFor(*theme.score);
    }
    return theme;
}

AssessmentResult Scorer::score(const Content &content, const Assessment &assessment)
{
    AssessmentResult result;
    for (auto it = assessment.themes.cbegin(); it != assessment.themes.cend(); ++it) {
        if (!content.questionnaire(it.key())) {
            result.issues.append({it.key(),
                                  {},
                                  QCoreApplication::translate(
                                      "Phare::Scorer", "answers to an unknown questionnaire '%1'; kept in the file")
                                      .arg(it.key())});
        }
    }
    FirmFacts firm;
    firm.sector = assessment.company.sector;
    firm.size = sizeForEmployees(assessment.company.employees);
    if (const Questionnaire *profile = content.profile()) {
        const auto found = assessment.themes.constFind(profile->id);
        result.hasProfile = found != assessment.themes.cend() && !found->answers.isEmpty();
        result.profile =
            scoreTheme(content, *profile, found != assessment.themes.cend() ? &*found : nullptr, &result.issues);
        if (result.hasProfile)
            firm.profile = &result.profile;
    }
    double sum = 0;
    int count = 0;
    for (const Questionnaire &q : content.questionnaires) {
        if (q.profile)
            continue;
        const auto found = assessment.themes.constFind(q.id);
        if (found == assessment.themes.cend())
            continue;
        ThemeResult theme = scoreTheme(content, q, &*found, &result.issues, &firm);
        if (theme.score) {
            sum += *theme.score;
            ++count;
        }
        result.themes.append(std::move(theme));
    }
    if (count > 0) {
        result.overall = sum / count;
        result.overallLevel = levelFor(overallLevels(content), *result.overall);
    }
    return result;
}

QString describeAnswer(const Question &question, const Answer &answer, const Language &language)
{
    const Translator &words = Translator::forLanguage(language);
    const auto label = [&](const QString &id) {
        const Option *o = question.option(id);
        return o ? o->label.text(language) : id;
    };
    const auto listed = [&](const QStringList &items) {
        return items.join(words.translate("Phare::Typography", "; ", "between the items of a list"));
    };
    switch (answer.kind) {
    case Answer::Kind::Choice:
        return label(answer.choice);
    case Answer::Kind::Ticked: {
        if (answer.ticked.isEmpty())
            return words.translate("Phare::Scorer", "nothing ticked");
        QStringList labels;
        for (const QString &id : answer.ticked)
            labels.append(label(id));
        return listed(labels);
    }
    case Answer::Kind::Rows: {
        QStringList parts;
        for (const GridRow &row : question.rows) {
            if (answer.rows.contains(row.id))
                parts.append(row.label.text(language) +
                             words.translate("Phare::Typography", ": ", "between a label and its value") +
                             label(answer.rows.value(row.id)));
        }
        return listed(parts);
    }
    case Answer::Kind::DontKnow:
        return words.translate("Phare::Scorer", "Don't know");
    case Answer::Kind::NotApplicable:
        return words.translate("Phare::Scorer", "Not applicable");
    }
    return {};
}

} // namespace Phare
