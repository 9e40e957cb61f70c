// Tests ranked measures (issue 17, item 4) on a small framework of the tests' own (tests/data/ranking): an
// action's `rank` orders the plan before the computed score, ties and unranked actions after; the plan's
// sizes come from the content; a plan written as one list (`plan: {style: list, measures: N}`) gives N
// priority measures in rank order in the core result, in `phare-cli recommend` and in the report; every misuse
// is refused with PATH:LINE:COL; the built-in content keeps its plan in horizons.
#include "assessment.h"
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "clirun.h"
#include "contentloader.h"
#include "recommendationspage.h"
#include "recommender.h"
#include "reportdocument.h"
#include "scorer.h"
#include "uitext.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;

namespace {

const QString dataDir = QStringLiteral(PHARE_TEST_DATA "/ranking");
const QString frameworkDir = dataDir + QStringLiteral("/framework");
const QString assessmentPath = dataDir + QStringLiteral("/all-no.phare");

// Every measure in the order the fixture's comments give (framework/actions.yaml).
const QStringList listOrder = {QStringLiteral("m-backup"),    QStringLiteral("m-mfa"),     QStringLiteral("m-updates"),
                               QStringLiteral("m-passwords"), QStringLiteral("m-admin"),   QStringLiteral("m-restore"),
                               QStringLiteral("m-antivirus"), QStringLiteral("m-phishing")};

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

QStringList ids(const QList<PlannedAction> &actions)
{
    QStringList out;
    for (const PlannedAction &a : actions)
        out.append(a.action->id);
    return out;
}

QStringList ids(const QList<PlannedAction> &actions, Horizon horizon)
{
    QStringList out;
    for (const PlannedAction &a : actions) {
        if (a.horizon == horizon)
            out.append(a.action->id);
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every run of white space as one space: a reader searches words, not how a line was wrapped.
QString normalised(QString text)
{
    for (const QChar c : {QChar(0x00a0), QChar(0x202f), QChar(0x2009)})
        text.replace(c, QLatin1Char(' '));
    return text.simplified();
}

// One text change to the framework's actions file: `from` (which must be there, first occurrence) becomes `to`.
struct Change
{
    QByteArray from;
    QByteArray to;
};

struct MisuseRow
{
    QList<Change> changes;
    bool strict = false;
    QString expected; // PATH:LINE:COL: severity: message, %1 the content folder
};

} // namespace

Q_DECLARE_METATYPE(MisuseRow)

class TestRanking final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listOrdersByRank();
    void withoutRanksTheScoreDecides();
    void horizonsWithRanks();
    void listSizeComesFromContent_data();
    void listSizeComesFromContent();
    void horizonCapsComeFromContent();
    void refusesMisuse_data();
    void refusesMisuse();
    void validateStrictRefusesMisuse();
    void cliShowsTheList();
    void pageShowsTheList();
    void reportShowsTheList_data();
    void reportShowsTheList();
    void builtinContentKeepsHorizons();

private:
    // The framework folder with the changes made to its actions file, loaded.
    Result<Content> loadChanged(const QList<Change> &changes, bool strict = false);
    QString changedDir() const { return m_dir.filePath(QStringLiteral("content")); }
    Recommendations recommend(const Content &content);

    QTemporaryDir m_dir;
    Assessment m_assessment;
    AssessmentResult m_result; // the last one recommend() scored: the recommendations point into it
};

void TestRanking::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<Assessment> read = AssessmentFile::read(assessmentPath);
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    m_assessment = *read;
}

Result<Content> TestRanking::loadChanged(const QList<Change> &changes, bool strict)
{
    const QString dir = changedDir();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    for (const QString &name : {QStringLiteral("hygiene.yaml"), QStringLiteral("chapters.yaml")}) {
        if (!writeFile(dir + QLatin1Char('/') + name, readAll(frameworkDir + QLatin1Char('/') + name)))
            qFatal("cannot write test content");
    }
    QByteArray actions = readAll(frameworkDir + QStringLiteral("/actions.yaml"));
    for (const Change &change : changes) {
        const qsizetype at = actions.indexOf(change.from);
        if (at < 0)
            qFatal("test row changes text that is not there: %s", change.from.constData());
        actions.replace(at, change.from.size(), change.to);
    }
    if (!writeFile(dir + QStringLiteral("/actions.yaml"), actions))
        qFatal("cannot write test content");
    return ContentLoader::load({dir}, {strict, nullptr});
}

