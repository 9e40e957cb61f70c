// Tests .phare assessment files: what is refused and how, what a save keeps, and that saves are atomic.
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

const QString kExample = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");

QString fixturePath(const QString &name)
{
    return QStringLiteral(PHARE_TEST_DATA "/assessments/") + name;
}

// A valid assessment; the refusal rows change one piece of it and rely on its line numbers
// (tests/data/assessments/*.phare are built on the same document).
QByteArray validDocument()
{
    return R"({
    "format": "phare-assessment",
    "formatVersion": 1,
    "company": {
        "name": "Boulangerie du Panier",
        "sector": "food",
        "employees": 6,
        "location": "Marseille"
    },
    "advisor": "Claire Martin",
    "created": "2026-03-12T09:30:00Z",
    "modified": "2026-03-12T11:40:00Z",
    "language": "fr",
    "questionnaires": {
        "cybersecurity": {
            "version": 1,
            "answers": {
                "backup-frequency": {"choice": "weekly"},
                "protections": {"ticked": ["antivirus", "firewall"]},
                "tools-in-use": {"rows": {"chatbot": "testing", "vision": "not-used"}},
                "mfa": {"dontKnow": true},
                "card-payments": {"notApplicable": true}
            },
            "notes": {
                "backup-frequency": "Une clé USB emportée à la maison le vendredi soir."
            }
        }
    }
}
)"_ba;
}

// The valid document with `from` (which must occur exactly once) replaced by `to`.
QByteArray variant(const QByteArray &from, const QByteArray &to)
{
    QByteArray document = validDocument();
    const qsizetype at = document.indexOf(from);
    if (at < 0 || document.indexOf(from, at + 1) >= 0)
        qFatal("tst_assessmentfile: \"%s\" must occur exactly once in the valid document", from.constData());
    return document.replace(at, from.size(), to);
}

// The valid document cut right after `marker`, as a crash in the middle of a save would leave it.
QByteArray cutAfter(const QByteArray &marker)
{
    const QByteArray document = validDocument();
    const qsizetype at = document.indexOf(marker);
    if (at < 0)
        qFatal("tst_assessmentfile: \"%s\" is not in the valid document", marker.constData());
    return document.left(at + marker.size());
}

// The valid document padded with trailing spaces (still valid JSON) to exactly `size` bytes.
QByteArray paddedTo(qsizetype size)
{
    QByteArray document = validDocument();
    return document + QByteArray(size - document.size(), ' ');
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

QString describe(const Answer &a)
{
    return compact(QJsonObject{{u"kind"_s, int(a.kind)},
                               {u"choice"_s, a.choice},
                               {u"ticked"_s, QJsonArray::fromStringList(a.ticked)},
                               {u"rows"_s, QJsonArray::fromStringList(a.rows.keys() + a.rows.values())},
                               {u"extra"_s, a.extra}});
}

// The names in a folder, hidden ones and the temporary files of a save included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// One way a file can be wrong, and what the user must be told about it.
struct Refusal
{
    QByteArray content;  // written to a file named case.phare, unless fixture is set
    QString fixture;     // a file of tests/data/assessments read in place
    int line = 0;        // 0: not asserted, only that it is a line of the file
    int column = 0;      // 0: not asserted
    QStringList phrases; // what the message must say for the user to know what to fix
};

using Phrases = std::initializer_list<const char *>;

QStringList toStrings(Phrases phrases)
{
    QStringList list;
    for (const char *phrase : phrases)
        list.append(QString::fromUtf8(phrase));
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Refusal)

class TestAssessmentFile : public QObject
{
    Q_OBJECT

private slots:
    void validDocumentIsAccepted();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesWhatCannotBeOpened_data();
    void refusesWhatCannotBeOpened();
    void refusesOversizedFilesQuickly_data();
    void refusesOversizedFilesQuickly();
    void acceptsInputsAtTheLimits_data();
    void acceptsInputsAtTheLimits();
    void reportsEveryWrongFieldAtOnce();
    void exampleSurvivesRoundTrip();
    void unknownFieldsAreKept();
    void answersToUnknownQuestionsAreKept();
    void writeReplacesFileWithoutLeftovers();
    void failedWriteIntoReadOnlyFolderKeepsOldFile();
    void failedWriteOverFolderKeepsIt();
    void failedWriteIntoMissingFolderCreatesNothing();
    void toJsonWritesFormatAndVersion_data();
    void toJsonWritesFormatAndVersion();
    void emptyNotesAreNotWritten();
    void idAndDateRoundTrip();
    void fileWithoutIdOrDateStaysWithout();
    void profileRoundTrips();
    void advisorFieldsRoundTrip();
    void keyNoteWithoutNoteIsLeftOutWithWarning();
    void olderFileWithoutAdvisorFieldsOpens();
    void writeRefusesTooLongContext();
};

void TestAssessmentFile::validDocumentIsAccepted()
{
    // The refusal rows are only meaningful if what they start from is accepted.
    const auto result = AssessmentFile::parse(validDocument(), u"valid.phare"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics())));
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    const ThemeAnswers &cyber = result->themes.value(u"cybersecurity"_s);
    QCOMPARE(cyber.answers.size(), 5);
    QCOMPARE(cyber.notes.value(u"backup-frequency"_s), u"Une clé USB emportée à la maison le vendredi soir."_s);
}

