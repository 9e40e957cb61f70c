// Reads questionnaires and catalogues from YAML, checking every rule of docs/questionnaire-format.md.
#include "content.h"
#include "contentbinary.h"
#include "datetext.h"
#include "yamldocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QResource>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

namespace Phare {

const Questionnaire *Content::questionnaire(QStringView id) const
{
    for (const Questionnaire &q : questionnaires) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

const Questionnaire *Content::profile() const
{
    for (const Questionnaire &q : questionnaires) {
        if (q.profile)
            return &q;
    }
    return nullptr;
}

const Action *Content::action(QStringView id) const
{
    for (const Action &a : actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Chapter *Content::chapter(QStringView id) const
{
    for (const Chapter &c : chapters) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const UseCase *Content::useCase(QStringView id) const
{
    for (const UseCase &u : useCases) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

void Content::buildIndex()
{
    const auto indexOf = [](const auto &list) {
        QHash<QString, int> index;
        for (int i = 0; i < list.size(); ++i)
            index.insert(list[i].id, i);
        return index;
    };
    const QHash<QString, int> actionIndex = indexOf(actions);
    const QHash<QString, int> chapterIndex = indexOf(chapters);
    const QHash<QString, int> useCaseIndex = indexOf(useCases);
    // A reference found shares the characters of the id it names, so that the recommender can check
    // it by address.
    const auto resolve = [](SourceRef &ref, const QHash<QString, int> &index, const auto &list) {
        ref.index = index.value(ref.id, -1);
        if (ref.index >= 0)
            ref.id = list[ref.index].id;
    };
    const Questionnaire *profileQuestionnaire = profile();
    for (Questionnaire &q : questionnaires) {
        q.buildIndex();
        for (Dimension &d : q.dimensions) {
            for (Question &question : d.questions) {
                if (question.showIf)
                    resolveProfile(*question.showIf, profileQuestionnaire);
            }
        }
        for (Rule &rule : q.rules) {
            resolveProfile(rule.when, profileQuestionnaire);
            if (rule.given)
                resolveProfile(*rule.given, profileQuestionnaire);
            for (SourceRef &ref : rule.actions)
                resolve(ref, actionIndex, actions);
        }
    }
    for (Action &action : actions) {
        for (SourceRef &ref : action.prerequisites)
            resolve(ref, actionIndex, actions);
        for (SourceRef &ref : action.chapters)
            resolve(ref, chapterIndex, chapters);
        for (SourceRef &ref : action.useCases)
            resolve(ref, useCaseIndex, useCases);
    }
    for (UseCase &useCase : useCases) {
        if (useCase.when)
            resolveProfile(*useCase.when, profileQuestionnaire);
    }
}

namespace {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<std::size_t>(b.size())];
}

// Comparing a word with a candidate costs the product of their lengths. A hostile file with thousands
// of long unknown names among hundreds of ids once took minutes to check: a file gets this much
// comparing in all (thousands of ordinary suggestions), then its errors come without suggestions.
constexpr qsizetype suggestionBudget = 4'000'000;

QString didYouMean(QStringView word, const QStringList &candidates, qsizetype &budget)
{
    QString best;
    int bestDistance = std::max<int>(2, static_cast<int>(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        budget -= (word.size() + 1) * (candidate.size() + 1);
        if (budget < 0)
            return QString();
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral("; did you mean '%1'?").arg(best);
}

QString quotedList(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted.append(QLatin1Char('\'') + w + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

// Authors type a plain space before « : ; ? ! » and inside « »; French typography wants a no-break
// space there (narrow before ; ? !), so that a line never starts with the punctuation.
QString frenchTypography(QString text)
{
    static const QRegularExpression beforeNarrow(QStringLiteral("(?<=\\S) ([;?!])"));
    static const QRegularExpression beforeColon(QStringLiteral("(?<=\\S) (:|»)"));
    static const QRegularExpression afterOpening(QStringLiteral("« "));
    text.replace(beforeNarrow, QStringLiteral("\u202f\\1"));
    text.replace(beforeColon, QStringLiteral("\u00a0\\1"));
    text.replace(afterOpening, QStringLiteral("«\u00a0"));
    return text;
}

// Reads one file's tree, turning every departure from the format into a diagnostic.
class Checker
{
public:
    Checker(QString path, Diagnostics &out, bool strict) : m_path(std::move(path)), m_out(out), m_strict(strict) {}

    // "; did you mean 'x'?" while this file's budget for suggestions lasts (callers gather candidates
    // only then), else nothing.
    bool canSuggest() const { return m_suggestionBudget > 0; }
    QString suggest(QStringView word, const QStringList &candidates)
    {
        return didYouMean(word, candidates, m_suggestionBudget);
    }

    void error(const YamlNode &node, const QString &message) { errorAt(node.line, node.column, message); }
    void errorAt(int line, int column, const QString &message)
    {
        m_out.append({Diagnostic::Severity::Error, m_path, line, column, message});
    }
    void warning(const YamlNode &node, const QString &message)
    {
        m_out.append({m_strict ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, m_path, node.line,
                      node.column, message});
    }

    bool expectMap(const YamlNode &node, const QString &what)
    {
        if (node.isMap())
            return true;
        error(node, QStringLiteral("%1 must be a mapping of 'key: value' lines").arg(what));
        return false;
    }

    // A list longer than maxItems is refused whole (ContentLimits): reading it would only cost time.
    bool expectSequence(const YamlNode &node, const QString &what, int maxItems = ContentLimits::maxListItems)
    {
        if (!node.isSequence()) {
            error(node, QStringLiteral("%1 must be a list ('- ' items or [a, b])").arg(what));
            return false;
        }
        if (node.items.size() > static_cast<std::size_t>(maxItems)) {
            error(node.items[static_cast<std::size_t>(maxItems)],
                  QStringLiteral("%1 has too many items (%2; at most %3)")
                      .arg(what)
                      .arg(node.items.size())
                      .arg(maxItems));
            return false;
        }
        return true;
    }

    void checkKeys(const YamlNode &map, const QStringList &allowed, const QString &where)
    {
        for (std::size_t i = 0; i < map.keys.size(); ++i) {
            const YamlKey &key = map.keys[i];
            if (!allowed.contains(key.name)) {
                errorAt(key.line, key.column,
                        QStringLiteral("unknown key '%1' in %2%3").arg(key.name, where, suggest(key.name, allowed)));
            }
        }
    }

    const YamlNode *required(const YamlNode &map, const QString &key, const QString &where)
    {
        const YamlNode *node = map.find(key);
        if (!node)
            error(map, QStringLiteral("%1 is missing the key '%2'").arg(where, key));
        return node;
    }

    std::optional<QString> string(const YamlNode &node, const QString &what)
    {
        if (!node.isScalar()) {
            error(node, QStringLiteral("%1 must be a text").arg(what));
            return std::nullopt;
        }
        if (node.scalar.size() > ContentLimits::maxTextLength) {
            error(node, QStringLiteral("%1 is too long (%2 characters; at most %3)")
                            .arg(what)
                            .arg(node.scalar.size())
                            .arg(ContentLimits::maxTextLength));
            return std::nullopt;
        }
        return node.scalar;
    }

    std::optional<QString> id(const YamlNode &node, const QString &what)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
        const auto text = string(node, what);
        if (!text)
            return std::nullopt;
        if (!pattern.match(*text).hasMatch()) {
            error(node, QStringLiteral("%1 '%2' is not a valid id: use lower-case letters, digits and '-' "
                                       "(at most 64 characters)")
                            .arg(what, *text));
            return std::nullopt;
        }
        return text;
    }

    std::optional<double> number(const YamlNode &node, const QString &what)
    {
        bool ok = false;
        double value = 0;
        if (node.isScalar() && !node.quoted)
            value = node.scalar.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            error(node, QStringLiteral("%1 must be a number, not '%2'").arg(what, node.scalar));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const YamlNode &node, const QString &what)
    {
        if (node.isScalar() && !node.quoted) {
            if (node.scalar == u"true")
                return true;
            if (node.scalar == u"false")
                return false;
        }
        error(node, QStringLiteral("%1 must be true or false").arg(what));
        return std::nullopt;
    }

    double weight(const YamlNode &map, const QString &what)
    {
        const YamlNode *node = map.find(u"weight");
        if (!node)
            return 1;
        const auto value = number(*node, QStringLiteral("the weight of %1").arg(what));
        if (value && *value <= 0) {
            error(*node, QStringLiteral("the weight of %1 must be more than 0").arg(what));
            return 1;
        }
        // Far above any real weight, and low enough that a weighted sum of 500 questions stays exact.
        if (value && *value > 1000) {
            error(*node, QStringLiteral("the weight of %1 must be at most 1000").arg(what));
            return 1;
        }
        return value.value_or(1);
    }

    std::optional<QString> oneOf(const YamlNode &node, const QStringList &allowed, const QString &what)
    {
        const auto text = string(node, what);
        if (!text)
            return std::nullopt;
        if (!allowed.contains(*text)) {
            error(node, QStringLiteral("%1 cannot be '%2': use one of %3%4")
                            .arg(what, *text, quotedList(allowed), suggest(*text, allowed)));
            return std::nullopt;
        }
        return text;
    }

    LocalizedText localized(const YamlNode &node, const QString &what)
    {
        LocalizedText result;
        if (!node.isMap()) {
            error(node, QStringLiteral("%1 must give the text in each language, as {fr: \"…\", en: \"…\"}").arg(what));
            return result;
        }
        checkKeys(node, {QStringLiteral("fr"), QStringLiteral("en")}, what);
        if (const YamlNode *fr = node.find(u"fr"))
            result.fr = string(*fr, QStringLiteral("the French text of %1").arg(what)).value_or(QString());
        if (const YamlNode *en = node.find(u"en"))
            result.en = string(*en, QStringLiteral("the English text of %1").arg(what)).value_or(QString());
        result.fr = frenchTypography(result.fr.trimmed());
        result.en = result.en.trimmed();
        for (const QString *text : {&result.fr, &result.en}) {
            if (const QString problem = datePlaceholderProblem(*text); !problem.isEmpty())
                error(node, QStringLiteral("%1: %2").arg(what, problem));
        }
        if (result.isEmpty()) {
            error(node, QStringLiteral("%1 is empty").arg(what));
        } else if (result.fr.isEmpty()) {
            warning(node, QStringLiteral("%1 has no French text").arg(what));
        } else if (result.en.isEmpty()) {
            warning(node, QStringLiteral("%1 has no English text").arg(what));
        }
        return result;
    }

    LocalizedText requiredLocalized(const YamlNode &map, const QString &key, const QString &what)
    {
        const YamlNode *node = required(map, key, what);
        return node ? localized(*node, QStringLiteral("the %1 of %2").arg(key, what)) : LocalizedText{};
    }

    QList<LocalizedText> localizedList(const YamlNode &node, const QString &what)
    {
        QList<LocalizedText> result;
        if (!expectSequence(node, what))
            return result;
        for (std::size_t i = 0; i < node.items.size(); ++i)
            result.append(localized(node.items[i], QStringLiteral("item %1 of %2").arg(i + 1).arg(what)));
        return result;
    }

    QList<SourceRef> refList(const YamlNode &node, const QString &what, bool slashAllowed = false)
    {
        QList<SourceRef> result;
        if (!expectSequence(node, what))
            return result;
        for (const YamlNode &item : node.items) {
            if (slashAllowed) {
                if (const auto text = string(item, what))
                    result.append({*text, item.line, item.column});
            } else if (const auto value = id(item, QStringLiteral("an id in %1").arg(what))) {
                result.append({*value, item.line, item.column});
            }
        }
        return result;
    }

    // Reports an id already used in the same scope.
    void unique(QSet<QString> &seen, const QString &value, const YamlNode &node, const QString &what)
    {
        if (seen.contains(value))
            error(node, QStringLiteral("duplicate %1 id '%2': each must be different").arg(what, value));
        seen.insert(value);
    }

    const QString &path() const { return m_path; }

private:
    QString m_path;
    Diagnostics &m_out;
    bool m_strict;
    qsizetype m_suggestionBudget = suggestionBudget;
};

// "the dimension 'basics'" when the item has a usable id, else the fallback ("dimension 2").
QString nameOf(const YamlNode &node, const QString &kind, const QString &fallback)
{
    const YamlNode *id = node.isMap() ? node.find(u"id") : nullptr;
    if (id && id->isScalar() && !id->scalar.isEmpty() && id->scalar.size() <= 64)
        return QStringLiteral("the %1 '%2'").arg(kind, id->scalar);
    return fallback;
}

const QStringList &impactIds()
{
    static const QStringList ids = {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                    QStringLiteral("low")};
    return ids;
}

// What a condition may look at: answers and dimension scores (rules), earlier answers (showIf), or only
// who the firm is (use cases).
enum class ConditionScope
{
    Rule,
    ShowIf,
    Firm
};

std::optional<Condition> readCondition(Checker &c, const YamlNode &node, ConditionScope scope, const QString &where,
                                       int depth = 0)
{
    const bool allowDimensions = scope == ConditionScope::Rule;
    if (!c.expectMap(node, where))
        return std::nullopt;
    Condition condition;
    condition.line = node.line;
    condition.column = node.column;
    const auto combine = [&](Condition::Kind kind, const QString &key) -> std::optional<Condition> {
        c.checkKeys(node, {key}, where);
        condition.kind = kind;
        const YamlNode &children = *node.find(key);
        if (kind == Condition::Kind::Not) {
            auto child = readCondition(c, children, scope, where, depth + 1);
            if (!child)
                return std::nullopt;
            condition.children.push_back(std::move(*child));
            return condition;
        }
        if (!c.expectSequence(children, QStringLiteral("'%1' in %2").arg(key, where)))
            return std::nullopt;
        if (children.items.empty()) {
            c.error(children, QStringLiteral("'%1' in %2 needs at least one condition").arg(key, where));
            return std::nullopt;
        }
        for (const YamlNode &item : children.items) {
            if (auto child = readCondition(c, item, scope, where, depth + 1))
                condition.children.push_back(std::move(*child));
            else
                return std::nullopt;
        }
        return condition;
    };
    if (node.find(u"all"))
        return combine(Condition::Kind::All, QStringLiteral("all"));
    if (node.find(u"any"))
        return combine(Condition::Kind::Any, QStringLiteral("any"));
    if (node.find(u"not"))
        return combine(Condition::Kind::Not, QStringLiteral("not"));

    // Who the firm is: its sector and size (from the company) and the facts of its profile.
    for (const auto &[key, kind, allowed] :
         {std::tuple{QStringLiteral("sector"), Condition::Kind::SectorIn, &sectorIds()},
          std::tuple{QStringLiteral("size"), Condition::Kind::SizeIn, &sizeIds()}}) {
        const YamlNode *list = node.find(key);
        if (!list)
            continue;
        c.checkKeys(node, {key}, where);
        condition.kind = kind;
        if (!c.expectSequence(*list, QStringLiteral("'%1' in %2").arg(key, where)))
            return std::nullopt;
        if (list->items.empty()) {
            c.error(*list, QStringLiteral("'%1' in %2 needs at least one value").arg(key, where));
            return std::nullopt;
        }
        for (const YamlNode &item : list->items) {
            const auto value = c.oneOf(item, *allowed, QStringLiteral("a %1 in %2").arg(key, where));
            if (!value)
                return std::nullopt;
            condition.options.append(*value);
        }
        return condition;
    }
    if (const YamlNode *profile = node.find(u"profile")) {
        c.checkKeys(node, {QStringLiteral("profile"), QStringLiteral("in"), QStringLiteral("notIn")}, where);
        const auto questionId = c.id(*profile, QStringLiteral("the profile question in %1").arg(where));
        if (!questionId)
            return std::nullopt;
        condition.question = *questionId;
        const YamlNode *in = node.find(u"in");
        const YamlNode *notIn = node.find(u"notIn");
        if ((in != nullptr) == (notIn != nullptr)) {
            c.error(node, QStringLiteral("%1 needs exactly one of 'in' or 'notIn' after 'profile'").arg(where));
            return std::nullopt;
        }
        condition.kind = in ? Condition::Kind::ProfileIn : Condition::Kind::ProfileNotIn;
        const QString key = in ? QStringLiteral("in") : QStringLiteral("notIn");
        const YamlNode &list = in ? *in : *notIn;
        if (!c.expectSequence(list, QStringLiteral("'%1' in %2").arg(key, where)))
            return std::nullopt;
        if (list.items.empty()) {
            c.error(list, QStringLiteral("'%1' in %2 needs at least one option").arg(key, where));
            return std::nullopt;
        }
        for (const YamlNode &item : list.items) {
            const auto option = c.id(item, QStringLiteral("an option in %1").arg(where));
            if (!option)
                return std::nullopt;
            condition.options.append(*option);
        }
        return condition;
    }
    if (scope == ConditionScope::Firm) {
        c.error(node, QStringLiteral("%1 can only look at who the firm is: 'profile', 'sector' or 'size'").arg(where));
        return std::nullopt;
    }

    if (const YamlNode *dimension = node.find(u"dimension")) {
        if (!allowDimensions) {
            c.error(node, QStringLiteral("%1 can only look at earlier answers, not at a dimension's score").arg(where));
            return std::nullopt;
        }
        c.checkKeys(node, {QStringLiteral("dimension"), QStringLiteral("scoreBelow")}, where);
        condition.kind = Condition::Kind::DimensionScoreBelow;
        const auto id = c.id(*dimension, QStringLiteral("the dimension in %1").arg(where));
        const YamlNode *below = c.required(node, QStringLiteral("scoreBelow"), where);
        if (!id || !below)
            return std::nullopt;
        condition.dimension = *id;
        const auto threshold = c.number(*below, QStringLiteral("scoreBelow"));
        if (!threshold)
            return std::nullopt;
        if (*threshold <= 0 || *threshold > 100) {
            c.error(*below, QStringLiteral("scoreBelow must be between 0 (excluded) and 100"));
            return std::nullopt;
        }
        condition.threshold = *threshold;
        return condition;
    }
    const YamlNode *question = node.find(u"question");
    if (!question) {
        c.error(node, QStringLiteral("%1 must name a 'question'%2, 'profile', 'sector' or 'size', or combine "
                                     "conditions with 'all', 'any' or 'not'")
                          .arg(where, allowDimensions ? QStringLiteral(", 'dimension'") : QString()));
        return std::nullopt;
    }
    const QStringList tests = {QStringLiteral("in"), QStringLiteral("notIn"), QStringLiteral("scoreBelow"),
                               QStringLiteral("dontKnow")};
    c.checkKeys(node, QStringList{QStringLiteral("question"), QStringLiteral("row")} + tests, where);
    const auto questionId = c.id(*question, QStringLiteral("the question in %1").arg(where));
    if (!questionId)
        return std::nullopt;
    condition.question = *questionId;
    if (const YamlNode *row = node.find(u"row")) {
        if (const auto rowId = c.id(*row, QStringLiteral("the row in %1").arg(where)))
            condition.row = *rowId;
    }
    int found = 0;
    for (const QString &test : tests)
        found += node.find(test) ? 1 : 0;
    if (found != 1) {
        c.error(node, QStringLiteral("%1 needs exactly one of 'in', 'notIn', 'scoreBelow' or 'dontKnow'").arg(where));
        return std::nullopt;
    }
    if (const YamlNode *below = node.find(u"scoreBelow")) {
        condition.kind = Condition::Kind::ScoreBelow;
        const auto threshold = c.number(*below, QStringLiteral("scoreBelow"));
        if (!threshold)
            return std::nullopt;
        if (*threshold <= 0 || *threshold > 100) {
            c.error(*below, QStringLiteral("scoreBelow must be between 0 (excluded) and 100"));
            return std::nullopt;
        }
        condition.threshold = *threshold;
        return condition;
    }
    if (const YamlNode *dontKnow = node.find(u"dontKnow")) {
        condition.kind = Condition::Kind::DontKnow;
        const auto value = c.boolean(*dontKnow, QStringLiteral("dontKnow"));
        if (value && !*value) {
            c.error(*dontKnow, QStringLiteral("dontKnow can only be true here; use 'not' for the opposite"));
            return std::nullopt;
        }
        return value ? std::optional<Condition>(condition) : std::nullopt;
    }
    const bool in = node.find(u"in") != nullptr;
    condition.kind = in ? Condition::Kind::AnswerIn : Condition::Kind::AnswerNotIn;
    const YamlNode &list = *node.find(in ? u"in" : u"notIn");
    const QString key = in ? QStringLiteral("in") : QStringLiteral("notIn");
    if (!c.expectSequence(list, QStringLiteral("'%1' in %2").arg(key, where)))
        return std::nullopt;
    if (list.items.empty()) {
        c.error(list, QStringLiteral("'%1' in %2 needs at least one option").arg(key, where));
        return std::nullopt;
    }
    for (const YamlNode &item : list.items) {
        const auto option = c.id(item, QStringLiteral("an option in %1").arg(where));
        if (!option)
            return std::nullopt;
        condition.options.append(*option);
    }
    return condition;
}

// Checks that a condition names questions, rows, options and dimensions that exist (and, for showIf,
// only questions that come before).
void checkConditionReferences(Checker &c, const Questionnaire &q, const Condition &condition, const QString &where,
                              const QHash<QString, int> *orderBefore = nullptr, int limit = 0)
{
    switch (condition.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not:
        for (const Condition &child : condition.children)
            checkConditionReferences(c, q, child, where, orderBefore, limit);
        return;
    case Condition::Kind::ProfileIn:
    case Condition::Kind::ProfileNotIn:
    case Condition::Kind::SectorIn:
    case Condition::Kind::SizeIn:
        return; // checked against the whole content's profile by checkFirmConditions()
    case Condition::Kind::DimensionScoreBelow:
        if (!q.dimension(condition.dimension)) {
            QStringList ids;
            for (const Dimension &d : q.dimensions)
                ids.append(d.id);
            c.errorAt(condition.line, condition.column,
                      QStringLiteral("%1 refers to an unknown dimension '%2'%3")
                          .arg(where, condition.dimension, c.suggest(condition.dimension, ids)));
        }
        return;
    default:
        break;
    }
    const Question *target = q.question(condition.question);
    if (!target) {
        QStringList ids;
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions) {
                if (c.canSuggest())
                    ids.append(question.id);
            }
        }
        c.errorAt(condition.line, condition.column,
                  QStringLiteral("%1 refers to an unknown question '%2'%3")
                      .arg(where, condition.question, c.suggest(condition.question, ids)));
        return;
    }
    if (orderBefore && orderBefore->value(condition.question, limit) >= limit) {
        c.errorAt(condition.line, condition.column,
                  QStringLiteral("%1 refers to the question '%2', which does not come before it; a question can only "
                                 "depend on earlier answers")
                      .arg(where, condition.question));
    }
    if (condition.kind == Condition::Kind::DontKnow && !target->allowDontKnow) {
        c.errorAt(condition.line, condition.column,
                  QStringLiteral("%1 tests 'dontKnow' on the question '%2', which does not allow \"don't know\"")
                      .arg(where, condition.question));
    }
    if (condition.kind != Condition::Kind::AnswerIn && condition.kind != Condition::Kind::AnswerNotIn) {
        if (!condition.row.isEmpty())
            c.errorAt(condition.line, condition.column,
                      QStringLiteral("%1: 'row' only goes with 'in' or 'notIn'").arg(where));
        return;
    }
    if (target->type == QuestionType::Grid) {
        if (condition.row.isEmpty()) {
            c.errorAt(condition.line, condition.column,
                      QStringLiteral("%1: the question '%2' is a grid; say which 'row' to look at")
                          .arg(where, condition.question));
        } else if (std::none_of(target->rows.cbegin(), target->rows.cend(),
                                [&](const GridRow &r) { return r.id == condition.row; })) {
            c.errorAt(condition.line, condition.column,
                      QStringLiteral("%1 refers to an unknown row '%2' of the question '%3'")
                          .arg(where, condition.row, condition.question));
        }
    } else if (!condition.row.isEmpty()) {
        c.errorAt(condition.line, condition.column,
                  QStringLiteral("%1: the question '%2' is not a grid and has no rows").arg(where, condition.question));
    }
    QStringList optionIds;
    for (const Option &o : target->options)
        optionIds.append(o.id);
    for (const QString &option : condition.options) {
        if (!optionIds.contains(option)) {
            c.errorAt(condition.line, condition.column,
                      QStringLiteral("%1 refers to an unknown option '%2' of the question '%3'%4")
                          .arg(where, option, condition.question, c.suggest(option, optionIds)));
        }
    }
}

QList<Option> yesNoOptions()
{
    return {
        {QStringLiteral("no"), {QStringLiteral("Non"), QStringLiteral("No")}, 0, false},
        {QStringLiteral("partially"), {QStringLiteral("En partie"), QStringLiteral("Partially")}, 1, false},
        {QStringLiteral("yes"), {QStringLiteral("Oui"), QStringLiteral("Yes")}, 2, false},
    };
}

QList<Option> readOptions(Checker &c, const YamlNode &list, QuestionType type, const QString &where, bool scored = true)
{
    QList<Option> options;
    if (!c.expectSequence(list, QStringLiteral("the options of %1").arg(where), ContentLimits::maxOptions))
        return options;
    QSet<QString> seen;
    int exclusives = 0;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const YamlNode &node = list.items[i];
        const QString what = QStringLiteral("option %1 of %2").arg(i + 1).arg(where);
        if (!c.expectMap(node, what))
            continue;
        const bool checklist = type == QuestionType::Checklist;
        c.checkKeys(node,
                    checklist ? QStringList{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("exclusive")}
                              : QStringList{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("score")},
                    what);
        Option option;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            if (const auto value = c.id(*id, QStringLiteral("the id of %1").arg(what))) {
                option.id = *value;
                c.unique(seen, option.id, *id, QStringLiteral("option"));
            }
        }
        option.label = c.requiredLocalized(node, QStringLiteral("label"), what);
        if (checklist) {
            if (const YamlNode *exclusive = node.find(u"exclusive"))
                option.exclusive = c.boolean(*exclusive, QStringLiteral("exclusive")).value_or(false);
            exclusives += option.exclusive ? 1 : 0;
            if (exclusives > 1 && option.exclusive)
                c.error(node, QStringLiteral("%1 can have only one exclusive option (\"none of these\")").arg(where));
        } else if (const YamlNode *score =
                       scored ? c.required(node, QStringLiteral("score"), what) : node.find(u"score")) {
            option.score = c.number(*score, QStringLiteral("the score of %1").arg(what)).value_or(0);
        }
        options.append(option);
    }
    if (type == QuestionType::Checklist) {
        if (options.size() - exclusives < 1)
            c.error(list, QStringLiteral("%1 needs at least one option that is not exclusive").arg(where));
    } else if (options.size() < 2) {
        c.error(list, QStringLiteral("%1 needs at least two options").arg(where));
    } else if (scored) {
        const auto [lo, hi] = std::minmax_element(options.cbegin(), options.cend(),
                                                  [](const Option &a, const Option &b) { return a.score < b.score; });
        if (lo->score == hi->score)
            c.error(list, QStringLiteral("the options of %1 all have the same score: nothing to measure").arg(where));
    }
    return options;
}

// `scored` false: the question is never scored whatever it says (the profile, an unscored dimension).
std::optional<Question> readQuestion(Checker &c, const YamlNode &node, const QString &where, bool scored = true)
{
    if (!c.expectMap(node, where))
        return std::nullopt;
    c.checkKeys(node,
                {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("help"),
                 QStringLiteral("source"), QStringLiteral("weight"), QStringLiteral("allowDontKnow"),
                 QStringLiteral("allowNotApplicable"), QStringLiteral("showIf"), QStringLiteral("options"),
                 QStringLiteral("rows"), QStringLiteral("scored")},
                nameOf(node, QStringLiteral("question"), where));
    Question question;
    question.line = node.line;
    question.column = node.column;
    QString label = where;
    if (const YamlNode *id = c.required(node, QStringLiteral("id"), where)) {
        if (const auto value = c.id(*id, QStringLiteral("the id of %1").arg(where))) {
            question.id = *value;
            label = QStringLiteral("the question '%1'").arg(question.id);
        }
    }
    const YamlNode *typeNode = c.required(node, QStringLiteral("type"), label);
    const QStringList types = {QStringLiteral("scale"), QStringLiteral("checklist"), QStringLiteral("grid"),
                               QStringLiteral("yes-no")};
    const auto type = typeNode ? c.oneOf(*typeNode, types, QStringLiteral("the type of %1").arg(label)) : std::nullopt;
    if (!type) {
        // Keep the question, so that conditions naming it do not report it as unknown too; its
        // options are read for the same reason, their problems left unsaid until the type is right.
        Diagnostics ignored;
        Checker quiet(c.path(), ignored, false);
        if (const YamlNode *options = node.find(u"options"))
            question.options = readOptions(quiet, *options, QuestionType::Scale, label);
        return question;
    }
    question.type = static_cast<QuestionType>(types.indexOf(*type));
    question.text = c.requiredLocalized(node, QStringLiteral("text"), label);
    if (const YamlNode *help = node.find(u"help"))
        question.help = c.localized(*help, QStringLiteral("the help of %1").arg(label));
    else
        c.warning(node, QStringLiteral("%1 has no help text saying why it matters").arg(label));
    if (const YamlNode *source = node.find(u"source"))
        question.source = c.string(*source, QStringLiteral("the source of %1").arg(label)).value_or(QString());
    question.weight = c.weight(node, label);
    if (const YamlNode *flag = node.find(u"allowDontKnow"))
        question.allowDontKnow = c.boolean(*flag, QStringLiteral("allowDontKnow")).value_or(false);
    if (const YamlNode *flag = node.find(u"allowNotApplicable"))
        question.allowNotApplicable = c.boolean(*flag, QStringLiteral("allowNotApplicable")).value_or(false);
    question.scored = scored;
    if (const YamlNode *flag = node.find(u"scored"))
        question.scored = c.boolean(*flag, QStringLiteral("scored")).value_or(true) && scored;
    if (const YamlNode *showIf = node.find(u"showIf"))
        question.showIf =
            readCondition(c, *showIf, ConditionScope::ShowIf, QStringLiteral("the showIf of %1").arg(label));

    const YamlNode *options = node.find(u"options");
    const YamlNode *rows = node.find(u"rows");
    if (question.type == QuestionType::YesNo) {
        if (options)
            c.error(*options,
                    QStringLiteral("%1 is a yes-no question: its answers are built in, remove 'options'").arg(label));
        question.options = yesNoOptions();
    } else if (const YamlNode *list = c.required(node, QStringLiteral("options"), label)) {
        question.options = readOptions(c, *list, question.type, label, question.scored);
    }
    if (question.type == QuestionType::Grid) {
        if (const YamlNode *list = c.required(node, QStringLiteral("rows"), label);
            list && c.expectSequence(*list, QStringLiteral("the rows of %1").arg(label), ContentLimits::maxRows)) {
            QSet<QString> seen;
            for (std::size_t i = 0; i < list->items.size(); ++i) {
                const YamlNode &row = list->items[i];
                const QString what = QStringLiteral("row %1 of %2").arg(i + 1).arg(label);
                if (!c.expectMap(row, what))
                    continue;
                c.checkKeys(row, {QStringLiteral("id"), QStringLiteral("label")}, what);
                GridRow gridRow;
                if (const YamlNode *id = c.required(row, QStringLiteral("id"), what)) {
                    gridRow.id = c.id(*id, QStringLiteral("the id of %1").arg(what)).value_or(QString());
                    c.unique(seen, gridRow.id, *id, QStringLiteral("row"));
                }
                gridRow.label = c.requiredLocalized(row, QStringLiteral("label"), what);
                question.rows.append(gridRow);
            }
            if (question.rows.isEmpty())
                c.error(*list, QStringLiteral("%1 needs at least one row").arg(label));
        }
    } else if (rows) {
        c.error(*rows, QStringLiteral("only grid questions have 'rows'"));
    }
    return question;
}

QList<Level> readLevels(Checker &c, const YamlNode &list)
{
    QList<Level> levels;
    if (!c.expectSequence(list, QStringLiteral("'levels'"), ContentLimits::maxLevels))
        return levels;
    QSet<QString> seen;
    double previous = -1;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const YamlNode &node = list.items[i];
        const QString what = QStringLiteral("level %1").arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        c.checkKeys(
            node, {QStringLiteral("id"), QStringLiteral("max"), QStringLiteral("name"), QStringLiteral("description")},
            what);
        Level level;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            level.id = c.id(*id, QStringLiteral("the id of %1").arg(what)).value_or(QString());
            c.unique(seen, level.id, *id, QStringLiteral("level"));
        }
        if (const YamlNode *max = c.required(node, QStringLiteral("max"), what)) {
            if (const auto value = c.number(*max, QStringLiteral("the max of %1").arg(what))) {
                level.max = *value;
                if (*value <= previous || *value < 0 || *value > 100) {
                    c.error(*max,
                            QStringLiteral("the levels' thresholds must go up from 0 to 100: %1 has max %2 after %3")
                                .arg(what)
                                .arg(*value)
                                .arg(previous < 0 ? 0 : previous));
                }
                previous = *value;
            }
        }
        level.name = c.requiredLocalized(node, QStringLiteral("name"), what);
        if (const YamlNode *description = node.find(u"description"))
            level.description = c.localized(*description, QStringLiteral("the description of %1").arg(what));
        levels.append(level);
    }
    if (levels.isEmpty())
        c.error(list, QStringLiteral("'levels' needs at least one level"));
    else if (levels.last().max != 100)
        c.error(list.items.back(), QStringLiteral("the last level must have max: 100"));
    return levels;
}

std::optional<Questionnaire> readQuestionnaire(Checker &c, const YamlNode &root)
{
    c.checkKeys(root,
                {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                 QStringLiteral("description"), QStringLiteral("levels"), QStringLiteral("dimensions"),
                 QStringLiteral("rules")},
                QStringLiteral("the questionnaire"));
    Questionnaire q;
    q.path = c.path();
    if (const YamlNode *id = c.required(root, QStringLiteral("id"), QStringLiteral("the questionnaire")))
        q.id = c.id(*id, QStringLiteral("the questionnaire id")).value_or(QString());
    if (const YamlNode *version = c.required(root, QStringLiteral("version"), QStringLiteral("the questionnaire"))) {
        bool ok = false;
        q.version = version->isScalar() && !version->quoted ? version->scalar.toInt(&ok) : 0;
        if (!ok || q.version < 1)
            c.error(*version, QStringLiteral("the version must be a whole number from 1"));
    }
    q.title = c.requiredLocalized(root, QStringLiteral("title"), QStringLiteral("the questionnaire"));
    if (const YamlNode *description = root.find(u"description"))
        q.description = c.localized(*description, QStringLiteral("the questionnaire's description"));
    if (const YamlNode *levels = root.find(u"levels"))
        q.levels = readLevels(c, *levels);
    else
        q.levels = defaultLevels();

    QSet<QString> dimensionIds;
    QSet<QString> questionIds;
    int questionCount = 0;
    if (const YamlNode *dimensions =
            c.required(root, QStringLiteral("dimensions"), QStringLiteral("the questionnaire"));
        dimensions && c.expectSequence(*dimensions, QStringLiteral("'dimensions'"), ContentLimits::maxDimensions)) {
        for (std::size_t i = 0; i < dimensions->items.size(); ++i) {
            const YamlNode &node = dimensions->items[i];
            QString what = QStringLiteral("dimension %1").arg(i + 1);
            if (!c.expectMap(node, what))
                continue;
            c.checkKeys(node,
                        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                         QStringLiteral("weight"), QStringLiteral("questions"), QStringLiteral("scored")},
                        nameOf(node, QStringLiteral("dimension"), what));
            Dimension dimension;
            if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
                if (const auto value = c.id(*id, QStringLiteral("the id of %1").arg(what))) {
                    dimension.id = *value;
                    c.unique(dimensionIds, dimension.id, *id, QStringLiteral("dimension"));
                    what = QStringLiteral("the dimension '%1'").arg(dimension.id);
                }
            }
            dimension.title = c.requiredLocalized(node, QStringLiteral("title"), what);
            if (const YamlNode *description = node.find(u"description"))
                dimension.description = c.localized(*description, QStringLiteral("the description of %1").arg(what));
            dimension.weight = c.weight(node, what);
            if (const YamlNode *flag = node.find(u"scored"))
                dimension.scored = c.boolean(*flag, QStringLiteral("scored")).value_or(true);
            if (const YamlNode *questions = c.required(node, QStringLiteral("questions"), what);
                questions && c.expectSequence(*questions, QStringLiteral("the questions of %1").arg(what),
                                              ContentLimits::maxQuestions)) {
                for (std::size_t k = 0; k < questions->items.size(); ++k) {
                    const YamlNode &qn = questions->items[k];
                    if (++questionCount > ContentLimits::maxQuestions) {
                        c.error(qn, QStringLiteral("the questionnaire has too many questions (at most %1)")
                                        .arg(ContentLimits::maxQuestions));
                        break;
                    }
                    auto question =
                        readQuestion(c, qn, QStringLiteral("question %1 of %2").arg(k + 1).arg(what), dimension.scored);
                    if (!question)
                        continue;
                    if (const YamlNode *idNode = qn.isMap() ? qn.find(u"id") : nullptr;
                        idNode && !question->id.isEmpty())
                        c.unique(questionIds, question->id, *idNode, QStringLiteral("question"));
                    dimension.questions.append(std::move(*question));
                }
                if (questions->items.empty())
                    c.error(*questions,
                            QStringLiteral("%1 has no questions: a dimension needs at least one").arg(what));
            }
            q.dimensions.append(std::move(dimension));
        }
        if (dimensions->items.empty())
            c.error(*dimensions, QStringLiteral("the questionnaire has no dimensions: it needs at least one"));
    }
    q.buildIndex();