Recommendations TestRanking::recommend(const Content &content)
{
    m_result = Scorer::score(content, m_assessment);
    return Recommender::recommend(content, m_assessment, m_result);
}

void TestRanking::listOrdersByRank()
{
    const Result<Content> loaded = ContentLoader::load({frameworkDir}, {true, nullptr});
    QVERIFY2(loaded.ok() && loaded.diagnostics().isEmpty(), qPrintable(describe(loaded.diagnostics())));
    const Content &content = *loaded;
    QCOMPARE(content.plan.style, PlanStyle::List);
    QCOMPARE(content.plan.measures, 3);
    QCOMPARE(content.action(u"m-backup")->rank, 1);
    QCOMPARE(content.action(u"m-restore")->rank, 0);

    const Recommendations rec = recommend(content);
    QCOMPARE(rec.style, PlanStyle::List);
    // The three priority measures in the framework's order, though m-restore scores most (90) and m-mfa least.
    QCOMPARE(ids(rec.plan), listOrder.mid(0, 3));
    // Then the other measures: the ranked ones (4, 5), then the unranked by score (90, 78.75, 67.5).
    QCOMPARE(ids(rec.others), listOrder.mid(3));
    int expectedRank = 0;
    for (const PlannedAction &item : rec.plan + rec.others)
        QCOMPARE(item.rank, ++expectedRank);
    // A list has no later: m-updates says `earliest: later` and is still the third priority measure.
    QCOMPARE(content.action(u"m-updates")->earliest, Horizon::Later);
    for (const PlannedAction &item : rec.plan)
        QCOMPARE(item.horizon, Horizon::Now);
    // The explanation says whose order it is; an unranked measure keeps its points.
    const Language en = *Language::fromCode(u"en");
    QCOMPARE(rec.plan[1].rankExplanation(en),
             QStringLiteral("Rank 2: the framework's own order (rank 2 in its list)."));
    const PlannedAction &restore = rec.others[2];
    QCOMPARE(restore.action->id, QStringLiteral("m-restore"));
    QVERIFY2(restore.rankExplanation(en).startsWith(QStringLiteral("Rank 6, 90 out of 100: critical stakes")),
             qPrintable(restore.rankExplanation(en)));
    QVERIFY(!restore.rankExplanation(en).contains(QStringLiteral("framework")));
    // The weakest point (every dimension is at 0: accounts, the first) is not moved up over the framework's order.
    QVERIFY(std::none_of(rec.plan.cbegin(), rec.plan.cend(),
                         [](const PlannedAction &a) { return a.parts.weakestDimension; }));
    // Chapters come from the priority measures only.
    QCOMPARE(rec.chapters.size(), 3);
}

void TestRanking::withoutRanksTheScoreDecides()
{
    // The same content without a single rank: today's order, by score (90, 78.75 for 1 h before 2 h, 67.5...).
    QList<Change> changes;
    for (int rank = 1; rank <= 5; ++rank)
        changes.append({QByteArray("    rank: ") + QByteArray::number(rank) + '\n', QByteArray()});
    const Result<Content> loaded = loadChanged(changes);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.diagnostics())));
    const Recommendations rec = recommend(*loaded);
    QCOMPARE(ids(rec.plan),
             (QStringList{QStringLiteral("m-restore"), QStringLiteral("m-passwords"), QStringLiteral("m-antivirus")}));
    QCOMPARE(ids(rec.others),
             (QStringList{QStringLiteral("m-phishing"), QStringLiteral("m-updates"), QStringLiteral("m-backup"),
                          QStringLiteral("m-admin"), QStringLiteral("m-mfa")}));
}

