// Turns scores into ranked recommendations: white-paper chapters, use cases and an action plan.
#pragma once

#include "scorer.h"

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

    QString describe(QStringView language) const;
};

// The reasons of one rule, chapter, use case or action, most telling first: a view on one list that
// all the entries of a Recommendations share (one allocation for every reason of a call, instead of
// one per entry). Copies share that list, which lives as long as any of them.
class ReasonList
{
public:
    ReasonList() = default;
    ReasonList(const QList<Reason> &all, qsizetype first, qsizetype count) : m_all(all), m_first(first), m_count(count)
    {}

    const Reason *begin() const { return m_all.constData() + m_first; }
    const Reason *end() const { return begin() + m_count; }
    const Reason *cbegin() const { return begin(); }
    const Reason *cend() const { return end(); }
    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const Reason &operator[](qsizetype i) const { return begin()[i]; }
    QList<Reason> toList() const { return m_all.mid(m_first, m_count); }

private:
    QList<Reason> m_all; // never changed once made, so every copy shares it
    qsizetype m_first = 0;
    qsizetype m_count = 0;
};

struct FiredRule
{
    const Questionnaire *questionnaire = nullptr;
    const Rule *rule = nullptr;
    double gap = 0; // 0–100: how far the weakest score it looked at is from the top
    ReasonList reasons;
};

struct ChapterRecommendation
{
    const Chapter *chapter = nullptr;
    Priority priority = Priority::Low;
    double gap = 0;
    QStringList themes;
    ReasonList reasons;
};

struct UseCaseRecommendation
{
    const UseCase *useCase = nullptr;
    Priority priority = Priority::Low;
    double gap = 0;
    QStringList themes;
    ReasonList reasons;
};

struct ActionItem
{
    Horizon horizon = Horizon::Next;
    Priority priority = Priority::Medium;
    double gap = 0;
    const Questionnaire *questionnaire = nullptr;
    const Rule *rule = nullptr;
    ReasonList reasons;
};

struct Recommendations
{
    QList<FiredRule> rules;                // ranked: priority, then gap
    QList<ChapterRecommendation> chapters; // ranked
    QList<UseCaseRecommendation> useCases; // ranked, only those for the firm's sector and size
    QList<ActionItem> plan;                // by horizon (now, next, later), then rank
};

class Recommender final
{
public:
    // At most this many actions are planned for this month and for this quarter; the rest, lower in
    // rank, move to the next horizon.
    static constexpr int maxActionsNow = 5;
    static constexpr int maxActionsNext = 8;

    // The recommendations point into `content` and into `result` (a reason's question and answer):
    // keep both, unchanged, for as long as the recommendations are used.
    static Recommendations recommend(const Content &content, const Assessment &assessment,
                                     const AssessmentResult &result);
    // A result that dies at the end of the call would leave the reasons pointing at nothing.
    static Recommendations recommend(const Content &content, const Assessment &assessment,
                                     AssessmentResult &&result) = delete;
};

} // namespace Phare

// Made of pointers, numbers and Qt's own lists: moved in memory as they are.
Q_DECLARE_TYPEINFO(Phare::FiredRule, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Phare::ChapterRecommendation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Phare::UseCaseRecommendation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Phare::ActionItem, Q_RELOCATABLE_TYPE);
