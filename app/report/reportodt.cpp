// Writes the report's text as ODT with Qt's ODF writer, on a copy where each chart object is replaced
// by a picture of it and the cover is text, then adds what Qt's writer does not write to its package:
// meta.xml, styles.xml (the language, the page footer), and in content.xml the headings, the covered
// cells and the charts' text alternatives.
#include "reportodt.h"

#include "odtpackage.h"
#include "reportchart.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

#include <memory>

namespace Phare {

namespace {

constexpr qreal pictureDpi = 200;
// Qt's ODF writer reads an image's width and height as pixels at 96 per inch.
constexpr qreal writerPixelsPerPoint = 96.0 / 72.0;

struct ChartAt
{
    int position = 0;
    QTextCharFormat format;
};

QList<ChartAt> chartsOf(const QTextDocument &document)
{
    QList<ChartAt> charts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.objectType() == ReportChart::objectType)
                charts.append({fragment.fragment().position(), format});
        }
    }
    return charts;
}

// Text for XML: escaped, and without the control characters XML 1.0 cannot hold (a name pasted with one).
QString xml(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n')
            kept.append(c);
    }
    return kept.toHtmlEscaped();
}

const QString officeNamespaces =
    QStringLiteral("xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                   "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                   "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                   "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                   "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"");

// The document's properties (File → Properties in LibreOffice): Word and LibreOffice show
// meta:initial-creator as the author, dc:creator as who saved it last.
QByteArray metaXml(const ReportOdt::Details &details)
{
    QString meta =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta %1>\n<office:meta>\n")
            .arg(officeNamespaces);
    meta += QStringLiteral("<meta:generator>Phare/%1</meta:generator>\n").arg(xml(QStringLiteral(PHARE_VERSION)));
    meta += QStringLiteral("<dc:title>%1</dc:title>\n").arg(xml(details.title));
    if (!details.subject.isEmpty())
        meta += QStringLiteral("<dc:subject>%1</dc:subject>\n").arg(xml(details.subject));
    if (!details.author.isEmpty()) {
        meta += QStringLiteral("<meta:initial-creator>%1</meta:initial-creator>\n").arg(xml(details.author));
        meta += QStringLiteral("<dc:creator>%1</dc:creator>\n").arg(xml(details.author));
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    meta += QStringLiteral("<meta:creation-date>%1</meta:creation-date>\n<dc:date>%1</dc:date>\n").arg(now);
    if (!details.language.isEmpty())
        meta += QStringLiteral("<dc:language>%1</dc:language>\n").arg(xml(details.language));
    meta += QStringLiteral("</office:meta>\n</office:document-meta>\n");
    return meta.toUtf8();
}

// The default language of the text (LibreOffice checks the spelling in it), and the one page style, A4,
// with the footer: the PDF's footer text and the page number. Qt's content.xml names no master page, so
// its paragraphs are laid out on "Standard", the default page style.
QByteArray stylesXml(const ReportOdt::Details &details)
{
    const QString language = details.language.section(QLatin1Char('-'), 0, 0);
    const QString country = details.language.section(QLatin1Char('-'), 1, 1);
    QString textLanguage;
    if (!language.isEmpty())
        textLanguage += QStringLiteral(" fo:language=\"%1\"").arg(xml(language));
    if (!country.isEmpty())
        textLanguage += QStringLiteral(" fo:country=\"%1\"").arg(xml(country));
    // The page number's words, with the fields in place of %1 and %2.
    QString pageNumber = xml(details.pageNumber);
    pageNumber.replace(QLatin1String("%1"), QLatin1String("<text:page-number text:select-page=\"current\"/>"));
    pageNumber.replace(QLatin1String("%2"), QLatin1String("<text:page-count/>"));

    QString styles = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles %1>\n")
                         .arg(officeNamespaces);
    styles += QStringLiteral(
                  "<office:styles>\n"
                  "<style:default-style style:family=\"paragraph\"><style:text-properties%1/></style:default-style>\n"
                  "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:class=\"extra\">"
                  "<style:paragraph-properties><style:tab-stops>"
                  "<style:tab-stop style:position=\"17cm\" style:type=\"right\"/>"
                  "</style:tab-stops></style:paragraph-properties>"
                  "<style:text-properties fo:font-size=\"8pt\" fo:color=\"#5a6472\"/></style:style>\n"
                  "</office:styles>\n")
                  .arg(textLanguage);
    styles += QStringLiteral(
        "<office:automatic-styles>\n"
        "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" "
        "fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" "
        "fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
        "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"0.4cm\"/>"
        "</style:footer-style></style:page-layout>\n"
        "</office:automatic-styles>\n");
    styles += QStringLiteral("<office:master-styles>\n"
                             "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
                             "<style:footer><text:p text:style-name=\"Footer\">%1<text:tab/>%2</text:p></style:footer>"
                             "</style:master-page>\n"
                             "</office:master-styles>\n</office:document-styles>\n")
                  .arg(xml(details.footer), pageNumber);
    return styles.toUtf8();
}

// The PDF's contents list its page numbers, which are not the ODT's: that column goes.
void dropPageNumbers(QTextDocument *copy, int contentsTable)
{
    if (contentsTable < 0 || contentsTable >= copy->characterCount())
        return;
    QTextCursor at(copy);
    at.setPosition(contentsTable);
    QTextTable *table = at.currentTable();
    if (!table || table->columns() < 2)
        return;
    table->removeColumns(table->columns() - 1, 1);
    QTextTableFormat format = table->format();
    format.setColumnWidthConstraints(QList<QTextLength>(table->columns(), QTextLength()));
    table->setFormat(format);
}

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

// Qt 6.4's ODF writer writes one table cell per paragraph of a cell, so a cell of two paragraphs would
// push the rest of its row into columns the table does not have: in the copy, the paragraphs of a
// cell become lines of one paragraph.
void oneParagraphPerCell(QTextDocument *copy)
{
    QList<QTextTable *> tables;
    collectTables(copy->rootFrame(), tables);
    for (QTextTable *table : std::as_const(tables)) {
        // From the end, so that the positions still to visit do not move.
        for (int row = table->rows() - 1; row >= 0; --row) {
            for (int column = table->columns() - 1; column >= 0; --column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue; // covered by a spanning cell
                QList<int> breaks;
                bool nested = false;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    nested = nested || it.currentFrame() != nullptr;
                    const QTextBlock block = it.currentBlock();
                    if (block.isValid() && block.position() + block.length() - 1 < cell.lastPosition())
                        breaks.append(block.position() + block.length() - 1);
                }
                if (nested)
                    continue; // a table in a cell: its cells are joined on their own
                for (auto at = breaks.crbegin(); at != breaks.crend(); ++at) {
                    QTextCursor cursor(copy);
                    cursor.setPosition(*at);
                    cursor.setPosition(*at + 1, QTextCursor::KeepAnchor);
                    cursor.insertText(QString(QChar::LineSeparator));
                }
            }
        }
    }
}

// What the PDF's cover says, as text before the report's: the title, the subtitle, the profile as a
// table of two columns, the small print, then a page break.
void insertCover(QTextDocument *copy, const ReportOdt::Details &details)
{
    const int report = copy->characterCount();
    QTextCursor cursor(copy);
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock(); // the report's first block keeps its format
    cursor.movePosition(QTextCursor::Start);
    cursor.setBlockFormat(QTextBlockFormat());
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(20);
    cursor.setBlockCharFormat(titleFormat);
    cursor.insertText(details.title, titleFormat);

    QTextBlockFormat paragraph;
    paragraph.setTopMargin(8);
    QTextCharFormat subtitleFormat;
    subtitleFormat.setFontPointSize(12);
    cursor.insertBlock(paragraph, subtitleFormat);
    cursor.insertText(details.coverSubtitle, subtitleFormat);

    cursor.insertBlock(paragraph, QTextCharFormat()); // after the profile: the small print
    if (!details.coverRows.isEmpty()) {
        QTextTableFormat tableFormat;
        tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        tableFormat.setBorder(0);
        tableFormat.setCellPadding(3);
        tableFormat.setTopMargin(12);
        tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tableFormat.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 30), QTextLength(QTextLength::PercentageLength, 70)});
        QTextTable *table = cursor.insertTable(static_cast<int>(details.coverRows.size()), 2, tableFormat);
        QTextCharFormat labelFormat;
        labelFormat.setFontWeight(QFont::Bold);
        for (int row = 0; row < table->rows(); ++row) {
            const auto &[label, value] = details.coverRows[row];
            table->cellAt(row, 0).firstCursorPosition().insertText(label, labelFormat);
            table->cellAt(row, 1).firstCursorPosition().insertText(value, QTextCharFormat());
        }
        cursor = table->lastCursorPosition();
        cursor.movePosition(QTextCursor::NextBlock);
    }
    QTextCharFormat noteFormat;
    noteFormat.setFontPointSize(8);
    QTextBlockFormat noteParagraph;
    noteParagraph.setTopMargin(24);
    cursor.setBlockFormat(noteParagraph);
    cursor.insertText(details.coverNote, noteFormat);

    // The report starts on the next page, as after the PDF's cover.
    QTextCursor start(copy->findBlock(copy->characterCount() - report));
    QTextBlockFormat pageBreak;
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    start.mergeBlockFormat(pageBreak);
}

