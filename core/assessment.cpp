// Reading and writing .phare files (docs/assessment-format.md), keeping what this version does not know.
#include "assessment.h"

#include "atomicfile.h"
#include "catalogue.h"
#include "content.h"
#include "contentids.h"
#include "datetext.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <cctype>
#include <cmath>

namespace Phare {

Answer Answer::makeChoice(const QString &option)
{
    Answer a;
    a.kind = Kind::Choice;
    a.choice = option;
    return a;
}

Answer Answer::makeTicked(const QStringList &options)
{
    Answer a;
    a.kind = Kind::Ticked;
    a.ticked = options;
    return a;
}

Answer Answer::makeRows(const QMap<QString, QString> &rows)
{
    Answer a;
    a.kind = Kind::Rows;
    a.rows = rows;
    return a;
}

Answer Answer::makeDontKnow()
{
    Answer a;
    a.kind = Kind::DontKnow;
    return a;
}

Answer Answer::makeNotApplicable()
{
    Answer a;
    a.kind = Kind::NotApplicable;
    return a;
}

bool Answer::operator==(const Answer &other) const
{
    return kind == other.kind && choice == other.choice && ticked == other.ticked && rows == other.rows &&
           extra == other.extra;
}

const QStringList &Respondent::roles()
{
    static const QStringList ids = {QStringLiteral("owner"), QStringLiteral("manager"), QStringLiteral("employee"),
                                    QStringLiteral("accountant"), QStringLiteral("other")};
    return ids;
}

bool Respondent::operator==(const Respondent &other) const
{
    return id == other.id && name == other.name && role == other.role && roleText == other.roleText &&
           answers == other.answers && notes == other.notes && extra == other.extra;
}

const Respondent *Assessment::respondent(QStringView respondentId) const
{
    for (const Respondent &r : respondents) {
        if (r.id == respondentId)
            return &r;
    }
    return nullptr;
}

namespace {

const QString kFormat = QStringLiteral("phare-assessment");

QJsonObject answerToJson(const Answer &answer)
{
    QJsonObject o = answer.extra;
    switch (answer.kind) {
    case Answer::Kind::Choice:
        o.insert(u"choice", answer.choice);
        break;
    case Answer::Kind::Ticked:
        o.insert(u"ticked", QJsonArray::fromStringList(answer.ticked));
        break;
    case Answer::Kind::Rows: {
        QJsonObject rows;
        for (auto it = answer.rows.cbegin(); it != answer.rows.cend(); ++it)
            rows.insert(it.key(), it.value());
        o.insert(u"rows", rows);
        break;
    }
    case Answer::Kind::DontKnow:
        o.insert(u"dontKnow", true);
        break;
    case Answer::Kind::NotApplicable:
        o.insert(u"notApplicable", true);
        break;
    }
    return o;
}

// How a date is written: in UTC, or with the offset it was read with when its UTC form is not a
// four-digit year (9999-12-31T23:30:00-01:00 is in the year 10000 in UTC, which ISO 8601 text
// cannot hold: it was written as "", which no reader accepts). Empty when it cannot be written.
QString dateText(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const Qt::DateFormat format = date.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs;
    const QString utc = date.toUTC().toString(format);
    return utc.isEmpty() ? date.toString(format) : utc;
}

void insertDate(QJsonObject &o, QStringView key, const QDateTime &date)
{
    if (date.isValid())
        o.insert(key, dateText(date));
}

// Finds where a field is in the text, so a type error can point at it. Best effort: the keys of
// the path are searched one after the other.
void locate(const QByteArray &data, const QStringList &keyPath, int &line, int &column)
{
    qsizetype from = 0;
    qsizetype found = 0;
    for (const QString &key : keyPath) {
        const QByteArray needle = '"' + key.toUtf8() + '"';
        const qsizetype at = data.indexOf(needle, from);
        if (at < 0)
            break;
        found = at;
        from = at + needle.size();
    }
    lineColumnAt(data, found, line, column);
}

class Reader
{
public:
    Reader(const QByteArray &data, const QString &path, Diagnostics &out) : m_data(data), m_path(path), m_out(out) {}

    void error(const QStringList &keyPath, const QString &message)
    {
        // Past a hundred problems the file is not an assessment anyway; locating more would only cost time.
        if (++m_errors > Assessment::maxErrors) {
            if (m_errors == Assessment::maxErrors + 1)
                m_out.append({Diagnostic::Severity::Error, m_path, 0, 0,
                              QCoreApplication::translate("Phare::AssessmentFile",
                                                          "too many problems: only the first %1 are listed")
                                  .arg(Assessment::maxErrors)});
            return;
        }
        int line = 1;
        int column = 1;
        locate(m_data, keyPath, line, column);
        m_out.append({Diagnostic::Severity::Error, m_path, line, column, message});
    }

    // Kept, but said: the file opens all the same.
    void warning(const QStringList &keyPath, const QString &message)
    {
        int line = 1;
        int column = 1;
        locate(m_data, keyPath, line, column);
        m_out.append({Diagnostic::Severity::Warning, m_path, line, column, message});
    }

    // A day without a time (assessmentDate, nextMeeting), written YYYY-MM-DD; null when absent or wrong.
    QDate day(const QJsonObject &o, const QStringList &keyPath)
    {
        const auto text = string(o, keyPath, false);
        if (!text)
            return {};
        const QDate d = QDate::fromString(*text, Qt::ISODate);
        if (!d.isValid() || text->size() != 10) {
            error(keyPath, QCoreApplication::translate("Phare::AssessmentFile",
                                                       "\"%1\" must be a day written YYYY-MM-DD, such as 2026-11-20")
                               .arg(where(keyPath)));
            return {};
        }
        return d;
    }

    // The questions whose note is a key observation: a list of ids, each once. A mark on a question
    // without a note is left out with a warning rather than refused: an older Phare keeps the list as
    // an unknown field while its user deletes the note, and that file must still open.
    QStringList keyNotes(const QJsonValue &value, const QStringList &keyPath, const QMap<QString, QString> &notes)
    {
        QStringList ids;
        const QString at = where(keyPath);
        if (!value.isArray()) {
            error(keyPath, QCoreApplication::translate("Phare::AssessmentFile",
                                                       "\"%1\" must be a list of question ids, such as [\"mfa\"]")
                               .arg(at));
            return ids;
        }
        const QJsonArray items = value.toArray();
        if (!withinLimit(items.size(), Assessment::maxNotes, keyPath, QStringLiteral("\"%1\"").arg(at)))
            return ids;
        for (const auto item : items) { // QJsonValueConstRef: what the iterator gives
            const QString id = item.toString();
            if (!item.isString() || id.isEmpty()) {
                error(keyPath, QCoreApplication::translate("Phare::AssessmentFile",
                                                           "\"%1\" must be a list of question ids, such as [\"mfa\"]")
                                   .arg(at));
                return {};
            }
            if (id.size() > Assessment::maxTextLength) {
                error(keyPath,
                      QCoreApplication::translate("Phare::AssessmentFile",
                                                  "\"%1\" holds an id that is too long (more than %2 characters)")
                          .arg(at, QString::number(Assessment::maxTextLength)));
                return {};
            }
            if (ids.contains(id)) {
                error(keyPath + QStringList{id},
                      QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" lists \"%2\" twice").arg(at, id));
                return {};
            }
            if (notes.value(id).isEmpty()) {
                warning(keyPath + QStringList{id},
                        QCoreApplication::translate("Phare::AssessmentFile",
                                                    "\"%1\" marks \"%2\" as a key observation, but that question has "
                                                    "no note: the mark is left out")
                            .arg(at, id));
                continue;
            }
            ids.append(id);
        }
        return ids;
    }

    // A list or an object with more than `maximum` entries is refused before it is read.
    bool withinLimit(qsizetype count, int maximum, const QStringList &keyPath, const QString &what)
    {
        if (count <= maximum)
            return true;
        error(keyPath, QCoreApplication::translate("Phare::AssessmentFile", "%1 has too many entries (%2; at most %3)")
                           .arg(what, QString::number(count), QString::number(maximum)));
        return false;
    }

    static QString where(const QStringList &keyPath) { return keyPath.join(QLatin1Char('.')); }

