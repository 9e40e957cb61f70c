// Tests the PDF report as its readers and PDF tools see it: the text poppler extracts, embedded fonts,
// A4 pages, PDF/A-1b without transparency, user text printed as typed, the contents' page numbers,
// `phare-cli report` end to end and File → Export PDF report… in the desktop app.
#include "builtincontent.h"
#include "clirun.h"
#include "contentloader.h"
#include "mainwindow.h"
#include "pdffile.h"
#include "recommender.h"
#include "reportdocument.h"
#include "scorer.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Phare;
using Phare::Test::CliRun;
using Phare::Test::PdfFile;

namespace {

const QString examplesDir = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/");

// Text as a reader searches it: every run of white space (lines wrap where the layout put them,
// French typography puts no-break spaces) becomes one space.
QString normalised(QString text)
{
    for (const QChar c : {QChar(0x00a0), QChar(0x202f), QChar(0x2009), QChar(0x2007)})
        text.replace(c, QLatin1Char(' '));
    return text.simplified();
}

// Text compared letter by letter: poppler joins a word hyphenated at the end of a line and the layout
// may break an overlong word anywhere, so spaces and hyphens are left out on both sides.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-' && c != QChar(0x00ad))
            out.append(c);
    }
    return out;
}

Assessment readExample(const QString &name)
{
    const Result<Assessment> read = AssessmentFile::read(examplesDir + name);
    if (!read.ok())
        qFatal("cannot read the example %s", qPrintable(name));
    return *read;
}

// The example with every answer and note taken away, and its themes kept: nothing answered yet.
Assessment unanswered(const QString &example)
{
    Assessment a = readExample(example);
    for (ThemeAnswers &theme : a.themes) {
        theme.answers.clear();
        theme.notes.clear();
    }
    return a;
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void examples_data();
    void examples();
    void languageSwitch();
    void userTextIsPrintedLiterally();
    void layoutHolds_data();
    void layoutHolds();
    void contentsGiveTheRightPages();
    void comparison();

    void cli_data();
    void cli();
    void desktopExport();

private:
    // Writes the report and checks what every report must be; returns its path.
    // The texts (PdfFile::Texts) the test will read are extracted alongside the other checks.
    QString write(const ReportInput &input, const QString &name, int texts);
    // The problems a PDF has as a file: empty when qpdf, pdfinfo and pdffonts find it sound.
    QString pdfProblems(const QString &path, int minPages, int maxPages);
    QString text(const QString &path, int page = 0, bool bodyOnly = false);
    // The pages with nothing but a running header and footer, in words; empty when there is none.
    QString emptyPages(const QString &path);
    int pages(const QString &path);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
    QString m_pdftotext;
    QString m_pdffonts;
    QString m_pdfinfo;
    QString m_qpdf;
};

void TestReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    // The PDF tools are part of the test suite's needs (./test.sh installs poppler-utils and qpdf):
    // without them the report cannot be checked, which is a failure, not a skip.
    for (auto [tool, into] : {std::pair{"pdftotext", &m_pdftotext}, std::pair{"pdffonts", &m_pdffonts},
                              std::pair{"pdfinfo", &m_pdfinfo}, std::pair{"qpdf", &m_qpdf}}) {
        *into = QStandardPaths::findExecutable(QLatin1String(tool));
        QVERIFY2(
            !into->isEmpty(),
            qPrintable(
                QStringLiteral("%1 is missing: ./test.sh installs poppler-utils and qpdf").arg(QLatin1String(tool))));
    }
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

QString TestReport::write(const ReportInput &input, const QString &name, int texts)
{
    QString path = m_dir.filePath(name); // not const: returned by move
    const ReportDocument report(input);
    if (const Status written = report.writePdf(path); !written.ok()) {
        qWarning("writePdf(%s): %s", qPrintable(path), qPrintable(written.errorText()));
        return {};
    }
    PdfFile::at(path).prefetch(texts);
    return path;
}

QString TestReport::text(const QString &path, int page, bool bodyOnly)
{
    return PdfFile::at(path).text(page, bodyOnly);
}

QString TestReport::emptyPages(const QString &path)
{
    // pdftotext ends each page with a form feed.
    const QStringList bodies = text(path, 0, true).split(QLatin1Char('\f'));
    const int count = pages(path);
    QStringList empty;
    for (int page = 1; page <= count; ++page) {
        if (bodies.value(page - 1).trimmed().isEmpty())
            empty.append(QString::number(page));
    }
    return empty.isEmpty() ? QString() : QStringLiteral("empty pages of %1: %2").arg(count).arg(empty.join(u' '));
}

