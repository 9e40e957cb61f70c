// Tests phare-cli as a user runs it: commands, options, output formats, exit codes and diagnostics.
#include "builtincontent.h"
#include "clirun.h"
#include "contentloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>

using namespace Phare;
using namespace std::chrono_literals;

namespace {

using Phare::Test::CliRun;
using Phare::Test::runCli;

#ifdef Q_OS_LINUX
// "In little memory": the real phare-cli runs with its address space capped, so a runaway allocation crashes the run.
constexpr qulonglong addressSpaceLimit = 512ull * 1024 * 1024;
#endif

// The lines "PATH:LINE:COL: SEVERITY: message" naming exactly that path.
QList<QRegularExpressionMatch> diagnosticsFor(const QString &err, const QString &path,
                                              const QString &severity = QStringLiteral("error"))
{
    const QRegularExpression re(QStringLiteral("^%1:(\\d+):(\\d+): %2: (.+)$")
                                    .arg(QRegularExpression::escape(path), QRegularExpression::escape(severity)),
                                QRegularExpression::MultilineOption);
    QList<QRegularExpressionMatch> found;
    for (auto it = re.globalMatch(err); it.hasNext();)
        found.append(it.next());
    return found;
}

// True when there is a diagnostic for the path at the line (any line when 0) whose message mentions the text.
bool hasDiagnostic(const QString &err, const QString &path, int line = 0, const QString &mentions = {},
                   const QString &severity = QStringLiteral("error"))
{
    const QList<QRegularExpressionMatch> found = diagnosticsFor(err, path, severity);
    return std::any_of(found.cbegin(), found.cend(), [&](const QRegularExpressionMatch &m) {
        return (line == 0 || m.captured(1).toInt() == line) && m.captured(3).contains(mentions);
    });
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text with the first `find` replaced; `line` receives the 1-based line where the replacement ends.
QByteArray replaced(const QByteArray &text, const QByteArray &find, const QByteArray &replace, int *line = nullptr)
{
    const qsizetype at = text.indexOf(find);
    if (at < 0)
        return {};
    QByteArray result = text;
    result.replace(at, find.size(), replace);
    if (line)
        *line = static_cast<int>(result.left(at + replace.size()).count('\n')) + 1;
    return result;
}

// The 1-based line of the first occurrence of the needle, 0 when absent.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : static_cast<int>(text.left(at).count('\n')) + 1;
}

QJsonValue parseJson(const QString &text, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON (%1 at %2): %3").arg(e.errorString()).arg(e.offset).arg(text.left(500));
        return {};
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Parses the text as JSON into a new variable, or fails the test.
#define PARSE_JSON(into, text)                                                                                         \
    QJsonValue into;                                                                                                   \
    {                                                                                                                  \
        QString jsonError;                                                                                             \
        (into) = parseJson((text), &jsonError);                                                                        \
        QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError));                                                          \
    }

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.cbegin(), keys.cend()};
}

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *n : names)
        set.insert(QString::fromLatin1(n));
    return set;
}

// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and newlines.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u'"') {
            *error = QStringLiteral("a quote inside an unquoted field at offset %1").arg(i);
            return {};
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        *error = QStringLiteral("an unclosed quoted field");
    else if (fieldStarted || !field.isEmpty())
        *error = QStringLiteral("the last record does not end with a newline");
    return records;
}

// A small valid content folder: one questionnaire, its chapter and its use case. Rows below change one piece of it
// and expect the diagnostic on the line they changed. Plain literals, not raw strings: moc 6.4 misreads those.
// clang-format off
const char *const tinyQuestionnaire =
    "kind: questionnaire\n"
    "id: tiny\n"
    "version: 3\n"
    "title: {fr: \"Petit thème\", en: \"Tiny theme\"}\n"
    "description: {fr: \"Un thème d'essai.\", en: \"A test theme.\"}\n"
    "dimensions:\n"
    "  - id: basics\n"
    "    title: {fr: \"Bases\", en: \"Basics\"}\n"
    "    questions:\n"
    "      - id: has-website\n"
    "        type: yes-no\n"
    "        text: {fr: \"Avez-vous un site ?\", en: \"Do you have a website?\"}\n"
    "        help: {fr: \"Pour être trouvé.\", en: \"To be found.\"}\n"
    "rules:\n"
    "  - id: get-a-website\n"
    "    when: {question: has-website, scoreBelow: 100}\n"
    "    impact: high\n"
    "    actions: [build-website]\n";

const char *const tinyActions =
    "kind: actions\n"
    "actions:\n"
    "  - id: build-website\n"
    "    text: {fr: \"Créer un site.\", en: \"Build a website.\"}\n"
    "    benefit: {fr: \"Être trouvé.\", en: \"Being found.\"}\n"
    "    firstStep: {fr: \"Réserver le nom de domaine.\", en: \"Book the domain name.\"}\n"
    "    impact: medium\n"
    "    effort: 8\n"
    "    cost: low\n"
    "    who: [owner]\n"
    "    chapters: [websites]\n"
    "    useCases: [simple-site]\n";

const char *const tinyChapters =
    "kind: chapters\n"
    "chapters:\n"
    "  - id: websites\n"
    "    title: {fr: \"Les sites\", en: \"Websites\"}\n"
    "    summary: {fr: \"Résumé.\", en: \"Summary.\"}\n"
    "    keyActions:\n"
    "      - {fr: \"Un.\", en: \"One.\"}\n"
    "      - {fr: \"Deux.\", en: \"Two.\"}\n"
    "      - {fr: \"Trois.\", en: \"Three.\"}\n"
    "    references:\n"
    "      - {title: \"France Num\", url: \"https://www.francenum.gouv.fr/\"}\n"
    "      - {title: \"France Num, guides\", url: \"https://www.francenum.gouv.fr/guides-et-conseils\"}\n"
    "    cost: {fr: \"Gratuit\", en: \"Free\"}\n"
    "    duration: {fr: \"Une heure\", en: \"One hour\"}\n"
    "    tools: {free: [\"Un tableur\"], paid: [\"Un logiciel\"]}\n"
    "    startWith: {title: \"Guide\", steps: [{fr: \"Commencer.\", en: \"Start.\"}]}\n"
    "    localHelp: {note: {fr: \"La CCI.\", en: \"The CCI.\"}}\n";

const char *const tinyUseCases =
    "kind: use-cases\n"
    "useCases:\n"
    "  - id: simple-site\n"
    "    title: {fr: \"Un site simple\", en: \"A simple website\"}\n"
    "    description: {fr: \"Une page.\", en: \"One page.\"}\n"
    "    sectors: [retail, craft]\n"
    "    sizes: [micro, small]\n"
    "    effort: low\n"
    "    cost: low\n"
    "    timeToValue: days\n"
    "    chapters: [websites]\n"
    "    dimensions: [tiny/basics]\n";

// Answers the tiny questionnaire: "partially" on a yes-no question scores 0.5 (docs/questionnaire-format.md).
const char *const tinyAssessment =
    "{\n"
    "  \"format\": \"phare-assessment\",\n"
    "  \"formatVersion\": 1,\n"
    "  \"company\": {\"name\": \"Atelier Test\", \"sector\": \"craft\", \"employees\": 3},\n"
    "  \"language\": \"en\",\n"
    "  \"questionnaires\": {\n"
    "    \"tiny\": {\"version\": 3, \"answers\": {\"has-website\": {\"choice\": \"partially\"}}}\n"
    "  }\n"
    "}\n";

// A valid assessment against the built-in content; rows below break one piece of it.
const char *const smallAssessment =
    "{\n"
    "  \"format\": \"phare-assessment\",\n"
    "  \"formatVersion\": 1,\n"
    "  \"company\": {\n"
    "    \"name\": \"Atelier Test\",\n"
    "    \"sector\": \"craft\",\n"
    "    \"employees\": 3\n"
    "  },\n"
    "  \"language\": \"en\",\n"
    "  \"questionnaires\": {\n"
    "    \"cybersecurity\": {\n"
    "      \"version\": 1,\n"
    "      \"answers\": {\n"
    "        \"backup-frequency\": {\"choice\": \"weekly\"}\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "}\n";
// clang-format on

bool writeContent(const QString &dir, const QByteArray &questionnaire = tinyQuestionnaire,
                  const QByteArray &chapters = tinyChapters, const QByteArray &useCases = tinyUseCases)
{
    return writeFile(dir + QStringLiteral("/tiny.yaml"), questionnaire) &&
           writeFile(dir + QStringLiteral("/actions.yaml"), tinyActions) &&
           writeFile(dir + QStringLiteral("/chapters.yaml"), chapters) &&
           writeFile(dir + QStringLiteral("/use-cases.yaml"), useCases);
}

