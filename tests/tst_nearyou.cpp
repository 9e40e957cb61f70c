// Tests the local help matched to a plan (issue 21): the events and providers files, their checks, the matching
// (actions, sector, size, area, dates, caps, the order among equals, public bodies), and what phare-cli, the
// report fragment and the desktop view show.
#include "builtincontent.h"
#include "clirun.h"
#include "contentbinary.h"
#include "contentloader.h"
#include "datetext.h"
#include "evaluation.h"
#include "mainwindow.h"
#include "nearyou.h"
#include "nearyoureport.h"
#include "nearyoutext.h"
#include "nearyouview.h"
#include "recommendationspage.h"
#include "reportdocument.h"
#include "settings.h"
#include "uitext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Phare;
using namespace Phare::Test;

namespace {

// The day the tests run on, whatever the machine's clock: the sample events are over the 12 months after it.
const QDate kToday(2026, 12, 7);

const QStringList kExamples = {
    QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare"),
    QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/hotel-aix-en-provence.phare"),
    QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/usinage-la-ciotat.phare"),
};

const Content &builtin()
{
    static const Content content = BuiltinContent::load().value();
    return content;
}

QList<SourceRef> refs(const QStringList &ids)
{
    QList<SourceRef> list;
    for (const QString &id : ids)
        list.append({id, 1, 1});
    return list;
}

Event makeEvent(const QString &id, QDate day, const QStringList &actions, const QStringList &sectors = {},
                const QStringList &sizes = {})
{
    Event e;
    e.id = id;
    e.title = {id, id};
    e.startDate = day;
    e.endDate = day;
    e.startMinutes = 9 * 60;
    e.town = QStringLiteral("Marseille");
    e.link = QStringLiteral("https://example.org/") + id;
    e.topics.actions = refs(actions);
    e.sectors = sectors;
    e.sizes = sizes;
    return e;
}

Provider makeProvider(const QString &id, ProviderStatus status, const QStringList &actions,
                      const QStringList &towns = {QStringLiteral("Marseille")}, const QStringList &sectors = {})
{
    Provider p;
    p.id = id;
    p.name = id;
    p.status = status;
    p.delivers.actions = refs(actions);
    p.towns = towns;
    p.everywhere = towns.isEmpty();
    p.sectors = sectors;
    p.web = QStringLiteral("https://example.org/") + id;
    return p;
}

// A plan of the given actions of the built-in content, all "now".
Recommendations planOf(const QStringList &actionIds)
{
    Recommendations rec;
    for (const QString &id : actionIds) {
        PlannedAction planned;
        planned.action = builtin().action(id);
        Q_ASSERT(planned.action);
        rec.plan.append(planned);
    }
    return rec;
}

Assessment firm(const QString &sector = QStringLiteral("food"), int employees = 6,
                const QString &town = QStringLiteral("Marseille"), const QString &id = QStringLiteral("firm-1"))
{
    Assessment a;
    a.id = id;
    a.company.sector = sector;
    a.company.employees = employees;
    a.company.location = town;
    a.assessmentDate = kToday;
    return a;
}

QStringList eventIds(const QList<const Event *> &events)
{
    QStringList ids;
    for (const Event *e : events)
        ids.append(e->id);
    return ids;
}

QStringList providerIds(const QList<ProviderMatch> &providers)
{
    QStringList ids;
    for (const ProviderMatch &m : providers)
        ids.append(m.provider->id);
    return ids;
}

const QString kBackup = QStringLiteral("cyber-automatic-backup");

} // namespace

class TestNearYou final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleContentIsValidAndMarked();
    void compiledContentKeepsEventsAndProviders();
    void eventsMatchTheAction();
    void pastEventsAreNeverShown_data();
    void pastEventsAreNeverShown();
    void audienceAndSector();
    void providersCoveringTheAreaComeFirst();
    void atMostThreeEventsAndProviders();
    void orderAmongEqualsFavoursNoOne();
    void publicBodiesAreAlwaysOffered();
    void onlyNowAndNextAreMatched();
    void examplesShowTheirNextEventsAndProviders();
    void badFilesAreRefusedWithPositions_data();
    void badFilesAreRefusedWithPositions();
    void cliJsonHoldsTheMatches();
    void cliTextSaysWhoCanHelp();
    void reportFragmentHoldsTheMatches();
    void reportShowsTheMatchesWithinItsPages_data();
    void reportShowsTheMatchesWithinItsPages();
    void wordsForAnEvent();
    void viewShowsTheMatchesAndOpensLinksOnlyOnClick();
    void recommendationsPageShowsNearYou();
};

