// Dates inside content texts: {{deadline:YYYY-MM-DD}} and {{date:YYYY-MM-DD}}, phrased against a day.
#pragma once

#include "language.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace Phare {

// The text with each placeholder replaced, in the language asked for:
// {{date:2026-09-01}} gives "1er septembre 2026" / "1 September 2026"; {{deadline:2026-09-01}} gives
// "depuis le 1er septembre 2026" / "since 1 September 2026" when `today` is that day or later, else
// "avant le 1er septembre 2026" / "before 1 September 2026". A text without "{{" is returned as it is.
QString phraseDates(const QString &text, const Language &language, QDate today);

// The date in words, as above.
QString dateInWords(QDate date, const Language &language);

// What is wrong with the placeholders of a text, in plain words; empty when nothing is.
QString datePlaceholderProblem(const QString &text);

// Today, or the day PHARE_TODAY gives (YYYY-MM-DD), so that tests and demonstrations can fix it.
QDate today();

} // namespace Phare
