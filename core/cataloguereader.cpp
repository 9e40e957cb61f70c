// Reads the catalogue files (actions, chapters, use cases, organisation, glossary) from their YAML trees
// (see cataloguereader.h).
#include "cataloguereader.h"

#include "conditionreader.h"
#include "contentids.h"
#include "questionnairereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace Phare {

namespace {

// The entries of a catalogue file, which share one shape: a list under `listKey` of maps, each with an
// id. readFields(node, what, entry) reads the rest of an entry; `what` names it in messages ("the
// action 'x'", or "action 3" when it has no usable id).
template <typename Entry, typename ReadFields>
QList<Entry> readEntries(YamlSchema &c, const YamlNode &root, const QString &listKey, const QString &file,
                         const QString &kind, const QStringList &keys, ReadFields readFields)
{
    QList<Entry> result;
    const YamlNode *list = c.required(root, listKey, file);
    if (!list ||
        !c.expectSequence(
            *list,
            QCoreApplication::translate("Phare::CatalogueReader", "'%1'", "a key of the file, quoted").arg(listKey),
            ContentLimits::maxEntries))
        return result;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode &node = list->items[i];
        QString what = QStringLiteral("%1 %2").arg(kind).arg(i + 1);
        if (!c.expectMap(node, what))
            continue;
        c.checkKeys(node, keys, nameOf(node, kind, what));
        Entry entry;
        entry.path = c.path();
        entry.line = node.line;
        entry.column = node.column;
        if (const YamlNode *id = c.required(node, QStringLiteral("id"), what)) {
            if (const auto value =
                    c.id(*id, QCoreApplication::translate("Phare::CatalogueReader", "the id of %1").arg(what))) {
                entry.id = *value;
                what = QCoreApplication::translate("Phare::CatalogueReader", "the %1 '%2'").arg(kind, entry.id);
            }
        }
        readFields(node, what, entry);
        result.append(std::move(entry));
    }
    return result;
}

// A whole number written as one, without quotes (`5`, not `"5"` or `5.0`), or nothing.
std::optional<int> wholeNumber(const YamlNode &node)
{
    bool ok = false;
    const int value = node.isScalar() && !node.quoted ? node.scalar.toInt(&ok) : 0;
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The `plan:` of an actions file: how long each part of the plan may be, and whether it is laid out in
// horizons (now, next, later) or as one list of measures whose first `measures` are the priority ones.
PlanSettings readPlan(YamlSchema &c, const YamlNode &plan)
{
    const QStringList keys = {QStringLiteral("now"), QStringLiteral("next"), QStringLiteral("later"),
                              QStringLiteral("chapters"), QStringLiteral("useCases")};
    const QString planName =
        QCoreApplication::translate("Phare::CatalogueReader", "'plan'", "a key of the file, quoted");
    c.checkKeys(plan, keys + QStringList{QStringLiteral("style"), QStringLiteral("measures")}, planName);
    PlanSettings settings;
    const QStringList styles = {QStringLiteral("horizons"), QStringLiteral("list")};
    bool styleKnown = true; // an unknown style is said once, not again through the keys that go with it
    if (const YamlNode *style = plan.find(u"style")) {
        const auto value =
            c.oneOf(*style, styles, QCoreApplication::translate("Phare::CatalogueReader", "the style of 'plan'"));
        if (value)
            settings.style = static_cast<PlanStyle>(styles.indexOf(*value));
        styleKnown = value.has_value();
    }
    const bool list = settings.style == PlanStyle::List;
    int *fields[] = {&settings.now, &settings.next, &settings.later, &settings.chapters, &settings.useCases};
    for (int i = 0; i < keys.size(); ++i) {
        const YamlNode *node = plan.find(keys[i]);
        if (!node)
            continue;
        // A list has no time labels: a cap for "now" would be silently ignored.
        if (list && i < 3) {
            c.error(*node, QCoreApplication::translate("Phare::CatalogueReader",
                                                       "'%1' has no meaning in a plan with 'style: list', which has no "
                                                       "now, next or later: say how many priority measures with "
                                                       "'measures'")
                               .arg(keys[i]));
            continue;
        }
        const std::optional<int> value = wholeNumber(*node);
        if (!value || *value < 0 || *value > ContentLimits::maxPlanLength) {
            c.error(*node, QCoreApplication::translate("Phare::CatalogueReader",
                                                       "'%1' in 'plan' must be a whole number from 0 to %2")
                               .arg(keys[i])
                               .arg(ContentLimits::maxPlanLength));
            continue;
        }
        *fields[i] = *value;
    }
    const YamlNode *measures = plan.find(u"measures");
    if (measures && !list && styleKnown) {
        c.error(*measures, QCoreApplication::translate("Phare::CatalogueReader",
                                                       "'measures' goes with 'style: list' in 'plan': a plan in "
                                                       "horizons gives 'now', 'next' and 'later' instead"));
    } else if (measures) {
        const std::optional<int> value = wholeNumber(*measures);
        if (!value || *value < 1 || *value > ContentLimits::maxPlanLength)
            c.error(*measures, QCoreApplication::translate("Phare::CatalogueReader",
                                                           "'measures' in 'plan' (how many priority measures) must be "
                                                           "a whole number from 1 to %1")
                                   .arg(ContentLimits::maxPlanLength));
        else
            settings.measures = *value;
    } else if (list && !measures) {
        c.error(plan, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "a plan with 'style: list' needs 'measures': how many of the first "
                                                  "measures are the priority ones (such as 'measures: 6')"));
    }
    return settings;
}

