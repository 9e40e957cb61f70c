// The model of one theme's questionnaire: dimensions, questions, levels and recommendation rules.
#pragma once

#include "contentids.h"
#include "localizedtext.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
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
    // Derived, not authored: for a rule's chapters and use cases, the position of what `id` names in
    // Content::chapters or Content::useCases, filled by Content::buildIndex(); -1 when unknown.
    int index = -1;
};

struct Option
{
    QString id;
    LocalizedText label;
    double score = 0;       // scale and grid options
    bool exclusive = false; // checklist only: "none of these"
};

struct GridRow
{
    QString id;
    LocalizedText label;
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

    // Derived, not authored: filled by Questionnaire::buildIndex() from the fields above so that
    // evaluating a condition looks nothing up by name; -1 / 0 when what it names does not exist.
    // Not read from or written to any file.
    int dimensionIndex = -1; // the question's dimension, or the dimension of DimensionScoreBelow
    int questionIndex = -1;  // the question within its dimension (the profile's, for Profile*)
    int subject = -1;        // the question or dimension as one number (Questionnaire::subjectCount)
    int rowIndex = -1;       // grid questions: the position of `row` in the question's rows
    quint64 optionMask = 0;  // bit i set: option i of the question is one of `options`
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::Scale;
    LocalizedText text;
    LocalizedText help;
    QString source;
    double weight = 1;
    bool allowDontKnow = false;
    bool allowNotApplicable = false;
    // false: answered, stored and usable in conditions, but never part of a score (the firm profile,
    // context questions); its options need no score.
    bool scored = true;
    std::optional<Condition> showIf;
    QList<Option> options; // for yes-no: the built-in no / partially / yes
    QList<GridRow> rows;   // grid only
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
    QList<SourceRef> actions;       // SourceRef::index: the position in Content::actions
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

    const Question *question(QStringView questionId) const;
    const Dimension *dimension(QStringView dimensionId) const;
    // Index of the question's dimension, or -1.
    int dimensionIndexOf(QStringView questionId) const;
    // (dimension index, question index) of a question, or (-1, -1).
    std::pair<int, int> position(QStringView questionId) const;
    // Every question's id with its (dimension index, question index), sorted by id in the order of a
    // QMap<QString, ...>, to walk beside a map of answers.
    const std::vector<std::pair<QString, std::pair<int, int>>> &questionsById() const { return m_byId; }
    int questionCount() const;
    // Questions and dimensions numbered together: the questions in reading order from 0, then the
    // dimensions (what Condition::subject and ConditionHit::subject hold).
    int subjectCount() const;
    const Level *levelFor(double score) const;

    // Builds the lookup tables and the derived fields of the conditions (showIf and rules); called by
    // Content::buildIndex() once the questionnaire is complete, and again by code that changes it.
    void buildIndex();

private:
    QHash<QString, std::pair<int, int>> m_index; // question id -> (dimension, question)
    std::vector<std::pair<QString, std::pair<int, int>>> m_byId;
};

// Points the profile conditions (ProfileIn, ProfileNotIn) of a condition tree at the profile's
// questions; called by Content::buildIndex() for every condition of the content.
void resolveProfile(Condition &condition, const Questionnaire *profile);

// The EU DMA bands: basic 0–25, average 26–50, moderately advanced 51–75, advanced 76–100.
QList<Level> defaultLevels();
const Level *levelFor(const QList<Level> &levels, double score);

} // namespace Phare