void TestAssessmentFile::refusesBadInput_data()
{
    QTest::addColumn<Refusal>("refusal");

    // A whole file; a fixture of tests/data/assessments; the valid document with `from` changed to `to`.
    // `line` and `column` are where the message must point (0: not asserted), then what it must say.
    const auto file = [](const char *name, const QByteArray &content, int line, int column, Phrases phrases) {
        QTest::newRow(name) << Refusal{content, {}, line, column, toStrings(phrases)};
    };
    const auto fixture = [](const char *name, const char *fixtureName, int line, int column, Phrases phrases) {
        QTest::newRow(name) << Refusal{{}, QString::fromUtf8(fixtureName), line, column, toStrings(phrases)};
    };
    const auto change = [](const char *name, const QByteArray &from, const QByteArray &to, int line, Phrases phrases,
                           int column = 0) {
        QTest::newRow(name) << Refusal{variant(from, to), {}, line, column, toStrings(phrases)};
    };

    const QByteArray tooLongName = '"' + QByteArray(100'001, 'A') + '"';
    const QByteArray deepPrefix = R"("advisor": "Claire Martin", "layout": )";
    // The object of the file is the first level, so the 64th '[' is the 65th level.
    const int deepColumn = 4 + int(deepPrefix.size()) + 64;

    // clang-format off
    file("empty file",               "",                                     1,  1,  {"empty"});
    file("whitespace only",          " \n\t\r\n  \n",                        1,  1,  {"empty"});
    file("not JSON",                 "Boulangerie du Panier, 6 salariés\n",  1,  0,  {"not valid JSON"});
    file("array, not object",        "[\n" + validDocument() + "]\n",        1,  0,  {"not a Phare assessment"});
    file("truncated after a {",      cutAfter(R"("company": {)"),            4,  0,  {"truncated"});
    file("truncated after a number", cutAfter(R"("employees": 6)"),          7,  0,  {"truncated"});
    file("truncated inside true",    cutAfter(R"("mfa": {"dontKnow": tr)"),  21, 0,  {"truncated"});
    file("8 MiB + 1 byte",           paddedTo(Assessment::maxFileBytes + 1), 0,  0,  {"too large", "8 MiB"});
    fixture("truncated in a text",   "truncated.phare",                      25, 0,  {"truncated"});
    fixture("formatVersion 3",       "format-version-3.phare",               3,  0,  {"newer version", "update Phare"});
    fixture("not UTF-8 (Latin-1)",   "not-utf8.phare",                       10, 18, {"not UTF-8"});

    change("comma missing",           R"("employees": 6,)",            R"("employees": 6)",          8,  {"','"});
    change("comma missing in a list", R"("antivirus", "firewall")",    R"("antivirus" "firewall")",  19, {"','"});
    change("colon missing",           R"("sector": "food")",           R"("sector" "food")",         6,  {"':'"});
    change("format wrong",            R"("phare-assessment")",         R"("phare-questionnaire")",   2,
           {"not a Phare assessment", "phare-assessment"});
    change("formatVersion missing",   "\"formatVersion\": 1,\n",       "",                           1,
           {"formatVersion", "missing"});
    change("formatVersion 0",         R"("formatVersion": 1)",         R"("formatVersion": 0)",      3,
           {"formatVersion", "whole number"});
    change("formatVersion 1.5",       R"("formatVersion": 1)",         R"("formatVersion": 1.5)",    3,
           {"formatVersion", "whole number"});
    change("formatVersion a text",    R"("formatVersion": 1)",         R"("formatVersion": "1")",    3,
           {"formatVersion", "whole number"});
    change("company missing",         R"("company")",                  R"("firm")",                  1,
           {"\"company\" is missing"});
    change("company.name a number",   R"("Boulangerie du Panier")",    "42",                         5,
           {"company.name", "must be a text"});
    change("company.name missing",    "\"name\": \"Boulangerie du Panier\",\n", "",                  4,
           {"company.name", "missing"});
    change("company.name too long",   R"("Boulangerie du Panier")",    tooLongName,                  5,
           {"company.name", "too long"});
    change("sector unknown",          R"("food")",                     R"("bakery")",                6,
           {"unknown sector \"bakery\"", "retail"});
    change("employees negative",      R"("employees": 6)",             R"("employees": -1)",         7,
           {"company.employees", "whole number"});
    change("employees fractional",    R"("employees": 6)",             R"("employees": 2.5)",        7,
           {"company.employees", "whole number"});
    change("employees a text",        R"("employees": 6)",             R"("employees": "six")",      7,
           {"company.employees", "whole number"});
    change("created not a date",      R"("2026-03-12T09:30:00Z")",     R"("12/03/2026")",            11,
           {"created", "date"});
    change("modified 30 February",    R"("2026-03-12T11:40:00Z")",     R"("2026-02-30T11:40:00Z")",  12,
           {"modified", "date"});
    change("language de",             R"("language": "fr")",           R"("language": "de")",        13,
           {"language", "\"fr\" or \"en\""});
    change("questionnaires missing",  R"("questionnaires")",           R"("themes")",                1,
           {"\"questionnaires\" is missing"});
    change("answer a text",           R"({"choice": "weekly"})",       R"("weekly")",                18,
           {"backup-frequency", "{\"choice\": \"yes\"}"});
    change("answer of two kinds",     R"({"choice": "weekly"})",   R"({"choice": "weekly", "dontKnow": true})", 18,
           {"backup-frequency", "exactly one"});
    change("answer of no kind",       R"({"choice": "weekly"})",       R"({"choise": "weekly"})",    18,
           {"backup-frequency", "exactly one"});
    change("choice a number",         R"({"choice": "weekly"})",       R"({"choice": 3})",           18,
           {"backup-frequency.choice", "option"});
    change("ticked not a list",       R"(["antivirus", "firewall"])",  R"("antivirus")",             19,
           {"protections.ticked", "list"});
    change("ticked holds a number",   R"(["antivirus", "firewall"])",  R"(["antivirus", 2])",        19,
           {"protections.ticked", "list"});
    change("rows holds a number",     R"("vision": "not-used")",       R"("vision": 2)",             20,
           {"tools-in-use.rows.vision", "option"});
    change("dontKnow false",          R"("dontKnow": true)",           R"("dontKnow": false)",       21,
           {"mfa.dontKnow", "only be true"});
    change("notApplicable a text",    R"("notApplicable": true)",      R"("notApplicable": "yes")",  22,
           {"card-payments.notApplicable", "only be true"});
    change("notes not an object",     "\"notes\": {\n",                "\"notes\": \"none\", \"old\": {\n", 24,
           {"cybersecurity.notes", "must be an object"});
    change("note a number",           R"("Une clé USB emportée à la maison le vendredi soir.")", "7", 25,
           {"notes.backup-frequency", "must be a text"});
    change("not UTF-8 after é",       "le vendredi",                   "le \xff" "vendredi",         25,
           {"not UTF-8"}, 74);
    change("UTF-16 surrogate",        "Claire",                        "Cl\xed\xa0\x80" "ire",       10,
           {"not UTF-8"}, 19);
    change("65 levels deep",          R"("advisor": "Claire Martin",)", deepPrefix + nested(64) + ",", 10,
           {"nests too deeply"}, deepColumn);
    // The assessment's id (a UUID) and date (issue 11), pointing at the key as the other fields do.
    const QByteArray advisor = R"("advisor": "Claire Martin",)";
    change("id not a UUID",           advisor, advisor + R"( "id": "not-a-uuid",)",                                   10,
           {"\"id\" must be an identifier such as 3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b"}, 33);
    change("id in braces",            advisor, advisor + R"( "id": "{3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b}",)",        10,
           {"\"id\" must be an identifier"}, 33);
    change("id one digit short",      advisor, advisor + R"( "id": "3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6",)",          10,
           {"\"id\" must be an identifier"}, 33);
    change("id a number",             advisor, advisor + R"( "id": 42,)",                                             10,
           {"\"id\"", "text"}, 33);
    change("date 30 February",        advisor, advisor + R"( "assessmentDate": "2026-02-30",)",                       10,
           {"\"assessmentDate\" must be a day written YYYY-MM-DD, such as 2026-11-20"}, 33);
    change("date French",             advisor, advisor + R"( "assessmentDate": "15/10/2026",)",                       10,
           {"\"assessmentDate\" must be a day written YYYY-MM-DD"}, 33);
    change("date short",              advisor, advisor + R"( "assessmentDate": "2026-9-1",)",                         10,
           {"\"assessmentDate\" must be a day written YYYY-MM-DD"}, 33);
    change("date with a time",        advisor, advisor + R"( "assessmentDate": "2026-10-15T10:00:00Z",)",             10,
           {"\"assessmentDate\" must be a day written YYYY-MM-DD"}, 33);
    // The advisor's side of the report (issue 16): contact, next meeting, the firm's context, key notes.
    const QByteArray tooLongText = '"' + QByteArray(100'001, 'x') + '"';
    const QByteArray notes = "\"notes\": {\n";
    QByteArray tooManyKeyNotes = "[";
    for (int i = 0; i <= Assessment::maxNotes; ++i)
        tooManyKeyNotes += (i ? ", \"q" : "\"q") + QByteArray::number(i) + '"';
    tooManyKeyNotes += ']';
    change("nextMeeting in words",    advisor, advisor + R"( "nextMeeting": "mardi prochain",)",                      10,
           {"\"nextMeeting\" must be a day written YYYY-MM-DD, such as 2026-11-20"}, 33);
    change("nextMeeting 31 April",    advisor, advisor + R"( "nextMeeting": "2027-04-31",)",                          10,
           {"\"nextMeeting\" must be a day written YYYY-MM-DD"}, 33);
    change("nextMeeting a number",    advisor, advisor + R"( "nextMeeting": 20270115,)",                              10,
           {"\"nextMeeting\"", "must be a text"}, 33);
    change("advisorContact a list",   advisor, advisor + R"( "advisorContact": ["06 12 34 56 78"],)",                 10,
           {"\"advisorContact\" must be a text"}, 33);
    change("advisorContact too long", advisor, advisor + R"( "advisorContact": )" + tooLongText + ",",             10,
           {"\"advisorContact\" is too long", "100000"}, 33);
    change("context a number",        advisor, advisor + R"( "context": 12,)",                                        10,
           {"\"context\" must be a text"}, 33);
    change("context too long",        advisor, advisor + R"( "context": )" + tooLongText + ",",                    10,
           {"\"context\" is too long"}, 33);
    change("keyNotes a text",         notes,   R"("keyNotes": "backup-frequency", )" + notes,                       24,
           {"\"questionnaires.cybersecurity.keyNotes\" must be a list of question ids"}, 13);
    change("keyNotes holds a number", notes,   R"("keyNotes": [3], )" + notes,                                      24,
           {"keyNotes\" must be a list of question ids"}, 13);
    change("keyNotes holds ''",       notes,   R"("keyNotes": [""], )" + notes,                                     24,
           {"keyNotes\" must be a list of question ids"}, 13);
    change("keyNotes twice the same", notes,   R"("keyNotes": ["backup-frequency", "backup-frequency"], )" + notes,  24,
           {"keyNotes\" lists \"backup-frequency\" twice"}, 26);
    change("keyNotes beyond limit",   notes,   R"("keyNotes": )" + tooManyKeyNotes + ", " + notes,                  24,
           {"keyNotes\" has too many entries", "2001", "at most 2000"}, 13);
    // clang-format on
}

void TestAssessmentFile::refusesBadInput()
{
    QFETCH(Refusal, refusal);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = fixturePath(refusal.fixture);
    if (refusal.fixture.isEmpty()) {
        path = dir.filePath(u"case.phare"_s);
        QVERIFY(writeFile(path, refusal.content));
    }
    const QByteArray bytes = readBytes(path);
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));

    const auto result = AssessmentFile::read(path);
    QVERIFY2(!result.ok(), "a broken file was accepted");
    QVERIFY2(result.diagnostics().size() == 1, qPrintable(describe(result.diagnostics())));
    const Diagnostic &d = result.diagnostics().first();
    QVERIFY(d.isError());
    QCOMPARE(d.file, path);
    // Somewhere in the file, so an editor can jump there.
    QVERIFY2(d.line >= 1 && d.line <= bytes.count('\n') + 1, qPrintable(d.toString()));
    QVERIFY2(d.column >= 1, qPrintable(d.toString()));
    if (refusal.line > 0)
        QCOMPARE(d.line, refusal.line);
    if (refusal.column > 0)
        QCOMPARE(d.column, refusal.column);
    for (const QString &phrase : refusal.phrases)
        QVERIFY2(d.message.contains(phrase, Qt::CaseInsensitive), qPrintable(d.toString()));
    // What phare-cli prints, in the form editors understand.
    QCOMPARE(d.toString(), u"%1:%2:%3: error: %4"_s.arg(path).arg(d.line).arg(d.column).arg(d.message));
    // The file is only read.
    QCOMPARE(readBytes(path), bytes);
}

