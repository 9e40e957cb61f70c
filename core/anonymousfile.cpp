// The anonymous file: made from an evaluation by an allow-list copy, written and read strictly.
#include "anonymousfile.h"

#include "atomicfile.h"
#include "contentids.h"
#include "evaluation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Phare {

namespace {

const QString formatName = QStringLiteral("phare-anonymous");

AnonymousScore scoreOf(double score, const Level *level)
{
    return {static_cast<int>(std::lround(std::clamp(score, 0.0, 100.0))), level ? level->id : QString()};
}

// An answer copied only when every id in it is one the question offers: an option id is all it may hold.
std::optional<Answer> codedAnswer(const Question &question, const Answer &answer)
{
    const auto known = [&](const QString &option) {
        return question.option(option) != nullptr;
    };
    switch (answer.kind) {
    case Answer::Kind::Choice:
        if (!known(answer.choice))
            return std::nullopt;
        return Answer::makeChoice(answer.choice);
    case Answer::Kind::Ticked:
        if (!std::all_of(answer.ticked.cbegin(), answer.ticked.cend(), known))
            return std::nullopt;
        return Answer::makeTicked(answer.ticked);
    case Answer::Kind::Rows:
        for (auto it = answer.rows.cbegin(); it != answer.rows.cend(); ++it) {
            const bool rowKnown = std::any_of(question.rows.cbegin(), question.rows.cend(),
                                              [&](const GridRow &row) { return row.id == it.key(); });
            if (!rowKnown || !known(it.value()))
                return std::nullopt;
        }
        return Answer::makeRows(answer.rows);
    case Answer::Kind::DontKnow:
        return Answer::makeDontKnow();
    case Answer::Kind::NotApplicable:
        return Answer::makeNotApplicable();
    }
    return std::nullopt;
}

QJsonObject answerJson(const Answer &answer)
{
    switch (answer.kind) {
    case Answer::Kind::Choice:
        return {{QStringLiteral("choice"), answer.choice}};
    case Answer::Kind::Ticked:
        return {{QStringLiteral("ticked"), QJsonArray::fromStringList(answer.ticked)}};
    case Answer::Kind::Rows: {
        QJsonObject rows;
        for (auto it = answer.rows.cbegin(); it != answer.rows.cend(); ++it)
            rows.insert(it.key(), it.value());
        return {{QStringLiteral("rows"), rows}};
    }
    case Answer::Kind::DontKnow:
        return {{QStringLiteral("dontKnow"), true}};
    case Answer::Kind::NotApplicable:
        return {{QStringLiteral("notApplicable"), true}};
    }
    return {};
}

QJsonObject scoreJson(const AnonymousScore &score)
{
    QJsonObject o{{QStringLiteral("score"), score.value}};
    if (!score.level.isEmpty())
        o.insert(QStringLiteral("level"), score.level);
    return o;
}

// Ids as content files write them: letters, digits, '-', '_' and '.', 1–128 of them. Anything else
// (spaces, sentences) is not an id, so a file carrying text where an id goes is refused.
bool isId(const QString &text)
{
    if (text.isEmpty() || text.size() > AnonymousAssessment::maxIdLength)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
               c == u'_' || c == u'.';
    });
}