int TestReport::pages(const QString &path)
{
    return PdfFile::at(path).pages();
}

QString TestReport::pdfProblems(const QString &path, int minPages, int maxPages)
{
    return PdfFile::at(path).problems(minPages, maxPages);
}

void TestReport::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char *file : {"boulangerie-marseille.phare", "hotel-aix-en-provence.phare", "usinage-la-ciotat.phare"}) {
        for (const char *language : {"fr", "en"})
            QTest::addRow("%s %s", file, language) << QString::fromLatin1(file) << QString::fromLatin1(language);
    }
}

void TestReport::examples()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    ReportInput input;
    input.content = &m_content.value();
    input.assessment = readExample(file);
    input.language = *Language::fromCode(language);
    const QString path = write(input, QFileInfo(file).baseName() + QLatin1Char('-') + language + QStringLiteral(".pdf"),
                               PdfFile::BodiesOnly);
    QVERIFY(!path.isEmpty());
    const QString problems = pdfProblems(path, 8, 80);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // What the advisor looks for: the firm, every theme, every recommended chapter, in the language asked.
    // The pages' text without running headers and footers, which would interrupt what runs on to the next page.
    const QString all = normalised(text(path, 0, true));
    const QString letters = squeezed(all);
    const Assessment &a = input.assessment;
    QVERIFY2(all.contains(normalised(a.company.name)), qPrintable(a.company.name));
    // Dates in the content are phrased against the assessment's day, never printed as placeholders.
    QVERIFY2(!all.contains(QStringLiteral("{{")), "a date placeholder is printed as written");
    QVERIFY2(all.contains(normalised(a.advisor)), qPrintable(a.advisor));
    const AssessmentResult result = Scorer::score(m_content.value(), a);
    QCOMPARE(result.themes.size(), 4);
    for (const ThemeResult &theme : result.themes) {
        const QString title = normalised(theme.questionnaire->title.text(language));
        QVERIFY2(all.contains(title), qPrintable(title));
    }
    const Recommendations rec = Recommender::recommend(m_content.value(), a, result);
    QVERIFY(!rec.chapters.isEmpty());
    // The highest-ranked chapters and use cases, and the actions planned (the first of "later").
    for (const ChapterRecommendation &c : rec.chapters) {
        const QString title = c.chapter->title.text(language);
        QVERIFY2(letters.contains(squeezed(title)), qPrintable(title));
    }
    for (const UseCaseRecommendation &u : rec.useCases) {
        const QString title = u.useCase->title.text(language);
        QVERIFY2(letters.contains(squeezed(title)), qPrintable(title));
    }
    // Every planned action, the first step of each action for this month (on the roadmap; issue 16 keeps
    // the plan to a table that fits the body's 12 pages), and every other possibility (in the appendix).
    for (const PlannedAction &item : rec.plan) {
        const QString action = phrased(item.action->text, input.language, rec);
        QVERIFY2(letters.contains(squeezed(action)), qPrintable(action));
        if (item.horizon != Horizon::Now)
            continue;
        const QString first = phrased(item.action->firstStep, input.language, rec);
        QVERIFY2(letters.contains(squeezed(first)), qPrintable(first));
    }
    for (const PlannedAction &item : rec.others) {
        const QString action = phrased(item.action->text, input.language, rec);
        QVERIFY2(letters.contains(squeezed(action)), qPrintable(action));
    }
    // Every note the advisor wrote is in the appendix, whole.
    for (const ThemeAnswers &theme : a.themes) {
        for (const QString &note : theme.notes)
            QVERIFY2(letters.contains(squeezed(note)), qPrintable(note));
    }
    const QString empty = emptyPages(path);
    QVERIFY2(empty.isEmpty(), qPrintable(empty));
}

