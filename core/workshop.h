// A workshop of several respondents: where their answers agree, what is left to settle, each one's scores
// and the spread, and the merge of several people's files into one (docs/assessment-format.md, "Workshops").
#pragma once

#include "assessment.h"
#include "content.h"
#include "language.h"
#include "result.h"
#include "scorer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Phare {

// Where the respondents stand on one question.
struct QuestionAgreement
{
    enum class State
    {
        Agreed,   // every respondent gave the same answer
        ToCheck,  // the answers given agree, but someone said "don't know" or left it blank: a point to check
        Disputed, // two different answers ("not applicable" against an answer too), not settled yet
        Settled   // disputed, and the advisor set the agreed answer
    };

    QString theme;
    QString question;
    State state = State::Agreed;
    // What each respondent answered, in the respondents' order; nothing for one who left it blank.
    QList<std::pair<QString, std::optional<Answer>>> answers; // respondent id, answer
    // The answer the respondents agree on (Agreed, ToCheck); for Settled, the advisor's.
    std::optional<Answer> agreed;
    QString why; // Settled: the advisor's note on the settled answer

    bool needsSettling() const { return state == State::Disputed; }
};

// Lowest, agreed and highest score of a theme or dimension (0–100); each absent when nothing counts.
struct ScoreRange
{
    std::optional<double> agreed;
    std::optional<double> lowest;
    std::optional<double> highest;
};

struct DimensionSpread
{
    QString dimension;
    ScoreRange range;
};

struct ThemeSpread
{
    QString theme;
    ScoreRange range;
    QList<DimensionSpread> dimensions; // the scored dimensions, in the content's order
};

// A question on which the respondents' answers are furthest apart.
struct Disagreement
{
    struct Said
    {
        QString respondent; // its id
        std::optional<Answer> answer;
        std::optional<double> normalised; // 0–1 as the scorer counts it; absent when not counted
    };

    QString theme;
    QString question;
    double gap = 0; // highest minus lowest normalised answer, 0–1
    QList<Said> said;
    QuestionAgreement::State state = QuestionAgreement::State::Agreed;
    std::optional<Answer> agreed;
    QString why;
};

struct RespondentScores
{
    QString respondent; // its id
    AssessmentResult scores;
};

// What a workshop comes to: the agreed scores, each respondent's and the spread. Points into the content.
struct WorkshopResult
{
    AssessmentResult agreed; // the scores of the agreed answers (as Evaluation computes them)
    QList<RespondentScores> respondents;
    QList<ThemeSpread> themes;
    QList<Disagreement> widest; // gap > 0, widest first; at most Workshop::maxDisagreementsListed
    int disagreements = 0;      // questions with a gap > 0 in all
    int toSettle = 0;           // disputed questions not settled: counted as not answered
    int toCheck = 0;            // "don't know" or blank against an answer

    const RespondentScores *respondent(QStringView id) const;
};

// One file to merge, read, and what to call its person (empty: from the file).
struct MergeInput
{
    Assessment assessment;
    QString path;
    QString name;
    QString role;
};

class Workshop final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::Workshop)

public:
    static constexpr int maxDisagreementsListed = 20;

    // Whether two answers say the same: the same kind and the same option, the same set of ticked options,
    // the same option on every row of a grid. Unknown fields are not compared.
    static bool sameAnswer(const Answer &a, const Answer &b);

    // Where the respondents stand on every question any of them answered, in the content's order (questions
    // of a questionnaire the content does not have last, by id).
    static QList<QuestionAgreement> agreement(const Content &content, const Assessment &assessment);
    static QList<QuestionAgreement> agreement(const Assessment &assessment);
    // Where the respondents stand on one question: the entry agreement() lists for it, without working out the
    // others; nullopt when it lists none (a file of one person, a questionnaire not answered, nobody answered it).
    static std::optional<QuestionAgreement> agreementOn(const Assessment &assessment, const QString &theme,
                                                        const QString &question);

    // Brings the agreed answers in step with the respondents: an answer they agree on becomes the agreed one,
    // a disputed question not settled loses its agreed answer (not answered in the scores until settled), a
    // settled one keeps the advisor's. Questions no respondent answered keep their agreed answer. A file of
    // fewer than two respondents is left as it is.
    static void applyAgreement(Assessment &assessment);
    // The advisor settles a disputed question: `answer` becomes the agreed answer, `why` the note on it.
    static void settle(Assessment &assessment, const QString &theme, const QString &question, const Answer &answer,
                       const QString &why = {});
    // Undoes settle(): the question is disputed again (or agreed, if the respondents now agree).
    static void unsettle(Assessment &assessment, const QString &theme, const QString &question);

    // A respondent's answers as an assessment of their own: the agreed one with each theme's answers replaced
    // by theirs (a theme they answered nothing of, the firm profile aside, is left empty).
    static Assessment respondentAssessment(const Content &content, const Assessment &assessment,
                                           const Respondent &respondent);

    // Scores the agreed answers and each respondent's with the Scorer, then the spread and the widest gaps.
    static WorkshopResult evaluate(const Content &content, const Assessment &assessment);
    // The same, with the agreed answers' scores already computed (Evaluation::scores()): scored once only.
    static WorkshopResult evaluate(const Content &content, const Assessment &assessment,
                                   const AssessmentResult &agreed);

    // 2 to 10 people's files of the same firm into one workshop assessment (docs/assessment-format.md,
    // "Merging files"). Refused when the firms differ unless `force`; a theme whose questionnaire version
    // differs between the files is left out, with a warning naming it.
    static Result<Assessment> merge(const QList<MergeInput> &inputs, bool force);

    // A role's name in the language, in lower case: "owner" → "owner", « dirigeant ».
    static QString roleName(const QString &role, const Language &language);
    // How a respondent is called. With names: "Paul Durand (owner)". Without (the default of the report: an
    // employer should not read an employee's answers by name): the role in the firm's words if written, else
    // the role's name, numbered when two people share it ("employee 2").
    static QString label(const Assessment &assessment, const Respondent &respondent, const Language &language,
                         bool showNames);

    // The company name as merge compares it: case, accents and spaces ignored.
    static QString firmKey(const QString &name);
};

} // namespace Phare
