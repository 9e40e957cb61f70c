// What an assessment comes to: its scores and its recommendations, computed once from the content
// and the answers, then read by every page, the report and the command line.
#pragma once

#include "assessment.h"
#include "content.h"
#include "recommender.h"
#include "scorer.h"

#include <QDate>

#include <memory>

namespace Phare {

class Evaluation final
{
public:
    // The evaluation of nothing: no content, no assessment, no score, no advice.
    Evaluation();
    // Scores the assessment and ranks the advice. The evaluation points into `content` (questions,
    // actions, levels): keep the content, unchanged, for as long as the evaluation is used.
    Evaluation(const Content &content, const Assessment &assessment);
    // A temporary content would die before the evaluation that points into it.
    Evaluation(Content &&content, const Assessment &assessment) = delete;

    // Null only when default-made.
    bool isNull() const;
    const Content &content() const;
    // The assessment as it was evaluated (a copy: later edits of the original do not reach it).
    const Assessment &assessment() const;
    const AssessmentResult &scores() const;
    const Recommendations &recommendations() const;
    // The day legal deadlines are phrased against (Assessment::referenceDate()).
    QDate referenceDate() const { return recommendations().referenceDate; }

private:
    struct Data;
    static std::shared_ptr<const Data> nothing();
    // Immutable once made, so copies share it freely; the recommendations point into the scores, which
    // is why the two live together, in one place that never moves.
    std::shared_ptr<const Data> d;
};

} // namespace Phare
