// Tests questionnaire and catalogue loading: every kind of authoring mistake is reported, with its line.
#include "content.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;

namespace {

// A small valid questionnaire with its catalogues (tests/data/loader); rows below change one piece of
// them, and their line numbers matter to the rows.
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(PHARE_TEST_DATA "/loader/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

struct Change
{
    const char *file; // "q", "c" or "u"
    const char *from;
    const char *to;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestContentLoader : public QObject
{
    Q_OBJECT

private slots:
    void baseIsValid();
    void builtinContentIsCleanWhenStrict();
    void refusesBrokenContent_data();
    void refusesBrokenContent();
    void reportsAllProblemsAtOnce();
    void missingTranslationIsAWarningUnlessStrict();
    void duplicateIdsAcrossFiles();
    void referencesFallBackToOtherCatalogues();
    void missingPathIsReported();
    void frenchTextGetsNoBreakSpaces();
    void everyCorpusFileIsRefused_data();
    void everyCorpusFileIsRefused();

private:
    ContentLoadResult loadWith(const QList<Change> &changes, bool strict = false);
    QTemporaryDir m_dir;
};

ContentLoadResult TestContentLoader::loadWith(const QList<Change> &changes, bool strict)
{
    QByteArray q = fixture("demo.yaml");
    QByteArray c = fixture("chapters.yaml");
    QByteArray u = fixture("use-cases.yaml");
    for (const Change &change : changes) {
        QByteArray &target = change.file[0] == 'q' ? q : change.file[0] == 'c' ? c : u;
        if (!target.contains(change.from))
            qFatal("test row changes text that is not there: %s", change.from);
        target.replace(change.from, change.to);
    }
    const QString dir = m_dir.path() + QStringLiteral("/content");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    if (!writeFile(dir + QStringLiteral("/demo.yaml"), q) || !writeFile(dir + QStringLiteral("/chapters.yaml"), c) ||
        !writeFile(dir + QStringLiteral("/use-cases.yaml"), u))
        qFatal("cannot write test content");
    return ContentLoader::load({dir}, {strict, nullptr});
}

void TestContentLoader::baseIsValid()
{
    const ContentLoadResult result = loadWith({});
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.content.questionnaires.size(), 1);
    const Questionnaire &q = result.content.questionnaires.first();
    QCOMPARE(q.title.fr, QStringLiteral("Démo"));
    QCOMPARE(q.questionCount(), 2);
    QCOMPARE(q.levels.size(), 4); // the DMA bands by default
    QCOMPARE(q.levels.last().max, 100.0);
    QVERIFY(q.question(u"q2")->showIf.has_value());
    QCOMPARE(q.question(u"q2")->options.size(), 3); // no / partially / yes built in
    QCOMPARE(result.content.useCases.first().sectors, QStringList{QStringLiteral("food")});
}

void TestContentLoader::builtinContentIsCleanWhenStrict()
{
    const ContentLoadResult result = ContentLoader::load({ContentLoader::builtinPath()}, {true, nullptr});
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QVERIFY(result.content.questionnaires.size() >= 3);
    QVERIFY(result.content.questionnaire(u"cybersecurity"));
    QVERIFY(result.content.questionnaire(u"ai-readiness"));
    QVERIFY(result.content.questionnaire(u"e-commerce"));
}

void TestContentLoader::refusesBrokenContent_data()
{
    QTest::addColumn<QList<Change>>("changes");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, QList<Change> changes, const char *file, int line, const char *message) {
        QTest::newRow(name) << changes << QString::fromLatin1(file) << line << QString::fromUtf8(message);
    };
    // clang-format off
    row("syntax error", {{"q", "title: {fr: Démo, en: Demo}", "title: {fr: Démo, en: Demo"}}, "demo.yaml", 4, "not closed");
    row("unknown key, did you mean", {{"q", "    questions:", "    qestions:"}}, "demo.yaml", 8, "unknown key 'qestions' in the dimension 'basics'; did you mean 'questions'?");
    row("unknown kind", {{"q", "kind: questionnaire", "kind: questionaire"}}, "demo.yaml", 1, "did you mean 'questionnaire'?");
    row("no kind", {{"q", "kind: questionnaire\n", ""}}, "demo.yaml", 1, "not a Phare content file");
    row("version not a number", {{"q", "version: 1", "version: one"}}, "demo.yaml", 3, "version must be a whole number");
    row("version quoted", {{"q", "version: 1", "version: \"1\""}}, "demo.yaml", 3, "version must be a whole number");
    row("title not localized", {{"q", "title: {fr: Démo, en: Demo}", "title: Demo"}}, "demo.yaml", 4, "must give the text in each language");
    row("unknown language", {{"q", "title: {fr: Démo, en: Demo}", "title: {fr: Démo, en: Demo, de: Demo}"}}, "demo.yaml", 4, "unknown key 'de'");
    row("duplicate key", {{"q", "id: demo\n", "id: demo\nid: other\n"}}, "demo.yaml", 3, "duplicate key 'id'");
    row("alias", {{"q", "title: {fr: Démo, en: Demo}", "title: &t {fr: Démo, en: Demo}"}}, "demo.yaml", 4, "anchors");
    row("invalid id", {{"q", "      - id: q2", "      - id: Q 2"}}, "demo.yaml", 16, "not a valid id");
    row("duplicate question id", {{"q", "      - id: q2", "      - id: q1"}, {"q", "showIf: {question: q1, in: [high]}\n", "\n"}}, "demo.yaml", 16, "duplicate question id 'q1'");
    row("duplicate option id", {{"q", "{id: high, label", "{id: low, label"}, {"q", "in: [high]", "in: [low]"}}, "demo.yaml", 15, "duplicate option id 'low'");
    row("unknown type", {{"q", "type: scale", "type: slider"}}, "demo.yaml", 10, "cannot be 'slider'");
    row("zero weight", {{"q", "type: scale\n", "type: scale\n        weight: 0\n"}}, "demo.yaml", 11, "must be more than 0");
    row("negative dimension weight", {{"q", "    title: {fr: Bases, en: Basics}\n", "    title: {fr: Bases, en: Basics}\n    weight: -2\n"}}, "demo.yaml", 8, "must be more than 0");
    row("weight not a number", {{"q", "type: scale\n", "type: scale\n        weight: heavy\n"}}, "demo.yaml", 11, "must be a number");
    row("same scores", {{"q", "label: {fr: Haut, en: High}, score: 1", "label: {fr: Haut, en: High}, score: 0"}}, "demo.yaml", 14, "all have the same score");
    row("one option", {{"q", "          - {id: high, label: {fr: Haut, en: High}, score: 1}\n", ""}, {"q", "in: [high]", "in: [low]"}}, "demo.yaml", 14, "at least two options");
    row("score missing", {{"q", ", score: 1}", "}"}}, "demo.yaml", 15, "missing the key 'score'");
    row("yes-no with options", {{"q", "        type: yes-no\n", "        type: yes-no\n        options: []\n"}}, "demo.yaml", 18, "answers are built in");
    row("checklist with scores", {{"q", "type: scale", "type: checklist"}, {"q", "showIf: {question: q1, in: [high]}\n", "\n"}}, "demo.yaml", 14, "unknown key 'score'");
    row("two exclusive options", {{"q", "type: scale", "type: checklist"}, {"q", ", score: 0}", ", exclusive: true}"}, {"q", ", score: 1}", ", exclusive: true}"}, {"q", "showIf: {question: q1, in: [high]}\n", "\n"}}, "demo.yaml", 15, "only one exclusive option");
    row("grid without rows", {{"q", "type: scale", "type: grid"}, {"q", "showIf: {question: q1, in: [high]}\n", "\n"}}, "demo.yaml", 9, "missing the key 'rows'");
    row("rows on a scale", {{"q", "        options:\n", "        rows: []\n        options:\n"}}, "demo.yaml", 13, "only grid questions have 'rows'");
    row("empty dimension", {{"q", "rules:\n", "  - id: empty\n    title: {fr: Vide, en: Empty}\n    questions: []\nrules:\n"}}, "demo.yaml", 23, "has no questions");
    row("no dimensions", {{"q", "dimensions:\n", "dimensions: []\nx:\n"}}, "demo.yaml", 5, "no dimensions");
    row("levels out of order", {{"q", "dimensions:\n", "levels:\n  - {id: a, max: 50, name: {fr: A, en: A}}\n  - {id: b, max: 40, name: {fr: B, en: B}}\n  - {id: c, max: 100, name: {fr: C, en: C}}\ndimensions:\n"}}, "demo.yaml", 7, "must go up from 0 to 100");
    row("last level below 100", {{"q", "dimensions:\n", "levels:\n  - {id: a, max: 50, name: {fr: A, en: A}}\n  - {id: b, max: 90, name: {fr: B, en: B}}\ndimensions:\n"}}, "demo.yaml", 7, "last level must have max: 100");
    row("showIf unknown question", {{"q", "showIf: {question: q1,", "showIf: {question: q9,"}}, "demo.yaml", 20, "unknown question 'q9'");
    row("showIf later question", {{"q", "        help: {fr: Aide, en: Help}\n        options:", "        help: {fr: Aide, en: Help}\n        showIf: {question: q2, in: [yes]}\n        options:"}}, "demo.yaml", 13, "does not come before it");
    row("showIf itself", {{"q", "showIf: {question: q1,", "showIf: {question: q2,"}, {"q", "in: [high]", "in: [yes]"}}, "demo.yaml", 20, "does not come before it");
    row("showIf unknown option", {{"q", "in: [high]", "in: [hihg]"}}, "demo.yaml", 20, "unknown option 'hihg' of the question 'q1'; did you mean 'high'?");
    row("showIf on a dimension", {{"q", "showIf: {question: q1, in: [high]}", "showIf: {dimension: basics, scoreBelow: 50}"}}, "demo.yaml", 20, "can only look at earlier answers");
    row("condition with no test", {{"q", "showIf: {question: q1, in: [high]}", "showIf: {question: q1}"}}, "demo.yaml", 20, "exactly one of");
    row("condition with two tests", {{"q", "when: {question: q1, scoreBelow: 100}", "when: {question: q1, scoreBelow: 100, in: [low]}"}}, "demo.yaml", 23, "exactly one of");
    row("condition empty all", {{"q", "when: {question: q1, scoreBelow: 100}", "when: {all: []}"}}, "demo.yaml", 23, "needs at least one condition");
    row("scoreBelow out of range", {{"q", "scoreBelow: 100}", "scoreBelow: 150}"}}, "demo.yaml", 23, "between 0 (excluded) and 100");
    row("dontKnow not allowed", {{"q", "when: {question: q1, scoreBelow: 100}", "when: {question: q1, dontKnow: true}"}}, "demo.yaml", 23, "does not allow \"don't know\"");
    row("rule unknown dimension", {{"q", "when: {question: q1, scoreBelow: 100}", "when: {dimension: basic, scoreBelow: 50}"}}, "demo.yaml", 23, "unknown dimension 'basic'; did you mean 'basics'?");
    row("rule unknown question in any", {{"q", "when: {question: q1, scoreBelow: 100}", "when: {any: [{question: q1, scoreBelow: 50}, {question: nope, scoreBelow: 50}]}"}}, "demo.yaml", 23, "unknown question 'nope'");
    row("rule unknown priority", {{"q", "priority: high", "priority: urgent"}}, "demo.yaml", 24, "cannot be 'urgent'");
    row("rule unknown horizon", {{"q", "priority: high\n", "priority: high\n    horizon: soon\n"}}, "demo.yaml", 25, "cannot be 'soon'");
    row("rule points nowhere", {{"q", "    chapters: [c1]\n", ""}}, "demo.yaml", 22, "points nowhere");
    row("rule unknown chapter", {{"q", "chapters: [c1]", "chapters: [c2]"}}, "demo.yaml", 26, "unknown chapter 'c2'");
    row("rule unknown use case", {{"q", "chapters: [c1]", "useCases: [u9]"}}, "demo.yaml", 26, "unknown use case 'u9'");
    row("rule without action", {{"q", "    action: {fr: Agir, en: Act}\n", ""}}, "demo.yaml", 22, "missing the key 'action'");
    row("chapter without key actions", {{"c", "    keyActions:\n      - {fr: Faire, en: Do}\n", ""}}, "chapters.yaml", 3, "missing the key 'keyActions'");
    row("chapter bad url", {{"c", "https://cyber.gouv.fr/", "cyber.gouv.fr"}}, "chapters.yaml", 9, "must start with https://");
    row("use case unknown sector", {{"u", "sectors: [food]", "sectors: [bakery]"}}, "use-cases.yaml", 6, "cannot be 'bakery'");
    row("use case unknown size", {{"u", "sizes: [micro]", "sizes: [tiny]"}}, "use-cases.yaml", 7, "cannot be 'tiny'");
    row("use case unknown effort", {{"u", "effort: low", "effort: none"}}, "use-cases.yaml", 8, "cannot be 'none'");
    row("use case unknown chapter", {{"u", "chapters: [c1]", "chapters: [c3]"}}, "use-cases.yaml", 11, "unknown chapter 'c3'");
    row("use case unknown dimension", {{"u", "dimensions: [demo/basics]", "dimensions: [demo/nothing]"}}, "use-cases.yaml", 12, "unknown dimension 'demo/nothing'");
    row("duplicate chapter id", {{"c", "    references:\n      - {title: ANSSI, url: \"https://cyber.gouv.fr/\"}\n", "  - id: c1\n    title: {fr: B, en: B}\n    summary: {fr: B, en: B}\n    keyActions: [{fr: B, en: B}]\n"}}, "chapters.yaml", 8, "duplicate chapter id 'c1'");
    // clang-format on
}

void TestContentLoader::refusesBrokenContent()
{
    QFETCH(QList<Change>, changes);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);