// The heading level (1 to 6) of each block format of the document's headings (<h1>… in the report's
// HTML), by the index Qt's writer names its paragraph styles after ("p12").
QHash<int, int> headingLevels(const QTextDocument &document)
{
    QHash<int, int> levels;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level > 0)
            levels.insert(block.blockFormatIndex(), level);
    }
    return levels;
}

// Qt's writer writes every paragraph as text:p: those of a heading's style become text:h with their
// outline level, which LibreOffice's Navigator, a generated table of contents, Word and screen readers
// read as headings.
QString withHeadings(const QString &content, const QHash<int, int> &levels)
{
    static const QRegularExpression paragraph(QStringLiteral("<text:p text:style-name=\"p(\\d+)\"(/?)>"));
    static const QString end = QStringLiteral("</text:p>");
    QString out;
    out.reserve(content.size() + 1024);
    qsizetype from = 0;
    for (auto it = paragraph.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int level = levels.value(match.captured(1).toInt());
        if (level == 0 || match.capturedStart() < from)
            continue;
        out += QStringView(content).mid(from, match.capturedStart() - from);
        const QString open = QStringLiteral("<text:h text:style-name=\"p%1\" text:outline-level=\"%2\"")
                                 .arg(match.captured(1))
                                 .arg(level);
        if (!match.captured(2).isEmpty()) {
            out += open + QStringLiteral("/>");
            from = match.capturedEnd();
            continue;
        }
        const qsizetype close = content.indexOf(end, match.capturedEnd());
        if (close < 0)
            return content; // not Qt's writing: left as it is
        out += open;
        out += QLatin1Char('>');
        out += QStringView(content).mid(match.capturedEnd(), close - match.capturedEnd());
        out += QStringLiteral("</text:h>");
        from = close + end.size();
    }
    out += QStringView(content).mid(from);
    return out;
}