void TestNearYou::initTestCase()
{
    // phare-cli and the examples read the clock through Phare::today().
    qputenv("PHARE_TODAY", kToday.toString(Qt::ISODate).toUtf8());
    QVERIFY(!builtin().events.isEmpty());
}

void TestNearYou::sampleContentIsValidAndMarked()
{
    const Result<Content> loaded = ContentLoader::load({BuiltinContent::yamlPath()}, {.strict = true});
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const Content &content = *loaded;
    QVERIFY2(content.events.size() >= 12, qPrintable(QString::number(content.events.size())));
    QVERIFY2(content.providers.size() >= 15, qPrintable(QString::number(content.providers.size())));
    // At least 12 events over the 12 months after the day the sample was written, in Provence or online.
    int inYear = 0;
    for (const Event &e : content.events) {
        QVERIFY2(e.sample, qPrintable(e.id)); // every sample event says it is one
        QVERIFY2(e.link.startsWith(u"https://example.org/"), qPrintable(e.link));
        if (e.startDate >= kToday && e.startDate < kToday.addYears(1))
            ++inYear;
    }
    QVERIFY2(inYear >= 12, qPrintable(QString::number(inYear)));
    // Fictitious members are marked; the public bodies are real, with their official sites.
    QSet<ProviderStatus> statuses;
    for (const Provider &p : content.providers) {
        statuses.insert(p.status);
        if (p.status == ProviderStatus::Member) {
            QVERIFY2(p.sample, qPrintable(p.id));
        } else {
            QVERIFY2(!p.sample, qPrintable(p.id));
            QVERIFY2(p.web.startsWith(u"https://") && !p.web.contains(u"example"), qPrintable(p.web));
        }
    }
    for (const ProviderStatus s : {ProviderStatus::Member, ProviderStatus::Cci, ProviderStatus::Cma,
                                   ProviderStatus::FranceNumActivator, ProviderStatus::MonAideCyber})
        QVERIFY2(statuses.contains(s), qPrintable(QString::number(int(s))));
}

void TestNearYou::compiledContentKeepsEventsAndProviders()
{
    const Content &content = builtin(); // the compiled form the programs read
    const Result<Content> yaml = ContentLoader::load({BuiltinContent::yamlPath()});
    QVERIFY(yaml.ok());
    QCOMPARE(content.events.size(), yaml->events.size());
    QCOMPARE(content.providers.size(), yaml->providers.size());
    QCOMPARE(content.areas.size(), yaml->areas.size());
    const Result<Content> again = readContentBinary(writeContentBinary(*yaml));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    const Event &e = again->events.first();
    const Event &original = yaml->events.first();
    QCOMPARE(e.id, original.id);
    QCOMPARE(e.startDate, original.startDate);
    QCOMPARE(e.startMinutes, original.startMinutes);
    QCOMPARE(e.endMinutes, original.endMinutes);
    QCOMPARE(e.topics.actions.size(), original.topics.actions.size());
    QCOMPARE(e.sample, original.sample);
    const Provider &p = again->providers.last();
    QCOMPARE(p.id, yaml->providers.last().id);
    QCOMPARE(p.status, yaml->providers.last().status);
    QCOMPARE(p.everywhere, yaml->providers.last().everywhere);
    QCOMPARE(again->areas.first().towns, yaml->areas.first().towns);
}

void TestNearYou::eventsMatchTheAction()
{
    const Action *backup = builtin().action(kBackup);
    QVERIFY(backup && !backup->useCases.isEmpty() && !backup->chapters.isEmpty());
    Content content;
    content.events = {makeEvent(QStringLiteral("by-action"), kToday.addDays(3), {kBackup}),
                      makeEvent(QStringLiteral("other-action"), kToday.addDays(1), {QStringLiteral("ai-charter")})};
    Event byUseCase = makeEvent(QStringLiteral("by-use-case"), kToday.addDays(2), {});
    byUseCase.topics.useCases = {backup->useCases.first()};
    Event byChapter = makeEvent(QStringLiteral("by-chapter"), kToday.addDays(4), {});
    byChapter.topics.chapters = {backup->chapters.first()};
    content.events += {byUseCase, byChapter};
    const NearYouMatches matches = NearYou::match(content, firm(), planOf({kBackup}), kToday);
    QCOMPARE(matches.actions.size(), 1);
    QCOMPARE(eventIds(matches.actions.first().events),
             QStringList({QStringLiteral("by-use-case"), QStringLiteral("by-action"), QStringLiteral("by-chapter")}));
    QCOMPARE(eventIds(matches.upcoming), eventIds(matches.actions.first().events));
}

