// Reads a questionnaire or the firm profile from its YAML tree (see questionnairereader.h).
#include "questionnairereader.h"

#include "conditionreader.h"
#include "contentids.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Phare {

namespace {

QList<Option> yesNoOptions()
{
    return {
        {QStringLiteral("no"), {QStringLiteral("Non"), QStringLiteral("No")}, 0, false, true},
        {QStringLiteral("partially"), {QStringLiteral("En partie"), QStringLiteral("Partially")}, 1, false, true},
        {QStringLiteral("yes"), {QStringLiteral("Oui"), QStringLiteral("Yes")}, 2, false, true},
    };
}

QList<Option> readOptions(YamlSchema &c, const YamlNode &list, QuestionType type, const QString &where,
                          bool scored = true)
{
    QList<Option> options;
    if (!c.expectSequence(list,
                          QCoreApplication::translate("Phare::QuestionnaireReader", "the options of %1").arg(where),
                          type == QuestionType::Scale ? ContentLimits::maxOptions : ContentLimits::maxShownOptions))
        return options;
    QSet<QString> seen;
    int exclusives = 0;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const YamlNode &node = list.items[i];
        const QString what =
            QCoreApplication::translate("Phare::QuestionnaireReader", "option %1 of %2").arg(i + 1).arg(where);
        if (!c.expectMap(node, what))
            continue;
        const bool checklist = type == QuestionType::Checklist;
        c.checkKeys(node,
                    checklist ? QStringList{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("exclusive")}
                              : QStringList{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("score")},
                    what);
        Option option;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            if (const auto value =
                    c.id(*id, QCoreApplication::translate("Phare::QuestionnaireReader", "the id of %1").arg(what))) {
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
                c.error(node, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                          "%1 can have only one exclusive option (\"none of these\")")
                                  .arg(where));
        } else if (const YamlNode *score =
                       scored ? c.required(node, QStringLiteral("score"), what) : node.find(u"score")) {
            if (score->isNull())
                option.scored = false; // `score: null`: the answer is left out of the question's score
            else
                option.score =
                    c.number(*score,
                             QCoreApplication::translate("Phare::QuestionnaireReader", "the score of %1").arg(what))
                        .value_or(0);
        }
        options.append(option);
    }
    if (type == QuestionType::Checklist) {
        if (options.size() - exclusives < 1)
            c.error(list, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                      "%1 needs at least one option that is not exclusive")
                              .arg(where));
    } else if (options.size() < 2) {
        c.error(list,
                QCoreApplication::translate("Phare::QuestionnaireReader", "%1 needs at least two options").arg(where));
    } else if (scored) {
        // Options with `score: null` place nothing on the scale: the others must still measure something.
        QList<double> scores;
        for (const Option &o : options) {
            if (o.scored)
                scores.append(o.score);
        }
        const auto [lo, hi] = std::minmax_element(scores.cbegin(), scores.cend());
        if (scores.size() < 2)
            c.error(list, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                      "%1 needs at least two options with a score; 'score: null' "
                                                      "leaves an option out of the score, so it cannot be the only one")
                              .arg(where));
        else if (*lo == *hi)
            c.error(list, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                      "the options of %1 all have the same score: nothing to measure")
                              .arg(where));
    }
    return options;
}

// The value of a `dontKnow` key: lowest (the default) or excluded.
std::optional<DontKnowScoring> readDontKnow(YamlSchema &c, const YamlNode &node, const QString &what)
{
    static const QStringList values = {QStringLiteral("lowest"), QStringLiteral("excluded")};
    const auto value = c.oneOf(node, values, what);
    if (!value)
        return std::nullopt;
    return static_cast<DontKnowScoring>(values.indexOf(*value));
}

