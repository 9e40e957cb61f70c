// The in-process and the real-process runs of phare-cli for the tests.
#include "clirun.h"

#include "cli.h"

#include <QProcess>
#include <QTextStream>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

// Sanitizers reserve terabytes of address space, so a memory limit only applies without them.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PHARE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define PHARE_SANITIZED 1
#endif
#endif

namespace Phare::Test {

QString CliRun::describe(int expectedExit) const
{
    return QStringLiteral("phare-cli %1\n%2exit %3 %4\nstdout: %5\nstderr: %6")
        .arg(args.join(QLatin1Char(' ')),
             expectedExit < 0 ? QString() : QStringLiteral("expected exit %1, got ").arg(expectedExit))
        .arg(exitCode)
        .arg(problem, out.left(1500), err.left(1500));
}

CliRun runCli(const QStringList &args)
{
    CliRun run;
    run.args = args;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = Cli::run(QStringList{QStringLiteral("phare-cli")} + args, out, err);
    out.flush();
    err.flush();
    run.finished = true;
    return run;
}

CliRun runCliProcess(const QStringList &args, const ProcessOptions &options)
{
    CliRun run;
    run.args = args;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (options.environment)
        options.environment(env);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!options.stdoutFile.isEmpty())
        process.setStandardOutputFile(options.stdoutFile);
#if defined(Q_OS_LINUX) && !defined(PHARE_SANITIZED)
    if (const rlim_t bytes = options.addressSpaceLimit; bytes > 0) {
        process.setChildProcessModifier([bytes] {
            const rlimit limit{bytes, bytes};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
#endif
    process.start(QStringLiteral(PHARE_CLI), args);
    if (!process.waitForStarted()) {
        run.problem = QStringLiteral("(did not start: %1)").arg(process.errorString());
        return run;
    }
    if (!process.waitForFinished(static_cast<int>(options.timeout.count()))) {
        process.kill();
        process.waitForFinished();
        run.problem = QStringLiteral("(timed out after %1 ms)").arg(options.timeout.count());
    } else if (process.exitStatus() == QProcess::CrashExit) {
        run.problem = QStringLiteral("(crashed)");
    } else {
        run.finished = true;
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Phare::Test
