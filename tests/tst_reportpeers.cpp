// The report's "You and your peers" section (app/report/peerreport.h), as a reader finds it in the PDF text
// (pdftotext): only with a benchmark, naming the group and its size, the wider group when the firm's own is
// too small, at most two pages; and phare-cli report --benchmark, with its refusals.
#include "assessment.h"
#include "builtincontent.h"
#include "clirun.h"
#include "pdffile.h"
#include "peerfixture.h"
#include "peerreport.h"
#include "reportdocument.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;

namespace {

const QString example = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");

QString normalised(QString text)
{
    for (const QChar c : {QChar(0x00a0), QChar(0x202f), QChar(0x2009)})
        text.replace(c, QLatin1Char(' '));
    return text.simplified();
}

} // namespace

class TestReportPeers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sectionNamesTheGroupAndItsSize_data();
    void sectionNamesTheGroupAndItsSize();
    void widerGroupIsSaid();
    void noSectionWithoutABenchmark();
    void cliReportWithABenchmark();
    void cliRefusesABadBenchmark();

private:
    // A benchmark of synthetic firms like the example: `own` of its sector and size, `others` retailers of its
    // size. Its path.
    QString benchmark(int own, int others);
    // The report of the example, with the benchmark at path (none when empty), as PDF text.
    QString reportText(const QString &benchmarkPath, const Language &language, int *pages = nullptr,
                       QList<ReportDocument::Section> *sections = nullptr);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestReportPeers::initTestCase()
{
    qputenv("PHARE_TODAY", "2026-12-07");
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

QString TestReportPeers::benchmark(int own, int others)
{
    const Result<Assessment> assessment = AssessmentFile::read(example);
    if (!assessment.ok())
        return {};
    const Result<AnonymousAssessment> model = AnonymousFile::make(Evaluation(m_content.value(), *assessment));
    if (!model.ok())
        return {};
    const QString folder = m_dir.filePath(QStringLiteral("shared%1").arg(m_count++));
    Test::writePeerFiles(*model, model->sector, model->size, own, folder);
    Test::writePeerFiles(*model, QStringLiteral("retail"), model->size, others, folder);
    const QString path = folder + QStringLiteral(".json");
    return Test::buildBenchmark(folder, path) ? path : QString();
}

QString TestReportPeers::reportText(const QString &benchmarkPath, const Language &language, int *pages,
                                    QList<ReportDocument::Section> *sections)
{
    const Result<Assessment> assessment = AssessmentFile::read(example);
    if (!assessment.ok())
        return {};
    ReportOptions options;
    options.language = language;
    options.date = QDate(2026, 12, 7);
    if (!benchmarkPath.isEmpty()) {
        Result<Benchmark> read = Benchmark::read(benchmarkPath);
        if (!read.ok())
            return {};
        options.benchmark = std::make_shared<const Benchmark>(std::move(read).value());
    }
    const ReportDocument report(Evaluation(m_content.value(), *assessment), options);
    const QString pdf = m_dir.filePath(QStringLiteral("report%1.pdf").arg(m_count++));
    if (!report.writePdf(pdf).ok())
        return {};
    if (pages)
        *pages = report.pageCount();
    if (sections)
        *sections = report.sections();
    return normalised(Test::PdfFile::at(pdf).text());
}

void TestReportPeers::sectionNamesTheGroupAndItsSize_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("themeScore");
    QTest::newRow("en") << "en"
                        << "You and your peers"
                        << "Compared with 12 firms of 0 to 9 employees, sector: Food"
                        << "Theme score";
    QTest::newRow("fr") << "fr"
                        << "Vous et vos pairs"
                        << "Comparé à 12 entreprises de 0 à 9 salariés, secteur : Alimentation"
                        << "Score du thème";
}

