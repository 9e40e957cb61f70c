// Tests the main window as a laptop user meets it: it and its dialogs open within a small screen,
// recovery names what it found and asks before deleting, errors say what to do next, file dialogs start
// in a sensible folder, the report's export dialog lets the advisor leave out the answers, and the start page's lists
// and keys work for keyboard and screen-reader users.
#include "assessment.h"
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "pdffile.h"
#include "questionpage.h"
#include "reportdocument.h"
#include "reportpreview.h"
#include "settings.h"
#include "startpage.h"

#include <QAbstractFileIconProvider>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

using namespace Phare;

namespace {

// The offscreen screen of these tests: 1366×768 at 150 % in logical pixels, the tightest case of
// docs (COMMON: 911×512), set through the offscreen platform's configuration file (main below).
constexpr QSize kScreen(911, 512);

// While it lives, every modal dialog shown is handed to `look` and then closed (rejected, or for a
// message box its default button), so that a test sees what a user would see.
class DialogWatcher
{
public:
    explicit DialogWatcher(std::function<void(QDialog *)> look) : m_look(std::move(look))
    {
        MainWindow::setDialogsAnsweredAutomatically(false);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            ++m_seen;
            m_look(dialog);
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                box->done(box->defaultButton() ? box->standardButton(box->defaultButton()) : QMessageBox::Ok);
            else if (dialog->isVisible()) // `look` may have answered it
                dialog->reject();
        });
        m_timer.start(20);
    }
    ~DialogWatcher() { MainWindow::setDialogsAnsweredAutomatically(true); }
    Q_DISABLE_COPY_MOVE(DialogWatcher)

    int seen() const { return m_seen; }

private:
    std::function<void(QDialog *)> m_look;
    QTimer m_timer;
    int m_seen = 0;
};

} // namespace

class TestGuiWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theScreenIsTheSmallOne();
    void windowOpensWithinTheScreen();
    void savedGeometryIsRestoredOnlyIfItFits();
    void dialogsOpenWithinTheScreen();
    void recoveryBannerNamesTheAssessmentAndTheTime();
    void recoveryIsAnnounced();
    void recoveryResumesWhereTheUserStopped();
    void discardingABackupAsksFirst();
    void brokenFileSaysWhatToDoNext();
    void failedSaveOfANewFileOffersSaveAs();
    void fileDialogsStartInDocumentsOrTheFilesFolder();
    void startPageFitsEveryScreen();
    void startPageListsAreNamedAndStartOnTheFirstItem();
    void enterInTheLastFieldStarts();
    void recentFilesShowTheirFolder();
    void altWithAPlainLetterOpensAnAccentedMenu();
    void uiLanguageIsTheLocale();
    void fileDialogsNameFoldersInTheUiLanguage();
    void exportDialogChoosesTheAnswersAppendix();
    void exportDialogNamesWorkshopPeopleOnlyWhenAsked();

private:
    // An autosave left by a session that did not end cleanly, last written at `saved`.
    QString leaveAutosave(const QString &company, const QDateTime &saved);
    Assessment sample(const QString &company) const;

    Result<Content> m_content = BuiltinContent::load();
};

void TestGuiWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
}

void TestGuiWindow::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
    Settings::setWindowGeometry({});
    for (const QString &file : Settings::recentFiles())
        Settings::removeRecentFile(file);
}

void TestGuiWindow::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    // Every dialog a test expected must have been shown.
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

Assessment TestGuiWindow::sample(const QString &company) const
{
    Assessment a = Assessment::makeNew();
    a.company = Company{company, QStringLiteral("food"), 6, QStringLiteral("Marseille"), {}};
    a.themes.insert(QStringLiteral("cybersecurity"), ThemeAnswers{});
    return a;
}

QString TestGuiWindow::leaveAutosave(const QString &company, const QDateTime &saved)
{
    QDir().mkpath(Settings::autosaveFolder());
    QString file = QDir(Settings::autosaveFolder())
                       .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".phare"));
    if (!AssessmentFile::write(sample(company), file).ok())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(saved, QFileDevice::FileModificationTime))
        return {};
    return file;
}

