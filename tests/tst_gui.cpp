// Drives the real main window headless: answering by keyboard, saving and reopening, autosave and
// recovery, conditional questions, undo, the language switch, and the models behind the views.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "mainwindow.h"
#include "progressmodel.h"
#include "questionpage.h"
#include "radarchart.h"
#include "recommendationspage.h"
#include "recommender.h"
#include "resultspage.h"
#include "scoretablemodel.h"
#include "settings.h"
#include "startpage.h"
#include "uitext.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void answerAThemeByKeyboardSaveAndReopen();
    void conditionalQuestionAppearsAndDisappears();
    void undoAndRedoAnswers();
    void autosaveIsRecoveredAfterACrash();
    void cleanCloseLeavesNoAutosave();
    void unsavedChangesPromptOnClose();
    void brokenFileIsRefusedAndNothingIsLost();
    void languageSwitchChangesInterfaceAndContent();
    void resultsHaveATableForEveryChart();
    void recommendationsShowReasons();
    void modelsPassTheModelTester();
    void editingTheProfileKeepsTheAnswers();
    void tablesSwitchStaysInStep();
    void chartsFollowADarkPalette();
    void aNoteCannotOutgrowWhatAFileHolds();

private:
    void startAssessment(MainWindow &window, const QStringList &themes);
    void pressKey(MainWindow &window, int key);
    void answerCurrentByKeyboard(MainWindow &window);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
}

void TestGui::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
}

void TestGui::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    // Every dialog a test expected must have been shown.
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

void TestGui::startAssessment(MainWindow &window, const QStringList &themes)
{
    StartPage *start = window.startPage();
    QTest::keyClicks(start->nameEdit(), QStringLiteral("Boulangerie Test"));
    for (QCheckBox *box : start->themeBoxes())
        box->setChecked(themes.contains(box->property("themeId").toString()));
    QVERIFY(start->startButton()->isEnabled());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::mouseClick(start->startButton(), Qt::LeftButton);
    QCOMPARE(window.page(), MainWindow::Page::Questions);
    // The business profile comes first, once, before the themes: answered here by keyboard.
    const Questionnaire *profile = m_content->profile();
    QVERIFY(profile);
    QCOMPARE(window.questionPage()->current().theme, profile->id);
    for (qsizetype i = 0; i < profile->dimensions.first().questions.size(); ++i) {
        QCOMPARE(window.questionPage()->current().theme, profile->id);
        answerCurrentByKeyboard(window);
        pressKey(window, Qt::Key_Return);
    }
    QVERIFY(themes.contains(window.questionPage()->current().theme));
}

void TestGui::pressKey(MainWindow &window, int key)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != &window)
        target = window.questionPage();
    QTest::keyClick(target, static_cast<Qt::Key>(key));
}

// Answers the question on screen with the keyboard only: a digit for an option, arrow keys in a grid.
void TestGui::answerCurrentByKeyboard(MainWindow &window)
{
    QuestionPage *page = window.questionPage();
    const QuestionPage::Step step = page->current();
    const Question *q = m_content->questionnaire(step.theme)->question(step.question);
    QVERIFY(q);
    if (q->type == QuestionType::Grid) {
        const QList<QComboBox *> combos = page->answersGroup()->findChildren<QComboBox *>();
        QVERIFY(!combos.isEmpty());
        for (QComboBox *combo : combos) {
            combo->setFocus();
            // A closed list opens on the arrow keys (they no longer change the answer unseen).
            QTest::keyClick(combo, Qt::Key_Down);
            QTRY_VERIFY(combo->view()->isVisible());
            QTest::keyClick(combo->view(), Qt::Key_Down);
            QTest::keyClick(combo->view(), Qt::Key_Return);
        }
        page->setFocus();
    } else {
        // The second answer on a scale, the first box of a checklist.
        pressKey(window, q->type == QuestionType::Checklist ? Qt::Key_1 : Qt::Key_2);
    }
    QVERIFY2(window.document()->answer(step.theme, step.question).has_value(), qPrintable(step.question));
}

void TestGui::answerAThemeByKeyboardSaveAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("keyboard.phare"));
    QMap<QString, Answer> given;
    {
        MainWindow window(m_content.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        startAssessment(window, {QStringLiteral("cybersecurity")});
        int guard = 0;
        while (window.page() == MainWindow::Page::Questions && guard++ < 200) {
            answerCurrentByKeyboard(window);
            pressKey(window, Qt::Key_Return);
        }
        QCOMPARE(window.page(), MainWindow::Page::Results);
        const ThemeResult *theme = window.document()->result().theme(u"cybersecurity");
        QVERIFY(theme);
        QCOMPARE(theme->answered, theme->visible);
        QVERIFY(theme->visible >= 20);
        QVERIFY(theme->score.has_value());

        // Backspace goes back a question.
        window.showPage(MainWindow::Page::Questions);
        const QuestionPage::Step before = window.questionPage()->current();
        pressKey(window, Qt::Key_Backspace);
        QVERIFY(!(window.questionPage()->current() == before));

        MainWindow::setNextFileName(path);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(QFile::exists(path));
        QVERIFY(!window.document()->isModified());
        given = window.document()->assessment().themes.value(QStringLiteral("cybersecurity")).answers;
    }
    MainWindow reopened(m_content.value());
    QVERIFY(reopened.openFile(path));
    QCOMPARE(reopened.document()->assessment().company.name, QStringLiteral("Boulangerie Test"));
    QCOMPARE(reopened.document()->assessment().themes.value(QStringLiteral("cybersecurity")).answers, given);
    QCOMPARE(reopened.page(), MainWindow::Page::Results);
}

void TestGui::conditionalQuestionAppearsAndDisappears()
{
    // The first question whose showIf tests an earlier single-choice answer.
    const Questionnaire *theme = nullptr;
    const Question *child = nullptr;
    for (const Questionnaire &q : m_content->questionnaires) {
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions) {
                if (!child && question.showIf && question.showIf->kind == Condition::Kind::AnswerIn &&
                    q.question(question.showIf->question)->type != QuestionType::Grid) {
                    theme = &q;
                    child = &question;
                }
            }
        }
    }
    QVERIFY2(child, "the content has a conditional question");
    const Question *parent = theme->question(child->showIf->question);
    const QString showing = child->showIf->options.first();
    QString hiding;
    for (const Option &o : parent->options) {
        if (!child->showIf->options.contains(o.id) && !o.exclusive)
            hiding = o.id;
    }
    const auto answerWith = [&](const QString &option) {
        return parent->type == QuestionType::Checklist ? Answer::makeTicked({option}) : Answer::makeChoice(option);
    };

    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {theme->id});
    QuestionPage *page = window.questionPage();
    const QuestionPage::Step childStep{theme->id, child->id};
    window.document()->setAnswer(theme->id, parent->id, answerWith(showing));
    QVERIFY(page->steps().contains(childStep));
    if (!hiding.isEmpty()) {
        window.document()->setAnswer(theme->id, parent->id, answerWith(hiding));
        QVERIFY(!page->steps().contains(childStep));
        // An answer given while it was shown is kept, but does not count while hidden.
        window.document()->setAnswer(theme->id, parent->id, answerWith(showing));
        page->goTo(childStep);
        answerCurrentByKeyboard(window);
        window.document()->setAnswer(theme->id, parent->id, answerWith(hiding));
        QVERIFY(window.document()->answer(theme->id, child->id).has_value());
        QCOMPARE(window.document()->result().theme(theme->id)->question(child->id)->state,
                 QuestionResult::State::Hidden);
    }
}

void TestGui::undoAndRedoAnswers()
{
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("ai-readiness")});
    QuestionPage *page = window.questionPage();
    // A single-choice question: each digit is one undoable step.
    for (const QuestionPage::Step &step : page->steps()) {
        if (step.theme == u"ai-readiness" &&
            m_content->questionnaire(step.theme)->question(step.question)->type == QuestionType::Scale) {
            page->goTo(step);
            break;
        }
    }
    const QuestionPage::Step step = page->current();
    const Question *q = m_content->questionnaire(step.theme)->question(step.question);
    QCOMPARE(q->type, QuestionType::Scale);
    QVERIFY(!window.document()->answer(step.theme, step.question));
    pressKey(window, Qt::Key_2);
    pressKey(window, Qt::Key_3);
    QCOMPARE(window.document()->answer(step.theme, step.question), Answer::makeChoice(q->options[2].id));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(window.document()->answer(step.theme, step.question), Answer::makeChoice(q->options[1].id));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(!window.document()->answer(step.theme, step.question));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(window.document()->answer(step.theme, step.question), Answer::makeChoice(q->options[1].id));
    // The radio buttons on screen follow.
    QAbstractButton *checked = nullptr;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (b->isChecked() && b->isCheckable())
            checked = b;
    }
    QVERIFY(checked);
    QVERIFY(checked->accessibleName().contains(q->options[1].label.en));
}

