// Questions that replace older ones (`replaces:`): an older file's answers are carried over to the new question
// where they fit, scored as docs/questionnaire-format.md says, kept and reported where they do not, and a bad
// `replaces` is refused at its line and column.
#include "answermigration.h"
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "evaluation.h"
#include "scorer.h"

#include <QtTest>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

// An assessment answered before the two-step sign-in question became a grid: one answer under the old id.
Assessment olderFile(const Answer &mfa, const QString &note = {})
{
    Assessment a;
    a.assessmentDate = QDate(2026, 12, 7);
    ThemeAnswers cyber;
    cyber.version = 1;
    cyber.answers.insert(u"mfa"_s, mfa);
    cyber.answers.insert(u"passwords"_s, Answer::makeChoice(u"password-manager"_s));
    if (!note.isEmpty()) {
        cyber.notes.insert(u"mfa"_s, note);
        cyber.keyNotes.append(u"mfa"_s);
    }
    a.themes.insert(u"cybersecurity"_s, cyber);
    return a;
}

const QuestionResult *question(const Evaluation &e, const QString &id)
{
    const ThemeResult *theme = e.scores().theme(u"cybersecurity");
    return theme ? theme->question(id) : nullptr;
}

QStringList issuesAbout(const Evaluation &e, const QString &questionId)
{
    QStringList messages;
    for (const ScoreIssue &issue : e.scores().issues) {
        if (issue.theme == u"cybersecurity" && issue.question == questionId)
            messages.append(issue.message);
    }
    return messages;
}

// A small questionnaire whose question `q2` carries the given replaces (indented under it).
QByteArray questionnaireWith(const QByteArray &replaces, const QByteArray &otherQuestion = {})
{
    return "kind: questionnaire\n"
           "id: t\n"
           "version: 2\n"
           "title: {fr: T, en: T}\n"
           "dimensions:\n"
           "  - id: d\n"
           "    title: {fr: D, en: D}\n"
           "    questions:\n"
           "      - id: q1\n"
           "        type: yes-no\n"
           "        text: {fr: Q1, en: Q1}\n"
           "        help: {fr: H, en: H}\n" +
           otherQuestion +
           "      - id: q2\n"
           "        type: grid\n"
           "        text: {fr: Q2, en: Q2}\n"
           "        help: {fr: H, en: H}\n"
           "        rows:\n"
           "          - {id: mail, label: {fr: M, en: M}}\n"
           "        options:\n"
           "          - {id: \"no\", label: {fr: Non, en: \"No\"}, score: 0}\n"
           "          - {id: \"yes\", label: {fr: Oui, en: \"Yes\"}, score: 1}\n" +
           replaces;
}

} // namespace

Q_DECLARE_METATYPE(Phare::Answer)

class TestReplaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOldAnswerAppearsUnderTheNewId_data();
    void anOldAnswerAppearsUnderTheNewId();
    void theNoteGoesWithTheAnswer();
    void anUnmappableAnswerIsKeptAndReported();
    void anAnswerToTheNewQuestionWins();
    void carryingOverTwiceChangesNothing();
    void badReplacesAreRefusedWithTheirPosition_data();
    void badReplacesAreRefusedWithTheirPosition();
    void aGoodReplacesIsRead();

private:
    Content m_content;
};

void TestReplaces::initTestCase()
{
    const Result<Content> loaded = BuiltinContent::load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    m_content = *loaded;
    const Question *grid = m_content.questionnaire(u"cybersecurity")->question(u"mfa-accounts");
    QVERIFY2(grid, "the built-in content has no question mfa-accounts");
    QCOMPARE(grid->replaces.size(), 1);
    QCOMPARE(grid->replaces.first().question, u"mfa"_s);
    QCOMPARE(grid->replaces.first().row, u"mail"_s);
}

// The old yes-no question asked about the mailbox, the bank and the other accounts at once; its "yes" and
// "no" fill the mail row of the grid (the row every other account's reset codes go through), and score what
// they scored before: 100 and 0. "Don't know" stays "don't know".
void TestReplaces::anOldAnswerAppearsUnderTheNewId_data()
{
    QTest::addColumn<Answer>("old");
    QTest::addColumn<Answer>("carried");
    QTest::addColumn<double>("normalised");
    QTest::newRow("yes") << Answer::makeChoice(u"yes"_s) << Answer::makeRows({{u"mail"_s, u"yes"_s}}) << 1.0;
    QTest::newRow("no") << Answer::makeChoice(u"no"_s) << Answer::makeRows({{u"mail"_s, u"no"_s}}) << 0.0;
    QTest::newRow("don't know") << Answer::makeDontKnow() << Answer::makeDontKnow() << 0.0;
}

