// Tests the keys that let Phare host a public framework exactly (tests/data/frameworks): "don't know" left out
// of the score, options without a score, unscored context dimensions, questions pre-filled as "not applicable".
#include "answers.h"
#include "assessment.h"
#include "contentbinary.h"
#include "contentloader.h"
#include "questionnaire.h"
#include "recommender.h"
#include "scorer.h"

#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using Phare::Answer;
using Phare::Assessment;
using Phare::AssessmentResult;
using Phare::Content;
using Phare::ContentLoader;
using Phare::DimensionResult;
using Phare::QuestionResult;
using Phare::Scorer;
using Phare::ThemeResult;

namespace {

using Phare::Test::Answers;
using State = QuestionResult::State;

using Phare::Test::choice;
using Phare::Test::dontKnow;
using Phare::Test::notApplicable;

const QString fixture = QString::fromUtf8(PHARE_TEST_DATA "/frameworks/cyber-checkup.yaml");

QByteArray fixtureBytes()
{
    QFile file(fixture);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Assessment assessmentWith(const Answers &answers)
{
    Assessment a;
    a.company.name = u"Test"_s;
    a.language = u"en"_s;
    Phare::ThemeAnswers t;
    t.version = 1;
    t.answers = answers;
    a.themes.insert(u"cyber-checkup"_s, t);
    return a;
}

} // namespace

class TestFrameworks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dontKnowExcludedChangesNoScore_data();
    void dontKnowExcludedChangesNoScore();
    void dontKnowOverriddenPerQuestion();
    void unscoredOptionLeavesItsQuestionOut();
    void unscoredOptionLeavesAGridRowOut();
    void unscoredDimensionIsNoMeasure();
    void unscoredDimensionDrivesConditions();
    void notApplicableIfPrefills();
    void notApplicableIfOverriddenAndSaved();
    void hiddenWinsOverPrefill();
    void newKeysSurviveTheCompiledContent();
    void misuseIsExplained_data();
    void misuseIsExplained();

private:
    ThemeResult score(const Answers &answers) const;
    AssessmentResult scoreAll(const Answers &answers) const;
    Content m_content;
};

void TestFrameworks::initTestCase()
{
    const Phare::Result<Content> loaded = ContentLoader::load({fixture}, {true, nullptr});
    QVERIFY2(loaded.ok() && loaded.diagnostics().isEmpty(), qPrintable(loaded.errorText()));
    m_content = loaded.value();
    QVERIFY(m_content.questionnaire(u"cyber-checkup"));
}

AssessmentResult TestFrameworks::scoreAll(const Answers &answers) const
{
    return Scorer::score(m_content, assessmentWith(answers));
}

ThemeResult TestFrameworks::score(const Answers &answers) const
{
    const AssessmentResult all = scoreAll(answers);
    return all.themes.isEmpty() ? ThemeResult() : all.themes.first();
}

// `dontKnow: excluded` (the questionnaire's): "don't know" to `updates` scores exactly as leaving it unanswered,
// and is still counted as a point to check.
void TestFrameworks::dontKnowExcludedChangesNoScore_data()
{
    QTest::addColumn<QString>("backups");
    QTest::addColumn<double>("expected");
    QTest::newRow("weekly") << u"weekly"_s << 50.0;
    QTest::newRow("daily") << u"daily"_s << 100.0;
    QTest::newRow("none") << u"none"_s << 0.0;
}

void TestFrameworks::dontKnowExcludedChangesNoScore()
{
    QFETCH(QString, backups);
    QFETCH(double, expected);
    const ThemeResult without = score({{u"backups"_s, choice(backups)}});
    const ThemeResult with = score({{u"backups"_s, choice(backups)}, {u"updates"_s, dontKnow()}});
    const DimensionResult *before = without.dimension(u"everyday");
    const DimensionResult *after = with.dimension(u"everyday");
    QVERIFY(before && after && before->score && after->score);
    QCOMPARE(*before->score, expected);
    QCOMPARE(*after->score, expected);
    // The weight shares say the same: backups takes all of the dimension either way.
    QCOMPARE(with.question(u"backups")->share, 1.0);
    const QuestionResult *updates = with.question(u"updates");
    QCOMPARE(updates->state, State::DontKnow);
    QVERIFY(updates->excluded);
    QVERIFY(!updates->counted());
    QCOMPARE(updates->share, 0.0);
    QCOMPARE(with.dontKnow, 1); // the results, the report and the CLI list it to check
    QCOMPARE(without.dontKnow, 0);
    QCOMPARE(with.answered, without.answered + 1);
    QCOMPARE(*with.score, *without.score);
}

