// phare-cli's benchmark commands: the anonymous files of assessments, a benchmark built from them, and
// the benchmark printed for an association's figures.
#include "benchmarkcommands.h"

#include "anonymousfile.h"
#include "benchmarkbuilder.h"
#include "cli.h"
#include "clioutput.h"
#include "evaluation.h"

#include <QDir>
#include <QFileInfo>

namespace Phare::Cli {

void BenchmarkCommands::printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        m_err << forTerminal(d.toString()) << "\n";
    m_err.flush();
}

int BenchmarkCommands::anonymise(const Content &content, const QStringList &files, const QString &folder,
                                 bool departement)
{
    const QDir dir(folder);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        m_err << "phare-cli: " << tr("cannot write into %1: it is not a folder").arg(forTerminal(folder)) << "\n";
        return InvalidInput;
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        m_err << "phare-cli: " << tr("cannot make the folder %1").arg(forTerminal(folder)) << "\n";
        return InvalidInput;
    }
    int status = Success;
    AnonymiseOptions options;
    options.departement = departement;
    for (const QString &path : files) {
        const Result<Assessment> read = AssessmentFile::read(path);
        if (!read.ok()) {
            printDiagnostics(read.diagnostics());
            status = InvalidInput;
            continue;
        }
        const Evaluation evaluation(content, *read);
        Result<AnonymousAssessment> made = AnonymousFile::make(evaluation, options);
        Diagnostics diagnostics = made.diagnostics();
        for (Diagnostic &d : diagnostics)
            d.file = path;
        printDiagnostics(diagnostics);
        if (!made.ok()) {
            status = InvalidInput;
            continue;
        }
        const QString target = dir.filePath(AnonymousFile::fileName(*made));
        if (const Status written = AnonymousFile::write(*made, target); !written.ok()) {
            m_err << "phare-cli: " << forTerminal(written.diagnostics().constFirst().message) << "\n";
            status = InvalidInput;
            continue;
        }
        //: %1: the assessment file; %2: the anonymous file written from it.
        m_out << forTerminal(tr("%1: anonymous copy written to %2").arg(path, target)) << "\n";
    }
    return status;
}

int BenchmarkCommands::build(const QStringList &folders, const QString &output, int threshold)
{
    if (const QFileInfo out(output); out.exists() && !out.isFile()) {
        m_err << "phare-cli: "
              << tr("cannot write %1: it is not a regular file; give the name of a file to create or replace")
                     .arg(forTerminal(output))
              << "\n";
        return InvalidInput;
    }
    BenchmarkBuilder builder(threshold);
    for (const QString &folder : folders)
        builder.addFolder(folder);
    // "warning" stays in English, as in every diagnostic line, for the tools that read them.
    for (const Diagnostic &d : builder.skipped())
        m_err << forTerminal(d.file + QStringLiteral(": warning: ") + tr("skipped: %1").arg(d.message)) << "\n";
    m_err.flush();
    const Benchmark benchmark = builder.build();
    if (const Status written = benchmark.write(output); !written.ok()) {
        m_err << "phare-cli: " << forTerminal(written.diagnostics().constFirst().message) << "\n";
        return InvalidInput;
    }
    //: %1: files read; %2: firms counted; %3: copies of a firm counted already; %4: files skipped.
    m_out << tr("%1 files read: %2 firms counted, %3 duplicates counted once, %4 files skipped")
                 .arg(builder.filesRead())
                 .arg(builder.firms())
                 .arg(builder.duplicates())
                 .arg(builder.skipped().size())
          << "\n";
    //: %1: the benchmark file; %2: how many groups; %3: the threshold.
    m_out << forTerminal(tr("%1: groups published: %2 (at least %3 firms each)")
                             .arg(output)
                             .arg(benchmark.groups.size())
                             .arg(benchmark.threshold))
          << "\n";
    return Success;
}

int BenchmarkCommands::show(const QString &path, const QString &format, const Language &language)
{
    const Result<Benchmark> read = Benchmark::read(path);
    if (!read.ok()) {
        printDiagnostics(read.diagnostics());
        return InvalidInput;
    }
    if (format == u"json")
        m_out << read->toBytes();
    else if (format == u"csv")
        m_out << csv(*read);
    else
        m_out << text(*read, language);
    return Success;
}

QString BenchmarkCommands::text(const Benchmark &benchmark, const Language &language)
{
    QString out;
    QTextStream s(&out);
    s << tr("Benchmark: groups published: %1, each of at least %2 firms; quartiles by the nearest-rank method")
             .arg(benchmark.groups.size())
             .arg(benchmark.threshold)
      << "\n";
    if (!benchmark.from.isEmpty())
        s << tr("Assessments from %1 to %2").arg(benchmark.from, benchmark.to) << "\n";
    if (benchmark.groups.isEmpty())
        s << tr("No group has enough firms to be published.") << "\n";
    for (const BenchmarkGroup &group : benchmark.groups) {
        s << "\n== " << Benchmark::describe(group, language) << " ==\n";
        s << qSetFieldWidth(40) << Qt::left << tr("score") << qSetFieldWidth(7) << Qt::right << tr("firms") << tr("Q1")
          << tr("median") << tr("Q3") << qSetFieldWidth(0) << "  " << tr("levels") << "\n";
        for (auto it = group.scores.cbegin(); it != group.scores.cend(); ++it) {
            QStringList levels;
            for (auto l = it->levels.cbegin(); l != it->levels.cend(); ++l)
                levels.append(QStringLiteral("%1 %2").arg(l.key()).arg(*l));
            s << qSetFieldWidth(40) << Qt::left << it.key() << qSetFieldWidth(7) << Qt::right << it->firms << it->q1
              << it->median << it->q3 << qSetFieldWidth(0) << "  " << levels.join(QStringLiteral(", ")) << "\n";
        }
    }
    s.flush();
    return out;
}

QString BenchmarkCommands::csv(const Benchmark &benchmark)
{
    // Ids and whole numbers only: nothing to quote. Levels as "id=firms" joined by ';'.
    QString out = QStringLiteral("sector,size,group_firms,score,firms,q1,median,q3,levels\n");
    for (const BenchmarkGroup &group : benchmark.groups) {
        for (auto it = group.scores.cbegin(); it != group.scores.cend(); ++it) {
            QStringList levels;
            for (auto l = it->levels.cbegin(); l != it->levels.cend(); ++l)
                levels.append(QStringLiteral("%1=%2").arg(l.key()).arg(*l));
            out += QStringList{group.sector,
                               group.size,
                               QString::number(group.firms),
                               it.key(),
                               QString::number(it->firms),
                               QString::number(it->q1),
                               QString::number(it->median),
                               QString::number(it->q3),
                               levels.join(u';')}
                       .join(u',') +
                   QStringLiteral("\n");
        }
    }
    return out;
}

} // namespace Phare::Cli