void TestReplaces::anOldAnswerAppearsUnderTheNewId()
{
    QFETCH(Answer, old);
    QFETCH(Answer, carried);
    QFETCH(double, normalised);
    const Evaluation e(m_content, olderFile(old));
    const ThemeAnswers &answers = e.assessment().themes.value(u"cybersecurity"_s);
    QCOMPARE(answers.answers.value(u"mfa-accounts"_s), carried);
    QVERIFY2(!answers.answers.contains(u"mfa"_s), "the carried answer is still under its old id");
    const QuestionResult *q = question(e, u"mfa-accounts"_s);
    QVERIFY(q && q->counted());
    QCOMPARE(q->normalised, normalised);
    QVERIFY2(issuesAbout(e, u"mfa"_s).isEmpty(), qPrintable(issuesAbout(e, u"mfa"_s).join(u"; "_s)));
    // The advice follows: a "yes" on the old question no longer asks for two-step sign-in.
    bool mfaAdvised = false;
    for (const PlannedAction &p : e.recommendations().plan + e.recommendations().others)
        mfaAdvised = mfaAdvised || p.action->id == u"cyber-mfa-mail-bank";
    QCOMPARE(mfaAdvised, normalised < 1.0);
}

void TestReplaces::theNoteGoesWithTheAnswer()
{
    const AnswerMigration::Outcome out =
        AnswerMigration::migrate(m_content, olderFile(Answer::makeChoice(u"no"_s), u"Orange, sans code"_s));
    const ThemeAnswers &t = out.assessment.themes.value(u"cybersecurity"_s);
    QCOMPARE(t.notes.value(u"mfa-accounts"_s), u"Orange, sans code"_s);
    QVERIFY(!t.notes.contains(u"mfa"_s));
    QCOMPARE(t.keyNotes, QStringList{u"mfa-accounts"_s});
    QCOMPARE(out.carried, 1);
    QVERIFY(out.issues.isEmpty());
}

// "Partially" said that some accounts had it, not which: no row can be filled honestly.
void TestReplaces::anUnmappableAnswerIsKeptAndReported()
{
    const Assessment older = olderFile(Answer::makeChoice(u"partially"_s), u"banque oui"_s);
    const Evaluation e(m_content, older);
    const ThemeAnswers &t = e.assessment().themes.value(u"cybersecurity"_s);
    QCOMPARE(t.answers.value(u"mfa"_s), Answer::makeChoice(u"partially"_s));
    QCOMPARE(t.notes.value(u"mfa"_s), u"banque oui"_s);
    QVERIFY(!t.answers.contains(u"mfa-accounts"_s));
    const QStringList issues = issuesAbout(e, u"mfa"_s);
    QCOMPARE(issues.size(), 1); // once, with its reason, not also as "a question the questionnaire no longer has"
    QVERIFY2(issues.first().contains(u"mfa-accounts"_s) && issues.first().contains(u"kept in the file"_s),
             qPrintable(issues.first()));
    const QuestionResult *q = question(e, u"mfa-accounts"_s);
    QVERIFY(q && !q->answer);
}

void TestReplaces::anAnswerToTheNewQuestionWins()
{
    Assessment a = olderFile(Answer::makeChoice(u"yes"_s));
    a.themes[u"cybersecurity"_s].answers.insert(u"mfa-accounts"_s, Answer::makeRows({{u"mail"_s, u"no"_s}}));
    const Evaluation e(m_content, a);
    const ThemeAnswers &t = e.assessment().themes.value(u"cybersecurity"_s);
    QCOMPARE(t.answers.value(u"mfa-accounts"_s), Answer::makeRows({{u"mail"_s, u"no"_s}}));
    QCOMPARE(t.answers.value(u"mfa"_s), Answer::makeChoice(u"yes"_s));
    QCOMPARE(issuesAbout(e, u"mfa"_s).size(), 1);
    QCOMPARE(question(e, u"mfa-accounts"_s)->normalised, 0.0);
}

