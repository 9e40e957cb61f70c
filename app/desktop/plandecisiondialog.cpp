// The form of one action of the plan: decision, horizon, reason, who, due date, progress, note (see
// plandecisiondialog.h).
#include "plandecisiondialog.h"

#include "contentids.h"
#include "uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Phare {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    // Years a .phare file can hold (YYYY-MM-DD).
    edit->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    // The month in words, in the program's language: 03/04 is read either way round.
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setAccessibleName(name);
    return edit;
}

QLineEdit *lineEdit(const QString &text, QWidget *parent, const QString &objectName, const QString &name)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(int(Assessment::maxTextLength));
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

PlanDecisionDialog::PlanDecisionDialog(const QString &actionText, Horizon proposed,
                                       const std::optional<PlanDecision> &decision, QDate today, bool horizons,
                                       QWidget *parent)
    : QDialog(parent), m_own(false), m_proposed(proposed), m_today(today)
{
    if (decision)
        m_initial = *decision;
    build(false, false, horizons);
    setWindowTitle(tr("Decide on an action"));
    auto *what = findChild<QLabel *>(QStringLiteral("planActionText"));
    what->setText(actionText);
    m_decision->setCurrentIndex(!decision                                             ? ProposedIndex
                                : decision->choice == PlanDecision::Choice::Accepted  ? AcceptedIndex
                                : decision->choice == PlanDecision::Choice::Postponed ? PostponedIndex
                                                                                      : DeclinedIndex);
    m_horizon->setCurrentIndex(std::max(0, m_horizon->findData(m_initial.horizon)));
    m_reason->setText(m_initial.reason);
    setFollowUp(m_initial.who, m_initial.due, m_initial.progress, m_initial.doneOn, m_initial.note);
    updateEnabled();
    m_decision->setFocus();
}

PlanDecisionDialog::PlanDecisionDialog(const std::optional<OwnAction> &own, QDate today, bool horizons, QWidget *parent)
    : QDialog(parent), m_own(true), m_today(today)
{
    if (own)
        m_initialOwn = *own;
    build(true, own.has_value(), horizons);
    setWindowTitle(own ? tr("Action of your own") : tr("Add an action"));
    m_text->setText(m_initialOwn.text);
    m_horizon->setCurrentIndex(std::max(0, m_horizon->findData(m_initialOwn.horizon)));
    setFollowUp(m_initialOwn.who, m_initialOwn.due, m_initialOwn.progress, m_initialOwn.doneOn, m_initialOwn.note);
    updateEnabled();
    m_text->setFocus();
}

