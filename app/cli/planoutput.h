// How phare-cli prints the decided action plan (`phare-cli plan`): text for people, JSON and CSV for
// other programs and the firm's own spreadsheet.
#pragma once

#include "decidedplan.h"
#include "followup.h"
#include "language.h"

#include <QJsonObject>
#include <QString>

namespace Phare::Cli {

QString planText(const Assessment &assessment, const DecidedPlan &plan, const Language &language);
QJsonObject planJson(const Assessment &assessment, const DecidedPlan &plan, const Language &language);
// What became of the plan decided in an earlier assessment (`phare-cli plan FILE --compare EARLIER`).
QString followUpText(const FollowUp &followUp, const Language &language);
QJsonObject followUpJson(const FollowUp &followUp, const Language &language);

} // namespace Phare::Cli
