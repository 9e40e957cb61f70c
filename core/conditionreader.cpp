// Reads the conditions of showIf, rules and use cases, and checks what they name (see conditionreader.h).
#include "conditionreader.h"

#include "contentids.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Phare {

namespace {

// A score threshold (scoreBelow): above 0, at most 100.
std::optional<double> readThreshold(YamlSchema &c, const YamlNode &below)
{
    const auto threshold = c.number(below, QStringLiteral("scoreBelow"));
    if (!threshold)
        return std::nullopt;
    if (*threshold <= 0 || *threshold > 100) {
        c.error(below, QCoreApplication::translate("Phare::ConditionReader",
                                                   "scoreBelow must be between 0 (excluded) and 100"));
        return std::nullopt;
    }
    return threshold;
}

// The options after 'in' or 'notIn' (`key`): a list of at least one id, appended to `options`.
bool readOptionIds(YamlSchema &c, const YamlNode &list, const QString &key, const QString &where, QStringList &options)
{
    if (!c.expectSequence(list, QCoreApplication::translate("Phare::ConditionReader", "'%1' in %2").arg(key, where)))
        return false;
    if (list.items.empty()) {
        c.error(list, QCoreApplication::translate("Phare::ConditionReader", "'%1' in %2 needs at least one option")
                          .arg(key, where));
        return false;
    }
    for (const YamlNode &item : list.items) {
        const auto option =
            c.id(item, QCoreApplication::translate("Phare::ConditionReader", "an option in %1").arg(where));
        if (!option)
            return false;
        options.append(*option);
    }
    return true;
}

} // namespace