// ODF wants a cell spanning N columns followed by N - 1 covered cells, which Qt's writer leaves out:
// without them a reader may take the next row's cells for this one's.
QString withCoveredCells(const QString &content)
{
    static const QRegularExpression spanning(
        QStringLiteral("<table:table-cell table:number-columns-spanned=\"(\\d+)\"[^>]*>"));
    static const QString end = QStringLiteral("</table:table-cell>");
    QString out;
    out.reserve(content.size() + 4096);
    qsizetype from = 0;
    for (auto it = spanning.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int span = match.captured(1).toInt();
        if (span < 2 || span > 1024 || match.capturedStart() < from)
            continue;
        const qsizetype close = content.indexOf(end, match.capturedEnd());
        if (close < 0)
            return content; // not Qt's writing: left as it is
        const qsizetype nested = content.indexOf(QLatin1String("<table:table "), match.capturedEnd());
        if (nested >= 0 && nested < close)
            continue; // a table in the cell: its end is further
        const qsizetype after = close + end.size();
        out += QStringView(content).mid(from, after - from);
        out += QStringLiteral("<table:covered-table-cell/>").repeated(span - 1);
        from = after;
    }
    out += QStringView(content).mid(from);
    return out;
}

// What a chart shows, as a line: each axis's label and score (and the earlier one's, when comparing).
// A radar's labels carry their score already.
QString alternativeText(const ReportChart::Chart &chart)
{
    const auto scoreText = [&chart](const std::optional<double> &score) {
        return score ? ReportText::score(*score) : chart.notAssessed;
    };
    QStringList axes;
    for (const ReportChart::Axis &axis : chart.axes) {
        QString text = axis.label.simplified();
        const QString score = scoreText(axis.score);
        if (!score.isEmpty() && !text.endsWith(score))
            text += QLatin1Char(' ') + score;
        if (chart.showEarlier && axis.earlier)
            text += QStringLiteral(" (%1 %2)").arg(chart.earlierName.simplified(), scoreText(axis.earlier));
        axes.append(text);
    }
    return axes.join(QStringLiteral("; "));
}

