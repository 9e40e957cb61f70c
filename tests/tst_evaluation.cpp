// An evaluation is what every page, the report and the command line read: it must hold what the
// scorer and the recommender give for the same answers, follow the answers, and stay as it was made.
#include "answermigration.h"
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "evaluation.h"
#include "recommender.h"
#include "scorer.h"

#include <QtTest>

using namespace Phare;

namespace {

QStringList actionIds(const QList<PlannedAction> &actions)
{
    QStringList ids;
    for (const PlannedAction &a : actions)
        ids.append(QStringLiteral("%1:%2:%3").arg(a.action->id).arg(static_cast<int>(a.horizon)).arg(a.rank));
    return ids;
}

// Every score of a result, named, so that two results compare in one QCOMPARE with a readable diff.
QStringList scoreLines(const AssessmentResult &result)
{
    const auto number = [](const std::optional<double> &score) {
        return score ? QString::number(*score, 'f', 6) : QStringLiteral("none");
    };
    QStringList lines{QStringLiteral("overall %1").arg(number(result.overall))};
    for (const ThemeResult &theme : result.themes) {
        lines.append(QStringLiteral("%1 %2").arg(theme.questionnaire->id, number(theme.score)));
        for (const DimensionResult &d : theme.dimensions)
            lines.append(QStringLiteral("%1/%2 %3").arg(theme.questionnaire->id, d.dimension->id, number(d.score)));
    }
    return lines;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void equalsTheScorerAndRecommender_data();
    void equalsTheScorerAndRecommender();
    void followsAnAnswer();
    void outlivesTheAssessmentItWasMadeOf();
    void nullEvaluationHoldsNothing();

private:
    Assessment example(const QString &name) const;

    Content m_content;
};

void TestEvaluation::initTestCase()
{
    const Result<Content> loaded = BuiltinContent::load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    m_content = *loaded;
}

Assessment TestEvaluation::example(const QString &name) const
{
    const Result<Assessment> read =
        AssessmentFile::read(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/") + name);
    if (!read.ok())
        qFatal("cannot read the example %s: %s", qPrintable(name), qPrintable(read.errorText()));
    return *read;
}

void TestEvaluation::equalsTheScorerAndRecommender_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("bakery") << QStringLiteral("boulangerie-marseille.phare");
    QTest::newRow("hotel") << QStringLiteral("hotel-aix-en-provence.phare");
    QTest::newRow("workshop") << QStringLiteral("usinage-la-ciotat.phare");
}

void TestEvaluation::equalsTheScorerAndRecommender()
{
    QFETCH(QString, file);
    const Assessment assessment = example(file);
    const Evaluation evaluation(m_content, assessment);
    // The evaluation scores the answers carried over to the questions that replaced theirs (`replaces:`);
    // each answer it cannot carry over is reported once, in place of the scorer's "no longer has".
    const Assessment carried = AnswerMigration::migrate(m_content, assessment).assessment;
    const AssessmentResult scores = Scorer::score(m_content, carried);
    const Recommendations advice = Recommender::recommend(m_content, carried, scores);

    QVERIFY(!evaluation.isNull());
    QCOMPARE(&evaluation.content(), &m_content);
    QCOMPARE(evaluation.assessment().id, assessment.id);
    QVERIFY(!scores.themes.isEmpty());
    QCOMPARE(scoreLines(evaluation.scores()), scoreLines(scores));
    QCOMPARE(evaluation.scores().issues.size(), scores.issues.size());
    QVERIFY(!advice.plan.isEmpty());
    QCOMPARE(actionIds(evaluation.recommendations().plan), actionIds(advice.plan));
    QCOMPARE(actionIds(evaluation.recommendations().others), actionIds(advice.others));
    QCOMPARE(evaluation.recommendations().chapters.size(), advice.chapters.size());
    for (qsizetype i = 0; i < advice.chapters.size(); ++i)
        QCOMPARE(evaluation.recommendations().chapters[i].chapter, advice.chapters[i].chapter);
    QCOMPARE(evaluation.recommendations().useCases.size(), advice.useCases.size());
    for (qsizetype i = 0; i < advice.useCases.size(); ++i)
        QCOMPARE(evaluation.recommendations().useCases[i].useCase, advice.useCases[i].useCase);
    QCOMPARE(evaluation.referenceDate(), assessment.referenceDate());
    QCOMPARE(evaluation.recommendations().profileMissing, advice.profileMissing);

    // A copy is the same evaluation, not a new one: nothing is scored again.
    const Evaluation copy = evaluation; // NOLINT(performance-unnecessary-copy-initialization): the copy is the subject
    QCOMPARE(&copy.scores(), &evaluation.scores());
    QCOMPARE(&copy.recommendations(), &evaluation.recommendations());
}

void TestEvaluation::followsAnAnswer()
{
    Assessment assessment = example(QStringLiteral("boulangerie-marseille.phare"));
    const Evaluation before(m_content, assessment);
    const QStringList scoresBefore = scoreLines(before.scores());

    // Move one counted scale answer to the other end of its scale.
    const QuestionResult *moved = nullptr;
    QString theme;
    QString question;
    for (const ThemeResult &t : before.scores().themes) {
        for (const DimensionResult &d : t.dimensions) {
            for (const QuestionResult &q : d.questions) {
                if (!moved && q.state == QuestionResult::State::Answered && q.counted() && q.choice >= 0 &&
                    q.question->type == QuestionType::Scale && q.question->options.size() > 1) {
                    moved = &q;
                    theme = t.questionnaire->id;
                    question = q.question->id;
                    const int other = q.choice == 0 ? static_cast<int>(q.question->options.size()) - 1 : 0;
                    assessment.themes[theme].answers[question] = Answer::makeChoice(q.question->options[other].id);
                }
            }
        }
    }
    QVERIFY2(moved, "the example answers a scale question");

    const Evaluation after(m_content, assessment);
    QVERIFY(scoreLines(after.scores()) != scoresBefore);
    QCOMPARE(scoreLines(after.scores()),
             scoreLines(Scorer::score(m_content, AnswerMigration::migrate(m_content, assessment).assessment)));
    // The evaluation made before the change is a value: it still says what the answers were.
    QCOMPARE(scoreLines(before.scores()), scoresBefore);
    QCOMPARE(before.assessment().themes.value(theme).answers.value(question), *moved->answer);
    QVERIFY(before.assessment().themes.value(theme).answers.value(question) !=
            assessment.themes.value(theme).answers.value(question));
}

void TestEvaluation::outlivesTheAssessmentItWasMadeOf()
{
    // The reasons point at the answers they quote: they must still read once the assessment the
    // evaluation was made of, and the first copy of it, are gone.
    std::optional<Evaluation> kept;
    QStringList expected;
    {
        const Assessment assessment = example(QStringLiteral("hotel-aix-en-provence.phare"));
        const Evaluation evaluation(m_content, assessment);
        for (const PlannedAction &a : evaluation.recommendations().plan) {
            for (const Reason &r : a.reasons)
                expected.append(r.describe(Language::english(), evaluation.referenceDate()));
        }
        kept = evaluation;
    }
    QStringList described;
    for (const PlannedAction &a : kept->recommendations().plan) {
        for (const Reason &r : a.reasons)
            described.append(r.describe(Language::english(), kept->referenceDate()));
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(described, expected);
}

void TestEvaluation::nullEvaluationHoldsNothing()
{
    const Evaluation none;
    QVERIFY(none.isNull());
    QVERIFY(none.scores().themes.isEmpty());
    QVERIFY(!none.scores().overall);
    QVERIFY(none.recommendations().plan.isEmpty());
    QVERIFY(none.content().questionnaires.isEmpty());
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
