// The follow-up of a decided plan at the next workshop: what was done, what is late, what was declined,
// what is in progress, and how the scores of the dimensions a done action belongs to moved between an
// earlier assessment of the firm and the current one (docs/report.md, "Follow-up").
#pragma once

#include "evaluation.h"

#include <QList>
#include <QString>

#include <optional>

namespace Phare {

// One dimension's score in the earlier assessment and now.
struct DimensionChange
{
    const Questionnaire *theme = nullptr;
    const Dimension *dimension = nullptr;
    std::optional<double> before; // absent when not assessed then
    std::optional<double> after;  // absent when not assessed now

    // The change in whole points, as the scores are shown (rounded first); absent unless both are scored.
    std::optional<int> change() const;
};

struct FollowedAction
{
    // Each action is in one of these, in this order of precedence: done, else late (due before the
    // current assessment's day), else in progress, else to do; declined ones apart.
    enum class Status
    {
        Done,
        Late,
        InProgress,
        ToDo,
        Declined
    };

    Status status = Status::ToDo;
    QString id;                             // the content's action id, or the id of an action of one's own
    const Action *action = nullptr;         // null for an action of one's own or an id the content lacks
    const PlanDecision *decision = nullptr; // the decision followed: the current assessment's, else the earlier's
    const OwnAction *own = nullptr;         // set for an action of one's own
    // For a done action of the content: the scored dimensions whose questions or scores the rules that
    // recommend it look at (assessed at least once of the two times), in the content's order, with
    // their scores then and now.
    QList<DimensionChange> dimensions;

    // What was to be done, with its dates phrased against the current assessment's day.
    QString text(const Language &language, const Recommendations &recommendations) const;
    QString who() const;
    QDate due() const;
    ActionProgress progress() const;
    QDate doneOn() const;
    QString reason() const; // why it was declined
};

class FollowUp final
{
public:
    // Follows up the plan decided in `earlier` (and in `current`, whose decisions win where both have
    // one on the same action, since the follow-up workshop carries the plan over and marks progress
    // there). Holds both evaluations: the pointers of its items stay valid as long as the follow-up.
    FollowUp(const Evaluation &earlier, const Evaluation &current);

    // Every decided action (proposed ones are not followed up), in the order of the earlier decided
    // plan, then those decided since; the declined ones with them.
    const QList<FollowedAction> &actions() const { return m_actions; }
    QList<const FollowedAction *> with(FollowedAction::Status status) const;
    int count(FollowedAction::Status status) const;
    // Nothing was decided in either assessment: there is nothing to follow up.
    bool isEmpty() const { return m_actions.isEmpty(); }

    const Evaluation &earlier() const { return m_earlier; }
    const Evaluation &current() const { return m_current; }

    // "done", "late", "in progress", "to do", "declined", in the language asked for.
    static QString statusName(FollowedAction::Status status, const Language &language);

private:
    Evaluation m_earlier;
    Evaluation m_current;
    QList<FollowedAction> m_actions;
};

} // namespace Phare
