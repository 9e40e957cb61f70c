// Tests every documented cap on what Phare reads (docs/security.md): a file at a cap is read, one just
// above it is refused in plain words; hostile files are refused quickly; a save never writes a file
// that reading would refuse.
#include "assessment.h"
#include "contentloader.h"
#include "yamlparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Phare;

namespace {

// The size of a generated questionnaire; every part defaults to a small valid value.
struct Shape
{
    int dimensions = 1;
    int questions = 2; // in all, spread over the dimensions
    int options = 2;   // of each scale question
    int gridOptions = 2;
    int rows = 1; // of the grid question
    int levels = 1;
    int rules = 1;
    int conditions = 1; // in the 'any' of each rule
    int titleLength = 5;
};

QByteArray questionnaireYaml(const Shape &s)
{
    QByteArray y = "kind: questionnaire\nid: big\nversion: 1\ntitle: {fr: " + QByteArray(s.titleLength, 'G') +
                   ", en: Big}\nlevels:\n";
    for (int i = 0; i < s.levels; ++i) {
        const QByteArray max = i + 1 == s.levels ? "100" : QByteArray::number(i);
        y += "  - {id: l" + QByteArray::number(i) + ", max: " + max + ", name: {fr: N, en: N}}\n";
    }
    // The grid question comes first, in the first dimension.
    y += "dimensions:\n";
    int placed = 0;
    for (int d = 0; d < s.dimensions; ++d) {
        const int here = (s.questions - placed) / (s.dimensions - d);
        y += "  - id: d" + QByteArray::number(d) + "\n    title: {fr: D, en: D}\n    questions:\n";
        for (int k = 0; k < here; ++k, ++placed) {
            y += "      - id: q" + QByteArray::number(placed) +
                 "\n        text: {fr: Q, en: Q}\n        help: {fr: H, en: H}\n";
            y += placed == 0 ? "        type: grid\n        rows:\n" : "        type: scale\n";
            for (int r = 0; placed == 0 && r < s.rows; ++r)
                y += "          - {id: r" + QByteArray::number(r) + ", label: {fr: R, en: R}}\n";
            y += "        options:\n";
            for (int o = 0; o < (placed == 0 ? s.gridOptions : s.options); ++o)
                y += "          - {id: o" + QByteArray::number(o) +
                     ", label: {fr: O, en: O}, score: " + QByteArray::number(o) + "}\n";
        }
    }
    if (s.rules > 0)
        y += "rules:\n";
    for (int i = 0; i < s.rules; ++i) {
        y += "  - id: rule" + QByteArray::number(i) + "\n    actions: [a1]\n";
        y += "    when:\n      any:\n";
        for (int c = 0; c < s.conditions; ++c)
            y += "        - {question: q1, scoreBelow: " + QByteArray::number(c % 99 + 1) + "}\n";
    }
    return y;
}

QByteArray chaptersYaml(int chapters, int keyActions, const QByteArray &prefix = "c")
{
    QByteArray y = "kind: chapters\nchapters:\n";
    for (int i = 0; i < chapters; ++i) {
        y += "  - id: " + prefix + QByteArray::number(i + 1) + "\n    title: {fr: T, en: T}\n";
        y += "    summary: {fr: S, en: S}\n    keyActions:\n";
        for (int k = 0; k < keyActions; ++k)
            y += "      - {fr: K, en: K}\n";
    }
    return y;
}

Result<Content> loadQuestionnaire(const QByteArray &yaml)
{
    return ContentLoader::loadData(
        {{QStringLiteral("big.yaml"), yaml},
         {QStringLiteral("chapters.yaml"), chaptersYaml(1, 1)},
         {QStringLiteral("actions.yaml"), QByteArray("kind: actions\nactions:\n  - {id: a1, text: {fr: A, en: A}, "
                                                     "benefit: {fr: B, en: B}, firstStep: {fr: F, en: F}, impact: "
                                                     "high, effort: 1, cost: none, who: [owner], chapters: [c1]}\n")}});
}

QString errors(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            lines.append(d.toString());
    }
    return lines.mid(0, 5).join(QLatin1Char('\n'));
}

