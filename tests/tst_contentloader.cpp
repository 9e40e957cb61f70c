// Tests questionnaire and catalogue loading: every kind of authoring mistake is reported, with its line.
#include "builtincontent.h"
#include "contentloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <optional>

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

// One edit of the fixture: in file "q" (demo.yaml), "c" (chapters.yaml), "u" (use-cases.yaml), "a"
// (actions.yaml), "p" (profile.yaml) or "x" (x-extra.yaml, absent unless a change writes it), replace
// `from` with `to`. A null `from` replaces the whole file with `to`; a null `to` then drops the file.
struct Change
{
    const char *file;
    const char *from;
    const char *to;
};

struct FixtureFile
{
    char key;
    const char *name;
};

constexpr FixtureFile fixtureFiles[] = {{'q', "demo.yaml"},    {'c', "chapters.yaml"}, {'u', "use-cases.yaml"},
                                        {'a', "actions.yaml"}, {'p', "profile.yaml"},  {'x', "x-extra.yaml"}};

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
    void adviceContentIsRead();
    void planDefaultsWithoutPlanBlock();
    void unscoredQuestionsNeedNoScore();
    void refusesBadAdviceContent_data();
    void refusesBadAdviceContent();
    void refusesBrokenContent_data();
    void refusesBrokenContent();
    void reportsAllProblemsAtOnce();
    void missingTranslationIsAWarningUnlessStrict();
    void duplicateIdsAcrossFiles();
    void referencesFallBackToOtherCatalogues();
    void missingPathIsReported();
    void diagnosticsFollowTheInstalledCatalogue();
    void frenchJointsAreContracted();
    void frenchTextGetsNoBreakSpaces();
    void everyCorpusFileIsRefused_data();
    void everyCorpusFileIsRefused();
    void corpusErrorsAreInFrenchForAFrenchUser();

private:
    Result<Content> loadWith(const QList<Change> &changes, bool strict = false);
    QString contentDir() const { return m_dir.path() + QStringLiteral("/content"); }
    QTemporaryDir m_dir;
};

Result<Content> TestContentLoader::loadWith(const QList<Change> &changes, bool strict)
{
    QHash<char, std::optional<QByteArray>> files;
    for (const FixtureFile &f : fixtureFiles)
        files.insert(f.key, f.key == 'x' ? std::nullopt : std::optional<QByteArray>(fixture(f.name)));
    for (const Change &change : changes) {
        if (!files.contains(change.file[0]))
            qFatal("test row changes an unknown fixture file: %s", change.file);
        std::optional<QByteArray> &target = files[change.file[0]];
        if (!change.from) {
            target = change.to ? std::optional<QByteArray>(change.to) : std::nullopt;
            continue;
        }
        if (!target || !target->contains(change.from))
            qFatal("test row changes text that is not there: %s", change.from);
        target->replace(change.from, change.to);
    }
    const QString dir = contentDir();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    for (const FixtureFile &f : fixtureFiles) {
        if (files[f.key] && !writeFile(dir + QLatin1Char('/') + QLatin1String(f.name), *files[f.key]))
            qFatal("cannot write test content");
    }
    return ContentLoader::load({dir}, {strict, nullptr});
}

void TestContentLoader::baseIsValid()
{
    const Result<Content> result = loadWith({});
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    QCOMPARE(result->questionnaires.size(), 2); // the profile and the theme
    const Questionnaire &q = *result->questionnaire(u"demo");
    QCOMPARE(q.title.fr, QStringLiteral("Démo"));
    QCOMPARE(q.questionCount(), 2);
    QCOMPARE(q.levels.size(), 4); // the DMA bands by default
    QCOMPARE(q.levels.last().max, 100.0);
    QVERIFY(q.question(u"q2")->showIf.has_value());
    QCOMPARE(q.question(u"q2")->options.size(), 3); // no / partially / yes built in
    QCOMPARE(result->useCases.first().sectors, QStringList{QStringLiteral("food")});
}

