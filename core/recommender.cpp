// The action plan as described in docs/questionnaire-format.md ("Ranking") and docs/advice.md.
#include "recommender.h"

#include "datetext.h"
#include "names.h"
#include "translator.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Phare {

QString Reason::describe(const Language &language, QDate day) const
{
    const Translator &words = Translator::forLanguage(language);
    // A question ends with its own '?': the answer follows a dash rather than a colon.
    if (question && answer)
        return phraseDates(question->text.text(language), language, day.isValid() ? day : Phare::today()) +
               QStringLiteral(" — ") + describeAnswer(*question, *answer, language);
    if (dimension && score) {
        return dimension->title.text(language) +
               words.translate("Phare::Typography", ": ", "between a label and its value") +
               words.translate("Phare::Recommender", "%1 out of 100").arg(qRound(*score));
    }
    return {};
}

int Recommendations::count(Horizon horizon) const
{
    return static_cast<int>(
        std::count_if(plan.cbegin(), plan.cend(), [&](const PlannedAction &a) { return a.horizon == horizon; }));
}

QString phrased(const LocalizedText &text, const Language &language, const Recommendations &recommendations)
{
    return phraseDates(text.text(language), language, recommendations.referenceDate);
}

QString PlannedAction::rankExplanation(const Language &language) const
{
    const Translator &words = Translator::forLanguage(language);
    if (action && action->rank > 0) {
        // The content's own order decides, not the score: saying the points would explain nothing.
        QString text =
            words.translate("Phare::Recommender", "Rank %1: the framework's own order (rank %2 in its list).")
                .arg(rank)
                .arg(action->rank);
        if (parts.afterPrerequisite)
            text += QLatin1Char(' ') + words.translate("Phare::Recommender", "Placed after the action it needs.");
        return text;
    }
    const auto points = [](double part, double weight) {
        return qRound(part * weight);
    };
    QStringList out;
    const QString effort = action ? language.locale().toString(action->effort, 'g', 3) : QString();
    out << words.translate("Phare::Recommender", "%1 stakes (%2 points)")
               .arg(Names::impact(parts.impact, language))
               .arg(points(parts.impactPoints, RankWeights::impact));
    out << words.translate("Phare::Recommender", "gap %1 out of 100 (%2 points)")
               .arg(qRound(parts.gap))
               .arg(points(parts.gap, RankWeights::gap));
    out << words.translate("Phare::Recommender", "about %1 h of work (%2 points)")
               .arg(effort)
               .arg(points(parts.quickness, RankWeights::quickness));
    if (parts.urgency > 0)
        out << (parts.deadlinePassed
                    ? words.translate("Phare::Recommender", "legal obligation already in force (%1 points)")
                    : words.translate("Phare::Recommender", "legal obligation within a year (%1 points)"))
                   .arg(points(parts.urgency, RankWeights::urgency));
    QString text = words.translate("Phare::Recommender", "Rank %1, %2 out of 100: %3.")
                       .arg(rank)
                       .arg(qRound(parts.score))
                       .arg(out.join(words.translate("Phare::Typography", ", ", "between the items of a sentence")));
    if (parts.weakestDimension)
        text +=
            QLatin1Char(' ') + words.translate("Phare::Recommender", "Moved up to deal with the firm's weakest point.");
    if (parts.afterPrerequisite)
        text += QLatin1Char(' ') + words.translate("Phare::Recommender", "Placed after the action it needs.");
    return text;
}