void TestAssessmentFile::refusesWhatCannotBeOpened_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isFolder");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("missing file") << u"no-such-file.phare"_s << false << u"No such file"_s;
    QTest::newRow("a folder") << u"folder.phare"_s << true << u"directory"_s;
}

void TestAssessmentFile::refusesWhatCannotBeOpened()
{
    QFETCH(QString, name);
    QFETCH(bool, isFolder);
    QFETCH(QString, phrase);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    if (isFolder)
        QVERIFY(QDir(dir.path()).mkdir(name));

    const auto result = AssessmentFile::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.diagnostics().size() == 1, qPrintable(describe(result.diagnostics())));
    const Diagnostic &d = result.diagnostics().first();
    QVERIFY(d.isError());
    QCOMPARE(d.file, path);
    QVERIFY2(d.message.contains(u"cannot open"_s), qPrintable(d.message));
    QVERIFY2(d.message.contains(phrase, Qt::CaseInsensitive), qPrintable(d.message));
    QCOMPARE(QFileInfo(path).exists(), isFolder);
}

void TestAssessmentFile::refusesOversizedFilesQuickly_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("sparse");

    QTest::newRow("8 MiB + 1 byte of text") << qint64(Assessment::maxFileBytes) + 1 << false;
    QTest::newRow("1 GiB") << (qint64(1) << 30) << true;
}