// Each chart's frame gets its text alternative (svg:title: LibreOffice's "Text Alternative", what a
// screen reader says of the picture).
QString withAlternatives(QString content, const QHash<QString, QString> &alternatives)
{
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        const qsizetype frame = content.indexOf(QStringLiteral("draw:name=\"%1\"").arg(it.key()));
        if (frame < 0)
            continue;
        const qsizetype end = content.indexOf(QLatin1String("</draw:frame>"), frame);
        if (end < 0)
            continue;
        content.insert(end, QStringLiteral("<svg:title>%1</svg:title>").arg(xml(it.value())));
    }
    return content;
}

} // namespace

Status ReportOdt::write(QTextDocument *document, qreal unitsPerPoint, const Details &details, const QString &path)
{
    const auto failure = [&path](const QString &reason) {
        return Status::failure(Diagnostic{Diagnostic::Severity::Error, path, 0, 0, reason});
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());

    const std::unique_ptr<QTextDocument> copy(document->clone());
    copy->setMetaInformation(QTextDocument::DocumentTitle, details.title);

    // The charts, drawn by the original's layout, become pictures in the copy (same positions: one
    // character for one).
    QTextObjectInterface *charts = document->documentLayout()->handlerForObject(ReportChart::objectType);
    const auto *reportCharts = dynamic_cast<const ReportChart *>(charts);
    QHash<QString, QString> alternatives; // picture name → what its chart shows
    int number = 0;
    for (const ChartAt &chart : chartsOf(*document)) {
        if (!charts)
            break;
        const QSizeF size = charts->intrinsicSize(document, chart.position, chart.format);
        const QSizeF points = size / unitsPerPoint;
        QImage picture((points * pictureDpi / 72).toSize(), QImage::Format_RGB32);
        if (picture.isNull() || size.isEmpty())
            continue;
        picture.setDotsPerMeterX(qRound(pictureDpi / 0.0254));
        picture.setDotsPerMeterY(qRound(pictureDpi / 0.0254));
        picture.fill(Qt::white);
        {
            QPainter painter(&picture);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(picture.width() / size.width(), picture.height() / size.height());
            charts->drawObject(&painter, QRectF(QPointF(0, 0), size), document, chart.position, chart.format);
        }
        const QString name = QStringLiteral("chart-%1.png").arg(++number);
        if (const ReportChart::Chart *shown = reportCharts ? reportCharts->chartOf(chart.format) : nullptr)
            alternatives.insert(name, alternativeText(*shown));
        copy->addResource(QTextDocument::ImageResource, QUrl(name), picture);
        QTextImageFormat image;
        image.setName(name);
        image.setWidth(points.width() * writerPixelsPerPoint);
        image.setHeight(points.height() * writerPixelsPerPoint);
        QTextCursor cursor(copy.get());
        cursor.setPosition(chart.position);
        cursor.setPosition(chart.position + 1, QTextCursor::KeepAnchor);
        cursor.insertImage(image);
    }

    dropPageNumbers(copy.get(), details.contentsTable); // before the cover moves the positions
    insertCover(copy.get(), details);
    oneParagraphPerCell(copy.get());

    QBuffer odt;
    odt.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&odt, QByteArrayLiteral("odf"));
    if (!writer.write(copy.get())) {
        file.cancelWriting();
        return failure(QString()); // the caller says it in the report's language
    }
    QList<OdtPackage::File> files = {{QStringLiteral("meta.xml"), QStringLiteral("text/xml"), metaXml(details)},
                                     {QStringLiteral("styles.xml"), QStringLiteral("text/xml"), stylesXml(details)}};
    // Qt's content.xml with the headings made headings, the spanned cells covered and the charts' text
    // alternatives; should it not be
    // read back, Qt's stays, whose headings are styled paragraphs only.
    const Result<QByteArray> content = OdtPackage::entry(odt.data(), QStringLiteral("content.xml"));
    if (content.ok()) {
        files.append(
            {QStringLiteral("content.xml"), QStringLiteral("text/xml"),
             withAlternatives(withCoveredCells(withHeadings(QString::fromUtf8(*content), headingLevels(*copy))),
                              alternatives)
                 .toUtf8(),
             true});
    }
    // Qt's writer saves the pictures as PNG (as JPEG only for an image format asking for a quality below
    // 100, which the charts' never do), named without an extension.
    const Result<QByteArray> completed =
        OdtPackage::withFiles(odt.data(), files, {{QStringLiteral("Pictures/"), QStringLiteral("image/png")}});
    if (!completed.ok()) {
        file.cancelWriting();
        return failure(QString()); // the caller says it in the report's language
    }
    if (file.write(*completed) != completed->size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return Status::success();
}

} // namespace Phare