void TestGuiWindow::theScreenIsTheSmallOne()
{
    // The configuration file was taken: otherwise every test below would pass on an 800×800 screen.
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), kScreen);
}

void TestGuiWindow::windowOpensWithinTheScreen()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect area = window.screen()->availableGeometry();
    QVERIFY2(area.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1×%2 at %3,%4 on a screen of %5×%6")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(area.width())
                            .arg(area.height())));
    // Not a postage stamp either: most of the screen.
    QVERIFY(window.width() >= area.width() * 9 / 10);
    QVERIFY(window.height() >= area.height() * 8 / 10);

    // The questions page's navigation is on screen.
    QVERIFY(window.openFile(QStringLiteral(":/examples/boulangerie-marseille.phare")));
    window.showPage(MainWindow::Page::Questions);
    for (QPushButton *button : window.questionPage()->findChildren<QPushButton *>()) {
        if (!button->isVisible())
            continue;
        const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
        QVERIFY2(area.contains(global), qPrintable(button->text()));
    }
}

void TestGuiWindow::savedGeometryIsRestoredOnlyIfItFits()
{
    {
        // Saved on a large monitor: 1280×800 does not fit a screen 512 pixels high.
        QWidget big;
        big.setGeometry(20, 40, 1280, 800);
        Settings::setWindowGeometry(big.saveGeometry());
        MainWindow window(m_content.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));
    }
    {
        // A size that fits is the user's choice: kept.
        QWidget small;
        small.setGeometry(30, 60, 700, 400);
        Settings::setWindowGeometry(small.saveGeometry());
        MainWindow window(m_content.value());
        QCOMPARE(window.size(), QSize(700, 400));
    }
}

void TestGuiWindow::dialogsOpenWithinTheScreen()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(":/examples/boulangerie-marseille.phare")));
    const QRect area = window.screen()->availableGeometry();
    QStringList outside;
    const auto look = [&](QDialog *dialog) {
        if (!area.contains(dialog->frameGeometry()))
            outside.append(QStringLiteral("%1: %2×%3")
                               .arg(dialog->windowTitle())
                               .arg(dialog->frameGeometry().width())
                               .arg(dialog->frameGeometry().height()));
        // Its buttons can be reached.
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
            if (button->isVisible() && !area.contains(global))
                outside.append(dialog->windowTitle() + QStringLiteral(": ") + button->text());
        }
    };
    {
        DialogWatcher watcher(look);
        window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
        QCOMPARE(watcher.seen(), 1);
    }
    {
        // The PDF preview: 920 pixels tall before, its Save button off a laptop's screen.
        DialogWatcher watcher(look);
        window.findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        QCOMPARE(watcher.seen(), 1);
    }
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u'\n')));
}

void TestGuiWindow::recoveryBannerNamesTheAssessmentAndTheTime()
{
    const QDateTime saved(QDate(2026, 12, 6), QTime(14, 32));
    QVERIFY(!leaveAutosave(QStringLiteral("Boulangerie X"), saved).isEmpty());
    MainWindow window(m_content.value());
    const QString text = window.startPage()->recoveryText();
    QVERIFY2(text.contains(QStringLiteral("“Boulangerie X”")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("December 6 at 2:32 PM")), qPrintable(text));

    window.setSessionLanguage(Language::french());
    const QString french = window.startPage()->recoveryText();
    QVERIFY2(french.contains(QStringLiteral("«\u00a0Boulangerie X\u00a0»")), qPrintable(french));
    QVERIFY2(french.contains(QStringLiteral("du 6 décembre à 14 h 32")), qPrintable(french));
}

void TestGuiWindow::recoveryIsAnnounced()
{
    // The offscreen platform has no accessibility bridge, so QAccessible::updateAccessibility() sends
    // nothing a test could see here: what is checked is what a screen reader reads when the window
    // opens (the focused button and its description) and the banner's role.
    QVERIFY(!leaveAutosave(QStringLiteral("Boulangerie X"), QDateTime::currentDateTime()).isEmpty());
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *banner = window.startPage()->findChild<QWidget *>(QStringLiteral("recoveryBanner"));
    QVERIFY(banner);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::AlertMessage);
    QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("Boulangerie X")));
    // The keyboard starts on the choice, which reads the message with it.
    QCOMPARE(QApplication::focusWidget(), window.startPage()->recoverButton());
    QAccessibleInterface *button = QAccessible::queryAccessibleInterface(window.startPage()->recoverButton());
    QVERIFY(button->text(QAccessible::Description).contains(QStringLiteral("Boulangerie X")));
}