void TestRanking::horizonsWithRanks()
{
    const Result<Content> loaded =
        ContentLoader::load({frameworkDir + QStringLiteral("/hygiene.yaml"),
                             frameworkDir + QStringLiteral("/chapters.yaml"), dataDir + QStringLiteral("/horizons")},
                            {true, nullptr});
    // Rank 2 given in two files: no warning (a tie across catalogues is ordered by the score).
    QVERIFY2(loaded.ok() && loaded.diagnostics().isEmpty(), qPrintable(describe(loaded.diagnostics())));
    QCOMPARE(loaded->plan.style, PlanStyle::Horizons);
    const Recommendations rec = recommend(*loaded);
    QCOMPARE(rec.style, PlanStyle::Horizons);
    // Ranked first: 1, then the tie at 2 by score (passwords 78.75 before backup 58.5), then 3, which may not
    // start before next; then the unranked by score. Each horizon takes them in that order up to its cap.
    QCOMPARE(ids(rec.plan, Horizon::Now), (QStringList{QStringLiteral("m-mfa"), QStringLiteral("m-passwords")}));
    QCOMPARE(ids(rec.plan, Horizon::Next), (QStringList{QStringLiteral("m-backup"), QStringLiteral("m-updates")}));
    QCOMPARE(ids(rec.plan, Horizon::Later), (QStringList{QStringLiteral("m-restore"), QStringLiteral("m-antivirus")}));
    QCOMPARE(ids(rec.others), (QStringList{QStringLiteral("m-phishing"), QStringLiteral("m-admin")}));
    int expectedRank = 0;
    for (const PlannedAction &item : rec.plan + rec.others)
        QCOMPARE(item.rank, ++expectedRank);
    const Language fr = *Language::fromCode(u"fr");
    QCOMPARE(rec.plan[2].rankExplanation(fr),
             QStringLiteral("Rang 3\u00a0: ordre fixé par le référentiel (rang 2 dans sa liste)."));
}

void TestRanking::listSizeComesFromContent_data()
{
    QTest::addColumn<QByteArray>("measures");
    QTest::addColumn<int>("planned");
    QTest::newRow("1") << QByteArray("1") << 1;
    QTest::newRow("5") << QByteArray("5") << 5;
    QTest::newRow("8, every measure") << QByteArray("8") << 8;
    QTest::newRow("100, more than there are") << QByteArray("100") << 8;
}

void TestRanking::listSizeComesFromContent()
{
    QFETCH(QByteArray, measures);
    QFETCH(int, planned);
    const Result<Content> loaded = loadChanged({{"measures: 3", "measures: " + measures}}, true);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.diagnostics())));
    QCOMPARE(loaded->plan.measures, measures.toInt());
    const Recommendations rec = recommend(*loaded);
    QCOMPARE(ids(rec.plan), listOrder.mid(0, planned));
    QCOMPARE(ids(rec.others), listOrder.mid(planned));
}

void TestRanking::horizonCapsComeFromContent()
{
    // The same ranked actions in horizons of 1, 3 and 2: the rank order fills them one after the other, and
    // m-updates (earliest: later) waits for later.
    const Result<Content> loaded =
        loadChanged({{"  style: list\n  measures: 3\n", "  now: 1\n  next: 3\n  later: 2\n"}}, true);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.diagnostics())));
    QCOMPARE(loaded->plan.style, PlanStyle::Horizons);
    QCOMPARE(loaded->plan.now, 1);
    const Recommendations rec = recommend(*loaded);
    QCOMPARE(ids(rec.plan, Horizon::Now), QStringList{QStringLiteral("m-backup")});
    QCOMPARE(ids(rec.plan, Horizon::Next),
             (QStringList{QStringLiteral("m-mfa"), QStringLiteral("m-passwords"), QStringLiteral("m-admin")}));
    QCOMPARE(ids(rec.plan, Horizon::Later), (QStringList{QStringLiteral("m-updates"), QStringLiteral("m-restore")}));
    QCOMPARE(ids(rec.others), (QStringList{QStringLiteral("m-antivirus"), QStringLiteral("m-phishing")}));
}