// `dontKnow: lowest` on `backups` overrides the questionnaire's `excluded`: its "don't know" scores 0 and counts.
void TestFrameworks::dontKnowOverriddenPerQuestion()
{
    const ThemeResult theme = score({{u"updates"_s, choice(u"yes"_s)}, {u"backups"_s, dontKnow()}});
    const QuestionResult *backups = theme.question(u"backups");
    QCOMPARE(backups->state, State::DontKnow);
    QVERIFY(!backups->excluded);
    QVERIFY(backups->counted());
    QCOMPARE(*theme.dimension(u"everyday")->score, 50.0); // (yes 1 + don't know 0) / 2
    QCOMPARE(theme.dontKnow, 1);
}

// `score: null` on `provider`: backups is left out (as if not applicable), its follow-up is shown and counts.
void TestFrameworks::unscoredOptionLeavesItsQuestionOut()
{
    const ThemeResult alone = score({{u"updates"_s, choice(u"yes"_s)}, {u"backups"_s, choice(u"provider"_s)}});
    const QuestionResult *backups = alone.question(u"backups");
    QCOMPARE(backups->state, State::Answered);
    QVERIFY(backups->excluded);
    QVERIFY(!backups->counted());
    QCOMPARE(*alone.dimension(u"everyday")->score, 100.0);                   // updates alone
    QCOMPARE(alone.question(u"provider-restore")->state, State::Unanswered); // shown: it follows "provider"

    const ThemeResult followed = score({{u"updates"_s, choice(u"yes"_s)},
                                        {u"backups"_s, choice(u"provider"_s)},
                                        {u"provider-restore"_s, choice(u"no"_s)}});
    const QuestionResult *restore = followed.question(u"provider-restore");
    QCOMPARE(restore->state, State::Answered);
    QVERIFY(restore->counted());
    QCOMPARE(restore->share, 0.5);
    QCOMPARE(*followed.dimension(u"everyday")->score, 50.0); // (updates 1 + restore 0) / 2, backups out

    // Another answer to backups scores as usual and hides the follow-up.
    const ThemeResult daily = score({{u"updates"_s, choice(u"no"_s)},
                                     {u"backups"_s, choice(u"daily"_s)},
                                     {u"provider-restore"_s, choice(u"no"_s)}});
    QCOMPARE(daily.question(u"provider-restore")->state, State::Hidden);
    QCOMPARE(*daily.dimension(u"everyday")->score, 50.0);
}

