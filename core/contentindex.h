// What is derived from the authored content so that scoring and recommending look nothing up by name:
// positions instead of ids, options as bits, conditions compiled. Built by Content::buildIndex(); never
// read from or written to a file.
#pragma once

#include "questionnaire.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Phare {

struct Content;

// A Condition compiled against its questionnaire: what it names, as positions (-1 when what it names does
// not exist, so the condition never holds). evaluateCondition() (core/scorer.h) reads only this form.
struct CompiledCondition
{
    Condition::Kind kind = Condition::Kind::All;
    double threshold = 0; // 0–100
    int dimension = -1;   // the question's dimension, or the dimension of DimensionScoreBelow
    int question = -1;    // the question within its dimension (the profile's, for ProfileIn / ProfileNotIn)
    // The question or dimension as one number (QuestionnaireIndex::subjectCount); -1 for the profile's
    // questions, which are never a reason of their own (the profile says who the firm is, not a gap).
    int subject = -1;
    int row = -1;           // grid questions: the position of Condition::row in the question's rows
    quint64 optionMask = 0; // bit i set: option i of the question is one of Condition::options
    // What positions cannot say: options past the 64th, and the sector and size (SectorIn, SizeIn).
    QStringList options;
    QString rowId; // a row past ContentLimits::maxRows is found by its id
    std::vector<CompiledCondition> children;

    bool operator==(const CompiledCondition &) const = default;
};

// A Rule compiled: its conditions, and its actions as positions in Content::actions (-1: unknown).
struct CompiledRule
{
    CompiledCondition when;
    std::optional<CompiledCondition> given;
    std::vector<int> actions;

    bool operator==(const CompiledRule &) const = default;
};

// An Action's references as positions in Content::actions, chapters and useCases (-1: unknown).
struct ActionLinks
{
    std::vector<int> prerequisites;
    std::vector<int> chapters;
    std::vector<int> useCases;

    bool operator==(const ActionLinks &) const = default;
};

// One questionnaire's lookups and compiled conditions.
struct QuestionnaireIndex
{
    // Only the lookups by id (no condition compiled): what the readers need while checking a questionnaire.
    static QuestionnaireIndex lookups(const Questionnaire &questionnaire);

    // (dimension index, question index) of a question, or (-1, -1); the first of equal ids.
    std::pair<int, int> position(QStringView questionId) const;
    const Question *question(const Questionnaire &questionnaire, QStringView questionId) const;

    // Every question's id with its (dimension index, question index), sorted by id in the order of a
    // QMap<QString, ...>, to walk beside a map of answers.
    std::vector<std::pair<QString, std::pair<int, int>>> byId;
    // Questions and dimensions numbered together: the questions in reading order from 0, then the
    // dimensions (what CompiledCondition::subject and ConditionHit::subject hold).
    QList<int> firstQuestion; // per dimension, the number of its first question
    int questionCount = 0;
    int subjectCount = 0;
    std::vector<std::optional<CompiledCondition>> showIf;          // per question, by its number
    std::vector<std::optional<CompiledCondition>> notApplicableIf; // per question, by its number
    std::vector<CompiledRule> rules;                               // as Questionnaire::rules

    bool operator==(const QuestionnaireIndex &) const = default;

private:
    QHash<QString, std::pair<int, int>> m_positions;
};

// The index of a whole Content. Positions are into the Content it was built from.
struct ContentIndex
{
    ContentIndex() = default;
    explicit ContentIndex(const Content &content);

    // Whether it was built from `content` as it is now (as far as the lists' lengths tell): an index built
    // before a change, or never built, is not used.
    bool fits(const Content &content) const;
    // The index of one of the content's questionnaires (found by address), or null for another.
    const QuestionnaireIndex *of(const Content &content, const Questionnaire &questionnaire) const;
    // A questionnaire that is not one of the content's, compiled against the content's profile and actions.
    static QuestionnaireIndex compile(const Questionnaire &questionnaire, const Content &content);

    std::vector<QuestionnaireIndex> questionnaires;            // as Content::questionnaires
    std::vector<ActionLinks> actions;                          // as Content::actions
    std::vector<std::optional<CompiledCondition>> useCaseWhen; // as Content::useCases (UseCase::when)

    bool operator==(const ContentIndex &) const = default;
};

} // namespace Phare