QJsonObject validAssessment()
{
    return QJsonDocument::fromJson(R"({
        "format": "phare-assessment", "formatVersion": 1,
        "company": {"name": "Boulangerie du Panier", "sector": "food", "employees": 6},
        "questionnaires": {"cybersecurity": {"version": 1, "answers": {"mfa": {"choice": "yes"}}}}
    })")
        .object();
}

// The valid assessment with one part set (a path of keys into the document).
QByteArray assessmentWith(const QStringList &path, const QJsonValue &value)
{
    const std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject o, qsizetype i) {
        if (i + 1 == path.size())
            o.insert(path[i], value);
        else
            o.insert(path[i], set(o.value(path[i]).toObject(), i + 1));
        return o;
    };
    return QJsonDocument(set(validAssessment(), 0)).toJson(QJsonDocument::Compact);
}

QJsonObject manyAnswers(int count)
{
    QJsonObject answers;
    for (int i = 0; i < count; ++i)
        answers.insert(QStringLiteral("q%1").arg(i), QJsonObject{{QStringLiteral("choice"), QStringLiteral("yes")}});
    return answers;
}

QJsonObject manyStrings(int count, const QString &prefix)
{
    QJsonObject o;
    for (int i = 0; i < count; ++i)
        o.insert(prefix + QString::number(i), QStringLiteral("yes"));
    return o;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void yamlCaps_data();
    void yamlCaps();
    void contentCaps_data();
    void contentCaps();
    void contentFilesCap();
    void assessmentCaps_data();
    void assessmentCaps();
    void assessmentErrorsAreCapped();
    void saveRefusesWhatReadingWouldRefuse();
    void hostileFilesAreRefusedQuickly_data();
    void hostileFilesAreRefusedQuickly();
};

void TestLimits::yamlCaps_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error"); // empty: read without a problem

    const YamlLimits limits;
    const auto padded = [](qsizetype size) {
        QByteArray y = "a: b\n";
        while (y.size() + 81 <= size)
            y += '#' + QByteArray(79, 'x') + '\n';
        y += '#' + QByteArray(size - y.size() - 1, 'x');
        return y;
    };
    const auto nested = [](int depth) {
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    };
    const auto entries = [](qsizetype count) { // the list itself and count - 1 items
        return '[' + QByteArray("1,").repeated(count - 2) + "1]";
    };

    // clang-format off
    QTest::newRow("size at the cap")        << padded(limits.maxBytes)      << QString();
    QTest::newRow("size above the cap")     << padded(limits.maxBytes + 1)  << QStringLiteral("the file is too large");
    QTest::newRow("depth at the cap")       << nested(limits.maxDepth)      << QString();
    QTest::newRow("depth above the cap")    << nested(limits.maxDepth + 1)  << QStringLiteral("nests lists and mappings too deeply");
    QTest::newRow("entries at the cap")     << entries(limits.maxNodes)     << QString();
    QTest::newRow("entries above the cap")  << entries(limits.maxNodes + 1) << QStringLiteral("too many entries");
    // clang-format on
}

void TestLimits::yamlCaps()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const Result<YamlNode> result = parseYaml(yaml, QStringLiteral("caps.yaml"));
    if (error.isEmpty()) {
        QVERIFY2(result.diagnostics().isEmpty(), qPrintable(errors(result.diagnostics())));
        QVERIFY(result.ok());
    } else {
        QVERIFY(hasErrors(result.diagnostics()));
        QVERIFY2(result.diagnostics().first().message.contains(error), qPrintable(errors(result.diagnostics())));
    }
}