// In a grid, a row answered with a `score: null` option is left out of the mean; all of them, the question.
void TestFrameworks::unscoredOptionLeavesAGridRowOut()
{
    const QByteArray yaml = R"(kind: questionnaire
id: grid-check
version: 1
title: {fr: Grille, en: Grid}
dimensions:
  - id: devices
    title: {fr: Appareils, en: Devices}
    questions:
      - id: locked
        type: grid
        text: {fr: "Les appareils sont-ils verrouillés ?", en: "Are the devices locked?"}
        help: {fr: "Un appareil perdu ne doit rien livrer.", en: "A lost device must give nothing away."}
        rows:
          - {id: laptops, label: {fr: Portables, en: Laptops}}
          - {id: phones, label: {fr: Téléphones, en: Phones}}
        options:
          - {id: never, label: {fr: Jamais, en: Never}, score: 0}
          - {id: always, label: {fr: Toujours, en: Always}, score: 2}
          - {id: none-used, label: {fr: "Nous n'en avons pas", en: "We have none"}, score: null}
      - id: phones-later
        type: yes-no
        text: {fr: "Prévoyez-vous des téléphones ?", en: "Do you plan to get phones?"}
        help: {fr: "Pour le prochain bilan.", en: "For the next check-up."}
        showIf: {question: locked, row: phones, in: [none-used]}
)";
    const Phare::Result<Content> loaded = ContentLoader::loadData({{u"grid.yaml"_s, yaml}}, {true, nullptr});
    QVERIFY2(loaded.ok() && loaded.diagnostics().isEmpty(), qPrintable(loaded.errorText()));
    const auto scored = [&](const Answers &answers) {
        Assessment a;
        a.company.name = u"Test"_s;
        Phare::ThemeAnswers t;
        t.answers = answers;
        a.themes.insert(u"grid-check"_s, t);
        return Scorer::score(*loaded, a).themes.first();
    };
    const Answer half = Answer::makeRows({{u"laptops"_s, u"always"_s}, {u"phones"_s, u"never"_s}});
    QCOMPARE(*scored({{u"locked"_s, half}}).score, 50.0);
    // Phones "we have none": the laptops alone make the question's score, and the follow-up is asked.
    const Answer laptopsOnly = Answer::makeRows({{u"laptops"_s, u"always"_s}, {u"phones"_s, u"none-used"_s}});
    const ThemeResult one = scored({{u"locked"_s, laptopsOnly}, {u"phones-later"_s, choice(u"yes"_s)}});
    QCOMPARE(one.question(u"locked")->normalised, 1.0);
    QVERIFY(one.question(u"locked")->counted());
    QCOMPARE(one.question(u"phones-later")->state, State::Answered);
    QCOMPARE(*one.score, 100.0);
    // No row with a score: the question is left out, the follow-up alone counts.
    const Answer neither = Answer::makeRows({{u"laptops"_s, u"none-used"_s}, {u"phones"_s, u"none-used"_s}});
    const ThemeResult none = scored({{u"locked"_s, neither}, {u"phones-later"_s, choice(u"no"_s)}});
    QCOMPARE(none.question(u"locked")->state, State::Answered);
    QVERIFY(none.question(u"locked")->excluded);
    QVERIFY(!none.question(u"locked")->counted());
    QCOMPARE(none.question(u"phones-later")->share, 1.0);
    QCOMPARE(*none.score, 0.0);
}

// The context dimension (`scored: false`) has no score, no level, no axis, no place in the theme's score, the
// overall score, the weakest dimension or a comparison with an earlier assessment.
void TestFrameworks::unscoredDimensionIsNoMeasure()
{
    const Answers answers = {{u"machines"_s, choice(u"some"_s)},
                             {u"staff"_s, choice(u"many"_s)},
                             {u"updates"_s, choice(u"no"_s)},
                             {u"machines-network"_s, choice(u"yes"_s)}};
    const AssessmentResult all = scoreAll(answers);
    QCOMPARE(all.themes.size(), 1);
    const ThemeResult &theme = all.themes.first();
    const DimensionResult *context = theme.dimension(u"context");
    QVERIFY(context);
    QVERIFY(!context->score);
    QVERIFY(!context->level);
    QCOMPARE(context->answered, 2); // the answers are there, and stored
    for (const QuestionResult &q : context->questions)
        QVERIFY(!q.counted());
    QList<QString> axes;
    for (const DimensionResult *d : theme.scoredDimensions())
        axes.append(d->dimension->id);
    QCOMPARE(axes, (QList<QString>{u"everyday"_s, u"industrial"_s}));
    QCOMPARE(*theme.score, 50.0); // everyday 0 and industrial 100, nothing from context
    QCOMPARE(*all.overall, 50.0);

    // "staff: many" would score the highest if it counted: the score does not move with it.
    Answers fewer = answers;
    fewer.insert(u"staff"_s, choice(u"few"_s));
    QCOMPARE(*score(fewer).score, 50.0);

    const Phare::Recommendations advice = Phare::Recommender::recommend(m_content, assessmentWith(answers), all);
    QVERIFY(advice.weakest);
    QCOMPARE(advice.weakest->dimension->id, u"everyday"_s);
}