void TestAssessmentFile::refusesOversizedFilesQuickly()
{
    QFETCH(qint64, size);
    QFETCH(bool, sparse);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.phare"_s);
    if (sparse) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(size));
    } else {
        const QByteArray bytes = paddedTo(size);
        QVERIFY(!bytes.contains('\0'));
        QVERIFY(writeFile(path, bytes));
    }
    QCOMPARE(QFileInfo(path).size(), size);

    QElapsedTimer timer;
    timer.start();
    const auto result = AssessmentFile::read(path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok());
    QVERIFY2(result.diagnostics().size() == 1, qPrintable(describe(result.diagnostics())));
    QVERIFY2(result.diagnostics().first().message.contains(u"too large"_s), qPrintable(describe(result.diagnostics())));
    // Refused from its size, without reading or parsing all of it.
    QVERIFY2(elapsed < 2000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

void TestAssessmentFile::acceptsInputsAtTheLimits_data()
{
    QTest::addColumn<QByteArray>("content");

    const QByteArray longName = "\"" + QByteArray(100'000, 'A') + "\"";
    const QByteArray brackets = QByteArray(200, '[') + QByteArray(200, '{');
    // clang-format off
    QTest::newRow("exactly 8 MiB")           << paddedTo(Assessment::maxFileBytes);
    QTest::newRow("64 levels deep")          << variant(R"("advisor": "Claire Martin",)",
                                                        R"("advisor": "Claire Martin", "layout": )" + nested(63) + ",");
    QTest::newRow("100 000-character name")  << variant(R"("Boulangerie du Panier")", longName);
    QTest::newRow("brackets inside a note")  << variant("le vendredi soir.", "le vendredi soir. " + brackets);
    QTest::newRow("brackets after \\\"")     << variant("le vendredi soir.", R"(le \"vendredi\" soir. \\)" + brackets);
    // clang-format on
}

void TestAssessmentFile::acceptsInputsAtTheLimits()
{
    QFETCH(QByteArray, content);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"limit.phare"_s);
    QVERIFY(writeFile(path, content));

    const auto result = AssessmentFile::read(path);
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics())));
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    // Nothing of it is lost when it is saved again.
    const QString copy = dir.filePath(u"copy.phare"_s);
    QVERIFY(AssessmentFile::write(*result, copy).ok());
    const QJsonObject original = QJsonDocument::fromJson(content).object();
    const QJsonObject written = readJsonObject(copy);
    QVERIFY2(written == original, qPrintable(compact(written).left(2000)));
}

void TestAssessmentFile::reportsEveryWrongFieldAtOnce()
{
    // An advisor fixing a file by hand sees every problem in one go, each where it is.
    const QString path = fixturePath(u"wrong-types.phare"_s);
    const auto result = AssessmentFile::read(path);
    QVERIFY(!result.ok());

    struct Expected
    {
        int line;
        QString phrase;
    };
    const QList<Expected> expected = {
        {5, u"company.name"_s},
        {7, u"company.employees"_s},
        {8, u"company.location"_s},
        {10, u"advisor"_s},
        {11, u"created"_s},
        {15, u"cybersecurity.version"_s},
        {17, u"backup-frequency"_s},
        {18, u"protections.ticked"_s},
        {20, u"notes.backup-frequency"_s},
    };
    QVERIFY2(result.diagnostics().size() == expected.size(), qPrintable(describe(result.diagnostics())));
    for (const Expected &e : expected) {
        const bool found =
            std::any_of(result.diagnostics().cbegin(), result.diagnostics().cend(), [&](const Diagnostic &d) {
                return d.isError() && d.file == path && d.line == e.line && d.message.contains(e.phrase);
            });
        QVERIFY2(found, qPrintable(u"nothing about %1 on line %2 in:\n%3"_s.arg(e.phrase).arg(e.line).arg(
                            describe(result.diagnostics()))));
    }
}