    // showIf may only look back: number the questions in reading order.
    QHash<QString, int> order;
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions)
            order.insert(question.id, static_cast<int>(order.size()));
    }
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions) {
            if (question.showIf) {
                checkConditionReferences(c, q, *question.showIf,
                                         QStringLiteral("the showIf of the question '%1'").arg(question.id), &order,
                                         order.value(question.id));
            }
        }
    }

    if (const YamlNode *rules = root.find(u"rules");
        rules && c.expectSequence(*rules, QStringLiteral("'rules'"), ContentLimits::maxRules)) {
        QSet<QString> ruleIds;
        for (std::size_t i = 0; i < rules->items.size(); ++i) {
            const YamlNode &node = rules->items[i];
            QString what = QStringLiteral("rule %1").arg(i + 1);
            if (!c.expectMap(node, what))
                continue;
            c.checkKeys(node,
                        {QStringLiteral("id"), QStringLiteral("when"), QStringLiteral("given"),
                         QStringLiteral("actions"), QStringLiteral("impact")},
                        nameOf(node, QStringLiteral("rule"), what));
            Rule rule;
            rule.line = node.line;
            rule.column = node.column;
            if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
                if (const auto value = c.id(*id, QStringLiteral("the id of %1").arg(what))) {
                    rule.id = *value;
                    c.unique(ruleIds, rule.id, *id, QStringLiteral("rule"));
                    what = QStringLiteral("the rule '%1'").arg(rule.id);
                }
            }
            bool valid = true;
            if (const YamlNode *when = c.required(node, QStringLiteral("when"), what)) {
                if (auto condition = readCondition(c, *when, ConditionScope::Rule,
                                                   QStringLiteral("the condition of %1").arg(what))) {
                    rule.when = std::move(*condition);
                    checkConditionReferences(c, q, rule.when, QStringLiteral("the condition of %1").arg(what));
                } else {
                    valid = false;
                }
            } else {
                valid = false;
            }
            if (const YamlNode *given = node.find(u"given")) {
                if (auto condition =
                        readCondition(c, *given, ConditionScope::Rule, QStringLiteral("the 'given' of %1").arg(what))) {
                    checkConditionReferences(c, q, *condition, QStringLiteral("the 'given' of %1").arg(what));
                    rule.given = std::move(*condition);
                } else {
                    valid = false;
                }
            }
            if (const YamlNode *actions = c.required(node, QStringLiteral("actions"), what)) {
                rule.actions = c.refList(*actions, QStringLiteral("the actions of %1").arg(what));
                if (actions->isSequence() && actions->items.empty())
                    c.error(*actions, QStringLiteral("%1 points nowhere: name at least one action").arg(what));
            }
            if (const YamlNode *impact = node.find(u"impact")) {
                if (const auto value = c.oneOf(*impact, impactIds(), QStringLiteral("the impact of %1").arg(what)))
                    rule.impact = static_cast<Impact>(impactIds().indexOf(*value));
            }
            if (valid)
                q.rules.append(std::move(rule));
        }
    }
    return q;
}

