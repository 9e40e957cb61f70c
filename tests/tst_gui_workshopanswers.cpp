// A workshop of several people in the desktop app (issue 19): each respondent's answer under the question,
// a disagreement settled by keyboard and undone, the results following the agreed answers, File → Merge
// answers…, and the spread on the results page; a file of one person shows none of it.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "questionpage.h"
#include "respondentanswers.h"
#include "resultspage.h"
#include "scoretablemodel.h"
#include "settings.h"
#include "spreadview.h"
#include "workshop.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {
const QString kWorkshop = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/fleuriste-aubagne-atelier.phare");
const QString kSingle = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");
} // namespace

class TestGuiWorkshopAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void disagreementSettledByKeyboardChangesTheScoreAndUndoes();
    void whyOfASettledQuestionIsKept();
    void correctedAgreedAnswerIsKept();
    void mergeOfTwoFilesGivesAWorkshopOfTwo();
    void mergeOfDifferentFirmsAsksForConfirmation();
    void spreadShowsEachRespondentAndTheRange();
    void singleRespondentFileShowsNoWorkshop();

private:
    // Each person of the example workshop in a file of their own, as they answered alone.
    QStringList personFiles();
    bool open(MainWindow &window, const QString &path);
    // The overview table's score of a theme, as the results page shows it.
    static std::optional<double> shownThemeScore(MainWindow &window, const QString &title);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestGuiWorkshopAnswers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestGuiWorkshopAnswers::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
}

void TestGuiWorkshopAnswers::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

bool TestGuiWorkshopAnswers::open(MainWindow &window, const QString &path)
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

std::optional<double> TestGuiWorkshopAnswers::shownThemeScore(MainWindow &window, const QString &title)
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