// What the new kinds of the fixture say reaches the model as written (issue 11).
void TestContentLoader::adviceContentIsRead()
{
    const Result<Content> result = loadWith({});
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    const Content &content = result.value();

    // The profile: one more questionnaire, first, never scored; the themes are unchanged.
    QCOMPARE(content.questionnaires.size(), 2);
    QVERIFY(content.questionnaires.first().profile);
    QCOMPARE(content.profile(), &content.questionnaires.first());
    QCOMPARE(content.profile()->id, QStringLiteral("profile"));
    QCOMPARE(content.profile()->dimensions.size(), 1);
    QVERIFY(!content.profile()->dimensions.first().scored);
    QVERIFY(!content.profile()->question(u"customers")->scored);
    QCOMPARE(content.profile()->question(u"sells")->type, QuestionType::Checklist);
    QVERIFY(!content.questionnaire(u"demo")->profile);
    QVERIFY(content.questionnaire(u"demo")->question(u"q1")->scored);

    // Rules name actions; `given` and `impact` are kept.
    const Questionnaire &demo = *content.questionnaire(u"demo");
    QCOMPARE(demo.rules.size(), 2);
    QCOMPARE(demo.rules[0].actions.size(), 1);
    QCOMPARE(demo.rules[0].actions[0].id, QStringLiteral("demo-r1"));
    // The loader's index holds what the references name, as positions.
    const QuestionnaireIndex *demoIndex = content.index().of(content, demo);
    QVERIFY(demoIndex);
    QCOMPARE(demoIndex->rules[0].actions, std::vector<int>{0});
    QVERIFY(!demo.rules[0].given);
    QVERIFY(!demo.rules[0].impact);
    QVERIFY(demo.rules[1].given);
    QCOMPARE(demo.rules[1].given->kind, Condition::Kind::ProfileIn);
    QCOMPARE(demo.rules[1].given->question, QStringLiteral("customers"));
    QCOMPARE(demo.rules[1].given->options, (QStringList{QStringLiteral("consumers"), QStringLiteral("both")}));
    QCOMPARE(demo.rules[1].impact, std::optional<Impact>(Impact::Critical));

    // Actions with every field.
    QCOMPARE(content.actions.size(), 2);
    const Action &first = content.actions[0];
    QCOMPARE(first.id, QStringLiteral("demo-r1"));
    QCOMPARE(first.impact, Impact::High);
    QCOMPARE(first.effort, 4.0);
    QCOMPARE(first.cost, Cost::None);
    QCOMPARE(first.who, QStringList{QStringLiteral("owner")});
    QVERIFY(first.deadline.isNull());
    QCOMPARE(first.earliest, Horizon::Now); // the default
    QCOMPARE(first.benefit.en, QStringLiteral("Protects"));
    QCOMPARE(first.firstStep.fr, QStringLiteral("Appeler"));
    QCOMPARE(first.line, 4);
    const Action &second = content.actions[1];
    QCOMPARE(second.text.en, QStringLiteral("Declare {{deadline:2026-09-01}}")); // phrased when shown
    QCOMPARE(second.impact, Impact::Medium);
    QCOMPARE(second.effort, 1.5);
    QCOMPARE(second.cost, Cost::Low);
    QCOMPARE(second.who, (QStringList{QStringLiteral("owner"), QStringLiteral("provider")}));
    QCOMPARE(second.deadline, QDate(2026, 9, 1));
    QCOMPARE(second.earliest, Horizon::Next);
    QCOMPARE(second.prerequisites.size(), 1);
    QCOMPARE(second.prerequisites[0].id, QStringLiteral("demo-r1"));
    QCOMPARE(content.index().actions[1].prerequisites, std::vector<int>{0});
    QVERIFY(second.chapters.isEmpty());
    QCOMPARE(second.useCases.size(), 1);
    QCOMPARE(content.index().actions[1].useCases, std::vector<int>{0});

    // The plan's caps as the content gives them.
    QCOMPARE(content.plan.now, 3);
    QCOMPARE(content.plan.next, 4);
    QCOMPARE(content.plan.later, 5);
    QCOMPARE(content.plan.chapters, 2);
    QCOMPARE(content.plan.useCases, 1);

    // A use case's `when`.
    const UseCase &u1 = content.useCases.first();
    QVERIFY(u1.when);
    QCOMPARE(u1.when->kind, Condition::Kind::All);
    QCOMPARE(u1.when->children.size(), std::size_t(3));
    QCOMPARE(u1.when->children[0].kind, Condition::Kind::ProfileIn);
    QCOMPARE(u1.when->children[1].kind, Condition::Kind::SectorIn);
    QCOMPARE(u1.when->children[1].options, QStringList{QStringLiteral("food")});
    QCOMPARE(u1.when->children[2].kind, Condition::Kind::SizeIn);
    QCOMPARE(u1.when->children[2].options, (QStringList{QStringLiteral("micro"), QStringLiteral("small")}));
}

void TestContentLoader::planDefaultsWithoutPlanBlock()
{
    const Result<Content> result =
        loadWith({{"a", "plan: {now: 3, next: 4, later: 5, chapters: 2, useCases: 1}\n", ""}});
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    QCOMPARE(result->plan.now, 5);
    QCOMPARE(result->plan.next, 8);
    QCOMPARE(result->plan.later, 12);
    QCOMPARE(result->plan.chapters, 6);
    QCOMPARE(result->plan.useCases, 8);
}

