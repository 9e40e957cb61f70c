// phare-cli's commands as a library: run them on any streams, in the program or in a test's process.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Phare::Cli {

enum Exit
{
    Success = 0,
    InvalidInput = 1,
    UsageError = 2
};

// Runs phare-cli with the arguments (the first is the program's name) as docs/cli.md describes:
// results on `out`, diagnostics and usage errors on `err`; returns the exit code. Installs the
// translators of the chosen language (--lang, else the assessment's, else the system's) for the run.
// `report` draws: it needs a QApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// run() on standard output and error, as the program does: a write error on standard output (a full
// disk, a closed pipe) is reported and makes the exit code 1.
int runOnStandardStreams(const QStringList &arguments);

// True when the arguments ask for a report that run() would draw (so that main() makes a QApplication).
bool drawsReport(const QStringList &arguments);

} // namespace Phare::Cli
