// How the report writes numbers, dates, quotations and punctuation in its language.
#pragma once

#include "language.h"

#include <QDate>
#include <QString>

// The names of sectors, horizons and the use cases' facts are in core/names.h; the report's sentences
// are ReportDocument::say().
namespace Phare::ReportText {

// " :" in French (no-break space), ":" in English.
QString colon(const Language &language);
// « text » in French, “text” in English.
QString quoted(const QString &text, const Language &language);
// "47/100".
QString score(double value);
// "+5", "−3", "0": a change of score, with a real minus sign.
QString change(double value);
// "12 mars 2026", "12 March 2026".
QString date(const QDate &date, const Language &language);

// Text for HTML: escaped, so what a user typed is printed as typed. Characters the report uses as
// markers of its own are replaced.
QString html(const QString &text);

} // namespace Phare::ReportText