// `scored: false` on a question or a dimension: accepted, and its options need no score.
void TestContentLoader::unscoredQuestionsNeedNoScore()
{
    const Result<Content> question =
        loadWith({{"q", "        type: scale\n", "        type: scale\n        scored: false\n"},
                  {"q", "label: {fr: Bas, en: Low}, score: 0}", "label: {fr: Bas, en: Low}}"},
                  {"q", "label: {fr: Haut, en: High}, score: 1}", "label: {fr: Haut, en: High}}"}});
    QVERIFY2(question.diagnostics().isEmpty(), qPrintable(describe(question.diagnostics())));
    QVERIFY(!question->questionnaire(u"demo")->question(u"q1")->scored);
    QVERIFY(question->questionnaire(u"demo")->question(u"q2")->scored);

    const Result<Content> dimension = loadWith(
        {{"q", "    title: {fr: Bases, en: Basics}\n", "    title: {fr: Bases, en: Basics}\n    scored: false\n"},
         {"q", ", score: 0}", "}"},
         {"q", ", score: 1}", "}"}});
    QVERIFY2(dimension.diagnostics().isEmpty(), qPrintable(describe(dimension.diagnostics())));
    const Dimension &basics = dimension->questionnaire(u"demo")->dimensions.first();
    QVERIFY(!basics.scored);
    QVERIFY(!basics.questions[0].scored);
    QVERIFY(!basics.questions[1].scored); // a yes-no question of an unscored dimension too

    // A scored question that gives scores keeps them, `scored: true` written or not.
    const Result<Content> explicitTrue =
        loadWith({{"q", "        type: scale\n", "        type: scale\n        scored: true\n"}});
    QVERIFY2(explicitTrue.diagnostics().isEmpty(), qPrintable(describe(explicitTrue.diagnostics())));
    QCOMPARE(explicitTrue->questionnaire(u"demo")->question(u"q1")->options[1].score, 1.0);
}