// `replaces: [old-id, {question: old-id, row: row-id}]`: the older questions whose answers `question` takes
// over (docs/questionnaire-format.md, "Questions that replace older ones"). Read after the rows, which a
// `row:` must name. Whether an old id clashes with another question is checked once all are read.
QList<Replacement> readReplaces(YamlSchema &c, const YamlNode &list, const Question &question, const QString &label)
{
    QList<Replacement> replaces;
    const QString what = QCoreApplication::translate("Phare::QuestionnaireReader", "the replaces of %1").arg(label);
    if (!c.expectSequence(list, what, ContentLimits::maxListItems))
        return replaces;
    if (list.items.empty())
        c.error(list, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                  "%1 is empty: name the old question ids, or remove 'replaces'")
                          .arg(what));
    QSet<QString> seen;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const YamlNode &item = list.items[i];
        const QString itemWhat =
            QCoreApplication::translate("Phare::QuestionnaireReader", "item %1 of %2").arg(i + 1).arg(what);
        Replacement replacement;
        replacement.line = item.line;
        replacement.column = item.column;
        const YamlNode *idNode = &item;
        if (item.isMap()) {
            c.checkKeys(item, {QStringLiteral("question"), QStringLiteral("row")}, itemWhat);
            idNode = c.required(item, QStringLiteral("question"), itemWhat);
            if (const YamlNode *row = item.find(u"row")) {
                const auto rowId = c.id(
                    *row, QCoreApplication::translate("Phare::QuestionnaireReader", "the row of %1").arg(itemWhat));
                if (question.type != QuestionType::Grid) {
                    c.error(*row,
                            QCoreApplication::translate("Phare::QuestionnaireReader",
                                                        "%1 names a row, but %2 is not a grid: write the old id alone")
                                .arg(itemWhat, label));
                } else if (rowId) {
                    const bool known = std::any_of(question.rows.cbegin(), question.rows.cend(),
                                                   [&](const GridRow &r) { return r.id == *rowId; });
                    if (known)
                        replacement.row = *rowId;
                    else
                        c.error(*row, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                                  "%1 names the row '%2', which %3 does not have")
                                          .arg(itemWhat, *rowId, label));
                }
            }
        }
        if (!idNode)
            continue;
        const auto id =
            c.id(*idNode,
                 QCoreApplication::translate("Phare::QuestionnaireReader", "the old question id of %1").arg(itemWhat));
        if (!id)
            continue;
        if (*id == question.id) {
            c.error(*idNode, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                         "%1 cannot replace itself: 'replaces' names older ids only")
                                 .arg(label));
            continue;
        }
        if (seen.contains(*id)) {
            c.error(*idNode,
                    QCoreApplication::translate("Phare::QuestionnaireReader", "%1 names the old question '%2' twice")
                        .arg(what, *id));
            continue;
        }
        seen.insert(*id);
        replacement.question = *id;
        replaces.append(replacement);
    }
    return replaces;
}

// An old id in `replaces` must be gone from the questionnaire (an answer under it would belong to two
// questions) and taken over by one question only (its answer cannot go to two places).
void checkReplaces(YamlSchema &c, const Questionnaire &q)
{
    QHash<QString, QString> current;
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions)
            current.insert(question.id, question.id);
    }
    QHash<QString, QString> takenBy;
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions) {
            for (const Replacement &r : question.replaces) {
                if (current.contains(r.question)) {
                    c.errorAt(r.line, r.column,
                              QCoreApplication::translate(
                                  "Phare::QuestionnaireReader",
                                  "the question '%1' replaces '%2', which is still a question of this questionnaire: "
                                  "an old id must be gone (rename one of them, or remove it from 'replaces')")
                                  .arg(question.id, r.question));
                } else if (const auto other = takenBy.constFind(r.question); other != takenBy.cend()) {
                    c.errorAt(r.line, r.column,
                              QCoreApplication::translate(
                                  "Phare::QuestionnaireReader",
                                  "the old question '%1' is replaced both by '%2' and by '%3': an old answer can "
                                  "go to one question only")
                                  .arg(r.question, *other, question.id));
                } else {
                    takenBy.insert(r.question, question.id);
                }
            }
        }
    }
}