// `{from: A, to: B, KEY: K}` with whole numbers 0 <= A <= B <= max (B may be left out: the same as A) and K
// one of `per`: a use case's cost range (KEY `per`) or time to set up (KEY `unit`). False when it is not usable.
bool readRange(YamlSchema &c, const YamlNode &node, const QString &what, const QString &key, const QStringList &per,
               int min, int max, int &from, int &to, QString &unit)
{
    if (!c.expectMap(node, what))
        return false;
    c.checkKeys(node, {QStringLiteral("from"), QStringLiteral("to"), key}, what);
    bool ok = true;
    const auto bound = [&](const YamlNode &value, const QString &name) -> std::optional<int> {
        const std::optional<int> n = wholeNumber(value);
        if (!n || *n < min || *n > max) {
            c.error(value, QCoreApplication::translate("Phare::CatalogueReader",
                                                       "'%1' of %2 must be a whole number from %3 to %4, written "
                                                       "without quotes or units, not '%5'")
                               .arg(name, what, QString::number(min), QString::number(max),
                                    value.quoted ? u'"' + value.scalar + u'"' : value.scalar));
            ok = false;
        }
        return n;
    };
    const YamlNode *fromNode = c.required(node, QStringLiteral("from"), what);
    const std::optional<int> a = fromNode ? bound(*fromNode, QStringLiteral("from")) : std::nullopt;
    const YamlNode *toNode = node.find(u"to");
    const std::optional<int> b = toNode ? bound(*toNode, QStringLiteral("to")) : a;
    if (!fromNode)
        ok = false;
    if (ok && a && b && *b < *a) {
        c.error(*toNode, QCoreApplication::translate("Phare::CatalogueReader",
                                                     "'to' of %1 (%2) is less than 'from' (%3): write the smaller "
                                                     "number first")
                             .arg(what)
                             .arg(*b)
                             .arg(*a));
        ok = false;
    }
    if (const YamlNode *unitNode = c.required(node, key, what)) {
        const auto value =
            c.oneOf(*unitNode, per, QCoreApplication::translate("Phare::CatalogueReader", "'%1' of %2").arg(key, what));
        ok = ok && value.has_value();
        if (value)
            unit = *value;
    } else {
        ok = false;
    }
    if (!ok) {
        unit.clear();
        return false;
    }
    from = *a;
    to = *b;
    return true;
}

// A use case's `tools: {free: [...], paid: [...]}`: examples of each kind, one text or {fr, en} each.
void readTools(YamlSchema &c, const YamlNode &node, const QString &what, UseCase &useCase)
{
    if (!c.expectMap(node, what))
        return;
    c.checkKeys(node, {QStringLiteral("free"), QStringLiteral("paid")}, what);
    const auto list = [&](QStringView key, QList<LocalizedText> &out) {
        const YamlNode *items = node.find(key);
        const QString listWhat =
            QCoreApplication::translate("Phare::CatalogueReader", "'%1' of %2").arg(key.toString(), what);
        if (!items || !c.expectSequence(*items, listWhat))
            return;
        for (const YamlNode &item : items->items) {
            const LocalizedText text = c.plainOrLocalized(item, listWhat);
            if (!text.fr.isEmpty() || !text.en.isEmpty())
                out.append(text);
        }
    };
    list(u"free", useCase.freeTools);
    list(u"paid", useCase.paidTools);
    if (useCase.freeTools.isEmpty() && useCase.paidTools.isEmpty())
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "%1: no tool is named; give at least one under 'free' or "
                                                  "'paid'")
                          .arg(what));
}

// A use case's `gain: {text: {fr, en}, source: URL | estimate}`.
void readGain(YamlSchema &c, const YamlNode &node, const QString &what, UseCase &useCase)
{
    if (!c.expectMap(node, what))
        return;
    c.checkKeys(node, {QStringLiteral("text"), QStringLiteral("source")}, what);
    useCase.gain = c.requiredLocalized(node, QStringLiteral("text"), what);
    const YamlNode *source = c.required(node, QStringLiteral("source"), what);
    if (!source)
        return;
    const QString sourceWhat = QCoreApplication::translate("Phare::CatalogueReader", "the source of %1").arg(what);
    const auto text = c.string(*source, sourceWhat);
    if (!text)
        return;
    if (*text == u"estimate" || text->startsWith(u"https://") || text->startsWith(u"http://")) {
        useCase.gainSource = *text;
        return;
    }
    c.error(*source, QCoreApplication::translate("Phare::CatalogueReader",
                                                 "%1 must be the web address it comes from (starting with "
                                                 "https://) or the word 'estimate', not '%2'")
                         .arg(sourceWhat, *text));
}

