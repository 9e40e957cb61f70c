// A workshop run live on the laptop (issue 19, "Live"): Edit → People in the workshop… turns an assessment into a
// workshop, and on the question page the advisor records each person's answer in turn by keyboard (Ctrl+R);
// the agreed answer and the scores follow, undo takes each step back, and saving keeps everyone's answers.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "mainwindow.h"
#include "peopledialog.h"
#include "questionpage.h"
#include "respondentanswers.h"
#include "resultspage.h"
#include "scorer.h"
#include "scoretablemodel.h"
#include "settings.h"
#include "workshop.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {
const QString kSingle = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");
const QString kWorkshop = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/fleuriste-aubagne-atelier.phare");
const QString kTheme = QStringLiteral("cybersecurity");

// The agreed answers of every theme, to compare (ThemeAnswers has no ==).
QMap<QString, QMap<QString, Answer>> agreedAnswers(const QMap<QString, ThemeAnswers> &themes)
{
    QMap<QString, QMap<QString, Answer>> answers;
    for (auto t = themes.cbegin(); t != themes.cend(); ++t)
        answers.insert(t.key(), t->answers);
    return answers;
}
} // namespace

class TestGuiWorkshopLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void peopleDialogMakesAWorkshopOfThePlainFile();
    void eachPersonsAnswerEnteredInTurnByKeyboard();
    void sameAnswersFromEveryoneAreAgreed();
    void firmProfileIsAnsweredOnceForTheTeam();
    void leavingSomeoneOutSaysWhatIsLostAndUndoes();
    void peopleDialogRefusesAWorkshopOfOne();
    void peopleDialogByKeyboardAlone();

private:
    bool open(MainWindow &window, const QString &path);
    // Opens Edit → People in the workshop… and names the two people it proposes; returns the dialog.
    PeopleDialog *openPeople(MainWindow &window);
    // A cybersecurity question with 2–9 option buttons that the bakery answered with one of them.
    QuestionPage::Step choiceQuestion(const Assessment &assessment) const;
    static std::optional<double> shownThemeScore(MainWindow &window, const QString &title);
    static void pressDigit(int digit) { QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + digit)); }
    static void pressCtrl(Qt::Key key, Qt::KeyboardModifiers more = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, Qt::ControlModifier | more);
    }

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestGuiWorkshopLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestGuiWorkshopLive::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
}

void TestGuiWorkshopLive::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

