// phare: the desktop program; command-line options are documented in docs/user-guide.en.md.
#include "builtincontent.h"
#include "contentloader.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// Quits once the window has been painted: used to measure start-up.
class QuitWhenPainted final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Phare"));
    QApplication::setApplicationName(QStringLiteral("Phare"));
    QApplication::setApplicationVersion(QStringLiteral(PHARE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.phare.Phare"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/resources/icons/phare.svg")));

    // Until the window chooses its language, the help and the first messages are in the one it will
    // start in (the setting, else the system's); the window installs its own translators.
    QTranslator startTranslator;
    QTranslator startQtTranslator; // QCommandLineParser's own words ("Displays help…")
    if (const Phare::Language start = Phare::Settings::effectiveLanguage(); start != Phare::Language::english()) {
        if (startTranslator.load(QStringLiteral(":/i18n/phare_%1.qm").arg(start.code())))
            QCoreApplication::installTranslator(&startTranslator);
        if (startQtTranslator.load(QStringLiteral("qtbase_%1").arg(start.code()),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&startQtTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Phare: digital maturity self-assessment for small businesses"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: fr or en."),
                                        QStringLiteral("fr|en"));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QCoreApplication::translate("main", "Open an assessment file."),
                                        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Page to show: questionnaire, results or recommendations."),
        QCoreApplication::translate("main", "PAGE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QCoreApplication::translate("main", "Draw the window into FILE.png and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot, in pixels (default 1280x800)."),
        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1280x800"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate("main", "Exit as soon as the window has been shown and painted."));
    parser.addOptions({langOption, openOption, pageOption, screenshotOption, sizeOption, quitOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "An assessment file (.phare) to open."),
                                 QCoreApplication::translate("main", "[file]"));
    parser.process(app);

    const std::optional<Phare::Language> lang = Phare::Language::fromCode(parser.value(langOption));
    if (parser.isSet(langOption) && !lang) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "phare: --lang takes fr or en")));
        return 2;
    }
    const QString page = parser.value(pageOption);
    if (parser.isSet(pageOption) && page != u"questionnaire" && page != u"results" && page != u"recommendations") {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "phare: --page takes questionnaire, results or recommendations")));
        return 2;
    }
    const QStringList sizeParts = parser.value(sizeOption).split(u'x');
    const QSize screenshotSize = sizeParts.size() == 2 ? QSize(sizeParts[0].toInt(), sizeParts[1].toInt()) : QSize();
    if (screenshotSize.width() < 200 || screenshotSize.height() < 200) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "phare: --size takes WIDTHxHEIGHT, such as 1024x600")));
        return 2;
    }

    const Phare::Result<Phare::Content> content = Phare::BuiltinContent::load();
    if (!content.ok()) {
        const QString lines = Phare::toText(content.diagnostics());
        std::fprintf(stderr, "%s\n", qPrintable(lines));
        QMessageBox::critical(
            nullptr, QStringLiteral("Phare"),
            QCoreApplication::translate("main", "The built-in questionnaires are damaged:\n\n%1").arg(lines));
        return 1;
    }

    QCoreApplication::removeTranslator(&startTranslator);
    QCoreApplication::removeTranslator(&startQtTranslator);
    Phare::MainWindow window(content.value());
    if (lang)
        window.setSessionLanguage(*lang);
    QString file = parser.value(openOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().first();
    bool opened = true;
    if (!file.isEmpty())
        opened = window.openFile(file);
    if (page == u"questionnaire")
        window.showPage(Phare::MainWindow::Page::Questions);
    else if (page == u"results")
        window.showPage(Phare::MainWindow::Page::Results);
    else if (page == u"recommendations")
        window.showPage(Phare::MainWindow::Page::Recommendations);

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        window.resize(screenshotSize);
        window.show();
        QTimer::singleShot(400, &window, [&window, screenshot, opened] {
            const bool saved = window.grab().save(screenshot);
            if (!saved)
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "phare: cannot write the picture %1")
                                            .arg(QDir::toNativeSeparators(screenshot))));
            QCoreApplication::exit(saved && opened ? 0 : 1);
        });
        return QApplication::exec();
    }
    if (parser.isSet(quitOption))
        app.installEventFilter(new QuitWhenPainted(&app));
    window.show();
    return QApplication::exec();
}