void TestNearYou::pastEventsAreNeverShown_data()
{
    QTest::addColumn<QDate>("assessed");
    QTest::addColumn<QStringList>("shown");
    // Events on kToday - 1, kToday, kToday + 10 and kToday + 40.
    QTest::newRow("assessed earlier: from today")
        << kToday.addMonths(-6) << QStringList({QStringLiteral("today"), QStringLiteral("in-10-days")});
    QTest::newRow("assessed today") << kToday << QStringList({QStringLiteral("today"), QStringLiteral("in-10-days")});
    QTest::newRow("dated later: from that day") << kToday.addDays(20) << QStringList({QStringLiteral("in-40-days")});
    QTest::newRow("no date: from today") << QDate()
                                         << QStringList({QStringLiteral("today"), QStringLiteral("in-10-days")});
}

void TestNearYou::pastEventsAreNeverShown()
{
    QFETCH(QDate, assessed);
    QFETCH(QStringList, shown);
    Content content;
    content.events = {makeEvent(QStringLiteral("yesterday"), kToday.addDays(-1), {kBackup}),
                      makeEvent(QStringLiteral("in-40-days"), kToday.addDays(40), {kBackup}),
                      makeEvent(QStringLiteral("today"), kToday, {kBackup}),
                      makeEvent(QStringLiteral("in-10-days"), kToday.addDays(10), {kBackup})};
    Assessment a = firm();
    a.assessmentDate = assessed;
    const NearYouMatches matches = NearYou::match(content, a, planOf({kBackup}), kToday);
    QCOMPARE(eventIds(matches.upcoming).mid(0, shown.size()), shown);
    QVERIFY(!eventIds(matches.upcoming).contains(QStringLiteral("yesterday")));
    for (const Event *e : matches.upcoming)
        QVERIFY(e->startDate >= std::max(kToday, assessed.isValid() ? assessed : kToday));
}

void TestNearYou::audienceAndSector()
{
    Content content;
    content.events = {
        makeEvent(QStringLiteral("for-tourism"), kToday.addDays(1), {kBackup}, {QStringLiteral("tourism")}),
        makeEvent(QStringLiteral("for-food-micro"), kToday.addDays(2), {kBackup}, {QStringLiteral("food")},
                  {QStringLiteral("micro")}),
        makeEvent(QStringLiteral("for-large"), kToday.addDays(3), {kBackup}, {}, {QStringLiteral("large")}),
        makeEvent(QStringLiteral("for-all"), kToday.addDays(4), {kBackup})};
    content.providers = {makeProvider(QStringLiteral("industry-only"), ProviderStatus::Member, {kBackup},
                                      {QStringLiteral("Marseille")}, {QStringLiteral("industry")}),
                         makeProvider(QStringLiteral("any-sector"), ProviderStatus::Member, {kBackup})};
    const NearYouMatches bakery = NearYou::match(content, firm(QStringLiteral("food"), 6), planOf({kBackup}), kToday);
    QCOMPARE(eventIds(bakery.actions.first().events),
             QStringList({QStringLiteral("for-food-micro"), QStringLiteral("for-all")}));
    QCOMPARE(providerIds(bakery.actions.first().providers), QStringList({QStringLiteral("any-sector")}));
    const NearYouMatches plant =
        NearYou::match(content, firm(QStringLiteral("industry"), 300), planOf({kBackup}), kToday);
    QCOMPARE(eventIds(plant.actions.first().events),
             QStringList({QStringLiteral("for-large"), QStringLiteral("for-all")}));
    QCOMPARE(providerIds(plant.actions.first().providers).size(), 2);
}

void TestNearYou::providersCoveringTheAreaComeFirst()
{
    Content content;
    content.areas = {{QStringLiteral("bouches-du-rhone"),
                      QStringLiteral("Bouches-du-Rhône (13)"),
                      {QStringLiteral("Marseille"), QStringLiteral("Aix-en-Provence")},
                      {},
                      0,
                      0}};
    Provider byArea = makeProvider(QStringLiteral("by-area"), ProviderStatus::Member, {kBackup}, {});
    byArea.everywhere = false;
    byArea.areas = refs({QStringLiteral("bouches-du-rhone")});
    content.providers = {
        makeProvider(QStringLiteral("in-toulon"), ProviderStatus::Member, {kBackup}, {QStringLiteral("Toulon")}),
        makeProvider(QStringLiteral("national"), ProviderStatus::MonAideCyber, {kBackup}, {}), byArea};
    // The town is compared without case, accents, hyphens or postcode.
    const NearYouMatches matches = NearYou::match(
        content, firm(QStringLiteral("food"), 6, QStringLiteral("13100 AIX EN PROVENCE")), planOf({kBackup}), kToday);
    const QList<ProviderMatch> &found = matches.actions.first().providers;
    QCOMPARE(providerIds(found),
             QStringList({QStringLiteral("by-area"), QStringLiteral("national"), QStringLiteral("in-toulon")}));
    QCOMPARE(found[0].coverage, Coverage::Local);
    QCOMPARE(found[1].coverage, Coverage::Everywhere);
    QCOMPARE(found[2].coverage, Coverage::Elsewhere);
    QCOMPARE(NearYou::townKey(QStringLiteral("L'Isle-sur-la-Sorgue")), QStringLiteral("l isle sur la sorgue"));
    QCOMPARE(NearYou::townKey(QStringLiteral("Gémenos (13)")), QStringLiteral("gemenos"));
}

