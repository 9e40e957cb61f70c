// Follows up a decided plan: merges the decisions of two assessments and measures the done actions.
#include "followup.h"

#include "decidedplan.h"
#include "translator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Phare {

namespace {

// The dimensions a rule's gap looks at: those of the questions it names, and the dimensions it names.
// The context (`given`) and facts of the firm are no dimension of the action.
void dimensionsOf(const Condition &condition, const Questionnaire &questionnaire, QSet<QString> &found)
{
    switch (condition.kind) {
    case Condition::Kind::AnswerIn:
    case Condition::Kind::AnswerNotIn:
    case Condition::Kind::ScoreBelow:
    case Condition::Kind::DontKnow:
        for (const Dimension &d : questionnaire.dimensions) {
            for (const Question &q : d.questions) {
                if (q.id == condition.question)
                    found.insert(d.id);
            }
        }
        break;
    case Condition::Kind::DimensionScoreBelow:
        found.insert(condition.dimension);
        break;
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not:
        for (const Condition &child : condition.children)
            dimensionsOf(child, questionnaire, found);
        break;
    default:
        break;
    }
}

QList<DimensionChange> changesFor(const QString &actionId, const Evaluation &earlier, const Evaluation &current)
{
    QList<DimensionChange> changes;
    for (const Questionnaire &q : current.content().questionnaires) {
        if (q.profile)
            continue;
        QSet<QString> found;
        for (const Rule &rule : q.rules) {
            const bool recommends = std::any_of(rule.actions.cbegin(), rule.actions.cend(),
                                                [&](const SourceRef &ref) { return ref.id == actionId; });
            if (recommends)
                dimensionsOf(rule.when, q, found);
        }
        if (found.isEmpty())
            continue;
        const ThemeResult *then = earlier.scores().theme(q.id);
        const ThemeResult *now = current.scores().theme(q.id);
        for (const Dimension &d : q.dimensions) {
            if (!d.scored || !found.contains(d.id))
                continue;
            DimensionChange change;
            change.theme = &q;
            change.dimension = &d;
            if (const DimensionResult *r = then ? then->dimension(d.id) : nullptr)
                change.before = r->score;
            if (const DimensionResult *r = now ? now->dimension(d.id) : nullptr)
                change.after = r->score;
            if (change.before || change.after) // a dimension assessed neither time says nothing of the action
                changes.append(change);
        }
    }
    return changes;
}

} // namespace

std::optional<int> DimensionChange::change() const
{
    if (!before || !after)
        return std::nullopt;
    return static_cast<int>(std::lround(*after) - std::lround(*before));
}

QString FollowedAction::text(const Language &language, const Recommendations &recommendations) const
{
    if (own)
        return own->text;
    if (action)
        return phrased(action->text, language, recommendations);
    return id;
}

QString FollowedAction::who() const
{
    return own ? own->who : decision ? decision->who : QString();
}

QDate FollowedAction::due() const
{
    return own ? own->due : decision ? decision->due : QDate();
}

ActionProgress FollowedAction::progress() const
{
    return own ? own->progress : decision ? decision->progress : ActionProgress::ToDo;
}

QDate FollowedAction::doneOn() const
{
    return own ? own->doneOn : decision ? decision->doneOn : QDate();
}

QString FollowedAction::reason() const
{
    return decision && decision->choice == PlanDecision::Choice::Declined ? decision->reason : QString();
}

FollowUp::FollowUp(const Evaluation &earlier, const Evaluation &current) : m_earlier(earlier), m_current(current)
{
    const Assessment &then = m_earlier.assessment();
    const Assessment &now = m_current.assessment();
    const QDate day = now.referenceDate();
    // The order: the earlier decided plan's (its horizons and ranks), then what was decided since.
    const DecidedPlan earlierPlan(m_earlier.content(), then, m_earlier.recommendations());
    const DecidedPlan currentPlan(m_current.content(), now, m_current.recommendations());
    QStringList order;
    for (const DecidedPlan *plan : {&earlierPlan, &currentPlan}) {
        for (const QList<DecidedAction> *list : {&plan->actions(), &plan->declined()}) {
            for (const DecidedAction &a : *list) {
                if (a.state != DecidedAction::State::Proposed && !order.contains(a.id))
                    order.append(a.id);
            }
        }
    }
    const auto ownIn = [](const Assessment &a, const QString &id) -> const OwnAction * {
        for (const OwnAction &own : a.plan.own) {
            if (own.id == id)
                return &own;
        }
        return nullptr;
    };
    for (const QString &id : std::as_const(order)) {
        FollowedAction item;
        item.id = id;
        if (const auto d = now.plan.actions.constFind(id); d != now.plan.actions.cend())
            item.decision = &d.value();
        else if (const auto e = then.plan.actions.constFind(id); e != then.plan.actions.cend())
            item.decision = &e.value();
        if (!item.decision) {
            item.own = ownIn(now, id);
            if (!item.own)
                item.own = ownIn(then, id);
        }
        if (!item.decision && !item.own)
            continue;
        if (item.decision)
            item.action = m_current.content().action(id);
        if (item.decision && item.decision->choice == PlanDecision::Choice::Declined)
            item.status = FollowedAction::Status::Declined;
        else if (item.progress() == ActionProgress::Done)
            item.status = FollowedAction::Status::Done;
        else if (item.due().isValid() && item.due() < day)
            item.status = FollowedAction::Status::Late;
        else if (item.progress() == ActionProgress::InProgress)
            item.status = FollowedAction::Status::InProgress;
        else
            item.status = FollowedAction::Status::ToDo;
        if (item.status == FollowedAction::Status::Done && item.action)
            item.dimensions = changesFor(id, m_earlier, m_current);
        m_actions.append(item);
    }
}

QList<const FollowedAction *> FollowUp::with(FollowedAction::Status status) const
{
    QList<const FollowedAction *> found;
    for (const FollowedAction &a : m_actions) {
        if (a.status == status)
            found.append(&a);
    }
    return found;
}

int FollowUp::count(FollowedAction::Status status) const
{
    return static_cast<int>(with(status).size());
}

QString FollowUp::statusName(FollowedAction::Status status, const Language &language)
{
    const Translator &words = Translator::forLanguage(language);
    switch (status) {
    case FollowedAction::Status::Done:
        return words.translate("Phare::FollowUp", "done");
    case FollowedAction::Status::Late:
        return words.translate("Phare::FollowUp", "late");
    case FollowedAction::Status::InProgress:
        return words.translate("Phare::FollowUp", "in progress");
    case FollowedAction::Status::ToDo:
        return words.translate("Phare::FollowUp", "to do");
    case FollowedAction::Status::Declined:
        return words.translate("Phare::FollowUp", "declined");
    }
    return {};
}

} // namespace Phare
