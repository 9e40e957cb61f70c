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

namespace {

// Whether a ranks before b: higher priority first, then the larger gap.
template <typename A, typename B> bool ranksBefore(const A &a, const B &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    return a.gap > b.gap;
}

// A stable sort of chapters or use cases by rank: their positions are sorted, then each entry is
// moved once (sorting the entries would move their lists many times over).
template <typename T> void sortByRank(QList<T> &list)
{
    std::vector<int> order(static_cast<std::size_t>(list.size()));
    std::iota(order.begin(), order.end(), 0);
    const QList<T> &items = list;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return ranksBefore(items[a], items[b]); });
    QList<T> sorted;
    sorted.reserve(list.size());
    for (const int i : order)
        sorted.append(std::move(list[i]));
    list = std::move(sorted);
}

// A fired rule before ranking: its reasons are a slice of the shared list, each with the number of
// its subject across all themes (to merge the reasons of chapters and use cases without comparing).
struct Fired
{
    int theme = 0; // in AssessmentResult::themes
    const Rule *rule = nullptr;
    double gap = 0;
    int first = 0; // in the shared reasons and subjects
    int count = 0;
};

// A chapter or a use case being gathered: where it is, which themes and subjects it already holds,
// and which of the shared reasons are its own (`picks`: the entry's slot and the reason, in order).
struct Gathering
{
    int slot = -1; // in Recommendations::chapters or ::useCases
    quint64 themes = 0;
    int firstWord = 0; // in the bitset of subjects already given
};

template <typename Entry> struct Gatherer
{
    QList<Entry> &entries;
    std::vector<Gathering> gathering; // by position in the content's list
    std::vector<quint64> seen;
    std::vector<std::pair<int, int>> picks;                  // (slot, reason)
    std::vector<std::pair<int, const QString *>> themePicks; // (slot, theme id), in order of appearance
    int words = 1;

    template <typename Item>
    void add(int index, const Item *item, const Fired &fired, const std::vector<int> &subjects,
             const AssessmentResult &result)
    {
        Gathering &g = gathering[static_cast<std::size_t>(index)];
        if (g.slot < 0) {
            g.slot = static_cast<int>(entries.size());
            g.firstWord = static_cast<int>(seen.size());
            seen.resize(seen.size() + static_cast<std::size_t>(words), 0);
            entries.append({item, fired.rule->priority, fired.gap, {}, {}});
        }
        Entry &entry = entries.data()[g.slot];
        entry.priority = std::min(entry.priority, fired.rule->priority);
        entry.gap = std::max(entry.gap, fired.gap);
        const QString *themeId = &result.themes[fired.theme].questionnaire->id;
        const quint64 themeBit = fired.theme < 64 ? quint64(1) << fired.theme : 0;
        const bool newTheme = themeBit ? (g.themes & themeBit) == 0
                                       : std::none_of(themePicks.cbegin(), themePicks.cend(), [&](const auto &p) {
                                             return p.first == g.slot && *p.second == *themeId;
                                         });
        if (newTheme) {
            g.themes |= themeBit;
            themePicks.emplace_back(g.slot, themeId);
        }
        for (int i = fired.first; i < fired.first + fired.count; ++i) {
            const int subject = subjects[static_cast<std::size_t>(i)];
            quint64 &word = seen[static_cast<std::size_t>(g.firstWord + subject / 64)];
            const quint64 bit = quint64(1) << (subject % 64);
            if ((word & bit) == 0) {
                word |= bit;
                picks.emplace_back(g.slot, i);
            }
        }
    }

    // Appends each entry's reasons to the shared list, together (in the order they were given), and
    // returns where each entry's start; gives each entry its themes.
    std::vector<int> lay(QList<Reason> &all) const
    {
        std::vector<int> start(static_cast<std::size_t>(entries.size()) + 1, 0);
        for (const auto &[slot, reason] : picks)
            ++start[static_cast<std::size_t>(slot) + 1];
        const auto base = static_cast<int>(all.size());
        start[0] = base;
        for (std::size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        all.resize(all.size() + static_cast<qsizetype>(picks.size()));
        Reason *data = all.data();
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const auto &[slot, reason] : picks)
            data[next[static_cast<std::size_t>(slot)]++] = data[reason];

        std::vector<int> themeCount(static_cast<std::size_t>(entries.size()), 0);
        for (const auto &[slot, theme] : themePicks)
            ++themeCount[static_cast<std::size_t>(slot)];
        Entry *entry = entries.data();
        for (int i = 0; i < entries.size(); ++i)
            entry[i].themes.reserve(themeCount[static_cast<std::size_t>(i)]);
        for (const auto &[slot, theme] : themePicks)
            entry[slot].themes.append(*theme);
        return start;
    }
};