void TestRanking::refusesMisuse_data()
{
    QTest::addColumn<MisuseRow>("row");
    const auto row = [](const char *name, const QList<Change> &changes, const char *expected, bool strict = false) {
        QTest::newRow(name) << MisuseRow{changes, strict, QString::fromUtf8(expected)};
    };
    // clang-format off
    // rank: a positive whole number
    row("rank 0", {{"rank: 1", "rank: 0"}}, "%1/actions.yaml:28:11: error: the rank of the action 'm-backup' must be a whole number from 1 up (1 comes first), not '0'");
    row("rank negative", {{"rank: 1", "rank: -2"}}, "%1/actions.yaml:28:11: error: the rank of the action 'm-backup' must be a whole number from 1 up (1 comes first), not '-2'");
    row("rank with decimals", {{"rank: 1", "rank: 1.5"}}, "%1/actions.yaml:28:11: error: the rank of the action 'm-backup' must be a whole number from 1 up (1 comes first), not '1.5'");
    row("rank quoted", {{"rank: 1", "rank: \"1\""}}, "%1/actions.yaml:28:11: error: the rank of the action 'm-backup' must be a whole number from 1 up (1 comes first), not '1'");
    row("rank a word", {{"rank: 1", "rank: first"}}, "%1/actions.yaml:28:11: error: the rank of the action 'm-backup' must be a whole number from 1 up (1 comes first), not 'first'");
    row("rank a list", {{"rank: 1", "rank: [1]"}}, "%1/actions.yaml:28:11: error: the rank of the action 'm-backup' must be a whole number from 1 up (1 comes first), not '…'");
    row("rank too large", {{"rank: 1", "rank: 99999999999"}}, "%1/actions.yaml:28:11: error: the rank of the action 'm-backup' must be a whole number from 1 up (1 comes first), not '99999999999'");
    // two measures of one catalogue with one rank: a warning, an error when strict
    row("rank twice", {{"rank: 2", "rank: 1"}}, "%1/actions.yaml:38:11: warning: the action 'm-mfa' has the rank 1, already given to the action 'm-backup' on line 28: give each measure of the list its own rank");
    row("rank twice, strict", {{"rank: 2", "rank: 1"}}, "%1/actions.yaml:38:11: error: the action 'm-mfa' has the rank 1, already given to the action 'm-backup' on line 28: give each measure of the list its own rank", true);
    // plan style
    row("style unknown", {{"style: list", "style: ranked"}}, "%1/actions.yaml:16:10: error: the style of 'plan' cannot be 'ranked': use one of 'horizons', 'list'");
    row("style misspelt", {{"style: list", "style: lists"}}, "%1/actions.yaml:16:10: error: the style of 'plan' cannot be 'lists': use one of 'horizons', 'list'; did you mean 'list'?");
    // measures
    row("measures 0", {{"measures: 3", "measures: 0"}}, "%1/actions.yaml:17:13: error: 'measures' in 'plan' (how many priority measures) must be a whole number from 1 to 100");
    row("measures 101", {{"measures: 3", "measures: 101"}}, "%1/actions.yaml:17:13: error: 'measures' in 'plan' (how many priority measures) must be a whole number from 1 to 100");
    row("measures a word", {{"measures: 3", "measures: six"}}, "%1/actions.yaml:17:13: error: 'measures' in 'plan' (how many priority measures) must be a whole number from 1 to 100");
    row("measures missing", {{"  measures: 3\n", ""}}, "%1/actions.yaml:16:3: error: a plan with 'style: list' needs 'measures': how many of the first measures are the priority ones (such as 'measures: 6')");
    row("measures without list", {{"style: list", "style: horizons"}}, "%1/actions.yaml:17:13: error: 'measures' goes with 'style: list' in 'plan': a plan in horizons gives 'now', 'next' and 'later' instead");
    row("measures, style left out", {{"  style: list\n", ""}}, "%1/actions.yaml:16:13: error: 'measures' goes with 'style: list' in 'plan': a plan in horizons gives 'now', 'next' and 'later' instead");
    row("now in a list", {{"  measures: 3\n", "  measures: 3\n  now: 5\n"}}, "%1/actions.yaml:18:8: error: 'now' has no meaning in a plan with 'style: list', which has no now, next or later: say how many priority measures with 'measures'");
    row("unknown plan key", {{"  measures: 3\n", "  measures: 3\n  priority: 6\n"}}, "%1/actions.yaml:18:3: error: unknown key 'priority' in 'plan'");
    // clang-format on
}

void TestRanking::refusesMisuse()
{
    QFETCH(MisuseRow, row);
    const QString expected = row.expected.arg(changedDir());
    const Result<Content> result = loadChanged(row.changes, row.strict);
    QCOMPARE(result.ok(), !expected.contains(QStringLiteral(": error: ")));
    const bool found = std::any_of(result.diagnostics().cbegin(), result.diagnostics().cend(),
                                   [&](const Diagnostic &d) { return d.toString() == expected; });
    QVERIFY2(found, qPrintable(QStringLiteral("expected\n%1\ngot:\n%2").arg(expected, describe(result.diagnostics()))));
}

