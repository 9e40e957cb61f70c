// Writes the report's text as ODT with Qt's ODF writer, on a copy where each chart object is replaced
// by a picture of it.
#include "reportodt.h"

#include "reportchart.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
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

} // namespace

Status ReportOdt::write(QTextDocument *document, qreal unitsPerPoint, const QString &title, const QString &path)
{
    const auto failure = [&path](const QString &reason) {
        return Status::failure(Diagnostic{Diagnostic::Severity::Error, path, 0, 0, reason});
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());

    const std::unique_ptr<QTextDocument> copy(document->clone());
    copy->setMetaInformation(QTextDocument::DocumentTitle, title);

    // The charts, drawn by the original's layout, become pictures in the copy (same positions: one
    // character for one).
    QTextObjectInterface *charts = document->documentLayout()->handlerForObject(ReportChart::objectType);
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

    // The title first, as the cover of the PDF shows it.
    QTextCursor start(copy.get());
    start.movePosition(QTextCursor::Start);
    start.insertBlock();
    start.movePosition(QTextCursor::Start);
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(20);
    start.insertText(title, titleFormat);

    QBuffer odt;
    odt.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&odt, QByteArrayLiteral("odf"));
    if (!writer.write(copy.get())) {
        file.cancelWriting();
        return failure(QString()); // the caller says it in the report's language
    }
    if (file.write(odt.data()) != odt.data().size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return Status::success();
}

} // namespace Phare