void TestNearYou::atMostThreeEventsAndProviders()
{
    Content content;
    for (int i = 0; i < 6; ++i) {
        content.events.append(makeEvent(QStringLiteral("e%1").arg(i), kToday.addDays(30 - i), {kBackup}));
        content.providers.append(makeProvider(QStringLiteral("p%1").arg(i), ProviderStatus::Member,
                                              {kBackup, QStringLiteral("ai-charter")}));
    }
    content.events.append(makeEvent(QStringLiteral("charter"), kToday.addDays(1), {QStringLiteral("ai-charter")}));
    const NearYouMatches matches =
        NearYou::match(content, firm(), planOf({kBackup, QStringLiteral("ai-charter")}), kToday);
    QCOMPARE(matches.actions.size(), 2);
    for (const ActionHelp &help : matches.actions) {
        QVERIFY(help.events.size() <= NearYou::maxEvents);
        QCOMPARE(help.providers.size(), NearYou::maxProviders);
    }
    // Nearest first: e5 is in 25 days, e4 in 26…
    QCOMPARE(eventIds(matches.actions.first().events),
             QStringList({QStringLiteral("e5"), QStringLiteral("e4"), QStringLiteral("e3")}));
    // At most three in all for the top of the page and the roadmap, nearest first, across the actions.
    QCOMPARE(eventIds(matches.upcoming),
             QStringList({QStringLiteral("charter"), QStringLiteral("e5"), QStringLiteral("e4")}));
}

void TestNearYou::orderAmongEqualsFavoursNoOne()
{
    // The documented rule: FNV-1a (32 bits) of "ASSESSMENT-ID/PROVIDER-ID" in UTF-8, smallest first.
    QCOMPARE(NearYou::orderKey(QString(), QString()), quint32(0x2a0c975e)); // FNV-1a of "/"
    QCOMPARE(NearYou::orderKey(QStringLiteral("a"), QStringLiteral("b")), quint32(0x3a8e75c1));
    Content content;
    const QStringList names = {QStringLiteral("aaa-first-by-name"),
                               QStringLiteral("bbb"),
                               QStringLiteral("ccc"),
                               QStringLiteral("ddd"),
                               QStringLiteral("eee"),
                               QStringLiteral("zzz-last-by-name")};
    for (const QString &name : names)
        content.providers.append(makeProvider(name, ProviderStatus::Member, {kBackup}));
    QHash<QString, int> first;
    int alphabetical = 0;
    const int runs = 600;
    for (int i = 0; i < runs; ++i) {
        const Assessment a =
            firm(QStringLiteral("food"), 6, QStringLiteral("Marseille"), QStringLiteral("0b7c%1-assessment").arg(i));
        const QStringList order =
            providerIds(NearYou::match(content, a, planOf({kBackup}), kToday).actions[0].providers);
        ++first[order.first()];
        if (order == names.mid(0, 3))
            ++alphabetical;
        // The same assessment always gets the same order.
        if (i % 100 == 0)
            QCOMPARE(providerIds(NearYou::match(content, a, planOf({kBackup}), kToday).actions[0].providers), order);
    }
    // Each provider comes first about one time in six; the first by name has no head start.
    for (const QString &name : names)
        QVERIFY2(first.value(name) > runs / 6 / 2 && first.value(name) < runs / 6 * 2,
                 qPrintable(QStringLiteral("%1 first %2 times").arg(name).arg(first.value(name))));
    QVERIFY2(alphabetical < runs / 20, qPrintable(QString::number(alphabetical)));
}

void TestNearYou::publicBodiesAreAlwaysOffered()
{
    Content content;
    for (int i = 0; i < 5; ++i)
        content.providers.append(makeProvider(QStringLiteral("member-%1").arg(i), ProviderStatus::Member, {kBackup}));
    // A public body covering all of France comes after the local members, but still gets a place.
    content.providers.append(makeProvider(QStringLiteral("monaidecyber"), ProviderStatus::MonAideCyber, {kBackup}, {}));
    const NearYouMatches matches = NearYou::match(content, firm(), planOf({kBackup}), kToday);
    const QList<ProviderMatch> &found = matches.actions.first().providers;
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.last().provider->id, QStringLiteral("monaidecyber"));
    QVERIFY(!found[0].provider->isPublic() && !found[1].provider->isPublic());
}

