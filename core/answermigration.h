// Carries the answers of an older assessment over to the questions that replaced theirs (`replaces:` in the
// content), so that a file answered before a question changed keeps its answers and scores.
#pragma once

#include "assessment.h"
#include "content.h"
#include "scorer.h"

#include <QList>
#include <QString>

#include <optional>

namespace Phare {

class AnswerMigration final
{
public:
    struct Outcome
    {
        Assessment assessment;    // the answers under the content's current ids
        QList<ScoreIssue> issues; // what could not be carried over: kept in the file under its old id
        int carried = 0;          // answers moved to the question that replaced theirs
    };

    // For each question that `replaces` older ids, an answer stored under an old id and none under the new
    // one is moved to the new id when it fits it (see docs/questionnaire-format.md, "Questions that replace
    // older ones"), with its note. An answer that does not fit stays under its old id and is reported,
    // never dropped. Answering the same content twice changes nothing more.
    static Outcome migrate(const Content &content, const Assessment &assessment);

    // The old answer as an answer to `question` (into `into`, the answer built so far for a grid filled
    // row by row), or nothing with the reason in plain words.
    static std::optional<Answer> map(const Question &question, const Replacement &replaced, const Answer &old,
                                     const std::optional<Answer> &into, QString *why);
};

} // namespace Phare
