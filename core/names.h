// The names of the ids Phare shows: sectors, horizons, impacts, the use cases' effort, cost and time to value.
#pragma once

#include "catalogue.h"
#include "language.h"
#include "questionnaire.h"

#include <QString>
#include <QStringList>

// One table for the desktop, the report and the command line. Each name has two lookups: without a
// language, in the interface's (the translators installed in QCoreApplication); with one, in that
// language whatever the interface's (Translator::forLanguage). An unknown id is shown as it is.
namespace Phare::Names {

// The sectors a firm's profile offers, in the order a list shows them.
QStringList sectorIds();
// "Retail", "Food and restaurants"…
QString sector(const QString &id);
QString sector(const QString &id, const Language &language);

// "Now (this month)", "Next (this quarter)", "Later (this year)".
QString horizon(Horizon horizon);
QString horizon(Horizon horizon, const Language &language);

// "critical", "high", "medium", "low": lower case, read inside a sentence ("critical stakes").
QString impact(Impact impact);
QString impact(Impact impact, const Language &language);

// A use case's effort ("low", "medium", "high"), cost ("low (under €1,000)"…) and time to value ("days"…),
// from the ids of docs/questionnaire-format.md.
QString useCaseEffort(const QString &id);
QString useCaseEffort(const QString &id, const Language &language);
QString useCaseCost(const QString &id);
QString useCaseCost(const QString &id, const Language &language);
QString timeToValue(const QString &id);
QString timeToValue(const QString &id, const Language &language);

// A use case's cost range in euros, written in the language's way ("€0 to €300 a month", « 0 à 300 € par
// mois », "free"); empty when the use case gives none.
QString costRange(const CostRange &range);
QString costRange(const CostRange &range, const Language &language);
// A use case's time to set up ("1 to 2 days", « 1 à 2 jours », "half a day" is written "4 hours"); empty when
// the use case gives none.
QString setupTime(const SetupTime &time);
QString setupTime(const SetupTime &time, const Language &language);
// Where a use case's gain comes from: its web address, or "estimate" in the language.
QString gainSource(const QString &source);
QString gainSource(const QString &source, const Language &language);

} // namespace Phare::Names
