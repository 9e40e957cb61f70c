// Short names for the answers the scoring and recommendation tests write by the dozen.
#pragma once

#include "assessment.h"

#include <QMap>
#include <QStringList>

namespace Phare::Test {

using Answers = QMap<QString, Answer>;

Answer choice(const QString &option);
Answer ticked(const QStringList &options);
Answer rows(const QMap<QString, QString> &answered);
Answer dontKnow();
Answer notApplicable();

} // namespace Phare::Test