void TestReportPeers::sectionNamesTheGroupAndItsSize()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    QFETCH(QString, group);
    QFETCH(QString, themeScore);
    const Language language = *Language::fromCode(lang);
    const QString path = benchmark(12, 0);
    QVERIFY(!path.isEmpty());
    int pages = 0;
    QList<ReportDocument::Section> sections;
    const QString text = reportText(path, language, &pages, &sections);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(title), qPrintable(text.left(400)));
    QVERIFY2(text.contains(group), qPrintable(text.mid(text.indexOf(title), 600)));
    // The section is in the contents and holds at most two pages.
    qsizetype at = -1;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections[i].title == title)
            at = i;
    }
    QVERIFY(at >= 0);
    const int end = at + 1 < sections.size() ? sections[at + 1].page : pages + 1;
    QVERIFY2(end - sections[at].page <= 2, qPrintable(QStringLiteral("%1 pages").arg(end - sections[at].page)));
    // Each assessed theme has its table: the firm's own theme score is printed next to its peers'.
    const Result<Assessment> assessment = AssessmentFile::read(example);
    const Evaluation evaluation(m_content.value(), *assessment);
    const Benchmark read = Benchmark::read(path).value();
    const QList<PeerTheme> themes = PeerReport::themes(evaluation, read, language);
    QVERIFY(!themes.isEmpty());
    const QString section = text.mid(text.lastIndexOf(title));
    for (const PeerTheme &theme : themes) {
        const PeerRow &row = theme.rows.first();
        const BenchmarkDistribution &d = *row.place.distribution;
        // The theme's table: its title heads it, then the row of its score.
        const QString line =
            QStringLiteral("%1 %2/100 %3 · %4 · %5").arg(themeScore).arg(row.score).arg(d.q1).arg(d.median).arg(d.q3);
        const qsizetype titleAt = section.indexOf(theme.title + QLatin1Char(' '));
        QVERIFY2(titleAt >= 0 && section.indexOf(line, titleAt) > titleAt, qPrintable(theme.title));
        QVERIFY2(section.contains(line), qPrintable(line + QStringLiteral("\n") + section.left(1500)));
    }
}

void TestReportPeers::widerGroupIsSaid()
{
    const QString text = reportText(benchmark(3, 10), Language::english());
    QVERIFY2(text.contains(QStringLiteral("Too few firms of your sector and size have shared their results: "
                                          "compared with 13 firms of 0 to 9 employees instead.")),
             qPrintable(text.mid(text.lastIndexOf(QStringLiteral("You and your peers")), 600)));
}

void TestReportPeers::noSectionWithoutABenchmark()
{
    int pages = 0;
    QList<ReportDocument::Section> sections;
    const QString text = reportText(QString(), Language::english(), &pages, &sections);
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("You and your peers")));
    QVERIFY(!text.contains(QStringLiteral("Compared with")));
    for (const ReportDocument::Section &s : sections)
        QVERIFY(s.title != u"You and your peers");
    // With one, at most two pages more.
    int withPages = 0;
    reportText(benchmark(12, 0), Language::english(), &withPages);
    QVERIFY2(withPages > pages && withPages <= pages + 2,
             qPrintable(QStringLiteral("%1 → %2").arg(pages).arg(withPages)));
}

void TestReportPeers::cliReportWithABenchmark()
{
    const QString path = benchmark(12, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const Test::CliRun run =
        Test::runCli({QStringLiteral("report"), example, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                      QStringLiteral("fr"), QStringLiteral("--benchmark"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe(0)));
    const QString text = normalised(Test::PdfFile::at(pdf).text());
    QVERIFY(text.contains(QStringLiteral("Vous et vos pairs")));
    QVERIFY(text.contains(QStringLiteral("Comparé à 12 entreprises de 0 à 9 salariés")));
}

void TestReportPeers::cliRefusesABadBenchmark()
{
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    // An assessment given as the benchmark: refused with its path and why, nothing written.
    Test::CliRun run =
        Test::runCli({QStringLiteral("report"), example, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                      QStringLiteral("en"), QStringLiteral("--benchmark"), example});
    QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(example + QStringLiteral(":")) && run.err.contains(QStringLiteral(": error: ")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(pdf));
    // --benchmark with another command, or without a file.
    run = Test::runCli({QStringLiteral("score"), example, QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--benchmark"), example});
    QVERIFY2(run.exitCode != 0 && run.err.contains(QStringLiteral("--benchmark only goes with report")),
             qPrintable(run.describe()));
    run = Test::runCli({QStringLiteral("report"), example, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                        QStringLiteral("en"), QStringLiteral("--benchmark")});
    QVERIFY2(run.exitCode != 0 && run.err.contains(QStringLiteral("--benchmark needs a benchmark file")),
             qPrintable(run.describe()));
}

QTEST_MAIN(TestReportPeers)
#include "tst_reportpeers.moc"