std::optional<Condition> readCondition(YamlSchema &c, const YamlNode &node, ConditionScope scope, const QString &where)
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
            auto child = readCondition(c, children, scope, where);
            if (!child)
                return std::nullopt;
            condition.children.push_back(std::move(*child));
            return condition;
        }
        if (!c.expectSequence(children,
                              QCoreApplication::translate("Phare::ConditionReader", "'%1' in %2").arg(key, where)))
            return std::nullopt;
        if (children.items.empty()) {
            c.error(children,
                    QCoreApplication::translate("Phare::ConditionReader", "'%1' in %2 needs at least one condition")
                        .arg(key, where));
            return std::nullopt;
        }
        for (const YamlNode &item : children.items) {
            if (auto child = readCondition(c, item, scope, where))
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
        if (!c.expectSequence(*list,
                              QCoreApplication::translate("Phare::ConditionReader", "'%1' in %2").arg(key, where)))
            return std::nullopt;
        if (list->items.empty()) {
            c.error(*list, QCoreApplication::translate("Phare::ConditionReader", "'%1' in %2 needs at least one value")
                               .arg(key, where));
            return std::nullopt;
        }
        for (const YamlNode &item : list->items) {
            const auto value = c.oneOf(
                item, *allowed, QCoreApplication::translate("Phare::ConditionReader", "a %1 in %2").arg(key, where));
            if (!value)
                return std::nullopt;
            condition.options.append(*value);
        }
        return condition;
    }
    if (const YamlNode *profile = node.find(u"profile")) {
        c.checkKeys(node, {QStringLiteral("profile"), QStringLiteral("in"), QStringLiteral("notIn")}, where);
        const auto questionId = c.id(
            *profile, QCoreApplication::translate("Phare::ConditionReader", "the profile question in %1").arg(where));
        if (!questionId)
            return std::nullopt;
        condition.question = *questionId;
        const YamlNode *in = node.find(u"in");
        const YamlNode *notIn = node.find(u"notIn");
        if ((in != nullptr) == (notIn != nullptr)) {
            c.error(node, QCoreApplication::translate("Phare::ConditionReader",
                                                      "%1 needs exactly one of 'in' or 'notIn' after 'profile'")
                              .arg(where));
            return std::nullopt;
        }
        condition.kind = in ? Condition::Kind::ProfileIn : Condition::Kind::ProfileNotIn;
        const QString key = in ? QStringLiteral("in") : QStringLiteral("notIn");
        const YamlNode &list = in ? *in : *notIn;
        if (!readOptionIds(c, list, key, where, condition.options))
            return std::nullopt;
        return condition;
    }
    if (scope == ConditionScope::Firm) {
        c.error(node, QCoreApplication::translate("Phare::ConditionReader",
                                                  "%1 can only look at who the firm is: 'profile', 'sector' or 'size'")
                          .arg(where));
        return std::nullopt;
    }

    if (const YamlNode *dimension = node.find(u"dimension")) {
        if (!allowDimensions) {
            c.error(node, QCoreApplication::translate("Phare::ConditionReader",
                                                      "%1 can only look at earlier answers, not at a dimension's score")
                              .arg(where));
            return std::nullopt;
        }
        c.checkKeys(node, {QStringLiteral("dimension"), QStringLiteral("scoreBelow")}, where);
        condition.kind = Condition::Kind::DimensionScoreBelow;
        const auto id =
            c.id(*dimension, QCoreApplication::translate("Phare::ConditionReader", "the dimension in %1").arg(where));
        const YamlNode *below = c.required(node, QStringLiteral("scoreBelow"), where);
        if (!id || !below)
            return std::nullopt;
        condition.dimension = *id;
        const auto threshold = readThreshold(c, *below);
        if (!threshold)
            return std::nullopt;
        condition.threshold = *threshold;
        return condition;
    }
    const YamlNode *question = node.find(u"question");
    if (!question) {
        c.error(node,
                QCoreApplication::translate("Phare::ConditionReader",
                                            "%1 must name a 'question'%2, 'profile', 'sector' or 'size', or combine "
                                            "conditions with 'all', 'any' or 'not'")
                    .arg(where, allowDimensions ? QStringLiteral(", 'dimension'") : QString()));
        return std::nullopt;
    }
    const QStringList tests = {QStringLiteral("in"), QStringLiteral("notIn"), QStringLiteral("scoreBelow"),
                               QStringLiteral("dontKnow")};
    c.checkKeys(node, QStringList{QStringLiteral("question"), QStringLiteral("row")} + tests, where);
    const auto questionId =
        c.id(*question, QCoreApplication::translate("Phare::ConditionReader", "the question in %1").arg(where));
    if (!questionId)
        return std::nullopt;
    condition.question = *questionId;
    if (const YamlNode *row = node.find(u"row")) {
        if (const auto rowId =
                c.id(*row, QCoreApplication::translate("Phare::ConditionReader", "the row in %1").arg(where)))
            condition.row = *rowId;
    }
    int found = 0;
    for (const QString &test : tests)
        found += node.find(test) ? 1 : 0;
    if (found != 1) {
        c.error(node, QCoreApplication::translate("Phare::ConditionReader",
                                                  "%1 needs exactly one of 'in', 'notIn', 'scoreBelow' or 'dontKnow'")
                          .arg(where));
        return std::nullopt;
    }
    if (const YamlNode *below = node.find(u"scoreBelow")) {
        condition.kind = Condition::Kind::ScoreBelow;
        const auto threshold = readThreshold(c, *below);
        if (!threshold)
            return std::nullopt;
        condition.threshold = *threshold;
        return condition;
    }
    if (const YamlNode *dontKnow = node.find(u"dontKnow")) {
        condition.kind = Condition::Kind::DontKnow;
        const auto value = c.boolean(*dontKnow, QStringLiteral("dontKnow"));
        if (value && !*value) {
            c.error(*dontKnow,
                    QCoreApplication::translate("Phare::ConditionReader",
                                                "dontKnow can only be true here; use 'not' for the opposite"));
            return std::nullopt;
        }
        return value ? std::optional<Condition>(condition) : std::nullopt;
    }
    const bool in = node.find(u"in") != nullptr;
    condition.kind = in ? Condition::Kind::AnswerIn : Condition::Kind::AnswerNotIn;
    const YamlNode &list = *node.find(in ? u"in" : u"notIn");
    const QString key = in ? QStringLiteral("in") : QStringLiteral("notIn");
    if (!readOptionIds(c, list, key, where, condition.options))
        return std::nullopt;
    return condition;
}