namespace {

double impactPoints(Impact impact)
{
    switch (impact) {
    case Impact::Critical:
        return 100;
    case Impact::High:
        return 75;
    case Impact::Medium:
        return 50;
    case Impact::Low:
        return 25;
    }
    return 50;
}

double quickness(double hours)
{
    if (hours <= 2)
        return 100;
    if (hours <= 8)
        return 75;
    if (hours <= 40)
        return 40;
    return 10;
}

// An action being gathered from the rules that fire it.
struct Gathered
{
    int action = -1; // in Content::actions
    Impact impact = Impact::Low;
    double gap = 0;
    quint64 themes = 0; // bit per theme (in AssessmentResult::themes), the first 64
    int firstWord = 0;  // in the bitset of subjects already given to it
    RankParts parts;
    long sortKey = 0; // the score as shown, to one decimal: equal-looking scores tie
};

// The entry at a position the content's index gives, or null (-1: what the reference named does not exist).
template <typename T> const T *at(const QList<T> &list, int position)
{
    return position >= 0 && position < list.size() ? &list[position] : nullptr;
}

bool touches(const Reason &reason, const DimensionResult *weakest)
{
    if (!weakest)
        return false;
    if (reason.dimension)
        return reason.dimension == weakest->dimension;
    const QList<Question> &questions = weakest->dimension->questions;
    return reason.question && reason.question >= questions.constData() &&
           reason.question < questions.constData() + questions.size();
}

QStringList themeIds(quint64 bits, const AssessmentResult &result)
{
    QStringList ids;
    ids.reserve(qPopulationCount(bits));
    for (int t = 0; t < std::min<qsizetype>(result.themes.size(), 64); ++t) {
        if ((bits >> t) & 1U)
            ids.append(result.themes[t].questionnaire->id);
    }
    return ids;
}

} // namespace