void TestLimits::contentCaps_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");

    using L = ContentLimits;
    const auto q = [](auto change) {
        Shape s;
        change(s);
        return questionnaireYaml(s);
    };
    // clang-format off
    QTest::newRow("dimensions at the cap")   << q([](Shape &s) { s.dimensions = s.questions = L::maxDimensions; }) << QString();
    QTest::newRow("dimensions above the cap") << q([](Shape &s) { s.dimensions = s.questions = L::maxDimensions + 1; })
                                             << QStringLiteral("'dimensions' has too many items (51; at most 50)");
    QTest::newRow("questions at the cap")    << q([](Shape &s) { s.dimensions = 10; s.questions = L::maxQuestions; }) << QString();
    QTest::newRow("questions above the cap") << q([](Shape &s) { s.dimensions = 10; s.questions = L::maxQuestions + 1; })
                                             << QStringLiteral("the questionnaire has too many questions (at most 500)");
    QTest::newRow("options at the cap")      << q([](Shape &s) { s.options = L::maxOptions; }) << QString();
    QTest::newRow("options above the cap")   << q([](Shape &s) { s.options = L::maxOptions + 1; })
                                             << QStringLiteral("the options of the question 'q1' has too many items (501; at most 500)");
    QTest::newRow("grid options at the cap") << q([](Shape &s) { s.gridOptions = L::maxShownOptions; }) << QString();
    QTest::newRow("grid options above the cap") << q([](Shape &s) { s.gridOptions = L::maxShownOptions + 1; })
                                             << QStringLiteral("the options of the question 'q0' has too many items (51; at most 50)");
    QTest::newRow("grid rows at the cap")    << q([](Shape &s) { s.rows = L::maxRows; }) << QString();
    QTest::newRow("grid rows above the cap") << q([](Shape &s) { s.rows = L::maxRows + 1; })
                                             << QStringLiteral("the rows of the question 'q0' has too many items (51; at most 50)");
    QTest::newRow("levels at the cap")       << q([](Shape &s) { s.levels = L::maxLevels; }) << QString();
    QTest::newRow("levels above the cap")    << q([](Shape &s) { s.levels = L::maxLevels + 1; })
                                             << QStringLiteral("'levels' has too many items (21; at most 20)");
    QTest::newRow("rules at the cap")        << q([](Shape &s) { s.questions = 2; s.rules = L::maxRules; }) << QString();
    QTest::newRow("rules above the cap")     << q([](Shape &s) { s.questions = 2; s.rules = L::maxRules + 1; })
                                             << QStringLiteral("'rules' has too many items (1001; at most 1000)");
    QTest::newRow("conditions at the cap")   << q([](Shape &s) { s.questions = 2; s.conditions = L::maxListItems; }) << QString();
    QTest::newRow("conditions above the cap") << q([](Shape &s) { s.questions = 2; s.conditions = L::maxListItems + 1; })
                                             << QStringLiteral("'any' in the condition of the rule 'rule0' has too many items (101; at most 100)");
    QTest::newRow("text at the cap")         << q([](Shape &s) { s.titleLength = L::maxTextLength; }) << QString();
    QTest::newRow("text above the cap")      << q([](Shape &s) { s.titleLength = L::maxTextLength + 1; })
                                             << QStringLiteral("the French text of the title of the questionnaire is too long (10001 characters; at most 10000)");
    const QByteArray id128(ContentLimits::maxIdLength, 'i');
    QTest::newRow("id at the cap")           << q([](Shape &) {}).replace("id: big", "id: " + id128) << QString();
    QTest::newRow("id above the cap")        << q([](Shape &) {}).replace("id: big", "id: " + id128 + 'i')
                                             << QStringLiteral("the questionnaire id is too long (129 characters; an id has at most 128)");
    QTest::newRow("chapters at the cap")     << chaptersYaml(L::maxEntries, 1) << QString();
    QTest::newRow("chapters above the cap")  << chaptersYaml(L::maxEntries + 1, 1)
                                             << QStringLiteral("'chapters' has too many items (1001; at most 1000)");
    QTest::newRow("list items at the cap")   << chaptersYaml(1, L::maxListItems) << QString();
    QTest::newRow("list items above the cap") << chaptersYaml(1, L::maxListItems + 1)
                                             << QStringLiteral("the keyActions of the chapter 'c1' has too many items (101; at most 100)");
    // clang-format on
}

void TestLimits::contentCaps()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const bool chapters = yaml.startsWith("kind: chapters");
    const Result<Content> result =
        chapters ? ContentLoader::loadData({{QStringLiteral("big.yaml"), yaml}}) : loadQuestionnaire(yaml);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(errors(result.diagnostics())));
        QCOMPARE(result->questionnaires.size() + result->chapters.size() > 0, true);
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(std::any_of(result.diagnostics().cbegin(), result.diagnostics().cend(),
                             [&](const Diagnostic &d) { return d.message == error && d.line > 0; }),
                 qPrintable(errors(result.diagnostics())));
    }
}

