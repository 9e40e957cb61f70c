// The model of one theme's questionnaire: dimensions, questions, levels and recommendation rules.
#pragma once

#include "localizedtext.h"

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
        Not
    };

    Kind kind = Kind::All;
    QString question;
    QString row; // grid questions: which row AnswerIn / AnswerNotIn looks at
    QString dimension;
    QStringList options;
    double threshold = 0; // 0–100
    std::vector<Condition> children;
    int line = 0;
    int column = 0;
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
    QList<Question> questions;
};

struct Level
{
    QString id;
    double max = 100; // a score up to and including max is at this level
    LocalizedText name;
    LocalizedText description;
};

enum class Priority
{
    High = 0,
    Medium = 1,
    Low = 2
};
enum class Horizon
{
    Now = 0,
    Next = 1,
    Later = 2
};

struct Rule
{
    QString id;
    Condition when;
    Priority priority = Priority::Medium;
    Horizon horizon = Horizon::Next;
    LocalizedText action;
    QList<SourceRef> chapters;
    QList<SourceRef> useCases;
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

    const Question *question(QStringView questionId) const;
    const Dimension *dimension(QStringView dimensionId) const;
    // Index of the question's dimension, or -1.
    int dimensionIndexOf(QStringView questionId) const;
    // (dimension index, question index) of a question, or (-1, -1).
    std::pair<int, int> position(QStringView questionId) const;
    int questionCount() const;
    const Level *levelFor(double score) const;

    // Builds the lookup tables; called by the loader once the questionnaire is complete.
    void buildIndex();

private:
    QHash<QString, std::pair<int, int>> m_index; // question id -> (dimension, question)
};

// The EU DMA bands: basic 0–25, average 26–50, moderately advanced 51–75, advanced 76–100.
QList<Level> defaultLevels();
const Level *levelFor(const QList<Level> &levels, double score);

QString priorityId(Priority priority);
QString horizonId(Horizon horizon);
QString questionTypeId(QuestionType type);

} // namespace Phare
