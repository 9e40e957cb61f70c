// How phare-cli prints a workshop: each respondent's scores, the spread and the widest disagreements, as text,
// JSON and CSV (docs/cli.md, "Workshops").
#pragma once

#include "assessment.h"
#include "content.h"
#include "language.h"
#include "workshop.h"

#include <QJsonObject>
#include <QString>

namespace Phare::Cli {

// "2 respondents — 1 question to settle, 1 point to check"
QString workshopSummary(const Assessment &assessment, const WorkshopResult &result, const Language &language);
// What follows the agreed scores of `score` on a workshop.
QString workshopText(const Content &content, const Assessment &assessment, const WorkshopResult &result,
                     const Language &language);
// The "workshop" member of `score --format json`.
QJsonObject workshopJson(const Content &content, const Assessment &assessment, const WorkshopResult &result,
                         const Language &language);
// The CSV columns a workshop adds (after those of scoreCsvHeader, without its line end).
QString workshopCsvColumns();
// The rows of `score --format csv` for a workshop: the agreed scores with the lowest and highest of the
// respondents', then each respondent's scores.
QString workshopCsvRows(const QString &path, const WorkshopResult &result, const Language &language);

} // namespace Phare::Cli
