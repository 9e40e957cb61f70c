// How phare-cli prints results: text for people, JSON and CSV for other programs.
#pragma once

#include "content.h"
#include "recommender.h"
#include "scorer.h"

#include <QJsonObject>
#include <QString>

namespace Phare::Cli {

QJsonObject listJson(const Content &content, QStringView language);
QString listText(const Content &content, QStringView language);

QString scoreText(const Assessment &assessment, const AssessmentResult &result, QStringView language);
QJsonObject scoreJson(const QString &path, const Assessment &assessment, const AssessmentResult &result,
                      QStringView language);
QString scoreCsvHeader();
QString scoreCsvRows(const QString &path, const AssessmentResult &result, QStringView language);

QString recommendText(const Assessment &assessment, const Recommendations &recommendations, QStringView language);
QJsonObject recommendJson(const Assessment &assessment, const Recommendations &recommendations, QStringView language);

} // namespace Phare::Cli
