// The report as OpenDocument Text, the copy an advisor edits in LibreOffice or Word (and the
// accessible alternative to the PDF, which Qt 6.4 cannot tag): the same laid-out text, its charts as
// pictures with a text alternative, the cover as text, real headings, the document's metadata and
// language, and page numbers in a footer.
#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <utility>

class QTextDocument;

namespace Phare {

class ReportOdt final
{
public:
    // What the PDF says outside its text (painted, or in its metadata), for the ODT to say it too.
    struct Details
    {
        QString title;      // the document's title and its first line
        QString author;     // the advisor; no author when empty
        QString subject;    // nothing when empty
        QString language;   // BCP 47, such as "fr-FR": the metadata's and the text's, for spelling
        QString footer;     // the footer of every page, left of the page number
        QString pageNumber; // "Page %1 of %2": %1 becomes the page's number, %2 the number of pages
        // The cover, under the title: a line, the profile's label and value pairs (lines split by '\n') and
        // the small print; then a page break.
        QString coverSubtitle;
        QList<std::pair<QString, QString>> coverRows;
        QString coverNote;
        // A position inside the contents table: its last column, the PDF's page numbers, is left out
        // (the ODT's pages are not the PDF's). None when negative.
        int contentsTable = -1;
    };

    // Writes `document` at `path` as an .odt file, atomically. `document` is the report's laid-out text:
    // its charts are text objects its layout draws (ReportChart), which ODF cannot carry, so each
    // becomes a PNG picture of about 200 dpi, `unitsPerPoint` telling the layout's units. The document is
    // copied, never changed (only drawn). A failure's one diagnostic says why, in words, or nothing when
    // Qt's ODF writer failed or its output could not be completed.
    static Status write(QTextDocument *document, qreal unitsPerPoint, const Details &details, const QString &path);
};

} // namespace Phare
