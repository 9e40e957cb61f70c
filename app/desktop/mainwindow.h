// The main window: pages, menus, files (open, save, recovery), language and the dialogs they ask.
#pragma once

#include "diagnostic.h"
#include "language.h"

#include <QMainWindow>
#include <QMessageBox>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QShortcut;
class QStackedWidget;
class QToolBar;
class QTranslator;

namespace Phare {

struct Content;
class AssessmentDocument;
class PeerActions;
class QuestionPage;
class RecommendationsPage;
class ReportDocument;
class ResultsPage;
class StartPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page
    {
        Start,
        Questions,
        Results,
        Recommendations
    };

    explicit MainWindow(const Content &content, QWidget *parent = nullptr);
    ~MainWindow() override;

    AssessmentDocument *document() const { return m_document; }
    // File → Share anonymously… and Settings → the benchmark file (peeractions.h).
    PeerActions *peers() const { return m_peers; }
    StartPage *startPage() const { return m_start; }
    // The other pages are built the first time something needs them, which takes a tenth of the work
    // off a start: asking for one builds it.
    QuestionPage *questionPage();
    ResultsPage *resultsPage();
    RecommendationsPage *recommendationsPage();

    Page page() const;
    void showPage(Page page);

    // Opens a .phare file; reports problems to the user. Returns true when it is open.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    // Loads an earlier assessment of the same firm to overlay on the results and the report.
    bool compareWith(const QString &path);
    // File → Export plan as CSV…: the decided plan in the interface's language (DecidedPlan::csv), written
    // atomically to path; tells the user why when it cannot. Returns true when written.
    bool exportPlan(const QString &path);
    // File → New follow-up…: a new, unsaved assessment started from earlier (the open one, or one the user
    // chooses), carrying its firm, profile and decided plan, its answers too when the user wants them, and
    // compared with it. Returns true when started.
    bool startFollowUp();
    // File → Merge answers…: several people's files of one firm into a new, unsaved workshop assessment.
    // Returns true when one was made.
    bool mergeAnswers();
    // The user's choice of language, kept for the next start.
    void setLanguage(const Language &language);
    // A language for this session only (--lang, tests): the choice kept for the next start stays.
    void setSessionLanguage(const Language &language);
    Language language() const { return m_language; }

    // Test hooks, as KeePassXC does: the next message boxes and file dialogs are answered without
    // showing, in the order queued. With automatic answers on, an unqueued message box takes its
    // default button instead of waiting for a click that never comes.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNextFileName(const QString &fileName);
    static void setDialogsAnsweredAutomatically(bool automatic);
    // Forgets answers queued and not used; returns how many there were.
    static int clearQueuedAnswers();
    // wanted, made smaller where needed so that a window of that size fits the available part of the
    // widget's screen, its frame included.
    static QSize fittedSize(const QWidget *widget, const QSize &wanted);
    // Where the file dialogs start: the open assessment's folder, else Documents.
    QString dialogFolder() const;
    // The warning the status bar keeps while the automatic backup fails: empty when it works.
    QString autosaveWarning() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The size last used if it fits the screen, else one that does, centred.
    void placeOnScreen();
    QWidget *pageWidget(Page page);
    void applyLanguage(const Language &language);
    void createActions();
    void retranslate();
    void updateMenuMnemonics();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    bool maybeSave();
    // Tells why path could not be read, in plain words; true when the user wants to choose another file.
    bool askAnotherFile(const QString &path, const Diagnostics &diagnostics);
    // Saves the open assessment to path; tells the user why when it cannot.
    bool saveTo(const QString &path);
    void newAssessment();
    void openDialog();
    void showUserGuide();
    // File → Export PDF report… (or the editable OpenDocument copy): a preview where the user chooses
    // whether the answers appendix is printed, then the file.
    void exportReport(bool editable = false);
    // Edit → "Advisor, dates and context…": the workshop dialog, applied as one undoable step.
    void editWorkshop();
    // Edit → People in the workshop…: who answers, so that each one's answer can be entered in turn.
    void editPeople();
    // The open assessment's report in the interface's language, with or without the answers appendix.
    std::unique_ptr<ReportDocument> makeReport(bool includeAnswers, bool showNames = false) const;
    // The report the user chose to save from the preview, or null when they cancelled.
    std::unique_ptr<ReportDocument> previewReport(bool editable);
    void showAbout();
    void checkRecovery();
    void recover(const QString &autosave);
    // Shows the question a recovered session had reached ("theme/question"), else the first unanswered.
    void resumeAt(const QString &position);
    // Asks first: the backup holds work that was never saved.
    void discardRecovery(const QString &autosave);
    // The test hooks: the answer queued for the next dialog, else with automatic answers the fallback;
    // nullopt when the user is to be asked.
    static std::optional<QMessageBox::StandardButton> hookedAnswer(QMessageBox::StandardButton fallback);
    // labels: words for buttons whose standard text would not say what they do ("Delete the backup").
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton fallback,
                                    const QHash<QMessageBox::StandardButton, QString> &labels = {});
    enum class FileDialog
    {
        OpenAssessment,
        SaveAssessment,
        ExportReport,
        ExportEditable,
        ExportPlan
    };
    // A file name from the user (or a test hook); empty when cancelled.
    QString askFileName(FileDialog dialog, const QString &title);

    void showAutosaveWarning();

    const Content &m_content;
    AssessmentDocument *m_document;
    QLabel *m_autosaveWarning = nullptr; // in the status bar while the autosave fails
    QString m_autosaveError;             // why it failed; empty while it works
    QStackedWidget *m_pages;
    StartPage *m_start;
    // Null until built (questionPage(), resultsPage(), recommendationsPage()).
    QuestionPage *m_questions = nullptr;
    ResultsPage *m_results = nullptr;
    RecommendationsPage *m_recommendations = nullptr;
    QTranslator *m_translator;
    QTranslator *m_qtTranslator;
    Language m_language = Language::fallback();

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_stopCompareAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportEditableAction = nullptr;
    QAction *m_exportPlanAction = nullptr;
    QAction *m_followUpAction = nullptr;
    PeerActions *m_peers = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_workshopAction = nullptr;
    QAction *m_peopleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QAction *m_startPageAction = nullptr;
    QAction *m_questionsAction = nullptr;
    QAction *m_resultsAction = nullptr;
    QAction *m_recommendationsAction = nullptr;
    QAction *m_tablesAction = nullptr;
    QList<QAction *> m_languageActions; // one per supported language, its code as data
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QToolBar *m_pageBar = nullptr;
    QList<QShortcut *> m_accentShortcuts; // Alt+E for "&Édition" (updateMenuMnemonics)
};

} // namespace Phare