// A use case's `subSectors: {SECTOR: condition, ...}`: within SECTOR (one of the use case's own), only the
// firms for which the condition holds.
void readSubSectors(YamlSchema &c, const YamlNode &node, const QString &useCaseWhat, UseCase &useCase)
{
    const QString what = QCoreApplication::translate("Phare::CatalogueReader", "the subSectors of %1").arg(useCaseWhat);
    if (!c.expectMap(node, what))
        return;
    for (std::size_t i = 0; i < node.keys.size(); ++i) {
        const YamlKey &key = node.keys[i];
        if (!sectorIds().contains(key.name)) {
            QString message =
                QCoreApplication::translate("Phare::CatalogueReader", "'%1' in %2 is not a sector: use one of %3")
                    .arg(key.name, what, sectorIds().join(QStringLiteral(", ")));
            message += c.suggest(key.name, sectorIds());
            c.errorAt(key.line, key.column, message);
            continue;
        }
        if (!useCase.sectors.contains(key.name)) {
            c.errorAt(key.line, key.column,
                      QCoreApplication::translate("Phare::CatalogueReader",
                                                  "'%1' in %2 is not one of the use case's sectors: add it to "
                                                  "'sectors' or remove it here")
                          .arg(key.name, what));
            continue;
        }
        if (auto condition =
                readCondition(c, node.values[i], ConditionScope::Firm,
                              QCoreApplication::translate("Phare::CatalogueReader", "the sub-sector '%1' of %2")
                                  .arg(key.name, useCaseWhat)))
            useCase.subSectors.append({key.name, std::move(*condition)});
    }
}

} // namespace

ActionsFile readActions(YamlSchema &c, const YamlNode &root)
{
    ActionsFile result;
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("plan"), QStringLiteral("actions")},
                QCoreApplication::translate("Phare::CatalogueReader", "the actions file"));
    if (const YamlNode *plan = root.find(u"plan");
        plan && c.expectMap(*plan, QCoreApplication::translate("Phare::CatalogueReader", "'plan'",
                                                               "a key of the file, quoted")))
        result.plan = readPlan(c, *plan);
    QHash<int, std::pair<QString, int>> ranked; // rank -> the first action that has it, and its line
    result.actions = readEntries<Action>(
        c, root, QStringLiteral("actions"), QCoreApplication::translate("Phare::CatalogueReader", "the actions file"),
        QCoreApplication::translate("Phare::CatalogueReader", "action"),
        {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("benefit"), QStringLiteral("firstStep"),
         QStringLiteral("impact"), QStringLiteral("effort"), QStringLiteral("cost"), QStringLiteral("who"),
         QStringLiteral("deadline"), QStringLiteral("earliest"), QStringLiteral("prerequisites"),
         QStringLiteral("chapters"), QStringLiteral("useCases"), QStringLiteral("rank")},
        [&](const YamlNode &node, const QString &what, Action &action) {
            action.text = c.requiredLocalized(node, QStringLiteral("text"), what);
            action.benefit = c.requiredLocalized(node, QStringLiteral("benefit"), what);
            action.firstStep = c.requiredLocalized(node, QStringLiteral("firstStep"), what);
            if (const YamlNode *impact = c.required(node, QStringLiteral("impact"), what)) {
                if (const auto value =
                        c.oneOf(*impact, impactIds(),
                                QCoreApplication::translate("Phare::CatalogueReader", "the impact of %1").arg(what)))
                    action.impact = static_cast<Impact>(impactIds().indexOf(*value));
            }
            if (const YamlNode *effort = c.required(node, QStringLiteral("effort"), what)) {
                if (const auto value = c.number(
                        *effort, QCoreApplication::translate("Phare::CatalogueReader", "the effort of %1").arg(what))) {
                    if (*value <= 0 || *value > 10'000)
                        c.error(*effort,
                                QCoreApplication::translate("Phare::CatalogueReader",
                                                            "the effort of %1 is in hours: more than 0, at most 10000")
                                    .arg(what));
                    else
                        action.effort = *value;
                }
            }
            if (const YamlNode *cost = c.required(node, QStringLiteral("cost"), what)) {
                if (const auto value =
                        c.oneOf(*cost, costIds(),
                                QCoreApplication::translate("Phare::CatalogueReader", "the cost of %1").arg(what)))
                    action.cost = static_cast<Cost>(costIds().indexOf(*value));
            }
            if (const YamlNode *who = c.required(node, QStringLiteral("who"), what);
                who && c.expectSequence(
                           *who, QCoreApplication::translate("Phare::CatalogueReader", "'who' of %1").arg(what))) {
                for (const YamlNode &item : who->items) {
                    if (const auto value =
                            c.oneOf(item, whoIds(),
                                    QCoreApplication::translate("Phare::CatalogueReader", "who does %1").arg(what));
                        value && !action.who.contains(*value))
                        action.who.append(*value);
                }
                if (who->items.empty())
                    c.error(*who, QCoreApplication::translate("Phare::CatalogueReader",
                                                              "%1 needs someone to do it: owner, staff or provider")
                                      .arg(what));
            }
            if (const YamlNode *deadline = node.find(u"deadline")) {
                const auto text = c.string(
                    *deadline, QCoreApplication::translate("Phare::CatalogueReader", "the deadline of %1").arg(what));
                action.deadline = text ? QDate::fromString(*text, Qt::ISODate) : QDate();
                if (text && (!action.deadline.isValid() || text->size() != 10))
                    c.error(*deadline, QCoreApplication::translate(
                                           "Phare::CatalogueReader",
                                           "the deadline of %1 must be a date written YYYY-MM-DD, not '%2'")
                                           .arg(what, *text));
            }
            if (const YamlNode *earliest = node.find(u"earliest")) {
                if (const auto value = c.oneOf(
                        *earliest, horizonIds(),
                        QCoreApplication::translate("Phare::CatalogueReader", "the earliest horizon of %1").arg(what)))
                    action.earliest = static_cast<Horizon>(horizonIds().indexOf(*value));
            }
            if (const YamlNode *rank = node.find(u"rank")) {
                const std::optional<int> value = wholeNumber(*rank);
                if (!value || *value < 1) {
                    c.error(*rank, QCoreApplication::translate("Phare::CatalogueReader",
                                                               "the rank of %1 must be a whole number from 1 up (1 "
                                                               "comes first), not '%2'")
                                       .arg(what, rank->isScalar() ? rank->scalar : QStringLiteral("…")));
                } else if (const auto first = ranked.constFind(*value); first != ranked.cend()) {
                    // Ties are ordered (by the computed score), but in one list two measures with one
                    // place is most likely a slip when copying the framework's numbers.
                    c.warning(*rank, QCoreApplication::translate("Phare::CatalogueReader",
                                                                 "%1 has the rank %2, already given to %3 on line %4: "
                                                                 "give each measure of the list its own rank")
                                         .arg(what)
                                         .arg(*value)
                                         .arg(first->first)
                                         .arg(first->second));
                    action.rank = *value;
                } else {
                    ranked.insert(*value, {what, rank->line});
                    action.rank = *value;
                }
            }
            if (const YamlNode *items = node.find(u"prerequisites"))
                action.prerequisites = c.refList(
                    *items, QCoreApplication::translate("Phare::CatalogueReader", "the prerequisites of %1").arg(what));
            if (const YamlNode *items = node.find(u"chapters"))
                action.chapters = c.refList(
                    *items, QCoreApplication::translate("Phare::CatalogueReader", "the chapters of %1").arg(what));
            if (const YamlNode *items = node.find(u"useCases"))
                action.useCases = c.refList(
                    *items, QCoreApplication::translate("Phare::CatalogueReader", "the useCases of %1").arg(what));
        });
    return result;
}