// The firm profile: a list of questions, read as a questionnaire of one unscored dimension.
std::optional<Questionnaire> readProfile(Checker &c, const YamlNode &root)
{
    const QString where = QStringLiteral("the profile");
    c.checkKeys(root,
                {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                 QStringLiteral("description"), QStringLiteral("questions")},
                where);
    Questionnaire q;
    q.path = c.path();
    q.profile = true;
    if (const YamlNode *id = c.required(root, QStringLiteral("id"), where))
        q.id = c.id(*id, QStringLiteral("the profile id")).value_or(QString());
    if (const YamlNode *version = c.required(root, QStringLiteral("version"), where)) {
        bool ok = false;
        q.version = version->isScalar() && !version->quoted ? version->scalar.toInt(&ok) : 0;
        if (!ok || q.version < 1)
            c.error(*version, QStringLiteral("the version must be a whole number from 1"));
    }
    q.title = c.requiredLocalized(root, QStringLiteral("title"), where);
    if (const YamlNode *description = root.find(u"description"))
        q.description = c.localized(*description, QStringLiteral("the profile's description"));
    q.levels = defaultLevels();
    Dimension dimension;
    dimension.id = q.id;
    // The one part of the profile, under the profile's title in the side panel: named for what it asks.
    dimension.title = {QStringLiteral("Clients, ventes et outils"), QStringLiteral("Customers, sales and tools")};
    dimension.scored = false;
    QSet<QString> questionIds;
    if (const YamlNode *questions = c.required(root, QStringLiteral("questions"), where);
        questions &&
        c.expectSequence(*questions, QStringLiteral("the profile's questions"), ContentLimits::maxQuestions)) {
        for (std::size_t k = 0; k < questions->items.size(); ++k) {
            const YamlNode &qn = questions->items[k];
            auto question = readQuestion(c, qn, QStringLiteral("question %1 of the profile").arg(k + 1), false);
            if (!question)
                continue;
            if (question->type == QuestionType::Grid)
                c.error(qn, QStringLiteral("the profile's question '%1' cannot be a grid: use a scale or a checklist")
                                .arg(question->id));
            if (const YamlNode *idNode = qn.isMap() ? qn.find(u"id") : nullptr; idNode && !question->id.isEmpty())
                c.unique(questionIds, question->id, *idNode, QStringLiteral("question"));
            dimension.questions.append(std::move(*question));
        }
        if (questions->items.empty())
            c.error(*questions, QStringLiteral("the profile has no questions"));
    }
    q.dimensions.append(std::move(dimension));
    q.buildIndex();
    QHash<QString, int> order;
    for (const Question &question : q.dimensions.front().questions)
        order.insert(question.id, static_cast<int>(order.size()));
    for (const Question &question : q.dimensions.front().questions) {
        if (question.showIf)
            checkConditionReferences(c, q, *question.showIf,
                                     QStringLiteral("the showIf of the question '%1'").arg(question.id), &order,
                                     order.value(question.id));
    }
    return q;
}