void TestContentLoader::refusesBadAdviceContent_data()
{
    QTest::addColumn<QList<Change>>("changes");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("expected"); // PATH:LINE:COL: error: message, %1 the content folder

    auto row = [](const char *name, const QList<Change> &changes, const char *expected, bool strict = false) {
        QTest::newRow(name) << changes << strict << QString::fromUtf8(expected);
    };
    // clang-format off
    // Rules
    row("rule: unknown action", {{"q", "actions: [demo-r1]", "actions: [demo-r11]"}}, "%1/demo.yaml:24:15: error: the rule 'r1' points to an unknown action 'demo-r11'; did you mean 'demo-r1'?");
    row("rule: no actions", {{"q", "    actions: [demo-r1]\n", ""}}, "%1/demo.yaml:22:5: error: the rule 'r1' is missing the key 'actions'");
    row("rule: empty actions", {{"q", "actions: [demo-r1]", "actions: []"}}, "%1/demo.yaml:24:14: error: the rule 'r1' points nowhere: name at least one action");
    row("rule: actions not a list", {{"q", "actions: [demo-r1]", "actions: demo-r1"}}, "%1/demo.yaml:24:14: error: the actions of the rule 'r1' must be a list ('- ' items or [a, b])");
    row("rule: old 'action' key", {{"q", "    actions: [demo-r1]\n", "    actions: [demo-r1]\n    priority: high\n"}}, "%1/demo.yaml:25:5: error: unknown key 'priority' in the rule 'r1'");
    row("rule: bad impact", {{"q", "impact: critical", "impact: severe"}}, "%1/demo.yaml:29:13: error: the impact of the rule 'r2' cannot be 'severe': use one of 'critical', 'high', 'medium', 'low'");
    row("rule: given unknown question", {{"q", "given: {profile: customers, in: [consumers, both]}", "given: {question: q7, in: [yes]}"}}, "%1/demo.yaml:27:12: error: the 'given' of the rule 'r2' refers to an unknown question 'q7'; did you mean 'q1'?");
    // Actions
    row("action: bad impact", {{"a", "impact: high", "impact: hight"}}, "%1/actions.yaml:8:13: error: the impact of the action 'demo-r1' cannot be 'hight': use one of 'critical', 'high', 'medium', 'low'; did you mean 'high'?");
    row("action: bad cost", {{"a", "cost: none", "cost: free"}}, "%1/actions.yaml:10:11: error: the cost of the action 'demo-r1' cannot be 'free': use one of 'none', 'low', 'medium', 'high'");
    row("action: bad who", {{"a", "who: [owner]", "who: [owner, boss]"}}, "%1/actions.yaml:11:18: error: who does the action 'demo-r1' cannot be 'boss': use one of 'owner', 'staff', 'provider'");
    row("action: empty who", {{"a", "who: [owner]", "who: []"}}, "%1/actions.yaml:11:10: error: the action 'demo-r1' needs someone to do it: owner, staff or provider");
    row("action: bad earliest", {{"a", "earliest: next", "earliest: someday"}}, "%1/actions.yaml:22:15: error: the earliest horizon of the action 'demo-r2' cannot be 'someday': use one of 'now', 'next', 'later'");
    row("action: effort 0", {{"a", "effort: 4", "effort: 0"}}, "%1/actions.yaml:9:13: error: the effort of the action 'demo-r1' is in hours: more than 0, at most 10000");
    row("action: effort negative", {{"a", "effort: 4", "effort: -2"}}, "%1/actions.yaml:9:13: error: the effort of the action 'demo-r1' is in hours: more than 0, at most 10000");
    row("action: effort not a number", {{"a", "effort: 4", "effort: four"}}, "%1/actions.yaml:9:13: error: the effort of the action 'demo-r1' must be a number, not 'four'");
    row("action: effort quoted", {{"a", "effort: 4", "effort: \"4\""}}, "%1/actions.yaml:9:13: error: the effort of the action 'demo-r1' must be a number, not '4'");
    row("action: effort missing", {{"a", "    effort: 4\n", ""}}, "%1/actions.yaml:4:5: error: the action 'demo-r1' is missing the key 'effort'");
    row("action: deadline not a date", {{"a", "deadline: 2026-09-01", "deadline: soon"}}, "%1/actions.yaml:21:15: error: the deadline of the action 'demo-r2' must be a date written YYYY-MM-DD, not 'soon'");
    row("action: deadline 30 February", {{"a", "deadline: 2026-09-01", "deadline: 2026-02-30"}}, "%1/actions.yaml:21:15: error: the deadline of the action 'demo-r2' must be a date written YYYY-MM-DD, not '2026-02-30'");
    row("action: deadline short shape", {{"a", "deadline: 2026-09-01", "deadline: 2026-9-1"}}, "%1/actions.yaml:21:15: error: the deadline of the action 'demo-r2' must be a date written YYYY-MM-DD, not '2026-9-1'");
    row("action: deadline French shape", {{"a", "deadline: 2026-09-01", "deadline: 01/09/2026"}}, "%1/actions.yaml:21:15: error: the deadline of the action 'demo-r2' must be a date written YYYY-MM-DD, not '01/09/2026'");
    row("action: deadline with time", {{"a", "deadline: 2026-09-01", "deadline: 2026-09-01T00:00"}}, "%1/actions.yaml:21:15: error: the deadline of the action 'demo-r2' must be a date written YYYY-MM-DD, not '2026-09-01T00:00'");
    row("action: unknown prerequisite", {{"a", "prerequisites: [demo-r1]", "prerequisites: [demo-r3]"}}, "%1/actions.yaml:23:21: error: the action 'demo-r2' needs an unknown action 'demo-r3' first; did you mean 'demo-r1'?");
    row("action: own prerequisite", {{"a", "prerequisites: [demo-r1]", "prerequisites: [demo-r2]"}}, "%1/actions.yaml:23:21: error: the action 'demo-r2' cannot be its own prerequisite");
    row("action: points nowhere", {{"a", "    useCases: [u1]\n", ""}}, "%1/actions.yaml:13:5: error: the action 'demo-r2' points nowhere: give it 'chapters' or 'useCases'");
    row("action: unknown use case", {{"a", "useCases: [u1]", "useCases: [u2]"}}, "%1/actions.yaml:24:16: error: the action 'demo-r2' points to an unknown use case 'u2'; did you mean 'u1'?");
    row("action: duplicate id", {{"a", "  - id: demo-r2", "  - id: demo-r1"}, {"a", "prerequisites: [demo-r1]", "prerequisites: []"}}, "%1/actions.yaml:13:5: error: duplicate action id 'demo-r1': already used at %1/actions.yaml:4");
    row("action: no rule fires it", {{"q", "  - id: r2\n    when: {question: q2, in: [no]}\n    given: {profile: customers, in: [consumers, both]}\n    actions: [demo-r2]\n    impact: critical\n", ""}}, "%1/actions.yaml:13:5: warning: no rule points to the action 'demo-r2': it can never be advised");
    row("action: no rule fires it, strict", {{"q", "  - id: r2\n    when: {question: q2, in: [no]}\n    given: {profile: customers, in: [consumers, both]}\n    actions: [demo-r2]\n    impact: critical\n", ""}}, "%1/actions.yaml:13:5: error: no rule points to the action 'demo-r2': it can never be advised", true);
    // The plan's settings
    row("plan: above 100", {{"a", "now: 3,", "now: 101,"}}, "%1/actions.yaml:2:13: error: 'now' in 'plan' must be a whole number from 0 to 100");
    row("plan: negative", {{"a", "later: 5,", "later: -1,"}}, "%1/actions.yaml:2:32: error: 'later' in 'plan' must be a whole number from 0 to 100");
    row("plan: not whole", {{"a", "useCases: 1}", "useCases: 1.5}"}}, "%1/actions.yaml:2:58: error: 'useCases' in 'plan' must be a whole number from 0 to 100");
    row("plan: unknown key", {{"a", "useCases: 1}", "useCases: 1, soon: 3}"}}, "%1/actions.yaml:2:61: error: unknown key 'soon' in 'plan'");
    row("plan: given twice", {{"x", nullptr, "kind: actions\nplan: {now: 2}\nactions: []\n"}}, "%1/x-extra.yaml:2:7: error: the plan's settings are already given in %1/actions.yaml: give them once");
    // The profile
    row("profile: grid question", {{"p", "    type: scale\n", "    type: grid\n    rows: [{id: r, label: {fr: R, en: R}}]\n"}}, "%1/profile.yaml:6:5: error: the profile's question 'customers' cannot be a grid: use a scale or a checklist");
    row("profile: a second one", {{"x", nullptr, "kind: profile\nid: profile-two\nversion: 1\ntitle: {fr: Deux, en: Two}\nquestions:\n  - {id: x, type: yes-no, text: {fr: X, en: X}, help: {fr: X, en: X}}\n"}}, "%1/x-extra.yaml:1:1: error: a second profile: the content may have only one file with 'kind: profile' (the first is %1/profile.yaml)");
    row("profile: unknown question in a condition", {{"q", "given: {profile: customers,", "given: {profile: customer,"}}, "%1/demo.yaml:27:12: error: the 'given' of the rule 'r2' refers to an unknown profile question 'customer'; did you mean 'customers'?");
    row("profile: unknown option in a condition", {{"q", "in: [consumers, both]", "in: [consumer, both]"}}, "%1/demo.yaml:27:12: error: the 'given' of the rule 'r2' refers to an unknown option 'consumer' of the profile question 'customers'; did you mean 'consumers'?");
    row("profile: unknown option in a use case", {{"u", "{profile: sells, in: [goods]}", "{profile: sells, in: [food]}"}}, "%1/use-cases.yaml:13:18: error: the 'when' of the use case 'u1' refers to an unknown option 'food' of the profile question 'sells'; did you mean 'goods'?");
    row("profile: unknown question in a showIf", {{"q", "showIf: {question: q1, in: [high]}", "showIf: {profile: customer, notIn: [businesses]}"}}, "%1/demo.yaml:20:17: error: the showIf of the question 'q2' refers to an unknown profile question 'customer'; did you mean 'customers'?");
    row("profile: condition without a profile", {{"p", nullptr, nullptr}}, "%1/demo.yaml:27:12: error: the 'given' of the rule 'r2' looks at the firm profile, but the content has no profile (a file with 'kind: profile')");
    row("profile: in and notIn", {{"q", "in: [consumers, both]}", "in: [consumers], notIn: [both]}"}}, "%1/demo.yaml:27:12: error: the 'given' of the rule 'r2' needs exactly one of 'in' or 'notIn' after 'profile'");
    row("profile: neither in nor notIn", {{"q", "given: {profile: customers, in: [consumers, both]}", "given: {profile: customers}"}}, "%1/demo.yaml:27:12: error: the 'given' of the rule 'r2' needs exactly one of 'in' or 'notIn' after 'profile'");
    // Sector and size
    row("sector: unknown value", {{"u", "{sector: [food]}", "{sector: [bakery]}"}}, "%1/use-cases.yaml:13:59: error: a sector in the 'when' of the use case 'u1' cannot be 'bakery': use one of 'retail', 'food', 'craft', 'tourism', 'health', 'industry', 'services', 'other'");
    row("size: unknown value", {{"u", "{size: [micro, small]}", "{size: [micro, tiny]}"}}, "%1/use-cases.yaml:13:82: error: a size in the 'when' of the use case 'u1' cannot be 'tiny': use one of 'micro', 'small', 'medium', 'large'");
    row("sector: in a rule, unknown value", {{"q", "given: {profile: customers, in: [consumers, both]}", "given: {sector: [foods]}"}}, "%1/demo.yaml:27:22: error: a sector in the 'given' of the rule 'r2' cannot be 'foods': use one of 'retail', 'food', 'craft', 'tourism', 'health', 'industry', 'services', 'other'; did you mean 'food'?");
    row("size: empty", {{"u", "{size: [micro, small]}", "{size: []}"}}, "%1/use-cases.yaml:13:74: error: 'size' in the 'when' of the use case 'u1' needs at least one value");
    // Use cases look only at who the firm is
    row("use case when: an answer", {{"u", "when: {all: [{profile: sells, in: [goods]}, {sector: [food]}, {size: [micro, small]}]}", "when: {question: q1, in: [high]}"}}, "%1/use-cases.yaml:13:11: error: the 'when' of the use case 'u1' can only look at who the firm is: 'profile', 'sector' or 'size'");
    row("use case when: an answer inside all", {{"u", "{sector: [food]}", "{question: q1, in: [high]}"}}, "%1/use-cases.yaml:13:49: error: the 'when' of the use case 'u1' can only look at who the firm is: 'profile', 'sector' or 'size'");
    row("use case when: a dimension", {{"u", "when: {all: [{profile: sells, in: [goods]}, {sector: [food]}, {size: [micro, small]}]}", "when: {dimension: basics, scoreBelow: 50}"}}, "%1/use-cases.yaml:13:11: error: the 'when' of the use case 'u1' can only look at who the firm is: 'profile', 'sector' or 'size'");
    // Date placeholders, in any text
    row("date: month 13", {{"a", "Declare {{deadline:2026-09-01}}", "Declare {{deadline:2026-13-01}}"}}, "%1/actions.yaml:14:11: error: the text of the action 'demo-r2': '2026-13-01' is not a real date");
    row("date: 30 February", {{"a", "Déclarer {{deadline:2026-09-01}}", "Déclarer {{deadline:2026-02-30}}"}}, "%1/actions.yaml:14:11: error: the text of the action 'demo-r2': '2026-02-30' is not a real date");
    row("date: a word", {{"a", "benefit: {fr: Conforme, en: Compliant}", "benefit: {fr: \"Conforme {{date:tomorrow}}\", en: Compliant}"}}, "%1/actions.yaml:15:14: error: the benefit of the action 'demo-r2': '{{date:tomorrow}}' is not a date placeholder: write {{deadline:YYYY-MM-DD}} or {{date:YYYY-MM-DD}}");
    row("date: unknown placeholder", {{"q", "text: {fr: Question un, en: Question one}", "text: {fr: Question un, en: \"Question {{foo}}\"}"}}, "%1/demo.yaml:11:15: error: the text of the question 'q1': '{{foo}}' is not a date placeholder: write {{deadline:YYYY-MM-DD}} or {{date:YYYY-MM-DD}}");
    row("date: unclosed", {{"a", "Declare {{deadline:2026-09-01}}", "Declare {{deadline:2026-09-01"}}, "%1/actions.yaml:14:11: error: the text of the action 'demo-r2': '{{deadline:2026-09-01' is not a date placeholder: write {{deadline:YYYY-MM-DD}} or {{date:YYYY-MM-DD}}");
    row("date: in a chapter", {{"c", "summary: {fr: Résumé, en: Summary}", "summary: {fr: \"Résumé {{date:2026-9-1}}\", en: Summary}"}}, "%1/chapters.yaml:5:14: error: the summary of the chapter 'c1': '{{date:2026-9-1}}' is not a date placeholder: write {{deadline:YYYY-MM-DD}} or {{date:YYYY-MM-DD}}");
    // Scores
    row("scored: not a boolean", {{"q", "        type: scale\n", "        type: scale\n        scored: maybe\n"}}, "%1/demo.yaml:11:17: error: scored must be true or false");
    row("scored question: option without score", {{"q", "label: {fr: Bas, en: Low}, score: 0}", "label: {fr: Bas, en: Low}}"}}, "%1/demo.yaml:14:13: error: option 1 of the question 'q1' is missing the key 'score'");
    // clang-format on
}