QString examplesDir()
{
    return QStringLiteral(PHARE_SOURCE_DIR "/resources/examples");
}

// One row per example assessment shipped with Phare.
void addExampleRows()
{
    QTest::addColumn<QString>("path");
    const QDir dir(examplesDir());
    const QStringList names = dir.entryList({QStringLiteral("*.phare")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.absoluteFilePath(name);
}

// The files of the yaml-test-suite corpus, none of which is Phare content or an assessment; "error/NAME.yaml" keys.
QMap<QString, QString> corpusFiles()
{
    QMap<QString, QString> files;
    const QDir root(QStringLiteral(PHARE_TEST_DATA "/yaml-test-suite"));
    for (const QString &sub : {QStringLiteral("error"), QStringLiteral("valid")}) {
        const QDir dir(root.filePath(sub));
        const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            files.insert(sub + QLatin1Char('/') + name, dir.absoluteFilePath(name));
    }
    return files;
}

void addCorpusRows()
{
    QTest::addColumn<QString>("path");
    const QMap<QString, QString> files = corpusFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value();
    QVERIFY2(!files.isEmpty(), "the yaml-test-suite corpus is missing from tests/data");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version();
    void help();
    void usageErrors_data();
    void usageErrors();

    void validateBuiltin_data();
    void validateBuiltin();
    void validateBrokenQuestionnaire_data();
    void validateBrokenQuestionnaire();
    void strictTurnsWarningsIntoErrors_data();
    void strictTurnsWarningsIntoErrors();
    void validateFilesTakesMissingCataloguesFromContentInUse();
    void validateMissingPath();

    void questionnairesOption();
    void questionnairesOptionWithBrokenFolder();

    void listJsonMatchesContent_data();
    void listJsonMatchesContent();
    void listLanguages();

    void scoreJson_data();
    void scoreJson();
    void scoreCsv_data();
    void scoreCsv();
    void scoreText_data();
    void scoreText();
    void scoreSeveralFiles();
    void scoreBrokenFileAmongGood_data();
    void scoreBrokenFileAmongGood();
    void brokenAssessmentIsRefused_data();
    void brokenAssessmentIsRefused();
    void scoreWithNoKnownTheme();

    void recommendText_data();
    void recommendText();
    void recommendWithoutProfile();
    void recommendJson_data();
    void recommendJson();

    void validateRefusesCorpus_data();
    void validateRefusesCorpus();
    void scoreRefusesCorpus_data();
    void scoreRefusesCorpus();

    void messagesInTheLanguageChosen_data();
    void messagesInTheLanguageChosen();
    void diagnosticsInTheLanguageChosen_data();
    void diagnosticsInTheLanguageChosen();

    void realProgram_data();
    void realProgram();

private:
    // What `list --json` says in a language, for checking recommendations against it.
    QJsonObject listJson(const QString &language);
    void checkScoreJson(const QJsonObject &result, const QString &path);

    // The run of `phare-cli COMMAND FILE` for a corpus file.
    CliRun corpusRun(const QString &command, const QString &path);

    Result<Content> m_builtin = BuiltinContent::load();
    QTemporaryDir m_tinyContent;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(PHARE_CLI)).isExecutable(), PHARE_CLI " is not built");
    QVERIFY(m_builtin.ok());
    QVERIFY(!m_builtin->questionnaires.isEmpty());
    QVERIFY(m_tinyContent.isValid());
    QVERIFY(writeContent(m_tinyContent.path()));
    QVERIFY2(!QDir(examplesDir()).entryList({QStringLiteral("*.phare")}, QDir::Files).isEmpty(),
             "no example assessment in resources/examples");
}

QJsonObject TestCli::listJson(const QString &language)
{
    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--lang"), language});
    if (!run.finished || run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestCli::version()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("phare-cli " PHARE_VERSION "\n"));
    QVERIFY(QRegularExpression(QStringLiteral("^phare-cli \\d+\\.\\d+\\.\\d+\n$")).match(run.out).hasMatch());
    QVERIFY(run.err.isEmpty());
}

void TestCli::help()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    CHECK_EXIT(run, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("Usage: phare-cli")));
    for (const char *word : {"validate", "list", "score", "recommend", "--questionnaires", "--strict", "--json",
                             "--format", "--lang", "--version", "report", "--compare", "--no-answers", "-o"})
        QVERIFY2(run.out.contains(QLatin1String(word)), word);
    QVERIFY(run.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    const QString example = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")}
                                    << QStringLiteral("--bogus");
    QTest::newRow("--lang without value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--lang")} << QStringLiteral("--lang");
    QTest::newRow("--lang de") << QStringList{QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("de")}
                               << QStringLiteral("--lang");
    QTest::newRow("--format xml") << QStringList{QStringLiteral("score"), example, QStringLiteral("--format"),
                                                 QStringLiteral("xml")}
                                  << QStringLiteral("--format");
    QTest::newRow("--format without value")
        << QStringList{QStringLiteral("score"), example, QStringLiteral("--format")} << QStringLiteral("--format");
    QTest::newRow("recommend --format csv")
        << QStringList{QStringLiteral("recommend"), example, QStringLiteral("--format"), QStringLiteral("csv")}
        << QStringLiteral("--format");
    QTest::newRow("score with no file") << QStringList{QStringLiteral("score")} << QStringLiteral("score");
    QTest::newRow("recommend with no file") << QStringList{QStringLiteral("recommend")} << QStringLiteral("recommend");
    QTest::newRow("recommend with two files")
        << QStringList{QStringLiteral("recommend"), example, example} << QStringLiteral("recommend");
    QTest::newRow("list with a file") << QStringList{QStringLiteral("list"), example} << QStringLiteral("list");
    QTest::newRow("--json with score") << QStringList{QStringLiteral("score"), example, QStringLiteral("--json")}
                                       << QStringLiteral("--json");
    QTest::newRow("--strict with list") << QStringList{QStringLiteral("list"), QStringLiteral("--strict")}
                                        << QStringLiteral("--strict");
    QTest::newRow("--questionnaires without folder")
        << QStringList{QStringLiteral("--questionnaires")} << QStringLiteral("--questionnaires");
    QTest::newRow("--no-answers with score")
        << QStringList{QStringLiteral("score"), example, QStringLiteral("--no-answers")}
        << QStringLiteral("--no-answers");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun run = runCli(args);
    CHECK_EXIT(run, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(QStringLiteral("phare-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.section(QLatin1Char('\n'), 0, 0).contains(mentions), qPrintable(run.err));
}

void TestCli::validateBuiltin_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("default") << QStringList{QStringLiteral("validate")};
    QTest::newRow("strict") << QStringList{QStringLiteral("validate"), QStringLiteral("--strict")};
}

void TestCli::validateBuiltin()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(args);
    CHECK_EXIT(run, 0);
    QVERIFY2(!run.err.contains(QStringLiteral(": error: ")), qPrintable(run.err));
    const auto m = QRegularExpression(QStringLiteral("^ok: (\\d+) questionnaire\\(s\\), (\\d+) chapter\\(s\\), "
                                                     "(\\d+) use case\\(s\\), (\\d+) warning\\(s\\); (\\d+) "
                                                     "action\\(s\\), a business profile\n$"))
                       .match(run.out);
    QVERIFY2(m.hasMatch(), qPrintable(run.out));
    const Content &c = m_builtin.value();
    // The profile is not counted among the questionnaires: it is said apart.
    QCOMPARE(m.captured(1).toLongLong(), c.questionnaires.size() - 1);
    QCOMPARE(m.captured(5).toLongLong(), c.actions.size());
    QCOMPARE(m.captured(2).toLongLong(), c.chapters.size());
    QCOMPARE(m.captured(3).toLongLong(), c.useCases.size());
    if (args.contains(QStringLiteral("--strict"))) {
        QCOMPARE(m.captured(4), QStringLiteral("0"));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
}

void TestCli::validateBrokenQuestionnaire_data()
{
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("mentions"); // what the message must name
    QTest::newRow("unknown question type")
        << QByteArray("type: yes-no") << QByteArray("type: yes-maybe") << QStringLiteral("yes-maybe");
    QTest::newRow("misspelt key") << QByteArray("    title: {fr: \"Bases\"") << QByteArray("    titel: {fr: \"Bases\"")
                                  << QStringLiteral("titel");
    QTest::newRow("version not a number")
        << QByteArray("version: 3") << QByteArray("version: three") << QStringLiteral("version");
    QTest::newRow("duplicate key") << QByteArray("version: 3") << QByteArray("version: 3\nversion: 4")
                                   << QStringLiteral("version");
    QTest::newRow("tag") << QByteArray("version: 3") << QByteArray("version: !!int 3") << QStringLiteral("!!int");
    QTest::newRow("anchor") << QByteArray("dimensions:") << QByteArray("dimensions: &dims") << QStringLiteral("&");
    QTest::newRow("invalid id") << QByteArray("  - id: basics") << QByteArray("  - id: Basics!")
                                << QStringLiteral("Basics!");
    QTest::newRow("wrong kind") << QByteArray("kind: questionnaire") << QByteArray("kind: questionaire")
                                << QStringLiteral("questionaire");
    QTest::newRow("unknown impact") << QByteArray("impact: high") << QByteArray("impact: urgent")
                                    << QStringLiteral("urgent");
    QTest::newRow("rule on unknown question")
        << QByteArray("{question: has-website,") << QByteArray("{question: has-site,") << QStringLiteral("has-site");
    QTest::newRow("rule to unknown action") << QByteArray("actions: [build-website]")
                                            << QByteArray("actions: [build-site]") << QStringLiteral("build-site");
    QTest::newRow("tab in indentation") << QByteArray("        help: {fr") << QByteArray("\thelp: {fr") << QString();
    QTest::newRow("unclosed inline list")
        << QByteArray("actions: [build-website]") << QByteArray("actions: [build-website") << QStringLiteral("[");
}

void TestCli::validateBrokenQuestionnaire()
{
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int line = 0;
    const QByteArray broken = replaced(tinyQuestionnaire, find, replace, &line);
    QVERIFY(!broken.isEmpty());
    QVERIFY(writeContent(dir.path(), broken));

    const CliRun run = runCli({QStringLiteral("validate"), dir.path()});
    CHECK_EXIT(run, 1);
    const QString file = dir.filePath(QStringLiteral("tiny.yaml"));
    const QString expected = QStringLiteral("%1:%2:COL: error: ...%3...").arg(file).arg(line).arg(mentions);
    QVERIFY2(hasDiagnostic(run.err, file, line, mentions),
             qPrintable(QStringLiteral("expected %1, got:\n%2").arg(expected, run.err)));
    QVERIFY2(!run.out.startsWith(QStringLiteral("ok:")), qPrintable(run.out));
}

void TestCli::strictTurnsWarningsIntoErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::newRow("questionnaire title without English")
        << QStringLiteral("tiny.yaml") << QByteArray("title: {fr: \"Petit thème\", en: \"Tiny theme\"}")
        << QByteArray("title: {fr: \"Petit thème\"}");
    QTest::newRow("question help without English")
        << QStringLiteral("tiny.yaml") << QByteArray("help: {fr: \"Pour être trouvé.\", en: \"To be found.\"}")
        << QByteArray("help: {fr: \"Pour être trouvé.\"}");
    QTest::newRow("action without English")
        << QStringLiteral("actions.yaml") << QByteArray("text: {fr: \"Créer un site.\", en: \"Build a website.\"}")
        << QByteArray("text: {fr: \"Créer un site.\"}");
    QTest::newRow("chapter title without English")
        << QStringLiteral("chapters.yaml") << QByteArray("title: {fr: \"Les sites\", en: \"Websites\"}")
        << QByteArray("title: {fr: \"Les sites\"}");
    QTest::newRow("use case description without French")
        << QStringLiteral("use-cases.yaml") << QByteArray("description: {fr: \"Une page.\", en: \"One page.\"}")
        << QByteArray("description: {en: \"One page.\"}");
}