bool isHexHash(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

bool isQuarter(const QString &text)
{
    // YYYY-Qn
    if (text.size() != 7 || text[4] != u'-' || text[5] != u'Q' || text[6] < u'1' || text[6] > u'4')
        return false;
    return std::all_of(text.cbegin(), text.cbegin() + 4, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isDepartement(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[0-9]{2}|2A|2B|97[0-9]|98[0-9])$"));
    return pattern.match(text).hasMatch();
}

// Reads the JSON of an anonymous file into `a`; the message of the first problem, or empty.
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::AnonymousFile)

public:
    QString read(const QJsonObject &root, AnonymousAssessment &a)
    {
        static const QStringList topFields = {
            QStringLiteral("format"),      QStringLiteral("formatVersion"), QStringLiteral("idHash"),
            QStringLiteral("quarter"),     QStringLiteral("sector"),        QStringLiteral("size"),
            QStringLiteral("departement"), QStringLiteral("overall"),       QStringLiteral("questionnaires")};
        if (QString p = onlyFields(root, topFields, QString()); !p.isEmpty())
            return p;
        a.idHash = root.value(QStringLiteral("idHash")).toString();
        if (!isHexHash(a.idHash))
            return tr("\"idHash\" must be 64 lower-case hexadecimal digits");
        a.quarter = root.value(QStringLiteral("quarter")).toString();
        if (!isQuarter(a.quarter))
            return tr("\"quarter\" must be a quarter written YYYY-Qn, such as 2026-Q4");
        a.sector = root.value(QStringLiteral("sector")).toString();
        if (!sectorIds().contains(a.sector))
            return tr("\"sector\" must be one of %1").arg(sectorIds().join(QStringLiteral(", ")));
        a.size = root.value(QStringLiteral("size")).toString();
        if (!sizeIds().contains(a.size))
            return tr("\"size\" must be one of %1").arg(sizeIds().join(QStringLiteral(", ")));
        if (root.contains(QStringLiteral("departement"))) {
            a.departement = root.value(QStringLiteral("departement")).toString();
            if (!isDepartement(a.departement))
                return tr("\"departement\" must be a French département number, such as 13, 2A or 974");
        }
        if (root.contains(QStringLiteral("overall"))) {
            AnonymousScore score;
            if (QString p = readScore(root.value(QStringLiteral("overall")), QStringLiteral("overall"), score);
                !p.isEmpty())
                return p;
            a.overall = score;
        }
        const QJsonValue themes = root.value(QStringLiteral("questionnaires"));
        if (!themes.isObject())
            return tr("\"questionnaires\" must be an object of questionnaires by id");
        const QJsonObject themesObject = themes.toObject();
        if (themesObject.size() > AnonymousAssessment::maxThemes)
            return tr("\"questionnaires\" has too many entries (at most %1)").arg(AnonymousAssessment::maxThemes);
        for (auto it = themesObject.constBegin(); it != themesObject.constEnd(); ++it) {
            if (!isId(it.key()))
                return tr("\"questionnaires\" has an entry \"%1\" that is not an id").arg(it.key().left(40));
            AnonymousTheme theme;
            if (QString p = readTheme(it.value(), QStringLiteral("questionnaires.") + it.key(), theme); !p.isEmpty())
                return p;
            a.themes.insert(it.key(), theme);
        }
        return {};
    }

private:
    static QString onlyFields(const QJsonObject &o, const QStringList &allowed, const QString &where)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!allowed.contains(it.key())) {
                const QString field = where.isEmpty() ? it.key() : where + u'.' + it.key();
                return tr("\"%1\" is not a field of an anonymous file: such a file holds only the fields "
                          "docs/benchmark.md lists")
                    .arg(field.left(80));
            }
        }
        return {};
    }

    static QString readScore(const QJsonValue &value, const QString &where, AnonymousScore &score)
    {
        const QJsonObject o = value.toObject();
        if (!value.isObject())
            return tr("\"%1\" must be an object with a score").arg(where);
        if (QString p = onlyFields(o, {QStringLiteral("score"), QStringLiteral("level")}, where); !p.isEmpty())
            return p;
        const QJsonValue s = o.value(QStringLiteral("score"));
        const double d = s.toDouble(-1);
        if (!s.isDouble() || d != std::floor(d) || d < 0 || d > 100)
            return tr("\"%1.score\" must be a whole number from 0 to 100").arg(where);
        score.value = static_cast<int>(d);
        if (o.contains(QStringLiteral("level"))) {
            score.level = o.value(QStringLiteral("level")).toString();
            if (!isId(score.level))
                return tr("\"%1.level\" must be a level id").arg(where);
        }
        return {};
    }

    static QString readAnswer(const QJsonValue &value, const QString &where, Answer &answer)
    {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || o.size() != 1)
            return tr("\"%1\" must be one answer: choice, ticked, rows, dontKnow or notApplicable").arg(where);
        const QString kind = o.constBegin().key();
        const QJsonValue v = o.constBegin().value();
        if (kind == u"choice" && isId(v.toString())) {
            answer = Answer::makeChoice(v.toString());
        } else if (kind == u"ticked" && v.isArray() && v.toArray().size() <= AnonymousAssessment::maxAnswerItems) {
            QStringList ticked;
            for (const auto &t : v.toArray()) {
                if (!isId(t.toString()))
                    return tr("\"%1.ticked\" must list option ids").arg(where);
                ticked.append(t.toString());
            }
            answer = Answer::makeTicked(ticked);
        } else if (kind == u"rows" && v.isObject() && v.toObject().size() <= AnonymousAssessment::maxAnswerItems) {
            QMap<QString, QString> rows;
            const QJsonObject rowsObject = v.toObject();
            for (auto it = rowsObject.constBegin(); it != rowsObject.constEnd(); ++it) {
                if (!isId(it.key()) || !isId(it.value().toString()))
                    return tr("\"%1.rows\" must give an option id by row id").arg(where);
                rows.insert(it.key(), it.value().toString());
            }
            answer = Answer::makeRows(rows);
        } else if (kind == u"dontKnow" && v.isBool() && v.toBool()) {
            answer = Answer::makeDontKnow();
        } else if (kind == u"notApplicable" && v.isBool() && v.toBool()) {
            answer = Answer::makeNotApplicable();
        } else {
            return tr("\"%1\" must be one answer: choice, ticked, rows, dontKnow or notApplicable").arg(where);
        }
        return {};
    }

    static QString readTheme(const QJsonValue &value, const QString &where, AnonymousTheme &theme)
    {
        const QJsonObject o = value.toObject();
        if (!value.isObject())
            return tr("\"%1\" must be an object").arg(where);
        if (QString p = onlyFields(o,
                                   {QStringLiteral("version"), QStringLiteral("answers"), QStringLiteral("score"),
                                    QStringLiteral("level"), QStringLiteral("dimensions")},
                                   where);
            !p.isEmpty())
            return p;
        const QJsonValue version = o.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1 ||
            version.toDouble() > 1e6)
            return tr("\"%1.version\" must be a whole number from 1").arg(where);
        theme.version = version.toInt();
        const QJsonValue answers = o.value(QStringLiteral("answers"));
        if (!answers.isObject() || answers.toObject().size() > AnonymousAssessment::maxEntries)
            return tr("\"%1.answers\" must be an object of answers by question id").arg(where);
        const QJsonObject answersObject = answers.toObject();
        for (auto it = answersObject.constBegin(); it != answersObject.constEnd(); ++it) {
            if (!isId(it.key()))
                return tr("\"%1.answers\" has an entry that is not a question id").arg(where);
            Answer answer;
            if (QString p = readAnswer(it.value(), where + QStringLiteral(".answers.") + it.key(), answer);
                !p.isEmpty())
                return p;
            theme.answers.insert(it.key(), answer);
        }
        if (o.contains(QStringLiteral("score"))) {
            QJsonObject score{{QStringLiteral("score"), o.value(QStringLiteral("score"))}};
            if (o.contains(QStringLiteral("level")))
                score.insert(QStringLiteral("level"), o.value(QStringLiteral("level")));
            AnonymousScore s;
            if (QString p = readScore(score, where, s); !p.isEmpty())
                return p;
            theme.score = s;
        } else if (o.contains(QStringLiteral("level"))) {
            return tr("\"%1.level\" is given without a score").arg(where);
        }
        if (o.contains(QStringLiteral("dimensions"))) {
            const QJsonValue dimensions = o.value(QStringLiteral("dimensions"));
            if (!dimensions.isObject() || dimensions.toObject().size() > AnonymousAssessment::maxEntries)
                return tr("\"%1.dimensions\" must be an object of scores by dimension id").arg(where);
            const QJsonObject dimensionsObject = dimensions.toObject();
            for (auto it = dimensionsObject.constBegin(); it != dimensionsObject.constEnd(); ++it) {
                if (!isId(it.key()))
                    return tr("\"%1.dimensions\" has an entry that is not a dimension id").arg(where);
                AnonymousScore s;
                if (QString p = readScore(it.value(), where + QStringLiteral(".dimensions.") + it.key(), s);
                    !p.isEmpty())
                    return p;
                theme.dimensions.insert(it.key(), s);
            }
        }
        return {};
    }
};

