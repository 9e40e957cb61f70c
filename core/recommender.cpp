// Ranking of fired rules and what they point to, as described in docs/questionnaire-format.md.
#include "recommender.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace Phare {

QString Reason::describe(QStringView language) const
{
    const bool fr = language == u"fr";
    const QString colon = fr ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
    // A question ends with its own '?': the answer follows a dash rather than a colon.
    if (question && answer)
        return question->text.text(language) + QStringLiteral(" — ") + describeAnswer(*question, *answer, language);
    if (dimension && score) {
        return dimension->title.text(language) + colon +
               (fr ? QStringLiteral("%1 sur 100") : QStringLiteral("%1 out of 100")).arg(qRound(*score));
    }
    return {};
}

bool Reason::sameSubject(const Reason &other) const
{
    return questionnaire == other.questionnaire && question == other.question && dimension == other.dimension;
}

namespace {

// std::stable_sort on the list itself moves whole entries (and their reasons) many times over: sort
// their positions instead, then move each entry once. Same order, ties included.
template <typename T, typename Less> void stableSort(QList<T> &list, Less less)
{
    const QList<T> &items = list;
    std::vector<qsizetype> order(static_cast<std::size_t>(items.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return less(items[a], items[b]); });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const qsizetype i : order)
        sorted.append(std::move(list[i]));
    list = std::move(sorted);
}

template <typename T> bool ranksBefore(const T &a, const T &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    return a.gap > b.gap;
}

void mergeReasons(QList<Reason> &into, const QList<Reason> &from)
{
    for (const Reason &r : from) {
        if (std::none_of(into.cbegin(), into.cend(), [&](const Reason &x) { return x.sameSubject(r); }))
            into.append(r);
    }
}

template <typename T> void accumulate(T &entry, const FiredRule &fired)
{
    entry.priority = std::min(entry.priority, fired.rule->priority);
    entry.gap = std::max(entry.gap, fired.gap);
    if (!entry.themes.contains(fired.questionnaire->id))
        entry.themes.append(fired.questionnaire->id);
    mergeReasons(entry.reasons, fired.reasons);
}

} // namespace

Recommendations Recommender::recommend(const Content &content, const Assessment &assessment,
                                       const AssessmentResult &result)
{
    Recommendations out;
    QList<ConditionHit> hits; // reused from rule to rule: most rules do not fire
    for (const ThemeResult &theme : result.themes) {
        for (const Rule &rule : theme.questionnaire->rules) {
            hits.clear();
            if (!evaluateCondition(rule.when, theme, &hits))
                continue;
            FiredRule fired{theme.questionnaire, &rule, 0, {}};
            fired.reasons.reserve(hits.size());
            double weakest = 100;
            for (const ConditionHit &hit : hits) {
                Reason reason;
                reason.questionnaire = theme.questionnaire;
                if (hit.question) {
                    reason.question = hit.question->question;
                    reason.answer = hit.question->answer;
                    if (hit.question->counted())
                        reason.score = hit.question->normalised * 100.0;
                } else if (hit.dimension) {
                    reason.dimension = hit.dimension->dimension;
                    reason.score = hit.dimension->score;
                }
                if (reason.score)
                    weakest = std::min(weakest, *reason.score);
                if (std::none_of(fired.reasons.cbegin(), fired.reasons.cend(),
                                 [&](const Reason &r) { return r.sameSubject(reason); }))
                    fired.reasons.append(reason);
            }
            fired.gap = 100.0 - weakest;
            out.rules.append(std::move(fired));
        }
    }
    stableSort(out.rules, [](const FiredRule &a, const FiredRule &b) {
        if (a.rule->priority != b.rule->priority)
            return a.rule->priority < b.rule->priority;
        return a.gap > b.gap;
    });

    const QString size = sizeForEmployees(assessment.company.employees);
    for (const FiredRule &fired : out.rules) {
        for (const SourceRef &ref : fired.rule->chapters) {
            const Chapter *chapter = content.chapter(ref.id);
            if (!chapter)
                continue;
            auto it = std::find_if(out.chapters.begin(), out.chapters.end(),
                                   [&](const ChapterRecommendation &c) { return c.chapter == chapter; });
            if (it == out.chapters.end()) {
                out.chapters.append({chapter, fired.rule->priority, fired.gap, {}, {}});
                it = std::prev(out.chapters.end());
            }
            accumulate(*it, fired);
        }
        for (const SourceRef &ref : fired.rule->useCases) {
            const UseCase *useCase = content.useCase(ref.id);
            if (!useCase || !useCase->sectors.contains(assessment.company.sector) || !useCase->sizes.contains(size))
                continue;
            auto it = std::find_if(out.useCases.begin(), out.useCases.end(),
                                   [&](const UseCaseRecommendation &u) { return u.useCase == useCase; });
            if (it == out.useCases.end()) {
                out.useCases.append({useCase, fired.rule->priority, fired.gap, {}, {}});
                it = std::prev(out.useCases.end());
            }
            accumulate(*it, fired);
        }
        out.plan.append(
            {fired.rule->horizon, fired.rule->priority, fired.gap, fired.questionnaire, fired.rule, fired.reasons});
    }
    stableSort(out.chapters, ranksBefore<ChapterRecommendation>);
    stableSort(out.useCases, ranksBefore<UseCaseRecommendation>);
    const auto byHorizonThenRank = [](const ActionItem &a, const ActionItem &b) {
        if (a.horizon != b.horizon)
            return a.horizon < b.horizon;
        return ranksBefore(a, b);
    };
    stableSort(out.plan, byHorizonThenRank);
    // A small firm cannot do fifteen things this month: past the cap, actions move to the next horizon.
    int now = 0;
    int next = 0;
    for (ActionItem &item : out.plan) {
        if (item.horizon == Horizon::Now && now++ >= maxActionsNow)
            item.horizon = Horizon::Next;
        if (item.horizon == Horizon::Next && next++ >= maxActionsNext)
            item.horizon = Horizon::Later;
    }
    stableSort(out.plan, byHorizonThenRank);
    return out;
}

} // namespace Phare