// `scored` false: the question is never scored whatever it says (the profile, an unscored dimension).
std::optional<Question> readQuestion(YamlSchema &c, const YamlNode &node, const QString &where, bool scored = true)
{
    if (!c.expectMap(node, where))
        return std::nullopt;
    c.checkKeys(node,
                {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("help"),
                 QStringLiteral("source"), QStringLiteral("weight"), QStringLiteral("allowDontKnow"),
                 QStringLiteral("allowNotApplicable"), QStringLiteral("showIf"), QStringLiteral("options"),
                 QStringLiteral("rows"), QStringLiteral("scored"), QStringLiteral("dontKnow"),
                 QStringLiteral("notApplicableIf"), QStringLiteral("replaces")},
                nameOf(node, QCoreApplication::translate("Phare::QuestionnaireReader", "question"), where));
    Question question;
    question.line = node.line;
    question.column = node.column;
    QString label = where;
    if (const YamlNode *id = c.required(node, QStringLiteral("id"), where)) {
        if (const auto value =
                c.id(*id, QCoreApplication::translate("Phare::QuestionnaireReader", "the id of %1").arg(where))) {
            question.id = *value;
            label = QCoreApplication::translate("Phare::QuestionnaireReader", "the question '%1'").arg(question.id);
        }
    }
    const YamlNode *typeNode = c.required(node, QStringLiteral("type"), label);
    const QStringList &types = questionTypeIds();
    const auto type =
        typeNode ? c.oneOf(*typeNode, types,
                           QCoreApplication::translate("Phare::QuestionnaireReader", "the type of %1").arg(label))
                 : std::nullopt;
    if (!type) {
        // Keep the question, so that conditions naming it do not report it as unknown too; its
        // options are read for the same reason, their problems left unsaid until the type is right.
        Diagnostics ignored;
        YamlSchema quiet(c.path(), ignored, false);
        if (const YamlNode *options = node.find(u"options"))
            question.options = readOptions(quiet, *options, QuestionType::Scale, label);
        return question;
    }
    question.type = static_cast<QuestionType>(types.indexOf(*type));
    question.text = c.requiredLocalized(node, QStringLiteral("text"), label);
    if (const YamlNode *help = node.find(u"help"))
        question.help =
            c.localized(*help, QCoreApplication::translate("Phare::QuestionnaireReader", "the help of %1").arg(label));
    else
        c.warning(node,
                  QCoreApplication::translate("Phare::QuestionnaireReader", "%1 has no help text saying why it matters")
                      .arg(label));
    if (const YamlNode *source = node.find(u"source"))
        question.source = c.plainOrLocalized(
            *source, QCoreApplication::translate("Phare::QuestionnaireReader", "the source of %1").arg(label));
    question.weight = c.weight(node, label);
    if (const YamlNode *flag = node.find(u"allowDontKnow"))
        question.allowDontKnow = c.boolean(*flag, QStringLiteral("allowDontKnow")).value_or(false);
    if (const YamlNode *flag = node.find(u"allowNotApplicable"))
        question.allowNotApplicable = c.boolean(*flag, QStringLiteral("allowNotApplicable")).value_or(false);
    if (const YamlNode *dontKnow = node.find(u"dontKnow")) {
        question.dontKnow = readDontKnow(
            c, *dontKnow, QCoreApplication::translate("Phare::QuestionnaireReader", "the dontKnow of %1").arg(label));
        if (!question.allowDontKnow)
            c.error(*dontKnow, QCoreApplication::translate(
                                   "Phare::QuestionnaireReader",
                                   "%1 says how \"don't know\" scores, but does not offer \"don't know\": add "
                                   "'allowDontKnow: true' or remove 'dontKnow'")
                                   .arg(label));
    }
    question.scored = scored;
    if (const YamlNode *flag = node.find(u"scored"))
        question.scored = c.boolean(*flag, QStringLiteral("scored")).value_or(true) && scored;
    if (const YamlNode *showIf = node.find(u"showIf"))
        question.showIf =
            readCondition(c, *showIf, ConditionScope::ShowIf,
                          QCoreApplication::translate("Phare::QuestionnaireReader", "the showIf of %1").arg(label));
    if (const YamlNode *notApplicableIf = node.find(u"notApplicableIf")) {
        question.notApplicableIf = readCondition(
            c, *notApplicableIf, ConditionScope::ShowIf,
            QCoreApplication::translate("Phare::QuestionnaireReader", "the notApplicableIf of %1").arg(label));
        if (!question.allowNotApplicable)
            c.error(*notApplicableIf,
                    QCoreApplication::translate(
                        "Phare::QuestionnaireReader",
                        "%1 is pre-filled as \"not applicable\" (notApplicableIf), but does not offer \"not "
                        "applicable\": add 'allowNotApplicable: true' or remove 'notApplicableIf'")
                        .arg(label));
    }

    const YamlNode *options = node.find(u"options");
    const YamlNode *rows = node.find(u"rows");
    if (question.type == QuestionType::YesNo) {
        if (options)
            c.error(*options,
                    QCoreApplication::translate("Phare::QuestionnaireReader",
                                                "%1 is a yes-no question: its answers are built in, remove 'options'")
                        .arg(label));
        question.options = yesNoOptions();
    } else if (const YamlNode *list = c.required(node, QStringLiteral("options"), label)) {
        question.options = readOptions(c, *list, question.type, label, question.scored);
    }
    if (question.type == QuestionType::Grid) {
        if (const YamlNode *list = c.required(node, QStringLiteral("rows"), label);
            list && c.expectSequence(
                        *list, QCoreApplication::translate("Phare::QuestionnaireReader", "the rows of %1").arg(label),
                        ContentLimits::maxRows)) {
            QSet<QString> seen;
            for (std::size_t i = 0; i < list->items.size(); ++i) {
                const YamlNode &row = list->items[i];
                const QString what =
                    QCoreApplication::translate("Phare::QuestionnaireReader", "row %1 of %2").arg(i + 1).arg(label);
                if (!c.expectMap(row, what))
                    continue;
                c.checkKeys(row, {QStringLiteral("id"), QStringLiteral("label")}, what);
                GridRow gridRow;
                if (const YamlNode *id = c.required(row, QStringLiteral("id"), what)) {
                    gridRow.id =
                        c.id(*id, QCoreApplication::translate("Phare::QuestionnaireReader", "the id of %1").arg(what))
                            .value_or(QString());
                    c.unique(seen, gridRow.id, *id, QStringLiteral("row"));
                }
                gridRow.label = c.requiredLocalized(row, QStringLiteral("label"), what);
                question.rows.append(gridRow);
            }
            if (question.rows.isEmpty())
                c.error(
                    *list,
                    QCoreApplication::translate("Phare::QuestionnaireReader", "%1 needs at least one row").arg(label));
        }
    } else if (rows) {
        c.error(*rows, QCoreApplication::translate("Phare::QuestionnaireReader", "only grid questions have 'rows'"));
    }
    if (const YamlNode *replaces = node.find(u"replaces"))
        question.replaces = readReplaces(c, *replaces, question, label);
    return question;
}