void PlanDecisionDialog::build(bool own, bool removable, bool horizons)
{
    setObjectName(QStringLiteral("planDecisionDialog"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    if (own) {
        m_text = lineEdit(QString(), this, QStringLiteral("planText"), tr("What is to be done"));
        m_text->setPlaceholderText(tr("Change the password of the shop's Wi-Fi box"));
        form->addRow(tr("&Action"), m_text);
    } else {
        auto *what = new QLabel(this);
        what->setObjectName(QStringLiteral("planActionText"));
        what->setWordWrap(true);
        what->setTextFormat(Qt::PlainText);
        QFont bold = what->font();
        bold.setBold(true);
        what->setFont(bold);
        form->addRow(what);
        m_decision = new QComboBox(this);
        m_decision->setObjectName(QStringLiteral("planDecision"));
        m_decision->addItems({tr("Proposed (not decided yet)"), tr("Accepted"), tr("Postponed"), tr("Declined")});
        m_decision->setAccessibleName(tr("Decision"));
        form->addRow(tr("&Decision"), m_decision);
    }

    m_horizon = new QComboBox(this);
    m_horizon->setObjectName(QStringLiteral("planHorizon"));
    if (!own)
        m_horizon->addItem(tr("As the plan proposes: %1").arg(Ui::horizonName(int(m_proposed))), QString());
    for (int h = 0; h < 3; ++h)
        m_horizon->addItem(Ui::horizonName(h), horizonIds().at(h));
    m_horizon->setAccessibleName(tr("When"));
    if (horizons)
        form->addRow(tr("&When"), m_horizon);
    else
        m_horizon->setVisible(false);

    if (!own) {
        m_reason = lineEdit(QString(), this, QStringLiteral("planReason"), tr("Why it is declined"));
        m_reason->setPlaceholderText(tr("In the firm's words: no web shop of our own"));
        form->addRow(tr("&Reason"), m_reason);
    }

    m_who = lineEdit(QString(), this, QStringLiteral("planWho"), tr("Who"));
    m_who->setPlaceholderText(tr("A name or a role"));
    form->addRow(tr("W&ho"), m_who);

    // A date editor cannot be empty: whether there is a due date is a box of its own.
    m_hasDue = new QCheckBox(tr("Due &by"), this);
    m_hasDue->setObjectName(QStringLiteral("planHasDue"));
    m_hasDue->setAccessibleName(tr("A due date is set"));
    m_due = dateEdit(this, QStringLiteral("planDue"), tr("Due date"));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due date"), dueRow);

    m_progress = new QComboBox(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->addItems({tr("To do"), tr("In progress"), tr("Done")});
    m_progress->setAccessibleName(tr("Progress"));
    m_doneOn = dateEdit(this, QStringLiteral("planDoneOn"), tr("Day it was done"));
    auto *doneLabel = new QLabel(tr("d&one on"), this);
    doneLabel->setBuddy(m_doneOn);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(doneLabel);
    progressRow->addWidget(m_doneOn, 1);
    auto *progressLabel = new QLabel(tr("&Progress"), this);
    progressLabel->setBuddy(m_progress);
    form->addRow(progressLabel, progressRow);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("planNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(50);
    m_note->setAccessibleName(tr("Note"));
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (removable) {
        QPushButton *remove = buttons->addButton(tr("Re&move this action"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("planRemove"));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_remove = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    if (m_decision)
        connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
            // Postponed says when: the horizon after the one proposed, unless one was chosen.
            if (m_decision->currentIndex() == PostponedIndex && chosenHorizon().isEmpty())
                m_horizon->setCurrentIndex(std::min(int(m_proposed) + 2, m_horizon->count() - 1));
            updateEnabled();
        });
    connect(m_hasDue, &QCheckBox::toggled, this, [this] {
        decideOnDetail();
        updateEnabled();
    });
    connect(m_progress, &QComboBox::currentIndexChanged, this, [this] {
        decideOnDetail();
        updateEnabled();
    });
    connect(m_who, &QLineEdit::textEdited, this, &PlanDecisionDialog::decideOnDetail);
    connect(m_note, &QPlainTextEdit::textChanged, this, &PlanDecisionDialog::decideOnDetail);
    if (m_text)
        connect(m_text, &QLineEdit::textChanged, this, &PlanDecisionDialog::updateEnabled);
    resize(520, 400);
}

void PlanDecisionDialog::setFollowUp(const QString &who, QDate due, ActionProgress progress, QDate doneOn,
                                     const QString &note)
{
    const QSignalBlocker quietDue(m_hasDue);
    const QSignalBlocker quietProgress(m_progress);
    const QSignalBlocker quietNote(m_note);
    m_who->setText(who);
    m_hasDue->setChecked(due.isValid());
    m_due->setDate(due.isValid() ? due : m_today.addMonths(1));
    m_progress->setCurrentIndex(static_cast<int>(progress));
    m_doneOn->setDate(doneOn.isValid() ? doneOn : m_today);
    m_note->setPlainText(note);
}

void PlanDecisionDialog::decideOnDetail()
{
    if (m_decision && m_decision->currentIndex() == ProposedIndex)
        m_decision->setCurrentIndex(AcceptedIndex);
}

QString PlanDecisionDialog::chosenHorizon() const
{
    return m_horizon->currentData().toString();
}

void PlanDecisionDialog::updateEnabled()
{
    const bool declined = m_decision && m_decision->currentIndex() == DeclinedIndex;
    if (m_reason)
        m_reason->setEnabled(declined);
    m_horizon->setEnabled(!declined);
    m_due->setEnabled(m_hasDue->isChecked());
    m_doneOn->setEnabled(m_progress->currentIndex() == static_cast<int>(ActionProgress::Done));
    if (m_text)
        m_ok->setEnabled(!m_text->text().trimmed().isEmpty());
}

std::optional<PlanDecision> PlanDecisionDialog::decision() const
{
    if (!m_decision || m_decision->currentIndex() == ProposedIndex)
        return std::nullopt;
    PlanDecision d = m_initial;
    const int index = m_decision->currentIndex();
    d.choice = index == AcceptedIndex    ? PlanDecision::Choice::Accepted
               : index == PostponedIndex ? PlanDecision::Choice::Postponed
                                         : PlanDecision::Choice::Declined;
    d.horizon = d.choice == PlanDecision::Choice::Declined ? QString() : chosenHorizon();
    // A postponement says to when (the file requires it).
    if (d.choice == PlanDecision::Choice::Postponed && d.horizon.isEmpty())
        d.horizon = horizonIds().constLast();
    d.reason = d.choice == PlanDecision::Choice::Declined ? m_reason->text().trimmed() : QString();
    d.who = m_who->text().trimmed();
    d.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    d.progress = static_cast<ActionProgress>(m_progress->currentIndex());
    d.doneOn = d.progress == ActionProgress::Done ? m_doneOn->date() : QDate();
    d.note = m_note->toPlainText().trimmed();
    return d;
}

OwnAction PlanDecisionDialog::ownAction() const
{
    OwnAction a = m_initialOwn;
    a.text = m_text ? m_text->text().trimmed() : QString();
    a.horizon = chosenHorizon().isEmpty() ? horizonIds().constFirst() : chosenHorizon();
    a.who = m_who->text().trimmed();
    a.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    a.progress = static_cast<ActionProgress>(m_progress->currentIndex());
    a.doneOn = a.progress == ActionProgress::Done ? m_doneOn->date() : QDate();
    a.note = m_note->toPlainText().trimmed();
    return a;
}

} // namespace Phare
