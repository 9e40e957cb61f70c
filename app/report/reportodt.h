// The report as OpenDocument Text, the copy an advisor edits in LibreOffice or Word (and the
// accessible alternative to the PDF, which Qt 6.4 cannot tag): the same laid-out text, its charts as
// pictures.
#pragma once

#include "result.h"

#include <QString>

class QTextDocument;

namespace Phare {

class ReportOdt final
{
public:
    // Writes `document` at `path` as an .odt file, atomically. `document` is the report's laid-out text:
    // its charts are text objects its layout draws (ReportChart), which ODF cannot carry, so each
    // becomes a PNG picture of about 200 dpi, `unitsPerPoint` telling the layout's units. The document is
    // copied, never changed (only drawn). `title` is the document's title and its first line (the PDF
    // shows it on the cover, painted outside the text). A failure's one diagnostic says why, in words,
    // or nothing when Qt's ODF writer failed.
    static Status write(QTextDocument *document, qreal unitsPerPoint, const QString &title, const QString &path);
};

} // namespace Phare