namespace {

// A key a chapter should give so that an owner can act on it: missing, it is a warning (an error with
// --strict), so that a content written before these keys still loads.
const YamlNode *expected(YamlSchema &c, const YamlNode &node, const QString &key, const QString &what,
                         const QString &why)
{
    const YamlNode *found = node.find(key);
    if (!found)
        c.warning(node,
                  QCoreApplication::translate("Phare::CatalogueReader", "%1 has no '%2': %3").arg(what, key, why));
    return found;
}

// A link a reader can open: a web address.
QString webAddress(YamlSchema &c, const YamlNode &node, const QString &what)
{
    QString url = c.string(node, what).value_or(QString());
    if (!url.startsWith(u"https://") && !url.startsWith(u"http://"))
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader", "%1 must start with https://").arg(what));
    return url;
}

// A list of texts, each one plain string (a tool's name is the same in every language) or {fr, en}.
QList<LocalizedText> plainOrLocalizedList(YamlSchema &c, const YamlNode &node, const QString &what)
{
    QList<LocalizedText> result;
    if (!c.expectSequence(node, what))
        return result;
    for (std::size_t i = 0; i < node.items.size(); ++i)
        result.append(c.plainOrLocalized(
            node.items[i],
            QCoreApplication::translate("Phare::CatalogueReader", "item %1 of %2").arg(i + 1).arg(what)));
    if (node.items.empty())
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "%1 is empty: name at least one, or leave the key out")
                          .arg(what));
    return result;
}

// Whether a text gives an amount in euros or says it is free, in the language it is written in.
bool saysWhatItCosts(const QString &text, QStringView freeWord)
{
    return text.contains(u'€') || text.contains(u"euro", Qt::CaseInsensitive) ||
           text.contains(freeWord, Qt::CaseInsensitive);
}

