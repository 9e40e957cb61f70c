// Builds an evaluation: the scorer, then the recommender on its scores, once.
#include "evaluation.h"

namespace Phare {

struct Evaluation::Data
{
    Data(const Content &from, const Assessment &answers)
        : content(&from), assessment(answers), scores(Scorer::score(from, assessment)),
          recommendations(Recommender::recommend(from, assessment, scores))
    {}
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