// The keys a questionnaire and a profile share: id, version, title and description.
void readHeader(YamlSchema &c, const YamlNode &root, const QString &where, const QString &kind, Questionnaire &q)
{
    q.path = c.path();
    if (const YamlNode *id = c.required(root, QStringLiteral("id"), where))
        q.id = c.id(*id, QCoreApplication::translate("Phare::QuestionnaireReader", "the %1 id").arg(kind))
                   .value_or(QString());
    if (const YamlNode *version = c.required(root, QStringLiteral("version"), where)) {
        bool ok = false;
        q.version = version->isScalar() && !version->quoted ? version->scalar.toInt(&ok) : 0;
        if (!ok || q.version < 1)
            c.error(*version, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                          "the version must be a whole number from 1"));
    }
    q.title = c.requiredLocalized(root, QStringLiteral("title"), where);
    if (const YamlNode *description = root.find(u"description"))
        q.description = c.localized(
            *description, QCoreApplication::translate("Phare::QuestionnaireReader", "the %1's description").arg(kind));
}

// Reads the question at `node` into `questions`, unless it cannot be used; its id must be new in `seen`.
// The profile's questions (`inProfile`) are never scored and cannot be grids.
void appendQuestion(YamlSchema &c, const YamlNode &node, const QString &where, bool scored, bool inProfile,
                    QSet<QString> &seen, QList<Question> &questions)
{
    auto question = readQuestion(c, node, where, scored && !inProfile);
    if (!question)
        return;
    if (inProfile && question->type == QuestionType::Grid)
        c.error(node,
                QCoreApplication::translate("Phare::QuestionnaireReader",
                                            "the profile's question '%1' cannot be a grid: use a scale or a checklist")
                    .arg(question->id));
    if (const YamlNode *idNode = node.isMap() ? node.find(u"id") : nullptr; idNode && !question->id.isEmpty())
        c.unique(seen, question->id, *idNode, QStringLiteral("question"));
    questions.append(std::move(*question));
}