    const ContentLoadResult result = loadWith(changes);
    QVERIFY2(!result.ok(), "broken content must be refused");
    const auto match = std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(), [&](const Diagnostic &d) {
        return d.isError() && d.message.contains(message) && d.file.endsWith(QLatin1Char('/') + file);
    });
    QVERIFY2(
        match != result.diagnostics.cend(),
        qPrintable(QStringLiteral("expected '%1' in %2, got:\n%3").arg(message, file, describe(result.diagnostics))));
    QVERIFY2(
        match->line == line,
        qPrintable(
            QStringLiteral("reported at line %1, expected %2: %3").arg(match->line).arg(line).arg(match->toString())));
    QVERIFY(match->column >= 1);
}

void TestContentLoader::reportsAllProblemsAtOnce()
{
    const ContentLoadResult result = loadWith({{"q", "version: 1", "version: 0"},
                                               {"q", "type: scale", "type: slider"},
                                               {"q", "priority: high", "priority: urgent"},
                                               {"u", "effort: low", "effort: none"}});
    QCOMPARE(errorCount(result.diagnostics), 4);
}

void TestContentLoader::missingTranslationIsAWarningUnlessStrict()
{
    const QList<Change> changes = {{"q", "text: {fr: Question un, en: Question one}", "text: {fr: Question un}"}};
    const ContentLoadResult relaxed = loadWith(changes, false);
    QVERIFY2(relaxed.ok(), qPrintable(describe(relaxed.diagnostics)));
    QCOMPARE(relaxed.diagnostics.size(), 1);
    QCOMPARE(relaxed.diagnostics.first().severity, Diagnostic::Severity::Warning);
    QVERIFY(relaxed.diagnostics.first().message.contains(QStringLiteral("no English text")));
    QCOMPARE(relaxed.diagnostics.first().line, 11);
    // The French text stands in for the missing English one.
    QCOMPARE(relaxed.content.questionnaires.first().question(u"q1")->text.text(u"en"), QStringLiteral("Question un"));

    const ContentLoadResult strict = loadWith(changes, true);
    QVERIFY(!strict.ok());
    QCOMPARE(strict.diagnostics.first().severity, Diagnostic::Severity::Error);

    const ContentLoadResult noHelp =
        loadWith({{"q", "        help: {fr: Aide, en: Help}\n        options:", "        options:"}}, true);
    QVERIFY(!noHelp.ok());
    QVERIFY(noHelp.diagnostics.first().message.contains(QStringLiteral("no help text")));
}