// The context's answers still drive the conditions: "no machines" pre-fills the machine questions.
void TestFrameworks::unscoredDimensionDrivesConditions()
{
    const ThemeResult none = score({{u"machines"_s, choice(u"none"_s)}, {u"updates"_s, choice(u"no"_s)}});
    QCOMPARE(none.question(u"machines-network")->state, State::NotApplicable);
    QVERIFY(!none.dimension(u"industrial")->score); // nothing of it counts: the theme is "everyday" alone
    QCOMPARE(*none.score, 0.0);
    const ThemeResult some = score({{u"machines"_s, choice(u"some"_s)}, {u"updates"_s, choice(u"no"_s)}});
    QCOMPARE(some.question(u"machines-network")->state, State::Unanswered);
}

void TestFrameworks::notApplicableIfPrefills()
{
    const ThemeResult theme = score({{u"machines"_s, choice(u"none"_s)}});
    for (const QString &id : {u"machines-network"_s, u"machines-passwords"_s}) {
        const QuestionResult *q = theme.question(id);
        QCOMPARE(q->state, State::NotApplicable);
        QVERIFY(q->prefilled);
        QVERIFY(!q->counted());
        QVERIFY(q->answer && q->answer->kind == Answer::Kind::NotApplicable); // what is shown: "Not applicable"
    }
    QCOMPARE(theme.dimension(u"industrial")->answered, 2); // pre-filled answers count as given
    // An answer of its own is never pre-filled, even "not applicable" itself.
    const ThemeResult own = score({{u"machines"_s, choice(u"none"_s)}, {u"machines-network"_s, notApplicable()}});
    QVERIFY(!own.question(u"machines-network")->prefilled);
    QVERIFY(own.question(u"machines-passwords")->prefilled);
    // Without its condition, nothing is pre-filled.
    QVERIFY(!score({}).question(u"machines-network")->prefilled);
    QCOMPARE(score({}).question(u"machines-network")->state, State::Unanswered);
}

// The advisor changes a pre-filled answer: it is saved as any answer, read back, and wins over the condition.
void TestFrameworks::notApplicableIfOverriddenAndSaved()
{
    const Answers answers = {
        {u"machines"_s, choice(u"none"_s)}, {u"updates"_s, choice(u"yes"_s)}, {u"machines-network"_s, choice(u"no"_s)}};
    Assessment assessment = Assessment::makeNew();
    assessment.company.name = u"Atelier"_s;
    assessment.company.sector = u"craft"_s;
    Phare::ThemeAnswers t;
    t.version = 1;
    t.answers = answers;
    assessment.themes.insert(u"cyber-checkup"_s, t);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"atelier.phare"_s);
    const Phare::Status written = Phare::AssessmentFile::write(assessment, path);
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    const Phare::Result<Assessment> read = Phare::AssessmentFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(read->themes.value(u"cyber-checkup"_s).answers.value(u"machines-network"_s).choice, u"no"_s);
    // Only the advisor's answers are in the file: the pre-filled one is worked out again each time.
    QVERIFY(!read->themes.value(u"cyber-checkup"_s).answers.contains(u"machines-passwords"_s));

    const AssessmentResult result = Scorer::score(m_content, *read);
    const ThemeResult &theme = result.themes.first();
    const QuestionResult *network = theme.question(u"machines-network");
    QCOMPARE(network->state, State::Answered);
    QVERIFY(!network->prefilled);
    QVERIFY(network->counted());
    QCOMPARE(*theme.dimension(u"industrial")->score, 0.0); // the advisor's "no" counts
    QVERIFY(theme.question(u"machines-passwords")->prefilled);
    QCOMPARE(*theme.score, 50.0); // everyday 100, industrial 0
}