void TestCli::strictTurnsWarningsIntoErrors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeContent(dir.path()));
    const QString path = dir.filePath(file);
    int line = 0;
    const QByteArray changed = replaced(readFile(path), find, replace, &line);
    QVERIFY(!changed.isEmpty());
    QVERIFY(writeFile(path, changed));

    const CliRun lenient = runCli({QStringLiteral("validate"), dir.path()});
    CHECK_EXIT(lenient, 0);
    QVERIFY2(hasDiagnostic(lenient.err, path, line, {}, QStringLiteral("warning")), qPrintable(lenient.err));
    QVERIFY2(!lenient.err.contains(QStringLiteral(": error: ")), qPrintable(lenient.err));
    QVERIFY2(lenient.out.startsWith(QStringLiteral("ok:")) && lenient.out.contains(QStringLiteral("1 warning(s)")),
             qPrintable(lenient.out));

    const CliRun strict = runCli({QStringLiteral("validate"), QStringLiteral("--strict"), dir.path()});
    CHECK_EXIT(strict, 1);
    QVERIFY2(hasDiagnostic(strict.err, path, line), qPrintable(strict.err));
    QVERIFY2(!strict.out.startsWith(QStringLiteral("ok:")), qPrintable(strict.out));
}

void TestCli::validateFilesTakesMissingCataloguesFromContentInUse()
{
    QTemporaryDir content;
    QVERIFY(content.isValid());
    QVERIFY(writeContent(content.path()));
    const QString questionnaire = content.filePath(QStringLiteral("tiny.yaml"));
    const int actionsLine = lineOf(tinyQuestionnaire, "actions: [build-website]");
    QVERIFY(actionsLine > 0);

    // The built-in catalogues have no 'build-website' action: the questionnaire alone is refused there…
    const CliRun builtin = runCli({QStringLiteral("validate"), questionnaire});
    CHECK_EXIT(builtin, 1);
    QVERIFY2(hasDiagnostic(builtin.err, questionnaire, actionsLine, QStringLiteral("build-website")),
             qPrintable(builtin.err));

    // …and accepted against the content folder that has it.
    const CliRun own =
        runCli({QStringLiteral("--questionnaires"), content.path(), QStringLiteral("validate"), questionnaire});
    CHECK_EXIT(own, 0);
    QVERIFY2(own.out.startsWith(QStringLiteral("ok: 1 questionnaire(s)")), qPrintable(own.out));

    // A kind of catalogue given among the files is used instead of the content folder's.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString actions = other.filePath(QStringLiteral("actions.yaml"));
    QVERIFY(writeFile(actions, replaced(tinyActions, "id: build-website", "id: other-action")));
    const CliRun mixed = runCli(
        {QStringLiteral("--questionnaires"), content.path(), QStringLiteral("validate"), questionnaire, actions});
    CHECK_EXIT(mixed, 1);
    QVERIFY2(hasDiagnostic(mixed.err, questionnaire, actionsLine, QStringLiteral("build-website")),
             qPrintable(mixed.err));
    QVERIFY2(!mixed.err.contains(QStringLiteral("simple-site")), qPrintable(mixed.err)); // use cases: the folder's
}

void TestCli::validateMissingPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nothing-here.yaml"));
    const CliRun run = runCli({QStringLiteral("validate"), missing});
    CHECK_EXIT(run, 1);
    QVERIFY2(hasDiagnostic(run.err, missing), qPrintable(run.err));

    const CliRun empty = runCli({QStringLiteral("validate"), dir.path()});
    CHECK_EXIT(empty, 1);
    QVERIFY2(hasDiagnostic(empty.err, dir.path()), qPrintable(empty.err));
}