void TestNearYou::onlyNowAndNextAreMatched()
{
    Content content;
    content.events = {makeEvent(QStringLiteral("e"), kToday.addDays(5), {kBackup, QStringLiteral("ai-charter")})};
    Recommendations rec = planOf({kBackup, QStringLiteral("ai-charter")});
    rec.plan[1].horizon = Horizon::Later;
    const NearYouMatches matches = NearYou::match(content, firm(), rec, kToday);
    QCOMPARE(matches.actions.size(), 1);
    QCOMPARE(matches.actions.first().action->id, kBackup);
    QVERIFY(!matches.help(QStringLiteral("ai-charter")));
}

void TestNearYou::examplesShowTheirNextEventsAndProviders()
{
    for (const QString &path : kExamples) {
        const Result<Assessment> read = AssessmentFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        const Evaluation evaluation(builtin(), *read);
        const NearYouMatches matches = NearYou::match(evaluation, kToday);
        QVERIFY2(!matches.upcoming.isEmpty(), qPrintable(path));
        QVERIFY(matches.upcoming.size() <= NearYou::maxUpcoming);
        bool localMember = false;
        bool publicBody = false;
        for (const ActionHelp &help : matches.actions) {
            for (qsizetype i = 0; i < help.providers.size(); ++i) {
                const ProviderMatch &m = help.providers[i];
                publicBody = publicBody || m.provider->isPublic();
                localMember = localMember || (!m.provider->isPublic() && m.coverage == Coverage::Local);
                // Those covering the firm's town first (the last place may have gone to a public body).
                if (i > 0 && i + 1 < help.providers.size())
                    QVERIFY2(help.providers[i - 1].coverage <= m.coverage, qPrintable(help.action->id));
            }
        }
        // All three examples are in Provence, where the sample members work.
        QVERIFY2(localMember && publicBody, qPrintable(path));
    }
}

void TestNearYou::badFilesAreRefusedWithPositions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("event date") << "events-bad-date.yaml" << 7 << 12
                                << "must be a day and time written YYYY-MM-DD HH:MM";
    QTest::newRow("event action")
        << "events-unknown-action.yaml" << 11 << 24
        << "names an unknown action 'cyber-mfa-mail-bnk'; did you mean 'cyber-mfa-mail-bank'?";
    QTest::newRow("event ends first") << "events-end-before-start.yaml" << 8 << 10 << "ends before it starts";
    QTest::newRow("event price") << "events-bad-price.yaml" << 12 << 12 << "must be 'free' or an amount in euros";
    QTest::newRow("event link") << "events-bad-link.yaml" << 10 << 11 << "must be a web address starting with https://";
    QTest::newRow("event topics") << "events-no-topic.yaml" << 11 << 13 << "the topics of the event 'soiree' are empty";
    QTest::newRow("event dimension") << "events-unknown-dimension.yaml" << 11 << 27
                                     << "unknown dimension 'backups' (write THEME/DIMENSION";
    QTest::newRow("event size") << "events-unknown-dimension.yaml" << 12 << 24 << "tiny";
    QTest::newRow("provider area") << "providers-unknown-area.yaml" << 12 << 13
                                   << "covers an unknown area 'bouches-du-rone' (areas are listed under 'areas' in a "
                                      "providers file); did you mean 'bouches-du-rhone'?";
    QTest::newRow("provider status") << "providers-bad-status.yaml" << 10 << 13 << "partner";
    QTest::newRow("provider contact") << "providers-no-contact.yaml" << 9 << 14 << "gives no way to reach them";
    QTest::newRow("provider public sample")
        << "providers-public-sample.yaml" << 4 << 5 << "is a public body and cannot be made-up sample data";
    QTest::newRow("provider place") << "providers-no-place.yaml" << 4 << 5 << "covers no place";
    QTest::newRow("provider e-mail") << "providers-no-place.yaml" << 8 << 47 << "is not an e-mail address";
    QTest::newRow("provider twice") << "providers-duplicate.yaml" << 11 << 5
                                    << "duplicate provider id 'sauvegardes': already used at";
}