// A question hidden by its showIf is not asked: notApplicableIf does not bring it back.
void TestFrameworks::hiddenWinsOverPrefill()
{
    QByteArray yaml = fixtureBytes();
    QVERIFY(!yaml.isEmpty());
    const QByteArray at =
        "        allowNotApplicable: true\n        notApplicableIf: {question: machines, in: [none]}\n";
    const qsizetype first = yaml.indexOf(at);
    QVERIFY(first > 0);
    yaml.insert(first, "        showIf: {question: staff, in: [many]}\n");
    const Phare::Result<Content> loaded = ContentLoader::loadData({{u"hidden.yaml"_s, yaml}});
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const Assessment a = assessmentWith({{u"machines"_s, choice(u"none"_s)}, {u"staff"_s, choice(u"few"_s)}});
    const AssessmentResult result = Scorer::score(*loaded, a);
    const QuestionResult *network = result.themes.first().question(u"machines-network");
    QCOMPARE(network->state, State::Hidden);
    QVERIFY(!network->prefilled);
}

// The compiled content (what the build embeds) keeps every new key, and scores the same.
void TestFrameworks::newKeysSurviveTheCompiledContent()
{
    const QByteArray bytes = Phare::writeContentBinary(m_content);
    const Phare::Result<Content> read = Phare::readContentBinary(bytes, u"frameworks"_s);
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(Phare::writeContentBinary(*read), bytes);
    const Phare::Questionnaire *q = read->questionnaire(u"cyber-checkup");
    QVERIFY(q);
    QCOMPARE(q->dontKnow, Phare::DontKnowScoring::Excluded);
    QCOMPARE(q->question(u"backups")->dontKnow, std::optional(Phare::DontKnowScoring::Lowest));
    QVERIFY(!q->question(u"updates")->dontKnow);
    QVERIFY(!q->question(u"backups")->option(u"provider")->scored);
    QVERIFY(q->question(u"backups")->option(u"daily")->scored);
    QVERIFY(q->question(u"machines-network")->notApplicableIf);
    QVERIFY(!q->dimension(u"context")->scored);

    const Answers answers = {{u"machines"_s, choice(u"none"_s)},
                             {u"updates"_s, dontKnow()},
                             {u"backups"_s, choice(u"provider"_s)},
                             {u"provider-restore"_s, choice(u"partially"_s)}};
    const AssessmentResult fromYaml = scoreAll(answers);
    const AssessmentResult fromBinary = Scorer::score(*read, assessmentWith(answers));
    QCOMPARE(*fromBinary.overall, *fromYaml.overall);
    QCOMPARE(*fromBinary.overall, 50.0); // provider-restore alone: partially
    QVERIFY(fromBinary.themes.first().question(u"machines-passwords")->prefilled);
    QVERIFY(fromBinary.themes.first().question(u"updates")->excluded);
}