void TestGuiWorkshopAnswers::disagreementSettledByKeyboardChangesTheScoreAndUndoes()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kWorkshop));
    AssessmentDocument *document = window.document();
    QVERIFY(document->assessment().isWorkshop());
    const QList<QuestionAgreement> toSettle = document->toSettle();
    QVERIFY(!toSettle.isEmpty());

    // To the questions, then to the first question to settle, by keyboard only.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QuestionPage *page = window.questionPage();
    QTRY_VERIFY(page->isVisible());
    QVERIFY(page->settleStatus()->isVisible());
    // (English words for the plural, from phare_en.ts; the French catalogue says "8 questions à trancher".)
    QCOMPARE(page->settleStatus()->text(), u"%1 questions to settle"_s.arg(toSettle.size()));
    QVERIFY(page->nextToSettleButton()->isVisible());
    QVERIFY(!page->nextToSettleButton()->accessibleName().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J, Qt::ControlModifier);
    const QuestionPage::Step step = page->current();
    const auto standing = document->agreementOn(step.theme, step.question);
    QVERIFY(standing);
    QCOMPARE(standing->state, QuestionAgreement::State::Disputed);
    QVERIFY(!document->answer(step.theme, step.question));

    const Questionnaire *theme = m_content->questionnaire(step.theme);
    QVERIFY(theme);

    // Who said what, and that it is to be settled.
    RespondentAnswers *respondents = page->respondentAnswers();
    QVERIFY(respondents->isVisible());
    QCOMPARE(respondents->answerLines().size(), document->assessment().respondents.size());
    QVERIFY2(respondents->answerLines().first().startsWith(u"Martine Estève (owner)"_s),
             qPrintable(respondents->answerLines().first()));
    QVERIFY(respondents->stateLabel()->text().startsWith(u"To settle"_s));
    QVERIFY(!respondents->accessibleName().isEmpty());
    QVERIFY(!respondents->whyEdit()->accessibleName().isEmpty());

    const QString title = theme->title.text(Language::english());
    const std::optional<double> before = shownThemeScore(window, title);
    QCOMPARE(before, Workshop::evaluate(m_content.value(), document->assessment()).agreed.theme(step.theme)->score);
    const int steps = document->undoStack()->count();

    // The agreed answer, picked with the digit keys like any answer: the question is settled. The last
    // option (the best practice) is picked, so that the score cannot stay the same by chance.
    const Question *question = theme->question(step.question);
    QVERIFY(question && question->options.size() >= 2 && question->options.size() <= 9);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && page->isAncestorOf(focus));
    QTest::keyClick(focus, static_cast<Qt::Key>(Qt::Key_0 + question->options.size()));
    const std::optional<Answer> chosen = document->answer(step.theme, step.question);
    QVERIFY(chosen);
    QCOMPARE(document->agreementOn(step.theme, step.question)->state, QuestionAgreement::State::Settled);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->toSettle().size(), toSettle.size() - 1);
    QCOMPARE(page->settleStatus()->text(), u"%1 questions to settle"_s.arg(toSettle.size() - 1));
    QVERIFY(respondents->stateLabel()->text().startsWith(u"Settled"_s));
    QVERIFY(respondents->whyEdit()->isEnabled());

    // The results follow: the scores of the assessment with that question settled, and not what they were.
    Assessment settled = document->assessment();
    QVERIFY(settled.settled.value(step.theme).contains(step.question));
    const WorkshopResult expected = Workshop::evaluate(m_content.value(), settled);
    const std::optional<double> after = shownThemeScore(window, title);
    QCOMPARE(after, expected.agreed.theme(step.theme)->score);
    QVERIFY2(after != before,
             qPrintable(step.theme + u'/' + step.question + u' ' + QString::number(before.value_or(-1))));

    // One Edit → Undo gives the disagreement back, and the score it had.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY(!document->undoStack()->canUndo() || document->undoStack()->index() == steps);
    QCOMPARE(document->agreementOn(step.theme, step.question)->state, QuestionAgreement::State::Disputed);
    QVERIFY(!document->answer(step.theme, step.question));
    QCOMPARE(document->toSettle().size(), toSettle.size());
    QCOMPARE(shownThemeScore(window, title), before);
    // And redo settles it again.
    document->undoStack()->redo();
    QCOMPARE(document->answer(step.theme, step.question), chosen);
    QCOMPARE(shownThemeScore(window, title), after);
}

void TestGuiWorkshopAnswers::whyOfASettledQuestionIsKept()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kWorkshop));
    AssessmentDocument *document = window.document();
    window.showPage(MainWindow::Page::Questions);
    QuestionPage *page = window.questionPage();
    page->nextToSettle();
    const QuestionPage::Step step = page->current();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QLineEdit *why = page->respondentAnswers()->whyEdit();
    QVERIFY(why->isVisible() && why->isEnabled());
    why->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(why, u"Checked on site"_s);
    QTest::keyClick(why, Qt::Key_Tab); // leaving the field records it
    QCOMPARE(document->agreementOn(step.theme, step.question)->why, u"Checked on site"_s);

    // Saved with the file, and read back.
    const QString path = m_dir.filePath(u"settled.phare"_s);
    QVERIFY(document->save(path).ok());
    const auto read = AssessmentFile::read(path, &m_content.value());
    QVERIFY(read.ok());
    QCOMPARE(read->settled.value(step.theme).value(step.question), u"Checked on site"_s);
    QCOMPARE(read->themes.value(step.theme).answers.value(step.question), *document->answer(step.theme, step.question));
    // Undo takes the note away, then the settling.
    document->undoStack()->undo();
    QCOMPARE(document->agreementOn(step.theme, step.question)->why, QString());
    document->undoStack()->undo();
    QCOMPARE(document->agreementOn(step.theme, step.question)->state, QuestionAgreement::State::Disputed);
}

