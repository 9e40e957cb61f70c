// Turns answers into advice: a short action plan ranked by risk and value, and the chapters and use
// cases that support it (docs/questionnaire-format.md, "Ranking"; docs/advice.md for advisors).
#pragma once

#include "scorer.h"

#include <QDate>
#include <QList>

namespace Phare {

// Why something was recommended: one question and its answer, or one dimension and its score.
struct Reason
{
    const Questionnaire *questionnaire = nullptr;
    const Question *question = nullptr;   // set for an answer
    const Dimension *dimension = nullptr; // set for a dimension's score
    const Answer *answer = nullptr;       // the answer as stored (QuestionResult::answer), when there is one
    std::optional<double> score;          // 0–100: the question's or the dimension's

    // In words; dates in the question are phrased against `day` (today when none is given).
    QString describe(const Language &language, QDate day = {}) const;
};

// A slice of one list that all the entries of a Recommendations share (one allocation for every reason,
// or every rule, of a call instead of one per entry). Copies share that list, which lives as long as
// any of them.
template <typename T> class SharedSlice
{
public:
    SharedSlice() = default;
    SharedSlice(const QList<T> &all, qsizetype first, qsizetype count) : m_all(all), m_first(first), m_count(count) {}

    const T *begin() const { return m_all.constData() + m_first; }
    const T *end() const { return begin() + m_count; }
    const T *cbegin() const { return begin(); }
    const T *cend() const { return end(); }
    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const T &operator[](qsizetype i) const { return begin()[i]; }
    QList<T> toList() const { return m_all.mid(m_first, m_count); }

private:
    QList<T> m_all; // never changed once made, so every copy shares it
    qsizetype m_first = 0;
    qsizetype m_count = 0;
};

// The reasons of one action, chapter or use case, most telling first.
using ReasonList = SharedSlice<Reason>;
// The rules that fired an action, in the content's order.
using RuleList = SharedSlice<const Rule *>;

// The parts of an action's rank score, each 0–100 before its weight (RankWeights).
struct RankParts
{
    Impact impact = Impact::Medium; // the action's, or higher when a rule that fired it says so
    double impactPoints = 0;        // critical 100, high 75, medium 50, low 25
    double gap = 0;                 // 100 minus the lowest score among the answers that fired it
    double quickness = 0;           // effort up to 2 h: 100, 8 h: 75, 40 h: 40, more: 10
    double urgency = 0;             // legal deadline passed: 100, within a year: 60, else 0
    double score = 0;               // the weighted sum, 0–100
    bool deadlinePassed = false;
    bool weakestDimension = false;  // moved up so that the firm's weakest dimension is among "now" (never
                                    // when an advised action has a `rank` of its own)
    bool afterPrerequisite = false; // moved down to come after an action it needs
};

struct RankWeights
{
    static constexpr double impact = 0.45;
    static constexpr double gap = 0.30;
    static constexpr double quickness = 0.15;
    static constexpr double urgency = 0.10;
};

struct PlannedAction
{
    const Action *action = nullptr;
    Horizon horizon = Horizon::Now; // meaningless among the other possibilities
    int rank = 0;                   // 1 for the first action of the whole ranking
    RankParts parts;
    QStringList themes; // the themes whose answers fired it, in the content's order
    RuleList rules;     // the rules that fired it
    ReasonList reasons;

    // "Why this rank", in the language asked for.
    QString rankExplanation(const Language &language) const;
};

struct ChapterRecommendation
{
    const Chapter *chapter = nullptr;
    double score = 0; // the sum of the rank scores of the planned actions it supports
    QStringList themes;
    QList<const Action *> actions; // the planned actions it supports, in rank order
    ReasonList reasons;
};

struct UseCaseRecommendation
{
    const UseCase *useCase = nullptr;
    double score = 0; // the rank score of the best planned action that leads to it
    QStringList themes;
    QList<const Action *> actions;
    ReasonList reasons;
};

struct Recommendations
{
    // Now, then next, then later; in rank order within each. With PlanStyle::List: the priority measures,
    // all "now", in rank order.
    QList<PlannedAction> plan;
    QList<PlannedAction> others;               // every other action that fits, in rank order (the "other measures")
    QList<ChapterRecommendation> chapters;     // at most PlanSettings::chapters, ranked
    QList<UseCaseRecommendation> useCases;     // at most PlanSettings::useCases, ranked
    const ThemeResult *weakestTheme = nullptr; // where the firm's weakest scored dimension is
    const DimensionResult *weakest = nullptr;
    bool profileMissing = false;           // the content has a profile and the assessment answers none of it
    QDate referenceDate;                   // the day deadlines are phrased against (Assessment::referenceDate())
    PlanStyle style = PlanStyle::Horizons; // the content's: a list shows no now, next or later

    int count(Horizon horizon) const;
};

class Recommender final
{
public:
    // The recommendations point into `content` and into `result` (a reason's question and answer):
    // keep both, unchanged, for as long as the recommendations are used.
    static Recommendations recommend(const Content &content, const Assessment &assessment,
                                     const AssessmentResult &result);
    // A result that dies at the end of the call would leave the reasons pointing at nothing.
    static Recommendations recommend(const Content &content, const Assessment &assessment,
                                     AssessmentResult &&result) = delete;
};

// The text of a content field with its dates phrased against the recommendations' day.
QString phrased(const LocalizedText &text, const Language &language, const Recommendations &recommendations);

} // namespace Phare