void TestGuiWindow::recoveryResumesWhereTheUserStopped()
{
    QuestionPage::Step answered;
    QuestionPage::Step expected;
    {
        // A session that answers the first three questions of a theme, then ends without closing
        // (as when killed): its autosave stays behind, unlocked.
        MainWindow window(m_content.value());
        AssessmentDocument *document = window.document();
        document->reset(sample(QStringLiteral("Boulangerie X")), QString(), false);
        const QList<QuestionPage::Step> steps = window.questionPage()->steps();
        qsizetype first = 0;
        while (first < steps.size() && steps[first].theme != u"cybersecurity")
            ++first;
        QVERIFY(first + 4 < steps.size());
        for (qsizetype i = first; i < first + 3; ++i) {
            document->setAnswer(steps[i].theme, steps[i].question, Answer::makeDontKnow());
        }
        answered = steps[first + 2];
        expected = steps[first + 3];
        QVERIFY(!document->autosavePath().isEmpty());
    }
    MainWindow window(m_content.value());
    QVERIFY(!window.startPage()->recoveryText().isEmpty());
    QTest::mouseClick(window.startPage()->recoverButton(), Qt::LeftButton);
    QCOMPARE(window.page(), MainWindow::Page::Questions);
    QVERIFY(window.document()->answer(answered.theme, answered.question).has_value());
    // The question after the last one answered, not the questionnaire's first unanswered one.
    QCOMPARE(window.questionPage()->current().theme, expected.theme);
    QCOMPARE(window.questionPage()->current().question, expected.question);
    window.document()->close();
}

void TestGuiWindow::discardingABackupAsksFirst()
{
    const QString autosave = leaveAutosave(QStringLiteral("Boulangerie X"), QDateTime::currentDateTime());
    QVERIFY(!autosave.isEmpty());
    MainWindow window(m_content.value());
    window.show();
    QStringList asked;
    QStringList buttons;
    {
        // The default is to keep it.
        DialogWatcher watcher([&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            asked.append(box ? box->text() : QString());
            for (QAbstractButton *button : box->buttons())
                buttons.append(button->text());
        });
        QTest::mouseClick(window.startPage()->discardButton(), Qt::LeftButton);
        QCOMPARE(watcher.seen(), 1);
    }
    QVERIFY2(asked.value(0).contains(QStringLiteral("Boulangerie X")), qPrintable(asked.value(0)));
    QVERIFY2(buttons.contains(QStringLiteral("&Delete the backup")), qPrintable(buttons.join(u',')));
    QVERIFY(QFileInfo::exists(autosave));
    QVERIFY(!window.startPage()->recoveryText().isEmpty());

    MainWindow::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(window.startPage()->discardButton(), Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(window.startPage()->recoveryText().isEmpty());
}

void TestGuiWindow::brokenFileSaysWhatToDoNext()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("devis.phare"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"company\": this is not JSON");
    file.close();

    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::french());
    window.show();
    // As in the program, the language change is handled before any dialog opens.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString text;
    QStringList buttons;
    {
        DialogWatcher watcher([&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            text = box ? box->windowTitle() + u'\n' + box->text() : QString();
            for (QAbstractButton *button : box->buttons())
                buttons.append(button->text());
        });
        QVERIFY(!window.openFile(broken));
        QCOMPARE(watcher.seen(), 1);
    }
    // In French, in plain words, with the way out.
    QVERIFY2(text.contains(QStringLiteral("«\u00a0devis.phare\u00a0» ne peut pas être ouvert\u00a0: il est endommagé")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("error")) && !text.contains(QStringLiteral("cannot")), qPrintable(text));
    QVERIFY2(buttons.contains(QStringLiteral("Choisir un &autre fichier…")), qPrintable(buttons.join(u',')));

    // Choosing another file opens it.
    MainWindow::setNextAnswer(QMessageBox::Open);
    MainWindow::setNextFileName(QStringLiteral(":/examples/boulangerie-marseille.phare"));
    QVERIFY(window.openFile(broken));
    QVERIFY(window.document()->isOpen());
}