// What an owner needs to act on a chapter: its cost, its duration, tools, a template or checklist to start
// from, who to call, and at least one link to the precise official page.
void readChapterPractice(YamlSchema &c, const YamlNode &node, const QString &what, Chapter &chapter)
{
    if (const YamlNode *cost = expected(
            c, node, QStringLiteral("cost"), what,
            QCoreApplication::translate("Phare::CatalogueReader",
                                        "say what it costs, as a range in euros or free, such as {fr: \"De 0 à 300 € "
                                        "par an\", en: \"€0 to €300 a year\"}"))) {
        chapter.cost =
            c.localized(*cost, QCoreApplication::translate("Phare::CatalogueReader", "the cost of %1").arg(what));
        if ((!chapter.cost.fr.isEmpty() && !saysWhatItCosts(chapter.cost.fr, u"gratuit")) ||
            (!chapter.cost.en.isEmpty() && !saysWhatItCosts(chapter.cost.en, u"free")))
            c.warning(*cost, QCoreApplication::translate(
                                 "Phare::CatalogueReader",
                                 "the cost of %1 gives no amount in euros and does not say it is free: write a range "
                                 "such as \"De 50 à 200 €\" / \"€50 to €200\", or \"Gratuit\" / \"Free\"")
                                 .arg(what));
    }
    if (const YamlNode *duration =
            expected(c, node, QStringLiteral("duration"), what,
                     QCoreApplication::translate(
                         "Phare::CatalogueReader",
                         "say how long it takes, such as {fr: \"Une demi-journée\", en: \"Half a day\"}")))
        chapter.duration = c.localized(
            *duration, QCoreApplication::translate("Phare::CatalogueReader", "the duration of %1").arg(what));

    if (const YamlNode *tools =
            expected(c, node, QStringLiteral("tools"), what,
                     QCoreApplication::translate(
                         "Phare::CatalogueReader",
                         "give examples of tools, under 'free:' and 'paid:', several of each kind or kinds of tools, "
                         "so that no brand is favoured"));
        tools &&
        c.expectMap(*tools, QCoreApplication::translate("Phare::CatalogueReader", "the tools of %1").arg(what))) {
        c.checkKeys(*tools, {QStringLiteral("free"), QStringLiteral("paid")},
                    QCoreApplication::translate("Phare::CatalogueReader", "the tools of %1").arg(what));
        if (const YamlNode *free = tools->find(u"free"))
            chapter.freeTools = plainOrLocalizedList(
                c, *free, QCoreApplication::translate("Phare::CatalogueReader", "the free tools of %1").arg(what));
        if (const YamlNode *paid = tools->find(u"paid"))
            chapter.paidTools = plainOrLocalizedList(
                c, *paid, QCoreApplication::translate("Phare::CatalogueReader", "the paid tools of %1").arg(what));
        if (!tools->find(u"free") && !tools->find(u"paid"))
            c.error(*tools, QCoreApplication::translate("Phare::CatalogueReader",
                                                        "the tools of %1 need 'free:', 'paid:' or both")
                                .arg(what));
    }

    const QString startWhat = QCoreApplication::translate("Phare::CatalogueReader", "the 'startWith' of %1").arg(what);
    if (const YamlNode *start =
            expected(c, node, QStringLiteral("startWith"), what,
                     QCoreApplication::translate("Phare::CatalogueReader",
                                                 "give a template or a checklist to start from (a title, and a 'url' "
                                                 "or a few 'steps')"));
        start && c.expectMap(*start, startWhat)) {
        c.checkKeys(*start, {QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("steps")}, startWhat);
        if (const YamlNode *title = c.required(*start, QStringLiteral("title"), startWhat))
            chapter.start.title = c.plainOrLocalized(
                *title, QCoreApplication::translate("Phare::CatalogueReader", "the title of %1").arg(startWhat));
        if (const YamlNode *url = start->find(u"url"))
            chapter.start.url = webAddress(
                c, *url, QCoreApplication::translate("Phare::CatalogueReader", "the url of %1").arg(startWhat));
        if (const YamlNode *steps = start->find(u"steps")) {
            chapter.start.steps = c.localizedList(
                *steps, QCoreApplication::translate("Phare::CatalogueReader", "the steps of %1").arg(startWhat));
            if (steps->isSequence() && steps->items.empty())
                c.error(*steps, QCoreApplication::translate(
                                    "Phare::CatalogueReader",
                                    "the steps of %1 are empty: write the checklist, or leave the key out")
                                    .arg(what));
            else if (steps->isSequence() && steps->items.size() > 8)
                c.warning(*steps, QCoreApplication::translate(
                                      "Phare::CatalogueReader",
                                      "the checklist of %1 has %2 steps: keep it to 8 at most, or link to it with "
                                      "'url'")
                                      .arg(what)
                                      .arg(steps->items.size()));
        }
        if (!start->find(u"url") && !start->find(u"steps"))
            c.error(*start,
                    QCoreApplication::translate("Phare::CatalogueReader",
                                                "%1 needs a 'url' (a link to the template) or 'steps' (the checklist)")
                        .arg(startWhat));
    }

    const QString helpWhat = QCoreApplication::translate("Phare::CatalogueReader", "the 'localHelp' of %1").arg(what);
    if (const YamlNode *help =
            expected(c, node, QStringLiteral("localHelp"), what,
                     QCoreApplication::translate("Phare::CatalogueReader",
                                                 "say who to call locally: 'providers' (ids from a providers file) and "
                                                 "a 'note' for the others"));
        help && c.expectMap(*help, helpWhat)) {
        c.checkKeys(*help, {QStringLiteral("providers"), QStringLiteral("note")}, helpWhat);
        if (const YamlNode *providers = help->find(u"providers")) {
            chapter.localProviders = c.refList(
                *providers, QCoreApplication::translate("Phare::CatalogueReader", "the providers of %1").arg(helpWhat));
            if (providers->isSequence() && providers->items.empty())
                c.error(*providers, QCoreApplication::translate(
                                        "Phare::CatalogueReader",
                                        "the providers of %1 are empty: name at least one, or leave the key out")
                                        .arg(helpWhat));
        }
        if (const YamlNode *note = help->find(u"note"))
            chapter.localNote = c.localized(
                *note, QCoreApplication::translate("Phare::CatalogueReader", "the note of %1").arg(helpWhat));
        if (!help->find(u"providers") && !help->find(u"note"))
            c.error(*help,
                    QCoreApplication::translate("Phare::CatalogueReader", "%1 needs 'providers', a 'note' or both")
                        .arg(helpWhat));
    }

    // A home page leaves the owner searching; one precise page at least (a reference or the template).
    const auto isDeep = [](const QString &url) {
        const QString path = QUrl(url).path();
        return !url.isEmpty() && !path.isEmpty() && path != u"/";
    };
    const bool deep = isDeep(chapter.start.url) || std::any_of(chapter.references.cbegin(), chapter.references.cend(),
                                                               [&](const Reference &r) { return isDeep(r.url); });
    if (!deep)
        c.warning(node, QCoreApplication::translate(
                            "Phare::CatalogueReader",
                            "%1 has no link to a precise page: give at least one reference (or a 'startWith' url) "
                            "whose address goes beyond the site's home page (https://www.cnil.fr/fr/… rather than "
                            "https://www.cnil.fr/)")
                            .arg(what));
}

} // namespace

