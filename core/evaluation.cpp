// Builds an evaluation: the answers of replaced questions carried over, the scorer, then the recommender on
// its scores, once.
#include "evaluation.h"

#include "answermigration.h"

#include <algorithm>

namespace Phare {

struct Evaluation::Data
{
    Data(const Content &from, const Assessment &answers) : Data(from, AnswerMigration::migrate(from, answers)) {}
    // Every reader of scores meets the assessment here, so an older file's answers to replaced questions
    // count under their new ids everywhere (results, report, comparisons, the command line).
    Data(const Content &from, AnswerMigration::Outcome migrated)
        : content(&from), assessment(std::move(migrated.assessment)), scores(Scorer::score(from, assessment)),
          recommendations(Recommender::recommend(from, assessment, scores))
    {
        // What could not be carried over is reported once, with its reason, instead of as a removed question.
        const auto reported = [&](const ScoreIssue &issue) {
            return std::any_of(migrated.issues.cbegin(), migrated.issues.cend(), [&](const ScoreIssue &m) {
                return m.theme == issue.theme && m.question == issue.question;
            });
        };
        scores.issues.removeIf(reported);
        scores.issues = migrated.issues + scores.issues;
    }
    Data() = default;

    const Content *content = nullptr;
    Assessment assessment;
    AssessmentResult scores;
    Recommendations recommendations;
};

// What every null evaluation reads: made once, shared by all of them.
std::shared_ptr<const Evaluation::Data> Evaluation::nothing()
{
    static const auto empty = std::make_shared<const Data>();
    return empty;
}

Evaluation::Evaluation() : d(nothing()) {}

Evaluation::Evaluation(const Content &content, const Assessment &assessment)
    : d(std::make_shared<const Data>(content, assessment))
{}

bool Evaluation::isNull() const
{
    return d->content == nullptr;
}

const Content &Evaluation::content() const
{
    static const Content none;
    return d->content ? *d->content : none;
}

const Assessment &Evaluation::assessment() const
{
    return d->assessment;
}

const AssessmentResult &Evaluation::scores() const
{
    return d->scores;
}

const Recommendations &Evaluation::recommendations() const
{
    return d->recommendations;
}

} // namespace Phare
