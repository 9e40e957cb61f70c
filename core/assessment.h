// One firm's assessment: its profile, answers and notes, read from and saved to a .phare file.
#pragma once

#include "diagnostic.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Phare {

struct Content;

struct Answer
{
    enum class Kind
    {
        Choice,
        Ticked,
        Rows,
        DontKnow,
        NotApplicable
    };

    Kind kind = Kind::Choice;
    QString choice;              // Choice
    QStringList ticked;          // Ticked
    QMap<QString, QString> rows; // Rows: row id -> option id
    QJsonObject extra;           // fields of the answer this version does not know, kept on save

    static Answer makeChoice(const QString &option);
    static Answer makeTicked(const QStringList &options);
    static Answer makeRows(const QMap<QString, QString> &rows);
    static Answer makeDontKnow();
    static Answer makeNotApplicable();

    bool operator==(const Answer &other) const;
};

struct ThemeAnswers
{
    int version = 1; // of the questionnaire answered
    QMap<QString, Answer> answers;
    QMap<QString, QString> notes;
    // Question ids whose note the advisor marked as a key observation (the report's page on the firm).
    QStringList keyNotes;
    QJsonObject extra;
};

// Where an action of the plan stands (docs/assessment-format.md, "The decided plan").
enum class ActionProgress
{
    ToDo,
    InProgress,
    Done
};

// What the advisor and the owner decided about one action the plan proposed.
struct PlanDecision
{
    enum class Choice
    {
        Accepted,  // in the plan, at the horizon the plan gave it or at `horizon`
        Postponed, // in the plan, moved to `horizon`
        Declined   // out of the plan, for `reason`
    };

    Choice choice = Choice::Accepted;
    QString horizon; // "now", "next" or "later"; empty: where the computed plan puts it
    QString reason;  // why it was declined
    QString who;     // a name or a role
    QDate due;
    ActionProgress progress = ActionProgress::ToDo;
    QDate doneOn; // the day it was done, when known
    QString note;
    QJsonObject extra;

    bool operator==(const PlanDecision &other) const;
};

// An action of the advisor's own, written in the workshop ("change the shop's Wi-Fi box password").
struct OwnAction
{
    QString id; // unique in the assessment, given when it is added ("own-1"…)
    QString text;
    QString horizon = QStringLiteral("now");
    QString who;
    QDate due;
    ActionProgress progress = ActionProgress::ToDo;
    QDate doneOn;
    QString note;
    QJsonObject extra;

    bool operator==(const OwnAction &other) const;
};

// The plan as decided: the computed plan stays the proposal; these are the decisions taken on it.
struct PlanDecisions
{
    QMap<QString, PlanDecision> actions; // by the content's action id
    QList<OwnAction> own;
    QJsonObject extra;

    bool isEmpty() const { return actions.isEmpty() && own.isEmpty() && extra.isEmpty(); }
    bool operator==(const PlanDecisions &other) const;
};

// One person of a workshop (docs/assessment-format.md, "Workshops: several respondents"): who they are and
// what they answered on their own. The agreed answers, those the scores use, are the assessment's themes.
struct Respondent
{
    QString id;       // stable in the assessment ("r1"…): what the settled notes and the desktop refer to
    QString name;     // free text; never in an anonymous file, never in the report unless the advisor asks
    QString role;     // one of Respondent::roles(): the report names people by it
    QString roleText; // the role in the firm's words ("shop assistant"), optional free text
    QMap<QString, QMap<QString, Answer>> answers; // questionnaire id -> question id -> answer
    QMap<QString, QMap<QString, QString>> notes;  // questionnaire id -> question id -> note
    QJsonObject extra;

    // The role ids a file may use: owner, manager, employee, accountant, other.
    static const QStringList &roles();
    bool operator==(const Respondent &other) const;
};

struct Company
{
    QString name;
    QString sector;
    int employees = 0;
    QString location;
    QJsonObject extra;
};

