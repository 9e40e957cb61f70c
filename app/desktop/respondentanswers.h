// In a workshop, under a question's answers: what each respondent answered, whether the question is to be
// settled, and the advisor's note on why it was settled the way it was.
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace Phare {

class AssessmentDocument;

class RespondentAnswers final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RespondentAnswers)

public:
    explicit RespondentAnswers(AssessmentDocument *document, QWidget *parent = nullptr);

    // Shows the respondents' answers to a question; hidden in a file of one person, and on the firm's profile
    // when nobody answered it on their own.
    void showQuestion(const QString &theme, const QString &question);
    // The person whose answer the question page records now (empty: the agreed answer): their line says so.
    void setEnteringFor(const QString &respondent);
    // The line giving the agreed answer, the one the scores use.
    QLabel *agreedLabel() const { return m_agreed; }
    // The advisor's note on why: shown for a question to settle or settled.
    QLineEdit *whyEdit() const { return m_why; }
    // The line saying where the team stands ("To settle: the answers differ").
    QLabel *stateLabel() const { return m_state; }
    // One line per respondent, in the respondents' order.
    QStringList answerLines() const;

private:
    void refresh();

    AssessmentDocument *m_document;
    QString m_theme;
    QString m_question;
    QString m_enteringFor;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_list;
    QLabel *m_agreed;
    QLabel *m_whyLabel;
    QLineEdit *m_why;
};

} // namespace Phare