void TestNearYou::badFilesAreRefusedWithPositions()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = QStringLiteral(PHARE_TEST_DATA "/nearyou/") + file;
    const Result<Content> loaded = ContentLoader::load({path}, {.strict = true, .fallback = &builtin()});
    QVERIFY2(!loaded.ok(), qPrintable(file));
    const QString expected = QStringLiteral("%1:%2:%3: error: ").arg(path).arg(line).arg(column);
    const QStringList lines = loaded.errorText().split(QLatin1Char('\n'));
    const bool found = std::any_of(lines.cbegin(), lines.cend(),
                                   [&](const QString &l) { return l.startsWith(expected) && l.contains(message); });
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1…%2 in:\n%3").arg(expected, message, loaded.errorText())));
}

void TestNearYou::cliJsonHoldsTheMatches()
{
    const CliRun run =
        runCli({QStringLiteral("recommend"), kExamples[0], QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe(0)));
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(out.value(QStringLiteral("eventsFrom")).toString(), kToday.toString(Qt::ISODate));
    const QJsonArray upcoming = out.value(QStringLiteral("upcomingEvents")).toArray();
    QVERIFY(!upcoming.isEmpty() && upcoming.size() <= 3);
    int withProviders = 0;
    for (const auto &value : out.value(QStringLiteral("plan")).toArray()) {
        const QJsonObject action = value.toObject();
        const QString horizon = action.value(QStringLiteral("horizon")).toString();
        QCOMPARE(action.contains(QStringLiteral("events")), horizon != u"later");
        QCOMPARE(action.contains(QStringLiteral("providers")), horizon != u"later");
        const QJsonArray events = action.value(QStringLiteral("events")).toArray();
        const QJsonArray providers = action.value(QStringLiteral("providers")).toArray();
        QVERIFY(events.size() <= 3 && providers.size() <= 3);
        for (const auto &e : events)
            QVERIFY(e.toObject().value(QStringLiteral("start")).toString().left(10) >= kToday.toString(Qt::ISODate));
        if (!providers.isEmpty()) {
            ++withProviders;
            const QJsonObject first = providers.first().toObject();
            QVERIFY(first.contains(QStringLiteral("status")) && first.contains(QStringLiteral("coverage")));
            QVERIFY(first.contains(QStringLiteral("web")) || first.contains(QStringLiteral("phone")));
        }
    }
    QVERIFY(withProviders > 0);
}

void TestNearYou::cliTextSaysWhoCanHelp()
{
    const CliRun run =
        runCli({QStringLiteral("recommend"), kExamples[0], QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe(0)));
    QVERIFY2(run.out.contains(u"Next events near you:"), qPrintable(run.out.left(2000)));
    QVERIFY(run.out.contains(u"Who can help:"));
    QVERIFY(run.out.contains(u"fictitious example"));
    QVERIFY(run.out.contains(u"listed by the association, without endorsement"));
    const CliRun fr =
        runCli({QStringLiteral("recommend"), kExamples[0], QStringLiteral("--lang"), QStringLiteral("fr")});
    QVERIFY2(fr.out.contains(u"Qui peut aider"), qPrintable(fr.out.left(2000)));
    QVERIFY(fr.out.contains(u"sans recommandation"));
}

void TestNearYou::reportFragmentHoldsTheMatches()
{
    const Result<Assessment> read = AssessmentFile::read(kExamples[1]);
    QVERIFY(read.ok());
    const Evaluation evaluation(builtin(), *read);
    const NearYouMatches matches = NearYou::match(evaluation, kToday);
    const QString upcoming = NearYouReport::upcomingEvents(matches, Language::french());
    QVERIFY2(upcoming.contains(u"Prochains rendez-vous"), qPrintable(upcoming));
    for (const Event *e : matches.upcoming) {
        QVERIFY(upcoming.contains(e->title.fr.toHtmlEscaped()));
        QVERIFY(upcoming.contains(QStringLiteral("href=\"%1\"").arg(e->link)));
    }
    QCOMPARE(NearYouReport::whoCanHelpTitle(Language::french()), QStringLiteral("Qui peut aider"));
    const ActionHelp *help = nullptr;
    for (const ActionHelp &h : matches.actions) {
        if (!h.providers.isEmpty() && !help)
            help = &h;
    }
    QVERIFY(help);
    const QString cell = NearYouReport::whoCanHelpCell(help, Language::french());
    for (const ProviderMatch &m : help->providers)
        QVERIFY2(cell.contains(m.provider->name.toHtmlEscaped()), qPrintable(cell));
    QVERIFY(NearYouReport::whoCanHelpCell(nullptr, Language::french()).isEmpty());
    QVERIFY(NearYouReport::noEndorsement(Language::french())
                .contains(u"listés par l'association, sans recommandation de sa part"));
    QVERIFY(
        NearYouReport::noEndorsement(Language::english()).contains(u"listed by the association, without endorsement"));
    QVERIFY(NearYouReport::upcomingEvents(NearYouMatches(), Language::french()).isEmpty());
}

