// Synthetic anonymous files and the benchmark built from them, for the peer tests: never a hard-coded result.
#pragma once

#include "anonymousfile.h"

#include <QString>

namespace Phare::Test {

// Writes `count` anonymous files into folder: firms with the sector and size given and the score keys of
// `model` (a real firm's anonymous form), their scores spread over 0 to 100, each with its own hash.
void writePeerFiles(const AnonymousAssessment &model, const QString &sector, const QString &size, int count,
                    const QString &folder);
// Builds the benchmark of every file below folder (BenchmarkBuilder) and writes it to path; false when it
// cannot be written.
bool buildBenchmark(const QString &folder, const QString &path);

} // namespace Phare::Test
