// What Qt 6.4's PDF writer cannot put in a PDF/A-1b file, added after it has written one: the
// document's language, author and subject (in the Info dictionary and the XMP metadata alike), an
// outline with one bookmark per section, and links from the contents lines to their pages.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace Phare {

class PdfStructure final
{
public:
    struct Bookmark
    {
        QString title;
        int page = 0; // 1-based
    };
    struct Link
    {
        int page = 0;   // 1-based: the page the link is on
        QRectF rect;    // where it is on that page, as fractions of the page's width and height from its top left
        int target = 0; // 1-based: the page it leads to
    };

    QString language; // BCP 47, such as "fr-FR"; nothing added when empty
    QString author;   // nothing added when empty
    QString subject;  // nothing added when empty
    QList<Bookmark> outline;
    QList<Link> links;

    // The PDF `pdf` with the above added, its PDF/A-1b identification and fonts kept; a failure's one
    // diagnostic says what is wrong with the PDF (technical: the caller says it in words).
    Result<QByteArray> applyTo(const QByteArray &pdf) const;
};

} // namespace Phare
