// Long lists and long ids (issue 17): a question with the 101 French départements loads, scores, drives a
// condition by an option past the 64th, survives the compiled content format, and works in phare-cli; ids
// of 128 characters are accepted everywhere, 129 refused at their line and column; the option caps hold.
#include "assessment.h"
#include "clirun.h"
#include "contentbinary.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "evaluation.h"
#include "pdffile.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Phare;
using Phare::Test::CliRun;
using Phare::Test::runCli;

namespace {

const QString fixtures = QStringLiteral(PHARE_TEST_DATA "/longlists");

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

// A questionnaire whose ids are the ones given (questionnaire, dimension, question, option), with `options`
// options on its one scale question (or a checklist or grid question of that many).
QByteArray questionnaire(const QByteArray &themeId, const QByteArray &dimensionId, const QByteArray &questionId,
                         const QByteArray &optionId, int options = 2, const QByteArray &type = "scale")
{
    QByteArray y = "kind: questionnaire\n"
                   "id: " +
                   themeId +
                   "\n"
                   "version: 1\n"
                   "title: {fr: \"T\", en: \"T\"}\n"
                   "description: {fr: \"D\", en: \"D\"}\n"
                   "dimensions:\n"
                   "  - id: " +
                   dimensionId +
                   "\n"
                   "    title: {fr: \"D\", en: \"D\"}\n"
                   "    questions:\n"
                   "      - id: " +
                   questionId +
                   "\n"
                   "        type: " +
                   type +
                   "\n"
                   "        text: {fr: \"Q\", en: \"Q\"}\n"
                   "        help: {fr: \"H\", en: \"H\"}\n";
    if (type == "grid")
        y += "        rows:\n          - {id: r1, label: {fr: \"R\", en: \"R\"}}\n";
    y += "        options:\n";
    for (int o = 0; o < options; ++o) {
        const QByteArray id = o == 0 ? optionId : "o" + QByteArray::number(o);
        y += "          - {id: " + id + ", label: {fr: \"L\", en: \"L\"}" +
             (type == "checklist" ? QByteArray() : ", score: " + QByteArray::number(o)) + "}\n";
    }
    return y;
}

Result<Content> loadOne(const QByteArray &yaml)
{
    return ContentLoader::loadData({{QStringLiteral("t.yaml"), yaml}});
}

Assessment answering(const QString &departement)
{
    Assessment a = Assessment::makeNew();
    a.company.name = QStringLiteral("Chez Test");
    a.company.sector = QStringLiteral("retail");
    a.language = QStringLiteral("fr");
    ThemeAnswers &places = a.themes[QStringLiteral("places")];
    places.answers.insert(QStringLiteral("departement"), Answer::makeChoice(departement));
    places.answers.insert(QStringLiteral("coast-plan"), Answer::makeChoice(QStringLiteral("yes")));
    places.answers.insert(QStringLiteral("size-band"), Answer::makeChoice(QStringLiteral("two")));
    return a;
}

} // namespace

class TestLongLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aHundredAndOneOptionsLoad();
    void anOptionPastTheSixtyFourthScoresAndDrivesConditions_data();
    void anOptionPastTheSixtyFourthScoresAndDrivesConditions();
    void roundTripsThroughTheCompiledContent();
    void idsUpTo128Characters_data();
    void idsUpTo128Characters();
    void optionCaps_data();
    void optionCaps();
    void longIdsInAnAssessmentFile();
    void cliValidatesScoresRecommendsAndReports();

private:
    Result<Content> m_content = ContentLoader::load({fixtures});
};

void TestLongLists::initTestCase()
{
    QVERIFY2(m_content.ok() && !hasErrors(m_content.diagnostics()), qPrintable(describe(m_content.diagnostics())));
}

void TestLongLists::aHundredAndOneOptionsLoad()
{
    const Questionnaire *places = m_content->questionnaire(QStringLiteral("places"));
    QVERIFY(places);
    const Question *departement = places->question(QStringLiteral("departement"));
    QVERIFY(departement);
    QCOMPARE(departement->options.size(), 101);
    QCOMPARE(departement->options.first().label.text(Language::french()), QStringLiteral("01 Ain"));
    QCOMPARE(departement->options.last().label.text(Language::french()), QStringLiteral("976 Mayotte"));
    const Option *herault = departement->option(u"herault");
    QVERIFY(herault);
    QCOMPARE(herault->label.text(Language::french()), QStringLiteral("34 Hérault"));
    QVERIFY(departement->option(u"var") - departement->options.constData() > 64);
}