namespace {

// The text of pages [first, last] of a PDF as pdftotext reads it, without any white space (a title may
// wrap anywhere).
QString pdfLetters(const QString &pdf, int first, int last)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
                                          QString::number(last), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.removeIf([](QChar c) { return c.isSpace() || c == u'-'; });
    return text;
}

QString letters(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace() || c == u'-'; });
    return text;
}

} // namespace

void TestNearYou::reportShowsTheMatchesWithinItsPages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("day");
    for (const QString &path : kExamples) {
        const QString name = QFileInfo(path).baseName();
        for (const char *code : {"fr", "en"})
            QTest::addRow("%s %s", qPrintable(name), code) << path << QString::fromLatin1(code) << kToday;
    }
    // Half a year on, the events of the first months are over.
    QTest::addRow("bakery later") << kExamples[0] << QStringLiteral("fr") << kToday.addMonths(6);
}

void TestNearYou::reportShowsTheMatchesWithinItsPages()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QFETCH(QDate, day);
    const Result<Assessment> read = AssessmentFile::read(path);
    QVERIFY(read.ok());
    const Language lang = *Language::fromCode(language);
    const Evaluation evaluation(builtin(), *read);
    const NearYouMatches matches = NearYou::match(evaluation, day);
    QVERIFY(!matches.upcoming.isEmpty());

    ReportInput input;
    input.content = &builtin();
    input.assessment = *read;
    input.language = lang;
    input.date = day;
    const ReportDocument report(input);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(report.writePdf(pdf).ok());

    // The roadmap, page 2, names the next events, each at most once, and the nearest provider of this
    // month's first action that has one; the contents still start on page 3.
    const QString roadmap = pdfLetters(pdf, 2, 2);
    QVERIFY2(roadmap.contains(letters(lang == Language::french() ? QStringLiteral("Prochains rendez-vous")
                                                                 : QStringLiteral("Next events"))),
             qPrintable(roadmap));
    for (const Event *e : matches.upcoming)
        QVERIFY2(roadmap.contains(letters(e->title.text(lang))), qPrintable(e->id));
    const ActionHelp *first = nullptr;
    for (const ActionHelp &help : matches.actions) {
        if (!first && help.horizon == Horizon::Now && !help.providers.isEmpty())
            first = &help;
    }
    QVERIFY(first);
    // (Half a year on, other events may leave the roadmap no room for names: the page budget decides.)
    if (day == kToday)
        QVERIFY2(roadmap.contains(letters(first->providers.first().provider->name)), qPrintable(roadmap));
    QCOMPARE(report.sections().value(1).page, 4); // after the roadmap (2) and the contents (3)

    // No event that is over, anywhere; every provider named is listed with what it is, and the list is
    // said to be the association's, without endorsement.
    const QString all = pdfLetters(pdf, 1, report.pageCount());
    for (const Event &e : builtin().events) {
        if (e.startDate < day)
            QVERIFY2(!all.contains(letters(e.title.text(lang))), qPrintable(e.id));
    }
    if (day == kToday) {
        QVERIFY(all.contains(letters(NearYouText::noEndorsement(lang).left(60))));
        QVERIFY(all.contains(letters(NearYouReport::whoCanHelpTitle(lang))));
    }
    if (day == kToday) {
        const Provider &p = *first->providers.first().provider;
        QVERIFY2(all.contains(letters(p.name + QStringLiteral(" (") + NearYouText::status(p.status, lang))),
                 qPrintable(p.name));
    }

    // The body keeps to its 12 pages with the local help in it (docs/report.md).
    int body = 0;
    for (const ReportDocument::Section &s : report.sections()) {
        if (!body && (s.title.startsWith(u"Annexe") || s.title.startsWith(u"Appendix")))
            body = s.page - 1;
    }
    QVERIFY2(body > 0 && body <= 12, qPrintable(QString::number(body)));
}