// The fast path: one pass over the bytes, checking the same rules as Reader but without building a JSON
// tree (QJsonDocument costs several times what a benchmark of 100,000 files can afford). It is strict and
// conservative: anything it is unsure of (an escape in a string, a key given twice, any problem at all)
// makes it give up, and the file is then read by QJsonDocument and Reader, which accept or refuse it with
// the precise message. So the fast path never accepts what Reader refuses.
class FastReader final
{
public:
    FastReader(QByteArrayView data, bool keepAnswers)
        : m_p(data.data()), m_end(data.data() + data.size()), m_keepAnswers(keepAnswers)
    {}

    bool read(AnonymousAssessment &a)
    {
        if (!object([&](QByteArrayView key) { return topField(key, a); }))
            return false;
        skipSpace();
        return m_p == m_end && (m_seen & requiredTop) == requiredTop && formatOk;
    }

private:
    enum Top : unsigned
    {
        Format = 1,
        Version = 2,
        Hash = 4,
        Quarter = 8,
        Sector = 16,
        Size = 32,
        Themes = 64,
        Departement = 128,
        Overall = 256
    };
    static constexpr unsigned requiredTop = Format | Version | Hash | Quarter | Sector | Size | Themes;

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // A string without escapes (ids and words never need one); its bytes, without the quotes.
    bool string(QByteArrayView &out)
    {
        if (!consume('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    // An id as Reader's isId accepts it.
    bool id(QByteArrayView &out) { return string(out) && isIdBytes(out); }
    // A whole number written as digits only (what Phare writes); anything else gives up.
    bool whole(int low, int high, int &value)
    {
        skipSpace();
        const char *start = m_p;
        qint64 v = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 9)
            v = v * 10 + (*m_p++ - '0');
        if (m_p == start || (m_p - start > 1 && *start == '0'))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E' || (*m_p >= '0' && *m_p <= '9')))
            return false;
        if (v < low || v > high)
            return false;
        value = static_cast<int>(v);
        return true;
    }
    bool isTrue()
    {
        skipSpace();
        if (m_end - m_p >= 4 && QByteArrayView(m_p, 4) == "true") {
            m_p += 4;
            return true;
        }
        return false;
    }
    // An object; `field` reads the value of each key and returns false to give up.
    template <typename Field> bool object(Field field, int maxEntries = 1 << 20)
    {
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        for (int n = 0;; ++n) {
            QByteArrayView key;
            if (n >= maxEntries || !string(key) || !consume(':') || !field(key))
                return false;
            if (consume(','))
                continue;
            return consume('}');
        }
    }
    static bool isIdBytes(QByteArrayView bytes)
    {
        if (bytes.isEmpty() || bytes.size() > AnonymousAssessment::maxIdLength)
            return false;
        return std::all_of(bytes.begin(), bytes.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                   c == '.';
        });
    }
    static QString text(QByteArrayView bytes) { return QString::fromLatin1(bytes); } // ids and words are ASCII

    bool once(unsigned flag)
    {
        if (m_seen & flag)
            return false;
        m_seen |= flag;
        return true;
    }

    bool score(AnonymousScore &s)
    {
        bool hasScore = false;
        bool hasLevel = false;
        return object([&](QByteArrayView key) {
                   QByteArrayView level;
                   if (key == "score" && !hasScore) {
                       hasScore = true;
                       return whole(0, 100, s.value);
                   }
                   if (key == "level" && !hasLevel && id(level)) {
                       hasLevel = true;
                       s.level = text(level);
                       return true;
                   }
                   return false;
               }) &&
               hasScore;
    }

    bool answer(Answer &answer)
    {
        int fields = 0;
        const bool ok = object([&](QByteArrayView kind) {
            if (++fields > 1)
                return false;
            QByteArrayView value;
            if (kind == "choice") {
                if (!id(value))
                    return false;
                if (m_keepAnswers)
                    answer = Answer::makeChoice(text(value));
                return true;
            }
            if (kind == "ticked") {
                QStringList ticked;
                int items = 0;
                if (!consume('['))
                    return false;
                if (!consume(']')) {
                    for (;;) {
                        if (++items > AnonymousAssessment::maxAnswerItems || !id(value))
                            return false;
                        if (m_keepAnswers)
                            ticked.append(text(value));
                        if (consume(','))
                            continue;
                        if (!consume(']'))
                            return false;
                        break;
                    }
                }
                if (m_keepAnswers)
                    answer = Answer::makeTicked(ticked);
                return true;
            }
            if (kind == "rows") {
                QMap<QString, QString> rows;
                const bool read = object(
                    [&](QByteArrayView row) {
                        if (!id(value))
                            return false;
                        if (!isIdBytes(row))
                            return false;
                        if (!m_keepAnswers)
                            return true;
                        const qsizetype before = rows.size();
                        rows.insert(text(row), text(value));
                        return rows.size() > before; // a row given twice: give up
                    },
                    AnonymousAssessment::maxAnswerItems);
                if (!read)
                    return false;
                if (m_keepAnswers)
                    answer = Answer::makeRows(rows);
                return true;
            }
            if (kind == "dontKnow" && isTrue()) {
                answer = Answer::makeDontKnow();
                return true;
            }
            if (kind == "notApplicable" && isTrue()) {
                answer = Answer::makeNotApplicable();
                return true;
            }
            return false;
        });
        return ok && fields == 1;
    }

    bool theme(AnonymousTheme &theme)
    {
        unsigned seen = 0;
        const auto first = [&](unsigned flag) {
            const bool fresh = !(seen & flag);
            seen |= flag;
            return fresh;
        };
        const bool ok = object([&](QByteArrayView key) {
            if (key == "version" && first(1))
                return whole(1, 1'000'000, theme.version);
            if (key == "answers" && first(2)) {
                return object(
                    [&](QByteArrayView question) {
                        if (!isIdBytes(question))
                            return false;
                        Answer a;
                        if (!answer(a))
                            return false;
                        if (m_keepAnswers) {
                            const qsizetype before = theme.answers.size();
                            theme.answers.insert(text(question), a);
                            return theme.answers.size() > before; // a question given twice: give up
                        }
                        return true;
                    },
                    AnonymousAssessment::maxEntries);
            }
            if (key == "score" && first(4)) {
                AnonymousScore s = theme.score.value_or(AnonymousScore{});
                if (!whole(0, 100, s.value))
                    return false;
                theme.score = s;
                return true;
            }
            if (key == "level" && first(8)) {
                QByteArrayView level;
                if (!id(level))
                    return false;
                AnonymousScore s = theme.score.value_or(AnonymousScore{});
                s.level = text(level);
                theme.score = s;
                return true;
            }
            if (key == "dimensions" && first(16)) {
                return object(
                    [&](QByteArrayView dimension) {
                        if (!isIdBytes(dimension))
                            return false;
                        AnonymousScore s;
                        if (!score(s))
                            return false;
                        const qsizetype before = theme.dimensions.size();
                        theme.dimensions.insert(text(dimension), s);
                        return theme.dimensions.size() > before;
                    },
                    AnonymousAssessment::maxEntries);
            }
            return false;
        });
        // Both "answers" and "version" are required; a level without a score is refused.
        return ok && (seen & 3) == 3 && !((seen & 8) && !(seen & 4));
    }

    bool topField(QByteArrayView key, AnonymousAssessment &a)
    {
        QByteArrayView value;
        if (key == "format" && once(Format)) {
            formatOk = string(value) && value == "phare-anonymous";
            return formatOk;
        }
        if (key == "formatVersion" && once(Version)) {
            int version = 0;
            return whole(1, AnonymousAssessment::formatVersion, version);
        }
        if (key == "idHash" && once(Hash)) {
            if (!string(value) || value.size() != 64)
                return false;
            for (const char c : value) {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                    return false;
            }
            a.idHash = text(value);
            return true;
        }
        if (key == "quarter" && once(Quarter)) {
            if (!string(value))
                return false;
            a.quarter = text(value);
            return isQuarter(a.quarter);
        }
        if (key == "sector" && once(Sector)) {
            if (!string(value))
                return false;
            a.sector = text(value);
            return sectorIds().contains(a.sector);
        }
        if (key == "size" && once(Size)) {
            if (!string(value))
                return false;
            a.size = text(value);
            return sizeIds().contains(a.size);
        }
        if (key == "departement" && once(Departement)) {
            if (!string(value))
                return false;
            a.departement = text(value);
            return isDepartement(a.departement);
        }
        if (key == "overall" && once(Overall)) {
            AnonymousScore s;
            if (!score(s))
                return false;
            a.overall = s;
            return true;
        }
        if (key == "questionnaires" && once(Themes)) {
            return object(
                [&](QByteArrayView id) {
                    if (!isIdBytes(id))
                        return false;
                    AnonymousTheme t;
                    if (!theme(t))
                        return false;
                    const qsizetype before = a.themes.size();
                    a.themes.insert(text(id), t);
                    return a.themes.size() > before;
                },
                AnonymousAssessment::maxThemes);
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
    bool m_keepAnswers;
    unsigned m_seen = 0;
    bool formatOk = false;
};

} // namespace

QJsonObject AnonymousAssessment::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), formatName}, {QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("idHash"), idHash},     {QStringLiteral("quarter"), quarter},
                     {QStringLiteral("sector"), sector},     {QStringLiteral("size"), size}};
    if (!departement.isEmpty())
        root.insert(QStringLiteral("departement"), departement);
    if (overall)
        root.insert(QStringLiteral("overall"), scoreJson(*overall));
    QJsonObject themesObject;
    for (auto it = themes.cbegin(); it != themes.cend(); ++it) {
        QJsonObject answers;
        for (auto a = it->answers.cbegin(); a != it->answers.cend(); ++a)
            answers.insert(a.key(), answerJson(*a));
        QJsonObject theme{{QStringLiteral("version"), it->version}, {QStringLiteral("answers"), answers}};
        if (it->score) {
            theme.insert(QStringLiteral("score"), it->score->value);
            if (!it->score->level.isEmpty())
                theme.insert(QStringLiteral("level"), it->score->level);
        }
        if (!it->dimensions.isEmpty()) {
            QJsonObject dimensions;
            for (auto d = it->dimensions.cbegin(); d != it->dimensions.cend(); ++d)
                dimensions.insert(d.key(), scoreJson(*d));
            theme.insert(QStringLiteral("dimensions"), dimensions);
        }
        themesObject.insert(it.key(), theme);
    }
    root.insert(QStringLiteral("questionnaires"), themesObject);
    return root;
}