bool TestGuiWorkshopLive::open(MainWindow &window, const QString &path)
{
    if (!window.openFile(path))
        return false;
    window.resize(1024, 600);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

PeopleDialog *TestGuiWorkshopLive::openPeople(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(u"peopleAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = window.findChild<PeopleDialog *>();
    if (!dialog || dialog->personCount() < 2)
        return dialog;
    // Typed in, as the advisor would (QTest types ASCII only: the accent is put in as a paste).
    QTest::keyClicks(dialog->nameEdit(0), u"Karim"_s);
    dialog->nameEdit(1)->insert(u"Léa"_s);
    return dialog;
}

QuestionPage::Step TestGuiWorkshopLive::choiceQuestion(const Assessment &assessment) const
{
    const Questionnaire *theme = m_content->questionnaire(kTheme);
    for (const Dimension &d : theme->dimensions) {
        for (const Question &q : d.questions) {
            const auto answer = assessment.themes.value(kTheme).answers.constFind(q.id);
            if ((q.type == QuestionType::Scale || q.type == QuestionType::YesNo) && q.options.size() >= 2 &&
                q.options.size() <= 9 && !q.notApplicableIf &&
                answer != assessment.themes.value(kTheme).answers.cend() && answer->kind == Answer::Kind::Choice)
                return {kTheme, q.id};
        }
    }
    return {};
}

std::optional<double> TestGuiWorkshopLive::shownThemeScore(MainWindow &window, const QString &title)
{
    window.resultsPage()->refresh();
    const QList<ScoreTableModel *> tables = window.resultsPage()->tables();
    if (tables.isEmpty())
        return std::nullopt;
    for (const ScoreTableModel::Row &row : tables.first()->rows()) {
        if (row.label == title)
            return row.score;
    }
    return std::nullopt;
}

void TestGuiWorkshopLive::peopleDialogMakesAWorkshopOfThePlainFile()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kSingle));
    AssessmentDocument *document = window.document();
    const Assessment before = document->assessment();
    QVERIFY(!before.isWorkshop());
    QVERIFY(window.questionPage()->answeringForRow()->isHidden());

    PeopleDialog *dialog = openPeople(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->personCount(), 2);
    // The bakery's answers so far can be the first person's: offered, ticked, and saying so by name.
    QVERIFY(dialog->answersSoFarBox()->isVisibleTo(dialog));
    QVERIFY(dialog->answersSoFarBox()->isChecked());
    QVERIFY2(dialog->answersSoFarBox()->text().contains(u"Karim"_s), qPrintable(dialog->answersSoFarBox()->text()));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();

    const Assessment &now = document->assessment();
    QVERIFY(now.isWorkshop());
    QCOMPARE(now.respondents.size(), 2);
    QCOMPARE(now.respondents[0].name, u"Karim"_s);
    QCOMPARE(now.respondents[0].role, u"owner"_s);
    QCOMPARE(now.respondents[1].name, u"Léa"_s);
    QCOMPARE(now.respondents[1].role, u"employee"_s);
    QVERIFY(now.respondents[0].id != now.respondents[1].id);
    // Karim's own answers are what the bakery answered; Léa has none yet; the scores have not moved.
    QCOMPARE(now.respondents[0].answers.value(kTheme), before.themes.value(kTheme).answers);
    QVERIFY(now.respondents[1].answers.isEmpty());
    QCOMPARE(now.themes.value(kTheme).answers, before.themes.value(kTheme).answers);
    QVERIFY(document->toSettle().isEmpty());

    // The question page now asks whose answer it records; one undo step gives the plain file back.
    window.showPage(MainWindow::Page::Questions);
    QuestionPage *page = window.questionPage();
    page->goTo(choiceQuestion(before));
    QVERIFY(page->answeringForRow()->isVisible());
    QCOMPARE(page->answeringForBox()->count(), 3); // the agreed answer, Karim, Léa
    QVERIFY(!page->answeringForBox()->accessibleName().isEmpty());
    document->undoStack()->undo();
    QVERIFY(!document->assessment().isWorkshop());
    QVERIFY(page->answeringForRow()->isHidden());
    QCOMPARE(agreedAnswers(document->assessment().themes), agreedAnswers(before.themes));
}