struct ActionsFile
{
    QList<Action> actions;
    std::optional<PlanSettings> plan;
};

ActionsFile readActions(Checker &c, const YamlNode &root)
{
    ActionsFile result;
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("plan"), QStringLiteral("actions")},
                QStringLiteral("the actions file"));
    if (const YamlNode *plan = root.find(u"plan"); plan && c.expectMap(*plan, QStringLiteral("'plan'"))) {
        const QStringList keys = {QStringLiteral("now"), QStringLiteral("next"), QStringLiteral("later"),
                                  QStringLiteral("chapters"), QStringLiteral("useCases")};
        c.checkKeys(*plan, keys, QStringLiteral("'plan'"));
        PlanSettings settings;
        int *fields[] = {&settings.now, &settings.next, &settings.later, &settings.chapters, &settings.useCases};
        for (int i = 0; i < keys.size(); ++i) {
            const YamlNode *node = plan->find(keys[i]);
            if (!node)
                continue;
            bool ok = false;
            const int value = node->isScalar() && !node->quoted ? node->scalar.toInt(&ok) : -1;
            if (!ok || value < 0 || value > ContentLimits::maxPlanLength) {
                c.error(*node, QStringLiteral("'%1' in 'plan' must be a whole number from 0 to %2")
                                   .arg(keys[i])
                                   .arg(ContentLimits::maxPlanLength));
                continue;
            }
            *fields[i] = value;
        }
        result.plan = settings;
    }
    const YamlNode *list = c.required(root, QStringLiteral("actions"), QStringLiteral("the actions file"));
    if (!list || !c.expectSequence(*list, QStringLiteral("'actions'"), ContentLimits::maxEntries))
        return result;
    const QStringList costs = {QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("medium"),
                               QStringLiteral("high")};
    const QStringList horizons = {QStringLiteral("now"), QStringLiteral("next"), QStringLiteral("later")};
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode &node = list->items[i];
        QString what = QStringLiteral("action %1").arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        c.checkKeys(node,
                    {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("benefit"),
                     QStringLiteral("firstStep"), QStringLiteral("impact"), QStringLiteral("effort"),
                     QStringLiteral("cost"), QStringLiteral("who"), QStringLiteral("deadline"),
                     QStringLiteral("earliest"), QStringLiteral("prerequisites"), QStringLiteral("chapters"),
                     QStringLiteral("useCases")},
                    nameOf(node, QStringLiteral("action"), what));
        Action action;
        action.path = c.path();
        action.line = node.line;
        action.column = node.column;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            if (const auto value = c.id(*id, QStringLiteral("the id of %1").arg(what))) {
                action.id = *value;
                what = QStringLiteral("the action '%1'").arg(action.id);
            }
        }
        action.text = c.requiredLocalized(node, QStringLiteral("text"), what);
        action.benefit = c.requiredLocalized(node, QStringLiteral("benefit"), what);
        action.firstStep = c.requiredLocalized(node, QStringLiteral("firstStep"), what);
        if (const YamlNode *impact = c.required(node, QStringLiteral("impact"), what)) {
            if (const auto value = c.oneOf(*impact, impactIds(), QStringLiteral("the impact of %1").arg(what)))
                action.impact = static_cast<Impact>(impactIds().indexOf(*value));
        }
        if (const YamlNode *effort = c.required(node, QStringLiteral("effort"), what)) {
            if (const auto value = c.number(*effort, QStringLiteral("the effort of %1").arg(what))) {
                if (*value <= 0 || *value > 10'000)
                    c.error(*effort,
                            QStringLiteral("the effort of %1 is in hours: more than 0, at most 10000").arg(what));
                else
                    action.effort = *value;
            }
        }
        if (const YamlNode *cost = c.required(node, QStringLiteral("cost"), what)) {
            if (const auto value = c.oneOf(*cost, costs, QStringLiteral("the cost of %1").arg(what)))
                action.cost = static_cast<Cost>(costs.indexOf(*value));
        }
        if (const YamlNode *who = c.required(node, QStringLiteral("who"), what);
            who && c.expectSequence(*who, QStringLiteral("'who' of %1").arg(what))) {
            for (const YamlNode &item : who->items) {
                if (const auto value = c.oneOf(item, whoIds(), QStringLiteral("who does %1").arg(what));
                    value && !action.who.contains(*value))
                    action.who.append(*value);
            }
            if (who->items.empty())
                c.error(*who, QStringLiteral("%1 needs someone to do it: owner, staff or provider").arg(what));
        }
        if (const YamlNode *deadline = node.find(u"deadline")) {
            const auto text = c.string(*deadline, QStringLiteral("the deadline of %1").arg(what));
            action.deadline = text ? QDate::fromString(*text, Qt::ISODate) : QDate();
            if (text && (!action.deadline.isValid() || text->size() != 10))
                c.error(
                    *deadline,
                    QStringLiteral("the deadline of %1 must be a date written YYYY-MM-DD, not '%2'").arg(what, *text));
        }
        if (const YamlNode *earliest = node.find(u"earliest")) {
            if (const auto value = c.oneOf(*earliest, horizons, QStringLiteral("the earliest horizon of %1").arg(what)))
                action.earliest = static_cast<Horizon>(horizons.indexOf(*value));
        }
        if (const YamlNode *items = node.find(u"prerequisites"))
            action.prerequisites = c.refList(*items, QStringLiteral("the prerequisites of %1").arg(what));
        if (const YamlNode *items = node.find(u"chapters"))
            action.chapters = c.refList(*items, QStringLiteral("the chapters of %1").arg(what));
        if (const YamlNode *items = node.find(u"useCases"))
            action.useCases = c.refList(*items, QStringLiteral("the useCases of %1").arg(what));
        result.actions.append(std::move(action));
    }
    return result;
}

