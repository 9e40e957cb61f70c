// What the fuzz targets share: the built-in content, answers made up for any questionnaire, and a
// pass over everything that reads a loaded questionnaire or assessment (scores, recommendations, texts).
#pragma once

#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "recommender.h"
#include "scorer.h"

#include <cstdio>
#include <cstdlib>

namespace PhareFuzz {

// A broken promise of the code under test: libFuzzer records the input as a crash.
#define PHARE_FUZZ_CHECK(condition)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

inline const Phare::Content &builtin()
{
    static const Phare::Result<Phare::Content> loaded = Phare::BuiltinContent::load();
    PHARE_FUZZ_CHECK(loaded.ok());
    return loaded.value();
}

// Answers of every kind to every question, some valid, some not (an option that does not exist,
// "don't know" where it is not allowed), as files made with other versions hold.
inline Phare::ThemeAnswers madeUpAnswers(const Phare::Questionnaire &q, int seed)
{
    using Phare::Answer;
    Phare::ThemeAnswers answers;
    answers.version = q.version + seed % 2;
    int n = seed;
    for (const Phare::Dimension &d : q.dimensions) {
        for (const Phare::Question &question : d.questions) {
            ++n;
            const QString first = question.options.isEmpty() ? QStringLiteral("none") : question.options.first().id;
            const QString last = question.options.isEmpty() ? QStringLiteral("none") : question.options.last().id;
            switch (n % 7) {
            case 0:
                answers.answers.insert(question.id, Answer::makeChoice(first));
                break;
            case 1:
                answers.answers.insert(question.id, Answer::makeChoice(last));
                break;
            case 2:
                answers.answers.insert(question.id, Answer::makeTicked({first, last, QStringLiteral("unknown")}));
                break;
            case 3: {
                QMap<QString, QString> rows;
                for (const Phare::GridRow &row : question.rows)
                    rows.insert(row.id, (n % 2) ? first : last);
                rows.insert(QStringLiteral("unknown-row"), first);
                answers.answers.insert(question.id, Answer::makeRows(rows));
                break;
            }
            case 4:
                answers.answers.insert(question.id, Answer::makeDontKnow());
                break;
            case 5:
                answers.answers.insert(question.id, Answer::makeNotApplicable());
                break;
            default:
                break; // unanswered
            }
            if (n % 3 == 0)
                answers.notes.insert(question.id, QStringLiteral("note"));
        }
    }
    answers.answers.insert(QStringLiteral("removed-question"), Answer::makeChoice(QStringLiteral("yes")));
    return answers;
}

// Everything a program does with an assessment once it is open: scores, recommendations, the
// texts shown for them in both languages.
inline void useAssessment(const Phare::Content &content, const Phare::Assessment &assessment)
{
    const Phare::AssessmentResult result = Phare::Scorer::score(content, assessment);
    for (const Phare::ThemeResult &theme : result.themes) {
        if (theme.score)
            PHARE_FUZZ_CHECK(*theme.score >= -1e-9 && *theme.score <= 100 + 1e-9);
        for (const Phare::DimensionResult &d : theme.dimensions) {
            for (const Phare::QuestionResult &q : d.questions) {
                if (q.answer) {
                    for (const Phare::Language &language : Phare::Language::supported())
                        (void)Phare::describeAnswer(*q.question, *q.answer, language);
                }
            }
        }
    }
    const Phare::Recommendations recommendations = Phare::Recommender::recommend(content, assessment, result);
    const Phare::PlanSettings &caps = content.plan;
    PHARE_FUZZ_CHECK(recommendations.count(Phare::Horizon::Now) <= caps.now);
    PHARE_FUZZ_CHECK(recommendations.count(Phare::Horizon::Next) <= caps.next);
    PHARE_FUZZ_CHECK(recommendations.count(Phare::Horizon::Later) <= caps.later);
    PHARE_FUZZ_CHECK(recommendations.chapters.size() <= caps.chapters);
    PHARE_FUZZ_CHECK(recommendations.useCases.size() <= caps.useCases);
    for (const QList<Phare::PlannedAction> *list : {&recommendations.plan, &recommendations.others}) {
        for (const Phare::PlannedAction &item : *list) {
            for (const Phare::Language &language : Phare::Language::supported()) {
                (void)item.rankExplanation(language);
                (void)Phare::phrased(item.action->text, language, recommendations);
            }
            for (const Phare::Reason &reason : item.reasons) {
                for (const Phare::Language &language : Phare::Language::supported())
                    (void)reason.describe(language);
            }
        }
    }
}

// An assessment with made-up answers to every questionnaire of the content, for each sector and size.
inline void useContent(const Phare::Content &content)
{
    const QStringList &sectors = Phare::sectorIds();
    for (int seed = 0; seed < 3; ++seed) {
        Phare::Assessment assessment;
        assessment.company.name = QStringLiteral("Fuzz");
        assessment.company.sector = sectors.value(seed % sectors.size());
        assessment.company.employees = seed * 60;
        for (const Phare::Questionnaire &q : content.questionnaires)
            assessment.themes.insert(q.id, madeUpAnswers(q, seed));
        useAssessment(content, assessment);
    }
}

} // namespace PhareFuzz
