// Tests what is added to the report's PDF after Qt writes it (app/report/pdfstructure.h), as a reader's
// tools see it: the outline and its pages, the clickable contents, /Lang, the author and subject in
// pdfinfo and the XMP, and a file still sound (qpdf --check, fonts embedded, PDF/A-1b identification);
// and that a report that cannot be written leaves nothing behind. Then the editable copy (ODT) as
// odt2txt, unzip and its XML show it (cover, contents without the PDF's page numbers, metadata, language,
// page footer, manifest), from the library, phare-cli and the desktop's File menu, and the ZIP rewriting
// under it (app/report/odtpackage.h) on damaged input.
#include "builtincontent.h"
#include "clirun.h"
#include "mainwindow.h"
#include "odtpackage.h"
#include "pdfstructure.h"
#include "reportdocument.h"
#include "reporttext.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace Phare;
using Phare::Test::CliRun;

namespace {

const QString examplesDir = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/");

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput()};
}

// A PDF string or name as qpdf's JSON (version 2) gives it: "u:text" for text strings.
QString pdfText(const QJsonValue &value)
{
    QString text = value.toString();
    return text.startsWith(u"u:") ? text.mid(2) : text;
}

// The value of a "Key: value" line of pdfinfo.
QString infoField(const QString &info, const QString &key)
{
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TestReportPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void structure_data();
    void structure();
    void failureLeavesNothing();
    void damagedPdfIsRefused();
    void odt_data();
    void odt();
    void odtFromTheCli();
    void odtFromTheDesktop();
    void odtPackage();

private:
    // The report input of the data rows of structure(): an example (or an empty assessment) in a language.
    bool readInput(const QString &example, const QString &language, ReportInput *input) const;

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
    QString m_qpdf;
    QString m_pdfinfo;
    QString m_pdffonts;
    QString m_pdftotext;
    QString m_odt2txt;
    QString m_unzip;

    // What an ODT holds for a reader: its text by odt2txt (white space simplified), the names in its zip,
    // its content.xml, meta.xml, styles.xml and manifest, and whether unzip finds every entry sound (CRC).
    struct Odt
    {
        QString text;
        QStringList files;
        QString content;
        QString meta;
        QString styles;
        QString manifest;
        bool sound = false;
    };
    Odt readOdt(const QString &path);
    // The section titles of a PDF's outline, by qpdf.
    QStringList outlineTitles(const QString &path);
};