void TestGuiWorkshopLive::eachPersonsAnswerEnteredInTurnByKeyboard()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kSingle));
    AssessmentDocument *document = window.document();
    const Assessment plain = document->assessment();
    const QuestionPage::Step step = choiceQuestion(plain);
    QVERIFY(!step.question.isEmpty());
    const Question *question = m_content->questionnaire(kTheme)->question(step.question);
    PeopleDialog *dialog = openPeople(window);
    QVERIFY(dialog);
    dialog->okButton()->click();
    const QString karim = document->assessment().respondents[0].id;
    const QString lea = document->assessment().respondents[1].id;

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QuestionPage *page = window.questionPage();
    QTRY_VERIFY(page->isVisible());
    page->goTo(step);
    const QString title = m_content->questionnaire(kTheme)->title.text(Language::english());
    const std::optional<double> agreedScore = shownThemeScore(window, title);
    QVERIFY(agreedScore);

    // Ctrl+R: Karim's answer, what the bakery had answered, shown selected; his line says it is being entered.
    pressCtrl(Qt::Key_R);
    QCOMPARE(page->answeringFor(), karim);
    QCOMPARE(page->answeringForBox()->currentData().toString(), karim);
    const Answer karimSaid = *document->respondentAnswer(karim, kTheme, step.question);
    RespondentAnswers *people = page->respondentAnswers();
    QVERIFY(people->isVisible());
    QCOMPARE(people->answerLines().size(), 2);
    QVERIFY2(people->answerLines()[0].startsWith(u"Karim (owner)"_s) &&
                 people->answerLines()[0].endsWith(u"(being entered)"_s),
             qPrintable(people->answerLines().join(u" | "_s)));
    QVERIFY2(people->answerLines()[1].endsWith(u"no answer"_s), qPrintable(people->answerLines()[1]));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && page->answersGroup()->isAncestorOf(focus));
    QVERIFY(page->answersGroup()->accessibleName().contains(u"Karim"_s));

    // Ctrl+R again: Léa, who picks another option with a digit key. Only her answer changes; the question
    // is now to settle, so it counts as not answered and the theme's score moves.
    pressCtrl(Qt::Key_R);
    QCOMPARE(page->answeringFor(), lea);
    qsizetype karimOption = -1;
    for (qsizetype i = 0; i < question->options.size(); ++i) {
        if (question->options[i].id == karimSaid.choice)
            karimOption = i;
    }
    QVERIFY(karimOption >= 0);
    const qsizetype leaOption = karimOption == 0 ? 1 : 0;
    const int steps = document->undoStack()->count();
    pressDigit(static_cast<int>(leaOption + 1));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->respondentAnswer(lea, kTheme, step.question),
             std::optional<Answer>(Answer::makeChoice(question->options[leaOption].id)));
    QCOMPARE(document->respondentAnswer(karim, kTheme, step.question), std::optional<Answer>(karimSaid));
    QCOMPARE(document->agreementOn(kTheme, step.question)->state, QuestionAgreement::State::Disputed);
    QVERIFY(!document->answer(kTheme, step.question));
    QCOMPARE(document->toSettle().size(), 1);
    QCOMPARE(page->settleStatus()->text(), u"1 question to settle"_s);
    QVERIFY(people->stateLabel()->text().startsWith(u"To settle"_s));
    // The score is that of the bakery's answers without this one (scored independently of the workshop).
    Assessment without = plain;
    without.themes[kTheme].answers.remove(step.question);
    const std::optional<double> disputedScore = shownThemeScore(window, title);
    QCOMPARE(disputedScore, Scorer::score(m_content.value(), without).theme(kTheme)->score);
    QVERIFY(disputedScore != agreedScore);

    // Ctrl+R once more: round to the agreed answer, where Léa's option, typed in, settles it.
    pressCtrl(Qt::Key_R);
    QVERIFY(page->answeringFor().isEmpty());
    QCOMPARE(page->answeringForBox()->currentIndex(), 0);
    pressDigit(static_cast<int>(leaOption + 1));
    QCOMPARE(document->agreementOn(kTheme, step.question)->state, QuestionAgreement::State::Settled);
    QCOMPARE(document->answer(kTheme, step.question),
             std::optional<Answer>(Answer::makeChoice(question->options[leaOption].id)));
    Assessment settled = plain;
    settled.themes[kTheme].answers.insert(step.question, Answer::makeChoice(question->options[leaOption].id));
    QCOMPARE(shownThemeScore(window, title), Scorer::score(m_content.value(), settled).theme(kTheme)->score);
    QCOMPARE(people->agreedLabel()->text(),
             u"Agreed answer: "_s + question->options[leaOption].label.text(Language::english()));

    // Saved and read again: each person's answer and the settled one are in the file.
    const QString path = m_dir.filePath(u"live.phare"_s);
    QVERIFY(document->save(path).ok());
    const Result<Assessment> read = AssessmentFile::read(path, &m_content.value());
    QVERIFY(read.ok());
    QCOMPARE(read->respondent(lea)->answers.value(kTheme).value(step.question),
             Answer::makeChoice(question->options[leaOption].id));
    QCOMPARE(read->respondent(karim)->answers.value(kTheme).value(step.question), karimSaid);
    QVERIFY(read->settled.value(kTheme).contains(step.question));

    // Undo, step by step: the settling, then Léa's answer (the team agrees again, on Karim's).
    pressCtrl(Qt::Key_Z);
    QCOMPARE(document->agreementOn(kTheme, step.question)->state, QuestionAgreement::State::Disputed);
    pressCtrl(Qt::Key_Z);
    QVERIFY(!document->respondentAnswer(lea, kTheme, step.question));
    QCOMPARE(document->answer(kTheme, step.question), std::optional<Answer>(karimSaid));
    QCOMPARE(shownThemeScore(window, title), agreedScore);

    // Ctrl+Shift+R goes the other way round: from the agreed answer to the last person.
    pressCtrl(Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(page->answeringFor(), lea);
}