QList<Chapter> readChapters(Checker &c, const YamlNode &root)
{
    QList<Chapter> result;
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("chapters")}, QStringLiteral("the chapters file"));
    const YamlNode *list = c.required(root, QStringLiteral("chapters"), QStringLiteral("the chapters file"));
    if (!list || !c.expectSequence(*list, QStringLiteral("'chapters'"), ContentLimits::maxEntries))
        return result;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode &node = list->items[i];
        QString what = QStringLiteral("chapter %1").arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        c.checkKeys(node,
                    {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                     QStringLiteral("keyActions"), QStringLiteral("references")},
                    nameOf(node, QStringLiteral("chapter"), what));
        Chapter chapter;
        chapter.path = c.path();
        chapter.line = node.line;
        chapter.column = node.column;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            if (const auto value = c.id(*id, QStringLiteral("the id of %1").arg(what))) {
                chapter.id = *value;
                what = QStringLiteral("the chapter '%1'").arg(chapter.id);
            }
        }
        chapter.title = c.requiredLocalized(node, QStringLiteral("title"), what);
        chapter.summary = c.requiredLocalized(node, QStringLiteral("summary"), what);
        if (const YamlNode *actions = c.required(node, QStringLiteral("keyActions"), what)) {
            chapter.keyActions = c.localizedList(*actions, QStringLiteral("the keyActions of %1").arg(what));
            if (chapter.keyActions.isEmpty())
                c.error(*actions, QStringLiteral("%1 needs at least one key action").arg(what));
        }
        if (const YamlNode *references = node.find(u"references");
            references && c.expectSequence(*references, QStringLiteral("the references of %1").arg(what))) {
            for (const YamlNode &ref : references->items) {
                const QString refWhat = QStringLiteral("a reference of %1").arg(what);
                if (!c.expectMap(ref, refWhat))
                    continue;
                c.checkKeys(ref, {QStringLiteral("title"), QStringLiteral("url")}, refWhat);
                Reference reference;
                if (const YamlNode *title = c.required(ref, QStringLiteral("title"), refWhat))
                    reference.title =
                        c.string(*title, QStringLiteral("the title of %1").arg(refWhat)).value_or(QString());
                if (const YamlNode *url = ref.find(u"url")) {
                    reference.url = c.string(*url, QStringLiteral("the url of %1").arg(refWhat)).value_or(QString());
                    if (!reference.url.startsWith(u"https://") && !reference.url.startsWith(u"http://"))
                        c.error(*url, QStringLiteral("the url of %1 must start with https://").arg(refWhat));
                }
                chapter.references.append(reference);
            }
        }
        result.append(chapter);
    }
    return result;
}

