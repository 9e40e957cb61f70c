// Adds the language, author, subject, outline and contents links to a PDF with libqpdf: the file is
// read from memory, changed through qpdf's object API and written again (qpdf cannot append an
// incremental update), keeping what PDF/A-1b requires: no object streams, the XMP packet uncompressed
// and in agreement with the Info dictionary.
#include "pdfstructure.h"

// qpdf 11 warns unless told which PointerHolder it is: none, Phare uses std::shared_ptr.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <vector>

namespace Phare {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// A destination: the top left of a page, at the reader's zoom.
QPDFObjectHandle destination(QPDFObjectHandle page)
{
    const QPDFObjectHandle::Rectangle box = QPDFPageObjectHelper(page).getMediaBox().getArrayAsRectangle();
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(page);
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    dest.appendItem(QPDFObjectHandle::newReal(box.llx, 2));
    dest.appendItem(QPDFObjectHandle::newReal(box.ury, 2));
    dest.appendItem(QPDFObjectHandle::newNull());
    return dest;
}

// The XMP packet Qt wrote with dc:creator and dc:description added to its Dublin Core description:
// PDF/A-1 wants them to say what the Info dictionary's /Author and /Subject say.
QByteArray withDublinCore(QByteArray xmp, const QString &author, const QString &subject)
{
    QString added;
    if (!author.isEmpty())
        added += QStringLiteral("\n      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>%1</rdf:li>\n        "
                                "</rdf:Seq>\n      </dc:creator>")
                     .arg(author.toHtmlEscaped());
    if (!subject.isEmpty())
        added += QStringLiteral("\n      <dc:description>\n        <rdf:Alt>\n          <rdf:li "
                                "xml:lang=\"x-default\">%1</rdf:li>\n        </rdf:Alt>\n      </dc:description>")
                     .arg(subject.toHtmlEscaped());
    const QByteArray anchor = QByteArrayLiteral("</dc:title>");
    const qsizetype at = xmp.indexOf(anchor);
    if (at < 0)
        return {};
    xmp.insert(at + anchor.size(), added.toUtf8());
    return xmp;
}

} // namespace

Result<QByteArray> PdfStructure::applyTo(const QByteArray &pdf) const
{
    const auto failure = [](const QString &why) {
        return Result<QByteArray>::failure(Diagnostic{Diagnostic::Severity::Error, QString(), 0, 0, why});
    };
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report", pdf.constData(), static_cast<size_t>(pdf.size()));
        QPDFObjectHandle root = document.getRoot();
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        const auto page = [&pages](int number) {
            return number >= 1 && number <= static_cast<int>(pages.size()) ? pages[number - 1].getObjectHandle()
                                                                           : QPDFObjectHandle::newNull();
        };

        if (!language.isEmpty())
            root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(language)));

        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        if (!author.isEmpty())
            info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(author)));
        if (!subject.isEmpty())
            info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(subject)));
        if (!author.isEmpty() || !subject.isEmpty()) {
            QPDFObjectHandle metadata = root.getKey("/Metadata");
            if (!metadata.isStream())
                return failure(QStringLiteral("no XMP metadata"));
            const std::shared_ptr<Buffer> data = metadata.getStreamData(qpdf_dl_all);
            const QByteArray xmp = withDublinCore(
                QByteArray(reinterpret_cast<const char *>(data->getBuffer()), static_cast<qsizetype>(data->getSize())),
                author, subject);
            if (xmp.isEmpty())
                return failure(QStringLiteral("no Dublin Core title in the XMP metadata"));
            // Unfiltered: PDF/A-1 wants the metadata readable without decoding.
            metadata.replaceStreamData(xmp.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        }

        if (!outline.isEmpty()) {
            QPDFObjectHandle outlines = document.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
            QPDFObjectHandle previous;
            int count = 0;
            for (const Bookmark &bookmark : outline) {
                QPDFObjectHandle target = page(bookmark.page);
                if (target.isNull())
                    continue;
                QPDFObjectHandle item = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
                item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(bookmark.title)));
                item.replaceKey("/Parent", outlines);
                item.replaceKey("/Dest", destination(target));
                if (previous.isInitialized()) {
                    previous.replaceKey("/Next", item);
                    item.replaceKey("/Prev", previous);
                } else {
                    outlines.replaceKey("/First", item);
                }
                previous = item;
                ++count;
            }
            if (count > 0) {
                outlines.replaceKey("/Last", previous);
                outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
                root.replaceKey("/Outlines", outlines);
                root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
            }
        }

        for (const Link &link : links) {
            QPDFObjectHandle on = page(link.page);
            QPDFObjectHandle target = page(link.target);
            if (on.isNull() || target.isNull())
                continue;
            const QPDFObjectHandle::Rectangle box = QPDFPageObjectHelper(on).getMediaBox().getArrayAsRectangle();
            const double width = box.urx - box.llx;
            const double height = box.ury - box.lly;
            const QPDFObjectHandle::Rectangle rect(
                box.llx + link.rect.left() * width, box.ury - link.rect.bottom() * height,
                box.llx + link.rect.right() * width, box.ury - link.rect.top() * height);
            // /F 4 (print) and a plain destination, no action: what PDF/A-1b allows of a link.
            QPDFObjectHandle annotation =
                document.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /F 4 "
                                                                    "/Border [0 0 0] >>"));
            annotation.replaceKey("/Rect", QPDFObjectHandle::newArray(rect));
            annotation.replaceKey("/Dest", destination(target));
            QPDFObjectHandle annotations = on.getKey("/Annots");
            if (!annotations.isArray()) {
                annotations = QPDFObjectHandle::newArray();
                on.replaceKey("/Annots", annotations);
            }
            annotations.appendItem(annotation);
        }

        QPDFWriter writer(document);
        writer.setOutputMemory();
        // PDF/A-1 is PDF 1.4: no object or cross-reference streams.
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setLinearization(false);
        writer.write();
        const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()),
                          static_cast<qsizetype>(written->getSize()));
    } catch (const std::exception &e) {
        return failure(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace Phare
