// The workshop dialog: the advisor's name and contact, the dates and the firm's context (see workshopdialog.h).
#include "workshopdialog.h"

#include "assessment.h"
#include "datetext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolTip>
#include <QVBoxLayout>

namespace Phare {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    // Years a .phare file can hold (YYYY-MM-DD).
    edit->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    // The month in words, in the program's language: 03/04 is read either way round.
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

} // namespace

WorkshopDialog::WorkshopDialog(const AssessmentDocument::Workshop &workshop, QDate shownDate, QWidget *parent)
    : QDialog(parent), m_initial(workshop), m_shownDate(shownDate), m_lastContext(workshop.context)
{
    setObjectName(QStringLiteral("workshopDialog"));
    setWindowTitle(tr("Advisor, dates and context"));

    auto *intro = new QLabel(tr("What the report says about you and the firm: your name and contact, the day of "
                                "the workshop, the next meeting and the firm in your words."),
                             this);
    intro->setWordWrap(true);

    m_advisor = new QLineEdit(workshop.advisor, this);
    m_advisor->setObjectName(QStringLiteral("workshopAdvisor"));
    m_advisor->setMaxLength(Assessment::maxTextLength);
    m_advisor->setAccessibleName(tr("Advisor's name"));

    m_contact = new QLineEdit(workshop.advisorContact, this);
    m_contact->setObjectName(QStringLiteral("workshopContact"));
    m_contact->setMaxLength(Assessment::maxTextLength);
    m_contact->setPlaceholderText(tr("E-mail or telephone the firm can reach you at"));
    m_contact->setAccessibleName(tr("Advisor's contact"));

    m_date = dateEdit(this, QStringLiteral("workshopDate"));
    m_date->setDate(workshop.assessmentDate.isValid() ? workshop.assessmentDate : shownDate);
    m_date->setAccessibleName(tr("Date of the workshop"));
    m_date->setToolTip(tr("Legal deadlines in the advice are phrased against this day."));

    // A date editor cannot be empty: whether a meeting is planned is a box of its own.
    m_hasNextMeeting = new QCheckBox(tr("&Planned on"), this);
    m_hasNextMeeting->setObjectName(QStringLiteral("workshopHasNextMeeting"));
    m_hasNextMeeting->setAccessibleName(tr("A next meeting is planned"));
    m_hasNextMeeting->setChecked(workshop.nextMeeting.isValid());
    m_nextMeeting = dateEdit(this, QStringLiteral("workshopNextMeeting"));
    m_nextMeeting->setDate(workshop.nextMeeting.isValid() ? workshop.nextMeeting : m_date->date().addMonths(1));
    m_nextMeeting->setEnabled(workshop.nextMeeting.isValid());
    m_nextMeeting->setAccessibleName(tr("Date of the next meeting"));
    connect(m_hasNextMeeting, &QCheckBox::toggled, this, [this](bool planned) {
        m_nextMeeting->setEnabled(planned);
        // A first meeting is proposed a month after the workshop, as it now stands.
        if (planned && !m_initial.nextMeeting.isValid())
            m_nextMeeting->setDate(m_date->date().addMonths(1));
    });
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_hasNextMeeting);
    nextRow->addWidget(m_nextMeeting, 1);

    m_context = new QPlainTextEdit(this);
    m_context->setObjectName(QStringLiteral("workshopContext"));
    m_context->setPlainText(workshop.context);
    m_context->setTabChangesFocus(true);
    m_context->setMinimumHeight(90);
    m_context->setPlaceholderText(tr("What the firm does, how it works, what worries the owner. The report's page "
                                     "on the firm starts with it."));
    m_context->setAccessibleName(tr("The firm in your words"));
    connect(m_context, &QPlainTextEdit::textChanged, this, &WorkshopDialog::limitContext);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Advisor's &name"), m_advisor);
    form->addRow(tr("Advisor's &contact"), m_contact);
    form->addRow(tr("&Date of the workshop"), m_date);
    form->addRow(tr("Next meeting"), nextRow);
    auto *contextLabel = new QLabel(tr("The firm in your &words"), this);
    contextLabel->setBuddy(m_context);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(contextLabel);
    layout->addWidget(m_context, 1);
    layout->addWidget(buttons);

    setTabOrder(m_advisor, m_contact);
    setTabOrder(m_contact, m_date);
    setTabOrder(m_date, m_hasNextMeeting);
    setTabOrder(m_hasNextMeeting, m_nextMeeting);
    setTabOrder(m_nextMeeting, m_context);
    m_advisor->setFocus();
    resize(560, 420);
}

AssessmentDocument::Workshop WorkshopDialog::workshop() const
{
    AssessmentDocument::Workshop w;
    w.advisor = m_advisor->text().trimmed();
    w.advisorContact = m_contact->text().trimmed();
    // The day shown for an older file without one is not saved unless it was changed.
    w.assessmentDate = !m_initial.assessmentDate.isValid() && m_date->date() == m_shownDate ? QDate() : m_date->date();
    w.nextMeeting = m_hasNextMeeting->isChecked() ? m_nextMeeting->date() : QDate();
    w.context = m_context->toPlainText();
    if (w.context.trimmed().isEmpty())
        w.context.clear();
    return w;
}

// A context longer than a .phare file may hold could not be saved: the typing or the paste that went
// past the cap is refused, and said, rather than cut silently (as for a note).
void WorkshopDialog::limitContext()
{
    const QString text = m_context->toPlainText();
    if (text.size() <= Assessment::maxTextLength) {
        m_lastContext = text;
        return;
    }
    const QSignalBlocker quiet(m_context);
    m_context->setPlainText(m_lastContext);
    m_context->moveCursor(QTextCursor::End);
    QToolTip::showText(m_context->mapToGlobal(QPoint(0, 0)),
                       tr("The context can hold at most %1 characters.").arg(Assessment::maxTextLength), m_context);
}

} // namespace Phare