void TestGui::autosaveIsRecoveredAfterACrash()
{
    QMap<QString, Answer> given;
    QString autosave;
    {
        MainWindow window(m_content.value());
        window.show();
        startAssessment(window, {QStringLiteral("e-commerce")});
        for (int i = 0; i < 5; ++i) {
            answerCurrentByKeyboard(window);
            pressKey(window, Qt::Key_Return);
        }
        window.document()->setNote(QStringLiteral("e-commerce"), window.questionPage()->current().question,
                                   QStringLiteral("Note written just before the crash"));
        given = window.document()->assessment().themes.value(QStringLiteral("e-commerce")).answers;
        QCOMPARE(given.size(), 5);
        autosave = window.document()->autosavePath();
        QVERIFY(QFile::exists(autosave));
        // While this session runs, its autosave is not offered to another one.
        QVERIFY(!AssessmentDocument::recoverableFiles(Settings::autosaveFolder()).contains(autosave));
        // The window goes away without being closed, as in a crash: no prompt, no clean-up.
    }
    QVERIFY(QFile::exists(autosave));
    MainWindow window(m_content.value());
    window.show();
    bool offered = false;
    for (QPushButton *b : window.startPage()->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Recover")) && b->isVisible()) {
            offered = true;
            QTest::mouseClick(b, Qt::LeftButton);
        }
    }
    QVERIFY2(offered, "the start page offers to recover the unsaved work");
    QCOMPARE(window.document()->assessment().company.name, QStringLiteral("Boulangerie Test"));
    QCOMPARE(window.document()->assessment().themes.value(QStringLiteral("e-commerce")).answers, given);
    QVERIFY(window.document()->isModified());
    QVERIFY(!QFile::exists(autosave));
    bool noteKept = false;
    for (const QString &note : window.document()->assessment().themes.value(QStringLiteral("e-commerce")).notes)
        noteKept = noteKept || note == u"Note written just before the crash";
    QVERIFY(noteKept);
    QVERIFY(!window.document()->assessment().extra.contains(QStringLiteral("phareAutosaveOf")));
}

void TestGui::cleanCloseLeavesNoAutosave()
{
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("cybersecurity")});
    answerCurrentByKeyboard(window);
    const QString autosave = window.document()->autosavePath();
    QVERIFY(QFile::exists(autosave));
    MainWindow::setNextFileName(m_dir.filePath(QStringLiteral("clean.phare")));
    MainWindow::setNextAnswer(QMessageBox::Save);
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("clean.phare"))));
    QVERIFY(AssessmentDocument::recoverableFiles(Settings::autosaveFolder()).isEmpty());
}

void TestGui::unsavedChangesPromptOnClose()
{
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("cybersecurity")});
    answerCurrentByKeyboard(window);
    QVERIFY(window.isWindowModified());
    MainWindow::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(window.document()->isOpen());
    MainWindow::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
}

void TestGui::brokenFileIsRefusedAndNothingIsLost()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.phare"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"phare-assessment\", \"formatVersion\": 1, \"company\": {\"na");
    f.close();
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("cybersecurity")});
    answerCurrentByKeyboard(window);
    const Assessment before = window.document()->assessment();
    MainWindow::setNextAnswer(QMessageBox::Save); // "save your changes first?" — keep them in a file
    MainWindow::setNextFileName(m_dir.filePath(QStringLiteral("kept.phare")));
    MainWindow::setNextAnswer(QMessageBox::Ok); // "cannot open the file"
    QVERIFY(!window.openFile(broken));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("kept.phare"))));
    // The broken file did not replace the document.
    QCOMPARE(window.document()->assessment().company.name, before.company.name);
    QCOMPARE(window.document()->assessment().themes.value(QStringLiteral("cybersecurity")).answers,
             before.themes.value(QStringLiteral("cybersecurity")).answers);
}