void TestAssessmentFile::exampleSurvivesRoundTrip()
{
    const auto first = AssessmentFile::read(kExample);
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics())));
    QVERIFY2(first.diagnostics().isEmpty(), qPrintable(describe(first.diagnostics())));
    const Assessment &a = *first;

    // What was read is what the file says, not merely something that survives a save.
    QCOMPARE(a.company.name, u"Boulangerie du Panier"_s);
    QCOMPARE(a.company.sector, u"food"_s);
    QCOMPARE(a.company.employees, 6);
    QCOMPARE(a.company.location, u"Marseille"_s);
    QCOMPARE(a.advisor, u"Claire Martin"_s);
    QCOMPARE(a.created, QDateTime(QDate(2026, 3, 12), QTime(9, 30), Qt::UTC));
    QCOMPARE(a.modified, QDateTime(QDate(2026, 3, 12), QTime(11, 40), Qt::UTC));
    QCOMPARE(a.language, u"fr"_s);
    QCOMPARE(a.themes.keys(),
             (QStringList{u"ai-readiness"_s, u"cybersecurity"_s, u"e-commerce"_s, u"people-change"_s, u"profile"_s}));
    QCOMPARE(a.id, u"5b0e4f2a-8c1d-4e7b-9a36-2f1c0d9e8b71"_s);
    QCOMPARE(a.assessmentDate, QDate(2026, 3, 12));
    QCOMPARE(a.themes.value(u"profile"_s).answers.value(u"customers"_s), Answer::makeChoice(u"consumers"_s));
    const ThemeAnswers &ai = a.themes.value(u"ai-readiness"_s);
    QCOMPARE(ai.answers.value(u"ai-tools-in-use"_s).rows.value(u"text-tools"_s), u"testing"_s);
    QCOMPARE(ai.answers.value(u"ai-tools-in-use"_s).rows.size(), 7);
    QCOMPARE(ai.answers.value(u"chatbot-notice"_s), Answer::makeNotApplicable());
    const ThemeAnswers &cyber = a.themes.value(u"cybersecurity"_s);
    QCOMPARE(cyber.answers.value(u"mfa-accounts"_s), Answer::makeDontKnow());
    QCOMPARE(cyber.answers.value(u"protections"_s),
             Answer::makeTicked({u"antivirus"_s, u"guest-wifi"_s, u"official-downloads"_s}));
    QCOMPARE(cyber.answers.value(u"backup-frequency"_s), Answer::makeChoice(u"occasional"_s));
    QVERIFY(cyber.notes.value(u"mfa-accounts"_s).startsWith(u"La gérante pense que la banque"_s));
    QSet<Answer::Kind> kinds;
    for (const ThemeAnswers &theme : a.themes) {
        for (const Answer &answer : theme.answers)
            kinds.insert(answer.kind);
    }
    QCOMPARE(kinds.size(), 5); // every kind of answer goes through the round trip

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"boulangerie.phare"_s);
    QVERIFY(AssessmentFile::write(a, path).ok());
    const auto second = AssessmentFile::read(path);
    QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics())));
    QVERIFY2(second.diagnostics().isEmpty(), qPrintable(describe(second.diagnostics())));
    const Assessment &b = *second;

    QCOMPARE(b.company.name, a.company.name);
    QCOMPARE(b.company.sector, a.company.sector);
    QCOMPARE(b.company.employees, a.company.employees);
    QCOMPARE(b.company.location, a.company.location);
    QCOMPARE(b.advisor, a.advisor);
    QCOMPARE(b.created, a.created);
    QCOMPARE(b.modified, a.modified);
    QCOMPARE(b.language, a.language);
    QCOMPARE(b.themes.keys(), a.themes.keys());
    for (auto t = a.themes.cbegin(); t != a.themes.cend(); ++t) {
        const ThemeAnswers &after = b.themes.value(t.key());
        QCOMPARE(after.version, t->version);
        QCOMPARE(after.answers.keys(), t->answers.keys());
        for (auto q = t->answers.cbegin(); q != t->answers.cend(); ++q) {
            QVERIFY2(after.answers.value(q.key()) == q.value(),
                     qPrintable(u"%1/%2: %3 became %4"_s.arg(t.key(), q.key(), describe(q.value()),
                                                             describe(after.answers.value(q.key())))));
        }
        QCOMPARE(after.notes, t->notes);
    }
    // And the file itself says the same as the example, field for field.
    const QJsonObject original = readJsonObject(kExample);
    const QJsonObject written = readJsonObject(path);
    QVERIFY2(written == original, qPrintable(compact(written) + u"\n!=\n"_s + compact(original)));
}

void TestAssessmentFile::unknownFieldsAreKept()
{
    const QString source = fixturePath(u"unknown-fields.phare"_s);
    const auto first = AssessmentFile::read(source);
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics())));
    QVERIFY2(first.diagnostics().isEmpty(), qPrintable(describe(first.diagnostics())));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved.phare"_s);
    QVERIFY(AssessmentFile::write(*first, path).ok());

    const QJsonObject original = readJsonObject(source);
    const QJsonObject written = readJsonObject(path);
    QVERIFY(!original.isEmpty());
    // Level by level, so a failure says which level lost something.
    QCOMPARE(written.value(u"generator"_s), original.value(u"generator"_s));
    QVERIFY(written.contains(u"signature"_s)); // a null is a value too
    QVERIFY(written.value(u"signature"_s).isNull());
    QCOMPARE(written.value(u"company"_s).toObject().value(u"siret"_s).toString(), u"123 456 789 00012"_s);
    QCOMPARE(written.value(u"company"_s), original.value(u"company"_s));
    const QJsonValue themes = written.value(u"questionnaires"_s);
    const QJsonValue originalThemes = original.value(u"questionnaires"_s);
    QCOMPARE(themes[u"cybersecurity"_s][u"completedBy"_s].toString(), u"owner"_s);
    QCOMPARE(themes[u"theme-from-the-future"_s], originalThemes[u"theme-from-the-future"_s]);
    const QJsonValue answers = themes[u"cybersecurity"_s][u"answers"_s];
    QCOMPARE(answers[u"backup-frequency"_s][u"confidence"_s].toDouble(), 0.8);
    QCOMPARE(answers[u"protections"_s][u"comment"_s].toObject(), QJsonObject({{u"by"_s, u"advisor"_s}}));
    QCOMPARE(answers[u"mfa"_s][u"askedAgain"_s].toArray(), QJsonArray({1, 2}));
    QCOMPARE(themes[u"ai-readiness"_s][u"answers"_s][u"ai-tools-in-use"_s][u"source"_s].toString(), u"workshop"_s);
    QCOMPARE(themes, originalThemes);
    QVERIFY2(written == original, qPrintable(compact(written) + u"\n!=\n"_s + compact(original)));

    // Kept through a second save too: what was kept is read back as unknown, not lost on the way.
    const auto second = AssessmentFile::read(path);
    QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics())));
    const QString again = dir.filePath(u"saved-again.phare"_s);
    QVERIFY(AssessmentFile::write(*second, again).ok());
    QCOMPARE(readBytes(again), readBytes(path));
}