void TestReportPdf::initTestCase()
{
    for (auto [tool, into] :
         {std::pair{"qpdf", &m_qpdf}, std::pair{"pdfinfo", &m_pdfinfo}, std::pair{"pdffonts", &m_pdffonts},
          std::pair{"pdftotext", &m_pdftotext}, std::pair{"odt2txt", &m_odt2txt}, std::pair{"unzip", &m_unzip}}) {
        *into = QStandardPaths::findExecutable(QLatin1String(tool));
        if (into->isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is missing: tools/setup.sh installs it").arg(QLatin1String(tool))));
    }
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestReportPdf::structure_data()
{
    QTest::addColumn<QString>("example"); // empty: an assessment with nothing in it
    QTest::addColumn<QString>("language");
    for (const QString &example : QDir(examplesDir).entryList({QStringLiteral("*.phare")}, QDir::Files)) {
        for (const char *language : {"fr", "en"})
            QTest::addRow("%s %s", qPrintable(example), language) << example << QString::fromLatin1(language);
    }
    QTest::addRow("empty fr") << QString() << QStringLiteral("fr");
    QTest::addRow("empty en") << QString() << QStringLiteral("en");
}

bool TestReportPdf::readInput(const QString &example, const QString &language, ReportInput *input) const
{
    input->content = &m_content.value();
    if (!example.isEmpty()) {
        const Result<Assessment> read = AssessmentFile::read(examplesDir + example);
        if (!read.ok()) {
            qWarning("%s", qPrintable(read.errorText()));
            return false;
        }
        input->assessment = *read;
    } else {
        input->assessment.company.name = QStringLiteral("Atelier Vide");
    }
    input->language = *Language::fromCode(language);
    return true;
}

void TestReportPdf::structure()
{
    QFETCH(QString, example);
    QFETCH(QString, language);
    ReportInput input;
    QVERIFY(readInput(example, language, &input));
    const ReportDocument report(input);
    const QString path = m_dir.filePath(
        QStringLiteral("%1-%2.pdf").arg(example.isEmpty() ? QStringLiteral("empty") : example, language));
    const Status written = report.writePdf(path);
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    const QList<ReportDocument::Section> sections = report.sections();
    QVERIFY(!sections.isEmpty());

    // A sound file: qpdf finds nothing wrong, every font is embedded.
    const Run check = run(m_qpdf, {QStringLiteral("--check"), path});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const Run fonts = run(m_pdffonts, {path});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList fontLines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString &line : fontLines)
        QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line)); // the "emb" column

    // pdfinfo: the title, the advisor as author, the subject naming the firm.
    const Run info = run(m_pdfinfo, {path});
    QCOMPARE(info.exitCode, 0);
    const QString infoText = QString::fromUtf8(info.out);
    QCOMPARE(infoField(infoText, QStringLiteral("Title")), report.title());
    QCOMPARE(infoField(infoText, QStringLiteral("Author")), input.assessment.advisor.simplified());
    const QString subject = infoField(infoText, QStringLiteral("Subject"));
    QVERIFY2(subject.contains(input.assessment.company.name.simplified()), qPrintable(subject));
    QCOMPARE(infoField(infoText, QStringLiteral("Pages")).toInt(), report.pageCount());

    // qpdf's JSON: the outline, the catalog's /Lang, the contents page's links.
    const Run json = run(m_qpdf, {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"),
                                  QStringLiteral("--json-key=pages"), QStringLiteral("--json-key=qpdf"), path});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject pdf = QJsonDocument::fromJson(json.out).object();
    const QJsonArray outline = pdf.value(u"outlines").toArray();
    QCOMPARE(outline.size(), sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QJsonObject item = outline.at(i).toObject();
        QCOMPARE(item.value(u"title").toString(), sections[i].title);
        QCOMPARE(item.value(u"destpageposfrom1").toInt(), sections[i].page);
    }
    const QJsonObject objects = pdf.value(u"qpdf").toArray().at(1).toObject();
    const auto object = [&objects](const QJsonValue &reference) {
        return objects.value(QStringLiteral("obj:") + reference.toString()).toObject().value(u"value");
    };
    const QJsonObject trailer = objects.value(u"trailer").toObject().value(u"value").toObject();
    const QJsonObject catalog = object(trailer.value(u"/Root")).toObject();
    QCOMPARE(pdfText(catalog.value(u"/Lang")), language == u"fr" ? QStringLiteral("fr-FR") : QStringLiteral("en-GB"));

    QHash<QString, int> pageNumbers; // "12 0 R" → 1-based page
    const QJsonArray pages = pdf.value(u"pages").toArray();
    for (const auto &page : pages)
        pageNumbers.insert(page.toObject().value(u"object").toString(), page.toObject().value(u"pageposfrom1").toInt());
    const QList<ReportDocument::ContentsLine> lines = report.contentsLines();
    QCOMPARE(lines.size(), sections.size());
    const QString contentsPage = pages.at(lines.first().page - 1).toObject().value(u"object").toString();
    QJsonValue annots = object(contentsPage).toObject().value(u"/Annots");
    if (annots.isString())
        annots = object(annots);
    const QJsonArray links = annots.toArray();
    QCOMPARE(links.size(), sections.size());
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject link = object(links.at(i)).toObject();
        QCOMPARE(link.value(u"/Subtype").toString(), QStringLiteral("/Link"));
        QCOMPARE(link.value(u"/F").toInt(), 4); // printed: PDF/A-1b wants it
        QVERIFY(!link.contains(u"/A"));         // no action, a plain destination
        const QJsonArray dest = link.value(u"/Dest").toArray();
        QCOMPARE(pageNumbers.value(dest.at(0).toString()), sections[i].page);
        // The link lies over its contents line: the text under it is the section's title.
        const QJsonArray rect = link.value(u"/Rect").toArray();
        const double x1 = rect.at(0).toDouble(), y1 = rect.at(1).toDouble();
        const double x2 = rect.at(2).toDouble(), y2 = rect.at(3).toDouble();
        const Run under =
            run(m_pdftotext, {QStringLiteral("-f"), QString::number(lines.first().page), QStringLiteral("-l"),
                              QString::number(lines.first().page), QStringLiteral("-x"), QString::number(qRound(x1)),
                              QStringLiteral("-y"), QString::number(qRound(842 - y2)), QStringLiteral("-W"),
                              QString::number(qRound(x2 - x1)), QStringLiteral("-H"), QString::number(qRound(y2 - y1)),
                              path, QStringLiteral("-")});
        const QString text = QString::fromUtf8(under.out).simplified();
        QVERIFY2(text.startsWith(sections[i].title.simplified()) && text.endsWith(QString::number(sections[i].page)),
                 qPrintable(QStringLiteral("link %1 covers \"%2\"").arg(i).arg(text)));
    }

    // The XMP says what the Info dictionary says, and still identifies PDF/A-1b.
    const QString metadataRef = catalog.value(u"/Metadata").toString();
    const Run xmp = run(m_qpdf, {QStringLiteral("--show-object=") + metadataRef.section(u' ', 0, 0),
                                 QStringLiteral("--filtered-stream-data"), path});
    const QString packet = QString::fromUtf8(xmp.out);
    QVERIFY2(packet.contains(QLatin1String("pdfaid:part=\"1\"")) &&
                 packet.contains(QLatin1String("pdfaid:conformance=\"B\"")),
             qPrintable(packet));
    if (input.assessment.advisor.isEmpty())
        QVERIFY(!packet.contains(QLatin1String("dc:creator")));
    else
        QVERIFY2(packet.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(input.assessment.advisor.toHtmlEscaped())),
                 qPrintable(packet));
    QVERIFY2(packet.contains(subject.toHtmlEscaped()), qPrintable(packet));
    // Not compressed: PDF/A-1 wants the metadata readable as it is.
    const Run raw = run(m_qpdf, {QStringLiteral("--show-object=") + metadataRef.section(u' ', 0, 0), path});
    QVERIFY2(!raw.out.contains("/Filter"), raw.out.constData());
}