void TestReport::languageSwitch()
{
    ReportInput input;
    input.content = &m_content.value();
    input.assessment = readExample(QStringLiteral("hotel-aix-en-provence.phare"));
    struct Expected
    {
        const char *language;
        QStringList present;
        QStringList absent;
    };
    const QStringList french = {QStringLiteral("Sommaire"),
                                QStringLiteral("Votre feuille de route"),
                                QStringLiteral("Plan d'action"),
                                QStringLiteral("Annexe A — Réponses et notes"),
                                QStringLiteral("Comment les scores sont calculés"),
                                QStringLiteral("Cybersécurité")};
    const QStringList english = {QStringLiteral("Contents"), QStringLiteral("Your roadmap"),
                                 QStringLiteral("Appendix A — Answers and notes"),
                                 QStringLiteral("How the scores are computed"), QStringLiteral("Cybersecurity")};
    for (const Expected &e : {Expected{"fr", french, english}, Expected{"en", english, french}}) {
        input.language = *Language::fromCode(QString::fromLatin1(e.language));
        const QString path =
            write(input, QStringLiteral("language-%1.pdf").arg(input.language.code()), PdfFile::WholePages);
        QVERIFY(!path.isEmpty());
        const QString all = normalised(text(path));
        for (const QString &title : e.present)
            QVERIFY2(all.contains(title),
                     qPrintable(QStringLiteral("%1 report lacks %2").arg(input.language.code(), title)));
        for (const QString &title : e.absent)
            QVERIFY2(!all.contains(title),
                     qPrintable(QStringLiteral("%1 report has %2").arg(input.language.code(), title)));
    }
}

void TestReport::userTextIsPrintedLiterally()
{
    Assessment a = readExample(QStringLiteral("boulangerie-marseille.phare"));
    a.company.name = QStringLiteral("<b>Évil & Co</b>");
    a.company.location = QStringLiteral("Aix &amp; <u>Marseille</u>");
    a.advisor = QStringLiteral("Zoé <script>alert(1)</script>");
    a.themes[QStringLiteral("cybersecurity")].notes[QStringLiteral("mfa-accounts")] =
        QStringLiteral("<i>x</i> & <script>");
    a.themes[QStringLiteral("cybersecurity")].notes[QStringLiteral("passwords")] =
        QStringLiteral("&lt;not an entity&gt; <br/> \uE0003\uE001 <!-- comment -->");
    for (const char *language : {"fr", "en"}) {
        ReportInput input;
        input.content = &m_content.value();
        input.assessment = a;
        input.language = *Language::fromCode(QString::fromLatin1(language));
        const QString path =
            write(input, QStringLiteral("markup-%1.pdf").arg(input.language.code()), PdfFile::BodiesOnly);
        QVERIFY(!path.isEmpty());
        const QString problems = pdfProblems(path, 8, 80);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QString all = normalised(text(path, 0, true));
        for (const QString &typed :
             {QStringLiteral("<b>Évil & Co</b>"), QStringLiteral("Aix &amp; <u>Marseille</u>"),
              QStringLiteral("Zoé <script>alert(1)</script>"), QStringLiteral("<i>x</i> & <script>"),
              QStringLiteral("&lt;not an entity&gt; <br/>"), QStringLiteral("<!-- comment -->")})
            QVERIFY2(all.contains(typed), qPrintable(QStringLiteral("%1 not printed as typed").arg(typed)));
        // The title in the PDF's metadata is the name as typed too.
        const QString info = PdfFile::at(path).info();
        QVERIFY2(info.contains(QStringLiteral("<b>Évil & Co</b>")), qPrintable(info));
    }
}

void TestReport::layoutHolds_data()
{
    QTest::addColumn<Assessment>("assessment");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");

    // A 300-character name and 2 000-character notes on every question of a theme.
    Assessment longTexts = readExample(QStringLiteral("usinage-la-ciotat.phare"));
    QString name;
    while (name.size() < 300)
        name += QStringLiteral("Société coopérative des ateliers réunis de mécanique générale %1 ").arg(name.size());
    longTexts.company.name = name.left(300).trimmed();
    longTexts.company.location = QStringLiteral("Zone industrielle Athélia IV, avenue de la Méditerranée, La Ciotat");
    QString note;
    int sentence = 0;
    while (note.size() < 2000)
        note += QStringLiteral("Phrase %1 de la note, avec un peu de détail sur ce qui a été vu chez le client. ")
                    .arg(++sentence);
    note = note.left(2000);
    ThemeAnswers &cyber = longTexts.themes[QStringLiteral("cybersecurity")];
    for (const Dimension &d : m_content->questionnaire(u"cybersecurity")->dimensions) {
        for (const Question &q : d.questions)
            cyber.notes.insert(q.id, note);
    }
    longTexts.themes[QStringLiteral("e-commerce")].notes.insert(QStringLiteral("business-profile"),
                                                                QStringLiteral("x").repeated(2000));
    QTest::newRow("300-character name, 2000-character notes") << longTexts << 12 << 120;
    QTest::newRow("themes chosen, nothing answered")
        << unanswered(QStringLiteral("hotel-aix-en-provence.phare")) << 4 << 30;
    Assessment none = readExample(QStringLiteral("hotel-aix-en-provence.phare"));
    none.themes.clear();
    none.advisor.clear();
    none.company.location.clear();
    QTest::newRow("no theme at all") << none << 4 << 8;
}

