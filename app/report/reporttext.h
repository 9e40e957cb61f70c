// The report's own fixed words in French and English, and how it writes numbers, dates and names.
#pragma once

#include "questionnaire.h"

#include <QDate>
#include <QString>

namespace Phare::ReportText {

// A fixed text in the report's language ("fr" or "en").
QString say(QStringView language, const char *fr, const char *en);

// " :" in French (no-break space), ":" in English.
QString colon(QStringView language);
// « text » in French, “text” in English.
QString quoted(const QString &text, QStringView language);
// "47/100".
QString score(double value);
// "+5", "−3", "0": a change of score, with a real minus sign.
QString change(double value);
// "12 mars 2026", "12 March 2026".
QString date(const QDate &date, QStringView language);

QString sectorName(const QString &sector, QStringView language);
QString horizonName(Horizon horizon, QStringView language);
// The use cases' effort, cost and time to value: "low", "weeks"…
QString effortName(const QString &effort, QStringView language);
QString costName(const QString &cost, QStringView language);
QString timeToValueName(const QString &time, QStringView language);

// Text for HTML: escaped, so what a user typed is printed as typed. Characters the report uses as
// markers of its own are replaced.
QString html(const QString &text);

} // namespace Phare::ReportText