void TestGuiWindow::failedSaveOfANewFileOffersSaveAs()
{
    QTemporaryDir dir;
    // A path whose folder does not exist stands for a folder the user may not write in (root, who runs
    // the CI, writes in read-only folders): the file is new, so nothing "was left as it was".
    const QString target = dir.filePath(QStringLiteral("missing/boulangerie.phare"));
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->reset(sample(QStringLiteral("Boulangerie X")), QString(), true);
    QString text;
    QStringList buttons;
    {
        DialogWatcher watcher([&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            text = box ? box->text() : QString();
            for (QAbstractButton *button : box->buttons())
                buttons.append(button->text());
        });
        MainWindow::setNextFileName(target);
        QVERIFY(!window.saveAs());
        QCOMPARE(watcher.seen(), 1);
    }
    QVERIFY2(!text.contains(QStringLiteral("left as it was")), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("missing")))), qPrintable(text));
    QVERIFY2(buttons.contains(QStringLiteral("Save &As…")), qPrintable(buttons.join(u',')));

    // Save As goes on to another file.
    const QString other = dir.filePath(QStringLiteral("boulangerie.phare"));
    MainWindow::setNextFileName(target);
    MainWindow::setNextAnswer(QMessageBox::Save);
    MainWindow::setNextFileName(other);
    QVERIFY(window.saveAs());
    QVERIFY(QFileInfo::exists(other));
    window.document()->close();
}

void TestGuiWindow::fileDialogsStartInDocumentsOrTheFilesFolder()
{
    MainWindow window(m_content.value());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString expected = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    QCOMPARE(window.dialogFolder(), expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boulangerie.phare"));
    QVERIFY(AssessmentFile::write(sample(QStringLiteral("Boulangerie X")), path).ok());
    QVERIFY(window.openFile(path));
    QCOMPARE(window.dialogFolder(), QFileInfo(path).absolutePath());
    QVERIFY(window.dialogFolder() != QDir::currentPath());
}

void TestGuiWindow::startPageFitsEveryScreen()
{
    // The start page at its fullest, in French (the longer words): the recovery banner and a recent file.
    QVERIFY(!leaveAutosave(QStringLiteral("Boulangerie du Panier et fils"), QDateTime::currentDateTime()).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boulangerie-du-panier-2026.phare"));
    QVERIFY(AssessmentFile::write(sample(QStringLiteral("Boulangerie X")), path).ok());
    Settings::addRecentFile(path);
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::french());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    for (const Test::ScreenCase &screen : Test::screenCases()) {
        window.resize(screen.logicalSize);
        QCoreApplication::processEvents();
        for (const QString &problem : Test::layoutProblems(&window, screen.logicalSize))
            problems.append(screen.name + QStringLiteral(": ") + problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGuiWindow::startPageListsAreNamedAndStartOnTheFirstItem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boulangerie.phare"));
    QVERIFY(AssessmentFile::write(sample(QStringLiteral("Boulangerie X")), path).ok());
    Settings::addRecentFile(path);
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (QListWidget *list : {window.startPage()->recentList(), window.startPage()->examplesList()}) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(list);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(list->objectName()));
        QVERIFY(!iface->text(QAccessible::Name).contains(u'&'));
        // Reached by the keyboard, the list shows its first item selected: the first Down goes to the second.
        list->setFocus(Qt::TabFocusReason);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(list->currentItem()->isSelected());
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), list->count() > 1 ? 1 : 0);
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(window.startPage()->examplesList())->text(QAccessible::Name),
             QStringLiteral("Examples"));
}

void TestGuiWindow::enterInTheLastFieldStarts()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    StartPage *start = window.startPage();
    QTest::keyClicks(start->nameEdit(), QStringLiteral("Boulangerie X"));
    start->advisorEdit()->setFocus();
    QTest::keyClick(start->advisorEdit(), Qt::Key_Return);
    QCOMPARE(window.page(), MainWindow::Page::Questions);
    QCOMPARE(window.document()->assessment().company.name, QStringLiteral("Boulangerie X"));
    window.document()->close();
}

