// Edit → People in the workshop…: who answers in a workshop run on this laptop (name and role), so that the
// advisor can enter each one's answer in turn on the question page; also ends a workshop (nobody left).
#pragma once

#include "assessment.h"
#include "content.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

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

    // For tests: the table (name, role, role in the firm's words), the buttons, what the change does, the box
    // giving the answers so far to the first person, and OK.
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *summary() const { return m_summary; }
    QCheckBox *answersSoFarBox() const { return m_answersSoFar; }
    QPushButton *okButton() const { return m_ok; }

    // Adds a row for one more person and puts the cursor in their name.
    void addPerson();

private:
    void addRow(const Respondent &respondent);
    void removeSelected();
    void update();
    // Answers of the themes (not the firm's profile) given so far, which the first person may take.
    int answersSoFar() const;

    const Content &m_content;
    const Assessment &m_assessment;
    QList<QString> m_ids; // per row: the id of someone already there, empty for someone new
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_answersSoFar;
    QLabel *m_summary;
    QPushButton *m_ok;
};

} // namespace Phare
