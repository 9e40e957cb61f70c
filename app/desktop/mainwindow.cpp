// Menus, pages and file handling of the desktop app.
#include "mainwindow.h"

#include "assessmentdocument.h"
#include "content.h"
#include "decidedplan.h"
#include "mergedialog.h"
#include "peeractions.h"
#include "peopledialog.h"
#include "questionpage.h"
#include "recommendationspage.h"
#include "reportdocument.h"
#include "reportpreview.h"
#include "resultspage.h"
#include "settings.h"
#include "startpage.h"
#include "uitext.h"
#include "workshopdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace Phare {

namespace {
QList<QMessageBox::StandardButton> g_nextAnswers;
QStringList g_nextFileNames;
bool g_automaticAnswers = false;
} // namespace

void MainWindow::setNextAnswer(QMessageBox::StandardButton button)
{
    g_nextAnswers.append(button);
}

void MainWindow::setNextFileName(const QString &fileName)
{
    g_nextFileNames.append(fileName);
}

namespace {
// Some platform themes (offscreen, minimal desktops) bind no key to a standard action: use the usual one.
QList<QKeySequence> keys(QKeySequence::StandardKey standard, const QKeySequence &fallback)
{
    QList<QKeySequence> bound = QKeySequence::keyBindings(standard);
    if (bound.isEmpty())
        bound.append(fallback);
    return bound;
}

// Qt 6.4's French catalogue (qtbase_fr) misses the file type names of the file dialogs, whose context
// changed in Qt 6 ("Folder" in a French dialog): Phare's own catalogue carries them.
struct QtText
{
    const char *source;
    const char *disambiguation;
};
[[maybe_unused]] constexpr QtText kQtFolder =
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms");
[[maybe_unused]] constexpr const char *kQtDrive = QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive");

// The window frame (title bar, borders) lies outside the size given to resize(); before the window is
// shown its size is unknown: leave this much room for it.
constexpr QMargins kFrameAllowance(8, 40, 8, 8);

// The part of the widget's screen a window may use: without the panels and docks.
QRect availableArea(const QWidget *widget)
{
    const QScreen *screen = widget->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 600);
}
} // namespace

QSize MainWindow::fittedSize(const QWidget *widget, const QSize &wanted)
{
    const QSize room = availableArea(widget).marginsRemoved(kFrameAllowance).size();
    return wanted.boundedTo(room);
}

void MainWindow::setDialogsAnsweredAutomatically(bool automatic)
{
    g_automaticAnswers = automatic;
}

int MainWindow::clearQueuedAnswers()
{
    const auto count = g_nextAnswers.size() + g_nextFileNames.size();
    g_nextAnswers.clear();
    g_nextFileNames.clear();
    return static_cast<int>(count);
}

MainWindow::MainWindow(const Content &content, QWidget *parent)
    : QMainWindow(parent), m_content(content), m_document(new AssessmentDocument(content, this)),
      m_translator(new QTranslator(this)), m_qtTranslator(new QTranslator(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_document->setAutosaveFolder(Settings::autosaveFolder());

    m_pages = new QStackedWidget(this);
    m_start = new StartPage(content, m_pages);
    m_pages->addWidget(m_start); // the other pages come when first needed
    setCentralWidget(m_pages);

    createActions();

    connect(m_start, &StartPage::startRequested, this,
            [this](const Company &company, const QString &advisor, const QStringList &themes) {
                if (m_start->isEditing() && m_document->isOpen()) {
                    // The form edits the open assessment's profile and themes.
                    m_document->setProfile(company, advisor);
                    m_document->setThemes(themes);
                    m_start->setEditing(false);
                } else {
                    if (!maybeSave())
                        return;
                    Assessment a = Assessment::makeNew();
                    a.company = company;
                    a.advisor = advisor;
                    a.language = m_language.code();
                    a.created = QDateTime::currentDateTimeUtc();
                    m_document->reset(a, QString(), true);
                    m_document->setThemes(themes);
                }
                m_document->clearComparison(); // the profile may now be another firm's
                questionPage()->showFirstUnanswered();
                showPage(Page::Questions);
            });
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openFile);
    connect(m_start, &StartPage::openDialogRequested, this, &MainWindow::openDialog);
    connect(m_start, &StartPage::recoverRequested, this, &MainWindow::recover);
    connect(m_start, &StartPage::discardRequested, this, &MainWindow::discardRecovery);
    // Where the user is, kept with the autosave so that a recovery resumes there (the autosave is
    // written before these signals, so its path is known).
    const auto keepPosition = [this](const QString &theme, const QString &question) {
        if (!m_document->autosavePath().isEmpty())
            Settings::setRecoveryPosition(m_document->autosavePath(), theme + u'/' + question);
    };
    connect(m_document, &AssessmentDocument::answersChanged, this, keepPosition);
    connect(m_document, &AssessmentDocument::notesChanged, this, keepPosition);
    connect(m_document, &AssessmentDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &AssessmentDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &AssessmentDocument::profileChanged, this, &MainWindow::updateTitle);
    connect(m_document, &AssessmentDocument::opened, this, &MainWindow::updateActions);
    connect(m_document, &AssessmentDocument::comparisonChanged, this, &MainWindow::updateActions);
    // A failed autosave stays in view until one works again (a message of a few seconds went unseen).
    m_autosaveWarning = new QLabel(this);
    m_autosaveWarning->setWordWrap(true);
    m_autosaveWarning->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; }"));
    m_autosaveWarning->hide();
    statusBar()->addPermanentWidget(m_autosaveWarning, 1);
    connect(m_document, &AssessmentDocument::autosaveFailed, this, [this](const QString &reason) {
        m_autosaveError = reason;
        showAutosaveWarning();
    });
    connect(m_document, &AssessmentDocument::autosaveSucceeded, this, [this] {
        m_autosaveError.clear();
        showAutosaveWarning();
    });

    setSessionLanguage(Settings::effectiveLanguage());
    m_start->setRecentFiles(Settings::recentFiles());
    checkRecovery();
    placeOnScreen();
    showPage(Page::Start);
}