void TestLimits::contentFilesCap()
{
    QList<ContentSource> sources;
    for (int i = 0; i < ContentLimits::maxFiles; ++i)
        sources.append({QStringLiteral("c%1.yaml").arg(i), chaptersYaml(1, 1, "file" + QByteArray::number(i) + "-")});
    const Result<Content> atCap = ContentLoader::loadData(sources);
    QVERIFY2(atCap.ok(), qPrintable(errors(atCap.diagnostics())));
    QCOMPARE(atCap->chapters.size(), ContentLimits::maxFiles);

    sources.append({QStringLiteral("one-more.yaml"), chaptersYaml(1, 1, "one-more-")});
    const Result<Content> above = ContentLoader::loadData(sources);
    QVERIFY(!above.ok());
    QCOMPARE(above.diagnostics().first().message, QStringLiteral("too many content files (101; at most 100 are read)"));

    // The same through folders on disk.
    QTemporaryDir dir;
    for (const ContentSource &source : sources) {
        QFile file(dir.filePath(source.path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.data);
    }
    QCOMPARE(ContentLoader::load({dir.path()}).diagnostics().first().message,
             QStringLiteral("too many content files (101; at most 100 are read)"));
}

void TestLimits::assessmentCaps_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    const auto padded = [](qsizetype size) {
        QByteArray d = assessmentWith({QStringLiteral("advisor")}, QStringLiteral("Claire"));
        return d + QByteArray(size - d.size(), ' ');
    };
    // The root object is one level: an extra field nested depth - 1 lists deep reaches depth.
    const auto nested = [](int depth) {
        QJsonValue v = QJsonArray();
        for (int i = 2; i < depth; ++i)
            v = QJsonArray{v};
        return assessmentWith({QStringLiteral("x-nested")}, v);
    };
    const auto text = [](qsizetype length) {
        return assessmentWith({QStringLiteral("company"), QStringLiteral("name")}, QString(length, QLatin1Char('x')));
    };
    const auto note = [](qsizetype length) {
        return assessmentWith(
            {QStringLiteral("questionnaires"), QStringLiteral("cybersecurity"), QStringLiteral("notes")},
            QJsonObject{{QStringLiteral("mfa"), QString(length, QLatin1Char('x'))}});
    };
    const auto themes = [](int count) {
        QJsonObject all;
        for (int i = 0; i < count; ++i)
            all.insert(QStringLiteral("theme-%1").arg(i),
                       QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("answers"), QJsonObject()}});
        return assessmentWith({QStringLiteral("questionnaires")}, all);
    };
    const QStringList theme = {QStringLiteral("questionnaires"), QStringLiteral("cybersecurity")};
    const auto answers = [&](int count) {
        return assessmentWith(theme + QStringList{QStringLiteral("answers")}, manyAnswers(count));
    };
    const auto notes = [&](int count) {
        return assessmentWith(theme + QStringList{QStringLiteral("notes")}, manyStrings(count, QStringLiteral("q")));
    };
    const auto ticked = [&](int count) {
        QJsonArray items;
        for (int i = 0; i < count; ++i)
            items.append(QStringLiteral("o%1").arg(i));
        return assessmentWith(theme + QStringList{QStringLiteral("answers"), QStringLiteral("mfa")},
                              QJsonObject{{QStringLiteral("ticked"), items}});
    };
    const auto rows = [&](int count) {
        return assessmentWith(theme + QStringList{QStringLiteral("answers"), QStringLiteral("mfa")},
                              QJsonObject{{QStringLiteral("rows"), manyStrings(count, QStringLiteral("r"))}});
    };
    const auto employees = [](int count) {
        return assessmentWith({QStringLiteral("company"), QStringLiteral("employees")}, count);
    };

    using A = Assessment;
    // clang-format off
    QTest::newRow("size at the cap")          << padded(A::maxFileBytes)       << QString();
    QTest::newRow("size above the cap")       << padded(A::maxFileBytes + 1)   << QStringLiteral("the file is too large to be an assessment (more than 8 MiB)");
    QTest::newRow("depth at the cap")         << nested(A::maxDepth)           << QString();
    QTest::newRow("depth above the cap")      << nested(A::maxDepth + 1)       << QStringLiteral("the file nests too deeply (more than 64 levels)");
    QTest::newRow("text at the cap")          << text(A::maxTextLength)        << QString();
    QTest::newRow("text above the cap")       << text(A::maxTextLength + 1)    << QStringLiteral("\"company.name\" is too long (more than 100000 characters)");
    QTest::newRow("note at the cap")          << note(A::maxTextLength)        << QString();
    QTest::newRow("note above the cap")       << note(A::maxTextLength + 1)    << QStringLiteral("\"questionnaires.cybersecurity.notes.mfa\" is too long (more than 100000 characters)");
    QTest::newRow("themes at the cap")        << themes(A::maxThemes)          << QString();
    QTest::newRow("themes above the cap")     << themes(A::maxThemes + 1)      << QStringLiteral("\"questionnaires\" has too many entries (101; at most 100)");
    QTest::newRow("answers at the cap")       << answers(A::maxAnswers)        << QString();
    QTest::newRow("answers above the cap")    << answers(A::maxAnswers + 1)    << QStringLiteral("\"questionnaires.cybersecurity.answers\" has too many entries (2001; at most 2000)");
    QTest::newRow("notes at the cap")         << notes(A::maxNotes)            << QString();
    QTest::newRow("notes above the cap")      << notes(A::maxNotes + 1)        << QStringLiteral("\"questionnaires.cybersecurity.notes\" has too many entries (2001; at most 2000)");
    QTest::newRow("ticked at the cap")        << ticked(A::maxAnswerItems)     << QString();
    QTest::newRow("ticked above the cap")     << ticked(A::maxAnswerItems + 1) << QStringLiteral("\"questionnaires.cybersecurity.answers.mfa.ticked\" has too many entries (201; at most 200)");
    QTest::newRow("grid rows at the cap")     << rows(A::maxAnswerItems)       << QString();
    QTest::newRow("grid rows above the cap")  << rows(A::maxAnswerItems + 1)   << QStringLiteral("\"questionnaires.cybersecurity.answers.mfa.rows\" has too many entries (201; at most 200)");
    QTest::newRow("employees at the cap")     << employees(1'000'000)          << QString();
    QTest::newRow("employees above the cap")  << employees(1'000'001)          << QStringLiteral("\"company.employees\" must be a whole number from 0 to 1000000");
    // clang-format on
}