void TestReportPdf::failureLeavesNothing()
{
    ReportInput input;
    input.content = &m_content.value();
    input.assessment.company.name = QStringLiteral("Atelier");
    const ReportDocument report(input);

    // A folder that does not exist.
    const QString missing = m_dir.filePath(QStringLiteral("no such folder/report.pdf"));
    const Status intoMissing = report.writePdf(missing);
    QVERIFY(!intoMissing.ok());
    const QString message = intoMissing.diagnostics().constFirst().message;
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1String("qpdf")) && !message.contains(QLatin1String("QSaveFile")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(QFileInfo(missing).path()));

    // A path that is a folder: it stays a folder.
    const Status ontoFolder = report.writePdf(m_dir.path());
    QVERIFY(!ontoFolder.ok());
    QVERIFY(QFileInfo(m_dir.path()).isDir());

    // A folder where nothing may be written, holding an earlier report: root ignores folder permissions,
    // an immutable folder (chattr +i) refuses even root.
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    const QString kept = locked + QStringLiteral("/report.pdf");
    {
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old report");
    }
    const bool root = geteuid() == 0;
    const bool lockedNow = root ? QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), locked}) == 0
                                : QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    const Status intoLocked = report.writePdf(kept);
    if (root)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), locked});
    else
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!lockedNow)
        QSKIP("cannot make a folder read-only here (root, and chattr refused)");
    QVERIFY(!intoLocked.ok());
    QVERIFY(!intoLocked.diagnostics().constFirst().message.isEmpty());
    QFile old(kept);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old report"));
    QCOMPARE(QDir(locked).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.pdf")});
}