void TestGui::languageSwitchChangesInterfaceAndContent()
{
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("cybersecurity")});
    const QuestionPage::Step step = window.questionPage()->current();
    const Question *q = m_content->questionnaire(step.theme)->question(step.question);
    const auto questionLabel = [&] {
        for (QLabel *label : window.questionPage()->findChildren<QLabel *>()) {
            if (label->objectName() == u"questionText")
                return label->text();
        }
        return QString();
    };
    QCOMPARE(questionLabel(), q->text.en);
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    window.setLanguage(Language::french());
    QCOMPARE(questionLabel(), q->text.fr);
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    // The core's catalogue is installed for the interface's language too: names, and core texts looked
    // up with QCoreApplication::translate, reach a French user in French.
    QCOMPARE(Ui::sectorName(QStringLiteral("retail")), QStringLiteral("Commerce de détail"));
    QCOMPARE(QCoreApplication::translate("Phare::Scorer", "Don't know"), QStringLiteral("Je ne sais pas"));
    QCOMPARE(Ui::colon(), QStringLiteral("\u00a0:"));
    window.setLanguage(Language::english());
    QCOMPARE(questionLabel(), q->text.en);
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(Ui::sectorName(QStringLiteral("retail")), QStringLiteral("Retail"));
    QCOMPARE(QCoreApplication::translate("Phare::Scorer", "Don't know"), QStringLiteral("Don't know"));
}

void TestGui::resultsHaveATableForEveryChart()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare")));
    window.showPage(MainWindow::Page::Results);
    ResultsPage *results = window.resultsPage();
    QCOMPARE(results->charts().size(), results->tables().size());
    // Overview + one per theme; the business profile has no score and no chart.
    QCOMPARE(results->charts().size(), window.document()->result().themes.size() + 1);
    QCOMPARE(window.document()->result().themes.size(), window.document()->themes().size() - 1);
    const AssessmentResult &scores = window.document()->result();
    // The overview table lists each theme with the score the chart draws.
    const ScoreTableModel *overview = results->tables().first();
    QCOMPARE(overview->rowCount(), scores.themes.size());
    for (int row = 0; row < overview->rowCount(); ++row) {
        const double shown = overview->index(row, ScoreTableModel::ScoreColumn).data(Qt::UserRole).toDouble();
        QCOMPARE(shown, *scores.themes[row].score);
        QVERIFY(results->charts().first()->textAlternative().contains(overview->rows()[row].label));
    }
    results->setTablesShown(true);
    QVERIFY(results->tablesShown());
}

void TestGui::recommendationsShowReasons()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare")));
    window.showPage(MainWindow::Page::Recommendations);
    RecommendationsPage *page = window.recommendationsPage();
    const QString text = page->text();
    QVERIFY(text.contains(QStringLiteral("Action plan")));
    QVERIFY(text.contains(QStringLiteral("Based on your answers")));
    QVERIFY(text.contains(QStringLiteral("Why this rank")));
    // What the plan holds is what the engine advises, each action once, as a focusable item named by it.
    const Assessment &assessment = window.document()->assessment();
    const AssessmentResult result = Scorer::score(m_content.value(), assessment);
    const Recommendations rec = Recommender::recommend(m_content.value(), assessment, result);
    QCOMPARE(page->actionItems().size(), rec.plan.size());
    QVERIFY(rec.plan.size() <= m_content->plan.now + m_content->plan.next + m_content->plan.later);
    for (qsizetype i = 0; i < rec.plan.size(); ++i) {
        QWidget *item = page->actionItems()[i];
        QCOMPARE(item->focusPolicy(), Qt::StrongFocus);
        QVERIFY2(item->accessibleName().contains(rec.plan[i].action->text.en), qPrintable(item->accessibleName()));
        QVERIFY(item->accessibleDescription().contains(QStringLiteral("Based on your answers")));
    }
    for (const ChapterRecommendation &c : rec.chapters)
        QVERIFY2(text.contains(c.chapter->title.en), qPrintable(c.chapter->title.en));
    // The other possibilities are counted, not listed as a plan.
    if (!rec.others.isEmpty())
        QVERIFY(text.contains(QStringLiteral("Other possibilities, for later (%1)").arg(rec.others.size())));
    page->setThemeFilter(QStringLiteral("cybersecurity"));
    QVERIFY(page->actionItems().size() < rec.plan.size());
    for (QWidget *item : page->actionItems())
        QVERIFY(!item->accessibleName().isEmpty());
}