void TestLimits::assessmentCaps()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Result<Assessment> result = AssessmentFile::parse(data, QStringLiteral("caps.phare"));
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(errors(result.diagnostics())));
        // What was read at a cap can be saved and read again.
        QCOMPARE(result->limitProblem(), QString());
        QVERIFY(AssessmentFile::parse(result->toBytes(), QStringLiteral("again.phare")).ok());
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.diagnostics().first().message == error, qPrintable(errors(result.diagnostics())));
    }
}

void TestLimits::assessmentErrorsAreCapped()
{
    // Fifteen hundred answers that are not objects: the first hundred problems are listed, then the
    // reader stops saying more (and stops spending time finding where each one is).
    QJsonObject bad;
    for (int i = 0; i < 1500; ++i)
        bad.insert(QStringLiteral("q%1").arg(i), i);
    const QByteArray data =
        assessmentWith({QStringLiteral("questionnaires")},
                       QJsonObject{{QStringLiteral("cybersecurity"),
                                    QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("answers"), bad}}}});
    QElapsedTimer timer;
    timer.start();
    const Result<Assessment> result = AssessmentFile::parse(data, QStringLiteral("broken.phare"));
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics().size(), Assessment::maxErrors + 1);
    QCOMPARE(result.diagnostics().last().message, QStringLiteral("too many problems: only the first 100 are listed"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestLimits::saveRefusesWhatReadingWouldRefuse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.phare"));
    Assessment a = AssessmentFile::parse(assessmentWith({QStringLiteral("advisor")}, QStringLiteral("C")),
                                         QStringLiteral("a.phare"))
                       .value();
    ThemeAnswers &theme = a.themes[QStringLiteral("cybersecurity")];
    theme.notes.insert(QStringLiteral("mfa"), QString(Assessment::maxTextLength, QLatin1Char('x')));
    QVERIFY(AssessmentFile::write(a, path).ok());
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(AssessmentFile::read(path).ok());

    theme.notes.insert(QStringLiteral("mfa"), QString(Assessment::maxTextLength + 1, QLatin1Char('x')));
    const QString error = AssessmentFile::write(a, path).errorText();
    QVERIFY2(error.contains(QStringLiteral("the note on \"mfa\" is too long (100001 characters; at most 100000): "
                                           "shorten it")),
             qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);

    theme.notes.remove(QStringLiteral("mfa"));
    for (int i = theme.answers.size(); i <= Assessment::maxAnswers; ++i)
        theme.answers.insert(QStringLiteral("q%1").arg(i), Answer::makeDontKnow());
    QVERIFY(AssessmentFile::write(a, path).errorText().contains(
        QStringLiteral("too many answers in \"cybersecurity\" (2001; at most 2000)")));
}

void TestLimits::hostileFilesAreRefusedQuickly_data()
{
    QTest::addColumn<QString>("kind"); // yaml | phare
    QTest::addColumn<QByteArray>("data");

    const qsizetype yamlBytes = YamlLimits().maxBytes;
    const qsizetype phareBytes = Assessment::maxFileBytes;
    // 500 questions with 64-character ids, and as many conditions as fit naming other 64-character ids:
    // each unknown name once asked for a "did you mean" among all 500 (minutes of work).
    const auto longId = [](char c, int i) {
        return c + QByteArray::number(1000 + i) + '-' + QByteArray(58, 'x');
    };
    QByteArray unknownReferences = "kind: questionnaire\nid: big\nversion: 1\ntitle: {fr: G, en: B}\ndimensions:\n";
    for (int d = 0; d < 10; ++d) {
        unknownReferences += "  - id: d" + QByteArray::number(d) + "\n    title: {fr: D, en: D}\n    questions:\n";
        for (int k = 0; k < 50; ++k)
            unknownReferences += "      - {id: " + longId('q', d * 50 + k) +
                                 ", type: yes-no, text: {fr: Q, en: Q}, help: {fr: H, en: H}}\n";
    }
    unknownReferences += "rules:\n";
    for (int i = 0;; ++i) {
        QByteArray rule = "  - {id: r" + QByteArray::number(i) + ", actions: [a1], when: {any: [";
        for (int c = 0; c < 40; ++c)
            rule += QByteArray(c ? ", " : "") + "{question: " + longId('u', c) + ", scoreBelow: 5}";
        rule += "]}}\n";
        if (unknownReferences.size() + rule.size() > yamlBytes)
            break;
        unknownReferences += rule;
    }
    QByteArray unknownKeys = "kind: questionnaire\n";
    for (int i = 0; unknownKeys.size() < yamlBytes - 100; ++i)
        unknownKeys += "dimensionz" + QByteArray::number(i) + ": 1\n";

    // clang-format off
    QTest::newRow("yaml: all opening brackets")   << "yaml"  << QByteArray(yamlBytes, '[');
    QTest::newRow("yaml: one long flow list")     << "yaml"  << '[' + QByteArray("1,").repeated(yamlBytes / 2 - 1) + ']';
    QTest::newRow("yaml: unknown keys")           << "yaml"  << unknownKeys;
    QTest::newRow("yaml: unknown references")     << "yaml"  << unknownReferences;
    QTest::newRow("yaml: one long text")          << "yaml"  << "a: " + QByteArray(yamlBytes - 3, 'x');
    QTest::newRow("phare: all opening brackets")  << "phare" << QByteArray(phareBytes, '[');
    QTest::newRow("phare: one long flat list")    << "phare" << '[' + QByteArray("0,").repeated(phareBytes / 2 - 1) + ']';
    QTest::newRow("phare: many small objects")    << "phare" << '[' + QByteArray("{},").repeated(phareBytes / 3 - 1) + ']';
    QTest::newRow("phare: many broken answers")   << "phare"
        << assessmentWith({QStringLiteral("questionnaires"), QStringLiteral("cybersecurity"), QStringLiteral("answers")},
                          manyStrings(Assessment::maxAnswers, QStringLiteral("question-")));
    // clang-format on
}

void TestLimits::hostileFilesAreRefusedQuickly()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, data);
    QElapsedTimer timer;
    timer.start();
    bool refused = false;
    if (kind == u"yaml") {
        refused = !loadQuestionnaire(data).ok();
    } else {
        refused = !AssessmentFile::parse(data, QStringLiteral("hostile.phare")).ok();
    }
    QVERIFY(refused);
    // A few seconds even in a sanitizer build on a small machine; a release build takes well under one.
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    qInfo("%s: refused in %lld ms", QTest::currentDataTag(), static_cast<long long>(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