void TestReportPdf::damagedPdfIsRefused()
{
    // What the structure is added to is Qt's own output; anything else is refused in words, never
    // read past its end.
    PdfStructure structure;
    structure.language = QStringLiteral("fr-FR");
    structure.author = QStringLiteral("Claire Martin");
    structure.outline.append({QStringLiteral("Synthèse"), 2});
    QVERIFY(!structure.applyTo(QByteArray()).ok());
    QVERIFY(!structure.applyTo(QByteArrayLiteral("not a PDF")).ok());
    QVERIFY(!structure.applyTo(QByteArrayLiteral("%PDF-1.4\nstartxref\n999999\n%%EOF\n")).ok());
    QVERIFY(!structure
                 .applyTo(QByteArrayLiteral("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\n"
                                            "startxref\n9\n%%EOF\n"))
                 .ok()); // no catalog
    // A real report cut short anywhere is refused or read as far as it goes, without a crash.
    ReportInput input;
    input.content = &m_content.value();
    input.assessment.company.name = QStringLiteral("Atelier");
    const QString path = m_dir.filePath(QStringLiteral("whole.pdf"));
    QVERIFY(ReportDocument(input).writePdf(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    for (const qsizetype cut : {whole.size() / 4, whole.size() / 2, whole.size() - 40, whole.size() - 8})
        (void)structure.applyTo(whole.left(cut));
}

TestReportPdf::Odt TestReportPdf::readOdt(const QString &path)
{
    Odt odt;
    const Run text = run(m_odt2txt, {QStringLiteral("--width=-1"), path});
    if (text.exitCode != 0)
        qWarning("odt2txt cannot read %s", qPrintable(path));
    odt.text = QString::fromUtf8(text.out).simplified();
    odt.files = QString::fromUtf8(run(m_unzip, {QStringLiteral("-Z1"), path}).out).split(u'\n', Qt::SkipEmptyParts);
    const auto entry = [this, &path](const char *name) {
        return QString::fromUtf8(run(m_unzip, {QStringLiteral("-p"), path, QLatin1String(name)}).out);
    };
    odt.content = entry("content.xml");
    odt.meta = entry("meta.xml");
    odt.styles = entry("styles.xml");
    odt.manifest = entry("META-INF/manifest.xml");
    odt.sound = run(m_unzip, {QStringLiteral("-tq"), path}).exitCode == 0;
    return odt;
}

QStringList TestReportPdf::outlineTitles(const QString &path)
{
    const Run json = run(m_qpdf, {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), path});
    QStringList titles;
    const QJsonArray outline = QJsonDocument::fromJson(json.out).object().value(u"outlines").toArray();
    for (const auto &item : outline)
        titles.append(item.toObject().value(u"title").toString());
    return titles;
}

void TestReportPdf::odt_data()
{
    structure_data();
}

void TestReportPdf::odt()
{
    QFETCH(QString, example);
    QFETCH(QString, language);
    ReportInput input;
    QVERIFY(readInput(example, language, &input));
    const ReportDocument report(input);
    const QString base = m_dir.filePath(
        QStringLiteral("odt-%1-%2").arg(example.isEmpty() ? QStringLiteral("empty") : example, language));
    const Status pdfWritten = report.writePdf(base + QStringLiteral(".pdf"));
    QVERIFY2(pdfWritten.ok(), qPrintable(pdfWritten.errorText()));
    const Status odtWritten = report.writeOdt(base + QStringLiteral(".odt"));
    QVERIFY2(odtWritten.ok(), qPrintable(odtWritten.errorText()));

    const Odt odt = readOdt(base + QStringLiteral(".odt"));
    QVERIFY(odt.files.contains(QStringLiteral("mimetype")));
    QVERIFY(odt.files.contains(QStringLiteral("content.xml")));
    // The same sections as the PDF's outline, in the same order, after the report's title.
    const QStringList titles = outlineTitles(base + QStringLiteral(".pdf"));
    QVERIFY(!titles.isEmpty());
    QVERIFY2(odt.text.startsWith(report.title().simplified()), qPrintable(odt.text.left(200)));
    qsizetype from = 0;
    for (const QString &title : titles) {
        // After the contents, which list every title once: the section itself.
        const qsizetype listed = odt.text.indexOf(title.simplified(), from);
        QVERIFY2(listed >= 0, qPrintable(QStringLiteral("\"%1\" is not in the ODT's text").arg(title)));
        from = listed + title.size();
    }
    // The roadmap, the first section, comes before the contents (issue 16: page 2): found by the loop above.
    for (const QString &title : titles.mid(1)) {
        const qsizetype at = odt.text.indexOf(title.simplified(), from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("the section \"%1\" is not in the ODT's text").arg(title)));
        from = at + title.size();
    }

    // Every chart is a picture, and every picture the text refers to is in the file.
    static const QRegularExpression image(QStringLiteral("<draw:image [^>]*xlink:href=\"([^\"]+)\""));
    QStringList pictures;
    for (auto match = image.globalMatch(odt.content); match.hasNext();)
        pictures.append(match.next().captured(1));
    const int charts = static_cast<int>(odt.content.count(QLatin1String("<draw:frame ")));
    QCOMPARE(pictures.size(), charts);
    // Each chart has a text alternative saying what it shows: its labels and scores.
    static const QRegularExpression alternative(QStringLiteral("<svg:title>([^<]+)</svg:title>\\s*</draw:frame>"));
    QStringList alternatives;
    for (auto match = alternative.globalMatch(odt.content); match.hasNext();)
        alternatives.append(match.next().captured(1));
    QCOMPARE(alternatives.size(), charts);
    if (!example.isEmpty()) {
        for (const QString &text : std::as_const(alternatives))
            QVERIFY2(text.contains(QLatin1String("/100")), qPrintable(text));
    }
    if (!example.isEmpty())
        QVERIFY2(charts >= 2, qPrintable(QString::number(charts))); // the summary's and at least one theme's
    for (const QString &picture : std::as_const(pictures)) {
        QVERIFY2(odt.files.contains(picture), qPrintable(picture));
        QVERIFY2(odt.manifest.contains(
                     QStringLiteral("manifest:full-path=\"%1\" manifest:media-type=\"image/png\"").arg(picture)),
                 qPrintable(odt.manifest));
        const QByteArray png = run(m_unzip, {QStringLiteral("-p"), base + QStringLiteral(".odt"), picture}).out;
        QVERIFY2(png.startsWith("\x89PNG"), qPrintable(picture));
    }

    // A sound package: every entry's CRC right, mimetype first, every other entry in the manifest.
    QVERIFY(odt.sound);
    QCOMPARE(odt.files.value(0), QStringLiteral("mimetype"));
    QVERIFY(odt.files.contains(QStringLiteral("meta.xml")));
    QVERIFY(odt.files.contains(QStringLiteral("styles.xml")));
    QVERIFY(odt.manifest.contains(QLatin1String("manifest:full-path=\"/\"")));
    for (const QString &file : std::as_const(odt.files)) {
        if (file != u"mimetype" && file != u"META-INF/manifest.xml")
            QVERIFY2(odt.manifest.contains(QStringLiteral("manifest:full-path=\"%1\"").arg(file)), qPrintable(file));
    }

    // The metadata say what the PDF's say: the title, the language, the author (the advisor, or none).
    const QString tag = language == u"fr" ? QStringLiteral("fr-FR") : QStringLiteral("en-GB");
    QVERIFY2(odt.meta.contains(QStringLiteral("<dc:language>%1</dc:language>").arg(tag)), qPrintable(odt.meta));
    QVERIFY2(odt.meta.contains(QStringLiteral("<dc:title>%1</dc:title>").arg(report.title().toHtmlEscaped())),
             qPrintable(odt.meta));
    const QString author =
        infoField(QString::fromUtf8(run(m_pdfinfo, {base + QStringLiteral(".pdf")}).out), QStringLiteral("Author"));
    QCOMPARE(author, input.assessment.advisor.simplified());
    if (author.isEmpty())
        QVERIFY2(!odt.meta.contains(QLatin1String("creator")), qPrintable(odt.meta));
    else
        QVERIFY2(odt.meta.contains(QStringLiteral("<dc:creator>%1</dc:creator>").arg(author.toHtmlEscaped())),
                 qPrintable(odt.meta));

    // The text's language, for spelling, and a footer with the page number on the page style the text uses.
    const QRegularExpression textLanguage(
        QStringLiteral("<style:default-style style:family=\"paragraph\">\\s*<style:text-properties[^>]*"
                       "fo:language=\"%1\" fo:country=\"%2\"")
            .arg(tag.left(2), tag.mid(3)));
    QVERIFY2(textLanguage.match(odt.styles).hasMatch(), qPrintable(odt.styles));
    const QRegularExpression footer(
        QStringLiteral("<style:master-page style:name=\"Standard\"[^>]*>\\s*<style:footer>.*"
                       "<text:page-number text:select-page=\"current\"/>.*</style:footer>"),
        QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(footer.match(odt.styles).hasMatch(), qPrintable(odt.styles));
    QCOMPARE(odt.styles.count(QLatin1String("<style:master-page ")), 1);
    static const QRegularExpression masterPage(QStringLiteral("master-page-name=\"([^\"]*)\""));
    for (auto match = masterPage.globalMatch(odt.content); match.hasNext();)
        QCOMPARE(match.next().captured(1), QStringLiteral("Standard"));

    // Every row of every table has one cell or covered cell per column, as ODF wants (Qt's writer writes
    // one cell per paragraph of a cell, and no covered cells after a spanning one).
    static const QRegularExpression tableXml(QStringLiteral("<table:table [^>]*>(.*?)</table:table>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rowXml(QStringLiteral("<table:table-row>(.*?)</table:table-row>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    int tables = 0;
    for (auto table = tableXml.globalMatch(odt.content); table.hasNext();) {
        const QString xml = table.next().captured(1);
        const auto columns = xml.count(QLatin1String("<table:table-column"));
        for (auto row = rowXml.globalMatch(xml); row.hasNext();) {
            const QString cells = row.next().captured(1);
            QVERIFY2(cells.count(QLatin1String("<table:table-cell")) +
                             cells.count(QLatin1String("<table:covered-table-cell")) ==
                         columns,
                     qPrintable(cells));
        }
        ++tables;
    }
    QVERIFY(tables >= 2); // the cover's and the contents at least

    // Every section's title is a heading of level 1 (LibreOffice's Navigator, Word, screen readers), in order.
    static const QRegularExpression headingXml(QStringLiteral("<text:h [^>]*text:outline-level=\"1\">(.*?)</text:h>"));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
    QStringList headings;
    for (auto match = headingXml.globalMatch(odt.content); match.hasNext();)
        headings.append(match.next().captured(1).remove(markup).simplified());
    qsizetype next = 0;
    for (const ReportDocument::Section &section : report.sections()) {
        const QString title = section.title.simplified().toHtmlEscaped();
        while (next < headings.size() && headings[next] != title)
            ++next;
        QVERIFY2(next < headings.size(), qPrintable(title + QStringLiteral(" is no heading, in order, of: ") +
                                                    headings.join(QStringLiteral(" | "))));
    }
    QVERIFY(odt.content.count(QLatin1String("text:outline-level=\"2\"")) >= 1);

    // The contents list the section titles, without the PDF's page numbers.
    QStringList contents;
    for (const ReportDocument::Section &section : report.sections())
        contents.append(section.title.simplified());
    QVERIFY2(odt.text.contains(contents.join(u' ')), qPrintable(odt.text.left(3000)));

    // The cover comes first: the advisor, the town and the day of the assessment, before the roadmap.
    const qsizetype roadmap = odt.text.indexOf(contents.constFirst());
    QVERIFY(roadmap > 0);
    const QString cover = odt.text.left(roadmap);
    QStringList onCover = {ReportText::date(input.assessment.referenceDate(), input.language)};
    if (!input.assessment.advisor.isEmpty())
        onCover.append(input.assessment.advisor);
    if (!input.assessment.company.location.isEmpty())
        onCover.append(input.assessment.company.location);
    for (const QString &text : std::as_const(onCover))
        QVERIFY2(cover.contains(ReportText::typeset(text, input.language).simplified()),
                 qPrintable(text + QStringLiteral(" is not in: ") + cover));
}

void TestReportPdf::odtFromTheCli()
{
    const QString example = examplesDir + QStringLiteral("boulangerie-marseille.phare");
    // --format odt, the extension of -o, and the two disagreeing.
    const QString byFormat = m_dir.filePath(QStringLiteral("cli-report"));
    const CliRun formatOdt = Test::runCli({QStringLiteral("report"), example, QStringLiteral("--format"),
                                           QStringLiteral("odt"), QStringLiteral("-o"), byFormat});
    CHECK_EXIT(formatOdt, 0);
    QVERIFY(readOdt(byFormat).files.contains(QStringLiteral("content.xml")));

    const QString byName = m_dir.filePath(QStringLiteral("cli-report.ODT"));
    const CliRun named = Test::runCli({QStringLiteral("report"), example, QStringLiteral("-o"), byName});
    CHECK_EXIT(named, 0);
    const Odt odt = readOdt(byName);
    QVERIFY(odt.text.contains(QStringLiteral("Boulangerie")));

    const QString pdf = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    const CliRun clash = Test::runCli({QStringLiteral("report"), example, QStringLiteral("--format"),
                                       QStringLiteral("odt"), QStringLiteral("-o"), pdf});
    CHECK_EXIT(clash, 2);
    QVERIFY2(clash.err.contains(QLatin1String("--format odt")), qPrintable(clash.err));
    QVERIFY(!QFileInfo::exists(pdf));
    const CliRun unknown = Test::runCli({QStringLiteral("report"), example, QStringLiteral("--format"),
                                         QStringLiteral("doc"), QStringLiteral("-o"), pdf});
    CHECK_EXIT(unknown, 2);
    QVERIFY(!QFileInfo::exists(pdf));

    // The default stays PDF, and the real program writes an ODT too.
    const CliRun byDefault =
        Test::runCli({QStringLiteral("report"), example, QStringLiteral("-o"), byFormat + QStringLiteral(".pdf")});
    CHECK_EXIT(byDefault, 0);
    QFile written(byFormat + QStringLiteral(".pdf"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    const QString process = m_dir.filePath(QStringLiteral("process.odt"));
    const CliRun real =
        Test::runCliProcess({QStringLiteral("report"), example, QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"), process});
    CHECK_EXIT(real, 0);
    QVERIFY(readOdt(process).text.contains(QStringLiteral("Contents")));
}

void TestReportPdf::odtPackage()
{
    QCOMPARE(OdtPackage::crc32(QByteArrayView("123456789")), 0xcbf43926u); // the check value of CRC-32/ISO-HDLC
    QCOMPARE(OdtPackage::crc32(QByteArrayView()), 0u);

    // What a user types is written as typed, in XML a reader accepts (a control character pasted in a
    // name is left out: XML cannot hold it).
    ReportInput input;
    input.content = &m_content.value();
    input.assessment.company.name = QStringLiteral("Atelier <Dupont> & Fils");
    input.assessment.advisor = QStringLiteral("Anne \"Nan\" O'Brien & Co\x01");
    const QString path = m_dir.filePath(QStringLiteral("package.odt"));
    QVERIFY(ReportDocument(input).writeOdt(path).ok());
    const Odt written = readOdt(path);
    QVERIFY(written.sound);
    for (const QString *xml : {&written.content, &written.meta, &written.styles, &written.manifest}) {
        QXmlStreamReader reader(*xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + u'\n' + *xml));
    }
    QXmlStreamReader meta(written.meta);
    QString creator;
    while (!meta.atEnd()) {
        if (meta.readNext() == QXmlStreamReader::StartElement && meta.qualifiedName() == u"dc:creator")
            creator = meta.readElementText();
    }
    QCOMPARE(creator, QStringLiteral("Anne \"Nan\" O'Brien & Co"));
    QVERIFY(written.text.contains(QStringLiteral("Atelier <Dupont> & Fils")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray odt = file.readAll();
    const Result<QStringList> names = OdtPackage::entryNames(odt);
    QVERIFY(names.ok());

    // Adding a file already there replaces it: no name twice, the manifest last, the rest kept.
    const QList<OdtPackage::File> again = {{QStringLiteral("meta.xml"), QStringLiteral("text/xml"), "<x/>"}};
    const Result<QByteArray> redone = OdtPackage::withFiles(odt, again);
    QVERIFY(redone.ok());
    const Result<QStringList> redoneNames = OdtPackage::entryNames(*redone);
    QVERIFY(redoneNames.ok());
    QCOMPARE(redoneNames->size(), names->size());
    QCOMPARE(QSet<QString>(redoneNames->cbegin(), redoneNames->cend()), QSet<QString>(names->cbegin(), names->cend()));
    QCOMPARE(redoneNames->constLast(), QStringLiteral("META-INF/manifest.xml"));
    const QString redonePath = m_dir.filePath(QStringLiteral("package-again.odt"));
    QFile redoneFile(redonePath);
    QVERIFY(redoneFile.open(QIODevice::WriteOnly));
    QCOMPARE(redoneFile.write(*redone), redone->size());
    redoneFile.close();
    QCOMPARE(run(m_unzip, {QStringLiteral("-tq"), redonePath}).exitCode, 0);
    QCOMPARE(run(m_unzip, {QStringLiteral("-p"), redonePath, QStringLiteral("meta.xml")}).out, QByteArray("<x/>"));

    // An entry read back: inflated (content.xml, deflated) or stored, as unzip reads it; a damaged one refused.
    const Result<QByteArray> content = OdtPackage::entry(odt, QStringLiteral("content.xml"));
    QVERIFY2(content.ok(), qPrintable(content.errorText()));
    QCOMPARE(*content, run(m_unzip, {QStringLiteral("-p"), path, QStringLiteral("content.xml")}).out);
    QCOMPARE(*OdtPackage::entry(odt, QStringLiteral("mimetype")),
             QByteArray("application/vnd.oasis.opendocument.text"));
    QVERIFY(!OdtPackage::entry(odt, QStringLiteral("nothing.xml")).ok());
    QVERIFY(!OdtPackage::entry(odt, QStringLiteral("content.xml"), 1000).ok()); // larger than allowed
    const qsizetype contentAt = odt.indexOf(QByteArray("content.xml"));         // its local header's name
    QVERIFY(contentAt > 0);
    for (const qsizetype into : {10, 200, 2000}) {
        QByteArray damaged = odt;
        damaged[contentAt + 11 + into] = static_cast<char>(damaged[contentAt + 11 + into] ^ 0x5a);
        QVERIFY(!OdtPackage::entry(damaged, QStringLiteral("content.xml")).ok());
    }
    // Any damage to the compressed data is refused or read back as far as it goes, never with a crash.
    QRandomGenerator random(16);
    for (int i = 0; i < 200; ++i) {
        QByteArray damaged = odt;
        const qsizetype at = contentAt + 11 + random.bounded(4000);
        damaged[at] = static_cast<char>(random.bounded(256));
        (void)OdtPackage::entry(damaged, QStringLiteral("content.xml"));
    }
    const QList<OdtPackage::File> deflated = {
        {QStringLiteral("notes.xml"), QStringLiteral("text/xml"), QByteArray(5000, 'a') + "<b/>", true}};
    const Result<QByteArray> withDeflated = OdtPackage::withFiles(odt, deflated);
    QVERIFY(withDeflated.ok());
    QCOMPARE(*OdtPackage::entry(*withDeflated, QStringLiteral("notes.xml")), deflated.constFirst().data);
    QVERIFY(withDeflated->size() < odt.size() + 1000); // compressed indeed

    // Damaged input is refused, never read outside its bytes (the sanitizer build checks that).
    for (const QByteArray &damaged :
         {QByteArray(), QByteArray("PK"), QByteArray(100, 'x'), odt.left(odt.size() / 2), odt.left(odt.size() - 1)})
        QVERIFY(!OdtPackage::withFiles(damaged, again).ok());
    const qsizetype end = odt.lastIndexOf(QByteArray("PK\x05\x06"));
    QVERIFY(end > 0);
    for (const qsizetype field : {end + 10, end + 12, end + 16}) { // the count, the directory's size and offset
        QByteArray damaged = odt;
        damaged[field] = static_cast<char>(0x7f);
        damaged[field + 1] = static_cast<char>(0x7f);
        QVERIFY2(!OdtPackage::withFiles(damaged, again).ok(), qPrintable(QString::number(field - end)));
    }
    // A local header's offset pointing elsewhere: the first record of the central directory.
    const qsizetype central = odt.indexOf(QByteArray("PK\x01\x02"));
    QVERIFY(central > 0);
    QByteArray moved = odt;
    moved[central + 42] = static_cast<char>(0x05);
    QVERIFY(!OdtPackage::withFiles(moved, again).ok());
}

void TestReportPdf::odtFromTheDesktop()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(examplesDir + QStringLiteral("hotel-aix-en-provence.phare")));
    auto *action = window.findChild<QAction *>(QStringLiteral("exportEditableAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    // No preview: the file name is asked at once.
    const QString path = m_dir.filePath(QStringLiteral("desktop.odt"));
    MainWindow::setNextFileName(path);
    action->trigger();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
    const Odt odt = readOdt(path);
    QVERIFY(odt.text.contains(QStringLiteral("Hôtel des Cardeurs")));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
