// The form of one action of the plan (Recommendations page: Decide…, Add an action…): the decision (accepted,
// postponed to a horizon, declined for a reason), who, the due date, the progress and a note; for an action of
// the advisor's own, its text too. Every field is reached with Tab and has a mnemonic.
#pragma once

#include "assessment.h"
#include "recommender.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Phare {

class PlanDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDecisionDialog)

public:
    // One of the content's actions: what it says, where the computed plan puts it, and its decision (nullopt
    // while proposed). `today` is the day proposed for a due or done date. `horizons`: false for a plan written
    // as one list, which has no horizon to choose.
    PlanDecisionDialog(const QString &actionText, Horizon proposed, const std::optional<PlanDecision> &decision,
                       QDate today, bool horizons, QWidget *parent = nullptr);
    // An action of the advisor's own: nullopt for a new one.
    PlanDecisionDialog(const std::optional<OwnAction> &own, QDate today, bool horizons, QWidget *parent = nullptr);

    // The decision as the advisor left the form; nullopt when the action is left (or set back to) proposed.
    std::optional<PlanDecision> decision() const;
    // The action of one's own as left in the form (its id is the document's to give).
    OwnAction ownAction() const;
    // Whether "Remove this action" closed the form.
    bool removeRequested() const { return m_remove; }

private:
    enum DecisionIndex
    {
        ProposedIndex,
        AcceptedIndex,
        PostponedIndex,
        DeclinedIndex
    };
    void build(bool own, bool removable, bool horizons);
    void setFollowUp(const QString &who, QDate due, ActionProgress progress, QDate doneOn, const QString &note);
    QString chosenHorizon() const;
    void updateEnabled();
    // A detail written on an action still proposed means it was decided: it becomes accepted.
    void decideOnDetail();

    bool m_own;
    Horizon m_proposed = Horizon::Now;
    QDate m_today;
    PlanDecision m_initial;
    OwnAction m_initialOwn;
    bool m_remove = false;
    QLineEdit *m_text = nullptr;
    QComboBox *m_decision = nullptr;
    QComboBox *m_horizon = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_who = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_progress = nullptr;
    QDateEdit *m_doneOn = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Phare