void TestGuiWorkshopAnswers::correctedAgreedAnswerIsKept()
{
    // The three agreed on a question; the advisor corrects the answer in the workshop. Saved and opened
    // again, the file keeps the advisor's answer, not the team's; undo brings the team's back.
    MainWindow window(m_content.value());
    QVERIFY(open(window, kWorkshop));
    AssessmentDocument *document = window.document();
    std::optional<QuestionAgreement> agreed;
    QString other; // another option of that question
    for (const QuestionAgreement &q : Workshop::agreement(m_content.value(), document->assessment())) {
        if (agreed || q.state != QuestionAgreement::State::Agreed || !q.agreed ||
            q.agreed->kind != Answer::Kind::Choice)
            continue;
        const Question *question = m_content->questionnaire(q.theme)->question(q.question);
        for (const Option &o : question ? question->options : QList<Option>()) {
            if (other.isEmpty() && o.id != q.agreed->choice)
                other = o.id;
        }
        if (!other.isEmpty())
            agreed = q;
    }
    QVERIFY(agreed);
    QVERIFY(!other.isEmpty());
    document->setAnswer(agreed->theme, agreed->question, Answer::makeChoice(other));
    QCOMPARE(document->answer(agreed->theme, agreed->question), Answer::makeChoice(other));
    QCOMPARE(document->agreementOn(agreed->theme, agreed->question)->state, QuestionAgreement::State::Settled);

    const QString path = m_dir.filePath(u"corrected.phare"_s);
    QVERIFY(document->save(path).ok());
    const auto read = AssessmentFile::read(path, &m_content.value());
    QVERIFY(read.ok());
    QCOMPARE(read->themes.value(agreed->theme).answers.value(agreed->question), Answer::makeChoice(other));

    document->undoStack()->undo();
    QCOMPARE(document->answer(agreed->theme, agreed->question), agreed->agreed);
    QCOMPARE(document->agreementOn(agreed->theme, agreed->question)->state, QuestionAgreement::State::Agreed);
}

QStringList TestGuiWorkshopAnswers::personFiles()
{
    const auto workshop = AssessmentFile::read(kWorkshop, &m_content.value());
    if (!workshop.ok())
        return {};
    QStringList paths;
    for (const Respondent &r : workshop->respondents) {
        Assessment own = Workshop::respondentAssessment(m_content.value(), *workshop, r);
        own.id = Assessment::makeNew().id;
        const QString path = m_dir.filePath(r.id + u".phare"_s);
        if (!AssessmentFile::write(own, path).ok())
            return {};
        paths.append(path);
    }
    return paths;
}