QList<Chapter> readChapters(YamlSchema &c, const YamlNode &root)
{
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("chapters")},
                QCoreApplication::translate("Phare::CatalogueReader", "the chapters file"));
    return readEntries<Chapter>(
        c, root, QStringLiteral("chapters"), QCoreApplication::translate("Phare::CatalogueReader", "the chapters file"),
        QCoreApplication::translate("Phare::CatalogueReader", "chapter"),
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("keyActions"),
         QStringLiteral("references"), QStringLiteral("cost"), QStringLiteral("duration"), QStringLiteral("tools"),
         QStringLiteral("startWith"), QStringLiteral("localHelp")},
        [&](const YamlNode &node, const QString &what, Chapter &chapter) {
            chapter.title = c.requiredLocalized(node, QStringLiteral("title"), what);
            chapter.summary = c.requiredLocalized(node, QStringLiteral("summary"), what);
            if (const YamlNode *actions = c.required(node, QStringLiteral("keyActions"), what)) {
                chapter.keyActions = c.localizedList(
                    *actions, QCoreApplication::translate("Phare::CatalogueReader", "the keyActions of %1").arg(what));
                if (chapter.keyActions.isEmpty())
                    c.error(*actions,
                            QCoreApplication::translate("Phare::CatalogueReader", "%1 needs at least one key action")
                                .arg(what));
            }
            if (const YamlNode *references = node.find(u"references");
                references &&
                c.expectSequence(
                    *references,
                    QCoreApplication::translate("Phare::CatalogueReader", "the references of %1").arg(what))) {
                for (const YamlNode &ref : references->items) {
                    const QString refWhat =
                        QCoreApplication::translate("Phare::CatalogueReader", "a reference of %1").arg(what);
                    if (!c.expectMap(ref, refWhat))
                        continue;
                    c.checkKeys(ref, {QStringLiteral("title"), QStringLiteral("url")}, refWhat);
                    Reference reference;
                    if (const YamlNode *title = c.required(ref, QStringLiteral("title"), refWhat))
                        reference.title = c.plainOrLocalized(
                            *title,
                            QCoreApplication::translate("Phare::CatalogueReader", "the title of %1").arg(refWhat));
                    if (const YamlNode *url = ref.find(u"url")) {
                        reference.url =
                            c.string(
                                 *url,
                                 QCoreApplication::translate("Phare::CatalogueReader", "the url of %1").arg(refWhat))
                                .value_or(QString());
                        if (!reference.url.startsWith(u"https://") && !reference.url.startsWith(u"http://"))
                            c.error(*url, QCoreApplication::translate("Phare::CatalogueReader",
                                                                      "the url of %1 must start with https://")
                                              .arg(refWhat));
                    }
                    chapter.references.append(reference);
                }
            }
            readChapterPractice(c, node, what, chapter);
        });
}