    std::optional<QString> string(const QJsonObject &o, const QStringList &keyPath, bool required)
    {
        const QJsonValue v = o.value(keyPath.last());
        if (v.isUndefined()) {
            if (required)
                error(keyPath.mid(0, keyPath.size() - 1),
                      QCoreApplication::translate("Phare::AssessmentFile", "the field \"%1\" is missing")
                          .arg(where(keyPath)));
            return std::nullopt;
        }
        if (!v.isString()) {
            error(keyPath,
                  QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must be a text").arg(where(keyPath)));
            return std::nullopt;
        }
        if (v.toString().size() > Assessment::maxTextLength) {
            error(keyPath,
                  QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" is too long (more than %2 characters)")
                      .arg(where(keyPath), QString::number(Assessment::maxTextLength)));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<int> integer(const QJsonObject &o, const QStringList &keyPath, int minimum, int maximum)
    {
        const QJsonValue v = o.value(keyPath.last());
        if (v.isUndefined()) {
            error(keyPath.mid(0, keyPath.size() - 1),
                  QCoreApplication::translate("Phare::AssessmentFile", "the field \"%1\" is missing")
                      .arg(where(keyPath)));
            return std::nullopt;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < minimum || d > maximum) {
            error(keyPath,
                  QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must be a whole number from %2 to %3")
                      .arg(where(keyPath), QString::number(minimum), QString::number(maximum)));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<QDateTime> date(const QJsonObject &o, const QStringList &keyPath)
    {
        const auto text = string(o, keyPath, false);
        if (!text)
            return std::nullopt;
        QDateTime d = QDateTime::fromString(*text, Qt::ISODate);
        if (!d.isValid()) {
            error(keyPath, QCoreApplication::translate("Phare::AssessmentFile",
                                                       "\"%1\" must be a date such as 2026-11-20T09:30:00Z")
                               .arg(where(keyPath)));
            return std::nullopt;
        }
        // Only what is saved back the same is accepted: a saved file must open again.
        if (QDateTime::fromString(dateText(d), Qt::ISODate) != d) {
            error(keyPath,
                  QCoreApplication::translate("Phare::AssessmentFile",
                                              "\"%1\" is a date Phare cannot save back (use years 0001 to 9999, such "
                                              "as 2026-11-20T09:30:00Z)")
                      .arg(where(keyPath)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<Answer> answer(const QJsonValue &value, const QStringList &keyPath)
    {
        const QString at = where(keyPath);
        if (!value.isObject()) {
            error(keyPath,
                  QCoreApplication::translate("Phare::AssessmentFile",
                                              "the answer \"%1\" must be an object such as {\"choice\": \"yes\"}")
                      .arg(at));
            return std::nullopt;
        }
        QJsonObject o = value.toObject();
        static const QStringList kinds = {QStringLiteral("choice"), QStringLiteral("ticked"), QStringLiteral("rows"),
                                          QStringLiteral("dontKnow"), QStringLiteral("notApplicable")};
        QStringList present;
        for (const QString &k : kinds) {
            if (o.contains(k))
                present.append(k);
        }
        if (present.size() != 1) {
            error(keyPath, QCoreApplication::translate(
                               "Phare::AssessmentFile",
                               "the answer \"%1\" must have exactly one of \"choice\", \"ticked\", \"rows\", "
                               "\"dontKnow\" or \"notApplicable\"")
                               .arg(at));
            return std::nullopt;
        }
        Answer a;
        const QString kind = present.first();
        const QJsonValue v = o.take(kind);
        a.extra = o;
        const QStringList inner = keyPath + QStringList{kind};
        if (kind == u"choice") {
            if (!v.isString() || v.toString().isEmpty()) {
                error(inner, QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must be an option id")
                                 .arg(where(inner)));
                return std::nullopt;
            }
            a.kind = Answer::Kind::Choice;
            a.choice = v.toString();
        } else if (kind == u"ticked") {
            if (!v.isArray()) {
                error(inner, QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must be a list of option ids")
                                 .arg(where(inner)));
                return std::nullopt;
            }
            a.kind = Answer::Kind::Ticked;
            const QJsonArray items = v.toArray();
            if (!withinLimit(items.size(), Assessment::maxAnswerItems, inner,
                             QStringLiteral("\"%1\"").arg(where(inner))))
                return std::nullopt;
            for (const auto item : items) { // QJsonValueConstRef: what the iterator gives
                if (!item.isString()) {
                    error(inner,
                          QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must be a list of option ids")
                              .arg(where(inner)));
                    return std::nullopt;
                }
                a.ticked.append(item.toString());
            }
        } else if (kind == u"rows") {
            if (!v.isObject()) {
                error(inner,
                      QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must map each row to an option id")
                          .arg(where(inner)));
                return std::nullopt;
            }
            a.kind = Answer::Kind::Rows;
            const QJsonObject rows = v.toObject();
            if (!withinLimit(rows.size(), Assessment::maxAnswerItems, inner,
                             QStringLiteral("\"%1\"").arg(where(inner))))
                return std::nullopt;
            for (auto it = rows.begin(); it != rows.end(); ++it) {
                if (!it.value().isString()) {
                    error(inner + QStringList{it.key()},
                          QCoreApplication::translate("Phare::AssessmentFile", "\"%1.%2\" must be an option id")
                              .arg(where(inner), it.key()));
                    return std::nullopt;
                }
                a.rows.insert(it.key(), it.value().toString());
            }
        } else {
            if (v != QJsonValue(true)) {
                error(
                    inner,
                    QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" can only be true").arg(where(inner)));
                return std::nullopt;
            }
            a.kind = kind == u"dontKnow" ? Answer::Kind::DontKnow : Answer::Kind::NotApplicable;
        }
        return a;
    }

    // A workshop's people (docs/assessment-format.md, "Workshops: several respondents"). `themes` are the
    // questionnaires the assessment answers: a respondent answers among them only.
    QList<Respondent> respondents(const QJsonValue &value, const QMap<QString, ThemeAnswers> &themes,
                                  const Content *content)
    {
        QList<Respondent> list;
        const QStringList base = {QStringLiteral("respondents")};
        if (!value.isArray()) {
            error(base, QCoreApplication::translate("Phare::AssessmentFile",
                                                    "\"respondents\" must be a list of people such as [{\"id\": "
                                                    "\"r1\", \"name\": \"…\", \"role\": \"owner\", \"answers\": {}}]"));
            return list;
        }
        const QJsonArray items = value.toArray();
        if (items.size() > Assessment::maxRespondents) {
            error(base, QCoreApplication::translate("Phare::AssessmentFile",
                                                    "a workshop has at most %1 respondents; this file has %2")
                            .arg(Assessment::maxRespondents)
                            .arg(items.size()));
            return list;
        }
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        for (const auto item : items) { // QJsonValueConstRef: what the iterator gives
            if (!item.isObject()) {
                error(base, QCoreApplication::translate("Phare::AssessmentFile",
                                                        "each respondent must be an object such as {\"id\": \"r1\", "
                                                        "\"name\": \"…\", \"role\": \"owner\", \"answers\": {}}"));
                continue;
            }
            QJsonObject o = item.toObject();
            Respondent r;
            const auto id = string(o, base + QStringList{QStringLiteral("id")}, true);
            if (!id)
                continue;
            if (!idPattern.match(*id).hasMatch()) {
                error(base + QStringList{*id},
                      QCoreApplication::translate("Phare::AssessmentFile",
                                                  "the respondent id \"%1\" must be 1 to 64 letters, digits, '-' or "
                                                  "'_', such as \"r1\"")
                          .arg(*id));
                continue;
            }
            r.id = *id;
            const QStringList at = base + QStringList{r.id};
            if (std::any_of(list.cbegin(), list.cend(), [&r](const Respondent &other) { return other.id == r.id; })) {
                // The path names the id twice so that the position is the second one's, the duplicate.
                error(at + QStringList{r.id},
                      QCoreApplication::translate("Phare::AssessmentFile",
                                                  "two respondents have the id \"%1\": each needs its own")
                          .arg(r.id));
                continue;
            }
            const int before = m_errors;
            const auto name = string(o, at + QStringList{QStringLiteral("name")}, true);
            if (name && name->trimmed().isEmpty())
                error(at + QStringList{QStringLiteral("name")},
                      QCoreApplication::translate("Phare::AssessmentFile",
                                                  "the respondent \"%1\" has an empty name: write a name or a "
                                                  "label such as \"Employee 1\"")
                          .arg(r.id));
            r.name = name.value_or(QString());
            if (const auto role = string(o, at + QStringList{QStringLiteral("role")}, true)) {
                if (!Respondent::roles().contains(*role))
                    error(at + QStringList{QStringLiteral("role")},
                          QCoreApplication::translate("Phare::AssessmentFile",
                                                      "the role \"%1\" of the respondent \"%2\" is unknown: use one of "
                                                      "%3")
                              .arg(*role, r.id, Respondent::roles().join(u", ")));
                r.role = *role;
            }
            r.roleText = string(o, at + QStringList{QStringLiteral("roleText")}, false).value_or(QString());
            if (const QJsonValue answers = o.value(u"answers"); !answers.isUndefined())
                r.answers = respondentAnswers(answers, at + QStringList{QStringLiteral("answers")}, themes, content);
            if (const QJsonValue notes = o.value(u"notes"); !notes.isUndefined())
                r.notes = respondentNotes(notes, at + QStringList{QStringLiteral("notes")}, themes);
            for (const char *known : {"id", "name", "role", "roleText", "answers", "notes"})
                o.remove(QLatin1String(known));
            r.extra = o;
            if (m_errors == before)
                list.append(r);
        }
        return list;
    }

    // The questions the advisor settled: questionnaire id -> question id -> why. Each must have an agreed answer.
    QMap<QString, QMap<QString, QString>> settled(const QJsonValue &value, const QMap<QString, ThemeAnswers> &themes)
    {
        QMap<QString, QMap<QString, QString>> out;
        const QStringList base = {QStringLiteral("settled")};
        if (!value.isObject()) {
            error(base, QCoreApplication::translate("Phare::AssessmentFile",
                                                    "\"settled\" must map questionnaires to the questions settled, "
                                                    "such as {\"cybersecurity\": {\"backup-frequency\": \"why\"}}"));
            return out;
        }
        const QJsonObject o = value.toObject();
        for (auto t = o.begin(); t != o.end(); ++t) {
            const QStringList at = base + QStringList{t.key()};
            if (!themes.contains(t.key())) {
                error(at, QCoreApplication::translate("Phare::AssessmentFile",
                                                      "\"settled\" names the questionnaire \"%1\", which this "
                                                      "assessment does not answer")
                              .arg(t.key()));
                continue;
            }
            if (!t.value().isObject()) {
                error(at, QCoreApplication::translate("Phare::AssessmentFile", "\"settled.%1\" must be an object")
                              .arg(t.key()));
                continue;
            }
            const QJsonObject questions = t.value().toObject();
            if (!withinLimit(questions.size(), Assessment::maxAnswers, at,
                             QStringLiteral("\"settled.%1\"").arg(t.key())))
                continue;
            for (auto q = questions.begin(); q != questions.end(); ++q) {
                const auto why = string(questions, at + QStringList{q.key()}, true);
                if (!why)
                    continue;
                if (!themes.value(t.key()).answers.contains(q.key())) {
                    error(at + QStringList{q.key()},
                          QCoreApplication::translate("Phare::AssessmentFile",
                                                      "\"%1\" is marked as settled but has no agreed answer in "
                                                      "\"questionnaires.%2.answers\"")
                              .arg(q.key(), t.key()));
                    continue;
                }
                out[t.key()].insert(q.key(), *why);
            }
        }
        return out;
    }

    // The decisions on the action plan (docs/assessment-format.md, "The decided plan").
    PlanDecisions plan(const QJsonValue &value)
    {
        PlanDecisions plan;
        const QStringList base = {QStringLiteral("plan")};
        if (!value.isObject()) {
            error(base, QCoreApplication::translate("Phare::AssessmentFile", "\"plan\" must be an object"));
            return plan;
        }
        QJsonObject o = value.toObject();
        if (const QJsonValue actions = o.take(u"actions"); !actions.isUndefined()) {
            const QStringList at = base + QStringList{QStringLiteral("actions")};
            if (!actions.isObject()) {
                error(at, QCoreApplication::translate("Phare::AssessmentFile",
                                                      "\"plan.actions\" must map action ids to decisions"));
            } else if (const QJsonObject list = actions.toObject();
                       withinLimit(list.size(), Assessment::maxPlanEntries, at, QStringLiteral("\"plan.actions\""))) {
                for (auto it = list.begin(); it != list.end(); ++it) {
                    if (auto d = decision(it.value(), at + QStringList{it.key()}))
                        plan.actions.insert(it.key(), *d);
                }
            }
        }
        if (const QJsonValue own = o.take(u"own"); !own.isUndefined()) {
            const QStringList at = base + QStringList{QStringLiteral("own")};
            if (!own.isArray()) {
                error(at, QCoreApplication::translate("Phare::AssessmentFile",
                                                      "\"plan.own\" must be a list of actions such as "
                                                      "[{\"id\": \"own-1\", \"text\": \"…\", \"horizon\": \"now\"}]"));
            } else if (const QJsonArray list = own.toArray();
                       withinLimit(list.size() + plan.actions.size(), Assessment::maxPlanEntries, at,
                                   QStringLiteral("\"plan\""))) {
                for (const auto item : list) { // QJsonValueConstRef: what the iterator gives
                    if (auto action = ownAction(item, at)) {
                        if (std::any_of(plan.own.cbegin(), plan.own.cend(),
                                        [&action](const OwnAction &a) { return a.id == action->id; })) {
                            error(at + QStringList{action->id},
                                  QCoreApplication::translate("Phare::AssessmentFile",
                                                              "two actions of \"plan.own\" have the id \"%1\"")
                                      .arg(action->id));
                            continue;
                        }
                        plan.own.append(*action);
                    }
                }
            }
        }
        plan.extra = o;
        return plan;
    }

private:
    // What a respondent's "answers" and "notes" share: an object by questionnaire, each one the assessment
    // answers, each an object within `limit` entries, given to `each(questionnaire id, its object, its path)`.
    // The messages say what the field must be (`shape`) and what a questionnaire the assessment does not answer
    // has (`what`).
    template <typename Each>
    void byQuestionnaire(const QJsonValue &value, const QStringList &keyPath, const QMap<QString, ThemeAnswers> &themes,
                         int limit, const QString &shape, const QString &notAnswered, Each each)
    {
        if (!value.isObject()) {
            error(keyPath, shape.arg(where(keyPath)));
            return;
        }
        const QJsonObject o = value.toObject();
        for (auto t = o.begin(); t != o.end(); ++t) {
            const QStringList at = keyPath + QStringList{t.key()};
            if (!themes.contains(t.key())) {
                error(at, notAnswered.arg(where(keyPath), t.key()));
                continue;
            }
            if (!t.value().isObject()) {
                error(at,
                      QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must be an object").arg(where(at)));
                continue;
            }
            const QJsonObject entries = t.value().toObject();
            if (withinLimit(entries.size(), limit, at, QStringLiteral("\"%1\"").arg(where(at))))
                each(t.key(), entries, at);
        }
    }

    QMap<QString, QMap<QString, Answer>> respondentAnswers(const QJsonValue &value, const QStringList &keyPath,
                                                           const QMap<QString, ThemeAnswers> &themes,
                                                           const Content *content)
    {
        QMap<QString, QMap<QString, Answer>> out;
        byQuestionnaire(
            value, keyPath, themes, Assessment::maxAnswers,
            QCoreApplication::translate("Phare::AssessmentFile",
                                        "\"%1\" must map questionnaires to answers, such as "
                                        "{\"cybersecurity\": {\"mfa\": {\"choice\": \"yes\"}}}"),
            QCoreApplication::translate("Phare::AssessmentFile",
                                        "\"%1\" answers the questionnaire \"%2\", which this assessment "
                                        "does not answer: add it to \"questionnaires\" or remove these "
                                        "answers"),
            [&](const QString &id, const QJsonObject &answers, const QStringList &at) {
                // Only against the version the file answered: a question removed since is kept, as in the agreed
                // answers.
                const Questionnaire *questionnaire = content ? content->questionnaire(id) : nullptr;
                if (questionnaire && questionnaire->version != themes.value(id).version)
                    questionnaire = nullptr;
                for (auto q = answers.begin(); q != answers.end(); ++q) {
                    if (questionnaire && !questionnaire->question(q.key())) {
                        error(at + QStringList{q.key()},
                              QCoreApplication::translate("Phare::AssessmentFile",
                                                          "\"%1\" answers \"%2\", which is not a question of the "
                                                          "questionnaire \"%3\" (version %4)")
                                  .arg(where(keyPath), q.key(), id, QString::number(questionnaire->version)));
                        continue;
                    }
                    if (auto a = answer(q.value(), at + QStringList{q.key()}))
                        out[id].insert(q.key(), *a);
                }
            });
        return out;
    }

    QMap<QString, QMap<QString, QString>> respondentNotes(const QJsonValue &value, const QStringList &keyPath,
                                                          const QMap<QString, ThemeAnswers> &themes)
    {
        QMap<QString, QMap<QString, QString>> out;
        byQuestionnaire(value, keyPath, themes, Assessment::maxNotes,
                        QCoreApplication::translate("Phare::AssessmentFile",
                                                    "\"%1\" must map questionnaires to notes, such as "
                                                    "{\"cybersecurity\": {\"mfa\": \"…\"}}"),
                        QCoreApplication::translate("Phare::AssessmentFile",
                                                    "\"%1\" has notes on the questionnaire \"%2\", which this "
                                                    "assessment does not answer"),
                        [&](const QString &id, const QJsonObject &notes, const QStringList &at) {
                            for (auto n = notes.begin(); n != notes.end(); ++n) {
                                if (const auto note = string(notes, at + QStringList{n.key()}, true))
                                    out[id].insert(n.key(), *note);
                            }
                        });
        return out;
    }

    std::optional<PlanDecision> decision(const QJsonValue &value, const QStringList &keyPath)
    {
        const QString at = where(keyPath);
        if (!value.isObject()) {
            error(keyPath, QCoreApplication::translate("Phare::AssessmentFile",
                                                       "\"%1\" must be an object such as {\"decision\": \"accepted\"}")
                               .arg(at));
            return std::nullopt;
        }
        QJsonObject o = value.toObject();
        PlanDecision d;
        const auto choice = string(o, keyPath + QStringList{QStringLiteral("decision")}, true);
        if (!choice)
            return std::nullopt;
        static const QStringList choices = {QStringLiteral("accepted"), QStringLiteral("postponed"),
                                            QStringLiteral("declined")};
        if (!choices.contains(*choice)) {
            error(keyPath + QStringList{QStringLiteral("decision")},
                  QCoreApplication::translate("Phare::AssessmentFile",
                                              "\"%1.decision\" must be \"accepted\", \"postponed\" or \"declined\"")
                      .arg(at));
            return std::nullopt;
        }
        d.choice = static_cast<PlanDecision::Choice>(choices.indexOf(*choice));
        d.horizon = horizon(o, keyPath, false).value_or(QString());
        if (d.choice == PlanDecision::Choice::Postponed && d.horizon.isEmpty()) {
            error(keyPath, QCoreApplication::translate("Phare::AssessmentFile",
                                                       "\"%1\" is postponed but says not to when: add \"horizon\": "
                                                       "\"next\" or \"later\"")
                               .arg(at));
            return std::nullopt;
        }
        d.reason = string(o, keyPath + QStringList{QStringLiteral("reason")}, false).value_or(QString());
        if (!follow(o, keyPath, d.who, d.due, d.progress, d.doneOn, d.note))
            return std::nullopt;
        for (const char *known : {"decision", "horizon", "reason", "who", "due", "status", "doneOn", "note"})
            o.remove(QLatin1String(known));
        d.extra = o;
        return d;
    }

    std::optional<OwnAction> ownAction(const QJsonValue &value, const QStringList &listPath)
    {
        const QString at = where(listPath);
        if (!value.isObject()) {
            error(listPath, QCoreApplication::translate("Phare::AssessmentFile",
                                                        "each action of \"%1\" must be an object such as {\"id\": "
                                                        "\"own-1\", \"text\": \"…\", \"horizon\": \"now\"}")
                                .arg(at));
            return std::nullopt;
        }
        QJsonObject o = value.toObject();
        OwnAction a;
        const auto id = string(o, listPath + QStringList{QStringLiteral("id")}, true);
        if (!id)
            return std::nullopt;
        if (id->isEmpty() || id->size() > 128) {
            error(listPath + QStringList{QStringLiteral("id")},
                  QCoreApplication::translate("Phare::AssessmentFile",
                                              "an action of \"%1\" needs an \"id\" of 1 to 128 characters")
                      .arg(at));
            return std::nullopt;
        }
        a.id = *id;
        const QStringList keyPath = listPath + QStringList{a.id};
        const auto text = string(o, keyPath + QStringList{QStringLiteral("text")}, true);
        if (!text)
            return std::nullopt;
        if (text->trimmed().isEmpty()) {
            error(keyPath,
                  QCoreApplication::translate("Phare::AssessmentFile",
                                              "the action \"%1\" of \"%2\" has no text: say what is to be done")
                      .arg(a.id, at));
            return std::nullopt;
        }
        a.text = *text;
        const auto when = horizon(o, keyPath, true);
        if (!when)
            return std::nullopt;
        a.horizon = *when;
        if (!follow(o, keyPath, a.who, a.due, a.progress, a.doneOn, a.note))
            return std::nullopt;
        for (const char *known : {"id", "text", "horizon", "who", "due", "status", "doneOn", "note"})
            o.remove(QLatin1String(known));
        a.extra = o;
        return a;
    }

    // "now", "next" or "later".
    std::optional<QString> horizon(const QJsonObject &o, const QStringList &keyPath, bool required)
    {
        const QStringList at = keyPath + QStringList{QStringLiteral("horizon")};
        const auto text = string(o, at, required);
        if (!text)
            return std::nullopt;
        if (!horizonIds().contains(*text)) {
            error(at,
                  QCoreApplication::translate("Phare::AssessmentFile", "\"%1\" must be \"now\", \"next\" or \"later\"")
                      .arg(where(at)));
            return std::nullopt;
        }
        return *text;
    }

    // Who, by when, where it stands: the follow-up fields of a decision and of an action of one's own.
    bool follow(const QJsonObject &o, const QStringList &keyPath, QString &who, QDate &due, ActionProgress &progress,
                QDate &doneOn, QString &note)
    {
        const int before = m_errors;
        who = string(o, keyPath + QStringList{QStringLiteral("who")}, false).value_or(QString());
        due = day(o, keyPath + QStringList{QStringLiteral("due")});
        doneOn = day(o, keyPath + QStringList{QStringLiteral("doneOn")});
        note = string(o, keyPath + QStringList{QStringLiteral("note")}, false).value_or(QString());
        if (const auto status = string(o, keyPath + QStringList{QStringLiteral("status")}, false)) {
            static const QStringList statuses = {QStringLiteral("toDo"), QStringLiteral("inProgress"),
                                                 QStringLiteral("done")};
            if (!statuses.contains(*status)) {
                error(keyPath + QStringList{QStringLiteral("status")},
                      QCoreApplication::translate("Phare::AssessmentFile",
                                                  "\"%1.status\" must be \"toDo\", \"inProgress\" or \"done\"")
                          .arg(where(keyPath)));
            } else {
                progress = static_cast<ActionProgress>(statuses.indexOf(*status));
            }
        }
        if (doneOn.isValid() && progress != ActionProgress::Done)
            error(keyPath + QStringList{QStringLiteral("doneOn")},
                  QCoreApplication::translate("Phare::AssessmentFile",
                                              "\"%1\" has a \"doneOn\" date but is not done: set \"status\" to "
                                              "\"done\" or remove the date")
                      .arg(where(keyPath)));
        return m_errors == before;
    }

    const QByteArray &m_data;
    QString m_path;
    Diagnostics &m_out;
    int m_errors = 0;
};

// Depth of brackets outside strings; Qt's parser allows far more than a .phare file ever needs.
qsizetype tooDeep(const QByteArray &data, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

// The first whole number that a double cannot hold exactly (JSON readers, Qt's among them, keep
// numbers as doubles: 123456789012345678901234567890 came back as 1.2345678901234568e+29); -1 if none.
qsizetype inexactInteger(const QByteArray &data)
{
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && !std::isdigit(static_cast<unsigned char>(c)))
            continue;
        qsizetype end = i + 1;
        while (end < data.size() && std::isdigit(static_cast<unsigned char>(data[end])))
            ++end;
        const bool whole = end >= data.size() || (data[end] != '.' && data[end] != 'e' && data[end] != 'E');
        const QByteArray digits = data.mid(i, end - i);
        // 15 digits always fit; past them, a number is kept when it reads back the same.
        if (whole && digits.size() > 15) {
            const double value = digits.toDouble();
            if (QByteArray::number(value, 'f', 0) != digits)
                return i;
        }
        while (end < data.size() && (std::isalnum(static_cast<unsigned char>(data[end])) || data[end] == '.' ||
                                     data[end] == '+' || data[end] == '-'))
            ++end;
        i = end - 1;
    }
    return -1;
}

// The size of a value written compactly, as Assessment::toBytes() writes unknown fields.
qsizetype compactSize(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).size() - 2;
}

// Fields this version does not know are kept up to Assessment::maxUnknownBytes in all: past that, the
// autosave after every keystroke rewrote megabytes nobody sees (an 8 MiB one cost 1.4 s and 1.2 GB a
// keystroke). What is left out is said, as a warning, when the file is opened.
void keepUnknownFieldsWithinBounds(Assessment &a, const QByteArray &data, const QString &path, Diagnostics &out)
{
    constexpr int maxListed = 10;
    qsizetype kept = 0;
    int dropped = 0;
    const auto bound = [&](QJsonObject &extra, const QStringList &where) {
        for (auto it = extra.begin(); it != extra.end();) {
            const qsizetype size = compactSize(it.value());
            if (kept + size <= Assessment::maxUnknownBytes) {
                kept += size;
                ++it;
                continue;
            }
            if (++dropped <= maxListed) {
                const QStringList keyPath = where + QStringList{it.key()};
                int line = 1;
                int column = 1;
                locate(data, keyPath, line, column);
                out.append({Diagnostic::Severity::Warning, path, line, column,
                            QCoreApplication::translate(
                                "Phare::AssessmentFile",
                                "the field \"%1\" is unknown to this version of Phare and too large to keep "
                                "(%2 KiB; at most %3 KiB of such fields are kept): it is left out, and "
                                "will not be saved")
                                .arg(keyPath.join(QLatin1Char('.')), QString::number((size + 1023) / 1024),
                                     QString::number(Assessment::maxUnknownBytes / 1024))});
            }
            it = extra.erase(it);
        }
    };
    bound(a.extra, {});
    bound(a.company.extra, {QStringLiteral("company")});
    for (auto t = a.themes.begin(); t != a.themes.end(); ++t) {
        const QStringList theme = {QStringLiteral("questionnaires"), t.key()};
        bound(t->extra, theme);
        for (auto q = t->answers.begin(); q != t->answers.end(); ++q)
            bound(q->extra, theme + QStringList{QStringLiteral("answers"), q.key()});
    }
    bound(a.plan.extra, {QStringLiteral("plan")});
    for (auto d = a.plan.actions.begin(); d != a.plan.actions.end(); ++d)
        bound(d->extra, {QStringLiteral("plan"), QStringLiteral("actions"), d.key()});
    for (OwnAction &own : a.plan.own)
        bound(own.extra, {QStringLiteral("plan"), QStringLiteral("own"), own.id});
    for (Respondent &respondent : a.respondents) {
        const QStringList at = {QStringLiteral("respondents"), respondent.id};
        bound(respondent.extra, at);
        for (auto t = respondent.answers.begin(); t != respondent.answers.end(); ++t) {
            for (auto q = t->begin(); q != t->end(); ++q)
                bound(q->extra, at + QStringList{QStringLiteral("answers"), t.key(), q.key()});
        }
    }
    if (dropped > maxListed)
        out.append({Diagnostic::Severity::Warning, path, 1, 1,
                    QCoreApplication::translate("Phare::AssessmentFile", "%1 more unknown fields are left out")
                        .arg(dropped - maxListed)});
}

QString explainJsonError(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate(
            "Phare::AssessmentFile", "the file ends too early: it is probably truncated or was not saved completely");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate("Phare::AssessmentFile", "a ':' is missing after a field name");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate("Phare::AssessmentFile", "a ',' is missing between two fields");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate("Phare::AssessmentFile", "unexpected text: this is not valid JSON");
    case QJsonParseError::IllegalNumber:
        return QCoreApplication::translate("Phare::AssessmentFile", "a number is not written correctly");
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("Phare::AssessmentFile", "a text contains an invalid character");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("Phare::AssessmentFile", "the file nests too deeply");
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate("Phare::AssessmentFile", "unexpected text after the end of the data");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("Phare::AssessmentFile", "the file is too large");
    default:
        return QCoreApplication::translate("Phare::AssessmentFile", "this is not valid JSON");
    }
}

} // namespace

Assessment Assessment::makeNew()
{
    Assessment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.assessmentDate = Phare::today();
    return a;
}

Assessment Assessment::followUp(bool copyAnswers, const QStringList &keptThemes) const
{
    Assessment next = makeNew();
    next.company = company;
    next.advisor = advisor;
    next.advisorContact = advisorContact;
    next.context = context;
    next.language = language;
    next.plan = plan;
    for (auto theme = themes.cbegin(); theme != themes.cend(); ++theme) {
        ThemeAnswers answers;
        answers.version = theme->version;
        if (copyAnswers || keptThemes.contains(theme.key())) {
            answers.answers = theme->answers;
            answers.extra = theme->extra;
        }
        next.themes.insert(theme.key(), answers);
    }
    return next;
}

QDate Assessment::referenceDate() const
{
    if (assessmentDate.isValid())
        return assessmentDate;
    if (created.isValid())
        return created.date();
    return Phare::today();
}

namespace {

void insertFollowUp(QJsonObject &o, const QString &who, const QDate &due, ActionProgress progress, const QDate &doneOn,
                    const QString &note)
{
    static const QStringList statuses = {QStringLiteral("toDo"), QStringLiteral("inProgress"), QStringLiteral("done")};
    if (!who.isEmpty())
        o.insert(u"who", who);
    if (due.isValid())
        o.insert(u"due", due.toString(Qt::ISODate));
    if (progress != ActionProgress::ToDo)
        o.insert(u"status", statuses.value(static_cast<int>(progress)));
    if (doneOn.isValid())
        o.insert(u"doneOn", doneOn.toString(Qt::ISODate));
    if (!note.isEmpty())
        o.insert(u"note", note);
}

QJsonObject planToJson(const PlanDecisions &plan)
{
    static const QStringList choices = {QStringLiteral("accepted"), QStringLiteral("postponed"),
                                        QStringLiteral("declined")};
    QJsonObject out = plan.extra;
    QJsonObject actions;
    for (auto it = plan.actions.cbegin(); it != plan.actions.cend(); ++it) {
        QJsonObject d = it->extra;
        d.insert(u"decision", choices.value(static_cast<int>(it->choice)));
        if (!it->horizon.isEmpty())
            d.insert(u"horizon", it->horizon);
        if (!it->reason.isEmpty())
            d.insert(u"reason", it->reason);
        insertFollowUp(d, it->who, it->due, it->progress, it->doneOn, it->note);
        actions.insert(it.key(), d);
    }
    if (!actions.isEmpty())
        out.insert(u"actions", actions);
    QJsonArray own;
    for (const OwnAction &a : plan.own) {
        QJsonObject o = a.extra;
        o.insert(u"id", a.id);
        o.insert(u"text", a.text);
        o.insert(u"horizon", a.horizon);
        insertFollowUp(o, a.who, a.due, a.progress, a.doneOn, a.note);
        own.append(o);
    }
    if (!own.isEmpty())
        out.insert(u"own", own);
    return out;
}

} // namespace

namespace {

QJsonObject respondentToJson(const Respondent &r)
{
    QJsonObject o = r.extra;
    o.insert(u"id", r.id);
    o.insert(u"name", r.name);
    o.insert(u"role", r.role);
    if (!r.roleText.isEmpty())
        o.insert(u"roleText", r.roleText);
    QJsonObject answers;
    for (auto t = r.answers.cbegin(); t != r.answers.cend(); ++t) {
        QJsonObject theme;
        for (auto q = t->cbegin(); q != t->cend(); ++q)
            theme.insert(q.key(), answerToJson(q.value()));
        if (!theme.isEmpty())
            answers.insert(t.key(), theme);
    }
    o.insert(u"answers", answers);
    QJsonObject notes;
    for (auto t = r.notes.cbegin(); t != r.notes.cend(); ++t) {
        QJsonObject theme;
        for (auto q = t->cbegin(); q != t->cend(); ++q) {
            if (!q.value().isEmpty())
                theme.insert(q.key(), q.value());
        }
        if (!theme.isEmpty())
            notes.insert(t.key(), theme);
    }
    if (!notes.isEmpty())
        o.insert(u"notes", notes);
    return o;
}

} // namespace

bool PlanDecision::operator==(const PlanDecision &other) const
{
    return choice == other.choice && horizon == other.horizon && reason == other.reason && who == other.who &&
           due == other.due && progress == other.progress && doneOn == other.doneOn && note == other.note &&
           extra == other.extra;
}

bool OwnAction::operator==(const OwnAction &other) const
{
    return id == other.id && text == other.text && horizon == other.horizon && who == other.who && due == other.due &&
           progress == other.progress && doneOn == other.doneOn && note == other.note && extra == other.extra;
}

bool PlanDecisions::operator==(const PlanDecisions &other) const
{
    return actions == other.actions && own == other.own && extra == other.extra;
}

QJsonObject Assessment::toJson() const
{
    QJsonObject root = extra;
    root.insert(u"format", kFormat);
    root.insert(u"formatVersion", isWorkshop() ? 2 : 1);
    if (!id.isEmpty())
        root.insert(u"id", id);
    if (assessmentDate.isValid())
        root.insert(u"assessmentDate", assessmentDate.toString(Qt::ISODate));
    QJsonObject c = company.extra;
    c.insert(u"name", company.name);
    c.insert(u"sector", company.sector);
    c.insert(u"employees", company.employees);
    if (!company.location.isEmpty())
        c.insert(u"location", company.location);
    else
        c.remove(u"location");
    root.insert(u"company", c);
    if (!advisor.isEmpty())
        root.insert(u"advisor", advisor);
    else
        root.remove(u"advisor");
    if (!advisorContact.isEmpty())
        root.insert(u"advisorContact", advisorContact);
    else
        root.remove(u"advisorContact");
    if (nextMeeting.isValid())
        root.insert(u"nextMeeting", nextMeeting.toString(Qt::ISODate));
    else
        root.remove(u"nextMeeting");
    if (!context.isEmpty())
        root.insert(u"context", context);
    else
        root.remove(u"context");
    insertDate(root, u"created", created);
    insertDate(root, u"modified", modified);
    if (!language.isEmpty())
        root.insert(u"language", language);
    QJsonObject questionnaires;
    for (auto it = themes.cbegin(); it != themes.cend(); ++it) {
        QJsonObject theme = it->extra;
        theme.insert(u"version", it->version);
        QJsonObject answers;
        for (auto a = it->answers.cbegin(); a != it->answers.cend(); ++a)
            answers.insert(a.key(), answerToJson(a.value()));
        theme.insert(u"answers", answers);
        QJsonObject notes;
        for (auto n = it->notes.cbegin(); n != it->notes.cend(); ++n) {
            if (!n.value().isEmpty())
                notes.insert(n.key(), n.value());
        }
        if (!notes.isEmpty())
            theme.insert(u"notes", notes);
        else
            theme.remove(u"notes");
        // Only marks on a written note, each once: a mark with no note has nothing to show.
        QJsonArray keyNotes;
        for (const QString &question : it->keyNotes) {
            if (notes.contains(question) && !keyNotes.contains(QJsonValue(question)))
                keyNotes.append(question);
        }
        if (!keyNotes.isEmpty())
            theme.insert(u"keyNotes", keyNotes);
        else
            theme.remove(u"keyNotes");
        questionnaires.insert(it.key(), theme);
    }
    root.insert(u"questionnaires", questionnaires);
    if (!plan.isEmpty())
        root.insert(u"plan", planToJson(plan));
    else
        root.remove(u"plan");
    if (isWorkshop()) {
        QJsonArray people;
        for (const Respondent &r : respondents)
            people.append(respondentToJson(r));
        root.insert(u"respondents", people);
        QJsonObject settledThemes;
        for (auto t = settled.cbegin(); t != settled.cend(); ++t) {
            QJsonObject questions;
            for (auto q = t->cbegin(); q != t->cend(); ++q) {
                if (themes.value(t.key()).answers.contains(q.key()))
                    questions.insert(q.key(), q.value());
            }
            if (!questions.isEmpty())
                settledThemes.insert(t.key(), questions);
        }
        if (!settledThemes.isEmpty())
            root.insert(u"settled", settledThemes);
    }
    return root;
}

namespace {

// Unknown fields are kept, but written compactly: indented, a list nested 62 deep took 125 times its
// size (68 KB read, over 8 MiB written, so the file could never be saved). Each unknown list or object
// is replaced by a placeholder text (`tag` + its number), the document indented, then each placeholder
// by the compact form. `tag` is random, so that no text of the user's can be mistaken for it.
void compactUnknowns(QJsonObject &extra, const QString &tag, QList<QByteArray> &compact)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QJsonValue v = it.value();
        if (!v.isArray() && !v.isObject())
            continue;
        compact.append(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        it.value() = tag + QString::number(compact.size() - 1) + QChar(0xE001);
    }
}

} // namespace

QByteArray Assessment::toBytes() const
{
    const QString tag = QChar(0xE000) + QString::number(QRandomGenerator::global()->generate64(), 36) + u'-';
    Assessment copy = *this; // implicitly shared: only the objects changed below are copied
    QList<QByteArray> compact;
    compactUnknowns(copy.extra, tag, compact);
    compactUnknowns(copy.company.extra, tag, compact);
    for (ThemeAnswers &theme : copy.themes) {
        compactUnknowns(theme.extra, tag, compact);
        for (Answer &answer : theme.answers)
            compactUnknowns(answer.extra, tag, compact);
    }
    compactUnknowns(copy.plan.extra, tag, compact);
    for (PlanDecision &decision : copy.plan.actions)
        compactUnknowns(decision.extra, tag, compact);
    for (OwnAction &action : copy.plan.own)
        compactUnknowns(action.extra, tag, compact);
    for (Respondent &respondent : copy.respondents) {
        compactUnknowns(respondent.extra, tag, compact);
        for (auto &theme : respondent.answers) {
            for (Answer &answer : theme)
                compactUnknowns(answer.extra, tag, compact);
        }
    }
    QByteArray bytes = QJsonDocument(copy.toJson()).toJson(QJsonDocument::Indented);
    if (compact.isEmpty())
        return bytes;
    const QByteArray open = '"' + tag.toUtf8();
    const QByteArray close = QString(QChar(0xE001)).toUtf8() + '"';
    QByteArray out;
    out.reserve(bytes.size());
    QList<bool> used(compact.size(), false);
    qsizetype from = 0;
    for (qsizetype at = bytes.indexOf(open); at >= 0; at = bytes.indexOf(open, from)) {
        const qsizetype number = at + open.size();
        const qsizetype end = bytes.indexOf(close, number);
        bool ok = false;
        const qsizetype i = end < 0 ? -1 : bytes.mid(number, end - number).toLongLong(&ok);
        if (!ok || i < 0 || i >= compact.size() || used[i])
            break;
        used[i] = true;
        out += QByteArrayView(bytes).sliced(from, at - from);
        out += compact[i];
        from = end + close.size();
    }
    if (used.contains(false)) // cannot happen; never write a placeholder in place of the user's data
        return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    out += QByteArrayView(bytes).sliced(from);
    return out;
}

QString Assessment::limitProblem() const
{
    const auto tooLong = [](const QString &text) {
        return text.size() > maxTextLength;
    };
    if (tooLong(company.name) || tooLong(company.sector) || tooLong(company.location) || tooLong(advisor) ||
        tooLong(advisorContact))
        return QCoreApplication::translate("Phare::AssessmentFile",
                                           "a text of the profile is too long (more than %1 characters)")
            .arg(maxTextLength);
    if (tooLong(context))
        return QCoreApplication::translate("Phare::AssessmentFile",
                                           "the firm's context is too long (%1 characters; at most %2): shorten it")
            .arg(QString::number(context.size()), QString::number(maxTextLength));
    if (nextMeeting.isValid() && (nextMeeting.year() < 1 || nextMeeting.year() > 9999))
        return QCoreApplication::translate("Phare::AssessmentFile",
                                           "the next meeting's date must be in years 1 to 9999");
    if (themes.size() > maxThemes)
        return QCoreApplication::translate("Phare::AssessmentFile", "too many questionnaires (%1; at most %2)")
            .arg(themes.size())
            .arg(maxThemes);
    for (auto t = themes.cbegin(); t != themes.cend(); ++t) {
        if (t->answers.size() > maxAnswers)
            return QCoreApplication::translate("Phare::AssessmentFile", "too many answers in \"%1\" (%2; at most %3)")
                .arg(t.key(), QString::number(t->answers.size()), QString::number(maxAnswers));
        if (t->keyNotes.size() > maxNotes)
            return QCoreApplication::translate("Phare::AssessmentFile",
                                               "too many key observations in \"%1\" (%2; at most %3)")
                .arg(t.key(), QString::number(t->keyNotes.size()), QString::number(maxNotes));
        if (t->notes.size() > maxNotes)
            return QCoreApplication::translate("Phare::AssessmentFile", "too many notes in \"%1\" (%2; at most %3)")
                .arg(t.key(), QString::number(t->notes.size()), QString::number(maxNotes));
        for (auto n = t->notes.cbegin(); n != t->notes.cend(); ++n) {
            if (tooLong(n.value()))
                return QCoreApplication::translate(
                           "Phare::AssessmentFile",
                           "the note on \"%1\" is too long (%2 characters; at most %3): shorten it")
                    .arg(n.key(), QString::number(n.value().size()), QString::number(maxTextLength));
        }
        for (auto a = t->answers.cbegin(); a != t->answers.cend(); ++a) {
            if (a->ticked.size() > maxAnswerItems || a->rows.size() > maxAnswerItems)
                return QCoreApplication::translate("Phare::AssessmentFile",
                                                   "the answer to \"%1\" has too many items (at most %2)")
                    .arg(a.key(), QString::number(maxAnswerItems));
        }
    }
    if (respondents.size() > maxRespondents)
        return QCoreApplication::translate("Phare::AssessmentFile", "a workshop has at most %1 respondents (%2 here)")
            .arg(maxRespondents)
            .arg(respondents.size());
    for (const Respondent &r : respondents) {
        if (tooLong(r.name) || tooLong(r.roleText))
            return QCoreApplication::translate("Phare::AssessmentFile",
                                               "a respondent's name or role is too long (more than %1 characters)")
                .arg(maxTextLength);
        for (auto t = r.answers.cbegin(); t != r.answers.cend(); ++t) {
            if (t->size() > maxAnswers)
                return QCoreApplication::translate("Phare::AssessmentFile",
                                                   "too many answers in \"%1\" (%2; at most %3)")
                    .arg(t.key(), QString::number(t->size()), QString::number(maxAnswers));
        }
        for (const auto &theme : r.notes) {
            for (const QString &note : theme) {
                if (tooLong(note))
                    return QCoreApplication::translate("Phare::AssessmentFile",
                                                       "a respondent's note is too long (more than %1 characters)")
                        .arg(maxTextLength);
            }
        }
    }
    if (plan.actions.size() + plan.own.size() > maxPlanEntries)
        return QCoreApplication::translate("Phare::AssessmentFile",
                                           "the plan has too many decisions and actions of your own (%1; at most %2)")
            .arg(QString::number(plan.actions.size() + plan.own.size()), QString::number(maxPlanEntries));
    const auto dayOutOfRange = [](const QDate &day) {
        return day.isValid() && (day.year() < 1 || day.year() > 9999);
    };
    for (const PlanDecision &d : plan.actions) {
        if (tooLong(d.reason) || tooLong(d.who) || tooLong(d.note))
            return QCoreApplication::translate("Phare::AssessmentFile",
                                               "a text of the plan is too long (more than %1 characters): shorten it")
                .arg(maxTextLength);
        if (dayOutOfRange(d.due) || dayOutOfRange(d.doneOn))
            return QCoreApplication::translate("Phare::AssessmentFile",
                                               "a date of the plan must be in years 1 to 9999");
    }
    for (const OwnAction &a : plan.own) {
        if (tooLong(a.text) || tooLong(a.who) || tooLong(a.note))
            return QCoreApplication::translate("Phare::AssessmentFile",
                                               "a text of the plan is too long (more than %1 characters): shorten it")
                .arg(maxTextLength);
        if (dayOutOfRange(a.due) || dayOutOfRange(a.doneOn))
            return QCoreApplication::translate("Phare::AssessmentFile",
                                               "a date of the plan must be in years 1 to 9999");
    }
    return {};
}

Result<Assessment> AssessmentFile::read(const QString &path, const Content *content)
{
    // Only a regular file: opening a FIFO named x.phare waited forever for a writer, a device never ends.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        return Result<Assessment>::failure(Diagnostic{
            Diagnostic::Severity::Error, path, 0, 0,
            info.isDir() ? QCoreApplication::translate("Phare::AssessmentFile",
                                                       "cannot open the file: it is a folder (a directory), not a file")
                         : QCoreApplication::translate("Phare::AssessmentFile",
                                                       "cannot open the file: it is not a regular file (a "
                                                       "pipe or a device); Phare only opens files")});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Assessment>::failure(Diagnostic{
            Diagnostic::Severity::Error, path, 0, 0,
            QCoreApplication::translate("Phare::AssessmentFile", "cannot open the file: %1").arg(file.errorString())});
    }
    return parse(file.read(Assessment::maxFileBytes + 1), path, content);
}

Result<Assessment> AssessmentFile::parse(const QByteArray &data, const QString &path, const Content *content)
{
    Diagnostics diagnostics;
    auto fail = [&](qsizetype offset, const QString &message) {
        int line = 0;
        int column = 0;
        lineColumnAt(data, offset, line, column);
        diagnostics.append({Diagnostic::Severity::Error, path, line, column, message});
        return Result<Assessment>::failure(std::move(diagnostics));
    };
    if (data.size() > Assessment::maxFileBytes) {
        return fail(0, QCoreApplication::translate("Phare::AssessmentFile",
                                                   "the file is too large to be an assessment (more than %1 MiB)")
                           .arg(Assessment::maxFileBytes / (1024 * 1024)));
    }
    if (data.trimmed().isEmpty())
        return fail(0, QCoreApplication::translate("Phare::AssessmentFile", "the file is empty"));
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
        return fail(bad,
                    QCoreApplication::translate("Phare::AssessmentFile",
                                                "the file is not UTF-8 text: it is damaged or is not an assessment"));
    if (const qsizetype deep = tooDeep(data, Assessment::maxDepth); deep >= 0)
        return fail(deep, QCoreApplication::translate("Phare::AssessmentFile",
                                                      "the file nests too deeply (more than %1 levels)")
                              .arg(Assessment::maxDepth));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt names the symptom; where it happened tells the cause. At the very end, the file was cut
        // short; elsewhere, an unclosed object or list means a missing ',' or closing bracket.
        // Qt may point inside a cut "true", "false" or "null", or past the end.
        qsizetype wordStart = std::min<qsizetype>(parseError.offset, data.size());
        while (wordStart > 0 && std::isalpha(static_cast<unsigned char>(data[wordStart - 1])))
            --wordStart;
        const QByteArray rest = data.mid(wordStart).trimmed();
        const auto cutWord = [&](QByteArrayView word) {
            return !rest.isEmpty() && word.startsWith(rest);
        };
        const bool atEnd = rest.isEmpty() || cutWord("true") || cutWord("false") || cutWord("null");
        QString message = explainJsonError(parseError.error);
        if (atEnd)
            message = QCoreApplication::translate(
                "Phare::AssessmentFile",
                "the file ends too early: it is probably truncated or was not saved completely");
        else if (parseError.error == QJsonParseError::UnterminatedObject)
            message = QCoreApplication::translate("Phare::AssessmentFile",
                                                  "a ',' between two fields or a closing '}' is missing");
        else if (parseError.error == QJsonParseError::UnterminatedArray)
            message = QCoreApplication::translate("Phare::AssessmentFile",
                                                  "a ',' between two items or a closing ']' is missing");
        return fail(parseError.offset, message);
    }
    if (!doc.isObject())
        return fail(0, QCoreApplication::translate("Phare::AssessmentFile",
                                                   "this is not a Phare assessment: the file must hold a JSON object"));
    if (const qsizetype at = inexactInteger(data); at >= 0)
        return fail(at, QCoreApplication::translate(
                            "Phare::AssessmentFile",
                            "this number is too large for Phare to keep exactly (whole numbers are kept "
                            "up to 15 digits): the file would be changed on saving"));

