// The benchmark: which groups are published (the threshold and the rule against subtraction),
// duplicates, damaged and foreign files, quartiles by hand, the peer lookup, the file and the CLI.
#include "benchmarkbuilder.h"
#include "builtincontent.h"
#include "clirun.h"
#include "contentids.h"
#include "evaluation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Phare;

namespace {

// A firm: its sector and size, an overall score and one theme score, with a hash made from `n`.
AnonymousAssessment firm(const QString &sector, const QString &size, int n, int overall = 50)
{
    AnonymousAssessment a;
    a.idHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(n) + sector.toUtf8() + size.toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    a.quarter = QStringLiteral("2026-Q%1").arg(1 + n % 4);
    a.sector = sector;
    a.size = size;
    a.overall = AnonymousScore{overall, overall < 50 ? QStringLiteral("low") : QStringLiteral("high")};
    AnonymousTheme theme;
    theme.score = AnonymousScore{overall, QString()};
    theme.dimensions.insert(QStringLiteral("backup"), AnonymousScore{100 - overall, QString()});
    a.themes.insert(QStringLiteral("cybersecurity"), theme);
    return a;
}

struct Firms
{
    const char *sector;
    const char *size;
    int count;
};

const char *const sectorNames[] = {"retail", "food", "craft", "tourism", "health", "industry", "services", "other"};
const char *const sizeNames[] = {"micro", "small", "medium", "large"};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

Benchmark build(const QList<Firms> &firms, int threshold = 5)
{
    BenchmarkBuilder builder(threshold);
    int n = 0;
    for (const Firms &f : firms) {
        for (int i = 0; i < f.count; ++i)
            builder.add(firm(QString::fromLatin1(f.sector), QString::fromLatin1(f.size), n++));
    }
    return builder.build();
}

// Every way a published group splits: the firms of its parts that are not published must be none or at
// least the threshold, else they could be found by subtracting the published parts from the whole.
QString subtractionProblem(const Benchmark &b)
{
    const auto firmsOf = [&](const QString &sector, const QString &size) {
        const BenchmarkGroup *g = b.group(sector, size);
        return g ? g->firms : 0;
    };
    struct Split
    {
        QString sector;
        QString size;
        QList<std::pair<QString, QString>> parts;
    };
    QList<Split> splits;
    Split bySector{QString(), QString(), {}};
    Split bySize{QString(), QString(), {}};
    for (const QString &s : sectorIds())
        bySector.parts.append({s, QString()});
    for (const QString &z : sizeIds())
        bySize.parts.append({QString(), z});
    splits << bySector << bySize;
    for (const QString &s : sectorIds()) {
        Split split{s, QString(), {}};
        for (const QString &z : sizeIds())
            split.parts.append({s, z});
        splits << split;
    }
    for (const QString &z : sizeIds()) {
        Split split{QString(), z, {}};
        for (const QString &s : sectorIds())
            split.parts.append({s, z});
        splits << split;
    }
    for (const Split &split : std::as_const(splits)) {
        const int whole = firmsOf(split.sector, split.size);
        if (!whole)
            continue;
        int published = 0;
        for (const auto &[s, z] : split.parts)
            published += firmsOf(s, z);
        const int hidden = whole - published;
        if (hidden > 0 && hidden < b.threshold)
            return QStringLiteral("%1/%2 minus its published parts leaves %3 firms")
                .arg(split.sector, split.size)
                .arg(hidden);
    }
    for (const BenchmarkGroup &g : b.groups) {
        if (g.firms < b.threshold)
            return QStringLiteral("%1/%2 has %3 firms").arg(g.sector, g.size).arg(g.firms);
    }
    return {};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestBenchmark final : public QObject
{
    Q_OBJECT

private slots:
    void groupOfFiveIsPublished();
    void groupOfFourIsNot();
    void nestedGroupsDifferingByFewerThanFive();
    void subtractionNeverRevealsAGroup();
    void thresholdCanBeRaisedNeverLowered();
    void scoreOfTooFewFirmsIsLeftOut();
    void duplicatesCountOnce();
    void quartilesByHand();
    void peerLookup();
    void damagedAndForeignFilesAreSkipped();
    void fileRoundTripAndRefusals_data();
    void fileRoundTripAndRefusals();
    void cli();
    void cliUsage_data();
    void cliUsage();
};

void TestBenchmark::groupOfFiveIsPublished()
{
    const Benchmark b = build({{"food", "micro", 5}, {"retail", "micro", 5}});
    const BenchmarkGroup *food = b.group(QStringLiteral("food"), QStringLiteral("micro"));
    QVERIFY(food);
    QCOMPARE(food->firms, 5);
    QCOMPARE(food->scores.value(QStringLiteral("overall")).firms, 5);
    QCOMPARE(food->scores.value(QStringLiteral("cybersecurity/backup")).firms, 5);
    QVERIFY(b.group(QString(), QString()));
    QCOMPARE(b.group(QString(), QString())->firms, 10);
    QCOMPARE(subtractionProblem(b), QString());
}

void TestBenchmark::groupOfFourIsNot()
{
    const Benchmark b = build({{"food", "micro", 4}, {"retail", "micro", 5}, {"craft", "micro", 5}});
    QVERIFY(!b.group(QStringLiteral("food"), QStringLiteral("micro")));
    QVERIFY(!b.group(QStringLiteral("food"), QString()));
    for (const BenchmarkGroup &g : b.groups)
        QVERIFY(g.firms >= 5);
    // The 4 food firms count in the wider groups…
    QCOMPARE(b.group(QString(), QString())->firms, 14);
    // …and no published group can be taken from another to leave them: one of the two other sectors is
    // withheld with them.
    QCOMPARE(subtractionProblem(b), QString());
    QVERIFY(!b.group(QStringLiteral("retail"), QString()) || !b.group(QStringLiteral("craft"), QString()));
}

void TestBenchmark::nestedGroupsDifferingByFewerThanFive()
{
    // Food: 7 micro and 2 small. Food (9) and food micro (7) differ by 2: not both published.
    const Benchmark b = build({{"food", "micro", 7}, {"food", "small", 2}, {"retail", "micro", 10}});
    const BenchmarkGroup *food = b.group(QStringLiteral("food"), QString());
    const BenchmarkGroup *foodMicro = b.group(QStringLiteral("food"), QStringLiteral("micro"));
    QVERIFY(!(food && foodMicro));
    QVERIFY(food); // the wider is kept, the smaller withheld
    QCOMPARE(food->firms, 9);
    // All firms (19) and micro firms (17) differ by 2 too.
    QVERIFY(!(b.group(QString(), QString()) && b.group(QString(), QStringLiteral("micro"))));
    QCOMPARE(subtractionProblem(b), QString());
    // Groups that are the same firms (food micro = food) differ by none: both may be published.
    const Benchmark same = build({{"food", "micro", 6}, {"retail", "small", 6}});
    QVERIFY(same.group(QStringLiteral("food"), QStringLiteral("micro")));
    QVERIFY(same.group(QStringLiteral("food"), QString()));
    QCOMPARE(subtractionProblem(same), QString());
}

void TestBenchmark::subtractionNeverRevealsAGroup()
{
    // Many random populations: no published set ever lets a group of 1–4 firms be found by subtraction.
    std::mt19937 random(20);
    for (int round = 0; round < 300; ++round) {
        QList<Firms> firms;
        for (const char *s : sectorNames) {
            for (const char *z : sizeNames) {
                const int n = static_cast<int>(random() % 9);
                if (n)
                    firms.append({s, z, n});
            }
        }
        const Benchmark b = build(firms);
        QVERIFY2(subtractionProblem(b).isEmpty(), qPrintable(subtractionProblem(b)));
    }
}

void TestBenchmark::thresholdCanBeRaisedNeverLowered()
{
    const QList<Firms> firms = {{"food", "micro", 5}, {"retail", "micro", 6}, {"craft", "micro", 6}};
    QVERIFY(build(firms, 5).group(QStringLiteral("food"), QStringLiteral("micro")));
    const Benchmark six = build(firms, 6);
    QCOMPARE(six.threshold, 6);
    QVERIFY(!six.group(QStringLiteral("food"), QStringLiteral("micro")));
    QCOMPARE(subtractionProblem(six), QString());
    QVERIFY(six.group(QStringLiteral("craft"), QStringLiteral("micro")) ||
            six.group(QStringLiteral("retail"), QStringLiteral("micro")));
    // Below 5: raised to 5.
    const Benchmark low = build({{"food", "micro", 4}, {"retail", "micro", 6}}, 2);
    QCOMPARE(low.threshold, 5);
    QVERIFY(!low.group(QStringLiteral("food"), QStringLiteral("micro")));
}

void TestBenchmark::scoreOfTooFewFirmsIsLeftOut()
{
    // A published group of 6 where only 3 firms answered the e-commerce theme: that score is left out.
    BenchmarkBuilder builder;
    for (int i = 0; i < 6; ++i) {
        AnonymousAssessment a = firm(QStringLiteral("food"), QStringLiteral("micro"), i);
        if (i < 3)
            a.themes.insert(QStringLiteral("e-commerce"), AnonymousTheme{1, {}, AnonymousScore{40, QString()}, {}});
        builder.add(a);
    }
    const Benchmark b = builder.build();
    const BenchmarkGroup *g = b.group(QStringLiteral("food"), QStringLiteral("micro"));
    QVERIFY(g);
    QVERIFY(g->scores.contains(QStringLiteral("cybersecurity")));
    QVERIFY(!g->scores.contains(QStringLiteral("e-commerce")));
    QVERIFY(!b.toBytes().contains("e-commerce"));
}

void TestBenchmark::duplicatesCountOnce()
{
    BenchmarkBuilder builder;
    for (int i = 0; i < 5; ++i)
        QVERIFY(builder.add(firm(QStringLiteral("food"), QStringLiteral("micro"), i)));
    // The same assessment shared again (answers changed since, so scored differently): counted once.
    AnonymousAssessment again = firm(QStringLiteral("food"), QStringLiteral("micro"), 2, 90);
    QVERIFY(!builder.add(again));
    QCOMPARE(builder.firms(), 5);
    QCOMPARE(builder.duplicates(), 1);
    const Benchmark b = builder.build();
    QCOMPARE(b.group(QStringLiteral("food"), QStringLiteral("micro"))->firms, 5);
    QCOMPARE(b.group(QStringLiteral("food"), QStringLiteral("micro"))->scores[QStringLiteral("overall")].q3, 50);
}

void TestBenchmark::quartilesByHand()
{
    // Nearest rank: the quartile p of n values is the value of rank ceil(p·n) in increasing order.
    // 8 values 10…80: ranks 2, 4 and 6 → 20, 40, 60.
    BenchmarkBuilder eight;
    for (int i = 0; i < 8; ++i)
        eight.add(firm(QStringLiteral("food"), QStringLiteral("micro"), i, 80 - 10 * i)); // any order
    const BenchmarkDistribution d8 =
        eight.build().group(QStringLiteral("food"), QStringLiteral("micro"))->scores[QStringLiteral("overall")];
    QCOMPARE(d8.firms, 8);
    QCOMPARE(d8.q1, 20);
    QCOMPARE(d8.median, 40);
    QCOMPARE(d8.q3, 60);
    QCOMPARE(d8.levels.value(QStringLiteral("low")), 4);  // 10, 20, 30, 40
    QCOMPARE(d8.levels.value(QStringLiteral("high")), 4); // 50…80
    // 5 values 3, 7, 7, 50, 90: ranks ceil(1.25) = 2, ceil(2.5) = 3, ceil(3.75) = 4 → 7, 7, 50.
    BenchmarkBuilder five;
    int n = 0;
    for (const int v : {50, 7, 90, 3, 7})
        five.add(firm(QStringLiteral("food"), QStringLiteral("micro"), n++, v));
    const Benchmark built = five.build(); // the group points into it: keep it
    const BenchmarkGroup *g = built.group(QStringLiteral("food"), QStringLiteral("micro"));
    QVERIFY(g);
    const BenchmarkDistribution d5 = g->scores[QStringLiteral("overall")];
    QCOMPARE(d5.q1, 7);
    QCOMPARE(d5.median, 7);
    QCOMPARE(d5.q3, 50);
    // The dimension is 100 minus the score: 50, 93, 10, 97, 93 → 10 50 93 93 97: 50, 93, 93.
    const BenchmarkDistribution backup = g->scores[QStringLiteral("cybersecurity/backup")];
    QCOMPARE(backup.q1, 50);
    QCOMPARE(backup.median, 93);
    QCOMPARE(backup.q3, 93);
}

void TestBenchmark::peerLookup()
{
    const Benchmark b = build({{"food", "micro", 7}, {"food", "small", 2}, {"retail", "micro", 10}});
    // A retail micro firm: its own group.
    const std::optional<PeerPlace> retail =
        b.place(QStringLiteral("retail"), QStringLiteral("micro"), QStringLiteral("overall"), 80);
    QVERIFY(retail);
    QCOMPARE(retail->group, b.group(QStringLiteral("retail"), QStringLiteral("micro")));
    QVERIFY(!retail->wider);
    QCOMPARE(retail->distribution->firms, 10);
    QCOMPARE(retail->quarter, 4); // every score is 50: above the third quartile
    QCOMPARE(b.place(QStringLiteral("retail"), QStringLiteral("micro"), QStringLiteral("overall"), 50)->quarter, 1);
    // A food micro firm: its group is withheld, the next wider (food, 9 firms) is used, and said so.
    const std::optional<PeerPlace> food =
        b.place(QStringLiteral("food"), QStringLiteral("micro"), QStringLiteral("cybersecurity"), 40);
    QVERIFY(food);
    QVERIFY(food->wider);
    QCOMPARE(food->group->sector, QStringLiteral("food"));
    QVERIFY(food->group->size.isEmpty());
    QCOMPARE(food->group->firms, 9);
    QCOMPARE(b.peerGroup(QStringLiteral("food"), QStringLiteral("micro")), food->group);
    QCOMPARE(Benchmark::describe(*food->group, Language::english()),
             QStringLiteral("9 firms, sector: Food and restaurants"));
    QCOMPARE(Benchmark::describe(*retail->group, Language::english()),
             QStringLiteral("10 firms of 0 to 9 employees, sector: Retail"));
    // A sector with no group of its own: all firms.
    const std::optional<PeerPlace> craft =
        b.place(QStringLiteral("craft"), QStringLiteral("large"), QStringLiteral("overall"), 10);
    QVERIFY(craft);
    QVERIFY(craft->wider);
    QVERIFY(craft->group->sector.isEmpty());
    QVERIFY(craft->group->size.isEmpty());
    // A score nobody has: nothing.
    QVERIFY(!b.place(QStringLiteral("food"), QStringLiteral("micro"), QStringLiteral("unknown-theme"), 10));
    // An empty benchmark: nothing anywhere.
    QVERIFY(!Benchmark().peerGroup(QStringLiteral("food"), QStringLiteral("micro")));
    QVERIFY(!Benchmark().place(QStringLiteral("food"), QStringLiteral("micro"), QStringLiteral("overall"), 10));
}

void TestBenchmark::damagedAndForeignFilesAreSkipped()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(AnonymousFile::write(firm(QStringLiteral("food"), QStringLiteral("micro"), i),
                                     dir.filePath(QStringLiteral("sub/f%1.json").arg(i)))
                    .ok());
    const QByteArray good = firm(QStringLiteral("food"), QStringLiteral("micro"), 99, 0).toBytes();
    // A file right but for its very end: never half-read (its overall score of 0 must not count).
    QByteArray lateError = good;
    lateError.replace("\"backup\": {\n", "\"backup\": {\"comment\": \"x\",\n");
    QVERIFY(lateError != good);
    const QList<std::pair<QString, QByteArray>> bad = {
        {QStringLiteral("truncated.json"), good.left(good.size() - 10)},
        {QStringLiteral("assessment.json"), "{\"format\": \"phare-assessment\", \"formatVersion\": 1}"},
        {QStringLiteral("benchmark.json"), Benchmark().toBytes()},
        {QStringLiteral("notes.json"), "Some text, not JSON at all"},
        {QStringLiteral("late-error.json"), lateError},
    };
    for (const auto &[name, bytes] : bad)
        writeFile(dir.filePath(name), bytes);
    writeFile(dir.filePath(QStringLiteral("readme.txt")), "not read: not a .json file");
    BenchmarkBuilder builder;
    builder.addFolder(dir.path());
    QCOMPARE(builder.filesRead(), 10);
    QCOMPARE(builder.firms(), 5);
    QCOMPARE(builder.skipped().size(), 5);
    for (const auto &[name, bytes] : bad) {
        const QString path = dir.filePath(name);
        QVERIFY2(std::any_of(builder.skipped().cbegin(), builder.skipped().cend(),
                             [&](const Diagnostic &d) { return d.file == path; }),
                 qPrintable(path));
    }
    const Benchmark built = builder.build(); // the group points into it: keep it
    const BenchmarkGroup *g = built.group(QStringLiteral("food"), QStringLiteral("micro"));
    QVERIFY(g);
    QCOMPARE(g->firms, 5);
    QCOMPARE(g->scores[QStringLiteral("overall")].q1, 50);
    // A folder that is not there is reported too.
    BenchmarkBuilder missing;
    missing.addFolder(dir.filePath(QStringLiteral("nowhere")));
    QCOMPARE(missing.skipped().size(), 1);
    QVERIFY(missing.skipped().first().message.contains(QStringLiteral("no such folder")));
}

void TestBenchmark::fileRoundTripAndRefusals_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray good = build({{"food", "micro", 6}}).toBytes();
    const auto edited = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray b = good;
        b.replace(from, to);
        return b;
    };
    QTest::newRow("good") << good << QStringLiteral("");
    QTest::newRow("damaged") << good.left(good.size() / 2) << QStringLiteral("the file is damaged");
    QTest::newRow("an anonymous file") << firm(QStringLiteral("food"), QStringLiteral("micro"), 1).toBytes()
                                       << QStringLiteral("this is one anonymous file, not a benchmark");
    QTest::newRow("newer") << edited("\"formatVersion\": 1", "\"formatVersion\": 2")
                           << QStringLiteral("built by a newer version");
    QTest::newRow("threshold below 5") << edited("\"threshold\": 5", "\"threshold\": 3")
                                       << "\"threshold\" must be a whole number from 5";
    QTest::newRow("a group of 4") << edited("\"firms\": 6", "\"firms\": 4")
                                  << QStringLiteral("at least 5, the threshold");
    QTest::newRow("other quartiles") << edited("nearest-rank", "linear") << "\"quartiles\" must be \"nearest-rank\"";
}