template <typename T> const T *lookUp(const QList<T> &list, const SourceRef &ref)
{
    // Resolved when the content was loaded (which made both ids share their characters); checked,
    // since the rule may come from other content.
    if (ref.index >= 0 && ref.index < list.size()) {
        const QString &id = list[ref.index].id;
        if ((id.constData() == ref.id.constData() && id.size() == ref.id.size()) || id == ref.id)
            return &list[ref.index];
    }
    for (const T &item : list) {
        if (item.id == ref.id)
            return &item;
    }
    return nullptr;
}

} // namespace

Recommendations Recommender::recommend(const Content &content, const Assessment &assessment,
                                       const AssessmentResult &result)
{
    // 1. Evaluate every rule; keep those that fire with their reasons, each reason once per rule.
    std::vector<Fired> fired;
    QList<Reason> all;         // every reason of this call: those of the rules, then of chapters, use cases
    std::vector<int> subjects; // the rules' reasons' subjects, numbered across themes
    QList<ConditionHit> hits;  // reused from rule to rule: most rules do not fire
    int themeBase = 0;
    int ruleCount = 0;
    for (const ThemeResult &theme : result.themes)
        ruleCount += static_cast<int>(theme.questionnaire->rules.size());
    fired.reserve(static_cast<std::size_t>(ruleCount));
    all.reserve(static_cast<std::size_t>(ruleCount) * 4);
    subjects.reserve(static_cast<std::size_t>(ruleCount) * 2);
    hits.reserve(16);
    for (int t = 0; t < result.themes.size(); ++t) {
        const ThemeResult &theme = result.themes[t];
        for (const Rule &rule : theme.questionnaire->rules) {
            hits.clear();
            if (!evaluateCondition(rule.when, theme, &hits))
                continue;
            Fired f{t, &rule, 0, static_cast<int>(all.size()), 0};
            double weakest = 100;
            for (const ConditionHit &hit : hits) {
                const int subject = themeBase + hit.subject;
                if (std::find(subjects.cbegin() + f.first, subjects.cend(), subject) != subjects.cend())
                    continue;
                Reason reason;
                reason.questionnaire = theme.questionnaire;
                if (hit.question) {
                    reason.question = hit.question->question;
                    reason.answer = hit.question->answer ? &*hit.question->answer : nullptr;
                    if (hit.question->counted())
                        reason.score = hit.question->normalised * 100.0;
                } else if (hit.dimension) {
                    reason.dimension = hit.dimension->dimension;
                    reason.score = hit.dimension->score;
                }
                if (reason.score)
                    weakest = std::min(weakest, *reason.score);
                all.push_back(reason);
                subjects.push_back(subject);
            }
            f.count = static_cast<int>(all.size()) - f.first;
            f.gap = 100.0 - weakest;
            fired.push_back(f);
        }
        themeBase += theme.questionnaire->subjectCount();
    }

    // 2. Rank them: priority, then gap; ties keep the content's order.
    struct Rank
    {
        Priority priority;
        double gap;
        int item;
    };
    std::vector<Rank> order;
    order.reserve(fired.size());
    for (int i = 0; i < static_cast<int>(fired.size()); ++i)
        order.push_back({fired[static_cast<std::size_t>(i)].rule->priority, fired[static_cast<std::size_t>(i)].gap, i});
    std::stable_sort(order.begin(), order.end(), ranksBefore<Rank, Rank>);

    // 3. Gather the chapters and use cases they point to, in rank order.
    Recommendations out;
    const int words = std::max(1, (themeBase + 63) / 64);
    Gatherer<ChapterRecommendation> chapters{out.chapters, {}, {}, {}, {}, words};
    chapters.gathering.resize(static_cast<std::size_t>(content.chapters.size()));
    Gatherer<UseCaseRecommendation> useCases{out.useCases, {}, {}, {}, {}, words};
    useCases.gathering.resize(static_cast<std::size_t>(content.useCases.size()));
    chapters.seen.reserve(static_cast<std::size_t>(words * content.chapters.size()));
    useCases.seen.reserve(static_cast<std::size_t>(words * content.useCases.size()));
    std::vector<signed char> suits(static_cast<std::size_t>(content.useCases.size()), -1); // -1: not known yet
    const QString size = sizeForEmployees(assessment.company.employees);
    for (const Rank &rank : order) {
        const Fired &f = fired[static_cast<std::size_t>(rank.item)];
        for (const SourceRef &ref : f.rule->chapters) {
            if (const Chapter *chapter = lookUp(content.chapters, ref))
                chapters.add(static_cast<int>(chapter - content.chapters.constData()), chapter, f, subjects, result);
        }
        for (const SourceRef &ref : f.rule->useCases) {
            const UseCase *useCase = lookUp(content.useCases, ref);
            if (!useCase)
                continue;
            const auto index = static_cast<std::size_t>(useCase - content.useCases.constData());
            if (suits[index] < 0)
                suits[index] = useCase->sectors.contains(assessment.company.sector) && useCase->sizes.contains(size);
            if (suits[index])
                useCases.add(static_cast<int>(index), useCase, f, subjects, result);
        }
    }
    const std::vector<int> chapterStart = chapters.lay(all);
    const std::vector<int> useCaseStart = useCases.lay(all);

    // 4. Hand the reasons out, now that their list is complete.
    const QList<Reason> shared = std::move(all);
    for (int i = 0; i < out.chapters.size(); ++i)
        out.chapters[i].reasons = ReasonList(shared, chapterStart[i], chapterStart[i + 1] - chapterStart[i]);
    for (int i = 0; i < out.useCases.size(); ++i)
        out.useCases[i].reasons = ReasonList(shared, useCaseStart[i], useCaseStart[i + 1] - useCaseStart[i]);
    out.rules.reserve(static_cast<qsizetype>(fired.size()));
    for (const Rank &rank : order) {
        const Fired &f = fired[static_cast<std::size_t>(rank.item)];
        out.rules.append({result.themes[f.theme].questionnaire, f.rule, f.gap, ReasonList(shared, f.first, f.count)});
    }
    sortByRank(out.chapters);
    sortByRank(out.useCases);

    // 5. The plan: by horizon, then rank. A small firm cannot do fifteen things this month: past the
    // cap, actions move to the next horizon (counted in plan order: those moved from this month
    // first), and each horizon is ranked again, those moved first among equals. The rules are already
    // ranked, so each horizon is a run of them in order and ranking again is merging runs.
    const FiredRule *rules = out.rules.constData();
    std::vector<int> now;
    std::vector<int> next;
    std::vector<int> later;
    for (int i = 0; i < out.rules.size(); ++i) {
        const Horizon h = rules[i].rule->horizon;
        (h == Horizon::Now ? now : h == Horizon::Next ? next : later).push_back(i);
    }
    const auto cut = [](std::vector<int> &from, std::size_t keep) {
        std::vector<int> rest;
        if (from.size() > keep) {
            rest.assign(from.begin() + static_cast<std::ptrdiff_t>(keep), from.end());
            from.resize(keep);
        }
        return rest;
    };
    const auto rankLess = [&](int a, int b) {
        return ranksBefore(Rank{rules[a].rule->priority, rules[a].gap, a},
                           Rank{rules[b].rule->priority, rules[b].gap, b});
    };
    std::vector<int> nowMoved = cut(now, maxActionsNow);
    // Those moved from this month come first in the count of the next horizon.
    const std::size_t movedKept = std::min<std::size_t>(nowMoved.size(), maxActionsNext);
    std::vector<int> nowToLater(nowMoved.begin() + static_cast<std::ptrdiff_t>(movedKept), nowMoved.end());
    nowMoved.resize(movedKept);
    std::vector<int> nextToLater = cut(next, maxActionsNext - movedKept);
    std::vector<int> nextFinal(nowMoved.size() + next.size());
    std::merge(nowMoved.begin(), nowMoved.end(), next.begin(), next.end(), nextFinal.begin(), rankLess);
    std::vector<int> moved(nowToLater.size() + nextToLater.size());
    std::merge(nowToLater.begin(), nowToLater.end(), nextToLater.begin(), nextToLater.end(), moved.begin(), rankLess);
    std::vector<int> laterFinal(moved.size() + later.size());
    std::merge(moved.begin(), moved.end(), later.begin(), later.end(), laterFinal.begin(), rankLess);
    out.plan.reserve(out.rules.size());
    for (const auto &[horizon, items] : {std::pair<Horizon, const std::vector<int> *>{Horizon::Now, &now},
                                         {Horizon::Next, &nextFinal},
                                         {Horizon::Later, &laterFinal}}) {
        for (const int i : *items) {
            const FiredRule &r = rules[i];
            out.plan.append({horizon, r.rule->priority, r.gap, r.questionnaire, r.rule, r.reasons});
        }
    }
    return out;
}

} // namespace Phare