void TestAssessmentFile::answersToUnknownQuestionsAreKept()
{
    // The ids used by the fixture really are unknown to every questionnaire Phare has.
    const Result<Content> content = BuiltinContent::load();
    QVERIFY(!content->questionnaires.isEmpty());
    QVERIFY(content->questionnaire(u"cybersecurity") != nullptr);
    QVERIFY(content->questionnaire(u"theme-from-the-future") == nullptr);
    for (const Questionnaire &q : content->questionnaires) {
        QVERIFY2(q.question(u"question-removed-later") == nullptr, qPrintable(q.id));
        QVERIFY2(q.question(u"future-question") == nullptr, qPrintable(q.id));
    }

    const auto first = AssessmentFile::read(fixturePath(u"unknown-fields.phare"_s));
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics())));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved.phare"_s);
    QVERIFY(AssessmentFile::write(*first, path).ok());
    const auto back = AssessmentFile::read(path);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics())));

    const ThemeAnswers cyber = back->themes.value(u"cybersecurity"_s);
    QCOMPARE(cyber.answers.value(u"question-removed-later"_s), Answer::makeChoice(u"yes"_s));
    QCOMPARE(cyber.notes.value(u"question-removed-later"_s), u"Asked in the 2025 workshop."_s);
    QVERIFY(back->themes.contains(u"theme-from-the-future"_s));
    const ThemeAnswers future = back->themes.value(u"theme-from-the-future"_s);
    QCOMPARE(future.version, 3);
    QCOMPARE(future.answers.value(u"future-question"_s), Answer::makeChoice(u"often"_s));
}

void TestAssessmentFile::writeReplacesFileWithoutLeftovers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"firm.phare"_s);
    QVERIFY(writeFile(path, validDocument()));
    auto read = AssessmentFile::read(path);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));

    read->company.name = u"Boulangerie du Vieux-Port"_s;
    QVERIFY(AssessmentFile::write(*read, path).ok());
    QCOMPARE(entries(dir.path()), QStringList{u"firm.phare"_s}); // no temporary file left behind
    const auto back = AssessmentFile::read(path);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics())));
    QCOMPARE(back->company.name, u"Boulangerie du Vieux-Port"_s);
}

void TestAssessmentFile::failedWriteIntoReadOnlyFolderKeepsOldFile()
{
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions; failedWriteOverFolderKeepsIt fails even as root");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/firm.phare"_s;
    const QByteArray before = validDocument();
    QVERIFY(writeFile(path, before));
    const auto read = AssessmentFile::read(path);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    Assessment changed = *read;
    changed.company.name = u"Another name"_s;

    QFile::Permissions permissions = QFile::permissions(folder);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, permissions); });

    const QString reason = AssessmentFile::write(changed, path).errorText();
    QVERIFY2(!reason.isEmpty(), "writing into a read-only folder reported success");
    QVERIFY2(reason.contains(path), qPrintable(reason));
    QCOMPARE(readBytes(path), before);
    QCOMPARE(entries(folder), QStringList{u"firm.phare"_s});
}

void TestAssessmentFile::failedWriteOverFolderKeepsIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"firm.phare"_s);
    QVERIFY(QDir().mkpath(path));
    const QString inside = path + u"/keep.txt"_s;
    QVERIFY(writeFile(inside, "kept"));
    const auto read = AssessmentFile::parse(validDocument(), path);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));

    const QString reason = AssessmentFile::write(*read, path).errorText();
    QVERIFY2(!reason.isEmpty(), "writing over a folder reported success");
    QVERIFY2(reason.contains(path), qPrintable(reason));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(entries(path), QStringList{u"keep.txt"_s});
    QCOMPARE(readBytes(inside), "kept"_ba);
    QCOMPARE(entries(dir.path()), QStringList{u"firm.phare"_s}); // no temporary file left beside it
}

void TestAssessmentFile::failedWriteIntoMissingFolderCreatesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/firm.phare"_s);
    const auto read = AssessmentFile::parse(validDocument(), u"firm.phare"_s);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));

    const QString reason = AssessmentFile::write(*read, path).errorText();
    QVERIFY2(!reason.isEmpty(), "writing into a missing folder reported success");
    QVERIFY2(reason.contains(path), qPrintable(reason));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no-such-folder"_s)));
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestAssessmentFile::toJsonWritesFormatAndVersion_data()
{
    QTest::addColumn<QJsonObject>("extra");

    QTest::newRow("new assessment") << QJsonObject();
    // Only this version's format is ever written, whatever an unknown field claims.
    QTest::newRow("extra claims v2") << QJsonObject{{u"formatVersion"_s, 2}, {u"format"_s, u"other"_s}};
}

void TestAssessmentFile::toJsonWritesFormatAndVersion()
{
    QFETCH(QJsonObject, extra);

    Assessment a;
    a.company.name = u"Garage Martin"_s;
    a.company.sector = u"services"_s;
    a.company.employees = 3;
    a.extra = extra;
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value(u"format"_s), QJsonValue(u"phare-assessment"_s));
    QVERIFY(json.value(u"formatVersion"_s).isDouble());
    QCOMPARE(json.value(u"formatVersion"_s).toDouble(), 1.0);

    // What is written is what Phare reads back.
    const auto back = AssessmentFile::parse(a.toBytes(), u"new.phare"_s);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics())));
    QCOMPARE(back->company.name, u"Garage Martin"_s);
}