// `questionCount` counts the questions of the whole questionnaire, which ContentLimits::maxQuestions bounds.
Dimension readDimension(YamlSchema &c, const YamlNode &node, QString what, QSet<QString> &dimensionIds,
                        QSet<QString> &questionIds, int &questionCount)
{
    c.checkKeys(node,
                {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("weight"),
                 QStringLiteral("questions"), QStringLiteral("scored")},
                nameOf(node, QCoreApplication::translate("Phare::QuestionnaireReader", "dimension"), what));
    Dimension dimension;
    if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
        if (const auto value =
                c.id(*id, QCoreApplication::translate("Phare::QuestionnaireReader", "the id of %1").arg(what))) {
            dimension.id = *value;
            c.unique(dimensionIds, dimension.id, *id, QStringLiteral("dimension"));
            what = QCoreApplication::translate("Phare::QuestionnaireReader", "the dimension '%1'").arg(dimension.id);
        }
    }
    dimension.title = c.requiredLocalized(node, QStringLiteral("title"), what);
    if (const YamlNode *description = node.find(u"description"))
        dimension.description = c.localized(
            *description, QCoreApplication::translate("Phare::QuestionnaireReader", "the description of %1").arg(what));
    dimension.weight = c.weight(node, what);
    if (const YamlNode *flag = node.find(u"scored"))
        dimension.scored = c.boolean(*flag, QStringLiteral("scored")).value_or(true);
    const YamlNode *questions = c.required(node, QStringLiteral("questions"), what);
    if (!questions ||
        !c.expectSequence(*questions,
                          QCoreApplication::translate("Phare::QuestionnaireReader", "the questions of %1").arg(what),
                          ContentLimits::maxQuestions))
        return dimension;
    for (std::size_t k = 0; k < questions->items.size(); ++k) {
        const YamlNode &qn = questions->items[k];
        if (++questionCount > ContentLimits::maxQuestions) {
            c.error(qn, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                    "the questionnaire has too many questions (at most %1)")
                            .arg(ContentLimits::maxQuestions));
            break;
        }
        appendQuestion(
            c, qn, QCoreApplication::translate("Phare::QuestionnaireReader", "question %1 of %2").arg(k + 1).arg(what),
            dimension.scored, false, questionIds, dimension.questions);
    }
    if (questions->items.empty())
        c.error(*questions, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                        "%1 has no questions: a dimension needs at least one")
                                .arg(what));
    return dimension;
}

void readDimensions(YamlSchema &c, const YamlNode &root, Questionnaire &q)
{
    const YamlNode *dimensions =
        c.required(root, QStringLiteral("dimensions"),
                   QCoreApplication::translate("Phare::QuestionnaireReader", "the questionnaire"));
    if (!dimensions || !c.expectSequence(*dimensions,
                                         QCoreApplication::translate("Phare::QuestionnaireReader", "'dimensions'",
                                                                     "a key of the file, quoted"),
                                         ContentLimits::maxDimensions))
        return;
    QSet<QString> dimensionIds;
    QSet<QString> questionIds;
    int questionCount = 0;
    for (std::size_t i = 0; i < dimensions->items.size(); ++i) {
        const YamlNode &node = dimensions->items[i];
        const QString what = QCoreApplication::translate("Phare::QuestionnaireReader", "dimension %1").arg(i + 1);
        if (c.expectMap(node, what))
            q.dimensions.append(readDimension(c, node, what, dimensionIds, questionIds, questionCount));
    }
    if (dimensions->items.empty())
        c.error(*dimensions, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                         "the questionnaire has no dimensions: it needs at least one"));
}

// showIf may only look back: checks each showIf against the questions numbered in reading order.
void checkShowIfs(YamlSchema &c, const Questionnaire &q, const QuestionnaireIndex &lookups)
{
    QHash<QString, int> order;
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions)
            order.insert(question.id, static_cast<int>(order.size()));
    }
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions) {
            if (question.showIf) {
                checkConditionReferences(
                    c, q, lookups, *question.showIf,
                    QCoreApplication::translate("Phare::QuestionnaireReader", "the showIf of the question '%1'")
                        .arg(question.id),
                    &order, order.value(question.id));
            }
            // Pre-filled from earlier answers only, as showIf: the scorer reads the questions in order.
            if (question.notApplicableIf) {
                checkConditionReferences(c, q, lookups, *question.notApplicableIf,
                                         QCoreApplication::translate("Phare::QuestionnaireReader",
                                                                     "the notApplicableIf of the question '%1'")
                                             .arg(question.id),
                                         &order, order.value(question.id));
            }
        }
    }
}

// A rule's condition (`key`: when or given), checked against q; nothing when it cannot be used.
std::optional<Condition> readRuleCondition(YamlSchema &c, const YamlNode &node, const Questionnaire &q,
                                           const QuestionnaireIndex &lookups, const QString &where)
{
    auto condition = readCondition(c, node, ConditionScope::Rule, where);
    if (condition)
        checkConditionReferences(c, q, lookups, *condition, where);
    return condition;
}

