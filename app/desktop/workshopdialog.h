// The workshop dialog (Edit → "Advisor, dates and context…"): the advisor's side of the report — name, contact, the
// workshop's date, the next meeting and the firm in the advisor's words.
#pragma once

#include "assessmentdocument.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Phare {

class WorkshopDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopDialog)

public:
    // `shownDate` stands in for the workshop's date when the assessment has none (an older file): it
    // is only saved if the advisor changes it.
    WorkshopDialog(const AssessmentDocument::Workshop &workshop, QDate shownDate, QWidget *parent = nullptr);

    // The fields as the advisor left them.
    AssessmentDocument::Workshop workshop() const;

private:
    void limitContext();

    AssessmentDocument::Workshop m_initial;
    QDate m_shownDate;
    QLineEdit *m_advisor;
    QLineEdit *m_contact;
    QDateEdit *m_date;
    QCheckBox *m_hasNextMeeting;
    QDateEdit *m_nextMeeting;
    QPlainTextEdit *m_context;
    QString m_lastContext; // the last text within Assessment::maxTextLength
};

} // namespace Phare