void TestAssessmentFile::emptyNotesAreNotWritten()
{
    Assessment a;
    a.company.name = u"Garage Martin"_s;
    a.company.sector = u"services"_s;
    ThemeAnswers some;
    some.answers.insert(u"mfa"_s, Answer::makeChoice(u"yes"_s));
    some.notes.insert(u"mfa"_s, u"SMS code for the bank."_s);
    some.notes.insert(u"backup-frequency"_s, QString());
    ThemeAnswers none;
    none.answers.insert(u"business-need"_s, Answer::makeDontKnow());
    none.notes.insert(u"business-need"_s, QString());
    a.themes.insert(u"cybersecurity"_s, some);
    a.themes.insert(u"ai-readiness"_s, none);

    const QJsonObject themes = a.toJson().value(u"questionnaires"_s).toObject();
    QCOMPARE(themes.value(u"cybersecurity"_s).toObject().value(u"notes"_s).toObject(),
             QJsonObject({{u"mfa"_s, u"SMS code for the bank."_s}}));
    QVERIFY2(!themes.value(u"ai-readiness"_s).toObject().contains(u"notes"_s),
             qPrintable(compact(themes.value(u"ai-readiness"_s).toObject())));

    // Nor read back as notes.
    const auto back = AssessmentFile::parse(a.toBytes(), u"notes.phare"_s);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics())));
    QCOMPARE(back->themes.value(u"cybersecurity"_s).notes.keys(), QStringList{u"mfa"_s});
    QVERIFY(back->themes.value(u"ai-readiness"_s).notes.isEmpty());
}

void TestAssessmentFile::idAndDateRoundTrip()
{
    const QByteArray advisor = R"("advisor": "Claire Martin",)";
    const QByteArray bytes =
        variant(advisor, advisor + R"( "id": "3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b", "assessmentDate": "2026-10-15",)");
    const auto first = AssessmentFile::parse(bytes, u"a.phare"_s);
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics())));
    QVERIFY2(first.diagnostics().isEmpty(), qPrintable(describe(first.diagnostics())));
    QCOMPARE(first->id, u"3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b"_s);
    QCOMPARE(first->assessmentDate, QDate(2026, 10, 15));
    // Deadlines are phrased against the assessment's date, not the day the file was created.
    QCOMPARE(first->referenceDate(), QDate(2026, 10, 15));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.phare"_s);
    QVERIFY(AssessmentFile::write(*first, path).ok());
    const QJsonObject written = readJsonObject(path);
    QCOMPARE(written.value(u"id"_s).toString(), u"3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b"_s);
    QCOMPARE(written.value(u"assessmentDate"_s).toString(), u"2026-10-15"_s);
    const auto second = AssessmentFile::read(path);
    QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics())));
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->assessmentDate, first->assessmentDate);
    QCOMPARE(second->toBytes(), first->toBytes());

    // A new assessment gets both: a UUID of the accepted form, and today (PHARE_TODAY in tests).
    qputenv("PHARE_TODAY", "2027-01-31");
    Assessment made = Assessment::makeNew();
    qunsetenv("PHARE_TODAY");
    made.company.name = u"Fleuriste"_s;
    made.company.sector = u"retail"_s;
    QCOMPARE(made.assessmentDate, QDate(2027, 1, 31));
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(made.id)
                .hasMatch());
    QVERIFY(Assessment::makeNew().id != made.id);
    const auto reread = AssessmentFile::parse(made.toBytes(), u"new.phare"_s);
    QVERIFY2(reread.ok(), qPrintable(describe(reread.diagnostics())));
    QCOMPARE(reread->id, made.id);
}

void TestAssessmentFile::fileWithoutIdOrDateStaysWithout()
{
    // Older files have neither: they open, and saving does not invent them.
    const auto read = AssessmentFile::parse(validDocument(), u"old.phare"_s);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    QVERIFY(read.diagnostics().isEmpty());
    QVERIFY(read->id.isEmpty());
    QVERIFY(!read->assessmentDate.isValid());
    // Without a date of its own, the day it was created stands in.
    QCOMPARE(read->referenceDate(), QDate(2026, 3, 12));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.phare"_s);
    QVERIFY(AssessmentFile::write(*read, path).ok());
    const QJsonObject written = readJsonObject(path);
    QVERIFY2(!written.contains(u"id"_s), qPrintable(compact(written)));
    QVERIFY2(!written.contains(u"assessmentDate"_s), qPrintable(compact(written)));
    const auto again = AssessmentFile::read(path);
    QVERIFY(again.ok() && again->id.isEmpty() && !again->assessmentDate.isValid());
}

void TestAssessmentFile::profileRoundTrips()
{
    const QByteArray profile = R"("questionnaires": {
        "profile": {
            "version": 1,
            "answers": {
                "customers": {"choice": "businesses"},
                "sells": {"ticked": ["goods-shipped", "services"]},
                "health-data": {"dontKnow": true}
            }
        },)";
    const auto first = AssessmentFile::parse(variant(R"("questionnaires": {)", profile), u"p.phare"_s);
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics())));
    QVERIFY2(first.diagnostics().isEmpty(), qPrintable(describe(first.diagnostics())));
    const ThemeAnswers &answers = first->themes.value(u"profile"_s);
    QCOMPARE(answers.answers.size(), 3);
    QCOMPARE(answers.answers.value(u"customers"_s).choice, u"businesses"_s);
    QCOMPARE(answers.answers.value(u"sells"_s).ticked, (QStringList{u"goods-shipped"_s, u"services"_s}));
    QCOMPARE(answers.answers.value(u"health-data"_s).kind, Answer::Kind::DontKnow);
    QVERIFY(first->themes.contains(u"cybersecurity"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.phare"_s);
    QVERIFY(AssessmentFile::write(*first, path).ok());
    const QJsonObject written = readJsonObject(path);
    const QJsonObject stored = written[u"questionnaires"_s][u"profile"_s].toObject();
    QCOMPARE(stored[u"version"_s].toInt(), 1);
    QCOMPARE(stored[u"answers"_s][u"customers"_s][u"choice"_s].toString(), u"businesses"_s);
    QCOMPARE(stored[u"answers"_s][u"sells"_s][u"ticked"_s].toArray().size(), 2);
    QCOMPARE(stored[u"answers"_s][u"health-data"_s][u"dontKnow"_s].toBool(), true);
    const auto second = AssessmentFile::read(path);
    QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics())));
    QCOMPARE(second->toBytes(), first->toBytes());
}