void TestGuiWorkshopLive::sameAnswersFromEveryoneAreAgreed()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kSingle));
    AssessmentDocument *document = window.document();
    const QuestionPage::Step step = choiceQuestion(document->assessment());
    PeopleDialog *dialog = openPeople(window);
    QVERIFY(dialog);
    dialog->answersSoFarBox()->setChecked(false); // nobody's answers yet: the bakery's stay the agreed ones
    dialog->okButton()->click();
    QVERIFY(document->assessment().respondents[0].answers.isEmpty());
    const std::optional<Answer> before = document->answer(kTheme, step.question);
    QVERIFY(before);

    window.showPage(MainWindow::Page::Questions);
    QuestionPage *page = window.questionPage();
    page->goTo(step);
    RespondentAnswers *people = page->respondentAnswers();
    QVERIFY(people->isVisible());
    QCOMPARE(people->stateLabel()->text(), u"Nobody has answered yet."_s);
    // Both say the second option: it becomes the agreed answer, replacing what the file had.
    const Question *question = m_content->questionnaire(kTheme)->question(step.question);
    const Answer second = Answer::makeChoice(question->options[1].id);
    pressCtrl(Qt::Key_R);
    pressDigit(2);
    QCOMPARE(document->agreementOn(kTheme, step.question)->state, QuestionAgreement::State::ToCheck);
    pressCtrl(Qt::Key_R);
    pressDigit(2);
    QCOMPARE(document->agreementOn(kTheme, step.question)->state, QuestionAgreement::State::Agreed);
    QCOMPARE(document->answer(kTheme, step.question), std::optional<Answer>(second));
    QVERIFY(people->stateLabel()->text().startsWith(u"Agreed"_s));
    QVERIFY(document->toSettle().isEmpty());
}

void TestGuiWorkshopLive::firmProfileIsAnsweredOnceForTheTeam()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kWorkshop));
    AssessmentDocument *document = window.document();
    window.showPage(MainWindow::Page::Questions);
    QuestionPage *page = window.questionPage();
    // A workshop opened before the page was first shown lists its people all the same, names and roles whole.
    QCOMPARE(page->answeringForBox()->count(), 1 + document->assessment().respondents.size());
    QCOMPARE(
        page->answeringForBox()->itemText(1),
        Workshop::label(document->assessment(), document->assessment().respondents.first(), Language::english(), true));
    QVERIFY(page->answeringForBox()->sizeHint().width() >=
            page->answeringForBox()->fontMetrics().horizontalAdvance(page->answeringForBox()->itemText(0)));
    const Questionnaire *profile = m_content->profile();
    QVERIFY(profile);
    page->goTo({profile->id, profile->dimensions.first().questions.first().id});
    QVERIFY(page->answeringForRow()->isHidden());
    // Even with a person chosen, a profile answer is the firm's: Ctrl+R does nothing here.
    page->setAnsweringFor(document->assessment().respondents.first().id);
    pressCtrl(Qt::Key_R);
    QCOMPARE(page->answeringFor(), document->assessment().respondents.first().id);
    page->nextTheme();
    QVERIFY(page->answeringForRow()->isVisible());
    QCOMPARE(page->answeringForBox()->currentData().toString(), document->assessment().respondents.first().id);
}