void TestLongLists::anOptionPastTheSixtyFourthScoresAndDrivesConditions_data()
{
    QTest::addColumn<QString>("departement");
    QTest::addColumn<bool>("coastal");
    // clang-format off
    QTest::newRow("Hérault, coastal, 35th")  << QStringLiteral("herault") << true;
    QTest::newRow("Var, coastal, 84th")      << QStringLiteral("var")     << true;
    QTest::newRow("La Réunion, coastal, last but one") << QStringLiteral("la-reunion") << true;
    QTest::newRow("Paris, inland, 76th")     << QStringLiteral("paris")   << false;
    QTest::newRow("Ain, inland, first")      << QStringLiteral("ain")     << false;
    // clang-format on
}

void TestLongLists::anOptionPastTheSixtyFourthScoresAndDrivesConditions()
{
    QFETCH(QString, departement);
    QFETCH(bool, coastal);
    const Evaluation evaluation(m_content.value(), answering(departement));
    const ThemeResult *theme = evaluation.scores().theme(u"places");
    QVERIFY(theme);
    const QuestionResult *answer = theme->question(u"departement");
    QVERIFY(answer);
    QCOMPARE(answer->state, QuestionResult::State::Answered);
    const Question *question = answer->question;
    QCOMPARE(question->options.value(answer->choice).id, departement);
    QVERIFY(!answer->counted()); // a context question: never part of a score
    for (const ScoreIssue &issue : evaluation.scores().issues)
        QFAIL(qPrintable(issue.message));
    // The flood plan is asked only on the coast: the condition names options past the 64th.
    const QuestionResult *plan = theme->question(u"coast-plan");
    QCOMPARE(plan->visible(), coastal);
    // Yes to the plan (1) and two sites (1/2) on the coast; two sites alone inland.
    QVERIFY(theme->score);
    QCOMPARE(*theme->score, coastal ? 75.0 : 50.0);
}

void TestLongLists::roundTripsThroughTheCompiledContent()
{
    const QByteArray bytes = writeContentBinary(m_content.value());
    const Result<Content> read = readContentBinary(bytes, QStringLiteral("longlists.bin"));
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    QCOMPARE(writeContentBinary(read.value()), bytes);
    const Question *departement = read->questionnaire(u"places")->question(u"departement");
    QCOMPARE(departement->options.size(), 101);
    QCOMPARE(departement->options[83].id, QStringLiteral("var"));
    const Evaluation fromYaml(m_content.value(), answering(QStringLiteral("var")));
    const Evaluation fromBinary(read.value(), answering(QStringLiteral("var")));
    QCOMPARE(fromBinary.scores().theme(u"places")->score, fromYaml.scores().theme(u"places")->score);
    QVERIFY(fromBinary.scores().theme(u"places")->question(u"coast-plan")->visible());
}

void TestLongLists::idsUpTo128Characters_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line"); // of the id refused; 0: accepted
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray id128 = QByteArray("a-") + QByteArray(ContentLimits::maxIdLength - 2, 'x');
    const QByteArray id129 = id128 + 'y';
    QCOMPARE(id128.size(), 128);
    // clang-format off
    QTest::newRow("every id at 128")    << questionnaire(id128, "d-" + id128.mid(2), "q-" + id128.mid(2), "o-" + id128.mid(2))
                                        << 0 << 0 << QString();
    QTest::newRow("questionnaire, 129") << questionnaire(id129, "d", "q", "o") << 2 << 5
                                        << QStringLiteral("the questionnaire id is too long (129 characters; an id has at most 128)");
    QTest::newRow("dimension, 129")     << questionnaire("t", id129, "q", "o") << 7 << 9
                                        << QStringLiteral("the id of dimension 1 is too long (129 characters; an id has at most 128)");
    QTest::newRow("question, 129")      << questionnaire("t", "d", id129, "o") << 10 << 13
                                        << QStringLiteral("is too long (129 characters; an id has at most 128)");
    QTest::newRow("option, 129")        << questionnaire("t", "d", "q", id129) << 15 << 18
                                        << QStringLiteral("is too long (129 characters; an id has at most 128)");
    // clang-format on
}

void TestLongLists::idsUpTo128Characters()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Result<Content> result = loadOne(yaml);
    if (line == 0) {
        QVERIFY2(result.ok() && !hasErrors(result.diagnostics()), qPrintable(describe(result.diagnostics())));
        const Question &q = result->questionnaires.first().dimensions.first().questions.first();
        QCOMPARE(q.id.size(), 128);
        QCOMPARE(q.options.first().id.size(), 128);
        return;
    }
    QVERIFY(!result.ok());
    const Diagnostic &first = result.diagnostics().first();
    QVERIFY2(first.message.contains(message), qPrintable(describe(result.diagnostics())));
    // Where the id is written, so that an editor jumps to it.
    QCOMPARE(first.toString().section(QStringLiteral(": "), 0, 0),
             QStringLiteral("t.yaml:%1:%2").arg(line).arg(column));
}