void TestAssessmentFile::advisorFieldsRoundTrip()
{
    const QByteArray advisor = R"("advisor": "Claire Martin",)";
    QByteArray bytes = variant(advisor, advisor + R"( "advisorContact": "claire.martin@example.org, 06 12 34 56 78",
    "nextMeeting": "2027-01-15", "context": "Boulangerie familiale, deux boutiques.\nLa caisse tourne sur un vieux PC.",)");
    bytes.replace("\"notes\": {\n", R"("keyNotes": ["backup-frequency"], "notes": {)"
                                    "\n");
    const auto first = AssessmentFile::parse(bytes, u"a.phare"_s);
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics())));
    QVERIFY2(first.diagnostics().isEmpty(), qPrintable(describe(first.diagnostics())));
    QCOMPARE(first->advisorContact, u"claire.martin@example.org, 06 12 34 56 78"_s);
    QCOMPARE(first->nextMeeting, QDate(2027, 1, 15));
    QCOMPARE(first->context, u"Boulangerie familiale, deux boutiques.\nLa caisse tourne sur un vieux PC."_s);
    QCOMPARE(first->themes.value(u"cybersecurity"_s).keyNotes, QStringList{u"backup-frequency"_s});
    // Known fields, not kept twice as unknown ones.
    QVERIFY2(first->extra.isEmpty(), qPrintable(compact(first->extra)));
    QVERIFY(first->themes.value(u"cybersecurity"_s).extra.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.phare"_s);
    QVERIFY(AssessmentFile::write(*first, path).ok());
    const QJsonObject written = readJsonObject(path);
    QCOMPARE(written.value(u"advisorContact"_s).toString(), first->advisorContact);
    QCOMPARE(written.value(u"nextMeeting"_s).toString(), u"2027-01-15"_s);
    QCOMPARE(written.value(u"context"_s).toString(), first->context);
    QCOMPARE(written[u"questionnaires"_s][u"cybersecurity"_s][u"keyNotes"_s].toArray(),
             QJsonArray{u"backup-frequency"_s});
    const auto second = AssessmentFile::read(path);
    QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics())));
    QCOMPARE(second->toBytes(), first->toBytes());

    // Emptied in the app, they leave the file.
    Assessment cleared = *second;
    cleared.advisorContact.clear();
    cleared.nextMeeting = QDate();
    cleared.context.clear();
    cleared.themes[u"cybersecurity"_s].keyNotes.clear();
    const QJsonObject json = cleared.toJson();
    for (const QString &key : {u"advisorContact"_s, u"nextMeeting"_s, u"context"_s})
        QVERIFY2(!json.contains(key), qPrintable(key));
    QVERIFY(!json[u"questionnaires"_s][u"cybersecurity"_s].toObject().contains(u"keyNotes"_s));
}

void TestAssessmentFile::keyNoteWithoutNoteIsLeftOutWithWarning()
{
    // An older Phare keeps keyNotes as an unknown field while its user deletes the note: the file opens,
    // with a warning pointing at the mark, and the mark is not saved again.
    const QByteArray bytes = variant("\"notes\": {\n", R"("keyNotes": ["mfa", "backup-frequency"], "notes": {)"
                                                       "\n");
    const auto read = AssessmentFile::parse(bytes, u"k.phare"_s);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    QCOMPARE(read.diagnostics().size(), 1);
    const Diagnostic &d = read.diagnostics().first();
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    QCOMPARE(d.line, 24);
    QCOMPARE(d.column, 26);
    QVERIFY2(d.message.contains(u"\"mfa\""_s) && d.message.contains(u"no note"_s), qPrintable(d.toString()));
    QCOMPARE(read->themes.value(u"cybersecurity"_s).keyNotes, QStringList{u"backup-frequency"_s});

    // A mark whose note the app emptied is not written either.
    Assessment a = *read;
    a.themes[u"cybersecurity"_s].keyNotes.append(u"mfa"_s);
    a.themes[u"cybersecurity"_s].notes.insert(u"mfa"_s, QString());
    QCOMPARE(a.toJson()[u"questionnaires"_s][u"cybersecurity"_s][u"keyNotes"_s].toArray(),
             QJsonArray{u"backup-frequency"_s});
}

void TestAssessmentFile::olderFileWithoutAdvisorFieldsOpens()
{
    // A file of before the fields (the document of these tests is one): it opens without a warning, and
    // saving adds nothing.
    const auto read = AssessmentFile::parse(validDocument(), u"old.phare"_s);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    QVERIFY2(read.diagnostics().isEmpty(), qPrintable(describe(read.diagnostics())));
    QVERIFY(read->advisorContact.isEmpty());
    QVERIFY(!read->nextMeeting.isValid());
    QVERIFY(read->context.isEmpty());
    for (const ThemeAnswers &theme : read->themes)
        QVERIFY(theme.keyNotes.isEmpty());
    const QJsonObject json = read->toJson();
    for (const QString &key : {u"advisorContact"_s, u"nextMeeting"_s, u"context"_s})
        QVERIFY2(!json.contains(key), qPrintable(key));
    QVERIFY(!compact(json).contains(u"keyNotes"_s));
}

void TestAssessmentFile::writeRefusesTooLongContext()
{
    // Saving refuses what reading would refuse: the file must open again.
    auto read = AssessmentFile::parse(validDocument(), u"c.phare"_s);
    QVERIFY(read.ok());
    Assessment a = *read;
    a.context = QString(Assessment::maxTextLength + 1, u'x');
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.phare"_s);
    const Status written = AssessmentFile::write(a, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.diagnostics().first().message.contains(u"context is too long"_s),
             qPrintable(describe(written.diagnostics())));
    QVERIFY(!QFileInfo::exists(path));
    a.context.chop(1);
    QVERIFY(AssessmentFile::write(a, path).ok());
    QVERIFY(AssessmentFile::read(path).ok());
}

QTEST_GUILESS_MAIN(TestAssessmentFile)
#include "tst_assessmentfile.moc"