QByteArray AnonymousAssessment::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString AnonymousFile::idHash(const Assessment &assessment)
{
    // The id is a random UUID (122 random bits): its hash cannot be turned back into it nor guessed, and
    // the same assessment always gives the same hash. The prefix keeps these hashes apart from any other
    // use of SHA-256 on the same ids.
    const QByteArray identity = assessment.id.isEmpty()
                                    ? QByteArrayLiteral("phare-anonymous-1:content:") + assessment.toBytes()
                                    : QByteArrayLiteral("phare-anonymous-1:id:") + assessment.id.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex());
}

QString AnonymousFile::quarterOf(const QDate &day)
{
    return QStringLiteral("%1-Q%2").arg(day.year(), 4, 10, QLatin1Char('0')).arg((day.month() - 1) / 3 + 1);
}

QString AnonymousFile::departementOf(const QString &location)
{
    // The first run of exactly five digits: a French postal code ("13001 Marseille", "Ajaccio 20000").
    for (qsizetype i = 0; i < location.size(); ++i) {
        if (!location[i].isDigit() || (i > 0 && location[i - 1].isDigit()))
            continue;
        qsizetype end = i;
        while (end < location.size() && location[end].isDigit())
            ++end;
        if (end - i != 5)
            continue;
        const QString code = location.mid(i, 5);
        if (code.startsWith(QLatin1String("20"))) // Corsica: 200xx–201xx Corse-du-Sud, 202xx–206xx Haute-Corse
            return code[2] < u'2' ? QStringLiteral("2A") : QStringLiteral("2B");
        if (code.startsWith(QLatin1String("97")) || code.startsWith(QLatin1String("98")))
            return code.left(3);
        if (code.startsWith(QLatin1String("00")))
            return {};
        return code.left(2);
    }
    return {};
}