void TestCli::questionnairesOption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeContent(dir.path()));
    const QString assessment = dir.filePath(QStringLiteral("atelier.phare"));
    QVERIFY(writeFile(assessment, tinyAssessment));
    const QStringList use = {QStringLiteral("--questionnaires"), dir.path()};

    const CliRun list = runCli(use + QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                                 QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(list, 0);
    PARSE_JSON(listed, list.out);
    const QJsonObject expected{
        {QStringLiteral("questionnaires"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("tiny")},
                                {QStringLiteral("version"), 3},
                                {QStringLiteral("title"), QStringLiteral("Tiny theme")},
                                {QStringLiteral("dimensions"), 1},
                                {QStringLiteral("questions"), 1}}}},
        {QStringLiteral("actions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("build-website")},
                                {QStringLiteral("text"), QStringLiteral("Build a website.")}}}},
        {QStringLiteral("chapters"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("websites")},
                                                            {QStringLiteral("title"), QStringLiteral("Websites")}}}},
        {QStringLiteral("useCases"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("simple-site")},
                         {QStringLiteral("title"), QStringLiteral("A simple website")},
                         {QStringLiteral("sectors"), QJsonArray{QStringLiteral("retail"), QStringLiteral("craft")}}}}}};
    QCOMPARE(listed.toObject(), expected);

    // With no path, validate checks the folder in use.
    const CliRun validate = runCli(use + QStringList{QStringLiteral("validate"), QStringLiteral("--strict")});
    CHECK_EXIT(validate, 0);
    QVERIFY2(validate.out.startsWith(QStringLiteral("ok: 1 questionnaire(s), 1 chapter(s), 1 use case(s)")),
             qPrintable(validate.out));

    // Scored against the tiny questionnaire: "partially" is half the score.
    const CliRun score = runCli(
        use + QStringList{QStringLiteral("score"), assessment, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(score, 0);
    PARSE_JSON(scored, score.out);
    const QJsonObject result = scored.toObject();
    QCOMPARE(result.value(u"overall").toDouble(-1), 50.0);
    QCOMPARE(result.value(u"themes").toArray().size(), 1);
    QCOMPARE(result.value(u"themes")[0][u"id"].toString(), QStringLiteral("tiny"));

    // The rule fires its action, raised to high stakes by the rule, for now; with its chapter and use case.
    const CliRun recommend = runCli(
        use + QStringList{QStringLiteral("recommend"), assessment, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(recommend, 0);
    PARSE_JSON(recommended, recommend.out);
    const QJsonObject rec = recommended.toObject();
    QCOMPARE(rec.value(u"chapters").toArray().size(), 1);
    QCOMPARE(rec.value(u"chapters")[0][u"id"].toString(), QStringLiteral("websites"));
    QCOMPARE(rec.value(u"useCases").toArray().size(), 1);
    QCOMPARE(rec.value(u"useCases")[0][u"id"].toString(), QStringLiteral("simple-site"));
    const QJsonArray plan = rec.value(u"plan").toArray();
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan[0][u"id"].toString(), QStringLiteral("build-website"));
    QCOMPARE(plan[0][u"horizon"].toString(), QStringLiteral("now"));
    QCOMPARE(plan[0][u"rank"].toInt(), 1);
    QCOMPARE(plan[0][u"rules"].toArray(), QJsonArray{QStringLiteral("get-a-website")});
    QCOMPARE(plan[0][u"text"].toString(), QStringLiteral("Build a website."));
    QCOMPARE(plan[0][u"firstStep"].toString(), QStringLiteral("Book the domain name."));
    // 0.45 × 75 (high) + 0.30 × 50 (gap: "partially" scores 50) + 0.15 × 75 (8 h) + 0 = 33.75 + 15 + 11.25 = 60.
    const QJsonObject parts = plan[0][u"rankParts"].toObject();
    QCOMPARE(parts.value(u"impact").toString(), QStringLiteral("high"));
    QCOMPARE(parts.value(u"gap").toDouble(), 50.0);
    QCOMPARE(parts.value(u"quickness").toDouble(), 75.0);
    QCOMPARE(parts.value(u"score").toDouble(), 60.0);
    QVERIFY(parts.value(u"explanation").toString().startsWith(QStringLiteral("Rank 1, 60 out of 100")));
    QCOMPARE(rec.value(u"otherPossibilities")[u"count"].toInt(), 0);
    // No profile in this content: nothing is missing.
    QCOMPARE(rec.value(u"profileMissing").toBool(true), false);
}

void TestCli::questionnairesOptionWithBrokenFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int line = 0;
    QVERIFY(writeContent(dir.path(), replaced(tinyQuestionnaire, "type: yes-no", "type: yes-maybe", &line)));
    const QString file = dir.filePath(QStringLiteral("tiny.yaml"));
    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("list")}) {
        const CliRun run = runCli({QStringLiteral("--questionnaires"), dir.path(), command});
        CHECK_EXIT(run, 1);
        QVERIFY2(hasDiagnostic(run.err, file, line), qPrintable(run.err));
    }
    const QString missing = dir.filePath(QStringLiteral("missing"));
    const CliRun run = runCli({QStringLiteral("--questionnaires"), missing, QStringLiteral("list")});
    CHECK_EXIT(run, 1);
    QVERIFY2(hasDiagnostic(run.err, missing), qPrintable(run.err));
}

void TestCli::listJsonMatchesContent_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestCli::listJsonMatchesContent()
{
    QFETCH(QString, language);
    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--lang"), language});
    CHECK_EXIT(run, 0);
    PARSE_JSON(doc, run.out);
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.toObject();
    QCOMPARE(keysOf(root), setOf({"questionnaires", "profile", "actions", "chapters", "useCases"}));
    const Content &c = m_builtin.value();
    QCOMPARE(root.value(u"profile")[u"id"].toString(), c.profile()->id);
    QCOMPARE(root.value(u"profile")[u"title"].toString(), c.profile()->title.text(language));
    QCOMPARE(root.value(u"profile")[u"questions"].toInt(), c.profile()->questionCount());
    const QJsonArray actions = root.value(u"actions").toArray();
    QCOMPARE(actions.size(), c.actions.size());
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QCOMPARE(actions[i][u"id"].toString(), c.actions[i].id);
        QCOMPARE(actions[i][u"text"].toString(), c.actions[i].text.text(language));
    }

    // The themes, without the profile (the content lists it first).
    QList<const Questionnaire *> themes;
    for (const Questionnaire &q : c.questionnaires) {
        if (!q.profile)
            themes.append(&q);
    }
    const QJsonArray questionnaires = root.value(u"questionnaires").toArray();
    QCOMPARE(questionnaires.size(), themes.size());
    for (qsizetype i = 0; i < questionnaires.size(); ++i) {
        const QJsonObject o = questionnaires[i].toObject();
        const Questionnaire &q = *themes[i];
        QCOMPARE(keysOf(o), setOf({"id", "version", "title", "dimensions", "questions"}));
        QVERIFY(o.value(u"id").isString() && o.value(u"title").isString() && o.value(u"version").isDouble() &&
                o.value(u"dimensions").isDouble() && o.value(u"questions").isDouble());
        QCOMPARE(o.value(u"id").toString(), q.id);
        QCOMPARE(o.value(u"version").toInt(), q.version);
        QCOMPARE(o.value(u"title").toString(), q.title.text(language));
        QCOMPARE(o.value(u"dimensions").toInt(), q.dimensions.size());
        qsizetype questions = 0;
        for (const Dimension &d : q.dimensions)
            questions += d.questions.size();
        QCOMPARE(o.value(u"questions").toInt(), questions);
    }

    const QJsonArray chapters = root.value(u"chapters").toArray();
    QCOMPARE(chapters.size(), c.chapters.size());
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const QJsonObject o = chapters[i].toObject();
        QCOMPARE(keysOf(o), setOf({"id", "title"}));
        QCOMPARE(o.value(u"id").toString(), c.chapters[i].id);
        QCOMPARE(o.value(u"title").toString(), c.chapters[i].title.text(language));
    }

    const QJsonArray useCases = root.value(u"useCases").toArray();
    QCOMPARE(useCases.size(), c.useCases.size());
    for (qsizetype i = 0; i < useCases.size(); ++i) {
        const QJsonObject o = useCases[i].toObject();
        QCOMPARE(keysOf(o), setOf({"id", "title", "sectors"}));
        QCOMPARE(o.value(u"id").toString(), c.useCases[i].id);
        QCOMPARE(o.value(u"title").toString(), c.useCases[i].title.text(language));
        QVERIFY(o.value(u"sectors").isArray());
        QStringList sectors;
        for (const QJsonValue s : o.value(u"sectors").toArray())
            sectors.append(s.toString());
        QCOMPARE(sectors, c.useCases[i].sectors);
    }
}

