// Turns an assessment's answers into scores per question, dimension, theme and overall.
#pragma once

#include "assessment.h"
#include "content.h"
#include "contentlimits.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace Phare {

struct QuestionResult
{
    enum class State
    {
        Unanswered,
        Answered,
        DontKnow,
        NotApplicable,
        Hidden
    };

    const Question *question = nullptr;
    State state = State::Unanswered;
    // The answer as stored, when there is one (even if hidden); when `prefilled`, the "not applicable" that
    // notApplicableIf gave, which the file does not hold.
    std::optional<Answer> answer;
    double normalised = 0;   // 0–1, meaningful when counted()
    double contribution = 0; // points this question adds to its dimension's score (0–100 in all)
    double share = 0;        // share of the dimension's weight, 0–1, when counted()
    // Which options the answer picks, by their index in the question, when Answered: for a scale or
    // yes-no question the one chosen, for a checklist a bit per ticked option (the first 64).
    int choice = -1;
    quint64 ticked = 0;
    // For a grid, per row of the question (the first ContentLimits::maxRows): 1 + the index of the
    // option answered for it, or 0.
    std::array<qint8, ContentLimits::maxRows> rowChoice{};
    // Answered or "don't know", yet left out of the score like "not applicable": the option chosen has no
    // score (`score: null`), or "don't know" is excluded (`dontKnow: excluded`; still a point to check).
    bool excluded = false;
    // NotApplicable without an answer of its own: set by the question's notApplicableIf.
    bool prefilled = false;

    // Part of its dimension's score: answered or "don't know", on a question that is scored.
    bool counted() const
    {
        return (state == State::Answered || state == State::DontKnow) && !excluded && question && question->scored;
    }
    bool visible() const { return state != State::Hidden; }
};

struct DimensionResult
{
    const Dimension *dimension = nullptr;
    std::optional<double> score; // 0–100; absent when no question counts
    const Level *level = nullptr;
    int answered = 0; // visible questions with any answer (not applicable included)
    int visible = 0;
    QList<QuestionResult> questions;
};

// Something about the stored answers the user should know: kept in the file, left out of the scores.
struct ScoreIssue
{
    QString theme;
    QString question;
    QString message;
};

struct ThemeResult
{
    const Questionnaire *questionnaire = nullptr;
    std::optional<double> score;
    const Level *level = nullptr;
    int answered = 0;
    int visible = 0;
    int dontKnow = 0;
    QList<DimensionResult> dimensions;

    const QuestionResult *question(QStringView id) const;
    const DimensionResult *dimension(QStringView id) const;
    // The dimensions that measure something (Dimension::scored), in order: the radar's axes, the rows of
    // score tables and comparisons. A context dimension (`scored: false`) is none of these.
    QList<const DimensionResult *> scoredDimensions() const;
};

struct AssessmentResult
{
    QList<ThemeResult> themes; // in the content's order, without the profile
    // The answers to the firm profile (no score); its questionnaire is null when the content has no
    // profile. `hasProfile` is false when the assessment holds no profile answer at all.
    ThemeResult profile;
    bool hasProfile = false;
    std::optional<double> overall;
    const Level *overallLevel = nullptr;
    QList<ScoreIssue> issues;

    // A theme's result, or the profile's when id is the profile's.
    const ThemeResult *theme(QStringView id) const;
};

// Who the firm is, for the conditions that look at it (profile, sector, size).
struct FirmFacts
{
    const ThemeResult *profile = nullptr; // null: every profile fact is unknown
    QString sector;
    QString size;
};

class Scorer final
{
public:
    static AssessmentResult score(const Content &content, const Assessment &assessment);
    // Scores one theme, one of the content's questionnaires (or another, compiled for the call against
    // the content's profile); answers may be null (nothing answered yet); firm may be null (nothing known).
    static ThemeResult scoreTheme(const Content &content, const Questionnaire &questionnaire,
                                  const ThemeAnswers *answers, QList<ScoreIssue> *issues = nullptr,
                                  const FirmFacts *firm = nullptr);

private:
    static ThemeResult scoreTheme(const Questionnaire &questionnaire, const QuestionnaireIndex &index,
                                  const ThemeAnswers *answers, QList<ScoreIssue> *issues, const FirmFacts *firm);
};

// The answer in words, in the language asked for.
QString describeAnswer(const Question &question, const Answer &answer, const Language &language);

// Evaluates a condition against a theme's results; true leaves add the questions and dimensions
// they looked at to `looked` (may be null).
struct ConditionHit
{
    const QuestionResult *question = nullptr;
    const DimensionResult *dimension = nullptr;
    int subject = -1;     // CompiledCondition::subject: the question or dimension as one number in the questionnaire
    bool profile = false; // a fact of the firm profile: subject is then the question's place in the profile
};
// Facts of the firm's profile that hold are added to `looked` (marked `profile`): they say why the
// advice fits the firm. The sector and size are not.
bool evaluateCondition(const CompiledCondition &condition, const ThemeResult &theme, QList<ConditionHit> *looked,
                       const FirmFacts *firm = nullptr);

// The levels the overall score (the mean of the themes assessed) is placed on: the organisation's
// (`overallLevels`), else the default bands.
const QList<Level> &overallLevels(const Content &content);

} // namespace Phare

// A QList of these moves them with memcpy when it grows, instead of member by member. Safe because every
// member is relocatable: pointers, numbers, std::optional<double> (trivially copyable), and QList (Qt declares
// its containers relocatable). scorer.cpp proves it at compile time, member by member, so a member added
// that is not relocatable stops the build. QuestionResult is not declared: std::optional<Answer> is not
// trivially copyable and nothing declares it relocatable.
Q_DECLARE_TYPEINFO(Phare::DimensionResult, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Phare::ThemeResult, Q_RELOCATABLE_TYPE);
