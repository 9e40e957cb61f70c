// phare-cli: the headless entry point (docs/cli.md); the commands themselves are in cli.cpp.
#include "cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The exit code once what was printed is really out: a write error on standard output (a full disk,
// /dev/full, a closed pipe) must not end in success with a truncated result.
int finish(int status, QTextStream &out, QTextStream &err)
{
    out.flush();
    errno = 0;
    const bool written = out.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (written)
        return status;
    const int code = errno;
    err << "phare-cli: " << QCoreApplication::translate("Phare::Cli", "cannot write the output")
        << (code ? QStringLiteral(": %1").arg(QString::fromLocal8Bit(std::strerror(code))) : QString()) << "\n";
    err.flush();
    return status == Phare::Cli::Success ? Phare::Cli::InvalidInput : status;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only `report` draws (Qt Charts needs a QApplication); it needs no display, and the other
    // commands keep a plain QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool drawing = Phare::Cli::drawsReport(arguments);
    if (drawing && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phare-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHARE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Phare::Cli::run(QCoreApplication::arguments(), out, err);
    return finish(status, out, err);
}