void TestContentLoader::refusesBadAdviceContent()
{
    QFETCH(QList<Change>, changes);
    QFETCH(bool, strict);
    QFETCH(QString, expected);
    expected = expected.arg(contentDir());

    const Result<Content> result = loadWith(changes, strict);
    const bool isError = expected.contains(QStringLiteral(": error: "));
    QCOMPARE(result.ok(), !isError);
    const bool found = std::any_of(result.diagnostics().cbegin(), result.diagnostics().cend(),
                                   [&](const Diagnostic &d) { return d.toString() == expected; });
    QVERIFY2(found, qPrintable(QStringLiteral("expected\n%1\ngot:\n%2").arg(expected, describe(result.diagnostics()))));
}

void TestContentLoader::builtinContentIsCleanWhenStrict()
{
    const Result<Content> result = ContentLoader::load({BuiltinContent::yamlPath()}, {true, nullptr});
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    QVERIFY(result->questionnaires.size() >= 3);
    QVERIFY(result->questionnaire(u"cybersecurity"));
    QVERIFY(result->questionnaire(u"ai-readiness"));
    QVERIFY(result->questionnaire(u"e-commerce"));
}

void TestContentLoader::refusesBrokenContent_data()
{
    QTest::addColumn<QList<Change>>("changes");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const QList<Change> &changes, const char *file, int line, const char *message) {
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
    // Impact, horizon, chapters and use cases moved from the rules to the actions they fire (issue 11).
    row("action unknown impact (was: rule unknown priority)", {{"a", "impact: high", "impact: urgent"}}, "actions.yaml", 8, "cannot be 'urgent'");
    row("action unknown earliest (was: rule unknown horizon)", {{"a", "earliest: next", "earliest: soon"}}, "actions.yaml", 22, "cannot be 'soon'");
    row("action points nowhere (was: rule points nowhere)", {{"a", "    chapters: [c1]\n", ""}}, "actions.yaml", 4, "points nowhere");
    row("action unknown chapter (was: rule unknown chapter)", {{"a", "chapters: [c1]", "chapters: [c2]"}}, "actions.yaml", 12, "unknown chapter 'c2'");
    row("action unknown use case (was: rule unknown use case)", {{"a", "chapters: [c1]", "useCases: [u9]"}}, "actions.yaml", 12, "unknown use case 'u9'");
    row("rule without actions (was: rule without action)", {{"q", "    actions: [demo-r1]\n", ""}}, "demo.yaml", 22, "missing the key 'actions'");
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

    const Result<Content> result = loadWith(changes);
    QVERIFY2(!result.ok(), "broken content must be refused");
    const auto match =
        std::find_if(result.diagnostics().cbegin(), result.diagnostics().cend(), [&](const Diagnostic &d) {
            return d.isError() && d.message.contains(message) && d.file.endsWith(QLatin1Char('/') + file);
        });
    QVERIFY2(
        match != result.diagnostics().cend(),
        qPrintable(QStringLiteral("expected '%1' in %2, got:\n%3").arg(message, file, describe(result.diagnostics()))));
    QVERIFY2(
        match->line == line,
        qPrintable(
            QStringLiteral("reported at line %1, expected %2: %3").arg(match->line).arg(line).arg(match->toString())));
    QVERIFY(match->column >= 1);
}