QList<UseCase> readUseCases(YamlSchema &c, const YamlNode &root)
{
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("useCases")},
                QCoreApplication::translate("Phare::CatalogueReader", "the use-cases file"));
    return readEntries<UseCase>(
        c, root, QStringLiteral("useCases"),
        QCoreApplication::translate("Phare::CatalogueReader", "the use-cases file"),
        QCoreApplication::translate("Phare::CatalogueReader", "use case"),
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("sectors"),
         QStringLiteral("sizes"), QStringLiteral("effort"), QStringLiteral("cost"), QStringLiteral("timeToValue"),
         QStringLiteral("prerequisites"), QStringLiteral("benefits"), QStringLiteral("chapters"),
         QStringLiteral("dimensions"), QStringLiteral("when"), QStringLiteral("costRange"), QStringLiteral("setupTime"),
         QStringLiteral("tools"), QStringLiteral("gain"), QStringLiteral("subSectors")},
        [&](const YamlNode &node, const QString &what, UseCase &useCase) {
            useCase.title = c.requiredLocalized(node, QStringLiteral("title"), what);
            useCase.description = c.requiredLocalized(node, QStringLiteral("description"), what);
            if (const YamlNode *sectors = c.required(node, QStringLiteral("sectors"), what);
                sectors &&
                c.expectSequence(
                    *sectors, QCoreApplication::translate("Phare::CatalogueReader", "the sectors of %1").arg(what))) {
                for (const YamlNode &item : sectors->items) {
                    const auto sector =
                        c.oneOf(item, QStringList{QStringLiteral("all")} + sectorIds(),
                                QCoreApplication::translate("Phare::CatalogueReader", "a sector of %1").arg(what));
                    if (sector == QStringLiteral("all"))
                        useCase.sectors = sectorIds();
                    else if (sector && !useCase.sectors.contains(*sector))
                        useCase.sectors.append(*sector);
                }
                if (sectors->items.empty())
                    c.error(*sectors, QCoreApplication::translate("Phare::CatalogueReader",
                                                                  "%1 needs at least one sector (or 'all')")
                                          .arg(what));
            }
            if (const YamlNode *sizes = c.required(node, QStringLiteral("sizes"), what);
                sizes &&
                c.expectSequence(*sizes,
                                 QCoreApplication::translate("Phare::CatalogueReader", "the sizes of %1").arg(what))) {
                for (const YamlNode &item : sizes->items) {
                    if (const auto size =
                            c.oneOf(item, sizeIds(),
                                    QCoreApplication::translate("Phare::CatalogueReader", "a size of %1").arg(what)))
                        useCase.sizes.append(*size);
                }
                if (sizes->items.empty())
                    c.error(
                        *sizes,
                        QCoreApplication::translate("Phare::CatalogueReader", "%1 needs at least one size").arg(what));
            }
            if (const YamlNode *effort = c.required(node, QStringLiteral("effort"), what))
                useCase.effort =
                    c.oneOf(*effort, useCaseLevelIds(),
                            QCoreApplication::translate("Phare::CatalogueReader", "the effort of %1").arg(what))
                        .value_or(QString());
            if (const YamlNode *cost = c.required(node, QStringLiteral("cost"), what))
                useCase.cost =
                    c.oneOf(*cost, useCaseLevelIds(),
                            QCoreApplication::translate("Phare::CatalogueReader", "the cost of %1").arg(what))
                        .value_or(QString());
            if (const YamlNode *time = c.required(node, QStringLiteral("timeToValue"), what)) {
                useCase.timeToValue =
                    c.oneOf(*time, timeToValueIds(),
                            QCoreApplication::translate("Phare::CatalogueReader", "the timeToValue of %1").arg(what))
                        .value_or(QString());
            }
            if (const YamlNode *items = node.find(u"prerequisites"))
                useCase.prerequisites = c.localizedList(
                    *items, QCoreApplication::translate("Phare::CatalogueReader", "the prerequisites of %1").arg(what));
            if (const YamlNode *items = node.find(u"benefits"))
                useCase.benefits = c.localizedList(
                    *items, QCoreApplication::translate("Phare::CatalogueReader", "the benefits of %1").arg(what));
            if (const YamlNode *items = node.find(u"chapters"))
                useCase.chapters = c.refList(
                    *items, QCoreApplication::translate("Phare::CatalogueReader", "the chapters of %1").arg(what));
            if (const YamlNode *items = node.find(u"dimensions"))
                useCase.dimensions = c.refList(
                    *items, QCoreApplication::translate("Phare::CatalogueReader", "the dimensions of %1").arg(what),
                    true);
            if (const YamlNode *when = node.find(u"when"))
                useCase.when =
                    readCondition(c, *when, ConditionScope::Firm,
                                  QCoreApplication::translate("Phare::CatalogueReader", "the 'when' of %1").arg(what));
            if (const YamlNode *range = node.find(u"costRange"))
                readRange(c, *range,
                          QCoreApplication::translate("Phare::CatalogueReader", "the costRange of %1").arg(what),
                          QStringLiteral("per"), costPerIds(), 0, 10'000'000, useCase.costRange.from,
                          useCase.costRange.to, useCase.costRange.per);
            if (const YamlNode *time = node.find(u"setupTime"))
                readRange(c, *time,
                          QCoreApplication::translate("Phare::CatalogueReader", "the setupTime of %1").arg(what),
                          QStringLiteral("unit"), setupUnitIds(), 1, 1000, useCase.setupTime.from, useCase.setupTime.to,
                          useCase.setupTime.unit);
            if (const YamlNode *tools = node.find(u"tools"))
                readTools(c, *tools, QCoreApplication::translate("Phare::CatalogueReader", "the tools of %1").arg(what),
                          useCase);
            if (const YamlNode *gain = node.find(u"gain"))
                readGain(c, *gain, QCoreApplication::translate("Phare::CatalogueReader", "the gain of %1").arg(what),
                         useCase);
            if (const YamlNode *sub = node.find(u"subSectors"))
                readSubSectors(c, *sub, what, useCase);
        });
}

