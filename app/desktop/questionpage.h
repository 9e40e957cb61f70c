// The answering page: one question at a time, large, with its help, its answers and the advisor's note.
#pragma once

#include "assessment.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QVBoxLayout;

namespace Phare {

class AssessmentDocument;
class FocusRing;
class ProgressModel;
class RespondentAnswers;
class SearchableList;
struct Question;

class QuestionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    explicit QuestionPage(AssessmentDocument *document, QWidget *parent = nullptr);

    // A single-choice question with more options than this is a searchable drop-down: a column of buttons
    // that long no longer fits a small screen, nor the digit keys.
    static constexpr int maxOptionButtons = 12;

    struct Step
    {
        QString theme;
        QString question;
        bool operator==(const Step &other) const { return theme == other.theme && question == other.question; }
    };
    // The questions to answer now, in order: hidden conditional questions are left out.
    QList<Step> steps() const;
    Step current() const { return m_current; }

    void showFirst();
    // Shows the first unanswered question, or the first one when all are answered.
    void showFirstUnanswered();
    void goTo(const Step &step);
    void next();
    void back();
    // The first question of the next or previous theme; the next question without an answer (after the
    // current one, then from the start).
    void nextTheme();
    void previousTheme();
    void nextUnanswered();
    // In a workshop: the next question the respondents disagree on that is not settled yet (the agreed answer is
    // the one then recorded).
    void nextToSettle();
    // In a workshop, whose answer the answers record: one person's (their id), entered in turn as each says it,
    // or the team's agreed one (empty). Kept from question to question; the firm's profile is always the team's.
    QString answeringFor() const { return m_answeringFor; }
    void setAnsweringFor(const QString &respondent);
    // The next or previous person, then the agreed answer, round again (Ctrl+R, Ctrl+Shift+R).
    void nextPerson();
    void previousPerson();

    // After a theme's last question, Next shows what is left in the theme before going on.
    bool isShowingSummary() const;
    // How far the theme of the current question is: questions shown and answered among them.
    struct ThemeProgress
    {
        int position = 0; // of the current question among those shown, from 1; 0 when hidden
        int shown = 0;
        int answered = 0;
    };
    ThemeProgress themeProgress() const;

    // Next and previous theme, next unanswered question: for the window's menus.
    QList<QAction *> navigationActions() const;

    ProgressModel *progressModel() const { return m_progress; }
    QTreeView *sidebar() const { return m_sidebar; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *keyNoteBox() const { return m_keyNote; }
    // The group holding the answers of the question shown, named after the question.
    QWidget *answersGroup() const { return m_answers; }
    // The answers' focusable controls, in Tab order.
    QList<QWidget *> answerControls() const;
    // A workshop's respondents' answers to the question shown, the line counting the questions to settle and
    // the button going to the next one.
    RespondentAnswers *respondentAnswers() const { return m_respondents; }
    QLabel *settleStatus() const { return m_settleStatus; }
    QPushButton *nextToSettleButton() const { return m_nextToSettle; }
    // The box saying whose answer the answers record, and its row (shown in a workshop only).
    QComboBox *answeringForBox() const { return m_answerFor; }
    QWidget *answeringForRow() const { return m_answerForRow; }

signals:
    // The user went past the last question.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void syncAnswer();
    // The "key observation" box: enabled once the question has a note, ticked when it is marked.
    void syncKeyNote();
    void record(const std::optional<Answer> &answer);
    void onChoiceClicked(int id);
    void onChecklistToggled();
    void onGridChanged();
    void onSpecialToggled(QAbstractButton *button, bool checked);
    // Clears "don't know" and "not applicable" when an option is chosen.
    void uncheckSpecials();
    void onSidebarActivated(const QModelIndex &index);
    void pickByNumber(int number);
    // An answer's button with its text beside it, which wraps (a button's own text does not).
    QWidget *answerRow(QAbstractButton *button, const QString &text);
    void followInSidebar();
    void expandThemes();
    void orderFocus();
    void focusFirstAnswer(Qt::FocusReason reason);
    void showSummary();
    void updateSummary();
    void leaveSummary();
    void goToTheme(int offset);
    // Gives the side panel the width its names need, up to a share of the page.
    void fitSidebar();
    const Question *currentQuestion() const;
    // Whether the question shown takes each person's answer: in a workshop, outside the firm's profile.
    bool perPerson() const;
    // The person whose answer the question shown records: empty for the agreed answer, always for the profile.
    QString recordingFor() const;
    std::optional<Answer> shownAnswer() const;
    void fillAnsweringFor();
    void cyclePerson(int offset);
    int positionOf(const Step &step) const;

    AssessmentDocument *m_document;
    ProgressModel *m_progress;
    Step m_current;

    QSplitter *m_splitter;
    bool m_sidebarMoved = false; // the user chose the panel's width
    QTreeView *m_sidebar;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QLabel *m_caption;
    QLabel *m_progressLabel;
    QLabel *m_text;
    QLabel *m_help;
    QLabel *m_source;
    QWidget *m_answers = nullptr;
    QVBoxLayout *m_answersLayout;
    QButtonGroup *m_choices = nullptr;     // scale and yes-no: options, then don't know / not applicable
    QList<QAbstractButton *> m_checks;     // checklist options
    QList<QComboBox *> m_rows;             // grid rows
    SearchableList *m_list = nullptr;      // a single choice among more than maxOptionButtons options
    QAbstractButton *m_dontKnow = nullptr; // checklist, grid and long list
    QAbstractButton *m_notApplicable = nullptr;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QCheckBox *m_keyNote;
    QPushButton *m_back;
    QPushButton *m_next;
    RespondentAnswers *m_respondents;
    QLabel *m_settleStatus;
    QPushButton *m_nextToSettle;
    QWidget *m_answerForRow;
    QLabel *m_answerForLabel;
    QComboBox *m_answerFor;
    QString m_answeringFor;

    // The end-of-theme summary.
    QWidget *m_summary;
    QLabel *m_summaryTitle;
    QLabel *m_summaryText;
    QLabel *m_summaryList;
    QPushButton *m_summaryUnanswered;
    QPushButton *m_summaryResults;

    QAction *m_nextThemeAction;
    QAction *m_previousThemeAction;
    QAction *m_nextUnansweredAction;
    QAction *m_nextToSettleAction;
    QAction *m_nextPersonAction;
    QAction *m_previousPersonAction;
    FocusRing *m_ring;
};

} // namespace Phare
