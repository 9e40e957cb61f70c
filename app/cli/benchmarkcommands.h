// phare-cli's benchmark commands: anonymise, benchmark build and benchmark show (docs/cli.md).
#pragma once

#include "benchmark.h"
#include "content.h"
#include "language.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Phare::Cli {

class BenchmarkCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::Cli)

public:
    BenchmarkCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // Writes the anonymous file of each assessment into `folder` (made if missing). A file that cannot
    // be read is reported and the others are still written; the exit code then says so.
    int anonymise(const Content &content, const QStringList &files, const QString &folder, bool departement);
    // Reads every anonymous file below the folders and writes the benchmark to `output`. Files skipped
    // are reported by path, as warnings: the benchmark of the others is still written.
    int build(const QStringList &folders, const QString &output, int threshold);
    // Prints a benchmark as text, JSON or CSV.
    int show(const QString &path, const QString &format, const Language &language);

    static QString text(const Benchmark &benchmark, const Language &language);
    static QString csv(const Benchmark &benchmark);

private:
    void printDiagnostics(const Diagnostics &diagnostics);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Phare::Cli
