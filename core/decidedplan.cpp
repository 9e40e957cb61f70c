// Applies the decisions of an assessment to its computed plan.
#include "decidedplan.h"

#include "contentids.h"
#include "names.h"
#include "translator.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace Phare {

namespace {

std::optional<Horizon> horizonFromId(const QString &id)
{
    const qsizetype at = horizonIds().indexOf(id);
    return at < 0 ? std::nullopt : std::optional<Horizon>(static_cast<Horizon>(at));
}

} // namespace

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString DecidedAction::text(const Language &language, const Recommendations &recommendations) const
{
    if (own)
        return own->text;
    if (action)
        return phrased(action->text, language, recommendations);
    return id; // an action the content no longer has: its id is all there is to show
}

QString DecidedAction::why(const Language &language, const Recommendations &recommendations) const
{
    if (state == State::Declined)
        return decision ? decision->reason : QString();
    if (planned && !planned->reasons.isEmpty())
        return planned->reasons[0].describe(language, recommendations.referenceDate);
    return {};
}

QString DecidedAction::who() const
{
    return own ? own->who : decision ? decision->who : QString();
}

QDate DecidedAction::due() const
{
    return own ? own->due : decision ? decision->due : QDate();
}

ActionProgress DecidedAction::progress() const
{
    return own ? own->progress : decision ? decision->progress : ActionProgress::ToDo;
}

QDate DecidedAction::doneOn() const
{
    return own ? own->doneOn : decision ? decision->doneOn : QDate();
}

QString DecidedAction::note() const
{
    return own ? own->note : decision ? decision->note : QString();
}

QString DecidedAction::stateName(const Language &language) const
{
    const Translator &words = Translator::forLanguage(language);
    switch (state) {
    case State::Proposed:
        return words.translate("Phare::DecidedPlan", "proposed");
    case State::Accepted:
        return words.translate("Phare::DecidedPlan", "accepted");
    case State::Postponed:
        return words.translate("Phare::DecidedPlan", "postponed");
    case State::Own:
        return words.translate("Phare::DecidedPlan", "advisor's own action");
    case State::Declined:
        return words.translate("Phare::DecidedPlan", "declined");
    }
    return {};
}

QString DecidedPlan::progressName(ActionProgress progress, const Language &language)
{
    const Translator &words = Translator::forLanguage(language);
    switch (progress) {
    case ActionProgress::ToDo:
        return words.translate("Phare::DecidedPlan", "to do");
    case ActionProgress::InProgress:
        return words.translate("Phare::DecidedPlan", "in progress");
    case ActionProgress::Done:
        return words.translate("Phare::DecidedPlan", "done");
    }
    return {};
}

