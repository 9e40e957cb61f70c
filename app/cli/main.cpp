// phare-cli: the headless entry point (docs/cli.md); the commands themselves are in cli.cpp.
#include "cli.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

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
    return Phare::Cli::runOnStandardStreams(QCoreApplication::arguments());
}