void TestGuiWorkshopLive::leavingSomeoneOutSaysWhatIsLostAndUndoes()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kWorkshop));
    AssessmentDocument *document = window.document();
    const Assessment before = document->assessment();
    QCOMPARE(before.respondents.size(), 3);
    window.findChild<QAction *>(u"peopleAction"_s)->trigger();
    auto *dialog = window.findChild<PeopleDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->personCount(), 3);
    QVERIFY(!dialog->answersSoFarBox()->isVisibleTo(dialog)); // a workshop already: answers are each one's
    QVERIFY(dialog->summary()->text().isEmpty());
    const Respondent &last = before.respondents.last();
    int count = 0;
    for (const auto &theme : last.answers)
        count += static_cast<int>(theme.size());
    QVERIFY(count > 0);
    dialog->removeButton(2)->setFocus();
    QTest::keyClick(dialog->removeButton(2), Qt::Key_Space);
    QCOMPARE(dialog->personCount(), 2);
    QVERIFY2(dialog->summary()->text().contains(u"%1 answers will be removed"_s.arg(count)),
             qPrintable(dialog->summary()->text()));
    QVERIFY(dialog->summary()->text().contains(last.name));
    dialog->okButton()->click();
    QCOMPARE(document->assessment().respondents.size(), 2);
    QVERIFY(!document->assessment().respondent(last.id));
    // The agreed answers follow the two left; undo brings the third person back, whole.
    QCOMPARE(agreedAnswers(document->assessment().themes), [&] {
        Assessment two = before;
        two.respondents.removeLast();
        Workshop::applyAgreement(two);
        return agreedAnswers(two.themes);
    }());
    document->undoStack()->undo();
    QCOMPARE(document->assessment().respondents, before.respondents);
    QCOMPARE(agreedAnswers(document->assessment().themes), agreedAnswers(before.themes));
    QCOMPARE(document->assessment().settled, before.settled);
}

void TestGuiWorkshopLive::peopleDialogRefusesAWorkshopOfOne()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kSingle));
    PeopleDialog *dialog = openPeople(window);
    QVERIFY(dialog);
    // A name is needed for each person.
    dialog->nameEdit(1)->setText(u"  "_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->summary()->text().contains(u"person 2"_s), qPrintable(dialog->summary()->text()));
    // One person is no workshop: said, and refused.
    dialog->removeButton(1)->click();
    QCOMPARE(dialog->personCount(), 1);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->summary()->text().contains(u"at least two people"_s));
    // At most ten.
    for (int i = 0; i < 12; ++i)
        dialog->addPerson();
    QCOMPARE(dialog->personCount(), Assessment::maxRespondents);
    QVERIFY(!dialog->addButton()->isEnabled());
    dialog->reject();
    QVERIFY(!window.document()->assessment().isWorkshop());
}

void TestGuiWorkshopLive::peopleDialogByKeyboardAlone()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kSingle));
    PeopleDialog *dialog = openPeople(window);
    QVERIFY(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    // Each person's fields in reading order, then the next person's: Tab reaches everything.
    dialog->nameEdit(0)->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), dialog->nameEdit(0));
    const QList<QWidget *> order = {dialog->roleBox(0), dialog->roleTextEdit(0), dialog->removeButton(0),
                                    dialog->nameEdit(1)};
    for (QWidget *expected : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected);
        QVERIFY(!expected->accessibleName().isEmpty());
    }
    // The role is chosen with the arrow keys; Alt+A adds a person and puts the cursor in their name.
    QTest::keyClick(dialog->nameEdit(0), Qt::Key_Tab);
    dialog->roleBox(0)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog->roleBox(0), Qt::Key_Down);
    QCOMPARE(dialog->roleBox(0)->currentData().toString(), u"manager"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog->personCount(), 3); // a mnemonic clicks the button after its short press animation
    QCOMPARE(QApplication::focusWidget(), dialog->nameEdit(2));
    QTest::keyClicks(dialog->nameEdit(2), u"Sam"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // OK
    const Assessment &now = window.document()->assessment();
    QCOMPARE(now.respondents.size(), 3);
    QCOMPARE(now.respondents[0].role, u"manager"_s);
    QCOMPARE(now.respondents[2].name, u"Sam"_s);
}

QTEST_MAIN(TestGuiWorkshopLive)
#include "tst_gui_workshoplive.moc"
