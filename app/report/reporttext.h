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

// The language's typography on a text the report prints, whatever its source (a sentence, a name, a
// note): in French a narrow no-break space before ; : ! ? and inside « », elision before a proper name
// ("de Hôtel" → "d'Hôtel"); in both languages no break inside a date, a number or between a number and
// its unit. Idempotent.
QString typeset(const QString &text, const Language &language);
// The same on HTML: the text between tags only, entities decoded first and written again after.
QString typesetHtml(const QString &html, const Language &language);

// Text for HTML: escaped, so what a user typed is printed as typed. Characters the report uses as
// markers of its own are replaced.
QString html(const QString &text);

} // namespace Phare::ReportText