QList<UseCase> readUseCases(Checker &c, const YamlNode &root)
{
    QList<UseCase> result;
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("useCases")}, QStringLiteral("the use-cases file"));
    const YamlNode *list = c.required(root, QStringLiteral("useCases"), QStringLiteral("the use-cases file"));
    if (!list || !c.expectSequence(*list, QStringLiteral("'useCases'"), ContentLimits::maxEntries))
        return result;
    const QStringList levels3 = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode &node = list->items[i];
        QString what = QStringLiteral("use case %1").arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        c.checkKeys(node,
                    {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                     QStringLiteral("sectors"), QStringLiteral("sizes"), QStringLiteral("effort"),
                     QStringLiteral("cost"), QStringLiteral("timeToValue"), QStringLiteral("prerequisites"),
                     QStringLiteral("benefits"), QStringLiteral("chapters"), QStringLiteral("dimensions"),
                     QStringLiteral("when")},
                    nameOf(node, QStringLiteral("use case"), what));
        UseCase useCase;
        useCase.path = c.path();
        useCase.line = node.line;
        useCase.column = node.column;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            if (const auto value = c.id(*id, QStringLiteral("the id of %1").arg(what))) {
                useCase.id = *value;
                what = QStringLiteral("the use case '%1'").arg(useCase.id);
            }
        }
        useCase.title = c.requiredLocalized(node, QStringLiteral("title"), what);
        useCase.description = c.requiredLocalized(node, QStringLiteral("description"), what);
        if (const YamlNode *sectors = c.required(node, QStringLiteral("sectors"), what);
            sectors && c.expectSequence(*sectors, QStringLiteral("the sectors of %1").arg(what))) {
            for (const YamlNode &item : sectors->items) {
                const auto sector = c.oneOf(item, QStringList{QStringLiteral("all")} + sectorIds(),
                                            QStringLiteral("a sector of %1").arg(what));
                if (sector == QStringLiteral("all"))
                    useCase.sectors = sectorIds();
                else if (sector && !useCase.sectors.contains(*sector))
                    useCase.sectors.append(*sector);
            }
            if (sectors->items.empty())
                c.error(*sectors, QStringLiteral("%1 needs at least one sector (or 'all')").arg(what));
        }
        if (const YamlNode *sizes = c.required(node, QStringLiteral("sizes"), what);
            sizes && c.expectSequence(*sizes, QStringLiteral("the sizes of %1").arg(what))) {
            for (const YamlNode &item : sizes->items) {
                if (const auto size = c.oneOf(item, sizeIds(), QStringLiteral("a size of %1").arg(what)))
                    useCase.sizes.append(*size);
            }
            if (sizes->items.empty())
                c.error(*sizes, QStringLiteral("%1 needs at least one size").arg(what));
        }
        if (const YamlNode *effort = c.required(node, QStringLiteral("effort"), what))
            useCase.effort =
                c.oneOf(*effort, levels3, QStringLiteral("the effort of %1").arg(what)).value_or(QString());
        if (const YamlNode *cost = c.required(node, QStringLiteral("cost"), what))
            useCase.cost = c.oneOf(*cost, levels3, QStringLiteral("the cost of %1").arg(what)).value_or(QString());
        if (const YamlNode *time = c.required(node, QStringLiteral("timeToValue"), what)) {
            useCase.timeToValue =
                c.oneOf(*time, {QStringLiteral("days"), QStringLiteral("weeks"), QStringLiteral("months")},
                        QStringLiteral("the timeToValue of %1").arg(what))
                    .value_or(QString());
        }
        if (const YamlNode *items = node.find(u"prerequisites"))
            useCase.prerequisites = c.localizedList(*items, QStringLiteral("the prerequisites of %1").arg(what));
        if (const YamlNode *items = node.find(u"benefits"))
            useCase.benefits = c.localizedList(*items, QStringLiteral("the benefits of %1").arg(what));
        if (const YamlNode *items = node.find(u"chapters"))
            useCase.chapters = c.refList(*items, QStringLiteral("the chapters of %1").arg(what));
        if (const YamlNode *items = node.find(u"dimensions"))
            useCase.dimensions = c.refList(*items, QStringLiteral("the dimensions of %1").arg(what), true);
        if (const YamlNode *when = node.find(u"when"))
            useCase.when = readCondition(c, *when, ConditionScope::Firm, QStringLiteral("the 'when' of %1").arg(what));
        result.append(useCase);
    }
    return result;
}

