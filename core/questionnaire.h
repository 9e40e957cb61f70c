// The model of one theme's questionnaire: dimensions, questions, levels and recommendation rules.
#pragma once

#include "contentids.h"
#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Phare {

enum class QuestionType
{
    Scale,
    Checklist,
    Grid,
    YesNo
};

struct SourceRef
{
    QString id;
    int line = 0;
    int column = 0;
};

// How a "don't know" answer scores (docs/questionnaire-format.md, "Don't know").
enum class DontKnowScoring
{
    Lowest,  // as the question's lowest answer (0 points): the default, and what every file did before
    Excluded // left out of the score like "not applicable", still flagged as something to check
};

struct Option
{
    QString id;
    LocalizedText label;
    double score = 0;       // scale and grid options
    bool exclusive = false; // checklist only: "none of these"
    // false (`score: null`): the answer says nothing about what the question measures; the question is left
    // out of the score, as if not applicable, while conditions on the answer still hold.
    bool scored = true;
};

struct GridRow
{
    QString id;
    LocalizedText label;
};

// An older question whose answer this one takes over (`replaces:`, core/answermigration.h), so that a file
// answered before the question changed keeps its answer and comparisons over time still line up.
struct Replacement
{
    QString question; // the old question's id, which no question of the questionnaire has any more
    QString row;      // a grid: the row that the old question's one choice fills; empty otherwise
    int line = 0;
    int column = 0;
};

// A condition on answers (showIf) or on answers and dimension scores (rules).
struct Condition
{
    enum class Kind
    {
        AnswerIn,
        AnswerNotIn,
        ScoreBelow,
        DontKnow,
        DimensionScoreBelow,
        All,
        Any,
        Not,
        ProfileIn,    // a fact of the firm profile (Content::profile()) is one of `options`
        ProfileNotIn, // a fact of the firm profile is known and is none of `options`
        SectorIn,     // the firm's sector is one of `options`
        SizeIn        // the firm's size (micro, small, medium, large) is one of `options`
    };

    Kind kind = Kind::All;
    QString question; // for ProfileIn / ProfileNotIn: the profile's question
    QString row;      // grid questions: which row AnswerIn / AnswerNotIn looks at
    QString dimension;
    QStringList options;
    double threshold = 0; // 0–100
    std::vector<Condition> children;
    int line = 0;
    int column = 0;
    // What it names as positions is in the content's index (CompiledCondition, core/contentindex.h).
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::Scale;
    LocalizedText text;
    LocalizedText help;
    LocalizedText source; // the same text in each language when the file gives one plain string
    double weight = 1;
    bool allowDontKnow = false;
    // This question's own `dontKnow`, over the questionnaire's (Questionnaire::dontKnow) when set.
    std::optional<DontKnowScoring> dontKnow;
    bool allowNotApplicable = false;
    // false: answered, stored and usable in conditions, but never part of a score (the firm profile,
    // context questions); its options need no score.
    bool scored = true;
    std::optional<Condition> showIf;
    // While the question has no answer of its own and this holds, it counts as "not applicable" (pre-filled);
    // an answer given wins. Looks back only, like showIf.
    std::optional<Condition> notApplicableIf;
    QList<Option> options; // for yes-no: the built-in no / partially / yes
    QList<GridRow> rows;   // grid only
    QList<Replacement> replaces;
    int line = 0;
    int column = 0;

    const Option *option(QStringView optionId) const;
    // Normalised score (0–1) of one option of a scale, yes-no or grid question.
    double normalisedOptionScore(const Option &option) const;
};

struct Dimension
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    double weight = 1;
    bool scored = true; // false: its questions are never scored and it is not an axis of the radar
    QList<Question> questions;
};

struct Level
{
    QString id;
    double max = 100; // a score up to and including max is at this level
    LocalizedText name;
    LocalizedText description;
};

enum class Horizon
{
    Now = 0,
    Next = 1,
    Later = 2
};

// What failing to act costs a small firm (docs/questionnaire-format.md, "Actions").
enum class Impact
{
    Critical = 0,
    High = 1,
    Medium = 2,
    Low = 3
};

// A rule maps answers to actions of the catalogue (Content::actions).
struct Rule
{
    QString id;
    Condition when;                 // the gap: what it names are the reasons, and set the gap
    std::optional<Condition> given; // when the advice applies (context): must hold too, gives no reason
    QList<SourceRef> actions;       // in Content::actions (as positions: CompiledRule::actions)
    // When this rule fires, its actions count at least this impact (e.g. after an incident).
    std::optional<Impact> impact;
    int line = 0;
    int column = 0;
};

struct Questionnaire
{
    QString id;
    int version = 1;
    LocalizedText title;
    LocalizedText description;
    QList<Level> levels;
    QList<Dimension> dimensions;
    QList<Rule> rules;
    QString path; // the file it was read from
    // The firm profile (a `kind: profile` file): asked before the themes, never scored, never a theme
    // of the results; its answers are stored like a theme's, under its id.
    bool profile = false;
    // How "don't know" scores where a question does not say (Question::dontKnow).
    DontKnowScoring dontKnow = DontKnowScoring::Lowest;

    // Whether a "don't know" to this question is left out of the score.
    bool dontKnowExcluded(const Question &question) const
    {
        return question.dontKnow.value_or(dontKnow) == DontKnowScoring::Excluded;
    }

    // Lookups by id walk the questionnaire: for the interface and the tests. The scorer and the recommender
    // read the content's index (core/contentindex.h), which the loader builds.
    const Question *question(QStringView questionId) const;
    const Dimension *dimension(QStringView dimensionId) const;
    // Index of the question's dimension, or -1.
    int dimensionIndexOf(QStringView questionId) const;
    // (dimension index, question index) of a question, or (-1, -1); the first of equal ids.
    std::pair<int, int> position(QStringView questionId) const;
    int questionCount() const;
    // Questions and dimensions numbered together: the questions in reading order from 0, then the
    // dimensions (what CompiledCondition::subject and ConditionHit::subject hold).
    int subjectCount() const;
    const Level *levelFor(double score) const;
};

// The default bands, those of the EU DMA: basic 0–25, average 26–50, moderately advanced 51–75, advanced 76–100;
// the built-in content gives every questionnaire and the overall score levels of its own.
QList<Level> defaultLevels();
const Level *levelFor(const QList<Level> &levels, double score);

} // namespace Phare