    QJsonObject root = doc.object();
    Reader r(data, path, diagnostics);
    if (root.value(u"format") != QJsonValue(kFormat)) {
        r.error({QStringLiteral("format")},
                QCoreApplication::translate("Phare::AssessmentFile",
                                            "this is not a Phare assessment: \"format\" must be \"phare-assessment\""));
        return Result<Assessment>::failure(std::move(diagnostics));
    }
    const QJsonValue version = root.value(u"formatVersion");
    if (version.isUndefined()) {
        r.error({}, QCoreApplication::translate("Phare::AssessmentFile", "the field \"formatVersion\" is missing"));
        return Result<Assessment>::failure(std::move(diagnostics));
    }
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble())) {
        r.error(
            {QStringLiteral("formatVersion")},
            QCoreApplication::translate("Phare::AssessmentFile", "\"formatVersion\" must be a whole number from 1"));
        return Result<Assessment>::failure(std::move(diagnostics));
    }
    if (version.toDouble() > Assessment::formatVersion) {
        r.error({QStringLiteral("formatVersion")},
                QCoreApplication::translate(
                    "Phare::AssessmentFile",
                    "this file was saved by a newer version of Phare (format version %1; this version "
                    "reads up to %2): update Phare to open it")
                    .arg(version.toDouble())
                    .arg(Assessment::formatVersion));
        return Result<Assessment>::failure(std::move(diagnostics));
    }

    Assessment a;
    const QStringList known = {QStringLiteral("format"),
                               QStringLiteral("formatVersion"),
                               QStringLiteral("company"),
                               QStringLiteral("advisor"),
                               QStringLiteral("created"),
                               QStringLiteral("modified"),
                               QStringLiteral("language"),
                               QStringLiteral("questionnaires"),
                               QStringLiteral("id"),
                               QStringLiteral("assessmentDate"),
                               QStringLiteral("advisorContact"),
                               QStringLiteral("nextMeeting"),
                               QStringLiteral("context"),
                               QStringLiteral("plan")};
    // A workshop's fields are read from formatVersion 2 on; in an older file they are unknown fields, kept as
    // an older Phare keeps them.
    const bool workshop = version.toDouble() >= 2;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()) && !(workshop && (it.key() == u"respondents" || it.key() == u"settled")))
            a.extra.insert(it.key(), it.value());
    }

    const QJsonValue companyValue = root.value(u"company");
    if (!companyValue.isObject()) {
        r.error({QStringLiteral("company")},
                QCoreApplication::translate("Phare::AssessmentFile",
                                            "the field \"company\" is missing or is not an object"));
    } else {
        const QJsonObject c = companyValue.toObject();
        const QStringList base = {QStringLiteral("company")};
        a.company.name = r.string(c, base + QStringList{QStringLiteral("name")}, true).value_or(QString());
        if (const auto sector = r.string(c, base + QStringList{QStringLiteral("sector")}, true)) {
            if (!sectorIds().contains(*sector)) {
                r.error(base + QStringList{QStringLiteral("sector")},
                        QCoreApplication::translate("Phare::AssessmentFile", "unknown sector \"%1\": use one of %2")
                            .arg(*sector, sectorIds().join(u", ")));
            }
            a.company.sector = *sector;
        }
        a.company.employees =
            r.integer(c, base + QStringList{QStringLiteral("employees")}, 0, Assessment::maxEmployees).value_or(0);
        a.company.location = r.string(c, base + QStringList{QStringLiteral("location")}, false).value_or(QString());
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!QStringList{QStringLiteral("name"), QStringLiteral("sector"), QStringLiteral("employees"),
                             QStringLiteral("location")}
                     .contains(it.key()))
                a.company.extra.insert(it.key(), it.value());
        }
    }
    if (const auto id = r.string(root, {QStringLiteral("id")}, false)) {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        if (!uuid.match(*id).hasMatch())
            r.error({QStringLiteral("id")},
                    QCoreApplication::translate(
                        "Phare::AssessmentFile",
                        "\"id\" must be an identifier such as 3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b"));
        a.id = *id;
    }
    a.assessmentDate = r.day(root, {QStringLiteral("assessmentDate")});
    a.nextMeeting = r.day(root, {QStringLiteral("nextMeeting")});
    a.advisor = r.string(root, {QStringLiteral("advisor")}, false).value_or(QString());
    a.advisorContact = r.string(root, {QStringLiteral("advisorContact")}, false).value_or(QString());
    a.context = r.string(root, {QStringLiteral("context")}, false).value_or(QString());
    a.created = r.date(root, {QStringLiteral("created")}).value_or(QDateTime());
    a.modified = r.date(root, {QStringLiteral("modified")}).value_or(QDateTime());
    if (const auto language = r.string(root, {QStringLiteral("language")}, false)) {
        if (*language != u"fr" && *language != u"en")
            r.error({QStringLiteral("language")},
                    QCoreApplication::translate("Phare::AssessmentFile", "\"language\" must be \"fr\" or \"en\""));
        a.language = *language;
    }

    if (const QJsonValue plan = root.value(u"plan"); !plan.isUndefined())
        a.plan = r.plan(plan);

    const QJsonValue themesValue = root.value(u"questionnaires");
    if (!themesValue.isObject()) {
        r.error({QStringLiteral("questionnaires")},
                QCoreApplication::translate("Phare::AssessmentFile",
                                            "the field \"questionnaires\" is missing or is not an object"));
    } else {
        const QJsonObject themes = themesValue.toObject();
        if (!r.withinLimit(themes.size(), Assessment::maxThemes, {QStringLiteral("questionnaires")},
                           QStringLiteral("\"questionnaires\"")))
            return Result<Assessment>::failure(std::move(diagnostics));
        for (auto t = themes.begin(); t != themes.end(); ++t) {
            const QStringList base = {QStringLiteral("questionnaires"), t.key()};
            if (!t.value().isObject()) {
                r.error(base,
                        QCoreApplication::translate("Phare::AssessmentFile", "\"questionnaires.%1\" must be an object")
                            .arg(t.key()));
                continue;
            }
            QJsonObject theme = t.value().toObject();
            ThemeAnswers answers;
            answers.version = r.integer(theme, base + QStringList{QStringLiteral("version")}, 1, 1'000'000).value_or(1);
            const QJsonValue answersValue = theme.value(u"answers");
            if (!answersValue.isObject()) {
                r.error(base + QStringList{QStringLiteral("answers")},
                        QCoreApplication::translate("Phare::AssessmentFile",
                                                    "\"questionnaires.%1.answers\" is missing or is not an object")
                            .arg(t.key()));
            } else {
                const QJsonObject list = answersValue.toObject();
                if (!r.withinLimit(list.size(), Assessment::maxAnswers, base + QStringList{QStringLiteral("answers")},
                                   QStringLiteral("\"questionnaires.%1.answers\"").arg(t.key())))
                    continue;
                for (auto q = list.begin(); q != list.end(); ++q) {
                    if (auto answer = r.answer(q.value(), base + QStringList{QStringLiteral("answers"), q.key()}))
                        answers.answers.insert(q.key(), *answer);
                }
            }
            const QJsonValue notesValue = theme.value(u"notes");
            if (!notesValue.isUndefined()) {
                if (!notesValue.isObject()) {
                    r.error(base + QStringList{QStringLiteral("notes")},
                            QCoreApplication::translate("Phare::AssessmentFile",
                                                        "\"questionnaires.%1.notes\" must be an object")
                                .arg(t.key()));
                } else {
                    const QJsonObject notes = notesValue.toObject();
                    if (!r.withinLimit(notes.size(), Assessment::maxNotes, base + QStringList{QStringLiteral("notes")},
                                       QStringLiteral("\"questionnaires.%1.notes\"").arg(t.key())))
                        continue;
                    for (auto n = notes.begin(); n != notes.end(); ++n) {
                        if (const auto note =
                                r.string(notes, base + QStringList{QStringLiteral("notes"), n.key()}, true))
                            answers.notes.insert(n.key(), *note);
                    }
                }
            }
            if (const QJsonValue keyNotes = theme.value(u"keyNotes"); !keyNotes.isUndefined())
                answers.keyNotes = r.keyNotes(keyNotes, base + QStringList{QStringLiteral("keyNotes")}, answers.notes);
            theme.remove(u"version");
            theme.remove(u"answers");
            theme.remove(u"notes");
            theme.remove(u"keyNotes");
            answers.extra = theme;
            a.themes.insert(t.key(), answers);
        }
    }
    // A workshop (formatVersion 2): its people and the questions the advisor settled.
    if (const QJsonValue respondents = root.value(u"respondents"); workshop && !respondents.isUndefined())
        a.respondents = r.respondents(respondents, a.themes, content);
    if (const QJsonValue settled = root.value(u"settled"); workshop && !settled.isUndefined())
        a.settled = r.settled(settled, a.themes);
    if (hasErrors(diagnostics))
        return Result<Assessment>::failure(std::move(diagnostics));
    // The agreed answers follow the respondents' wherever they agree: every reader of the file scores the same.
    Workshop::applyAgreement(a);
    keepUnknownFieldsWithinBounds(a, data, path, diagnostics);
    // A file that opens must save: what is kept of it must not grow past what reading accepts.
    if (const qsizetype saved = a.toBytes().size(); saved > Assessment::maxFileBytes)
        return fail(0, QCoreApplication::translate(
                           "Phare::AssessmentFile",
                           "this file would be too large once saved (%1 MiB; at most %2 MiB): fields this "
                           "version of Phare does not know take too much room")
                           .arg(QString::number(double(saved) / (1024 * 1024), 'f', 1))
                           .arg(Assessment::maxFileBytes / (1024 * 1024)));
    return {std::move(a), std::move(diagnostics)};
}

Status AssessmentFile::write(const Assessment &assessment, const QString &path)
{
    const auto fail = [&](const QString &message) {
        return Status::failure({Diagnostic::Severity::Error, path, 0, 0, message});
    };
    if (const QString problem = assessment.limitProblem(); !problem.isEmpty())
        return fail(QCoreApplication::translate("Phare::AssessmentFile", "cannot write %1: %2").arg(path, problem));
    const QByteArray bytes = assessment.toBytes();
    if (bytes.size() > Assessment::maxFileBytes) {
        return fail(QCoreApplication::translate("Phare::AssessmentFile",
                                                "cannot write %1: the assessment is too large (more than %2 MiB)")
                        .arg(path, QString::number(Assessment::maxFileBytes / (1024 * 1024))));
    }
    // An assessment is confidential: a new file is readable by its owner only.
    return AtomicFile::write(path, bytes, AtomicFile::NewFile::Private);
}

} // namespace Phare