void TestReplaces::carryingOverTwiceChangesNothing()
{
    const AnswerMigration::Outcome once = AnswerMigration::migrate(m_content, olderFile(Answer::makeChoice(u"yes"_s)));
    const AnswerMigration::Outcome twice = AnswerMigration::migrate(m_content, once.assessment);
    QCOMPARE(twice.carried, 0);
    QCOMPARE(twice.assessment.toJson(), once.assessment.toJson());
}

void TestReplaces::badReplacesAreRefusedWithTheirPosition_data()
{
    QTest::addColumn<QByteArray>("replaces");
    QTest::addColumn<QByteArray>("other");
    QTest::addColumn<QString>("expected");
    const QByteArray q3 = "      - id: q3\n"
                          "        type: yes-no\n"
                          "        text: {fr: Q3, en: Q3}\n"
                          "        help: {fr: H, en: H}\n"
                          "        replaces: [old]\n";
    QTest::newRow("still a question") << QByteArray("        replaces: [q1]\n") << QByteArray()
                                      << u"bad.yaml:22:20: error: the question 'q2' replaces 'q1', which is still a "
                                         "question of this questionnaire"_s;
    QTest::newRow("itself") << QByteArray("        replaces: [q2]\n") << QByteArray()
                            << u"bad.yaml:22:20: error: the question 'q2' cannot replace itself"_s;
    QTest::newRow("twice in one list") << QByteArray("        replaces: [old, old]\n") << QByteArray()
                                       << u"bad.yaml:22:25: error: the replaces of the question 'q2' names the old "
                                          "question 'old' twice"_s;
    QTest::newRow("by two questions") << QByteArray("        replaces: [old]\n") << q3
                                      << u"bad.yaml:27:20: error: the old question 'old' is replaced both by 'q3' "
                                         "and by 'q2'"_s;
    QTest::newRow("unknown row") << QByteArray("        replaces: [{question: old, row: bank}]\n") << QByteArray()
                                 << u"bad.yaml:22:41: error: item 1 of the replaces of the question 'q2' names the "
                                    "row 'bank', which the question 'q2' does not have"_s;
    QTest::newRow("row on a yes-no")
        << QByteArray("        replaces: [old]\n")
        << QByteArray("      - id: q3\n"
                      "        type: yes-no\n"
                      "        text: {fr: Q3, en: Q3}\n"
                      "        help: {fr: H, en: H}\n"
                      "        replaces: [{question: older, row: mail}]\n")
        << u"bad.yaml:17:43: error: item 1 of the replaces of the question 'q3' names a row, but the question 'q3' "
           "is not a grid"_s;
    QTest::newRow("not an id") << QByteArray("        replaces: [Old Id]\n") << QByteArray()
                               << u"bad.yaml:22:20: error:"_s;
    QTest::newRow("not a list") << QByteArray("        replaces: old\n") << QByteArray() << u"bad.yaml:22:19: error:"_s;
    QTest::newRow("empty") << QByteArray("        replaces: []\n") << QByteArray()
                           << u"bad.yaml:22:19: error: the replaces of the question 'q2' is empty"_s;
    QTest::newRow("unknown key") << QByteArray("        replaces: [{question: old, rows: mail}]\n") << QByteArray()
                                 << u"bad.yaml:22:"_s;
}

void TestReplaces::badReplacesAreRefusedWithTheirPosition()
{
    QFETCH(QByteArray, replaces);
    QFETCH(QByteArray, other);
    QFETCH(QString, expected);
    const Result<Content> loaded = ContentLoader::loadData({{u"bad.yaml"_s, questionnaireWith(replaces, other)}});
    QVERIFY2(!loaded.ok(), "a bad replaces was accepted");
    QVERIFY2(loaded.errorText().contains(expected), qPrintable(loaded.errorText()));
}

void TestReplaces::aGoodReplacesIsRead()
{
    const Result<Content> loaded = ContentLoader::loadData(
        {{u"good.yaml"_s, questionnaireWith("        replaces: [old, {question: older, row: mail}]\n")}});
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const Question *q2 = loaded->questionnaire(u"t")->question(u"q2");
    QVERIFY(q2);
    QCOMPARE(q2->replaces.size(), 2);
    QCOMPARE(q2->replaces[0].question, u"old"_s);
    QVERIFY(q2->replaces[0].row.isEmpty());
    QCOMPARE(q2->replaces[1].question, u"older"_s);
    QCOMPARE(q2->replaces[1].row, u"mail"_s);
    QCOMPARE(q2->replaces[1].line, 22);
}

QTEST_GUILESS_MAIN(TestReplaces)
#include "tst_replaces.moc"