QString AnonymousFile::fileName(const AnonymousAssessment &anonymous)
{
    return QStringLiteral("phare-anonymous-%1.json").arg(anonymous.idHash.left(16));
}

Result<AnonymousAssessment> AnonymousFile::make(const Evaluation &evaluation, const AnonymiseOptions &options)
{
    const Assessment &source = evaluation.assessment();
    const Content &content = evaluation.content();
    const AssessmentResult &scores = evaluation.scores();
    AnonymousAssessment a;
    a.idHash = idHash(source);
    a.quarter = quarterOf(source.referenceDate());
    if (!sectorIds().contains(source.company.sector))
        return Result<AnonymousAssessment>::failure(
            Diagnostic{Diagnostic::Severity::Error, QString(), 0, 0,
                       tr("the sector \"%1\" is not one Phare knows").arg(source.company.sector.left(40))});
    a.sector = source.company.sector;
    a.size = sizeForEmployees(source.company.employees);
    Diagnostics warnings;
    if (options.departement) {
        a.departement = departementOf(source.company.location);
        if (a.departement.isEmpty())
            warnings.append({Diagnostic::Severity::Warning, QString(), 0, 0,
                             tr("the location has no French postal code: the département is left out")});
    }
    if (scores.overall)
        a.overall = scoreOf(*scores.overall, scores.overallLevel);

    // The answers: only to the content's questionnaires and questions, only with the content's ids.
    for (auto it = source.themes.cbegin(); it != source.themes.cend(); ++it) {
        const Questionnaire *questionnaire = content.questionnaire(it.key());
        if (!questionnaire)
            continue;
        AnonymousTheme theme;
        theme.version = it->version;
        for (auto answer = it->answers.cbegin(); answer != it->answers.cend(); ++answer) {
            const Question *question = questionnaire->question(answer.key());
            if (!question)
                continue;
            if (std::optional<Answer> coded = codedAnswer(*question, *answer))
                theme.answers.insert(question->id, *coded);
        }
        a.themes.insert(questionnaire->id, theme);
    }
    // The scores: of every theme with answers.
    for (const ThemeResult &result : scores.themes) {
        if (!result.questionnaire || !a.themes.contains(result.questionnaire->id))
            continue;
        AnonymousTheme &theme = a.themes[result.questionnaire->id];
        if (result.score)
            theme.score = scoreOf(*result.score, result.level);
        for (const DimensionResult *dimension : result.scoredDimensions()) {
            if (dimension->score)
                theme.dimensions.insert(dimension->dimension->id, scoreOf(*dimension->score, dimension->level));
        }
    }
    return {std::move(a), std::move(warnings)};
}