void TestCli::listLanguages()
{
    const QJsonObject fr = listJson(QStringLiteral("fr"));
    const QJsonObject en = listJson(QStringLiteral("en"));
    QVERIFY(!fr.isEmpty() && !en.isEmpty());
    const QJsonArray frThemes = fr.value(u"questionnaires").toArray();
    const QJsonArray enThemes = en.value(u"questionnaires").toArray();
    QCOMPARE(frThemes.size(), enThemes.size());
    int differing = 0;
    for (qsizetype i = 0; i < frThemes.size(); ++i) {
        QCOMPARE(frThemes[i][u"id"], enThemes[i][u"id"]);
        differing += frThemes[i][u"title"] != enThemes[i][u"title"];
    }
    QVERIFY2(differing > 0, "list --lang fr and --lang en give the same questionnaire titles");

    const CliRun frText = runCli({QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("fr")});
    const CliRun enText = runCli({QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(frText, 0);
    CHECK_EXIT(enText, 0);
    for (const QJsonValue q : frThemes)
        QVERIFY2(frText.out.contains(q[u"title"].toString()), qPrintable(q[u"title"].toString()));
    for (const QJsonValue q : enThemes)
        QVERIFY2(enText.out.contains(q[u"title"].toString()), qPrintable(q[u"title"].toString()));
    QVERIFY(frText.out != enText.out);

    // In C.UTF-8 and with no --lang, the list is in English.
    const CliRun byDefault = runCli({QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_EXIT(byDefault, 0);
    QCOMPARE(QJsonDocument::fromJson(byDefault.out.toUtf8()).object(), en);
}

// Scores are numbers from 0 to 100, the theme's is the weighted mean of its dimensions', and the overall score
// the mean of the themes' (docs/questionnaire-format.md).
void TestCli::checkScoreJson(const QJsonObject &result, const QString &path)
{
    QCOMPARE(result.value(u"file").toString(), path);
    const QJsonObject file = QJsonDocument::fromJson(readFile(path)).object();
    QCOMPARE(result.value(u"company").toString(), file.value(u"company")[u"name"].toString());

    const QJsonArray themes = result.value(u"themes").toArray();
    QVERIFY(!themes.isEmpty());
    const QStringList answered = file.value(u"questionnaires").toObject().keys();
    for (const QString &id : answered) {
        // The business profile is answered but never scored: it has no result of its own.
        const Questionnaire *q = m_builtin->questionnaire(id);
        if (!q || q->profile)
            continue;
        QVERIFY2(std::any_of(themes.begin(), themes.end(), [&](const QJsonValue &t) { return t[u"id"] == id; }),
                 qPrintable(QStringLiteral("theme %1 answered in the file has no result").arg(id)));
    }
    double themeSum = 0;
    int assessedThemes = 0;
    for (const QJsonValue themeValue : themes) {
        const QJsonObject theme = themeValue.toObject();
        const Questionnaire *q = m_builtin->questionnaire(theme.value(u"id").toString());
        QVERIFY2(q, qPrintable(theme.value(u"id").toString()));
        if (theme.value(u"score").isNull())
            continue;
        QVERIFY(theme.value(u"score").isDouble());
        const double score = theme.value(u"score").toDouble();
        QVERIFY2(score >= 0 && score <= 100, qPrintable(QString::number(score)));
        QVERIFY(!theme.value(u"level").toString().isEmpty());
        double weighted = 0;
        double weights = 0;
        for (const QJsonValue d : theme.value(u"dimensions").toArray()) {
            if (d[u"score"].isNull())
                continue;
            const double dimensionScore = d[u"score"].toDouble(-1);
            QVERIFY2(dimensionScore >= 0 && dimensionScore <= 100, qPrintable(d[u"id"].toString()));
            const Dimension *dimension = q->dimension(d[u"id"].toString());
            QVERIFY2(dimension, qPrintable(d[u"id"].toString()));
            weighted += dimension->weight * dimensionScore;
            weights += dimension->weight;
        }
        QVERIFY(weights > 0);
        QVERIFY2(std::abs(score - weighted / weights) < 1e-6,
                 qPrintable(QStringLiteral("theme %1: %2 is not the weighted mean %3 of its dimensions")
                                .arg(q->id)
                                .arg(score)
                                .arg(weighted / weights)));
        themeSum += score;
        ++assessedThemes;
    }
    QVERIFY2(assessedThemes > 0, "the example has no assessed theme");
    QVERIFY(result.value(u"overall").isDouble());
    const double overall = result.value(u"overall").toDouble();
    QVERIFY(overall >= 0 && overall <= 100);
    QVERIFY2(
        std::abs(overall - themeSum / assessedThemes) < 1e-6,
        qPrintable(
            QStringLiteral("overall %1 is not the mean %2 of the themes").arg(overall).arg(themeSum / assessedThemes)));
    QVERIFY(!result.value(u"level").toString().isEmpty());
}

void TestCli::scoreJson_data()
{
    addExampleRows();
}

void TestCli::scoreJson()
{
    QFETCH(QString, path);
    const CliRun run = runCli({QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(run, 0);
    PARSE_JSON(doc, run.out);
    QVERIFY2(doc.isObject(), "one file gives one JSON object");
    checkScoreJson(doc.toObject(), path);
}

void TestCli::scoreCsv_data()
{
    addExampleRows();
}

void TestCli::scoreCsv()
{
    QFETCH(QString, path);
    const QStringList lang = {QStringLiteral("--lang"), QStringLiteral("en")};
    const CliRun json =
        runCli(QStringList{QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")} + lang);
    CHECK_EXIT(json, 0);
    PARSE_JSON(doc, json.out);
    const QJsonObject result = doc.toObject();
    const CliRun run =
        runCli(QStringList{QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("csv")} + lang);
    CHECK_EXIT(run, 0);
    QString csvError;
    const QList<QStringList> records = parseCsv(run.out, &csvError);
    QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
    QVERIFY(!records.isEmpty());
    // A workshop adds three columns (respondent, lowest, highest) and each respondent's rows after the agreed ones.
    const QJsonArray respondents = result.value(u"workshop").toObject().value(u"respondents").toArray();
    const qsizetype columns = respondents.isEmpty() ? 8 : 11;
    QCOMPARE(records.first(), QStringLiteral("file,theme,dimension,title,score,level,answered,questions%1")
                                  .arg(respondents.isEmpty() ? QString() : QStringLiteral(",respondent,lowest,highest"))
                                  .split(u','));

    // The rows expected, in order: overall, then each theme followed by its dimensions.
    struct Expected
    {
        QString theme, dimension, title, level;
        QJsonValue score, answered, questions;
    };
    QList<Expected> expected = {{QString(), QString(), QStringLiteral("Overall"), result.value(u"level").toString(),
                                 result.value(u"overall"), QJsonValue(QJsonValue::Undefined),
                                 QJsonValue(QJsonValue::Undefined)}};
    for (const QJsonValue t : result.value(u"themes").toArray()) {
        expected.append({t[u"id"].toString(), QString(), t[u"title"].toString(), t[u"level"].toString(), t[u"score"],
                         t[u"answered"], t[u"questions"]});
        for (const QJsonValue d : t[u"dimensions"].toArray()) {
            expected.append({t[u"id"].toString(), d[u"id"].toString(), d[u"title"].toString(), d[u"level"].toString(),
                             d[u"score"], d[u"answered"], d[u"questions"]});
        }
    }
    QCOMPARE(records.size() - 1, expected.size() * (1 + respondents.size()));
    for (qsizetype i = expected.size(); i < records.size() - 1; ++i) { // the respondents' rows, each in turn
        const QStringList &row = records[i + 1];
        QVERIFY2(row.size() == columns, qPrintable(row.join(QLatin1Char(','))));
        QCOMPARE(row[8], respondents[i / expected.size() - 1][u"id"].toString());
        QCOMPARE(row[1], expected[i % expected.size()].theme);
        QCOMPARE(row[2], expected[i % expected.size()].dimension);
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList &row = records[i + 1];
        const Expected &e = expected[i];
        const QString where = QStringLiteral("row %1: %2").arg(i + 2).arg(row.join(QLatin1Char(',')));
        QVERIFY2(row.size() == columns, qPrintable(where));
        if (columns == 11)
            QVERIFY2(row[8].isEmpty(), qPrintable(where)); // the agreed scores: no respondent
        QCOMPARE(row[0], path);
        QCOMPARE(row[1], e.theme);
        QCOMPARE(row[2], e.dimension);
        QCOMPARE(row[3], e.title);
        if (e.score.isNull()) {
            QVERIFY2(row[4].isEmpty(), qPrintable(where));
        } else {
            bool ok = false;
            const double score = row[4].toDouble(&ok);
            QVERIFY2(ok && std::abs(score - e.score.toDouble()) <= 0.05, qPrintable(where));
        }
        QCOMPARE(row[5], e.level);
        QCOMPARE(row[6], e.answered.isUndefined() ? QString() : QString::number(e.answered.toInt()));
        QCOMPARE(row[7], e.questions.isUndefined() ? QString() : QString::number(e.questions.toInt()));
    }
}

void TestCli::scoreText_data()
{
    addExampleRows();
}

void TestCli::scoreText()
{
    QFETCH(QString, path);
    const QStringList lang = {QStringLiteral("--lang"), QStringLiteral("en")};
    const CliRun json =
        runCli(QStringList{QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")} + lang);
    CHECK_EXIT(json, 0);
    PARSE_JSON(doc, json.out);
    const QJsonObject result = doc.toObject();
    const CliRun run = runCli(QStringList{QStringLiteral("score"), path} + lang);
    CHECK_EXIT(run, 0);
    QVERIFY2(run.out.startsWith(result.value(u"company").toString()), qPrintable(run.out));
    const QString overall = QStringLiteral("\nOverall score: %1/100 (%2)\n")
                                .arg(qRound(result.value(u"overall").toDouble()))
                                .arg(result.value(u"level").toString());
    QVERIFY2(run.out.contains(overall), qPrintable(overall + QStringLiteral(" not in:\n") + run.out));
    for (const QJsonValue t : result.value(u"themes").toArray()) {
        if (t[u"score"].isNull())
            continue;
        const QString line = QStringLiteral("\n%1: %2/100 (%3)")
                                 .arg(t[u"title"].toString())
                                 .arg(qRound(t[u"score"].toDouble()))
                                 .arg(t[u"level"].toString());
        QVERIFY2(run.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + run.out));
    }

    // Without --lang, the assessment's own language is used.
    const QString language = QJsonDocument::fromJson(readFile(path)).object().value(u"language").toString();
    if (language == u"fr") {
        const CliRun own = runCli({QStringLiteral("score"), path});
        CHECK_EXIT(own, 0);
        QVERIFY2(own.out.contains(QStringLiteral("Score global")), qPrintable(own.out));
    }
}

void TestCli::scoreSeveralFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = QDir(examplesDir()).absoluteFilePath(QStringLiteral("boulangerie-marseille.phare"));
    const QString second = dir.filePath(QStringLiteral("atelier.phare"));
    QVERIFY(writeFile(second, smallAssessment));

    const CliRun json =
        runCli({QStringLiteral("score"), first, second, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(json, 0);
    PARSE_JSON(doc, json.out);
    QVERIFY2(doc.isArray(), "several files give a JSON array");
    const QJsonArray results = doc.toArray();
    QCOMPARE(results.size(), 2);
    checkScoreJson(results[0].toObject(), first);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(results[1][u"file"].toString(), second);
    QCOMPARE(results[1][u"company"].toString(), QStringLiteral("Atelier Test"));

    const CliRun text = runCli({QStringLiteral("score"), first, second});
    CHECK_EXIT(text, 0);
    const qsizetype firstAt = text.out.indexOf(QStringLiteral("== %1 ==\n").arg(first));
    const qsizetype secondAt = text.out.indexOf(QStringLiteral("== %1 ==\n").arg(second));
    QVERIFY2(firstAt >= 0 && secondAt > firstAt, qPrintable(text.out));

    const CliRun csv =
        runCli({QStringLiteral("score"), first, second, QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_EXIT(csv, 0);
    QString csvError;
    const QList<QStringList> records = parseCsv(csv.out, &csvError);
    QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
    QVERIFY(records.size() > 2);
    QCOMPARE(records.first().first(), QStringLiteral("file"));
    QSet<QString> files;
    for (qsizetype i = 1; i < records.size(); ++i)
        files.insert(records[i].value(0));
    QCOMPARE(files, (QSet<QString>{first, second}));
}

void TestCli::scoreBrokenFileAmongGood_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestCli::scoreBrokenFileAmongGood()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("broken.phare"));
    const QString good = dir.filePath(QStringLiteral("atelier.phare"));
    QVERIFY(writeFile(bad, QByteArray(smallAssessment).left(120)));
    QVERIFY(writeFile(good, smallAssessment));

    const CliRun run = runCli({QStringLiteral("score"), bad, good, QStringLiteral("--format"), format});
    CHECK_EXIT(run, 1);
    QVERIFY2(hasDiagnostic(run.err, bad), qPrintable(run.err));
    QVERIFY2(diagnosticsFor(run.err, good).isEmpty(), qPrintable(run.err));
    if (format == u"json") {
        PARSE_JSON(doc, run.out);
        QVERIFY2(doc.isArray(), qPrintable(run.out));
        QCOMPARE(doc.toArray().size(), 1);
        QCOMPARE(doc.toArray()[0][u"file"].toString(), good);
        QVERIFY(doc.toArray()[0][u"overall"].isDouble());
    } else if (format == u"csv") {
        QString csvError;
        const QList<QStringList> records = parseCsv(run.out, &csvError);
        QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
        QVERIFY(records.size() > 1);
        for (qsizetype i = 1; i < records.size(); ++i)
            QCOMPARE(records[i].value(0), good);
    } else {
        QVERIFY2(run.out.contains(QStringLiteral("== %1 ==\n").arg(good)), qPrintable(run.out));
        QVERIFY2(!run.out.contains(bad), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Atelier Test")), qPrintable(run.out));
    }
}

void TestCli::brokenAssessmentIsRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("line"); // 0: any line
    QTest::addColumn<QString>("mentions");
    const QByteArray base = smallAssessment;
    int line = 0;
    QTest::newRow("empty") << QByteArray() << 1 << QString();
    QTest::newRow("YAML, not JSON") << QByteArray(tinyQuestionnaire) << 1 << QString();
    QTest::newRow("JSON array") << QByteArray("[]\n") << 1 << QString();
    QTest::newRow("truncated") << base.left(base.indexOf("\"questionnaires\"") + 20) << 0 << QString();
    QByteArray b = replaced(base, "\"formatVersion\": 1", "\"formatVersion\": 3", &line);
    QTest::newRow("newer format version") << b << line << QStringLiteral("newer");
    b = replaced(base, "\"format\": \"phare-assessment\"", "\"format\": \"spreadsheet\"", &line);
    QTest::newRow("other format") << b << line << QStringLiteral("format");
    b = replaced(base, "\"employees\": 3", "\"employees\": \"three\"", &line);
    QTest::newRow("employees not a number") << b << line << QStringLiteral("company.employees");
    b = replaced(base, "\"sector\": \"craft\"", "\"sector\": \"farming\"", &line);
    QTest::newRow("unknown sector") << b << line << QStringLiteral("farming");
    b = replaced(base, "{\"choice\": \"weekly\"}", "{\"choice\": 3}", &line);
    QTest::newRow("answer of the wrong type") << b << line << QStringLiteral("backup-frequency");
    b = replaced(base, "\"Atelier Test\"", "\"Caf\xe9\"", &line);
    QTest::newRow("not UTF-8") << b << line << QStringLiteral("UTF-8");
    b = replaced(base, "\"language\": \"en\",",
                 "\"language\": \"en\", \"extra\": " + QByteArray(100, '[') + QByteArray(100, ']') + ',', &line);
    QTest::newRow("nested too deeply") << b << line << QString();
    QTest::newRow("larger than 8 MiB") << base + QByteArray(qsizetype(9) * 1024 * 1024, ' ') << 0 << QString();
}

void TestCli::brokenAssessmentIsRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.phare"));
    QVERIFY(writeFile(path, contents));
    for (const QString &command : {QStringLiteral("score"), QStringLiteral("recommend")}) {
        const CliRun run = runCli({command, path});
        CHECK_EXIT(run, 1);
        QVERIFY2(hasDiagnostic(run.err, path, line, mentions), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }
}

void TestCli::scoreWithNoKnownTheme()
{
    // A valid file whose answers are all to a questionnaire the content does not have: kept, reported, not scored.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("atelier.phare"));
    QVERIFY(writeFile(path, tinyAssessment));
    const CliRun json = runCli({QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(json, 0);
    QVERIFY2(json.err.contains(path + QStringLiteral(": warning: ")) && json.err.contains(QStringLiteral("tiny")),
             qPrintable(json.err));
    PARSE_JSON(doc, json.out);
    QVERIFY(doc[u"overall"].isNull());

    const CliRun text = runCli({QStringLiteral("score"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(text, 0);
    const QString overallLine = text.out.section(QLatin1Char('\n'), 1, 1);
    QVERIFY2(overallLine.startsWith(QStringLiteral("Overall score: not assessed")), qPrintable(text.out));
    QVERIFY2(!overallLine.contains(QStringLiteral("()")), qPrintable(overallLine)); // no empty level
}

void TestCli::recommendText_data()
{
    addExampleRows();
}

void TestCli::recommendText()
{
    QFETCH(QString, path);
    const QStringList lang = {QStringLiteral("--lang"), QStringLiteral("en")};
    const CliRun json = runCli(
        QStringList{QStringLiteral("recommend"), path, QStringLiteral("--format"), QStringLiteral("json")} + lang);
    CHECK_EXIT(json, 0);
    PARSE_JSON(doc, json.out);
    const CliRun run = runCli(QStringList{QStringLiteral("recommend"), path} + lang);
    CHECK_EXIT(run, 0);
    const QString &out = run.out;
    QVERIFY2(out.startsWith(doc[u"company"].toString()), qPrintable(out));
    const qsizetype planAt = out.indexOf(QStringLiteral("\nAction plan:\n"));
    const qsizetype othersAt = out.indexOf(QStringLiteral("\nOther possibilities: "));
    const qsizetype chaptersAt = out.indexOf(QStringLiteral("\nWhite-paper chapters to read:\n"));
    const qsizetype useCasesAt = out.indexOf(QStringLiteral("\nUse cases for your firm:\n"));
    QVERIFY2(planAt > 0 && othersAt > planAt && chaptersAt > othersAt && useCasesAt > chaptersAt, qPrintable(out));

    // Every recommendation of the JSON output is in the text, in the same order and section.
    qsizetype at = planAt;
    for (const QJsonValue item : doc[u"plan"].toArray()) {
        at = out.indexOf(item[u"text"].toString(), at);
        QVERIFY2(at > 0 && at < othersAt, qPrintable(item[u"text"].toString()));
    }
    QVERIFY(out.mid(othersAt).startsWith(
        QStringLiteral("\nOther possibilities: %1\n").arg(doc[u"otherPossibilities"][u"count"].toInt())));
    at = othersAt;
    for (const QJsonValue item : doc[u"otherPossibilities"][u"actions"].toArray()) {
        at = out.indexOf(item[u"text"].toString(), at);
        QVERIFY2(at > 0 && at < chaptersAt, qPrintable(item[u"text"].toString()));
    }
    at = chaptersAt;
    for (const QJsonValue c : doc[u"chapters"].toArray()) {
        at = out.indexOf(c[u"title"].toString(), at);
        QVERIFY2(at > 0 && at < useCasesAt, qPrintable(c[u"title"].toString()));
    }
    at = useCasesAt;
    for (const QJsonValue u : doc[u"useCases"].toArray()) {
        at = out.indexOf(u[u"title"].toString(), at);
        QVERIFY2(at > 0, qPrintable(u[u"title"].toString()));
    }
}

void TestCli::recommendWithoutProfile()
{
    // A file saved before the business profile existed: every profile fact is unknown, advice that needs
    // one is not given, and the output says the profile is missing.
    const QString path = QStringLiteral(PHARE_TEST_DATA "/advice-cases/fromagerie-carpentras.phare");
    QVERIFY(!QJsonDocument::fromJson(readFile(path)).object().value(u"questionnaires")[u"profile"].isObject());
    const CliRun json = runCli({QStringLiteral("recommend"), path, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(json, 0);
    PARSE_JSON(doc, json.out);
    QCOMPARE(doc[u"profileMissing"].toBool(false), true);
    for (const QJsonValue item : doc[u"plan"].toArray())
        QVERIFY2(item[u"id"].toString() != u"cyber-incident-cleanup", "advice that needs the profile");
    const CliRun text = runCli({QStringLiteral("recommend"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Business profile missing: advice that depends on it is not given.")),
             qPrintable(text.out));
    const CliRun fr = runCli({QStringLiteral("recommend"), path, QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK_EXIT(fr, 0);
    QVERIFY2(fr.out.contains(QStringLiteral("Profil de l'entreprise manquant\u00a0: les conseils qui en dépendent ne "
                                            "sont pas proposés.")),
             qPrintable(fr.out));
}

void TestCli::recommendJson_data()
{
    addExampleRows();
}

void TestCli::recommendJson()
{
    QFETCH(QString, path);
    const QJsonObject list = listJson(QStringLiteral("en"));
    QVERIFY(!list.isEmpty());
    QHash<QString, QString> chapterTitles;
    for (const QJsonValue c : list.value(u"chapters").toArray())
        chapterTitles.insert(c[u"id"].toString(), c[u"title"].toString());
    QSet<QString> useCaseIds;
    for (const QJsonValue u : list.value(u"useCases").toArray())
        useCaseIds.insert(u[u"id"].toString());

    // The scores the reasons must quote.
    const CliRun score = runCli({QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(score, 0);
    PARSE_JSON(scored, score.out);
    QHash<QString, double> scores; // "theme/question" and "theme/dimension"
    for (const QJsonValue t : scored[u"themes"].toArray()) {
        for (const QJsonValue d : t[u"dimensions"].toArray()) {
            if (d[u"score"].isDouble())
                scores.insert(t[u"id"].toString() + u'/' + d[u"id"].toString(), d[u"score"].toDouble());
            for (const QJsonValue q : d[u"details"].toArray()) {
                if (q[u"score"].isDouble())
                    scores.insert(t[u"id"].toString() + u'/' + q[u"id"].toString(), q[u"score"].toDouble());
            }
        }
    }

    const CliRun run = runCli({QStringLiteral("recommend"), path, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(run, 0);
    PARSE_JSON(doc, run.out);
    QVERIFY(doc.isObject());
    const QJsonObject rec = doc.toObject();
    QCOMPARE(keysOf(rec), setOf({"company", "profileMissing", "referenceDate", "plan", "otherPossibilities", "chapters",
                                 "useCases", "weakestDimension", "upcomingEvents", "eventsFrom"}));
    QVERIFY(rec.value(u"chapters").isArray() && rec.value(u"useCases").isArray());
    // The examples have a business profile (an older file without one: recommendWithoutProfile).
    QCOMPARE(rec.value(u"profileMissing").toBool(true), false);

    auto checkReasons = [&](const QJsonValue &reasons, const QString &what) {
        QVERIFY2(reasons.isArray() && !reasons.toArray().isEmpty(), qPrintable(what + QStringLiteral(": no reason")));
        for (const QJsonValue r : reasons.toArray()) {
            QVERIFY2(!r[u"text"].toString().isEmpty(), qPrintable(what));
            const QString theme = r[u"theme"].toString();
            QVERIFY2(m_builtin->questionnaire(theme), qPrintable(what + QStringLiteral(": theme ") + theme));
            const QString about = r[u"question"].isString() ? r[u"question"].toString() : r[u"dimension"].toString();
            if (r[u"score"].isDouble() && !about.isEmpty()) {
                const QString key = theme + u'/' + about;
                QVERIFY2(scores.contains(key), qPrintable(what + QStringLiteral(": no score for ") + key));
                QCOMPARE(r[u"score"].toInt(), qRound(scores.value(key)));
            }
        }
    };

    // The plan: within the content's caps, by horizon, each action once, in rank order within its horizon, every
    // action with its id, text, first step, reasons and the parts of its rank, which add up to its score.
    const QJsonArray plan = rec.value(u"plan").toArray();
    const QStringList horizons = {QStringLiteral("now"), QStringLiteral("next"), QStringLiteral("later")};
    const int caps[] = {m_builtin->plan.now, m_builtin->plan.next, m_builtin->plan.later};
    int counts[] = {0, 0, 0};
    int previousHorizon = 0;
    int previousRank = 0;
    QSet<QString> planned;
    QSet<QString> plannedChapters;
    auto checkAction = [&](const QJsonValue &item, const QString &what) {
        const QString id = item[u"id"].toString();
        QVERIFY2(m_builtin->action(id), qPrintable(what + QStringLiteral(": unknown action ") + id));
        QVERIFY2(!planned.contains(id), qPrintable(what + QStringLiteral(": twice ") + id));
        planned.insert(id);
        QVERIFY(!item[u"text"].toString().isEmpty() && !item[u"firstStep"].toString().isEmpty());
        QVERIFY(!item[u"text"].toString().contains(u"{{"));
        const QJsonObject parts = item[u"rankParts"].toObject();
        const double sum = 0.45 * parts.value(u"impactPoints").toDouble() + 0.30 * parts.value(u"gap").toDouble() +
                           0.15 * parts.value(u"quickness").toDouble() + 0.10 * parts.value(u"urgency").toDouble();
        QVERIFY2(qAbs(sum - parts.value(u"score").toDouble()) < 0.11, qPrintable(what + QStringLiteral(" ") + id));
        QVERIFY2(
            parts.value(u"explanation").toString().startsWith(QStringLiteral("Rank %1, ").arg(item[u"rank"].toInt())),
            qPrintable(parts.value(u"explanation").toString()));
        checkReasons(item[u"reasons"], what + QStringLiteral(" ") + id);
    };
    for (const QJsonValue item : plan) {
        const int h = static_cast<int>(horizons.indexOf(item[u"horizon"].toString()));
        QVERIFY2(h >= 0, qPrintable(item[u"horizon"].toString()));
        QVERIFY(h >= previousHorizon);
        if (h == previousHorizon)
            QVERIFY(item[u"rank"].toInt() > previousRank);
        previousHorizon = h;
        previousRank = item[u"rank"].toInt();
        ++counts[h];
        checkAction(item, QStringLiteral("action"));
        if (QTest::currentTestFailed())
            return;
        for (const QJsonValue chapter : item[u"chapters"].toArray())
            plannedChapters.insert(chapter.toString());
    }
    for (int h = 0; h < 3; ++h)
        QVERIFY2(counts[h] <= caps[h], qPrintable(horizons[h]));
    const QJsonArray others = rec.value(u"otherPossibilities")[u"actions"].toArray();
    QCOMPARE(rec.value(u"otherPossibilities")[u"count"].toInt(), others.size());
    for (const QJsonValue item : others) {
        checkAction(item, QStringLiteral("other possibility"));
        if (QTest::currentTestFailed())
            return;
    }

    // Chapters and use cases: within their caps, known, each for actions of the plan.
    const QJsonArray chapters = rec.value(u"chapters").toArray();
    QVERIFY(chapters.size() <= m_builtin->plan.chapters);
    for (const QJsonValue c : chapters) {
        const QString id = c[u"id"].toString();
        QVERIFY2(chapterTitles.contains(id), qPrintable(QStringLiteral("chapter %1 is not in list --json").arg(id)));
        QCOMPARE(c[u"title"].toString(), chapterTitles.value(id));
        QVERIFY2(plannedChapters.contains(id), qPrintable(id));
        checkReasons(c[u"reasons"], QStringLiteral("chapter ") + id);
        if (QTest::currentTestFailed())
            return;
    }
    const QJsonArray useCases = rec.value(u"useCases").toArray();
    QVERIFY(useCases.size() <= m_builtin->plan.useCases);
    for (const QJsonValue u : useCases) {
        const QString id = u[u"id"].toString();
        QVERIFY2(useCaseIds.contains(id), qPrintable(QStringLiteral("use case %1 is not in list --json").arg(id)));
        for (const QJsonValue a : u[u"actions"].toArray())
            QVERIFY2(planned.contains(a.toString()), qPrintable(a.toString()));
    }
}

// The run of `phare-cli COMMAND FILE` for a corpus file, in this process; it must end within the 30 s the real
// program was given. `score` runs against the tiny content folder: the content plays no part in reading an
// assessment file. (The real program's runs in little memory are in realProgram().)
CliRun TestCli::corpusRun(const QString &command, const QString &path)
{
    QStringList args;
    if (command == u"score")
        args << QStringLiteral("--questionnaires") << m_tinyContent.path();
    QElapsedTimer timer;
    timer.start();
    CliRun run = runCli(args << command << path);
    if (timer.elapsed() > 30'000) {
        run.finished = false;
        run.problem = QStringLiteral("(took %1 ms)").arg(timer.elapsed());
    }
    return run;
}

void TestCli::validateRefusesCorpus_data()
{
    addCorpusRows();
}

void TestCli::validateRefusesCorpus()
{
    QFETCH(QString, path);
    const CliRun run = corpusRun(QStringLiteral("validate"), path);
    CHECK_EXIT(run, 1);
    QVERIFY2(hasDiagnostic(run.err, path), qPrintable(run.err));
}

void TestCli::scoreRefusesCorpus_data()
{
    addCorpusRows();
}

void TestCli::scoreRefusesCorpus()
{
    QFETCH(QString, path);
    const CliRun run = corpusRun(QStringLiteral("score"), path);
    CHECK_EXIT(run, 1);
    QVERIFY2(hasDiagnostic(run.err, path), qPrintable(run.err));
}

// docs/cli.md, "Language": the messages follow --lang, else the assessment's language, else the system's
// (English in C.UTF-8, where the tests run). A run leaves no translator behind for the next.
void TestCli::messagesInTheLanguageChosen_data()
{
    const QString tiny = m_tinyContent.path();
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // the start of stdout, or of stderr when it fails
    QTest::newRow("usage error, fr") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                    QStringLiteral("frobnicate")}
                                     << 2
                                     << QStringLiteral("phare-cli: commande inconnue «\u00a0frobnicate\u00a0»\n"
                                                       "Essayez «\u00a0phare-cli --help\u00a0».\n");
    QTest::newRow("usage error, system") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("phare-cli: unknown command 'frobnicate'\n"
                                                           "Try 'phare-cli --help'.\n");
    QTest::newRow("--lang=fr") << QStringList{QStringLiteral("--lang=fr"), QStringLiteral("list"), tiny} << 2
                               << QStringLiteral("phare-cli: list ne prend aucun fichier\n");
    QTest::newRow("validate, fr") << QStringList{QStringLiteral("--questionnaires"), tiny, QStringLiteral("validate"),
                                                 QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << 0 << QStringLiteral("ok\u00a0: 1 questionnaire(s), 1 chapitre(s)");
    QTest::newRow("validate, system") << QStringList{QStringLiteral("--questionnaires"), tiny,
                                                     QStringLiteral("validate")}
                                      << 0 << QStringLiteral("ok: 1 questionnaire(s), 1 chapter(s)");
    QTest::newRow("help, fr") << QStringList{QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")}
                              << 0 << QStringLiteral("Utilisation\u00a0: phare-cli");
}

void TestCli::messagesInTheLanguageChosen()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const CliRun run = runCli(args);
    CHECK_EXIT(run, exitCode);
    const QString &shown = exitCode == 0 ? run.out : run.err;
    QVERIFY2(shown.startsWith(expected), qPrintable(run.describe(exitCode)));
}

// The core's diagnostics follow --lang: "PATH:LINE:COL: erreur : …" in French words, as gcc says in a French locale.
void TestCli::diagnosticsInTheLanguageChosen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("says");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("erreur\u00a0")
                        << QStringLiteral("ne peut pas valoir «\u00a0yes-maybe\u00a0»\u00a0: choisissez parmi");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("error")
                        << QStringLiteral("cannot be 'yes-maybe': use one of");
}

void TestCli::diagnosticsInTheLanguageChosen()
{
    QFETCH(QString, language);
    QFETCH(QString, severity);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int line = 0;
    const QByteArray broken = replaced(tinyQuestionnaire, "type: yes-no", "type: yes-maybe", &line);
    QVERIFY(!broken.isEmpty());
    QVERIFY(writeContent(dir.path(), broken));

    const CliRun run = runCli({QStringLiteral("--lang"), language, QStringLiteral("validate"), dir.path()});
    CHECK_EXIT(run, 1);
    QVERIFY2(hasDiagnostic(run.err, dir.filePath(QStringLiteral("tiny.yaml")), line, says, severity),
             qPrintable(run.err));
}

// The few checks only the real program shows: its exit code, its standard streams, and that it refuses
// corpus files in little memory. Everything else runs in this process through Cli::run.
void TestCli::realProgram_data()
{
    const QString example = examplesDir() + QStringLiteral("/boulangerie-marseille.phare");
    const QString error = QStringLiteral(PHARE_TEST_DATA "/yaml-test-suite/error/236B.yaml");
    const QString valid = QStringLiteral(PHARE_TEST_DATA "/yaml-test-suite/valid/229Q.yaml");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // what stdout starts with
    QTest::addColumn<QString>("err"); // what stderr's first line mentions (nothing on stderr when empty)
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("phare-cli " PHARE_VERSION "\n") << QString();
    QTest::newRow("usage error") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                 << QStringLiteral("phare-cli: ");
    QTest::newRow("validate") << QStringList{QStringLiteral("validate")} << 0 << QStringLiteral("ok: ") << QString();
    QTest::newRow("score --format json") << QStringList{QStringLiteral("score"), example, QStringLiteral("--format"),
                                                        QStringLiteral("json")}
                                         << 0 << QStringLiteral("{") << QString();
    QTest::newRow("validate corpus error")
        << QStringList{QStringLiteral("validate"), error} << 1 << QString() << error + QStringLiteral(":");
    QTest::newRow("validate corpus valid")
        << QStringList{QStringLiteral("validate"), valid} << 1 << QString() << valid + QStringLiteral(":");
    QTest::newRow("score corpus error") << QStringList{QStringLiteral("--questionnaires"), m_tinyContent.path(),
                                                       QStringLiteral("score"), error}
                                        << 1 << QString() << error + QStringLiteral(":");
}

void TestCli::realProgram()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    Test::ProcessOptions options;
    options.timeout = 30s;
#ifdef Q_OS_LINUX
    options.addressSpaceLimit = addressSpaceLimit;
#endif
    const CliRun run = Test::runCliProcess(args, options);
    CHECK_EXIT(run, exitCode);
    QVERIFY2(run.out.startsWith(out), qPrintable(run.describe(exitCode)));
    if (out.isEmpty())
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    if (err.isEmpty())
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    else
        QVERIFY2(run.err.section(QLatin1Char('\n'), 0, 0).contains(err), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