void TestReport::layoutHolds()
{
    QFETCH(Assessment, assessment);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    for (const char *language : {"fr", "en"}) {
        ReportInput input;
        input.content = &m_content.value();
        input.assessment = assessment;
        input.language = *Language::fromCode(QString::fromLatin1(language));
        const QString path = write(
            input,
            QStringLiteral("layout-%1-%2.pdf").arg(QString::fromUtf8(QTest::currentDataTag()), input.language.code()),
            PdfFile::BodiesOnly);
        QVERIFY(!path.isEmpty());
        const QString problems = pdfProblems(path, minPages, maxPages);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QString letters = squeezed(text(path, 0, true));
        QVERIFY2(letters.contains(squeezed(assessment.company.name)), "the company's name is not printed whole");
        for (const ThemeAnswers &theme : assessment.themes) {
            for (const QString &note : theme.notes)
                QVERIFY2(letters.contains(squeezed(note)),
                         qPrintable(QStringLiteral("note not whole: %1").arg(note.left(80))));
        }
        const QString empty = emptyPages(path);
        QVERIFY2(empty.isEmpty(), qPrintable(empty));
    }
}

void TestReport::contentsGiveTheRightPages()
{
    ReportInput input;
    input.content = &m_content.value();
    input.assessment = readExample(QStringLiteral("usinage-la-ciotat.phare"));
    input.earlier = readExample(QStringLiteral("usinage-la-ciotat.phare"));
    input.language = Language::french();
    const ReportDocument report(input);
    const QString path = m_dir.filePath(QStringLiteral("contents.pdf"));
    QVERIFY(report.writePdf(path).ok());
    PdfFile::at(path).prefetch(PdfFile::WholePages | PdfFile::BodiesOnly);
    QCOMPARE(pages(path), report.pageCount());
    const QList<ReportDocument::Section> sections = report.sections();
    // The roadmap (page 2, before the contents), the business, the action plan, four themes, what to read
    // and try, the comparison, four appendices (answers, method, other possibilities, glossary).
    QCOMPARE(sections.size(), 13);
    QCOMPARE(sections.first().page, 2);
    int previous = 1;
    const QString contents = normalised(text(path, 3, true));
    for (const ReportDocument::Section &section : sections) {
        QVERIFY2(section.page > previous, qPrintable(section.title));
        previous = section.page;
        // The section starts on the page the contents give, and the contents give that page.
        QVERIFY2(normalised(text(path, section.page, true)).startsWith(normalised(section.title)),
                 qPrintable(QStringLiteral("%1 not at the top of page %2").arg(section.title).arg(section.page)));
        QVERIFY2(contents.contains(QStringLiteral("%1 %2").arg(normalised(section.title)).arg(section.page)),
                 qPrintable(contents));
        // The running header names the section on its pages.
        QVERIFY2(normalised(text(path, section.page)).contains(normalised(section.title)), qPrintable(section.title));
    }
}