void TestLongLists::optionCaps_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");
    using L = ContentLimits;
    // clang-format off
    QTest::newRow("single choice at 500")  << questionnaire("t", "d", "q", "o", L::maxOptions) << QString();
    QTest::newRow("single choice at 501")  << questionnaire("t", "d", "q", "o", L::maxOptions + 1)
                                           << QStringLiteral("the options of the question 'q' has too many items (501; at most 500)");
    QTest::newRow("checklist at 50")       << questionnaire("t", "d", "q", "o", L::maxShownOptions, "checklist") << QString();
    QTest::newRow("checklist at 51")       << questionnaire("t", "d", "q", "o", L::maxShownOptions + 1, "checklist")
                                           << QStringLiteral("the options of the question 'q' has too many items (51; at most 50)");
    QTest::newRow("grid at 50")            << questionnaire("t", "d", "q", "o", L::maxShownOptions, "grid") << QString();
    QTest::newRow("grid at 51")            << questionnaire("t", "d", "q", "o", L::maxShownOptions + 1, "grid")
                                           << QStringLiteral("the options of the question 'q' has too many items (51; at most 50)");
    // clang-format on
}

void TestLongLists::optionCaps()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const Result<Content> result = loadOne(yaml);
    if (error.isEmpty()) {
        QVERIFY2(result.ok() && !hasErrors(result.diagnostics()), qPrintable(describe(result.diagnostics())));
        return;
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.diagnostics().first().message.contains(error), qPrintable(describe(result.diagnostics())));
}

void TestLongLists::longIdsInAnAssessmentFile()
{
    // Answers are stored under the ids: 128 characters are kept as they are.
    const QString theme = QStringLiteral("t-") + QString(126, u'x');
    const QString question = QStringLiteral("q-") + QString(126, u'x');
    const QString option = QStringLiteral("o-") + QString(126, u'x');
    Assessment a = Assessment::makeNew();
    a.company.name = QStringLiteral("Chez Test");
    a.company.sector = QStringLiteral("retail");
    a.themes[theme].answers.insert(question, Answer::makeChoice(option));
    a.themes[theme].notes.insert(question, QStringLiteral("une note"));
    a.themes[theme].keyNotes.append(question);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.phare"));
    const Status written = AssessmentFile::write(a, path);
    QVERIFY2(written.ok(), qPrintable(describe(written.diagnostics())));
    const Result<Assessment> read = AssessmentFile::read(path);
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    QCOMPARE(read->themes.value(theme).answers.value(question).choice, option);
    QCOMPARE(read->themes.value(theme).keyNotes, QStringList{question});
}

void TestLongLists::cliValidatesScoresRecommendsAndReports()
{
    const CliRun validate = runCli({QStringLiteral("validate"), QStringLiteral("--strict"), fixtures});
    CHECK_EXIT(validate, 0);

    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("var.phare"));
    const Status written = AssessmentFile::write(answering(QStringLiteral("var")), input);
    QVERIFY2(written.ok(), qPrintable(describe(written.diagnostics())));
    const QStringList content = {QStringLiteral("--questionnaires"), fixtures, QStringLiteral("--lang"),
                                 QStringLiteral("fr")};

    const CliRun score = runCli(QStringList{QStringLiteral("score"), input} + content);
    CHECK_EXIT(score, 0);
    QVERIFY2(score.out.contains(QStringLiteral("Territoire")) && score.out.contains(QStringLiteral("75")),
             qPrintable(score.out));
    QVERIFY2(!score.err.contains(QStringLiteral("no longer exists")), qPrintable(score.err));

    const CliRun recommend = runCli(QStringList{QStringLiteral("recommend"), input} + content);
    CHECK_EXIT(recommend, 0);

    const QString pdf = dir.filePath(QStringLiteral("var.pdf"));
    const CliRun report = runCli(QStringList{QStringLiteral("report"), input, QStringLiteral("-o"), pdf} + content);
    CHECK_EXIT(report, 0);
    // The appendix of answers says the département in words, as the list shows it.
    const QString text = Test::PdfFile::at(pdf).text();
    QVERIFY2(text.contains(QStringLiteral("83 Var")), qPrintable(text.right(3000)));
}

QTEST_MAIN(TestLongLists)
#include "tst_longlists.moc"