void TestRanking::validateStrictRefusesMisuse()
{
    // The same checks through `phare-cli validate`: a shared rank is only a warning, and --strict refuses it.
    QVERIFY(loadChanged({{"rank: 2", "rank: 1"}}).ok());
    const QString where = changedDir() + QStringLiteral("/actions.yaml:38:11: ");
    const Test::CliRun lenient = Test::runCli({QStringLiteral("validate"), changedDir()});
    CHECK_EXIT(lenient, 0);
    QVERIFY2(lenient.out.contains(where + QStringLiteral("warning: the action 'm-mfa' has the rank 1")) ||
                 lenient.err.contains(where + QStringLiteral("warning: the action 'm-mfa' has the rank 1")),
             qPrintable(lenient.describe()));
    const Test::CliRun strict = Test::runCli({QStringLiteral("validate"), QStringLiteral("--strict"), changedDir()});
    CHECK_EXIT(strict, 1);
    QVERIFY2((strict.out + strict.err).contains(where + QStringLiteral("error: the action 'm-mfa' has the rank 1")),
             qPrintable(strict.describe()));
    QVERIFY(loadChanged({{"style: list", "style: ranked"}}).diagnostics().size() == 1);
    const Test::CliRun style = Test::runCli({QStringLiteral("validate"), QStringLiteral("--strict"), changedDir()});
    CHECK_EXIT(style, 1);
    QVERIFY2((style.out + style.err)
                 .contains(changedDir() + QStringLiteral("/actions.yaml:16:10: error: the style of 'plan' cannot be "
                                                         "'ranked'")),
             qPrintable(style.describe()));
}

void TestRanking::cliShowsTheList()
{
    const QStringList common = {QStringLiteral("recommend"),        assessmentPath,
                                QStringLiteral("--questionnaires"), frameworkDir,
                                QStringLiteral("--lang"),           QStringLiteral("en")};
    const Test::CliRun json = Test::runCli(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(json, 0);
    const QJsonObject out = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(out.value(u"planStyle").toString(), QStringLiteral("list"));
    const QJsonArray plan = out.value(u"plan").toArray();
    QCOMPARE(plan.size(), 3);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const QJsonObject item = plan[i].toObject();
        QCOMPARE(item.value(u"id").toString(), listOrder[i]);
        QCOMPARE(item.value(u"rank").toInt(), i + 1);
        QCOMPARE(item.value(u"rankParts").toObject().value(u"contentRank").toInt(), i + 1);
        QVERIFY(!item.contains(u"horizon")); // a list has no time labels
    }
    const QJsonArray others = out.value(u"otherPossibilities").toObject().value(u"actions").toArray();
    QStringList otherIds;
    for (const auto &o : others)
        otherIds.append(o.toObject().value(u"id").toString());
    QCOMPARE(otherIds, listOrder.mid(3));
    QVERIFY(!others[2].toObject().value(u"rankParts").toObject().contains(u"contentRank")); // m-restore

    const Test::CliRun text = Test::runCli(common);
    CHECK_EXIT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Priority measures:\n    1. Back up the data every week. [m-backup]\n")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("       Rank 1: the framework's own order (rank 1 in its list).\n")));
    QVERIFY(text.out.contains(
        QStringLiteral("Other measures: 5\n    4. Give each account its own password. [m-passwords]\n")));
    for (const QString &label : {QStringLiteral("Now"), QStringLiteral("Next"), QStringLiteral("Later"),
                                 QStringLiteral("Action plan"), QStringLiteral("Other possibilities")})
        QVERIFY2(!text.out.contains(label), qPrintable(label));
}

void TestRanking::pageShowsTheList()
{
    // The desktop's Recommendations page: the priority measures as focusable items numbered 1 to 3, then the
    // other measures numbered on, and no horizon heading.
    const Result<Content> loaded = ContentLoader::load({frameworkDir});
    QVERIFY(loaded.ok());
    Ui::setLanguage(*Language::fromCode(u"en"));
    AssessmentDocument document(*loaded);
    document.reset(m_assessment, assessmentPath);
    RecommendationsPage page(&document);
    page.refresh();
    QCOMPARE(page.actionItems().size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(page.actionItems()[i]->accessibleName().startsWith(QStringLiteral("%1. ").arg(i + 1)),
                 qPrintable(page.actionItems()[i]->accessibleName()));
    QCOMPARE(page.actionItems()[0]->accessibleName(), QStringLiteral("1. Back up the data every week."));
    const QString text = page.text();
    const qsizetype priority = text.indexOf(QStringLiteral("Priority measures"));
    const qsizetype other = text.indexOf(QStringLiteral("\nOther measures\n"));
    QVERIFY2(priority >= 0 && other > priority, qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("4. Give each account its own password.")) > other, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Rank 1: the framework's own order (rank 1 in its list).")));
    for (int h = 0; h < 3; ++h)
        QVERIFY2(!text.contains(Ui::horizonName(h)), qPrintable(Ui::horizonName(h)));
}

void TestRanking::reportShowsTheList_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("fourth");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Priority measures")
                        << QStringLiteral("Other measures") << QStringLiteral("1. Back up the data every week.")
                        << QStringLiteral("4. Give each account its own password.")
                        << QStringList{QStringLiteral("This month"), QStringLiteral("Other possibilities"),
                                       QStringLiteral("— by")};
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Mesures prioritaires")
                        << QStringLiteral("Autres mesures")
                        << QStringLiteral("1. Sauvegarder les données chaque semaine.")
                        << QStringLiteral("4. Donner à chaque compte son propre mot de passe.")
                        << QStringList{QStringLiteral("Ce mois-ci"), QStringLiteral("Autres possibilités"),
                                       QStringLiteral("— d’ici"), QStringLiteral("— d'ici")};
}