// The rule at `node`, or nothing when its conditions cannot be used (the errors are said).
std::optional<Rule> readRule(YamlSchema &c, const YamlNode &node, QString what, const Questionnaire &q,
                             const QuestionnaireIndex &lookups, QSet<QString> &ruleIds)
{
    c.checkKeys(node,
                {QStringLiteral("id"), QStringLiteral("when"), QStringLiteral("given"), QStringLiteral("actions"),
                 QStringLiteral("impact")},
                nameOf(node, QCoreApplication::translate("Phare::QuestionnaireReader", "rule"), what));
    Rule rule;
    rule.line = node.line;
    rule.column = node.column;
    if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
        if (const auto value =
                c.id(*id, QCoreApplication::translate("Phare::QuestionnaireReader", "the id of %1").arg(what))) {
            rule.id = *value;
            c.unique(ruleIds, rule.id, *id, QStringLiteral("rule"));
            what = QCoreApplication::translate("Phare::QuestionnaireReader", "the rule '%1'").arg(rule.id);
        }
    }
    bool valid = false;
    if (const YamlNode *when = c.required(node, QStringLiteral("when"), what)) {
        if (auto condition = readRuleCondition(
                c, *when, q, lookups,
                QCoreApplication::translate("Phare::QuestionnaireReader", "the condition of %1").arg(what))) {
            rule.when = std::move(*condition);
            valid = true;
        }
    }
    if (const YamlNode *given = node.find(u"given")) {
        rule.given =
            readRuleCondition(c, *given, q, lookups,
                              QCoreApplication::translate("Phare::QuestionnaireReader", "the 'given' of %1").arg(what));
        valid = valid && rule.given;
    }
    if (const YamlNode *actions = c.required(node, QStringLiteral("actions"), what)) {
        rule.actions = c.refList(
            *actions, QCoreApplication::translate("Phare::QuestionnaireReader", "the actions of %1").arg(what));
        if (actions->isSequence() && actions->items.empty())
            c.error(*actions, QCoreApplication::translate("Phare::QuestionnaireReader",
                                                          "%1 points nowhere: name at least one action")
                                  .arg(what));
    }
    if (const YamlNode *impact = node.find(u"impact")) {
        if (const auto value =
                c.oneOf(*impact, impactIds(),
                        QCoreApplication::translate("Phare::QuestionnaireReader", "the impact of %1").arg(what)))
            rule.impact = static_cast<Impact>(impactIds().indexOf(*value));
    }
    if (!valid)
        return std::nullopt;
    return rule;
}

void readRules(YamlSchema &c, const YamlNode &root, Questionnaire &q, const QuestionnaireIndex &lookups)
{
    const YamlNode *rules = root.find(u"rules");
    if (!rules ||
        !c.expectSequence(
            *rules, QCoreApplication::translate("Phare::QuestionnaireReader", "'rules'", "a key of the file, quoted"),
            ContentLimits::maxRules))
        return;
    QSet<QString> ruleIds;
    for (std::size_t i = 0; i < rules->items.size(); ++i) {
        const YamlNode &node = rules->items[i];
        const QString what = QCoreApplication::translate("Phare::QuestionnaireReader", "rule %1").arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        if (auto rule = readRule(c, node, what, q, lookups, ruleIds))
            q.rules.append(std::move(*rule));
    }
}

} // namespace