struct Assessment
{
    // What this version writes at most, and reads: 1 for a file of one person (or none), 2 for a workshop
    // (two respondents or more; docs/assessment-format.md, "Version rules").
    static constexpr int formatVersion = 2;
    static constexpr int maxRespondents = 10;
    // The most Phare reads from a .phare file (docs/security.md); a file beyond one is refused.
    static constexpr qsizetype maxFileBytes = 8 * 1024 * 1024;
    static constexpr int maxDepth = 64;
    static constexpr qsizetype maxTextLength = 100'000; // characters in any text, a note included
    static constexpr int maxThemes = 100;               // questionnaires answered
    static constexpr int maxAnswers = 2000;             // per theme (answers to removed questions are kept)
    static constexpr int maxNotes = 2000;               // per theme
    static constexpr int maxAnswerItems = 200;          // ticked options or grid rows in one answer
    static constexpr int maxErrors = 100;               // problems reported before the reader gives up
    static constexpr int maxPlanEntries = 500;          // decisions, and actions of the advisor's own

    // The company's number of employees, from 0 (the reader and the app's form take the same range).
    static constexpr int maxEmployees = 1'000'000;
    // Fields this version does not know, in all (written compactly); past it, a field is left out.
    static constexpr qsizetype maxUnknownBytes = 1024 * 1024;

    QString id; // a UUID given when the assessment is made, kept for its whole life; empty in older files
    Company company;
    QString advisor;
    QString advisorContact; // how the firm reaches the advisor (e-mail, phone), printed on the report
    QDate nextMeeting;      // the follow-up meeting agreed in the workshop; null when none
    QString context;        // the firm in the advisor's words (the report's page on the firm)
    QDate assessmentDate;   // the day of the assessment: legal deadlines are phrased against it
    QDateTime created;
    QDateTime modified;
    QString language;
    QMap<QString, ThemeAnswers> themes; // by questionnaire id
    PlanDecisions plan;                 // the decisions on the action plan; empty until one is taken
    // A workshop's people, each with their own answers; the themes above stay the agreed answers. Written
    // only when there are two or more (a file of one person is a plain file).
    QList<Respondent> respondents;
    // The questions the advisor settled where the respondents differed: questionnaire id -> question id -> why
    // (the advisor's note, may be empty). The settled answer itself is the agreed one, in themes.
    QMap<QString, QMap<QString, QString>> settled;
    QJsonObject extra; // top-level fields this version does not know

    // A new assessment: a fresh id, made today (PHARE_TODAY, when set, says which day that is).
    static Assessment makeNew();
    // The day deadlines are phrased against: assessmentDate, else the day it was created, else today.
    QDate referenceDate() const;
    // The assessment of the next workshop, started from this one (File → New follow-up…): a fresh id, made
    // today, with the firm, the advisor, the context, the language and the decided plan (its progress is what
    // the follow-up checks); the themes chosen, and their answers only when copyAnswers (a starting point to
    // correct), except those of keptThemes (the firm profile), always copied. Notes and the next meeting
    // belong to the earlier workshop and are left there.
    Assessment followUp(bool copyAnswers, const QStringList &keptThemes = {}) const;

    // Two respondents or more: saved as formatVersion 2.
    bool isWorkshop() const { return respondents.size() >= 2; }
    const Respondent *respondent(QStringView respondentId) const;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    // The first limit above this assessment goes beyond, in plain words; empty when none does.
    // Saving refuses what reading would refuse, so that a saved file always opens again.
    QString limitProblem() const;
};

class AssessmentFile final
{
public:
    // Reads and checks a .phare file. Refuses it whole, with the reason, when anything is wrong.
    // A success carries the warnings (fields kept but not understood...).
    // With `content`, a workshop's respondents are also checked against it: an answer to a question the
    // questionnaire (of the version the file answered) does not have is refused.
    static Result<Assessment> read(const QString &path, const Content *content = nullptr);
    static Result<Assessment> parse(const QByteArray &data, const QString &path, const Content *content = nullptr);

    // Saves atomically: the old file stays intact unless the new one was fully written.
    // A failure says why in plain words ("cannot write PATH: reason"), as the message of its one error.
    static Status write(const Assessment &assessment, const QString &path);
};

} // namespace Phare