MainWindow::~MainWindow() = default;

void MainWindow::placeOnScreen()
{
    // The size last used, if it still fits the screen (a laptop after a large monitor: 1280×800 on a
    // screen 768 pixels high put the Next button out of reach).
    const QRect area = availableArea(this);
    if (restoreGeometry(Settings::windowGeometry()) && area.contains(geometry().marginsAdded(kFrameAllowance)))
        return;
    resize(fittedSize(this, QSize(1280, 800)));
    move(area.center() - rect().center());
}

QuestionPage *MainWindow::questionPage()
{
    if (!m_questions) {
        // Built from the document as it is now, as the page would have followed it.
        m_questions = new QuestionPage(m_document, m_pages);
        m_pages->addWidget(m_questions);
        connect(m_questions, &QuestionPage::finished, this, [this] { showPage(Page::Results); });
        // The page's own keys (next and previous theme, next unanswered question) are listed in the View
        // menu, where they can be found and chosen with the mouse as well.
        m_viewMenu->addSeparator();
        m_viewMenu->addActions(m_questions->navigationActions());
    }
    return m_questions;
}

ResultsPage *MainWindow::resultsPage()
{
    if (!m_results) {
        m_results = new ResultsPage(m_document, m_pages);
        m_pages->addWidget(m_results);
        // In step with m_tablesAction: toggling it is what builds the page when nothing else has.
        connect(m_results, &ResultsPage::tablesShownChanged, m_tablesAction, &QAction::setChecked);
        if (m_peers->benchmark())
            m_results->setBenchmark(m_peers->benchmark());
    }
    return m_results;
}

RecommendationsPage *MainWindow::recommendationsPage()
{
    if (!m_recommendations) {
        m_recommendations = new RecommendationsPage(m_document, m_pages);
        m_pages->addWidget(m_recommendations);
        connect(m_recommendations, &RecommendationsPage::profileRequested, this, [this] {
            const Questionnaire *profile = m_content.profile();
            if (!profile || profile->dimensions.isEmpty() || profile->dimensions.front().questions.isEmpty())
                return;
            questionPage()->goTo({profile->id, profile->dimensions.front().questions.front().id});
            showPage(Page::Questions);
        });
    }
    return m_recommendations;
}