Recommendations Recommender::recommend(const Content &content, const Assessment &assessment,
                                       const AssessmentResult &result)
{
    Recommendations out;
    out.referenceDate = assessment.referenceDate();
    out.profileMissing = content.profile() && !result.hasProfile;
    FirmFacts firm;
    firm.sector = assessment.company.sector;
    firm.size = sizeForEmployees(assessment.company.employees);
    if (result.hasProfile)
        firm.profile = &result.profile;
    // Built by the loader; a content changed since (or never indexed) is indexed for the call.
    std::optional<ContentIndex> rebuilt;
    const ContentIndex &index = content.index().fits(content) ? content.index() : rebuilt.emplace(content);

    // 1. Evaluate every rule; gather the actions they fire, each once, with all their reasons. Reasons
    // are kept in one list; each action's are picked from it (each subject once per action) and laid
    // out together afterwards, so that nothing is allocated per action.
    QList<Reason> all;
    std::vector<Gathered> gathered;
    std::vector<int> slotOf(static_cast<std::size_t>(content.actions.size()), -1);
    QList<ConditionHit> hits;
    hits.reserve(16);
    int profileBase = 0;
    for (const ThemeResult &theme : result.themes)
        profileBase += theme.questionnaire->subjectCount();
    const int subjectCount =
        profileBase + (result.profile.questionnaire ? result.profile.questionnaire->subjectCount() : 0);
    const int words = std::max(1, (subjectCount + 63) / 64);
    std::vector<quint64> seen;              // per action, a bit per subject already given to it
    std::vector<std::pair<int, int>> picks; // (action slot, reason in `all`)
    std::vector<std::pair<int, const Rule *>> firedBy;
    std::vector<int> subjects; // the current rule's reasons' subjects
    all.reserve(64);
    picks.reserve(128);
    firedBy.reserve(64);
    int themeBase = 0;
    std::optional<QuestionnaireIndex> compiled;
    for (int t = 0; t < result.themes.size(); ++t) {
        const ThemeResult &theme = result.themes[t];
        const QList<Rule> &rules = theme.questionnaire->rules;
        // A theme scored from other content is compiled for the call.
        const QuestionnaireIndex *themeIndex = index.of(content, *theme.questionnaire);
        if (!themeIndex)
            themeIndex = &compiled.emplace(ContentIndex::compile(*theme.questionnaire, content));
        const auto ruleCount = std::min<qsizetype>(rules.size(), static_cast<qsizetype>(themeIndex->rules.size()));
        for (int r = 0; r < ruleCount; ++r) {
            const Rule &rule = rules[r];
            const CompiledRule &compiledRule = themeIndex->rules[static_cast<std::size_t>(r)];
            if (compiledRule.given && !evaluateCondition(*compiledRule.given, theme, nullptr, &firm))
                continue;
            hits.clear();
            if (!evaluateCondition(compiledRule.when, theme, &hits, &firm))
                continue;
            double weakestScore = 100;
            bool scored = false;
            const auto firstReason = static_cast<int>(all.size());
            subjects.clear();
            for (const ConditionHit &hit : hits) {
                // The profile's questions are numbered after every theme's subjects.
                const int subject = hit.profile ? profileBase + hit.subject : themeBase + hit.subject;
                if (subject < 0 || subject >= subjectCount ||
                    std::find(subjects.cbegin(), subjects.cend(), subject) != subjects.cend())
                    continue;
                Reason reason;
                reason.questionnaire = hit.profile ? result.profile.questionnaire : theme.questionnaire;
                if (hit.question) {
                    reason.question = hit.question->question;
                    reason.answer = hit.question->answer ? &*hit.question->answer : nullptr;
                    if (hit.question->counted())
                        reason.score = hit.question->normalised * 100.0;
                } else if (hit.dimension) {
                    reason.dimension = hit.dimension->dimension;
                    reason.score = hit.dimension->score;
                }
                if (reason.score) {
                    weakestScore = std::min(weakestScore, *reason.score);
                    scored = true;
                }
                all.push_back(reason);
                subjects.push_back(subject);
            }
            // A rule that looked only at who the firm is (or at unscored answers) shows a full gap:
            // what it points to is missing altogether.
            const double gap = scored ? 100.0 - weakestScore : 100.0;
            for (const int position : compiledRule.actions) {
                const Action *action = at(content.actions, position);
                if (!action)
                    continue;
                const auto a = static_cast<std::size_t>(position);
                if (slotOf[a] < 0) {
                    slotOf[a] = static_cast<int>(gathered.size());
                    Gathered g;
                    g.action = position;
                    g.impact = action->impact;
                    g.firstWord = static_cast<int>(seen.size());
                    seen.resize(seen.size() + static_cast<std::size_t>(words), 0);
                    gathered.push_back(g);
                }
                const int slot = slotOf[a];
                Gathered &g = gathered[static_cast<std::size_t>(slot)];
                if (rule.impact && *rule.impact < g.impact)
                    g.impact = *rule.impact;
                g.gap = std::max(g.gap, gap);
                if (t < 64)
                    g.themes |= quint64(1) << t;
                firedBy.emplace_back(slot, &rule);
                for (std::size_t k = 0; k < subjects.size(); ++k) {
                    quint64 &word =
                        seen[static_cast<std::size_t>(g.firstWord) + static_cast<std::size_t>(subjects[k] / 64)];
                    const quint64 bit = quint64(1) << (subjects[k] % 64);
                    if ((word & bit) == 0) {
                        word |= bit;
                        picks.emplace_back(slot, firstReason + static_cast<int>(k));
                    }
                }
            }
        }
        themeBase += theme.questionnaire->subjectCount();
    }

    // 2. Score each action (RankWeights) and rank them: the actions the content ranks itself first, by
    // that rank; then score, then impact, then the smaller effort, then the content's order.
    for (Gathered &g : gathered) {
        const Action &action = content.actions[g.action];
        RankParts &p = g.parts;
        p.impact = g.impact;
        p.impactPoints = impactPoints(g.impact);
        p.gap = g.gap;
        p.quickness = quickness(action.effort);
        if (action.deadline.isValid() && out.referenceDate.isValid()) {
            p.deadlinePassed = out.referenceDate >= action.deadline;
            p.urgency = p.deadlinePassed ? 100 : out.referenceDate.daysTo(action.deadline) <= 365 ? 60 : 0;
        }
        p.score = RankWeights::impact * p.impactPoints + RankWeights::gap * p.gap +
                  RankWeights::quickness * p.quickness + RankWeights::urgency * p.urgency;
        g.sortKey = std::lround(p.score * 10);
    }
    std::vector<int> order(gathered.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Gathered &x = gathered[static_cast<std::size_t>(a)];
        const Gathered &y = gathered[static_cast<std::size_t>(b)];
        const int rx = content.actions[x.action].rank;
        const int ry = content.actions[y.action].rank;
        if ((rx > 0) != (ry > 0))
            return rx > 0;
        if (rx != ry)
            return rx < ry;
        // Compared on the score as shown (a whole number), so that equal-looking scores tie.
        if (x.sortKey != y.sortKey)
            return x.sortKey > y.sortKey;
        if (x.parts.impact != y.parts.impact)
            return x.parts.impact < y.parts.impact;
        const double ex = content.actions[x.action].effort;
        const double ey = content.actions[y.action].effort;
        if (ex != ey)
            return ex < ey;
        return x.action < y.action;
    });

    // Lay the reasons out, each action's together (in the order they were given), now that they are known.
    std::vector<std::pair<int, int>> slice(gathered.size(), {0, 0}); // (first, count) in `shared`
    for (const auto &[slot, reason] : picks)
        ++slice[static_cast<std::size_t>(slot)].second;
    int laid = 0;
    for (auto &[first, count] : slice) {
        first = laid;
        laid += count;
    }
    QList<Reason> shared(laid);
    {
        std::vector<int> next(gathered.size());
        for (std::size_t i = 0; i < gathered.size(); ++i)
            next[i] = slice[i].first;
        Reason *data = shared.data();
        for (const auto &[slot, reason] : picks)
            data[next[static_cast<std::size_t>(slot)]++] = all[reason];
    }

    // 3. An action comes after the actions it needs (when they are advised too). Each pass moves an
    // action at most once; a chain of n needs n passes, and a loop of needs stops at the bound.
    const auto advisedSlot = [&](int needed) {
        return at(content.actions, needed) ? slotOf[static_cast<std::size_t>(needed)] : -1;
    };
    for (std::size_t pass = 0; pass < order.size(); ++pass) {
        bool moved = false;
        for (std::size_t i = 0; i < order.size() && !moved; ++i) {
            const int action = gathered[static_cast<std::size_t>(order[i])].action;
            std::size_t latest = i;
            for (const int needed : index.actions[static_cast<std::size_t>(action)].prerequisites) {
                const int slot = advisedSlot(needed);
                if (slot < 0)
                    continue; // not advised: already done, or does not fit
                const auto at = std::find(order.begin(), order.end(), slot) - order.begin();
                latest = std::max(latest, static_cast<std::size_t>(at));
            }
            if (latest > i) {
                const int g = order[i];
                order.erase(order.begin() + static_cast<std::ptrdiff_t>(i));
                order.insert(order.begin() + static_cast<std::ptrdiff_t>(latest), g);
                gathered[static_cast<std::size_t>(g)].parts.afterPrerequisite = true;
                moved = true;
            }
        }
        if (!moved)
            break;
    }

    // 4. Fill the horizons in rank order, each action from its earliest horizon and never before the
    // actions it needs; what does not fit goes to the other possibilities (horizon 3). A plan written as
    // one list is one horizon, "now", holding the priority measures; `earliest` has no meaning there.
    out.style = content.plan.style;
    const bool oneList = content.plan.style == PlanStyle::List;
    const int caps[] = {oneList ? content.plan.measures : content.plan.now, oneList ? 0 : content.plan.next,
                        oneList ? 0 : content.plan.later};
    std::vector<int> horizonOf(gathered.size(), -1);
    const auto place = [&] {
        int used[] = {0, 0, 0};
        std::fill(horizonOf.begin(), horizonOf.end(), -1);
        for (const int g : order) {
            const int a = gathered[static_cast<std::size_t>(g)].action;
            int h = oneList ? 0 : static_cast<int>(content.actions[a].earliest);
            for (const int needed : index.actions[static_cast<std::size_t>(a)].prerequisites) {
                if (const int slot = advisedSlot(needed); slot >= 0 && horizonOf[static_cast<std::size_t>(slot)] >= 0)
                    h = std::max(h, horizonOf[static_cast<std::size_t>(slot)]);
            }
            while (h < 3 && used[h] >= caps[h])
                ++h;
            if (h < 3)
                ++used[h];
            horizonOf[static_cast<std::size_t>(g)] = h;
        }
        return used[0];
    };
    const int nowCount = place();

    // 5. The firm's weakest scored dimension is always among "now" when an advised action deals with it:
    // the best such action that can be done now takes the last place of "now" (the action there moves
    // one down). Decided on the placed plan, after the needs are ordered, so nothing moves it back out.
    // When the content ranks advised actions itself, its order is kept as it is: no move.
    for (const ThemeResult &theme : result.themes) {
        for (const DimensionResult &d : theme.dimensions) {
            if (d.score && d.dimension->scored && (!out.weakest || *d.score < *out.weakest->score)) {
                out.weakest = &d;
                out.weakestTheme = &theme;
            }
        }
    }
    const auto touchesWeakest = [&](int g) {
        const auto [first, count] = slice[static_cast<std::size_t>(g)];
        for (int r = first; r < first + count; ++r) {
            if (touches(shared[r], out.weakest))
                return true;
        }
        return false;
    };
    // When "now" is not full, every action that could be in it already is: nothing to move.
    const bool contentRanks = std::any_of(gathered.cbegin(), gathered.cend(),
                                          [&](const Gathered &g) { return content.actions[g.action].rank > 0; });
    if (out.weakest && !contentRanks && nowCount > 0 && nowCount == caps[0] &&
        std::none_of(order.cbegin(), order.cend(),
                     [&](int g) { return horizonOf[static_cast<std::size_t>(g)] == 0 && touchesWeakest(g); })) {
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int g = order[i];
            const int a = gathered[static_cast<std::size_t>(g)].action;
            if (horizonOf[static_cast<std::size_t>(g)] == 0 ||
                (!oneList && content.actions[a].earliest != Horizon::Now) || !touchesWeakest(g))
                continue;
            // Its needs must already be done "now"; it takes the place of the last action of "now" that is
            // not one of them, and comes after every action left in "now" (its needs among them).
            bool ready = true;
            QList<int> needs;
            for (const int needed : index.actions[static_cast<std::size_t>(a)].prerequisites) {
                if (const int slot = advisedSlot(needed); slot >= 0) {
                    ready = ready && horizonOf[static_cast<std::size_t>(slot)] == 0;
                    needs.append(slot);
                }
            }
            if (!ready)
                continue;
            std::ptrdiff_t at = -1;
            for (std::size_t k = 0; k < i; ++k) {
                if (horizonOf[static_cast<std::size_t>(order[k])] == 0 && !needs.contains(order[k]))
                    at = static_cast<std::ptrdiff_t>(k);
            }
            if (at < 0)
                continue;
            const int bumped = order[static_cast<std::size_t>(at)];
            order.erase(order.begin() + static_cast<std::ptrdiff_t>(i));
            order.erase(order.begin() + at);
            std::size_t after = 0;
            for (std::size_t k = 0; k < order.size(); ++k) {
                if (horizonOf[static_cast<std::size_t>(order[k])] == 0)
                    after = k + 1;
            }
            order.insert(order.begin() + static_cast<std::ptrdiff_t>(after), {g, bumped});
            gathered[static_cast<std::size_t>(g)].parts.weakestDimension = true;
            place();
            break;
        }
    }

    // The entries, made in place: most actions share their one theme's list, and each gets its rules.
    int counts[4] = {0, 0, 0, 0};
    for (const int g : order)
        ++counts[horizonOf[static_cast<std::size_t>(g)]];
    out.plan.reserve(counts[0] + counts[1] + counts[2]);
    out.others.reserve(counts[3]);
    // The rules that fired each action, laid out together in one list that every entry shares.
    std::vector<std::pair<int, int>> ruleSlice(gathered.size(), {0, 0});
    for (const auto &[slot, rule] : firedBy)
        ++ruleSlice[static_cast<std::size_t>(slot)].second;
    int ruleCount = 0;
    for (auto &[first, count] : ruleSlice) {
        first = ruleCount;
        ruleCount += count;
    }
    QList<const Rule *> firedRules(ruleCount);
    {
        std::vector<int> next(gathered.size());
        for (std::size_t i = 0; i < gathered.size(); ++i)
            next[i] = ruleSlice[i].first;
        for (const auto &[slot, rule] : firedBy)
            firedRules[next[static_cast<std::size_t>(slot)]++] = rule;
    }
    std::vector<std::pair<quint64, QStringList>> themeLists;
    const auto themesFor = [&](quint64 bits) {
        for (const auto &[known, list] : themeLists) {
            if (known == bits)
                return list;
        }
        themeLists.emplace_back(bits, themeIds(bits, result));
        return themeLists.back().second;
    };
    int rank = 0;
    std::vector<int> rankOf(gathered.size(), 0);
    for (const int g : order)
        rankOf[static_cast<std::size_t>(g)] = ++rank;
    for (int h = 0; h < 4; ++h) {
        for (const int g : order) {
            if (horizonOf[static_cast<std::size_t>(g)] != h)
                continue;
            const Gathered &x = gathered[static_cast<std::size_t>(g)];
            PlannedAction &p = (h < 3 ? out.plan : out.others).emplace_back();
            p.action = &content.actions[x.action];
            p.horizon = static_cast<Horizon>(std::min(h, 2));
            p.rank = rankOf[static_cast<std::size_t>(g)];
            p.parts = x.parts;
            p.themes = themesFor(x.themes);
            p.rules = RuleList(firedRules, ruleSlice[static_cast<std::size_t>(g)].first,
                               ruleSlice[static_cast<std::size_t>(g)].second);
            const auto [first, count] = slice[static_cast<std::size_t>(g)];
            p.reasons = ReasonList(shared, first, count);
        }
    }

    // 6. Chapters and use cases, from the planned actions: ranked on sums first, and only those kept
    // get their lists of actions and reasons.
    struct Pick
    {
        double score = 0;
        double best = 0;
        quint64 themes = 0;
        int actions = 0;
        int order = 0;
    };
    std::vector<Pick> chapterPicks(static_cast<std::size_t>(content.chapters.size()));
    std::vector<Pick> useCasePicks(static_cast<std::size_t>(content.useCases.size()));
    std::vector<signed char> suits(static_cast<std::size_t>(content.useCases.size()), -1);
    std::vector<std::pair<int, int>> chapterLinks; // (chapter, planned action)
    std::vector<std::pair<int, int>> useCaseLinks; // (use case, planned action)
    int seq = 0;
    const auto add = [&](Pick &pick, const PlannedAction &p, quint64 themes) {
        if (pick.actions++ == 0)
            pick.order = ++seq;
        pick.score += p.parts.score;
        pick.best = std::max(pick.best, p.parts.score);
        pick.themes |= themes;
    };
    const QString size = sizeForEmployees(assessment.company.employees);
    for (int a = 0; a < out.plan.size(); ++a) {
        const PlannedAction &p = out.plan[a];
        const qsizetype action = p.action - content.actions.constData();
        const quint64 themes = gathered[static_cast<std::size_t>(slotOf[static_cast<std::size_t>(action)])].themes;
        const ActionLinks &links = index.actions[static_cast<std::size_t>(action)];
        for (const int chapter : links.chapters) {
            if (at(content.chapters, chapter)) {
                add(chapterPicks[static_cast<std::size_t>(chapter)], p, themes);
                chapterLinks.emplace_back(chapter, a);
            }
        }
        for (const int position : links.useCases) {
            const UseCase *useCase = at(content.useCases, position);
            if (!useCase)
                continue;
            const auto u = static_cast<std::size_t>(position);
            if (suits[u] < 0) {
                const std::optional<CompiledCondition> &when = index.useCaseWhen[u];
                suits[u] = useCase->sectors.contains(assessment.company.sector) && useCase->sizes.contains(size) &&
                           (!when || evaluateCondition(*when, result.profile, nullptr, &firm));
            }
            if (suits[u]) {
                add(useCasePicks[u], p, themes);
                useCaseLinks.emplace_back(position, a);
            }
        }
    }
    const auto ranked = [](const std::vector<Pick> &entries, bool byTotal, int cap) {
        std::vector<int> idx;
        for (int i = 0; i < static_cast<int>(entries.size()); ++i) {
            if (entries[static_cast<std::size_t>(i)].actions > 0)
                idx.push_back(i);
        }
        std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
            const Pick &x = entries[static_cast<std::size_t>(a)];
            const Pick &y = entries[static_cast<std::size_t>(b)];
            const double sx = byTotal ? x.score : x.best;
            const double sy = byTotal ? y.score : y.best;
            if (sx != sy)
                return sx > sy;
            if (x.actions != y.actions)
                return x.actions > y.actions;
            return x.order < y.order;
        });
        if (static_cast<int>(idx.size()) > cap)
            idx.resize(static_cast<std::size_t>(std::max(cap, 0)));
        return idx;
    };
    const std::vector<int> chapterOrder = ranked(chapterPicks, true, content.plan.chapters);
    const std::vector<int> useCaseOrder = ranked(useCasePicks, false, content.plan.useCases);
    // The reasons of each kept entry: those of its actions, in the plan's order, each question or
    // dimension once; laid out in one list that every entry shares.
    QList<Reason> pickedReasons;
    const auto collect = [&](int entry, const std::vector<std::pair<int, int>> &links, QList<const Action *> &actions) {
        const auto first = static_cast<int>(pickedReasons.size());
        for (const auto &[target, a] : links) {
            if (target != entry)
                continue;
            const PlannedAction &p = out.plan[a];
            actions.append(p.action);
            for (const Reason &r : p.reasons) {
                const bool known =
                    std::any_of(pickedReasons.cbegin() + first, pickedReasons.cend(), [&](const Reason &o) {
                        return o.question == r.question && o.dimension == r.dimension;
                    });
                if (!known)
                    pickedReasons.append(r);
            }
        }
        return std::pair<int, int>(first, static_cast<int>(pickedReasons.size()) - first);
    };
    std::vector<std::pair<int, int>> chapterSlices;
    std::vector<std::pair<int, int>> useCaseSlices;
    std::vector<QList<const Action *>> chapterActions(chapterOrder.size());
    std::vector<QList<const Action *>> useCaseActions(useCaseOrder.size());
    for (std::size_t k = 0; k < chapterOrder.size(); ++k)
        chapterSlices.push_back(collect(chapterOrder[k], chapterLinks, chapterActions[k]));
    for (std::size_t k = 0; k < useCaseOrder.size(); ++k)
        useCaseSlices.push_back(collect(useCaseOrder[k], useCaseLinks, useCaseActions[k]));
    out.chapters.reserve(static_cast<qsizetype>(chapterOrder.size()));
    for (std::size_t k = 0; k < chapterOrder.size(); ++k) {
        const Pick &pick = chapterPicks[static_cast<std::size_t>(chapterOrder[k])];
        out.chapters.append({&content.chapters[chapterOrder[k]], pick.score, themesFor(pick.themes), chapterActions[k],
                             ReasonList(pickedReasons, chapterSlices[k].first, chapterSlices[k].second)});
    }
    out.useCases.reserve(static_cast<qsizetype>(useCaseOrder.size()));
    for (std::size_t k = 0; k < useCaseOrder.size(); ++k) {
        const Pick &pick = useCasePicks[static_cast<std::size_t>(useCaseOrder[k])];
        out.useCases.append({&content.useCases[useCaseOrder[k]], pick.best, themesFor(pick.themes), useCaseActions[k],
                             ReasonList(pickedReasons, useCaseSlices[k].first, useCaseSlices[k].second)});
    }
    return out;
}

} // namespace Phare
