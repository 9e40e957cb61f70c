// The anonymous file: what one assessment may share for a sector benchmark, and nothing else
// (docs/benchmark.md, "The anonymous file"). Made by an allow-list copy; read back strictly.
#pragma once

#include "assessment.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Phare {

class Evaluation;

// A score as shared: rounded to a whole number from 0 to 100, with the id of its level.
struct AnonymousScore
{
    int value = 0;
    QString level;

    bool operator==(const AnonymousScore &other) const = default;
};

struct AnonymousTheme
{
    int version = 1;               // of the questionnaire answered
    QMap<QString, Answer> answers; // option ids only: Answer::extra is always empty
    std::optional<AnonymousScore> score;
    QMap<QString, AnonymousScore> dimensions; // the scored dimensions that have a score
};

struct AnonymousAssessment
{
    static constexpr int formatVersion = 1;
    // An anonymous file holds ids and numbers only: a few kilobytes. Anything larger is not one.
    static constexpr qsizetype maxFileBytes = 1024 * 1024;
    static constexpr int maxThemes = 100;
    static constexpr int maxEntries = 2000;    // answers or dimensions of one theme
    static constexpr int maxAnswerItems = 200; // ticked options or grid rows in one answer
    static constexpr qsizetype maxIdLength = 128;

    QString idHash;      // 64 lower-case hex digits: SHA-256 of the assessment's id (see AnonymousFile)
    QString quarter;     // "2026-Q4": the quarter of the assessment's date
    QString sector;      // an id of sectorIds()
    QString size;        // micro, small, medium or large
    QString departement; // "13", "2A", "974"; empty unless the user allowed it and the location gave one
    std::optional<AnonymousScore> overall;
    QMap<QString, AnonymousTheme> themes; // by questionnaire id; the profile has answers and no score

    QJsonObject toJson() const;
    QByteArray toBytes() const;
};

struct AnonymiseOptions
{
    // Share the département, taken from a French postal code in the firm's location ("13001 Marseille").
    bool departement = false;
};

class AnonymousFile final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::AnonymousFile)

public:
    // The anonymous form of an evaluated assessment. Everything is copied by an allow-list: the sector,
    // the size band, the quarter, the answers to the content's questions as the content's option ids, the
    // scores and levels, and the département when asked for. A warning says when the département was asked
    // for and the location has no postal code.
    static Result<AnonymousAssessment> make(const Evaluation &evaluation, const AnonymiseOptions &options = {});
    // The one-way hash that replaces an assessment's id. A file without an id (older Phare) is hashed on
    // its content instead, so sharing the same unchanged file twice is still seen.
    static QString idHash(const Assessment &assessment);
    // The quarter of a day: "2026-Q4".
    static QString quarterOf(const QDate &day);
    // The département of a French postal code found in a location, or empty.
    static QString departementOf(const QString &location);
    // The file name an anonymous assessment is written under: "phare-anonymous-<16 hex digits>.json".
    static QString fileName(const AnonymousAssessment &anonymous);

    // Whether reading keeps the answers, or checks them and leaves them out (a benchmark needs only the scores).
    enum class Answers
    {
        Keep,
        Skip
    };
    // Reads an anonymous file whole, or refuses it whole, at the position of the problem. A file of
    // another kind (an assessment, a benchmark) is refused with what it is.
    static Result<AnonymousAssessment> read(const QString &path, Answers answers = Answers::Keep);
    static Result<AnonymousAssessment> parse(const QByteArray &data, const QString &path,
                                             Answers answers = Answers::Keep);
    // Saves atomically (QSaveFile).
    static Status write(const AnonymousAssessment &anonymous, const QString &path);
};

} // namespace Phare