void TestContentLoader::reportsAllProblemsAtOnce()
{
    const Result<Content> result = loadWith({{"q", "version: 1", "version: 0"},
                                             {"q", "type: scale", "type: slider"},
                                             {"a", "impact: high", "impact: urgent"},
                                             {"u", "effort: low", "effort: none"}});
    QCOMPARE(errorCount(result.diagnostics()), 4);
}

void TestContentLoader::missingTranslationIsAWarningUnlessStrict()
{
    const QList<Change> changes = {{"q", "text: {fr: Question un, en: Question one}", "text: {fr: Question un}"}};
    const Result<Content> relaxed = loadWith(changes, false);
    QVERIFY2(relaxed.ok(), qPrintable(describe(relaxed.diagnostics())));
    QCOMPARE(relaxed.diagnostics().size(), 1);
    QCOMPARE(relaxed.diagnostics().first().severity, Diagnostic::Severity::Warning);
    QVERIFY(relaxed.diagnostics().first().message.contains(QStringLiteral("no English text")));
    QCOMPARE(relaxed.diagnostics().first().line, 11);
    // The French text stands in for the missing English one.
    QCOMPARE(relaxed->questionnaire(u"demo")->question(u"q1")->text.text(u"en"), QStringLiteral("Question un"));

    const Result<Content> strict = loadWith(changes, true);
    QVERIFY(!strict.ok());
    QCOMPARE(strict.diagnostics().first().severity, Diagnostic::Severity::Error);

    const Result<Content> noHelp =
        loadWith({{"q", "        help: {fr: Aide, en: Help}\n        options:", "        options:"}}, true);
    QVERIFY(!noHelp.ok());
    QVERIFY(noHelp.diagnostics().first().message.contains(QStringLiteral("no help text")));
}

