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
    std::optional<Answer> answer;
    std::optional<double> score; // 0–100: the question's or the dimension's

    QString describe(QStringView language) const;
    bool sameSubject(const Reason &other) const;
};

struct FiredRule
{
    const Questionnaire *questionnaire = nullptr;
    const Rule *rule = nullptr;
    double gap = 0; // 0–100: how far the weakest score it looked at is from the top
    QList<Reason> reasons;
};

struct ChapterRecommendation
{
    const Chapter *chapter = nullptr;
    Priority priority = Priority::Low;
    double gap = 0;
    QStringList themes;
    QList<Reason> reasons;
};

struct UseCaseRecommendation
{
    const UseCase *useCase = nullptr;
    Priority priority = Priority::Low;
    double gap = 0;
    QStringList themes;
    QList<Reason> reasons;
};

struct ActionItem
{
    Horizon horizon = Horizon::Next;
    Priority priority = Priority::Medium;
    double gap = 0;
    const Questionnaire *questionnaire = nullptr;
    const Rule *rule = nullptr;
    QList<Reason> reasons;
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

    static Recommendations recommend(const Content &content, const Assessment &assessment,
                                     const AssessmentResult &result);
};

} // namespace Phare