QWidget *MainWindow::pageWidget(Page page)
{
    switch (page) {
    case Page::Questions:
        return questionPage();
    case Page::Results:
        return resultsPage();
    case Page::Recommendations:
        return recommendationsPage();
    case Page::Start:
        break;
    }
    return m_start;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcuts(keys(QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N)));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newAssessment);
    m_openAction = new QAction(this);
    m_openAction->setShortcuts(keys(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcuts(keys(QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_S)));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcuts(keys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_compareAction = new QAction(this);
    connect(m_compareAction, &QAction::triggered, this, [this] {
        const QString path = askFileName(FileDialog::OpenAssessment, tr("Compare with an earlier assessment"));
        if (!path.isEmpty())
            compareWith(path);
    });
    m_stopCompareAction = new QAction(this);
    connect(m_stopCompareAction, &QAction::triggered, m_document, &AssessmentDocument::clearComparison);
    m_exportReportAction = new QAction(this);
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] { exportReport(); });
    m_exportEditableAction = new QAction(this);
    m_exportEditableAction->setObjectName(QStringLiteral("exportEditableAction"));
    connect(m_exportEditableAction, &QAction::triggered, this, [this] { exportReport(true); });
    m_exportPlanAction = new QAction(this);
    m_exportPlanAction->setObjectName(QStringLiteral("exportPlanAction"));
    connect(m_exportPlanAction, &QAction::triggered, this, [this] {
        const QString path = askFileName(FileDialog::ExportPlan, tr("Export the action plan"));
        if (!path.isEmpty())
            exportPlan(path);
    });
    m_followUpAction = new QAction(this);
    m_followUpAction->setObjectName(QStringLiteral("followUpAction"));
    connect(m_followUpAction, &QAction::triggered, this, &MainWindow::startFollowUp);
    m_mergeAction = new QAction(this);
    m_mergeAction->setObjectName(QStringLiteral("mergeAction"));
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::mergeAnswers);
    m_profileAction = new QAction(this);
    connect(m_profileAction, &QAction::triggered, this, [this] {
        m_start->setProfile(m_document->assessment().company, m_document->assessment().advisor, m_document->themes());
        m_start->setEditing(true);
        showPage(Page::Start);
    });
    m_workshopAction = new QAction(this);
    m_workshopAction->setObjectName(QStringLiteral("workshopAction"));
    connect(m_workshopAction, &QAction::triggered, this, &MainWindow::editWorkshop);
    m_peopleAction = new QAction(this);
    m_peopleAction->setObjectName(QStringLiteral("peopleAction"));
    connect(m_peopleAction, &QAction::triggered, this, &MainWindow::editPeople);
    // The peer actions ask through this window, so that its test hooks answer them too.
    PeerActions::Asking asking;
    asking.fileName = [this](const QString &title, const QString &suggested, const QString &filter, bool open) {
        if (!g_nextFileNames.isEmpty())
            return g_nextFileNames.takeFirst();
        if (g_automaticAnswers)
            return QString();
        return open ? QFileDialog::getOpenFileName(this, title, suggested, filter)
                    : QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    asking.warn = [this](const QString &title, const QString &text) {
        ask(QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
    };
    asking.queued = [] {
        return hookedAnswer(QMessageBox::Save);
    };
    asking.folder = [this] {
        return dialogFolder();
    };
    m_peers = new PeerActions(m_document, this, std::move(asking));
    connect(m_peers, &PeerActions::benchmarkChanged, this, [this] {
        if (m_results)
            m_results->setBenchmark(m_peers->benchmark());
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcuts(keys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoStack's, whose text ("Undo %1") is fixed before any translator is loaded.
    m_undoAction = new QAction(this);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(m_document->undoStack(), &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_undoAction->setShortcuts(keys(QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z)));
    m_redoAction = new QAction(this);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(m_document->undoStack(), &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_redoAction->setShortcuts(keys(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    m_pageGroup = new QActionGroup(this);
    const auto pageAction = [this](Page page, const QKeySequence &key) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(key);
        m_pageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        return action;
    };
    m_startPageAction = pageAction(Page::Start, QKeySequence(Qt::CTRL | Qt::Key_1));
    m_questionsAction = pageAction(Page::Questions, QKeySequence(Qt::CTRL | Qt::Key_2));
    m_resultsAction = pageAction(Page::Results, QKeySequence(Qt::CTRL | Qt::Key_3));
    m_recommendationsAction = pageAction(Page::Recommendations, QKeySequence(Qt::CTRL | Qt::Key_4));
    m_tablesAction = new QAction(this);
    m_tablesAction->setCheckable(true);
    m_tablesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tablesAction, &QAction::toggled, this, [this](bool tables) { resultsPage()->setTablesShown(tables); });

    // Each language named in itself, so that it can be found whatever the interface's language.
    auto *languages = new QActionGroup(this);
    for (const Language &language : Language::supported()) {
        auto *action = new QAction(language.nativeName(), this);
        action->setCheckable(true);
        action->setData(language.code());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
        m_languageActions.append(action);
    }

    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcuts(keys(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_followUpAction);
    m_fileMenu->addAction(m_mergeAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_compareAction);
    m_fileMenu->addAction(m_stopCompareAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportReportAction);
    m_fileMenu->addAction(m_exportEditableAction);
    m_fileMenu->addAction(m_exportPlanAction);
    m_fileMenu->addAction(m_peers->shareAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_profileAction);
    m_editMenu->addAction(m_workshopAction);
    m_editMenu->addAction(m_peopleAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageGroup->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tablesAction);
    menuBar()->addMenu(m_peers->menu());
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageActions);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_aboutAction);

    m_pageBar = addToolBar(QString());
    m_pageBar->setObjectName(QStringLiteral("pages"));
    m_pageBar->setMovable(false);
    m_pageBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pageBar->addActions(m_pageGroup->actions());
    updateRecentMenu();
    updateActions();
}

void MainWindow::showAutosaveWarning()
{
    if (!m_autosaveWarning)
        return;
    m_autosaveWarning->setVisible(!m_autosaveError.isEmpty());
    m_autosaveWarning->setText(
        m_autosaveError.isEmpty()
            ? QString()
            : tr("Automatic backup is not working (%1): save your work to keep it.").arg(m_autosaveError));
}

QString MainWindow::autosaveWarning() const
{
    return m_autosaveWarning->isVisibleTo(this) ? m_autosaveWarning->text() : QString();
}

void MainWindow::retranslate()
{
    showAutosaveWarning();
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New assessment…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_compareAction->setText(tr("&Compare with an earlier assessment…"));
    m_stopCompareAction->setText(tr("S&top comparing"));
    m_exportReportAction->setText(tr("&Export PDF report…"));
    m_exportEditableAction->setText(tr("Export an e&ditable copy (OpenDocument)…"));
    m_exportPlanAction->setText(tr("Export &plan as CSV…"));
    m_followUpAction->setText(tr("New &follow-up…"));
    m_mergeAction->setText(tr("&Merge answers…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_profileAction->setText(tr("Name, sector and &themes…"));
    m_workshopAction->setText(tr("Advisor, dates and &context…"));
    m_peopleAction->setText(tr("&People in the workshop…"));
    m_viewMenu->setTitle(tr("&View"));
    m_startPageAction->setText(tr("&Start"));
    m_questionsAction->setText(tr("&Questions"));
    m_resultsAction->setText(tr("&Results"));
    m_recommendationsAction->setText(tr("Recommen&dations"));
    m_tablesAction->setText(tr("Show the charts as &tables"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_peers->retranslate();
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About Phare"));
    m_pageBar->setWindowTitle(tr("Pages"));
    updateMenuMnemonics();
    updateRecentMenu();
    updateTitle();
}

void MainWindow::updateMenuMnemonics()
{
    // A menu whose mnemonic is an accented capital ("&Édition") answers Alt+É only, a key French
    // keyboards do not have: Alt with the plain letter opens it too.
    qDeleteAll(m_accentShortcuts);
    m_accentShortcuts.clear();
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_viewMenu, m_languageMenu, m_helpMenu}) {
        const QString title = menu->title();
        const auto amp = title.indexOf(u'&');
        if (amp < 0 || amp + 1 >= title.size())
            continue;
        const QString decomposed = title.at(amp + 1).toUpper().decomposition();
        if (decomposed.isEmpty() || decomposed.at(0).unicode() >= 0x80 || !decomposed.at(0).isLetter())
            continue;
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(decomposed.at(0).toUpper().unicode())), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, menu] { menuBar()->setActiveAction(menu->menuAction()); });
        m_accentShortcuts.append(shortcut);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const Language &language)
{
    applyLanguage(language);
    Settings::setLanguage(m_language);
}

void MainWindow::setSessionLanguage(const Language &language)
{
    applyLanguage(language);
}

void MainWindow::applyLanguage(const Language &language)
{
    m_language = language;
    Ui::setLanguage(language);
    // Numbers and dates in the interface's language, and the locale Qt's accessibility bridge reports
    // to screen readers (AT-SPI's GetLocale answers QLocale()): otherwise the system's.
    QLocale::setDefault(language.locale());
    qApp->removeTranslator(m_translator);
    qApp->removeTranslator(m_qtTranslator);
    // English has a catalogue too: the sources' plurals ("%n question(s)") in English words.
    if (m_translator->load(QStringLiteral(":/i18n/phare_%1.qm").arg(language.code())))
        qApp->installTranslator(m_translator);
    if (language != Language::english()) { // the sources are English
        if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(language.code()),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qApp->installTranslator(m_qtTranslator);
    }
    for (QAction *action : std::as_const(m_languageActions))
        action->setChecked(action->data().toString() == language.code());
    // Installing a translator posts LanguageChange: delivered now, so that it cannot reach a message box
    // opened meanwhile (which would put back its standard buttons' words over the ones it was given).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    // The content's language changes even where no translator was posted: tell this window now (QWidget
    // passes it on to its children).
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(this, &change);
}

MainWindow::Page MainWindow::page() const
{
    const QWidget *current = m_pages->currentWidget();
    if (current && current == m_questions)
        return Page::Questions;
    if (current && current == m_results)
        return Page::Results;
    if (current && current == m_recommendations)
        return Page::Recommendations;
    return Page::Start;
}

void MainWindow::showPage(Page page)
{
    if (page != Page::Start && !m_document->isOpen())
        page = Page::Start;
    if (page == Page::Questions && questionPage()->current().question.isEmpty())
        m_questions->showFirstUnanswered();
    if (page == Page::Results)
        resultsPage()->refresh();
    if (page == Page::Recommendations)
        recommendationsPage()->refresh();
    m_pages->setCurrentWidget(pageWidget(page));
    const QList<QAction *> actions = m_pageGroup->actions();
    actions[static_cast<int>(page)]->setChecked(true);
    if (page == Page::Questions)
        m_questions->goTo(m_questions->current()); // puts the keyboard focus on the answers
}

void MainWindow::updateTitle()
{
    QString name = tr("Phare");
    if (m_document->isOpen()) {
        const QString company = m_document->assessment().company.name;
        const QString file =
            m_document->path().isEmpty() ? tr("not saved yet") : QFileInfo(m_document->path()).fileName();
        name = QStringLiteral("%1 (%2)[*] — %3").arg(company, file, tr("Phare"));
    }
    setWindowTitle(name);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_compareAction->setEnabled(open);
    m_stopCompareAction->setEnabled(open && m_document->comparison());
    m_exportReportAction->setEnabled(open);
    m_exportEditableAction->setEnabled(open);
    m_exportPlanAction->setEnabled(open);
    m_peers->updateActions();
    m_profileAction->setEnabled(open);
    m_workshopAction->setEnabled(open);
    m_peopleAction->setEnabled(open);
    m_questionsAction->setEnabled(open);
    m_resultsAction->setEnabled(open);
    m_recommendationsAction->setEnabled(open);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(StartPage::fileLabel(file));
        a->setToolTip(QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_start->setRecentFiles(files);
}

std::optional<QMessageBox::StandardButton> MainWindow::hookedAnswer(QMessageBox::StandardButton fallback)
{
    if (!g_nextAnswers.isEmpty())
        return g_nextAnswers.takeFirst();
    if (g_automaticAnswers)
        return fallback;
    return std::nullopt;
}

QMessageBox::StandardButton MainWindow::ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton fallback,
                                            const QHash<QMessageBox::StandardButton, QString> &labels)
{
    if (g_nextAnswers.isEmpty() && g_automaticAnswers)
        qWarning("phare: message box answered automatically: %s", qPrintable(title));
    if (const auto answer = hookedAnswer(fallback))
        return *answer;
    QMessageBox box(icon, title, text, buttons, this);
    box.setDefaultButton(fallback);
    box.setTextFormat(Qt::PlainText);
    for (auto label = labels.cbegin(); label != labels.cend(); ++label) {
        if (QAbstractButton *button = box.button(label.key()))
            button->setText(label.value());
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QString MainWindow::dialogFolder() const
{
    // The open assessment's folder, else Documents (never the folder the program was started from).
    if (!m_document->path().isEmpty())
        return QFileInfo(m_document->path()).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString MainWindow::askFileName(FileDialog dialog, const QString &title)
{
    if (!g_nextFileNames.isEmpty())
        return g_nextFileNames.takeFirst();
    if (g_automaticAnswers)
        return {};
    const QDir folder(dialogFolder());
    if (dialog == FileDialog::OpenAssessment)
        return QFileDialog::getOpenFileName(this, title, folder.path(), tr("Phare assessments (*.phare)"));
    // Saving: next to the assessment's file and named after it, else after the firm.
    const QString firm = m_document->assessment().company.name.simplified().replace(u'/', u'-');
    QString suggested;
    QString filter;
    QString suffix;
    if (dialog == FileDialog::SaveAssessment) {
        suffix = QStringLiteral(".phare");
        filter = tr("Phare assessments (*.phare)");
        suggested = m_document->path().isEmpty() ? folder.filePath(firm + suffix) : m_document->path();
    } else if (dialog == FileDialog::ExportPlan) {
        suffix = QStringLiteral(".csv");
        filter = tr("CSV files (*.csv)");
        const QFileInfo file(m_document->path());
        suggested = folder.filePath((m_document->path().isEmpty() ? firm : file.completeBaseName()) +
                                    tr("-plan", "suffix of the plan's file name") + suffix);
    } else if (dialog == FileDialog::ExportEditable) {
        suffix = QStringLiteral(".odt");
        filter = tr("OpenDocument texts (*.odt)");
        const QFileInfo file(m_document->path());
        suggested = folder.filePath((m_document->path().isEmpty() ? firm : file.completeBaseName()) + suffix);
    } else {
        suffix = QStringLiteral(".pdf");
        filter = tr("PDF documents (*.pdf)");
        const QFileInfo file(m_document->path());
        suggested = folder.filePath((m_document->path().isEmpty() ? firm : file.completeBaseName()) + suffix);
    }
    QString path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    const Qt::CaseSensitivity cs = dialog == FileDialog::SaveAssessment ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (!path.isEmpty() && !path.endsWith(suffix, cs))
        path += suffix;
    return path;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isOpen() || !m_document->isModified())
        return true;
    const auto answer = ask(QMessageBox::Warning, tr("Unsaved changes"),
                            tr("The assessment of %1 has changes that are not saved. Save them?")
                                .arg(m_document->assessment().company.name),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newAssessment()
{
    m_start->setEditing(false);
    m_start->setProfile(Company{QString(), QStringLiteral("retail"), 1, QString(), {}}, QString(), [this] {
        QStringList all;
        for (const Questionnaire &q : m_content.questionnaires) {
            if (!q.profile)
                all.append(q.id);
        }
        return all;
    }());
    showPage(Page::Start);
    m_start->nameEdit()->setFocus();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = askFileName(FileDialog::OpenAssessment, tr("Open an assessment"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (m_document->isOpen() && m_document->isModified() && !maybeSave())
        return false;
    const Result<Assessment> read = AssessmentFile::read(path);
    if (!read.ok()) {
        const bool another = askAnotherFile(path, read.diagnostics());
        if (!path.startsWith(u':'))
            Settings::removeRecentFile(path);
        updateRecentMenu();
        if (another) {
            const QString other = askFileName(FileDialog::OpenAssessment, tr("Open an assessment"));
            return !other.isEmpty() && openFile(other);
        }
        return false;
    }
    // The examples are built in and read-only: they open as new, unsaved assessments.
    const bool example = path.startsWith(u':');
    m_document->reset(*read, example ? QString() : path, false); // ends any comparison
    if (!example) {
        Settings::addRecentFile(path);
        updateRecentMenu();
    }
    if (!read.diagnostics().isEmpty()) {
        ask(QMessageBox::Warning, tr("Some fields are left out"),
            tr("%1 holds fields this version of Phare does not know, too large to keep. They are left out, and "
               "will not be saved:\n\n%2")
                .arg(QFileInfo(path).fileName(), toText(read.diagnostics())),
            QMessageBox::Ok, QMessageBox::Ok);
    }
    const Evaluation evaluation = m_document->evaluation();
    const AssessmentResult &result = evaluation.scores();
    if (!result.issues.isEmpty()) {
        QStringList lines;
        for (const ScoreIssue &issue : result.issues) {
            // The questionnaire's title in the interface's language; its id only if the content lost it.
            const Questionnaire *questionnaire = m_content.questionnaire(issue.theme);
            const QString theme = questionnaire ? questionnaire->title.text(Ui::language()) : issue.theme;
            lines.append(issue.question.isEmpty() ? tr("• %1: %2").arg(theme, issue.message)
                                                  : tr("• %1 / %2: %3").arg(theme, issue.question, issue.message));
        }
        ask(QMessageBox::Information, tr("Some answers are kept but not counted"),
            tr("This assessment was made with another version of the questionnaires. These answers are kept in "
               "the file but no longer count in the scores:\n\n%1")
                .arg(lines.join(QLatin1Char('\n'))),
            QMessageBox::Ok, QMessageBox::Ok);
    }
    questionPage()->showFirstUnanswered();
    showPage(m_document->themes().isEmpty() ? Page::Start : Page::Results);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::save()
{
    if (!m_document->isOpen())
        return false;
    if (m_document->path().isEmpty())
        return saveAs();
    return saveTo(m_document->path());
}

bool MainWindow::saveAs()
{
    if (!m_document->isOpen())
        return false;
    const QString path = askFileName(FileDialog::SaveAssessment, tr("Save the assessment"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    // Two windows (or another program) on one file: the last save used to win silently.
    if (path == m_document->path() && m_document->changedOnDisk() &&
        ask(QMessageBox::Warning, tr("File changed on disk"),
            tr("%1 was changed by another window or program since you opened it. Saving replaces those "
               "changes with yours.\n\nSave anyway?")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Save)
        return false;
    const QFileInfo target(path);
    const bool existed = target.exists();
    if (const Status saved = m_document->save(path); !saved) {
        QStringList reasons;
        for (const Diagnostic &d : saved.diagnostics())
            reasons.append(d.message);
        // Said in plain words first, the system's reason after; and the way out: another name or folder.
        QString what;
        if (existed)
            what = tr("The assessment could not be saved, and the file on disk was left as it was.");
        else if (!QFileInfo(target.absolutePath()).isDir())
            what = tr("The assessment could not be saved: the folder “%1” does not exist.")
                       .arg(QDir::toNativeSeparators(target.absolutePath()));
        else if (!QFileInfo(target.absolutePath()).isWritable())
            what = tr("The assessment could not be saved: you are not allowed to write in the folder “%1”.")
                       .arg(QDir::toNativeSeparators(target.absolutePath()));
        else
            what = tr("The assessment could not be saved in the folder “%1”.")
                       .arg(QDir::toNativeSeparators(target.absolutePath()));
        const auto answer =
            ask(QMessageBox::Critical, tr("Cannot save"),
                tr("%1\n\nYour answers are still here: choose “Save As…” to save them under another name or "
                   "in another folder, such as Documents.\n\nDetail: %2")
                    .arg(what, reasons.join(QLatin1Char('\n'))),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Save, tr("Save &As…")}});
        return answer == QMessageBox::Save && saveAs();
    }
    Settings::addRecentFile(path);
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::askAnotherFile(const QString &path, const Diagnostics &diagnostics)
{
    const QFileInfo file(path);
    const QString name = file.fileName();
    QString what;
    if (!file.exists())
        what = tr("“%1” was not found: it may have been moved, renamed or deleted.").arg(name);
    else if (!file.isReadable() || file.isDir())
        what = tr("“%1” cannot be read: you may not be allowed to open it.").arg(name);
    else
        what = tr("“%1” cannot be opened: it is damaged, or it is not a Phare assessment.").arg(name);
    // The reason in plain words first; where in the file, for whoever repairs it, after.
    const auto answer =
        ask(QMessageBox::Critical, tr("Cannot open the file"), tr("%1\n\nDetail: %2").arg(what, toText(diagnostics)),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Open, tr("Choose &another file…")}});
    return answer == QMessageBox::Open;
}

bool MainWindow::compareWith(const QString &path)
{
    const Result<Assessment> read = AssessmentFile::read(path);
    if (!read.ok()) {
        if (askAnotherFile(path, read.diagnostics())) {
            const QString other = askFileName(FileDialog::OpenAssessment, tr("Compare with an earlier assessment"));
            return !other.isEmpty() && compareWith(other);
        }
        return false;
    }
    const Assessment &earlier = *read;
    if (earlier.company.name.compare(m_document->assessment().company.name, Qt::CaseInsensitive) != 0) {
        const auto answer = ask(QMessageBox::Question, tr("Another business?"),
                                tr("This file is the assessment of %1, not of %2. Compare them anyway?")
                                    .arg(earlier.company.name, m_document->assessment().company.name),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const QString when = earlier.modified.isValid()
                             ? m_language.locale().toString(earlier.modified.date(), QLocale::LongFormat)
                             : QFileInfo(path).fileName();
    m_document->setComparison(earlier, tr("the earlier assessment (%1)").arg(when));
    showPage(Page::Results);
    return true;
}

void MainWindow::checkRecovery()
{
    const QString folder = Settings::autosaveFolder();
    QStringList files = AssessmentDocument::recoverableFiles(folder);
    if (!m_document->autosavePath().isEmpty())
        files.removeAll(m_document->autosavePath());
    QList<StartPage::Recoverable> recoverable;
    for (const QString &file : std::as_const(files)) {
        const auto read = AssessmentDocument::readRecovery(file);
        recoverable.append(
            {file, read.ok() ? read->assessment.company.name : QString(), QFileInfo(file).lastModified()});
    }
    m_start->setRecoverable(recoverable);
    // Positions of autosaves gone; those of other running copies of Phare stay.
    QStringList present;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.phare")}, QDir::Files))
        present.append(dir.filePath(name));
    Settings::keepRecoveryPositions(present);
}

void MainWindow::discardRecovery(const QString &autosave)
{
    const auto read = AssessmentDocument::readRecovery(autosave);
    const QString company = read.ok() ? read->assessment.company.name : QString();
    const QString text =
        company.isEmpty()
            ? tr("The automatic backup holds work that was never saved. Deleted, it cannot be got back.")
            : tr("The automatic backup of “%1” holds work that was never saved. Deleted, it cannot be got back.")
                  .arg(company);
    if (ask(QMessageBox::Warning, tr("Delete the backup?"), text, QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel, {{QMessageBox::Yes, tr("&Delete the backup")}}) != QMessageBox::Yes)
        return;
    AssessmentDocument::discardRecovery(autosave);
    checkRecovery();
}

void MainWindow::recover(const QString &autosave)
{
    if (!maybeSave())
        return;
    const auto recovered = AssessmentDocument::readRecovery(autosave);
    if (!recovered) {
        ask(QMessageBox::Critical, tr("Cannot recover"),
            tr("The unsaved work could not be read:\n\n%1").arg(recovered.errorText()), QMessageBox::Ok,
            QMessageBox::Ok);
        return;
    }
    const QString position = Settings::recoveryPosition(autosave);
    m_document->reset(recovered->assessment, recovered->path, true);
    AssessmentDocument::discardRecovery(autosave);
    checkRecovery();
    resumeAt(position);
    showPage(Page::Questions);
    statusBar()->showMessage(tr("Unsaved work recovered: save it to keep it."), 10000);
}

void MainWindow::resumeAt(const QString &position)
{
    // The question after the last one answered, where the user was heading; the question itself when
    // it was the last one or the next is answered already (the user had gone back to it).
    const QuestionPage::Step last{position.section(u'/', 0, 0), position.section(u'/', 1)};
    const QList<QuestionPage::Step> steps = questionPage()->steps();
    const auto at = steps.indexOf(last);
    if (at < 0) {
        questionPage()->showFirstUnanswered();
        return;
    }
    const auto answered = [this](const QuestionPage::Step &step) {
        return m_document->answer(step.theme, step.question).has_value();
    };
    if (answered(steps[at]) && at + 1 < steps.size() && !answered(steps[at + 1]))
        questionPage()->goTo(steps[at + 1]);
    else
        questionPage()->goTo(steps[at]);
}

void MainWindow::showUserGuide()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Phare user guide"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setOpenLinks(false);
    QFile guide(QStringLiteral(":/docs/user-guide.%1.md").arg(m_language.code()));
    if (!guide.exists())
        guide.setFileName(QStringLiteral(":/docs/user-guide.%1.md").arg(Language::fallback().code()));
    if (guide.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    browser->setAccessibleName(tr("User guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(fittedSize(this, QSize(760, 640)));
    dialog.exec();
}

void MainWindow::editWorkshop()
{
    // Open, not exec: the window stays responsive, and tests type into the dialog.
    auto *dialog = new WorkshopDialog(m_document->workshop(), m_document->assessment().referenceDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_document->isOpen())
            m_document->setWorkshop(dialog->workshop());
    });
    dialog->open();
}

void MainWindow::editPeople()
{
    if (!m_document->isOpen())
        return;
    // Open, not exec, as the workshop dialog: tests fill it in.
    auto *dialog = new PeopleDialog(m_content, m_document->assessment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_document->isOpen())
            return;
        const bool wasWorkshop = m_document->assessment().isWorkshop();
        m_document->setRespondents(dialog->respondents());
        const Assessment &now = m_document->assessment();
        if (now.isWorkshop() && !wasWorkshop) {
            statusBar()->showMessage(tr("A workshop of %n people: on each question, Ctrl+R records the next "
                                        "person's answer.",
                                        nullptr, static_cast<int>(now.respondents.size())),
                                     15000);
            showPage(Page::Questions);
        } else if (!now.isWorkshop() && wasWorkshop) {
            statusBar()->showMessage(tr("A plain assessment again: the agreed answers are kept."), 10000);
        }
    });
    dialog->open();
}

void MainWindow::exportReport(bool editable)
{
    if (!m_document->isOpen())
        return;
    const std::unique_ptr<ReportDocument> report = previewReport(editable);
    if (!report)
        return;
    const QString path = editable ? askFileName(FileDialog::ExportEditable, tr("Export an editable copy of the report"))
                                  : askFileName(FileDialog::ExportReport, tr("Export the PDF report"));
    if (path.isEmpty())
        return;
    if (const Status written = editable ? report->writeOdt(path) : report->writePdf(path); !written.ok()) {
        ask(QMessageBox::Critical, tr("Cannot export the report"),
            tr("The report could not be written to %1.\n\n%2")
                .arg(QFileInfo(path).fileName(), written.diagnostics().constFirst().message),
            QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    statusBar()->showMessage(tr("Report saved as %1").arg(QFileInfo(path).fileName()), 5000);
}

bool MainWindow::exportPlan(const QString &path)
{
    if (!m_document->isOpen())
        return false;
    const Evaluation evaluation = m_document->evaluation();
    const DecidedPlan plan(evaluation.content(), evaluation.assessment(), evaluation.recommendations());
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(plan.csv(m_language).toUtf8()) >= 0;
    if (!written || !file.commit()) {
        ask(QMessageBox::Critical, tr("Cannot export the plan"),
            tr("The action plan could not be written to %1.\n\n%2").arg(QFileInfo(path).fileName(), file.errorString()),
            QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    statusBar()->showMessage(tr("Action plan saved as %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::startFollowUp()
{
    // The earlier assessment: the one open (saved first if the user wants), else one chosen.
    Assessment earlier;
    QString earlierPath;
    if (m_document->isOpen()) {
        if (!maybeSave())
            return false;
        earlier = m_document->assessment();
        earlierPath = m_document->path();
        // Still modified: the user chose not to save, so the earlier assessment is the file as it was saved.
        if (m_document->isModified() && !earlierPath.isEmpty()) {
            const Result<Assessment> saved = AssessmentFile::read(earlierPath);
            if (saved.ok())
                earlier = *saved;
        }
    } else {
        earlierPath = askFileName(FileDialog::OpenAssessment, tr("Follow up an earlier assessment"));
        if (earlierPath.isEmpty())
            return false;
        const Result<Assessment> read = AssessmentFile::read(earlierPath);
        if (!read.ok()) {
            askAnotherFile(earlierPath, read.diagnostics());
            return false;
        }
        earlier = *read;
    }
    const auto answer =
        ask(QMessageBox::Question, tr("New follow-up"),
            tr("A new assessment of %1 is started for the follow-up meeting, with the firm's profile and the action "
               "plan as decided. Copy the earlier answers too, as a starting point to correct?")
                .arg(earlier.company.name),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No,
            {{QMessageBox::Yes, tr("Copy the &answers")}, {QMessageBox::No, tr("&Start with no answers")}});
    if (answer == QMessageBox::Cancel)
        return false;
    QStringList profile;
    for (const Questionnaire &q : m_content.questionnaires) {
        if (q.profile)
            profile.append(q.id);
    }
    const Assessment next = earlier.followUp(answer == QMessageBox::Yes, profile);
    m_document->reset(next, QString(), true);
    // What was done since is read against the earlier assessment.
    const QString when = m_language.locale().toString(earlier.referenceDate(), QLocale::LongFormat);
    m_document->setComparison(earlier, tr("the earlier assessment (%1)").arg(when));
    questionPage()->showFirstUnanswered();
    showPage(Page::Recommendations);
    statusBar()->showMessage(earlierPath.isEmpty()
                                 ? tr("Follow-up started: save it to keep it.")
                                 : tr("Follow-up of %1 started: save it under a new name to keep both.")
                                       .arg(QFileInfo(earlierPath).fileName()),
                             10000);
    return true;
}

bool MainWindow::mergeAnswers()
{
    if (m_document->isOpen() && !maybeSave())
        return false;
    MergeDialog dialog(m_content, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.merged())
        return false;
    m_document->reset(*dialog.merged(), QString(), true);
    showPage(Page::Questions);
    questionPage()->showFirst();
    questionPage()->nextToSettle();
    statusBar()->showMessage(tr("Workshop assessment made: save it to keep it."), 10000);
    return true;
}

std::unique_ptr<ReportDocument> MainWindow::makeReport(bool includeAnswers, bool showNames) const
{
    ReportOptions options;
    options.language = m_language;
    options.includeAnswers = includeAnswers;
    options.showNames = showNames;
    if (m_document->comparison())
        options.earlier = m_document->comparison()->earlier;
    options.benchmark = m_peers->benchmark();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = std::make_unique<ReportDocument>(m_document->evaluation(), options);
    QApplication::restoreOverrideCursor();
    return report;
}

std::unique_ptr<ReportDocument> MainWindow::previewReport(bool editable)
{
    // Like a message box: a queued answer stands for the user's click (Save goes on, with the answers
    // appendix as last chosen), and with automatic answers the preview is skipped.
    if (const auto answer = hookedAnswer(QMessageBox::Save))
        return *answer == QMessageBox::Save ? makeReport(Settings::reportIncludesAnswers()) : nullptr;
    std::unique_ptr<ReportDocument> report = makeReport(Settings::reportIncludesAnswers());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(tr("Report preview — %1").arg(m_document->assessment().company.name));
    auto *preview = new ReportPreview(report.get(), &dialog);
    preview->setAccessibleName(tr("Report preview"));
    // The answers appendix is the firm's own words: the advisor decides whether it leaves the room.
    auto *answers = new QCheckBox(tr("&Include every answer and note (appendix)"), &dialog);
    answers->setObjectName(QStringLiteral("includeAnswersCheck"));
    answers->setChecked(Settings::reportIncludesAnswers());
    answers->setToolTip(tr("Leave it out when the report goes beyond the firm: the plan and the scores stay."));
    // A workshop's people are named by their role unless the advisor asks for names, each time: an
    // employer should not read an employee's answers by name by default.
    auto *names = new QCheckBox(tr("Show the &names of the workshop's people (roles only otherwise)"), &dialog);
    names->setObjectName(QStringLiteral("showNamesCheck"));
    names->setVisible(m_document->assessment().respondents.size() >= 2);
    const auto remake = [this, preview, answers, names, &report] {
        std::unique_ptr<ReportDocument> remade = makeReport(answers->isChecked(), names->isChecked());
        preview->setReport(remade.get());
        report = std::move(remade);
    };
    connect(answers, &QCheckBox::toggled, &dialog, [remake](bool include) {
        Settings::setReportIncludesAnswers(include);
        remake();
    });
    connect(names, &QCheckBox::toggled, &dialog, remake);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setText(editable ? tr("&Save as OpenDocument…") : tr("&Save as PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(preview);
    layout->addWidget(answers);
    layout->addWidget(names);
    layout->addWidget(buttons);
    // An A4 page's width, as tall as the screen allows: the buttons stay on screen.
    dialog.resize(fittedSize(this, QSize(780, 920)));
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return report;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Phare"),
                       tr("<p><b>Phare %1</b></p><p>Measure the digital maturity of a small business and learn "
                          "what to do next.</p><p>Everything stays on this computer: Phare uses no network and "
                          "no account.</p>")
                           .arg(QStringLiteral(PHARE_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_document->close(); // a clean close leaves no autosave behind
    Settings::setWindowGeometry(saveGeometry());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".phare"))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".phare"))) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
}

} // namespace Phare
