// The action plan as the advisor and the owner decided it: the computed plan (the proposal) with the
// assessment's decisions applied, the advisor's own actions, and what was declined with its reason
// (docs/assessment-format.md, "The decided plan").
#pragma once

#include "assessment.h"
#include "content.h"
#include "recommender.h"

#include <QList>
#include <QString>

namespace Phare {

struct DecidedAction
{
    enum class State
    {
        Proposed,  // in the computed plan, not decided yet
        Accepted,  // decided: yes
        Postponed, // decided: later, at `horizon`
        Own,       // written by the advisor
        Declined   // decided: no, for the decision's reason
    };

    State state = State::Proposed;
    QString id;                             // the content's action id, or the id of an action of one's own
    const Action *action = nullptr;         // null for an action of one's own or an id the content lacks
    const PlannedAction *planned = nullptr; // its entry in the computed plan or among the other possibilities
    const PlanDecision *decision = nullptr; // null while proposed
    const OwnAction *own = nullptr;         // set for an action of one's own
    Horizon horizon = Horizon::Now;
    int computedRank = 0; // the computed plan's rank, kept for reference; 0 when the computation does not rank it

    // A decided action that the answers no longer call for: it stays until the advisor removes it.
    bool noLongerSuggested() const { return state != State::Own && !planned; }
    // What is to be done, with its dates phrased against the recommendations' day.
    QString text(const Language &language, const Recommendations &recommendations) const;
    // Why it is there: the strongest reason of the computed plan, or why it was declined.
    QString why(const Language &language, const Recommendations &recommendations) const;
    QString who() const;
    QDate due() const;
    ActionProgress progress() const;
    QDate doneOn() const;
    QString note() const;
    // "proposed", "accepted", "postponed", "own action", "declined", in the language asked for.
    QString stateName(const Language &language) const;
};

class DecidedPlan final
{
public:
    // Points into all three: keep them, unchanged, for as long as the plan is used.
    DecidedPlan(const Content &content, const Assessment &assessment, const Recommendations &recommendations);

    // The plan to show: now, then next, then later; within each, the computed rank, then the decided
    // actions the answers no longer call for, then the advisor's own actions in the order written.
    const QList<DecidedAction> &actions() const { return m_actions; }
    // The actions declined, in the computed rank's order (those no longer suggested last).
    const QList<DecidedAction> &declined() const { return m_declined; }
    // Whether any decision was taken (else the plan is the computed one, all proposed).
    bool decided() const { return m_decided; }
    const Recommendations &recommendations() const { return *m_recommendations; }

    // The plan as RFC 4180 CSV (docs/cli.md, "plan"): a header line, then one row per action, the
    // declined ones last.
    QString csv(const Language &language) const;
    static QString progressName(ActionProgress progress, const Language &language);

private:
    const Recommendations *m_recommendations;
    QList<DecidedAction> m_actions;
    QList<DecidedAction> m_declined;
    bool m_decided = false;
};

// A field of a CSV line, quoted when it holds a comma, a quote or a line break (RFC 4180).
QString csvField(QString text);

} // namespace Phare