Result<AnonymousAssessment> AnonymousFile::read(const QString &path, Answers answers)
{
    const auto fail = [&](const QString &message) {
        return Result<AnonymousAssessment>::failure(Diagnostic{Diagnostic::Severity::Error, path, 0, 0, message});
    };
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return fail(tr("cannot open the file: it is not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file: %1").arg(file.errorString()));
    return parse(file.read(AnonymousAssessment::maxFileBytes + 1), path, answers);
}

Result<AnonymousAssessment> AnonymousFile::parse(const QByteArray &data, const QString &path, Answers answers)
{
    const auto fail = [&](qsizetype offset, const QString &message) {
        int line = 0;
        int column = 0;
        if (offset >= 0)
            lineColumnAt(data, offset, line, column);
        return Result<AnonymousAssessment>::failure(
            Diagnostic{Diagnostic::Severity::Error, path, line, column, message});
    };
    if (data.size() > AnonymousAssessment::maxFileBytes)
        return fail(-1, tr("the file is too large to be an anonymous file (more than 1 MiB)"));
    if (data.trimmed().isEmpty())
        return fail(-1, tr("the file is empty"));
    if (AnonymousAssessment fast; FastReader(data, answers == Answers::Keep).read(fast))
        return fast;
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
        return fail(bad, tr("the file is not UTF-8 text"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(error.offset, tr("the file is damaged (not JSON: %1)").arg(error.errorString()));
    if (!document.isObject())
        return fail(-1, tr("not an anonymous Phare file"));
    const QJsonObject root = document.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format == u"phare-assessment")
        return fail(-1, tr("this is an assessment (.phare), not an anonymous file: share it with "
                           "phare-cli anonymise first"));
    if (format == u"phare-benchmark")
        return fail(-1, tr("this is a benchmark, not an anonymous file"));
    if (format != formatName)
        return fail(-1, tr("not an anonymous Phare file (its \"format\" is not \"phare-anonymous\")"));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        return fail(-1, tr("\"formatVersion\" must be a whole number from 1"));
    if (version.toDouble() > AnonymousAssessment::formatVersion)
        return fail(-1, tr("this anonymous file was made by a newer version of Phare (format version %1; this "
                           "version reads up to %2): update Phare to use it")
                            .arg(version.toDouble())
                            .arg(AnonymousAssessment::formatVersion));
    AnonymousAssessment a;
    Reader reader;
    if (const QString problem = reader.read(root, a); !problem.isEmpty())
        return fail(-1, problem);
    if (answers == Answers::Skip) {
        for (AnonymousTheme &theme : a.themes)
            theme.answers.clear();
    }
    return a;
}

Status AnonymousFile::write(const AnonymousAssessment &anonymous, const QString &path)
{
    return AtomicFile::write(path, anonymous.toBytes());
}

} // namespace Phare