void TestReport::comparison()
{
    Assessment earlier = readExample(QStringLiteral("boulangerie-marseille.phare"));
    // The report dates an assessment by its day (Assessment::referenceDate()), not by when its file changed.
    earlier.assessmentDate = QDate(2025, 3, 14);
    earlier.modified = QDateTime(QDate(2025, 3, 14), QTime(10, 0), QTimeZone::utc());
    // A year earlier, the bakery had fewer good answers: half of them were not there yet.
    for (ThemeAnswers &theme : earlier.themes) {
        const QStringList ids = theme.answers.keys();
        for (qsizetype i = 0; i < ids.size(); i += 2)
            theme.answers.remove(ids[i]);
    }
    earlier.themes.remove(QStringLiteral("people-change"));
    ReportInput input;
    input.content = &m_content.value();
    input.assessment = readExample(QStringLiteral("boulangerie-marseille.phare"));
    for (const char *language : {"fr", "en"}) {
        input.language = *Language::fromCode(QString::fromLatin1(language));
        input.earlier.reset();
        const QString without =
            write(input, QStringLiteral("compare-none-%1.pdf").arg(input.language.code()), PdfFile::WholePages);
        input.earlier = earlier;
        const QString with =
            write(input, QStringLiteral("compare-%1.pdf").arg(input.language.code()), PdfFile::BodiesOnly);
        QVERIFY(!without.isEmpty() && !with.isEmpty());
        const QString problems = pdfProblems(with, 8, 80);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QString title = input.language.isFrench() ? QStringLiteral("Comparaison avec l'évaluation précédente")
                                                        : QStringLiteral("Comparison with the earlier assessment");
        const QString date =
            input.language.isFrench() ? QStringLiteral("14 mars 2025") : QStringLiteral("14 March 2025");
        // In the pages' bodies, not only in a running header.
        QVERIFY(normalised(text(with, 0, true)).contains(title));
        QVERIFY(normalised(text(with, 0, true)).contains(date));
        QVERIFY(!normalised(text(without)).contains(title));
        QVERIFY(pages(with) > pages(without));
    }
}

void TestReport::cli_data()
{
    const QString example = examplesDir + QStringLiteral("boulangerie-marseille.phare");
    QTest::addColumn<QStringList>("args");
    // The real phare-cli, as in a batch job or CI with no display; the other rows run in this process.
    QTest::addColumn<bool>("realProcess");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions"); // on stderr, or in the PDF's text when it succeeds
    QTest::newRow("fr, no display") << QStringList{QStringLiteral("report"), example,
                                                   QStringLiteral("-o"),     QStringLiteral("OUT"),
                                                   QStringLiteral("--lang"), QStringLiteral("fr")}
                                    << true << 0 << QStringLiteral("Votre feuille de route");
    QTest::newRow("en, --output") << QStringList{QStringLiteral("report"),   example,
                                                 QStringLiteral("--output"), QStringLiteral("OUT"),
                                                 QStringLiteral("--lang"),   QStringLiteral("en")}
                                  << false << 0 << QStringLiteral("Your roadmap");
    QTest::newRow("the file's language") << QStringList{QStringLiteral("report"), example, QStringLiteral("-o"),
                                                        QStringLiteral("OUT")}
                                         << false << 0 << QStringLiteral("Sommaire");
    QTest::newRow("--compare")
        << QStringList{QStringLiteral("report"),    example,
                       QStringLiteral("-o"),        QStringLiteral("OUT"),
                       QStringLiteral("--lang"),    QStringLiteral("en"),
                       QStringLiteral("--compare"), examplesDir + QStringLiteral("boulangerie-marseille.phare")}
        << false << 0 << QStringLiteral("Comparison with the earlier assessment");
    QTest::newRow("broken assessment") << QStringList{QStringLiteral("report"), QStringLiteral("BROKEN"),
                                                      QStringLiteral("-o"), QStringLiteral("OUT")}
                                       << false << 1 << QStringLiteral("BROKEN");
    QTest::newRow("broken earlier assessment") << QStringList{QStringLiteral("report"),    example,
                                                              QStringLiteral("-o"),        QStringLiteral("OUT"),
                                                              QStringLiteral("--compare"), QStringLiteral("BROKEN")}
                                               << false << 1 << QStringLiteral("BROKEN");
    QTest::newRow("missing file") << QStringList{QStringLiteral("report"), QStringLiteral("/nonexistent/x.phare"),
                                                 QStringLiteral("-o"), QStringLiteral("OUT")}
                                  << false << 1 << QStringLiteral("/nonexistent/x.phare");
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("report"), example, QStringLiteral("-o"),
                                                      QStringLiteral("/nonexistent/dir/out.pdf")}
                                       << false << 1 << QStringLiteral("/nonexistent/dir/out.pdf");
    QTest::newRow("no -o") << QStringList{QStringLiteral("report"), example} << false << 2 << QStringLiteral("-o");
    QTest::newRow("-o without a file") << QStringList{QStringLiteral("report"), example, QStringLiteral("-o")} << false
                                       << 2 << QStringLiteral("-o");
    QTest::newRow("no assessment") << QStringList{QStringLiteral("report"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                   << false << 2 << QStringLiteral("report");
    QTest::newRow("two assessments") << QStringList{QStringLiteral("report"), example, example, QStringLiteral("-o"),
                                                    QStringLiteral("OUT")}
                                     << false << 2 << QStringLiteral("report");
    QTest::newRow("-o with score") << QStringList{QStringLiteral("score"), example, QStringLiteral("-o"),
                                                  QStringLiteral("OUT")}
                                   << false << 2 << QStringLiteral("-o");
    QTest::newRow("--compare with recommend")
        << QStringList{QStringLiteral("recommend"), example, QStringLiteral("--compare"), example} << false << 2
        << QStringLiteral("--compare");
}

void TestReport::cli()
{
    QFETCH(QStringList, args);
    QFETCH(bool, realProcess);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const QString out = m_dir.filePath(
        QStringLiteral("cli-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    const QString broken = m_dir.filePath(QStringLiteral("broken.phare"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "phare-assessment", "formatVersion": 1, "company": {"name": "Truncated")");
    }
    args.replaceInStrings(QStringLiteral("OUT"), out);
    args.replaceInStrings(QStringLiteral("BROKEN"), broken);
    mentions.replace(QStringLiteral("BROKEN"), broken);
    QFile::remove(out);

    CliRun r;
    if (realProcess) {
        // As in a batch job or CI: no display, no platform chosen; phare-cli picks offscreen itself.
        Test::ProcessOptions options;
        options.timeout = std::chrono::minutes(2);
        options.environment = [](QProcessEnvironment &env) {
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        };
        r = Test::runCliProcess(args, options);
    } else {
        r = Test::runCli(args);
    }
    QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(r.describe(exitCode)));
    if (exitCode == 0) {
        PdfFile::at(out).prefetch(PdfFile::BodiesOnly);
        QVERIFY2(r.out.contains(out), qPrintable(r.out));
        const QString problems = pdfProblems(out, 8, 80);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY2(normalised(text(out, 0, true)).contains(mentions), qPrintable(mentions));
    } else {
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(out), "a PDF was left behind");
        if (exitCode == 2)
            QVERIFY2(r.err.startsWith(QStringLiteral("phare-cli: ")), qPrintable(r.err));
    }
}