void TestGuiWorkshopAnswers::mergeOfTwoFilesGivesAWorkshopOfTwo()
{
    const QStringList files = personFiles();
    QCOMPARE(files.size(), 3);
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The dialog is modal: driven from inside its loop, and checked once it is closed.
    QString oneFile;
    QString summary;
    bool sameFirmShown = true;
    int rows = 0;
    QString roleName;
    bool tabbedToRole = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<MergeDialog *>();
        if (!dialog)
            return;
        // One file is not a workshop: nothing to merge yet.
        dialog->addFiles({files[0]});
        oneFile = dialog->mergeButton()->isEnabled() ? u"enabled"_s : dialog->summary()->text();
        dialog->addFiles({files[1]});
        rows = dialog->fileTable()->rowCount();
        sameFirmShown = dialog->sameFirmBox()->isVisible(); // the same firm: not asked
        // Each person's name and role, given in the dialog.
        dialog->fileTable()->item(0, 1)->setText(u"Martine"_s);
        if (auto *role = qobject_cast<QComboBox *>(dialog->fileTable()->cellWidget(0, 2))) {
            roleName = role->accessibleName();
            role->setCurrentIndex(role->findData(u"owner"_s));
        }
        // Tab goes from the list of files to the first person's role: the roles are reached by keyboard. (The
        // dialog, modal, is not the active window offscreen: the chain Tab follows is read instead.)
        const auto tabStop = [dialog](QWidget *w) {
            QTableWidget *table = dialog->fileTable();
            const bool tablePart = table->isAncestorOf(w) && w->parentWidget() != table->viewport();
            return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dialog) && w->isEnabled() && !tablePart;
        };
        QWidget *next = dialog->fileTable()->nextInFocusChain();
        while (next && next != dialog->fileTable() && !tabStop(next))
            next = next->nextInFocusChain();
        tabbedToRole = next == dialog->fileTable()->cellWidget(0, 2);
        summary = dialog->summary()->text();
        if (dialog->mergeButton()->isEnabled())
            dialog->mergeButton()->click();
        else
            dialog->reject();
    });
    const bool made = window.mergeAnswers();
    QVERIFY2(oneFile.contains(u"at least two files"_s), qPrintable(oneFile));
    QCOMPARE(rows, 2);
    QVERIFY(!sameFirmShown);
    QVERIFY(!roleName.isEmpty());
    QVERIFY(tabbedToRole);
    QVERIFY2(summary.contains(u"2 people: Martine (owner), r2 (other)"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Cybersecurity"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"to settle"_s), qPrintable(summary));
    QVERIFY(made);
    const Assessment &merged = window.document()->assessment();
    QCOMPARE(merged.respondents.size(), 2);
    QCOMPARE(merged.respondents[0].name, u"Martine"_s);
    QCOMPARE(merged.respondents[0].role, u"owner"_s);
    QCOMPARE(merged.company.name, u"Fleurs Estève"_s);
    // A new document the user saves where they want.
    QVERIFY(window.document()->path().isEmpty());
    QVERIFY(window.document()->isModified());
    // The question page is on the first question to settle.
    QVERIFY(!window.document()->toSettle().isEmpty());
    const auto standing = window.document()->agreementOn(window.questionPage()->current().theme,
                                                         window.questionPage()->current().question);
    QVERIFY(standing && standing->needsSettling());
}

void TestGuiWorkshopAnswers::mergeOfDifferentFirmsAsksForConfirmation()
{
    const QStringList files = personFiles();
    QCOMPARE(files.size(), 3);
    // The second person wrote the firm's name otherwise.
    auto other = AssessmentFile::read(files[1]);
    QVERIFY(other.ok());
    Assessment renamed = *other;
    renamed.company.name = u"Estève Fleurs SARL"_s;
    const QString path = m_dir.filePath(u"renamed.phare"_s);
    QVERIFY(AssessmentFile::write(renamed, path).ok());

    MergeDialog dialog(m_content.value());
    dialog.show();
    dialog.addFiles({files[0], path});
    QVERIFY(dialog.sameFirmBox()->isVisible());
    QVERIFY(!dialog.mergeButton()->isEnabled());
    QVERIFY(!dialog.merged());
    const QString summary = dialog.summary()->text();
    QVERIFY2(summary.contains(u"may not be of the same firm"_s) && summary.contains(u"Estève Fleurs SARL"_s),
             qPrintable(summary));
    // The advisor confirms by keyboard: merged under the first file's name.
    dialog.sameFirmBox()->setFocus();
    QTest::keyClick(dialog.sameFirmBox(), Qt::Key_Space);
    QVERIFY(dialog.mergeButton()->isEnabled());
    QVERIFY(dialog.merged());
    QCOMPARE(dialog.merged()->company.name, u"Fleurs Estève"_s);

    // A file that is not an assessment is said so, by its name.
    const QString broken = m_dir.filePath(u"broken.phare"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    dialog.addFiles({broken});
    QVERIFY2(dialog.summary()->text().contains(u"broken.phare cannot be read"_s), qPrintable(dialog.summary()->text()));
    QCOMPARE(dialog.fileTable()->rowCount(), 2);
}

void TestGuiWorkshopAnswers::spreadShowsEachRespondentAndTheRange()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kWorkshop));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *spread = window.resultsPage()->findChild<SpreadView *>();
    QVERIFY(spread);
    QTRY_VERIFY(spread->isVisible());
    const Assessment &a = window.document()->assessment();
    const WorkshopResult expected = Workshop::evaluate(m_content.value(), a);
    // What is left to settle is said above the bars: it is why an agreed score can be below everyone's.
    QVERIFY(expected.toSettle > 1);
    QVERIFY2(
        spread->intro()->text().contains(
            u"The %1 questions still to settle count as not answered in the agreed scores"_s.arg(expected.toSettle)),
        qPrintable(spread->intro()->text()));

    // The table: a column per person, named, and their scores as the core computes them.
    QTableWidget *table = spread->scoreTable();
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 2 + a.respondents.size());
    QVERIFY(!table->accessibleName().isEmpty());
    for (qsizetype i = 0; i < a.respondents.size(); ++i)
        QVERIFY(table->horizontalHeaderItem(static_cast<int>(2 + i))->text().startsWith(a.respondents[i].name));
    const ThemeSpread &cyber = *std::find_if(expected.themes.cbegin(), expected.themes.cend(),
                                             [](const ThemeSpread &t) { return t.theme == u"cybersecurity"_s; });
    const QString title = m_content->questionnaire(u"cybersecurity"_s)->title.text(Language::english());
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == title)
            row = r;
    }
    QVERIFY(row >= 0);
    for (qsizetype i = 0; i < a.respondents.size(); ++i) {
        const auto score = expected.respondents[i].scores.theme(u"cybersecurity"_s)->score;
        QVERIFY(score);
        QCOMPARE(table->item(row, static_cast<int>(2 + i))->text(), QString::number(std::lround(*score)));
    }
    // The range bar says the agreed score and the range, lowest to highest.
    QVERIFY(cyber.range.lowest && cyber.range.highest && *cyber.range.lowest < *cyber.range.highest);
    const QString range = u"%1–%2"_s.arg(std::lround(*cyber.range.lowest)).arg(std::lround(*cyber.range.highest));
    bool found = false;
    for (const QString &text : spread->rangeTexts())
        found = found || (text.startsWith(title + u':') && text.contains(range));
    QVERIFY2(found, qPrintable(spread->rangeTexts().join(u'\n')));
    // The widest disagreement first, with who said what.
    QVERIFY(!expected.widest.isEmpty());
    const QString widest = spread->disagreements()->text();
    const Question *q =
        m_content->questionnaire(expected.widest.first().theme)->question(expected.widest.first().question);
    QVERIFY2(widest.startsWith(u"• "_s + q->text.text(Language::english())), qPrintable(widest));
    for (const Respondent &r : a.respondents)
        QVERIFY2(widest.contains(r.name), qPrintable(r.name));
}

void TestGuiWorkshopAnswers::singleRespondentFileShowsNoWorkshop()
{
    MainWindow window(m_content.value());
    QVERIFY(open(window, kSingle));
    QVERIFY(!window.document()->assessment().isWorkshop());
    window.showPage(MainWindow::Page::Questions);
    QuestionPage *page = window.questionPage();
    page->showFirst();
    QVERIFY(page->isVisible());
    QVERIFY(!page->respondentAnswers()->isVisible());
    QVERIFY(!page->settleStatus()->isVisible());
    QVERIFY(!page->nextToSettleButton()->isVisible());
    QVERIFY(window.document()->toSettle().isEmpty());
    const QuestionPage::Step first = page->current();
    page->nextToSettle(); // nothing to go to
    QVERIFY(page->current() == first);
    window.showPage(MainWindow::Page::Results);
    auto *spread = window.resultsPage()->findChild<SpreadView *>();
    QVERIFY(spread);
    QVERIFY(!spread->isVisible());
}

QTEST_MAIN(TestGuiWorkshopAnswers)
#include "tst_gui_workshopanswers.moc"