void TestContentLoader::duplicateIdsAcrossFiles()
{
    const QString dir = m_dir.path() + QStringLiteral("/twice");
    QDir().mkpath(dir);
    QVERIFY(writeFile(dir + QStringLiteral("/a.yaml"), fixture("demo.yaml")));
    QVERIFY(writeFile(dir + QStringLiteral("/b.yaml"), fixture("demo.yaml")));
    QVERIFY(writeFile(dir + QStringLiteral("/chapters.yaml"), fixture("chapters.yaml")));
    const ContentLoadResult result = ContentLoader::load({dir});
    QCOMPARE(errorCount(result.diagnostics), 1);
    QVERIFY(result.diagnostics.first().file.endsWith(QStringLiteral("/b.yaml")));
    QVERIFY(result.diagnostics.first().message.contains(QStringLiteral("duplicate questionnaire id 'demo'")));
    QVERIFY(result.diagnostics.first().message.contains(QStringLiteral("a.yaml")));
}

void TestContentLoader::referencesFallBackToOtherCatalogues()
{
    const QString dir = m_dir.path() + QStringLiteral("/alone");
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/demo.yaml");
    QVERIFY(writeFile(file, fixture("demo.yaml")));
    // Alone, the chapter it points to is unknown.
    QVERIFY(!ContentLoader::load({file}).ok());
    // With the catalogues of the content in use, it resolves.
    const ContentLoadResult withCatalogue = loadWith({});
    const ContentLoadResult result = ContentLoader::load({file}, {false, &withCatalogue.content});
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
}