void TestBenchmark::fileRoundTripAndRefusals()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<Benchmark> read = Benchmark::parse(data, QStringLiteral("b.json"));
    if (message.isEmpty()) {
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        QCOMPARE(read->toBytes(), data);
        return;
    }
    QVERIFY(!read.ok());
    QVERIFY2(read.errorText().startsWith(QStringLiteral("b.json:")), qPrintable(read.errorText()));
    QVERIFY2(read.errorText().contains(message), qPrintable(read.errorText()));
}

void TestBenchmark::cli()
{
    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared"));
    QDir(dir.path()).mkpath(QStringLiteral("shared"));
    for (int i = 0; i < 6; ++i)
        QVERIFY(AnonymousFile::write(firm(QStringLiteral("food"), QStringLiteral("micro"), i, 10 * i),
                                     QDir(shared).filePath(QStringLiteral("f%1.json").arg(i)))
                    .ok());
    // A copy of one (shared twice) and a damaged one.
    QVERIFY(
        QFile::copy(QDir(shared).filePath(QStringLiteral("f0.json")), QDir(shared).filePath(QStringLiteral("g.json"))));
    writeFile(QDir(shared).filePath(QStringLiteral("h.json")), "{\"format\": \"phare-anonymous\", ");
    const QString out = dir.filePath(QStringLiteral("benchmark.json"));
    Test::CliRun run =
        Test::runCli({QStringLiteral("benchmark"), QStringLiteral("build"), shared, QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe(0)));
    QVERIFY2(
        run.out.contains(QStringLiteral("8 files read: 6 firms counted, 1 duplicates counted once, 1 files skipped")),
        qPrintable(run.out));
    QVERIFY2(run.err.contains(QDir(shared).filePath(QStringLiteral("h.json")) +
                              QStringLiteral(": warning: skipped: the file is damaged")),
             qPrintable(run.err));
    const Result<Benchmark> b = Benchmark::read(out);
    QVERIFY(b.ok());
    QCOMPARE(b->group(QStringLiteral("food"), QStringLiteral("micro"))->firms, 6);

    run = Test::runCli({QStringLiteral("benchmark"), QStringLiteral("show"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("== 6 firms of 0 to 9 employees, sector: Food and restaurants ==")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("nearest-rank")));
    // overall of 0, 10, 20, 30, 40, 50: ranks 2, 3, 5 → 10, 20, 40.
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\noverall +6 +10 +20 +40  "))), qPrintable(run.out));

    run = Test::runCli(
        {QStringLiteral("benchmark"), QStringLiteral("show"), out, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("sector,size,group_firms,score,firms,q1,median,q3,levels\n")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("\nfood,micro,6,overall,6,10,20,40,high=1;low=5\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("\n,,6,overall,6,10,20,40,")));

    run = Test::runCli(
        {QStringLiteral("benchmark"), QStringLiteral("show"), out, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(), b->toJson());

    // A benchmark built with a higher threshold leaves the group of 6 out.
    run = Test::runCli({QStringLiteral("benchmark"), QStringLiteral("build"), shared, QStringLiteral("-o"), out,
                        QStringLiteral("--threshold"), QStringLiteral("7")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("groups published: 0 (at least 7 firms each)")), qPrintable(run.out));
    run = Test::runCli({QStringLiteral("benchmark"), QStringLiteral("show"), out});
    QVERIFY(run.out.contains(QStringLiteral("No group has enough firms to be published.")));

    // show on something that is not a benchmark: its path and why.
    run = Test::runCli(
        {QStringLiteral("benchmark"), QStringLiteral("show"), QDir(shared).filePath(QStringLiteral("f1.json"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QDir(shared).filePath(QStringLiteral("f1.json")) + u':') &&
                 run.err.contains(QStringLiteral(": error: this is one anonymous file")),
             qPrintable(run.err));
}

void TestBenchmark::cliUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << args({"benchmark"}) << QStringLiteral("benchmark takes build or show");
    QTest::newRow("bad action") << args({"benchmark", "make", "x"}) << QStringLiteral("benchmark takes build or show");
    QTest::newRow("build without -o") << args({"benchmark", "build", "x"})
                                      << QStringLiteral("benchmark build needs -o benchmark.json");
    QTest::newRow("build without folder")
        << args({"benchmark", "build", "-o", "b.json"}) << QStringLiteral("benchmark build needs at least one folder");
    QTest::newRow("threshold 4") << args({"benchmark", "build", "x", "-o", "b.json", "--threshold", "4"})
                                 << QStringLiteral("--threshold takes a whole number of firms from 5");
    QTest::newRow("threshold text") << args({"benchmark", "build", "x", "-o", "b.json", "--threshold", "many"})
                                    << QStringLiteral("--threshold takes a whole number of firms from 5");
    QTest::newRow("threshold elsewhere") << args({"score", "x", "--threshold", "6"})
                                         << QStringLiteral("--threshold only goes with benchmark build");
    QTest::newRow("show two files") << args({"benchmark", "show", "a", "b"})
                                    << QStringLiteral("benchmark show takes exactly one benchmark file");
    QTest::newRow("show pdf") << args({"benchmark", "show", "a", "--format", "pdf"})
                              << QStringLiteral("--format takes text, json or csv for benchmark show");
}

void TestBenchmark::cliUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Test::CliRun run = Test::runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestBenchmark)
#include "tst_benchmark.moc"