void TestGuiWindow::recentFilesShowTheirFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boulangerie.phare"));
    QVERIFY(AssessmentFile::write(sample(QStringLiteral("Boulangerie X")), path).ok());
    Settings::addRecentFile(path);
    MainWindow window(m_content.value());
    const QListWidgetItem *item = window.startPage()->recentList()->item(0);
    QVERIFY(item);
    QVERIFY2(item->text().startsWith(QStringLiteral("boulangerie.phare")), qPrintable(item->text()));
    QVERIFY2(item->text().contains(QDir::toNativeSeparators(QFileInfo(dir.path()).fileName())),
             qPrintable(item->text()));
    QCOMPARE(item->toolTip(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void TestGuiWindow::altWithAPlainLetterOpensAnAccentedMenu()
{
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::french());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QMenu *edit = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text().remove(u'&') == QStringLiteral("Édition"))
            edit = action->menu();
    }
    QVERIFY(edit);
    QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(edit->isVisible());
    edit->hide();
}

void TestGuiWindow::uiLanguageIsTheLocale()
{
    // Assistive technology is told QLocale()'s name (Qt's AT-SPI bridge answers GetLocale with it).
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::french());
    QCOMPARE(QLocale().language(), QLocale::French);
    window.setSessionLanguage(Language::english());
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestGuiWindow::fileDialogsNameFoldersInTheUiLanguage()
{
    // The type column of Qt's file dialogs (QFileSystemModel asks the icon provider): "Folder" in a
    // French dialog before, Qt 6.4's qtbase_fr lacking it; after a switch at run time too.
    QTemporaryDir dir;
    const QAbstractFileIconProvider provider;
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::english());
    QCOMPARE(provider.type(QFileInfo(dir.path())), QStringLiteral("Folder"));
    window.setSessionLanguage(Language::french());
    QCOMPARE(provider.type(QFileInfo(dir.path())), QStringLiteral("Dossier"));
    window.setSessionLanguage(Language::english());
    QCOMPARE(provider.type(QFileInfo(dir.path())), QStringLiteral("Folder"));
}

// The offscreen platform reads its screens from a configuration file (Qt 6's QOffscreenIntegration,
// "configfile="): a small laptop screen instead of its default 800×800.
int main(int argc, char *argv[])
{
    QTemporaryDir config;
    const QString configFile = config.filePath(QStringLiteral("screens.json"));
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]})")
                   .arg(kScreen.width())
                   .arg(kScreen.height())
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + configFile.toLocal8Bit());
    QApplication app(argc, argv);
    TestGuiWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_window.moc"