struct Located
{
    QString path;
    int line;
    int column;
};

void checkCrossReferences(const Content &content, const Content *fallback, bool strict, Diagnostics &out)
{
    const Content &chapterSource = content.chapters.isEmpty() && fallback ? *fallback : content;
    const Content &useCaseSource = content.useCases.isEmpty() && fallback ? *fallback : content;
    auto report = [&](const QString &path, const SourceRef &ref, const QString &message) {
        out.append({Diagnostic::Severity::Error, path, ref.line, ref.column, message});
    };
    qsizetype budget = suggestionBudget;
    const auto suggest = [&](QStringView word, const QStringList &candidates) {
        return didYouMean(word, candidates, budget);
    };
    QStringList chapterIds;
    for (const Chapter &c : chapterSource.chapters)
        chapterIds.append(c.id);
    QStringList useCaseIds;
    for (const UseCase &u : useCaseSource.useCases)
        useCaseIds.append(u.id);

    const Content &actionSource = content.actions.isEmpty() && fallback ? *fallback : content;
    QStringList actionIds;
    for (const Action &a : actionSource.actions)
        actionIds.append(a.id);
    const Questionnaire *profile = content.profile() ? content.profile() : fallback ? fallback->profile() : nullptr;

    // Profile conditions name the profile's questions and options, wherever they are.
    std::function<void(const QString &, const Condition &, const QString &)> checkFirm =
        [&](const QString &path, const Condition &condition, const QString &where) {
            for (const Condition &child : condition.children)
                checkFirm(path, child, where);
            if (condition.kind != Condition::Kind::ProfileIn && condition.kind != Condition::Kind::ProfileNotIn)
                return;
            const SourceRef at{condition.question, condition.line, condition.column};
            if (!profile) {
                report(path, at,
                       QStringLiteral("%1 looks at the firm profile, but the content has no profile (a file with "
                                      "'kind: profile')")
                           .arg(where));
                return;
            }
            const Question *question = profile->question(condition.question);
            if (!question) {
                QStringList ids;
                for (const Question &q : profile->dimensions.value(0).questions)
                    ids.append(q.id);
                report(path, at,
                       QStringLiteral("%1 refers to an unknown profile question '%2'%3")
                           .arg(where, condition.question, suggest(condition.question, ids)));
                return;
            }
            QStringList optionIds;
            for (const Option &o : question->options)
                optionIds.append(o.id);
            for (const QString &option : condition.options) {
                if (!optionIds.contains(option))
                    report(path, at,
                           QStringLiteral("%1 refers to an unknown option '%2' of the profile question '%3'%4")
                               .arg(where, option, condition.question, suggest(option, optionIds)));
            }
        };

    QSet<QString> fired;
    for (const Questionnaire &q : content.questionnaires) {
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions) {
                if (question.showIf)
                    checkFirm(q.path, *question.showIf,
                              QStringLiteral("the showIf of the question '%1'").arg(question.id));
            }
        }
        for (const Rule &rule : q.rules) {
            checkFirm(q.path, rule.when, QStringLiteral("the condition of the rule '%1'").arg(rule.id));
            if (rule.given)
                checkFirm(q.path, *rule.given, QStringLiteral("the 'given' of the rule '%1'").arg(rule.id));
            for (const SourceRef &ref : rule.actions) {
                fired.insert(ref.id);
                if (!actionSource.action(ref.id)) {
                    report(q.path, ref,
                           QStringLiteral("the rule '%1' points to an unknown action '%2'%3")
                               .arg(rule.id, ref.id, suggest(ref.id, actionIds)));
                }
            }
        }
    }
    const bool anyRule = std::any_of(content.questionnaires.cbegin(), content.questionnaires.cend(),
                                     [](const Questionnaire &q) { return !q.rules.isEmpty(); });
    for (const Action &a : content.actions) {
        const QString what = QStringLiteral("the action '%1'").arg(a.id);
        for (const SourceRef &ref : a.prerequisites) {
            if (ref.id == a.id)
                report(a.path, ref, QStringLiteral("%1 cannot be its own prerequisite").arg(what));
            else if (!actionSource.action(ref.id))
                report(a.path, ref,
                       QStringLiteral("%1 needs an unknown action '%2' first%3")
                           .arg(what, ref.id, suggest(ref.id, actionIds)));
        }
        for (const SourceRef &ref : a.chapters) {
            if (!chapterSource.chapter(ref.id))
                report(a.path, ref,
                       QStringLiteral("%1 points to an unknown chapter '%2'%3")
                           .arg(what, ref.id, suggest(ref.id, chapterIds)));
        }
        for (const SourceRef &ref : a.useCases) {
            if (!useCaseSource.useCase(ref.id))
                report(a.path, ref,
                       QStringLiteral("%1 points to an unknown use case '%2'%3")
                           .arg(what, ref.id, suggest(ref.id, useCaseIds)));
        }
        if (a.chapters.isEmpty() && a.useCases.isEmpty())
            out.append({Diagnostic::Severity::Error, a.path, a.line, a.column,
                        QStringLiteral("%1 points nowhere: give it 'chapters' or 'useCases'").arg(what)});
        if (anyRule && !fired.contains(a.id))
            out.append({strict ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, a.path, a.line, a.column,
                        QStringLiteral("no rule points to %1: it can never be advised").arg(what)});
    }
    for (const UseCase &u : content.useCases) {
        for (const SourceRef &ref : u.chapters) {
            if (!chapterSource.chapter(ref.id)) {
                report(u.path, ref,
                       QStringLiteral("the use case '%1' refers to an unknown chapter '%2'%3")
                           .arg(u.id, ref.id, suggest(ref.id, chapterIds)));
            }
        }
        if (u.when)
            checkFirm(u.path, *u.when, QStringLiteral("the 'when' of the use case '%1'").arg(u.id));
        if (content.questionnaires.isEmpty())
            continue; // dimensions can only be checked against questionnaires loaded with the catalogue
        for (const SourceRef &ref : u.dimensions) {
            const QString theme = ref.id.section(QLatin1Char('/'), 0, 0);
            const QString dimension = ref.id.section(QLatin1Char('/'), 1);
            const Questionnaire *q = content.questionnaire(theme);
            if (!ref.id.contains(QLatin1Char('/')) || !q || !q->dimension(dimension)) {
                report(u.path, ref,
                       QStringLiteral("the use case '%1' refers to an unknown dimension '%2' (write THEME/DIMENSION, "
                                      "e.g. cybersecurity/backups)")
                           .arg(u.id, ref.id));
            }
        }
    }
}

