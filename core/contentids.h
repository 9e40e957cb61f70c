// The words content and assessment files use for the model's fixed values (question types, impacts,
// costs, horizons, who acts, sectors, sizes), in one table each: the loader reads them, the writers
// and the CLI write them.
#pragma once

#include <QString>
#include <QStringList>

namespace Phare {

enum class QuestionType;
enum class Impact;
enum class Horizon;
enum class Cost;

// Each list is in the order of its enum, so that a value's id is ids[int(value)].
const QStringList &questionTypeIds(); // scale, checklist, grid, yes-no
const QStringList &impactIds();       // critical, high, medium, low
const QStringList &horizonIds();      // now, next, later
const QStringList &costIds();         // none, low, medium, high
QString questionTypeId(QuestionType type);
QString impactId(Impact impact);
QString horizonId(Horizon horizon);
QString costId(Cost cost);

// The fixed lists with no enum behind them.
const QStringList &whoIds();          // owner, staff, provider
const QStringList &sectorIds();       // the sectors a company and a use case may have
const QStringList &sizeIds();         // micro (0–9), small (10–49), medium (50–249), large (250+)
const QStringList &useCaseLevelIds(); // a use case's effort and cost: low, medium, high
const QStringList &timeToValueIds();  // days, weeks, months
const QStringList &costPerIds();      // a use case's cost range: once, month, year
const QStringList &setupUnitIds();    // a use case's time to set up: hours, days, weeks, months
// micro, small, medium or large.
QString sizeForEmployees(int employees);

} // namespace Phare