// Each misuse of the new keys is refused with its position and a plain sentence (what `phare-cli validate
// --strict` prints). `replace` is swapped for `with` in the fixture; the error is expected on the line and
// column where `at` starts in the changed file.
void TestFrameworks::misuseIsExplained_data()
{
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QByteArray>("with");
    QTest::addColumn<QByteArray>("at");
    QTest::addColumn<QString>("message");
    QTest::newRow("questionnaire dontKnow") << QByteArray("dontKnow: excluded\n") << QByteArray("dontKnow: skip\n")
                                            << QByteArray("skip") << u"cannot be 'skip': use one of"_s;
    QTest::newRow("question dontKnow") << QByteArray("        dontKnow: lowest\n")
                                       << QByteArray("        dontKnow: zero\n") << QByteArray("zero")
                                       << u"the dontKnow of the question 'backups' cannot be 'zero'"_s;
    QTest::newRow("dontKnow without allowDontKnow")
        << QByteArray("        allowDontKnow: true\n        dontKnow: lowest\n")
        << QByteArray("        dontKnow: lowest\n") << QByteArray("lowest\n")
        << u"does not offer \"don't know\": add 'allowDontKnow: true'"_s;
    QTest::newRow("score: null leaves one scored option")
        << QByteArray("score: 1}\n          - {id: daily, label: {fr: Chaque jour, en: Every day}, score: 2}")
        << QByteArray("score: null}\n          - {id: daily, label: {fr: Chaque jour, en: Every day}, score: null}")
        << QByteArray("- {id: none, label: {fr: Pas de sauvegarde") << u"needs at least two options with a score"_s;
    QTest::newRow("score: null as text") << QByteArray("score: null}") << QByteArray("score: \"null\"}")
                                         << QByteArray("\"null\"") << u"must be a number, not 'null'"_s;
    QTest::newRow("notApplicableIf without allowNotApplicable")
        << QByteArray("        allowNotApplicable: true\n        notApplicableIf")
        << QByteArray("        notApplicableIf")
        << QByteArray("{question: machines, in: [none]}\n      - id: machines-passwords")
        << u"does not offer \"not applicable\": add 'allowNotApplicable: true'"_s;
    QTest::newRow("notApplicableIf unknown question")
        << QByteArray("notApplicableIf: {question: machines, in: [none]}\n      - id: machines-passwords")
        << QByteArray("notApplicableIf: {question: machine, in: [none]}\n      - id: machines-passwords")
        << QByteArray("{question: machine,")
        << u"the notApplicableIf of the question 'machines-network' refers to an unknown question 'machine'"_s;
    QTest::newRow("notApplicableIf unknown option")
        << QByteArray("notApplicableIf: {question: machines, in: [none]}\n      - id: machines-passwords")
        << QByteArray("notApplicableIf: {question: machines, in: [nothing]}\n      - id: machines-passwords")
        << QByteArray("{question: machines, in: [nothing]}") << u"unknown option 'nothing'"_s;
    QTest::newRow("notApplicableIf on a later question")
        << QByteArray("notApplicableIf: {question: machines, in: [none]}\n      - id: machines-passwords")
        << QByteArray("notApplicableIf: {question: machines-passwords, in: [\"no\"]}\n      - id: machines-passwords")
        << QByteArray("{question: machines-passwords, in")
        << u"which does not come before it; a question can only depend on earlier answers"_s;
    QTest::newRow("notApplicableIf on a dimension score")
        << QByteArray("notApplicableIf: {question: machines, in: [none]}\n      - id: machines-passwords")
        << QByteArray("notApplicableIf: {dimension: everyday, scoreBelow: 50}\n      - id: machines-passwords")
        << QByteArray("{dimension: everyday") << u"can only look at earlier answers, not at a dimension's score"_s;
    QTest::newRow("weight 0") << QByteArray("    scored: false\n") << QByteArray("    weight: 0\n") << QByteArray("0\n")
                              << u"must be more than 0; to leave it out of the score, write 'scored: false'"_s;
}

void TestFrameworks::misuseIsExplained()
{
    QFETCH(QByteArray, replace);
    QFETCH(QByteArray, with);
    QFETCH(QByteArray, at);
    QFETCH(QString, message);
    QByteArray yaml = fixtureBytes();
    QCOMPARE(yaml.count(replace), 1);
    yaml.replace(replace, with);
    const qsizetype offset = yaml.indexOf(at);
    QVERIFY2(offset >= 0, at.constData());
    const int line = static_cast<int>(yaml.left(offset).count('\n')) + 1;
    const int column = static_cast<int>(offset - yaml.lastIndexOf('\n', offset - 1));
    const Phare::Result<Content> loaded = ContentLoader::loadData({{u"frameworks/bad.yaml"_s, yaml}}, {true, nullptr});
    QVERIFY(!loaded.ok());
    const QString expected = u"frameworks/bad.yaml:%1:%2: error: "_s.arg(line).arg(column);
    bool found = false;
    for (const Phare::Diagnostic &d : loaded.diagnostics())
        found = found || (d.toString().startsWith(expected) && d.message.contains(message));
    QVERIFY2(found, qPrintable(u"expected %1…%2, got:\n%3"_s.arg(expected, message, loaded.errorText())));
}

QTEST_GUILESS_MAIN(TestFrameworks)
#include "tst_frameworks.moc"