void TestNearYou::wordsForAnEvent()
{
    Event e = makeEvent(QStringLiteral("x"), QDate(2026, 12, 15), {kBackup});
    e.startMinutes = 9 * 60 + 30;
    e.endMinutes = 11 * 60 + 30;
    e.venue = QStringLiteral("Espace exemple");
    const QChar nbsp(0xa0);
    // Times the French way ("9 h 30"), never split across two lines.
    const QString h = nbsp + QStringLiteral("h") + nbsp;
    QCOMPARE(NearYouText::when(e, Language::french()),
             QStringLiteral("mardi ") + dateInWords(e.startDate, Language::french()) + QStringLiteral(", 9") + h +
                 QStringLiteral("30 – 11") + h + QStringLiteral("30"));
    QCOMPARE(NearYouText::when(e, Language::english()), QStringLiteral("Tuesday ") +
                                                            dateInWords(e.startDate, Language::english()) +
                                                            QStringLiteral(", 09:30 – 11:30"));
    QCOMPARE(NearYouText::where(e, Language::french()), QStringLiteral("Marseille, Espace exemple"));
    QCOMPARE(NearYouText::price(e, Language::french()), QStringLiteral("gratuit"));
    e.price = 30;
    e.online = true;
    QCOMPARE(NearYouText::price(e, Language::french()), QStringLiteral("30") + nbsp + QStringLiteral("€"));
    QCOMPARE(NearYouText::where(e, Language::english()), QStringLiteral("Marseille, Espace exemple and online"));
}

void TestNearYou::viewShowsTheMatchesAndOpensLinksOnlyOnClick()
{
    Ui::setLanguage(Language::english());
    QList<QUrl> opened;
    NearYouView::setUrlOpener([&](const QUrl &url) { opened.append(url); });
    const Result<Assessment> read = AssessmentFile::read(kExamples[0]);
    QVERIFY(read.ok());
    const Evaluation evaluation(builtin(), *read);
    NearYouView view;
    QSignalSpy spy(&view, &NearYouView::linkOpened);
    view.setMatches(NearYou::match(evaluation, kToday));
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("nearYouTitle"))->text(), QStringLiteral("Near you"));
    const QLabel *upcoming = view.findChild<QLabel *>(QStringLiteral("nearYouUpcoming"));
    QVERIFY(upcoming);
    for (const Event *e : view.matches().upcoming)
        QVERIFY(upcoming->text().contains(e->title.en.toHtmlEscaped()));
    QVERIFY(!upcoming->openExternalLinks());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("nearYouNote"))->text().contains(u"without endorsement"));
    QVERIFY(!view.findChildren<QLabel *>(QStringLiteral("nearYouAction")).isEmpty());
    QVERIFY(opened.isEmpty()); // nothing opens by itself
    const QString link = view.matches().upcoming.first()->link;
    emit const_cast<QLabel *>(upcoming)->linkActivated(link);
    QCOMPARE(opened, QList<QUrl>({QUrl(link)}));
    QCOMPARE(spy.size(), 1);
    emit const_cast<QLabel *>(upcoming)->linkActivated(QStringLiteral("file:///etc/passwd"));
    QCOMPARE(opened.size(), 1); // only web addresses are followed
    // For looking at it: PHARE_NEARYOU_SCREENSHOTS=DIR saves the view in French at two widths.
    if (const QString dir = qEnvironmentVariable("PHARE_NEARYOU_SCREENSHOTS"); !dir.isEmpty()) {
        QTranslator desktop;
        QVERIFY(desktop.load(QStringLiteral(":/i18n/phare_fr.qm")));
        QCoreApplication::installTranslator(&desktop);
        Ui::setLanguage(Language::french());
        view.setMatches(view.matches());
        for (const int width : {560, 900}) {
            QCoreApplication::processEvents(); // new labels are shown through a queued call
            view.layout()->activate();
            view.resize(width, view.layout()->totalHeightForWidth(width));
            QVERIFY(view.grab().save(QStringLiteral("%1/nearyou-%2.png").arg(dir).arg(width)));
        }
        QCoreApplication::removeTranslator(&desktop);
        Ui::setLanguage(Language::english());
    }
    // An empty plan says so.
    view.setMatches({});
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("nearYouEmpty")));
    NearYouView::setUrlOpener({});
}

// The examples' Recommendations page has its "Near you" part: the next events and who can help.
void TestNearYou::recommendationsPageShowsNearYou()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::setLanguage(Language::english());
    MainWindow window(builtin());
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.openFile(kExamples.first()));
    window.showPage(MainWindow::Page::Recommendations);
    RecommendationsPage *page = window.recommendationsPage();
    QVERIFY(page);
    const auto *view = page->findChild<NearYouView *>();
    QVERIFY2(view, "no Near you part on the Recommendations page");
    QVERIFY(!view->matches().upcoming.isEmpty());
    QVERIFY(view->matches().upcoming.size() <= NearYou::maxUpcoming);
    const QString text = page->text();
    QVERIFY2(text.contains(QStringLiteral("Near you")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Who can help")), qPrintable(text));
    QVERIFY2(text.contains(view->matches().upcoming.first()->title.en.toHtmlEscaped()), qPrintable(text));
}

QTEST_MAIN(TestNearYou)
#include "tst_nearyou.moc"