void TestReport::desktopExport()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(examplesDir + QStringLiteral("hotel-aix-en-provence.phare")));
    auto *action = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    // Cancel in the preview: nothing is written, and no file name is asked.
    const QString cancelled = m_dir.filePath(QStringLiteral("desktop-cancelled.pdf"));
    MainWindow::setNextAnswer(QMessageBox::Cancel);
    MainWindow::setNextFileName(cancelled);
    action->trigger();
    QVERIFY(!QFileInfo::exists(cancelled));
    QCOMPARE(MainWindow::clearQueuedAnswers(), 1); // the file name was not used

    // Save: the report of the open assessment, in the window's language, compared with the earlier one.
    window.setSessionLanguage(Language::english());
    QVERIFY(window.compareWith(examplesDir + QStringLiteral("hotel-aix-en-provence.phare")));
    const QString saved = m_dir.filePath(QStringLiteral("desktop.pdf"));
    MainWindow::setNextAnswer(QMessageBox::Save);
    MainWindow::setNextFileName(saved);
    action->trigger();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
    QVERIFY(QFileInfo::exists(saved));
    PdfFile::at(saved).prefetch(PdfFile::BodiesOnly);
    const QString problems = pdfProblems(saved, 8, 80);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QString all = normalised(text(saved, 0, true));
    QVERIFY(all.contains(QStringLiteral("Hôtel des Cardeurs")));
    QVERIFY(all.contains(QStringLiteral("Comparison with the earlier assessment")));
}

// QTEST_MAIN, plus `--except SLOT...`: every slot but those. ctest runs this test in two halves side by side
// (tests/CMakeLists.txt): one names its slots, the other runs all the others, so that no slot is left out.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestReport test;
    QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--except")); at >= 0) {
        const QStringList except = args.mid(at + 1);
        args = args.mid(0, at);
        const QMetaObject *meta = test.metaObject();
        for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
            const QMetaMethod method = meta->method(i);
            const QString name = QString::fromLatin1(method.name());
            if (method.methodType() == QMetaMethod::Slot && method.access() == QMetaMethod::Private &&
                !name.endsWith(QStringLiteral("_data")) && !name.endsWith(QStringLiteral("TestCase")) &&
                !except.contains(name))
                args.append(name);
        }
    }
    return QTest::qExec(&test, args);
}
#include "tst_report.moc"