void TestContentLoader::missingPathIsReported()
{
    const QString path = m_dir.path() + QStringLiteral("/nothing-here.yaml");
    const ContentLoadResult result = ContentLoader::load({path});
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().file, path);
    QVERIFY(result.diagnostics.first().message.contains(QStringLiteral("no such file")));

    const QString empty = m_dir.path() + QStringLiteral("/empty-folder");
    QDir().mkpath(empty);
    QVERIFY(ContentLoader::load({empty}).diagnostics.first().message.contains(QStringLiteral("no .yaml file")));
}

void TestContentLoader::frenchTextGetsNoBreakSpaces()
{
    const ContentLoadResult result =
        loadWith({{"q", "text: {fr: Question un, en: Question one}",
                   "text: {fr: \"Sauvegardez-vous ? Oui : « souvent » !\", en: \"Do you back up? Yes: often!\"}"}});
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
    const Question *q = result.content.questionnaires.first().question(u"q1");
    QCOMPARE(q->text.fr, QStringLiteral("Sauvegardez-vous\u202f? Oui\u00a0: «\u00a0souvent\u00a0»\u202f!"));
    QCOMPARE(q->text.en, QStringLiteral("Do you back up? Yes: often!"));
}

void TestContentLoader::everyCorpusFileIsRefused_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(PHARE_TEST_DATA "/yaml-test-suite"));
    int count = 0;
    for (const QString &sub : {QStringLiteral("error"), QStringLiteral("valid")}) {
        const QDir dir(corpus.filePath(sub));
        for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(sub + QLatin1Char('/') + name)) << dir.filePath(name);
            ++count;
        }
    }
    if (count != 402)
        qFatal("the yaml-test-suite corpus should hold 402 inputs, found %d", count);
}

void TestContentLoader::everyCorpusFileIsRefused()
{
    QFETCH(QString, path);
    const ContentLoadResult result = ContentLoader::load({path});
    QVERIFY(!result.ok());
    const Diagnostic &first = *std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                            [](const Diagnostic &d) { return d.isError(); });
    QCOMPARE(first.file, path);
    QVERIFY(!first.message.isEmpty());
    QVERIFY(result.content.questionnaires.isEmpty() || !result.ok());
}

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
