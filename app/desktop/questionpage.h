// The answering page: one question at a time, large, with its help, its answers and the advisor's note.
#pragma once

#include "assessment.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace Phare {

class AssessmentDocument;
class ProgressModel;
struct Question;

class QuestionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    explicit QuestionPage(AssessmentDocument *document, QWidget *parent = nullptr);

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

    ProgressModel *progressModel() const { return m_progress; }

signals:
    // The user went past the last question.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void syncAnswer();
    void record(const std::optional<Answer> &answer);
    void onChoiceClicked(int id);
    void onChecklistToggled();
    void onGridChanged();
    void onSpecialToggled(QAbstractButton *button, bool checked);
    // Clears "don't know" and "not applicable" when an option is chosen.
    void uncheckSpecials();
    void onSidebarActivated(const QModelIndex &index);
    void pickByNumber(int number);
    const Question *currentQuestion() const;
    int positionOf(const Step &step) const;

    AssessmentDocument *m_document;
    ProgressModel *m_progress;
    Step m_current;

    QTreeView *m_sidebar;
    QLabel *m_caption;
    QLabel *m_text;
    QLabel *m_help;
    QLabel *m_source;
    QWidget *m_answers = nullptr;
    QVBoxLayout *m_answersLayout;
    QButtonGroup *m_choices = nullptr;     // scale and yes-no: options, then don't know / not applicable
    QList<QAbstractButton *> m_checks;     // checklist options
    QList<QComboBox *> m_rows;             // grid rows
    QAbstractButton *m_dontKnow = nullptr; // checklist and grid
    QAbstractButton *m_notApplicable = nullptr;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace Phare