void TestRanking::reportShowsTheList()
{
    QFETCH(QString, language);
    QFETCH(QString, priority);
    QFETCH(QString, other);
    QFETCH(QString, first);
    QFETCH(QString, fourth);
    QFETCH(QStringList, absent);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: ./test.sh installs poppler-utils");
    const Result<Content> loaded = ContentLoader::load({frameworkDir});
    QVERIFY(loaded.ok());
    ReportInput input;
    input.content = &*loaded;
    input.assessment = m_assessment;
    input.language = *Language::fromCode(language);
    const ReportDocument report(input);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
    const Status written = report.writePdf(path);
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    QProcess pdftotext;
    pdftotext.start(
        QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\f'));
    QVERIFY(pages.size() > 3);

    // The roadmap (page 2): the priority measures, numbered in the framework's order, and no "this month".
    const QString roadmap = normalised(pages[1]);
    QVERIFY2(roadmap.contains(priority), qPrintable(roadmap));
    const qsizetype one = roadmap.indexOf(first);
    const qsizetype two = roadmap.indexOf(QStringLiteral("2. "), one);
    const qsizetype three = roadmap.indexOf(QStringLiteral("3. "), two);
    QVERIFY2(one >= 0 && two > one && three > two, qPrintable(roadmap));
    QVERIFY2(!roadmap.contains(QStringLiteral("4. ")), qPrintable(roadmap)); // only the priority measures

    // The action plan: the priority measures, then the other measures numbered on; no horizon anywhere.
    const QString all = normalised(pages.join(QLatin1Char('\n')));
    const qsizetype planStart = all.indexOf(priority, all.indexOf(priority) + 1);
    QVERIFY2(planStart > 0, qPrintable(all));
    const qsizetype otherAt = all.indexOf(other, planStart);
    QVERIFY2(otherAt > planStart, qPrintable(all));
    QVERIFY2(all.indexOf(first, planStart) > planStart && all.indexOf(first, planStart) < otherAt, qPrintable(all));
    QVERIFY2(all.indexOf(fourth, otherAt) > otherAt, qPrintable(all));
    for (const QString &word : absent)
        QVERIFY2(!all.contains(word), qPrintable(word + QStringLiteral(" in:\n") + all));
}

void TestRanking::builtinContentKeepsHorizons()
{
    // The default content opts into nothing: a plan in horizons, no action ranked, and so the same plans as
    // before (tst_advice and tst_recommender check those plans, unchanged).
    const Result<Content> builtin = BuiltinContent::load();
    QVERIFY(builtin.ok());
    QCOMPARE(builtin->plan.style, PlanStyle::Horizons);
    QVERIFY(
        std::none_of(builtin->actions.cbegin(), builtin->actions.cend(), [](const Action &a) { return a.rank != 0; }));
    const Test::CliRun json =
        Test::runCli({QStringLiteral("recommend"),
                      QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare"),
                      QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(json, 0);
    const QJsonObject out = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(!out.contains(u"planStyle"));
    const QJsonArray plan = out.value(u"plan").toArray();
    QVERIFY(!plan.isEmpty());
    for (const auto &item : plan) {
        QVERIFY(item.toObject().contains(u"horizon"));
        QVERIFY(!item.toObject().value(u"rankParts").toObject().contains(u"contentRank"));
    }
}

QTEST_MAIN(TestRanking)
#include "tst_ranking.moc"