void TestGui::modelsPassTheModelTester()
{
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("cybersecurity"), QStringLiteral("people-change")});
    QAbstractItemModelTester progress(window.questionPage()->progressModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 6; ++i) {
        answerCurrentByKeyboard(window);
        pressKey(window, Qt::Key_Return);
    }
    window.document()->setThemes({QStringLiteral("cybersecurity")});
    window.showPage(MainWindow::Page::Results);
    for (ScoreTableModel *table : window.resultsPage()->tables())
        QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester contributions(window.resultsPage()->contributions(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.resultsPage()->refresh();
}

void TestGui::editingTheProfileKeepsTheAnswers()
{
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("cybersecurity")});
    answerCurrentByKeyboard(window);
    const auto answers = window.document()->assessment().themes.value(QStringLiteral("cybersecurity")).answers;
    QCOMPARE(answers.size(), 1);
    // Edit → Business profile and themes…: a new name and one more theme.
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == u"Name, sector and &themes…")
            a->trigger();
    }
    QCOMPARE(window.page(), MainWindow::Page::Start);
    QVERIFY(window.startPage()->isEditing());
    window.startPage()->nameEdit()->setText(QStringLiteral("Boulangerie Renommée"));
    for (QCheckBox *box : window.startPage()->themeBoxes()) {
        if (box->property("themeId").toString() == u"e-commerce")
            box->setChecked(true);
    }
    QTest::mouseClick(window.startPage()->startButton(), Qt::LeftButton);
    QCOMPARE(window.document()->assessment().company.name, QStringLiteral("Boulangerie Renommée"));
    QCOMPARE(window.document()->themes(),
             (QStringList{QStringLiteral("profile"), QStringLiteral("cybersecurity"), QStringLiteral("e-commerce")}));
    QCOMPARE(window.document()->assessment().themes.value(QStringLiteral("cybersecurity")).answers, answers);
    QVERIFY(!window.startPage()->isEditing());
}

void TestGui::tablesSwitchStaysInStep()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/usinage-la-ciotat.phare")));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *menuItem = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == u"Show the charts as &tables")
            menuItem = a;
    }
    QVERIFY(menuItem);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(window.resultsPage()->tablesShown());
    QVERIFY(menuItem->isChecked());
    window.resultsPage()->setTablesShown(false);
    QVERIFY(!menuItem->isChecked());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(window.resultsPage()->tablesShown());
}

void TestGui::chartsFollowADarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    {
        MainWindow window(m_content.value());
        window.show();
        QVERIFY(window.openFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare")));
        window.showPage(MainWindow::Page::Results);
        QVERIFY(!window.resultsPage()->charts().isEmpty());
        RadarChart *chart = window.resultsPage()->charts().first();
        // The chart is drawn on the palette's dark base with light text, not on a white card.
        QCOMPARE(chart->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(chart->chart()->titleBrush().color(), dark.color(QPalette::Text));
        const QImage image = chart->grab().toImage();
        QVERIFY(QColor(image.pixel(5, 5)).lightness() < 80);
    }
    QApplication::setPalette(original);
}

void TestGui::aNoteCannotOutgrowWhatAFileHolds()
{
    MainWindow window(m_content.value());
    window.show();
    startAssessment(window, {QStringLiteral("cybersecurity")});
    QPlainTextEdit *notes = window.questionPage()->findChild<QPlainTextEdit *>();
    QVERIFY(notes);
    const QuestionPage::Step step = window.questionPage()->current();
    notes->setFocus();
    notes->insertPlainText(QStringLiteral("Short note. "));
    QCOMPARE(window.document()->note(step.theme, step.question), QStringLiteral("Short note. "));
    // A paste past the cap is refused whole; what was there stays.
    notes->insertPlainText(QString(Assessment::maxTextLength, QLatin1Char('x')));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Short note. "));
    QCOMPARE(window.document()->note(step.theme, step.question), QStringLiteral("Short note. "));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
