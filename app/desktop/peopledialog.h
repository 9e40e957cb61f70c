// Edit → People in the workshop…: who answers in a workshop run on this laptop (name and role), so that the
// advisor can enter each one's answer in turn on the question page; also ends a workshop (nobody left).
#pragma once

#include "assessment.h"
#include "content.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Phare {

class PeopleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleDialog)

public:
    PeopleDialog(const Content &content, const Assessment &assessment, QWidget *parent = nullptr);

    // The people as the advisor left them, with their own answers: none, or 2 to Assessment::maxRespondents.
    // Those already there keep their id and answers; the first new one of a plain assessment takes the answers
    // given so far when the box says so.
    QList<Respondent> respondents() const;

    // One line per person: their name, role, the job in the firm's words and the button leaving them out, each
    // reached with Tab. For tests too, with the button adding someone, what the change does, the box giving the
    // answers so far to the first person, and OK.
    int personCount() const { return static_cast<int>(m_rows.size()); }
    QLineEdit *nameEdit(int row) const { return m_rows.at(row).name; }
    QComboBox *roleBox(int row) const { return m_rows.at(row).role; }
    QLineEdit *roleTextEdit(int row) const { return m_rows.at(row).roleText; }
    QPushButton *removeButton(int row) const { return m_rows.at(row).remove; }
    QPushButton *addButton() const { return m_add; }
    QLabel *summary() const { return m_summary; }
    QCheckBox *answersSoFarBox() const { return m_answersSoFar; }
    QPushButton *okButton() const { return m_ok; }

    // Adds a line for one more person and puts the cursor in their name.
    void addPerson();
    // Leaves the person of that line out.
    void removePerson(int row);

private:
    struct Row
    {
        QString id; // of someone already in the workshop; empty for someone new
        QWidget *line;
        QLabel *number;
        QLineEdit *name;
        QComboBox *role;
        QLineEdit *roleText;
        QPushButton *remove;
    };
    void addRow(const Respondent &respondent);
    void renumber();
    void update();
    // The answers given so far to the themes (not the firm's profile), which the first person may take.
    QMap<QString, QMap<QString, Answer>> answersSoFar() const;

    const Content &m_content;
    const Assessment m_assessment; // as it was when the dialog opened (a copy: the document may change)
    QList<Row> m_rows;
    QVBoxLayout *m_lines;
    QPushButton *m_add;
    QCheckBox *m_answersSoFar;
    QLabel *m_summary;
    QPushButton *m_ok;
};

} // namespace Phare