void TestContentLoader::duplicateIdsAcrossFiles()
{
    const QString dir = m_dir.path() + QStringLiteral("/twice");
    QDir().mkpath(dir);
    QVERIFY(writeFile(dir + QStringLiteral("/a.yaml"), fixture("demo.yaml")));
    QVERIFY(writeFile(dir + QStringLiteral("/b.yaml"), fixture("demo.yaml")));
    for (const char *name : {"chapters.yaml", "use-cases.yaml", "actions.yaml", "profile.yaml"})
        QVERIFY(writeFile(dir + QLatin1Char('/') + QLatin1String(name), fixture(name)));
    const Result<Content> result = ContentLoader::load({dir});
    QCOMPARE(errorCount(result.diagnostics()), 1);
    QVERIFY(result.diagnostics().first().file.endsWith(QStringLiteral("/b.yaml")));
    QVERIFY(result.diagnostics().first().message.contains(QStringLiteral("duplicate questionnaire id 'demo'")));
    QVERIFY(result.diagnostics().first().message.contains(QStringLiteral("a.yaml")));
}

void TestContentLoader::referencesFallBackToOtherCatalogues()
{
    const QString dir = m_dir.path() + QStringLiteral("/alone");
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/demo.yaml");
    QVERIFY(writeFile(file, fixture("demo.yaml")));
    // Alone, the actions it fires and the profile it looks at are unknown.
    const Result<Content> alone = ContentLoader::load({file});
    QVERIFY(!alone.ok());
    QVERIFY(describe(alone.diagnostics()).contains(QStringLiteral("unknown action 'demo-r1'")));
    QVERIFY(describe(alone.diagnostics()).contains(QStringLiteral("the content has no profile")));
    // With the catalogues of the content in use, it resolves.
    const Result<Content> withCatalogue = loadWith({});
    const Result<Content> result = ContentLoader::load({file}, {false, &withCatalogue.value()});
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics())));
}