void checkConditionReferences(YamlSchema &c, const Questionnaire &q, const QuestionnaireIndex &lookups,
                              const Condition &condition, const QString &where, const QHash<QString, int> *orderBefore,
                              int limit)
{
    switch (condition.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not:
        for (const Condition &child : condition.children)
            checkConditionReferences(c, q, lookups, child, where, orderBefore, limit);
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
                      QCoreApplication::translate("Phare::ConditionReader", "%1 refers to an unknown dimension '%2'%3")
                          .arg(where, condition.dimension, c.suggest(condition.dimension, ids)));
        }
        return;
    default:
        break;
    }
    const Question *target = lookups.question(q, condition.question);
    if (!target) {
        QStringList ids;
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions) {
                if (c.canSuggest())
                    ids.append(question.id);
            }
        }
        c.errorAt(condition.line, condition.column,
                  QCoreApplication::translate("Phare::ConditionReader", "%1 refers to an unknown question '%2'%3")
                      .arg(where, condition.question, c.suggest(condition.question, ids)));
        return;
    }
    if (orderBefore && orderBefore->value(condition.question, limit) >= limit) {
        c.errorAt(condition.line, condition.column,
                  QCoreApplication::translate(
                      "Phare::ConditionReader",
                      "%1 refers to the question '%2', which does not come before it; a question can only "
                      "depend on earlier answers")
                      .arg(where, condition.question));
    }
    if (condition.kind == Condition::Kind::DontKnow && !target->allowDontKnow) {
        c.errorAt(
            condition.line, condition.column,
            QCoreApplication::translate("Phare::ConditionReader",
                                        "%1 tests 'dontKnow' on the question '%2', which does not allow \"don't know\"")
                .arg(where, condition.question));
    }
    if (condition.kind != Condition::Kind::AnswerIn && condition.kind != Condition::Kind::AnswerNotIn) {
        if (!condition.row.isEmpty())
            c.errorAt(condition.line, condition.column,
                      QCoreApplication::translate("Phare::ConditionReader", "%1: 'row' only goes with 'in' or 'notIn'")
                          .arg(where));
        return;
    }
    if (target->type == QuestionType::Grid) {
        if (condition.row.isEmpty()) {
            c.errorAt(condition.line, condition.column,
                      QCoreApplication::translate("Phare::ConditionReader",
                                                  "%1: the question '%2' is a grid; say which 'row' to look at")
                          .arg(where, condition.question));
        } else if (std::none_of(target->rows.cbegin(), target->rows.cend(),
                                [&](const GridRow &r) { return r.id == condition.row; })) {
            c.errorAt(condition.line, condition.column,
                      QCoreApplication::translate("Phare::ConditionReader",
                                                  "%1 refers to an unknown row '%2' of the question '%3'")
                          .arg(where, condition.row, condition.question));
        }
    } else if (!condition.row.isEmpty()) {
        c.errorAt(
            condition.line, condition.column,
            QCoreApplication::translate("Phare::ConditionReader", "%1: the question '%2' is not a grid and has no rows")
                .arg(where, condition.question));
    }
    QStringList optionIds;
    for (const Option &o : target->options)
        optionIds.append(o.id);
    for (const QString &option : condition.options) {
        if (!optionIds.contains(option)) {
            c.errorAt(condition.line, condition.column,
                      QCoreApplication::translate("Phare::ConditionReader",
                                                  "%1 refers to an unknown option '%2' of the question '%3'%4")
                          .arg(where, option, condition.question, c.suggest(option, optionIds)));
        }
    }
}
} // namespace Phare