void TestGuiWindow::exportDialogNamesWorkshopPeopleOnlyWhenAsked()
{
    // A workshop's report names people by their role; the advisor may tick « names » for one export, and
    // the next export is back to roles. A one-person assessment has no such choice.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/fleuriste-aubagne-atelier.phare")));
    const QString name = window.document()->assessment().respondents.value(0).name;
    QVERIFY(!name.isEmpty());

    const auto exportOnce = [&](const QString &out, bool tick, QString &problem) {
        DialogWatcher watcher([&](QDialog *dialog) {
            auto *names = dialog->findChild<QCheckBox *>(QStringLiteral("showNamesCheck"));
            if (!names || !names->isVisibleTo(dialog)) {
                problem = QStringLiteral("no names checkbox for a workshop");
                return;
            }
            if (names->isChecked())
                problem = QStringLiteral("names are shown by default");
            if (tick) {
                names->setFocus();
                QTest::keyClick(names, Qt::Key_Space);
            }
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        MainWindow::setNextFileName(out);
        window.findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        return watcher.seen();
    };
    QString problem;
    const QString roles = dir.filePath(QStringLiteral("roles.pdf"));
    QCOMPARE(exportOnce(roles, false, problem), 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString named = dir.filePath(QStringLiteral("names.pdf"));
    QCOMPARE(exportOnce(named, true, problem), 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString again = dir.filePath(QStringLiteral("again.pdf"));
    QCOMPARE(exportOnce(again, false, problem), 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem)); // not remembered: roles again

    const auto squeezed = [](QString text) {
        text.removeIf([](QChar c) { return c.isSpace(); });
        return text;
    };
    QVERIFY(!squeezed(Test::PdfFile::at(roles).text()).contains(squeezed(name)));
    QVERIFY(squeezed(Test::PdfFile::at(named).text()).contains(squeezed(name)));
    QVERIFY(!squeezed(Test::PdfFile::at(again).text()).contains(squeezed(name)));

    // One person's assessment: no such checkbox.
    window.document()->close();
    QVERIFY(window.openFile(QStringLiteral(":/examples/boulangerie-marseille.phare")));
    bool shown = true;
    {
        DialogWatcher watcher([&](QDialog *dialog) {
            auto *names = dialog->findChild<QCheckBox *>(QStringLiteral("showNamesCheck"));
            shown = names && names->isVisibleTo(dialog);
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        QCOMPARE(watcher.seen(), 1);
    }
    QVERIFY(!shown);
}

void TestGuiWindow::exportDialogChoosesTheAnswersAppendix()
{
    // The advisor exports the report of a firm and leaves out the appendix of its answers, by keyboard:
    // the preview shows the shorter report at once, the file saved is that one, and the choice is
    // remembered for the next export.
    Settings::setReportIncludesAnswers(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(QStringLiteral(":/examples/boulangerie-marseille.phare")));

    const auto titles = [](const ReportDocument *report) {
        QStringList all;
        for (const ReportDocument::Section &section : report->sections())
            all.append(section.title);
        return all.join(u'|');
    };
    int pagesWith = 0;
    int pagesWithout = 0;
    QString problem;
    const auto look = [&](QDialog *dialog) {
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("includeAnswersCheck"));
        auto *preview = dialog->findChild<ReportPreview *>();
        if (!check || !preview) {
            problem = QStringLiteral("no answers checkbox or no preview in %1").arg(dialog->windowTitle());
            return;
        }
        if (!check->isChecked())
            problem += QStringLiteral("the appendix is not printed by default; ");
        if (!titles(preview->report()).contains(QStringLiteral("Answers and notes")))
            problem += QStringLiteral("the preview has no answers appendix: ") + titles(preview->report());
        pagesWith = preview->report()->pageCount();
        // By keyboard: the checkbox is reached with Tab and unticked with Space.
        for (int i = 0; i < 10 && dialog->focusWidget() != check; ++i)
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Tab);
        if (dialog->focusWidget() != check) {
            problem += QStringLiteral("Tab never reaches the checkbox; ");
            return;
        }
        QTest::keyClick(check, Qt::Key_Space);
        if (titles(preview->report()).contains(QStringLiteral("Answers and notes")))
            problem += QStringLiteral("the preview still has the answers appendix; ");
        pagesWithout = preview->report()->pageCount();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Save)->click();
    };
    const QString out = dir.filePath(QStringLiteral("rapport.pdf"));
    {
        DialogWatcher watcher(look);
        MainWindow::setNextFileName(out);
        window.findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        QCOMPARE(watcher.seen(), 1);
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(pagesWithout < pagesWith,
             qPrintable(QStringLiteral("%1 pages, then %2").arg(pagesWith).arg(pagesWithout)));
    QVERIFY(!Settings::reportIncludesAnswers());
    // The file is the report the preview showed.
    QCOMPARE(Test::PdfFile::at(out).pages(), pagesWithout);
    QVERIFY(!Test::PdfFile::at(out).text().contains(QStringLiteral("Answers and notes")));

    // The next export starts from the choice made, here the editable copy.
    bool startedUnticked = false;
    QString saveText;
    {
        DialogWatcher watcher([&](QDialog *dialog) {
            if (auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("includeAnswersCheck")))
                startedUnticked = !check->isChecked();
            if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
                saveText = buttons->button(QDialogButtonBox::Save)->text();
        });
        window.findChild<QAction *>(QStringLiteral("exportEditableAction"))->trigger();
        QCOMPARE(watcher.seen(), 1);
    }
    QVERIFY(startedUnticked);
    QVERIFY2(saveText.contains(QStringLiteral("OpenDocument")), qPrintable(saveText));
    Settings::setReportIncludesAnswers(true);
}