QList<Level> readLevels(YamlSchema &c, const YamlNode &list, const QString &key)
{
    QList<Level> levels;
    if (!c.expectSequence(list, key, ContentLimits::maxLevels))
        return levels;
    QSet<QString> seen;
    double previous = -1;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const YamlNode &node = list.items[i];
        const QString what = QCoreApplication::translate("Phare::QuestionnaireReader", "level %1").arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        c.checkKeys(
            node, {QStringLiteral("id"), QStringLiteral("max"), QStringLiteral("name"), QStringLiteral("description")},
            what);
        Level level;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            level.id = c.id(*id, QCoreApplication::translate("Phare::QuestionnaireReader", "the id of %1").arg(what))
                           .value_or(QString());
            c.unique(seen, level.id, *id, QStringLiteral("level"));
        }
        if (const YamlNode *max = c.required(node, QStringLiteral("max"), what)) {
            if (const auto value = c.number(
                    *max, QCoreApplication::translate("Phare::QuestionnaireReader", "the max of %1").arg(what))) {
                level.max = *value;
                if (*value <= previous || *value < 0 || *value > 100) {
                    c.error(*max, QCoreApplication::translate(
                                      "Phare::QuestionnaireReader",
                                      "the levels' thresholds must go up from 0 to 100: %1 has max %2 after %3")
                                      .arg(what)
                                      .arg(*value)
                                      .arg(previous < 0 ? 0 : previous));
                }
                previous = *value;
            }
        }
        level.name = c.requiredLocalized(node, QStringLiteral("name"), what);
        if (const YamlNode *description = node.find(u"description"))
            level.description = c.localized(
                *description,
                QCoreApplication::translate("Phare::QuestionnaireReader", "the description of %1").arg(what));
        levels.append(level);
    }
    if (levels.isEmpty())
        c.error(list,
                QCoreApplication::translate("Phare::QuestionnaireReader", "%1 needs at least one level").arg(key));
    else if (levels.last().max != 100)
        c.error(list.items.back(),
                QCoreApplication::translate("Phare::QuestionnaireReader", "the last level must have max: 100"));
    return levels;
}

std::optional<Questionnaire> readQuestionnaire(YamlSchema &c, const YamlNode &root)
{
    c.checkKeys(root,
                {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                 QStringLiteral("description"), QStringLiteral("levels"), QStringLiteral("dimensions"),
                 QStringLiteral("rules"), QStringLiteral("dontKnow")},
                QCoreApplication::translate("Phare::QuestionnaireReader", "the questionnaire"));
    Questionnaire q;
    readHeader(c, root, QCoreApplication::translate("Phare::QuestionnaireReader", "the questionnaire"),
               QCoreApplication::translate("Phare::QuestionnaireReader", "questionnaire"), q);
    if (const YamlNode *dontKnow = root.find(u"dontKnow"))
        q.dontKnow =
            readDontKnow(c, *dontKnow,
                         QCoreApplication::translate("Phare::QuestionnaireReader", "the questionnaire's dontKnow"))
                .value_or(DontKnowScoring::Lowest);
    if (const YamlNode *levels = root.find(u"levels"))
        q.levels = readLevels(
            c, *levels,
            QCoreApplication::translate("Phare::QuestionnaireReader", "'levels'", "a key of the file, quoted"));
    else
        q.levels = defaultLevels();
    readDimensions(c, root, q);
    checkReplaces(c, q);
    // The questions are all read: the rules may look them up.
    const QuestionnaireIndex lookups = QuestionnaireIndex::lookups(q);
    checkShowIfs(c, q, lookups);
    readRules(c, root, q, lookups);
    return q;
}

std::optional<Questionnaire> readProfile(YamlSchema &c, const YamlNode &root)
{
    const QString where = QCoreApplication::translate("Phare::QuestionnaireReader", "the profile");
    c.checkKeys(root,
                {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                 QStringLiteral("description"), QStringLiteral("questions")},
                where);
    Questionnaire q;
    q.profile = true;
    readHeader(c, root, where, QCoreApplication::translate("Phare::QuestionnaireReader", "profile"), q);
    q.levels = defaultLevels();
    Dimension dimension;
    dimension.id = q.id;
    // The one part of the profile, under the profile's title in the side panel: named for what it asks.
    dimension.title = {QStringLiteral("Clients, ventes et outils"), QStringLiteral("Customers, sales and tools")};
    dimension.scored = false;
    QSet<QString> questionIds;
    if (const YamlNode *questions = c.required(root, QStringLiteral("questions"), where);
        questions &&
        c.expectSequence(*questions,
                         QCoreApplication::translate("Phare::QuestionnaireReader", "the profile's questions"),
                         ContentLimits::maxQuestions)) {
        for (std::size_t k = 0; k < questions->items.size(); ++k) {
            const YamlNode &qn = questions->items[k];
            appendQuestion(
                c, qn,
                QCoreApplication::translate("Phare::QuestionnaireReader", "question %1 of the profile").arg(k + 1),
                false, true, questionIds, dimension.questions);
        }
        if (questions->items.empty())
            c.error(*questions,
                    QCoreApplication::translate("Phare::QuestionnaireReader", "the profile has no questions"));
    }
    q.dimensions.append(std::move(dimension));
    checkReplaces(c, q);
    checkShowIfs(c, q, QuestionnaireIndex::lookups(q));
    return q;
}

} // namespace Phare