// Reads each file (parse gives its path and tree), then checks the references between them.
ContentLoadResult checkFiles(ContentLoadResult result, qsizetype count,
                             const std::function<YamlParseResult(qsizetype, QString &)> &parse,
                             const ContentLoadOptions &options)
{
    QHash<QString, Located> questionnaireIds;
    QHash<QString, Located> chapterIds;
    QHash<QString, Located> useCaseIds;
    QHash<QString, Located> actionIds;
    QString planFile;
    auto checkUnique = [&](QHash<QString, Located> &seen, const QString &id, const Located &where,
                           const QString &what) {
        if (id.isEmpty())
            return;
        if (const auto it = seen.constFind(id); it != seen.cend()) {
            result.diagnostics.append(
                {Diagnostic::Severity::Error, where.path, where.line, where.column,
                 QStringLiteral("duplicate %1 id '%2': already used at %3:%4").arg(what, id, it->path).arg(it->line)});
        } else {
            seen.insert(id, where);
        }
    };

    for (qsizetype i = 0; i < count; ++i) {
        QString file;
        YamlParseResult parsed = parse(i, file);
        result.diagnostics += parsed.diagnostics;
        if (!parsed.root)
            continue;
        const YamlNode &root = *parsed.root;
        Checker checker(file, result.diagnostics, options.strict);
        const YamlNode *kind = root.isMap() ? root.find(u"kind") : nullptr;
        const QStringList kinds = {QStringLiteral("questionnaire"), QStringLiteral("chapters"),
                                   QStringLiteral("use-cases"), QStringLiteral("profile"), QStringLiteral("actions")};
        if (!kind) {
            checker.error(root, QStringLiteral("this is not a Phare content file: it must start with 'kind: "
                                               "questionnaire', 'kind: profile', 'kind: actions', 'kind: chapters' "
                                               "or 'kind: use-cases'"));
            continue;
        }
        const auto kindName = checker.oneOf(*kind, kinds, QStringLiteral("the kind of file"));
        if (kindName == kinds[0]) {
            if (auto q = readQuestionnaire(checker, root)) {
                checkUnique(questionnaireIds, q->id, {file, root.line, root.column}, QStringLiteral("questionnaire"));
                result.content.questionnaires.append(std::move(*q));
            }
        } else if (kindName == kinds[1]) {
            for (Chapter &chapter : readChapters(checker, root)) {
                checkUnique(chapterIds, chapter.id, {file, chapter.line, chapter.column}, QStringLiteral("chapter"));
                result.content.chapters.append(std::move(chapter));
            }
        } else if (kindName == kinds[2]) {
            for (UseCase &useCase : readUseCases(checker, root)) {
                checkUnique(useCaseIds, useCase.id, {file, useCase.line, useCase.column}, QStringLiteral("use case"));
                result.content.useCases.append(std::move(useCase));
            }
        } else if (kindName == kinds[3]) {
            if (auto q = readProfile(checker, root)) {
                if (result.content.profile()) {
                    checker.error(root, QStringLiteral("a second profile: the content may have only one file with "
                                                       "'kind: profile' (the first is %1)")
                                            .arg(result.content.profile()->path));
                    continue;
                }
                checkUnique(questionnaireIds, q->id, {file, root.line, root.column}, QStringLiteral("questionnaire"));
                result.content.questionnaires.append(std::move(*q));
            }
        } else if (kindName == kinds[4]) {
            ActionsFile read = readActions(checker, root);
            if (read.plan) {
                if (planFile.isEmpty()) {
                    result.content.plan = *read.plan;
                    planFile = file;
                } else {
                    checker.error(
                        *root.find(u"plan"),
                        QStringLiteral("the plan's settings are already given in %1: give them once").arg(planFile));
                }
            }
            for (Action &action : read.actions) {
                checkUnique(actionIds, action.id, {file, action.line, action.column}, QStringLiteral("action"));
                result.content.actions.append(std::move(action));
            }
        }
    }
    checkCrossReferences(result.content, options.fallback, options.strict, result.diagnostics);
    // The profile is asked first, and the scorer reads it before the themes.
    std::stable_partition(result.content.questionnaires.begin(), result.content.questionnaires.end(),
                          [](const Questionnaire &q) { return q.profile; });
    // Pointers into the lists must stay valid: the lists are not changed after this point.
    result.content.buildIndex();
    return result;
}

// At most ContentLimits::maxErrorsPerFile problems of one file and maxErrors in all are listed, then
// one line says how many more there were: a folder of broken files must not print millions of lines.
ContentLoadResult capDiagnostics(ContentLoadResult result)
{
    QHash<QString, int> perFile;
    Diagnostics kept;
    qsizetype dropped = 0;
    for (Diagnostic &d : result.diagnostics) {
        if (kept.size() < ContentLimits::maxErrors && ++perFile[d.file] <= ContentLimits::maxErrorsPerFile)
            kept.append(std::move(d));
        else if (d.severity == Diagnostic::Severity::Error)
            ++dropped;
    }
    if (dropped > 0) {
        kept.append({Diagnostic::Severity::Error, kept.isEmpty() ? QString() : kept.last().file, 0, 0,
                     QStringLiteral("%1 more problem(s) not listed (at most %2 per file and %3 in all are listed)")
                         .arg(QString::number(dropped), QString::number(ContentLimits::maxErrorsPerFile),
                              QString::number(ContentLimits::maxErrors))});
    }
    result.diagnostics = std::move(kept);
    return result;
}

QString tooManyBytes(qsizetype total)
{
    return QStringLiteral("the content files are too large together (%1 MiB; at most %2 MiB are read)")
        .arg(QString::number(double(total) / (1024 * 1024), 'f', 1),
             QString::number(ContentLimits::maxTotalBytes / (1024 * 1024)));
}

} // namespace

QString ContentLoader::builtinPath()
{
    return QStringLiteral(":/questionnaires");
}

ContentLoadResult ContentLoader::load(const QStringList &paths, const ContentLoadOptions &options)
{
    ContentLoadResult result;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.diagnostics.append(
                {Diagnostic::Severity::Error, path, 0, 0, QStringLiteral("no such file or folder")});
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            if (found.isEmpty()) {
                result.diagnostics.append(
                    {Diagnostic::Severity::Error, path, 0, 0, QStringLiteral("the folder holds no .yaml file")});
            }
            files += found;
        } else {
            files.append(path);
        }
    }
    if (files.size() > ContentLimits::maxFiles) {
        result.diagnostics.append({Diagnostic::Severity::Error, paths.value(0), 0, 0,
                                   QStringLiteral("too many content files (%1; at most %2 are read)")
                                       .arg(files.size())
                                       .arg(ContentLimits::maxFiles)});
        return result;
    }
    qsizetype total = 0;
    for (const QString &file : std::as_const(files))
        total += std::min<qsizetype>(QFileInfo(file).size(), YamlLimits().maxBytes + 1); // as much as is read
    if (total > ContentLimits::maxTotalBytes) {
        result.diagnostics.append({Diagnostic::Severity::Error, paths.value(0), 0, 0, tooManyBytes(total)});
        return result;
    }
    return capDiagnostics(checkFiles(
        std::move(result), files.size(),
        [&](qsizetype i, QString &path) {
            path = files[i];
            return parseYamlFile(path);
        },
        options));
}

ContentLoadResult ContentLoader::loadData(const QList<ContentSource> &sources, const ContentLoadOptions &options)
{
    ContentLoadResult result;
    if (sources.size() > ContentLimits::maxFiles) {
        result.diagnostics.append({Diagnostic::Severity::Error, QString(), 0, 0,
                                   QStringLiteral("too many content files (%1; at most %2 are read)")
                                       .arg(sources.size())
                                       .arg(ContentLimits::maxFiles)});
        return result;
    }
    qsizetype total = 0;
    for (const ContentSource &source : sources)
        total += source.data.size();
    if (total > ContentLimits::maxTotalBytes) {
        result.diagnostics.append({Diagnostic::Severity::Error, QString(), 0, 0, tooManyBytes(total)});
        return result;
    }
    return capDiagnostics(checkFiles(
        std::move(result), sources.size(),
        [&](qsizetype i, QString &path) {
            path = sources[i].path;
            return parseYaml(sources[i].data, path);
        },
        options));
}

ContentLoadResult ContentLoader::loadBuiltin()
{
    // The form phare-contentc compiled from the same YAML at build time (questionnaires/CMakeLists.txt):
    // reading it costs a small part of parsing the YAML. It is stored uncompressed, so no copy is made.
    const QResource compiled(builtinContentBinaryPath());
    const QByteArray bytes = compiled.isValid() ? compiled.uncompressedData() : QByteArray();
    return loadBuiltinContent(bytes);
}

} // namespace Phare