DecidedPlan::DecidedPlan(const Content &content, const Assessment &assessment, const Recommendations &recommendations)
    : m_recommendations(&recommendations)
{
    const PlanDecisions &decisions = assessment.plan;
    m_decided = !decisions.actions.isEmpty() || !decisions.own.isEmpty();
    // The other possibilities the computation ranked beyond the plan's caps, which a decision may take up.
    QHash<QString, const PlannedAction *> others;
    for (const PlannedAction &item : recommendations.others) {
        if (item.action && !others.contains(item.action->id))
            others.insert(item.action->id, &item);
    }

    // The computed plan, in its order, with the decisions on it.
    QList<DecidedAction> ranked;
    QList<DecidedAction> stale; // decided, no longer suggested
    QSet<QString> seen;
    const auto decide = [&](DecidedAction &item, const PlanDecision *d) {
        item.decision = d;
        if (!d)
            return;
        item.state = d->choice == PlanDecision::Choice::Accepted    ? DecidedAction::State::Accepted
                     : d->choice == PlanDecision::Choice::Postponed ? DecidedAction::State::Postponed
                                                                    : DecidedAction::State::Declined;
        if (const auto h = horizonFromId(d->horizon))
            item.horizon = *h;
    };
    for (const PlannedAction &p : recommendations.plan) {
        DecidedAction item;
        item.id = p.action->id;
        item.action = p.action;
        item.planned = &p;
        item.horizon = p.horizon;
        item.computedRank = p.rank;
        const auto d = decisions.actions.constFind(item.id);
        decide(item, d == decisions.actions.cend() ? nullptr : &d.value());
        seen.insert(item.id);
        (item.state == DecidedAction::State::Declined ? m_declined : ranked).append(item);
    }
    // Decided actions outside the computed plan: among the other possibilities, or no longer suggested.
    for (auto d = decisions.actions.cbegin(); d != decisions.actions.cend(); ++d) {
        if (seen.contains(d.key()))
            continue;
        DecidedAction item;
        item.id = d.key();
        item.action = content.action(d.key());
        item.planned = others.value(d.key());
        item.horizon = item.action ? item.action->earliest : Horizon::Now;
        if (item.planned) // beyond the plan's caps: not before the next horizon
            item.horizon = std::max(item.horizon, Horizon::Next);
        item.computedRank = item.planned ? item.planned->rank : 0;
        decide(item, &d.value());
        if (item.state == DecidedAction::State::Declined)
            m_declined.append(item);
        else
            (item.planned ? ranked : stale).append(item);
    }
    for (const OwnAction &own : decisions.own) {
        DecidedAction item;
        item.state = DecidedAction::State::Own;
        item.id = own.id;
        item.own = &own;
        item.horizon = horizonFromId(own.horizon).value_or(Horizon::Now);
        stale.append(item); // after the ranked ones; the stable sort below keeps own actions last
    }
    // Now, next, later; the computed rank within each, then what has no rank.
    const auto order = [](const DecidedAction &a, const DecidedAction &b) {
        if (a.horizon != b.horizon)
            return a.horizon < b.horizon;
        const bool aRanked = a.computedRank > 0;
        const bool bRanked = b.computedRank > 0;
        if (aRanked != bRanked)
            return aRanked;
        if (aRanked)
            return a.computedRank < b.computedRank;
        return (a.state == DecidedAction::State::Own) < (b.state == DecidedAction::State::Own);
    };
    m_actions = ranked + stale;
    std::stable_sort(m_actions.begin(), m_actions.end(), order);
    std::stable_sort(m_declined.begin(), m_declined.end(), [](const DecidedAction &a, const DecidedAction &b) {
        return (a.computedRank > 0 ? a.computedRank : INT_MAX) < (b.computedRank > 0 ? b.computedRank : INT_MAX);
    });
}

QString DecidedPlan::csv(const Language &language) const
{
    const Translator &words = Translator::forLanguage(language);
    QString out = QStringLiteral("horizon,rank,id,action,decision,who,due,status,done_on,why,note\n");
    const auto row = [&](const DecidedAction &a, bool declined) {
        QString decision = a.stateName(language);
        if (a.noLongerSuggested())
            decision += words.translate("Phare::DecidedPlan", "; no longer suggested by the answers");
        out += QStringList{declined ? QString() : csvField(Names::horizon(a.horizon, language)),
                           a.computedRank > 0 ? QString::number(a.computedRank) : QString(),
                           csvField(a.id),
                           csvField(a.text(language, *m_recommendations)),
                           csvField(decision),
                           csvField(a.who()),
                           a.due().isValid() ? a.due().toString(Qt::ISODate) : QString(),
                           declined ? QString() : csvField(progressName(a.progress(), language)),
                           a.doneOn().isValid() ? a.doneOn().toString(Qt::ISODate) : QString(),
                           csvField(a.why(language, *m_recommendations)),
                           csvField(a.note())}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    };
    for (const DecidedAction &a : m_actions)
        row(a, false);
    for (const DecidedAction &a : m_declined)
        row(a, true);
    return out;
}

} // namespace Phare
