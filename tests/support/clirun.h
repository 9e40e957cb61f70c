// Runs phare-cli for the tests: in the test's own process (fast, the default) or as the real program
// (for what only a process shows: exit codes, standard streams, signals, memory limits).
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <chrono>
#include <functional>

namespace Phare::Test {

struct CliRun
{
    QStringList args;
    bool finished = false; // false when phare-cli did not start, crashed or timed out
    QString problem;
    int exitCode = -1;
    QString out;
    QString err;

    // The run, for a failure message; `expectedExit` below 0 when none was expected.
    QString describe(int expectedExit = -1) const;
};

// Phare::Cli::run() on in-memory streams, in this process: what phare-cli ARGS prints and returns.
CliRun runCli(const QStringList &args);

struct ProcessOptions
{
    std::chrono::milliseconds timeout = std::chrono::seconds(60);
    QString stdoutFile;                                     // standard output goes to this file when one is given
    qulonglong addressSpaceLimit = 0;                       // bytes; 0 for none (ignored under the sanitizers)
    std::function<void(QProcessEnvironment &)> environment; // changes to the environment (C.UTF-8 by default)
};

// The real phare-cli (PHARE_CLI), started with the arguments, standard input from /dev/null, in C.UTF-8.
CliRun runCliProcess(const QStringList &args, const ProcessOptions &options = {});

} // namespace Phare::Test

// Fails the test with the run's details unless it finished with that exit code.
#define CHECK_EXIT(run, code) QVERIFY2((run).finished && (run).exitCode == (code), qPrintable((run).describe(code)))