namespace {

// The organisation's logo: a PNG or SVG file named relative to the YAML file, so that a content folder
// can be moved or shared whole; checked here, where the author can still fix it, rather than when a
// report is printed. Empty when it is not usable.
QString readLogo(YamlSchema &c, const YamlNode &node)
{
    const auto name = c.string(node, QCoreApplication::translate("Phare::CatalogueReader", "the logo"));
    if (!name || name->isEmpty())
        return {};
    if (QDir::isAbsolutePath(*name) || name->startsWith(u':')) {
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "the logo must be a file next to this one, named relative to it "
                                                  "(such as logo.png), not '%1'")
                          .arg(*name));
        return {};
    }
    const QString suffix = QFileInfo(*name).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg") {
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "the logo must be a PNG or SVG image (a name ending in .png or "
                                                  ".svg), not '%1'")
                          .arg(*name));
        return {};
    }
    const QFileInfo file(QFileInfo(c.path()).dir(), *name);
    if (!file.isFile()) {
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "the logo '%1' is not found: there is no such file at %2")
                          .arg(*name, QDir::toNativeSeparators(file.absoluteFilePath())));
        return {};
    }
    if (file.size() > ContentLimits::maxLogoBytes) {
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "the logo '%1' is too large (%2 KiB; at most %3 KiB): save it "
                                                  "smaller")
                          .arg(*name, QString::number((file.size() + 1023) / 1024),
                               QString::number(ContentLimits::maxLogoBytes / 1024)));
        return {};
    }
    QFile image(file.absoluteFilePath());
    const QByteArray start = image.open(QIODevice::ReadOnly) ? image.read(4096) : QByteArray();
    const bool fits = suffix == u"png" ? start.startsWith("\x89PNG\r\n\x1a\n") : start.contains("<svg");
    if (!fits) {
        c.error(node, QCoreApplication::translate("Phare::CatalogueReader",
                                                  "the logo '%1' is not a %2 image: the file is damaged or its "
                                                  "name ends in the wrong extension")
                          .arg(*name, suffix.toUpper()));
        return {};
    }
    return file.absoluteFilePath();
}

} // namespace

Organisation readOrganisation(YamlSchema &c, const YamlNode &root)
{
    const QString what = QCoreApplication::translate("Phare::CatalogueReader", "the organisation");
    c.checkKeys(root,
                {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("logo"), QStringLiteral("contact"),
                 QStringLiteral("whitePaper"), QStringLiteral("factsCheckedOn"), QStringLiteral("overallLevels")},
                QCoreApplication::translate("Phare::CatalogueReader", "the organisation file"));
    Organisation organisation;
    organisation.path = c.path();
    organisation.line = root.line;
    organisation.column = root.column;
    if (const YamlNode *name = root.find(u"name"))
        organisation.name =
            c.localized(*name, QCoreApplication::translate("Phare::CatalogueReader", "the name of %1").arg(what));
    if (const YamlNode *logo = root.find(u"logo"))
        organisation.logo = readLogo(c, *logo);
    if (const YamlNode *contact = root.find(u"contact"))
        organisation.contact =
            c.localized(*contact, QCoreApplication::translate("Phare::CatalogueReader", "the contact of %1").arg(what));
    if (const YamlNode *paper = root.find(u"whitePaper");
        paper && c.expectMap(*paper, QCoreApplication::translate("Phare::CatalogueReader", "'whitePaper'",
                                                                 "a key of the file, quoted"))) {
        c.checkKeys(*paper, {QStringLiteral("title"), QStringLiteral("where")},
                    QCoreApplication::translate("Phare::CatalogueReader", "'whitePaper'", "a key of the file, quoted"));
        if (const YamlNode *title = paper->find(u"title"))
            organisation.whitePaperTitle = c.localized(
                *title, QCoreApplication::translate("Phare::CatalogueReader", "the title of the white paper"));
        if (const YamlNode *where = paper->find(u"where"))
            organisation.whitePaperWhere = c.localized(
                *where, QCoreApplication::translate("Phare::CatalogueReader", "where to get the white paper"));
    }
    if (const YamlNode *checked = root.find(u"factsCheckedOn")) {
        const auto text =
            c.string(*checked, QCoreApplication::translate("Phare::CatalogueReader", "the day the facts were checked"));
        organisation.factsCheckedOn = text ? QDate::fromString(*text, Qt::ISODate) : QDate();
        if (text && (!organisation.factsCheckedOn.isValid() || text->size() != 10)) {
            organisation.factsCheckedOn = QDate();
            c.error(*checked, QCoreApplication::translate(
                                  "Phare::CatalogueReader",
                                  "'factsCheckedOn' must be a date written YYYY-MM-DD, such as 2026-12-01, not '%1'")
                                  .arg(*text));
        }
    }
    if (const YamlNode *levels = root.find(u"overallLevels"))
        organisation.overallLevels = readLevels(
            c, *levels,
            QCoreApplication::translate("Phare::CatalogueReader", "'overallLevels'", "a key of the file, quoted"));
    return organisation;
}

QList<GlossaryTerm> readGlossary(YamlSchema &c, const YamlNode &root)
{
    c.checkKeys(root, {QStringLiteral("kind"), QStringLiteral("terms")},
                QCoreApplication::translate("Phare::CatalogueReader", "the glossary file"));
    return readEntries<GlossaryTerm>(
        c, root, QStringLiteral("terms"), QCoreApplication::translate("Phare::CatalogueReader", "the glossary file"),
        QCoreApplication::translate("Phare::CatalogueReader", "term"),
        {QStringLiteral("id"), QStringLiteral("term"), QStringLiteral("definition")},
        [&](const YamlNode &node, const QString &what, GlossaryTerm &term) {
            term.term = c.requiredLocalized(node, QStringLiteral("term"), what);
            term.definition = c.requiredLocalized(node, QStringLiteral("definition"), what);
        });
}

} // namespace Phare