void TestContentLoader::missingPathIsReported()
{
    const QString path = m_dir.path() + QStringLiteral("/nothing-here.yaml");
    const Result<Content> result = ContentLoader::load({path});
    QCOMPARE(result.diagnostics().size(), 1);
    QCOMPARE(result.diagnostics().first().file, path);
    QVERIFY(result.diagnostics().first().message.contains(QStringLiteral("no such file")));

    const QString empty = m_dir.path() + QStringLiteral("/empty-folder");
    QDir().mkpath(empty);
    QVERIFY(ContentLoader::load({empty}).diagnostics().first().message.contains(QStringLiteral("no .yaml file")));
}

// The core's words go through Linguist: once the program installs the French core catalogue, a French
// user reads the diagnostic in French, "error" included; without it, in English.
void TestContentLoader::diagnosticsFollowTheInstalledCatalogue()
{
    const QString path = m_dir.path() + QStringLiteral("/nothing-here.yaml");
    const QString english = QStringLiteral("%1:1:1: error: no such file or folder").arg(path);
    QCOMPARE(toText(ContentLoader::load({path}).diagnostics()), english);

    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/phare_core_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&french));
    const QString shown = toText(ContentLoader::load({path}).diagnostics());
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(shown, QStringLiteral("%1:1:1: erreur\u00a0: ce fichier ou dossier n'existe pas").arg(path));

    QCOMPARE(toText(ContentLoader::load({path}).diagnostics()), english);
}

void TestContentLoader::frenchTextGetsNoBreakSpaces()
{
    const Result<Content> result =
        loadWith({{"q", "text: {fr: Question un, en: Question one}",
                   "text: {fr: \"Sauvegardez-vous ? Oui : « souvent » !\", en: \"Do you back up? Yes: often!\"}"}});
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics())));
    const Question *q = result->questionnaire(u"demo")->question(u"q1");
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
    const Result<Content> result = ContentLoader::load({path});
    QVERIFY(!result.ok());
    const Diagnostic &first = *std::find_if(result.diagnostics().cbegin(), result.diagnostics().cend(),
                                            [](const Diagnostic &d) { return d.isError(); });
    QCOMPARE(first.file, path);
    QVERIFY(!first.message.isEmpty());
}

// A French user who breaks a file's YAML reads why in French: for each of the 402 inputs, the first
// error with the French catalogue installed is not the English one (yaml-cpp's own words never reach
// them, nor the English of Phare's plain explanations).
void TestContentLoader::corpusErrorsAreInFrenchForAFrenchUser()
{
    const QDir corpus(QStringLiteral(PHARE_TEST_DATA "/yaml-test-suite"));
    QStringList paths;
    for (const QString &sub : {QStringLiteral("error"), QStringLiteral("valid")}) {
        const QDir dir(corpus.filePath(sub));
        for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
    }
    QCOMPARE(paths.size(), 402);
    const auto firstError = [](const QString &path) {
        const Result<Content> result = ContentLoader::load({path});
        for (const Diagnostic &d : result.diagnostics()) {
            if (d.isError())
                return d.message;
        }
        return QString();
    };
    QStringList english;
    for (const QString &path : std::as_const(paths))
        english << firstError(path);

    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/phare_core_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&french));
    QStringList untranslated;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString shown = firstError(paths[i]);
        if (shown.isEmpty() || shown == english[i] || shown.contains(QStringLiteral("YAML valide (")))
            untranslated << QFileInfo(paths[i]).fileName() + QStringLiteral(": ") + shown;
    }
    QCoreApplication::removeTranslator(&french);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

void TestContentLoader::frenchJointsAreContracted()
{
    // A French message is built from pieces ("le titre de %1", %1 = "le fichier des actions"): the reader
    // sees the contracted French, "du fichier", never "de le fichier".
    const Diagnostic d{Diagnostic::Severity::Error, QStringLiteral("a.yaml"), 3, 4,
                       QStringLiteral("le titre de le fichier des actions manque ; les titres de les cas d'usage "
                                      "et l'accès à le profil aussi, comme à les chapitres")};
    QVERIFY(d.toString().endsWith(QStringLiteral("le titre du fichier des actions manque ; les titres des cas "
                                                 "d'usage et l'accès au profil aussi, comme aux chapitres")));

    // The contraction may only ever change a joint: no French text of the core holds these words itself
    // (where "de le" is right French, as in "essayez de le corriger", a translator must not be overruled).
    QFile ts(QStringLiteral(PHARE_SOURCE_DIR "/translations/phare_core_fr.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString catalogue = QString::fromUtf8(ts.readAll());
    for (const char *joint : {" de le ", " de les ", " à le ", " à les "})
        QVERIFY2(!catalogue.contains(QString::fromUtf8(joint)), joint);
}

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
