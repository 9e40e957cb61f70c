// The question page on small screens, by keyboard and through assistive technology: every question of
// every theme fits 1024×600, 1366×768 at 150 % and 1920×1080 at 200 %; Enter on a part opens its first
// question; Tab order; shortcuts; the end-of-theme summary; progress per theme; what QAccessible exposes.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "focusring.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "progressmodel.h"
#include "questionpage.h"
#include "settings.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Phare;

namespace {

// The side panel's names wrap (the shared check leaves word-wrapped views out): each row is tall enough
// for its name wrapped in what shows of its cell.
QStringList sidebarProblems(const QTreeView *view)
{
    QStringList problems;
    const QAbstractItemModel *model = view->model();
    for (int t = 0; t < model->rowCount(); ++t) {
        const QModelIndex theme = model->index(t, 0);
        QList<QModelIndex> rows{theme};
        for (int d = 0; view->isExpanded(theme) && d < model->rowCount(theme); ++d)
            rows.append(model->index(d, 0, theme));
        for (const QModelIndex &index : std::as_const(rows)) {
            // Cut at the viewport's sides, not at its top or bottom: a row half scrolled into view is whole.
            const QRect full = view->visualRect(index);
            const QRect shown = full.intersected(view->viewport()->rect());
            if (shown.isEmpty())
                continue;
            const QRect cell(shown.left(), full.top(), shown.width(), full.height());
            const QString text = index.data().toString();
            const QRect needed = view->fontMetrics().boundingRect(cell.adjusted(3, 0, -3, 0), Qt::TextWordWrap, text);
            if (needed.width() > cell.width() - 6 || needed.height() > cell.height())
                problems.append(QStringLiteral("side panel: \"%1\" needs %2×%3 px, it shows in %4×%5")
                                    .arg(text)
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(cell.width())
                                    .arg(cell.height()));
        }
    }
    return problems;
}

} // namespace

class TestGuiQuestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyQuestionFitsEveryScreen();
    void enterOnAPartOpensItsFirstQuestion();
    void sidebarFollowsWithoutTakingTheAnnouncement();
    void tabGoesThroughAnswersThenNotesThenNavigation();
    void focusIsVisible();
    void navigationShortcuts();
    void closedDropDownIgnoresArrowsAndWheel();
    void endOfThemeSummary();
    void progressCountsTheThemeOnly();
    void undoShowsTheQuestionItChanged();
    void everyQuestionIsAnnounced();
    void gridRowsExposeTheirValue();
    void lastQuestionSaysWhereNextGoes();
    void privacyPolicyOnlyForAWebsite();

private:
    // A window with every theme chosen, on the questions page, at the given size.
    void open(MainWindow &window, const QSize &size);
    QList<QuestionPage::Step> allQuestions() const;
    static QList<QAccessibleEvent *> s_events;
    static void recordEvent(QAccessibleEvent *event);

    Result<Content> m_content = BuiltinContent::load();
};

QList<QAccessibleEvent *> TestGuiQuestions::s_events;

void TestGuiQuestions::recordEvent(QAccessibleEvent *event)
{
    // Only what the tests read: the kind, the object and the value.
    switch (event->type()) {
    case QAccessible::ValueChanged:
        s_events.append(new QAccessibleValueChangeEvent(event->object(),
                                                        static_cast<QAccessibleValueChangeEvent *>(event)->value()));
        break;
    case QAccessible::StateChanged:
    case QAccessible::TextCaretMoved:
    case QAccessible::TextSelectionChanged:
    case QAccessible::TextInserted:
    case QAccessible::TextRemoved:
    case QAccessible::TextUpdated:
    case QAccessible::TableModelChanged:
        // Kinds with an event class of their own (a plain QAccessibleEvent of them asserts), which
        // no test here reads.
        break;
    default:
        s_events.append(new QAccessibleEvent(event->object(), event->type()));
        break;
    }
}

void TestGuiQuestions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
}

void TestGuiQuestions::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::french());
}

void TestGuiQuestions::cleanup()
{
    QAccessible::installUpdateHandler(nullptr);
    qDeleteAll(s_events);
    s_events.clear();
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

void TestGuiQuestions::open(MainWindow &window, const QSize &size)
{
    Assessment assessment;
    assessment.company.name = QStringLiteral("Boulangerie Test");
    window.document()->reset(assessment, QString());
    QStringList themes;
    for (const Questionnaire &q : m_content->questionnaires)
        themes.append(q.id);
    window.document()->setThemes(themes);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Questions);
    window.questionPage()->showFirst();
    QCOMPARE(window.page(), MainWindow::Page::Questions);
}

// Every question of every theme, hidden conditional ones included (shown here as if their condition held).
QList<QuestionPage::Step> TestGuiQuestions::allQuestions() const
{
    QList<QuestionPage::Step> steps;
    for (const Questionnaire &q : m_content->questionnaires) {
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions)
                steps.append({q.id, question.id});
        }
    }
    return steps;
}

void TestGuiQuestions::everyQuestionFitsEveryScreen()
{
    for (const Test::ScreenCase &screen : Test::screenCases()) {
        MainWindow window(m_content.value());
        open(window, screen.logicalSize);
        QuestionPage *page = window.questionPage();
        QStringList problems;
        const QList<QuestionPage::Step> shown = page->steps();
        for (const QuestionPage::Step &step : allQuestions()) {
            page->goTo(step);
            QTest::qWait(20);
            const QString where = screen.name + QStringLiteral(", ") + step.theme + QLatin1Char('/') + step.question;
            // The window's own size is the window's test (its other pages set its minimum); here, that this
            // page needs no more than the room the window leaves it on that screen.
            QStringList found = Test::layoutProblems(&window) + sidebarProblems(page->sidebar());
            const QSize room = screen.logicalSize - (window.size() - page->size());
            const QSize needed = page->minimumSizeHint();
            if (needed.width() > room.width() || needed.height() > room.height())
                found.append(QStringLiteral("the page needs %1×%2 px, it has %3×%4")
                                 .arg(needed.width())
                                 .arg(needed.height())
                                 .arg(room.width())
                                 .arg(room.height()));
            for (const QString &problem : found)
                problems.append(where + QStringLiteral(": ") + problem);
            if ((!found.isEmpty() || step.question == u"ai-tools-in-use" || step.question == u"social-media-use") &&
                !qEnvironmentVariableIsEmpty("PHARE_TEST_GRAB"))
                window.grab().save(qEnvironmentVariable("PHARE_TEST_GRAB") + QLatin1Char('/') + step.question +
                                   QStringLiteral(".png"));
            // The way on is in sight and usable; back too, but on the first question.
            for (const QPushButton *button : {page->nextButton(), page->backButton()}) {
                if (!button->isVisible() ||
                    !window.rect().contains(QRect(button->mapTo(&window, QPoint()), button->size())))
                    problems.append(where + QStringLiteral(": navigation button not in sight: ") + button->text());
            }
            if (!page->nextButton()->isEnabled())
                problems.append(where + QStringLiteral(": Next disabled"));
            if (shown.contains(step) && page->backButton()->isEnabled() != (shown.indexOf(step) > 0))
                problems.append(where + QStringLiteral(": Back enabled wrongly"));
            if (problems.size() > 40)
                break;
        }
        // The end-of-theme summary too.
        page->goTo(shown.last());
        page->next();
        QVERIFY(page->isShowingSummary());
        QTest::qWait(20);
        if (!qEnvironmentVariableIsEmpty("PHARE_TEST_GRAB"))
            window.grab().save(
                qEnvironmentVariable("PHARE_TEST_GRAB") +
                QStringLiteral("/summary-%1x%2.png").arg(screen.logicalSize.width()).arg(screen.logicalSize.height()));
        for (const QString &problem : Test::layoutProblems(&window))
            problems.append(screen.name + QStringLiteral(", summary: ") + problem);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestGuiQuestions::enterOnAPartOpensItsFirstQuestion()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    ProgressModel *model = page->progressModel();
    QTreeView *sidebar = page->sidebar();
    int checked = 0;
    for (int t = 0; t < model->rowCount(); ++t) {
        const QModelIndex theme = model->index(t, 0);
        for (int d = -1; d < model->rowCount(theme); ++d) {
            const QModelIndex part = d < 0 ? theme : model->index(d, 0, theme);
            // The part's first question shown, from the questionnaire.
            const Questionnaire *q = m_content->questionnaire(part.data(ProgressModel::ThemeIdRole).toString());
            const QString dimension = part.data(ProgressModel::DimensionIdRole).toString();
            QuestionPage::Step first;
            for (const QuestionPage::Step &step : page->steps()) {
                if (step.theme == q->id &&
                    (dimension.isEmpty() || q->dimensions[q->dimensionIndexOf(step.question)].id == dimension)) {
                    first = step;
                    break;
                }
            }
            if (first.question.isEmpty())
                continue;
            // Somewhere else first, so that a skip or no move at all shows.
            page->goTo(page->steps().last());
            sidebar->setFocus(Qt::TabFocusReason);
            sidebar->setCurrentIndex(part);
            QTest::keyClick(sidebar, Qt::Key_Return);
            QVERIFY2(page->current() == first,
                     qPrintable(part.data().toString() + QStringLiteral(": opened ") + page->current().question +
                                QStringLiteral(" for ") + first.question));
            // The keyboard is on the part's first answer.
            QVERIFY(page->answerControls().contains(QApplication::focusWidget()));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
}

void TestGuiQuestions::sidebarFollowsWithoutTakingTheAnnouncement()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    // The view tells assistive technology of a new current row (a focus event) when its selection model
    // says so: it must stay quiet while the keyboard is on the answers.
    QSignalSpy moved(page->sidebar()->selectionModel(), &QItemSelectionModel::currentChanged);
    QAccessible::installUpdateHandler(&TestGuiQuestions::recordEvent);
    // Through a whole theme and over the part boundaries, by keyboard.
    const QList<QuestionPage::Step> steps = page->steps();
    page->goTo(steps.first());
    const QString firstTheme = steps.first().theme;
    int moves = 0;
    while (page->current().theme == firstTheme && !page->isShowingSummary() && moves++ < 50)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(moves > 2);
    QVERIFY(page->answerControls().contains(QApplication::focusWidget()));
    QCOMPARE(moved.size(), 0);
    // Where a bridge is active (AT-SPI under X), the events themselves.
    if (QAccessible::isActive()) {
        for (const QAccessibleEvent *event : std::as_const(s_events)) {
            QVERIFY2(event->type() != QAccessible::Focus ||
                         (event->object() != page->sidebar() && event->object() != page->sidebar()->viewport()),
                     "the side panel took the announcement while the keyboard was on the answers");
        }
    }
    // The panel shows where the question is.
    const Questionnaire *q = m_content->questionnaire(page->current().theme);
    const QString dimension = q->dimensions[q->dimensionIndexOf(page->current().question)].id;
    QCOMPARE(page->sidebar()->currentIndex().data(ProgressModel::DimensionIdRole).toString(), dimension);
}

void TestGuiQuestions::tabGoesThroughAnswersThenNotesThenNavigation()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    for (QuestionType type : {QuestionType::Scale, QuestionType::Checklist, QuestionType::Grid}) {
        for (const QuestionPage::Step &step : page->steps()) {
            if (m_content->questionnaire(step.theme)->question(step.question)->type == type &&
                step != page->steps().first()) {
                page->goTo(step);
                break;
            }
        }
        const QList<QWidget *> answers = page->answerControls();
        QVERIFY(!answers.isEmpty());
        answers.first()->setFocus(Qt::TabFocusReason);
        // A group of radio buttons is one Tab stop (the arrow keys move inside it).
        QList<QWidget *> expected;
        for (QWidget *answer : answers.mid(1)) {
            if (!qobject_cast<QRadioButton *>(answer))
                expected.append(answer);
        }
        expected << page->notesEdit() << page->backButton() << page->nextButton();
        for (QWidget *widget : std::as_const(expected)) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() == widget,
                     qPrintable(QStringLiteral("%1: Tab went to %2 instead of %3")
                                    .arg(page->current().question, QApplication::focusWidget()->objectName(),
                                         widget->objectName())));
        }
    }
}

void TestGuiQuestions::focusIsVisible()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    auto *ring = page->findChild<FocusRing *>();
    QVERIFY(ring);
    // The ring stands out 3:1 against the page and the fields.
    const QColor color = FocusRing::ringColor(page->palette());
    QVERIFY(FocusRing::contrast(color, page->palette().color(QPalette::Window)) >= 3.0);
    QVERIFY(FocusRing::contrast(color, page->palette().color(QPalette::Base)) >= 3.0);
    // Around the answer with its text, the notes, "Next" (which then looks different) and the side panel.
    for (QWidget *widget : {page->answerControls().first(), static_cast<QWidget *>(page->notesEdit()),
                            static_cast<QWidget *>(page->nextButton()), static_cast<QWidget *>(page->sidebar())}) {
        widget->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QVERIFY(ring->isVisible());
        QWidget *around = qvariant_cast<QWidget *>(widget->property("focusRingAround"));
        QCOMPARE(ring->target(), around ? around : widget);
        const QRect ringRect(ring->mapTo(&window, QPoint()), ring->size());
        const QRect target(ring->target()->mapTo(&window, QPoint()), ring->target()->size());
        QVERIFY2(ringRect.contains(target) && ringRect != target, qPrintable(widget->objectName()));
    }
}

void TestGuiQuestions::navigationShortcuts()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    const QList<QAction *> actions = page->navigationActions();
    // Themes, unanswered, and in a workshop the next question to settle and the next or previous person.
    QCOMPARE(actions.size(), 6);
    // Distinct and not taken by the window's menus.
    QList<QKeySequence> taken;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!actions.contains(action))
            taken += action->shortcuts();
    }
    for (QAction *action : actions) {
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY2(!taken.contains(action->shortcut()), qPrintable(action->shortcut().toString()));
        QVERIFY(!action->text().isEmpty());
    }
    // Listed in a menu of the window, where a user can find them and their keys.
    QList<QAction *> inMenus;
    for (QAction *menu : window.menuBar()->actions())
        inMenus += menu->menu()->actions();
    for (QAction *action : actions)
        QVERIFY2(inMenus.count(action) == 1, qPrintable(action->text()));
    const QStringList themes = window.document()->themes();
    page->goTo(page->steps().first());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QCOMPARE(page->current().theme, themes.at(1));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QCOMPARE(page->current().theme, themes.at(2));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QCOMPARE(page->current().theme, themes.at(1));
    // The first question of the theme, with the keyboard on its answers.
    QCOMPARE(page->current(), page->steps().at(page->steps().indexOf(page->current())));
    QVERIFY(page->answerControls().contains(QApplication::focusWidget()));
    // Next unanswered: skips what is answered.
    const QList<QuestionPage::Step> steps = page->steps();
    const auto at = steps.indexOf(page->current());
    window.document()->setAnswer(steps[at + 1].theme, steps[at + 1].question, Answer::makeDontKnow());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_U));
    QCOMPARE(page->current(), steps[at + 2]);
}

void TestGuiQuestions::closedDropDownIgnoresArrowsAndWheel()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    for (const QuestionPage::Step &step : allQuestions()) {
        if (m_content->questionnaire(step.theme)->question(step.question)->type == QuestionType::Grid) {
            page->goTo(step);
            break;
        }
    }
    const QuestionPage::Step step = page->current();
    auto *combo = qobject_cast<QComboBox *>(page->answerControls().first());
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(!window.document()->answer(step.theme, step.question));
    // The arrow opened the list: the answer changes there, in sight.
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QTRY_VERIFY(!combo->view()->isVisible());
    QCOMPARE(combo->currentIndex(), 1);
    QVERIFY(window.document()->answer(step.theme, step.question));
    QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &wheel);
    QCOMPARE(combo->currentIndex(), 1);
}

void TestGuiQuestions::endOfThemeSummary()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    const QString theme = QStringLiteral("cybersecurity");
    QList<QuestionPage::Step> inTheme;
    for (const QuestionPage::Step &step : page->steps()) {
        if (step.theme == theme)
            inTheme.append(step);
    }
    QVERIFY(inTheme.size() > 3);
    // Everything answered but the second question.
    for (const QuestionPage::Step &step : std::as_const(inTheme)) {
        if (step != inTheme[1])
            window.document()->setAnswer(step.theme, step.question, Answer::makeDontKnow());
    }
    page->goTo(inTheme.last());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(page->isShowingSummary());
    QCOMPARE(page->current(), inTheme.last());
    auto *text = page->findChild<QLabel *>(QStringLiteral("summaryText"));
    QVERIFY(text->isVisible());
    QCOMPARE(text->text(), QStringLiteral("1 question sans réponse\u00a0:"));
    const QString missing = m_content->questionnaire(theme)->question(inTheme[1].question)->text.fr;
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("summaryList"))->text().contains(missing.left(30)));
    QVERIFY(page->nextButton()->accessibleDescription().contains(text->text()));
    // To the unanswered question.
    auto *unanswered = page->findChild<QPushButton *>(QStringLiteral("summaryUnanswered"));
    QVERIFY(unanswered->isVisible());
    unanswered->setFocus();
    QTest::keyClick(unanswered, Qt::Key_Return);
    QVERIFY(!page->isShowingSummary());
    QCOMPARE(page->current(), inTheme[1]);
    // Enter on the summary goes on to the next theme's first question.
    page->goTo(inTheme.last());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(page->isShowingSummary());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const QList<QuestionPage::Step> steps = page->steps();
    QCOMPARE(page->current(), steps.at(steps.indexOf(inTheme.last()) + 1));
    QVERIFY(page->current().theme != theme);
    // Backspace on the summary is the theme's last question again.
    page->goTo(inTheme.last());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QVERIFY(!page->isShowingSummary());
    QCOMPARE(page->current(), inTheme.last());
    // After the last theme, the summary leads to the results.
    page->goTo(steps.last());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(page->isShowingSummary());
    QCOMPARE(page->nextButton()->text(), QStringLiteral("Voir les résultats"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(window.page(), MainWindow::Page::Results);
}

void TestGuiQuestions::progressCountsTheThemeOnly()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    auto *label = page->findChild<QLabel *>(QStringLiteral("themeProgress"));
    QVERIFY(label);
    // A conditional question of one theme, and a question of another theme to stand on.
    const Questionnaire *ai = m_content->questionnaire(u"ai-readiness");
    const Question *child = nullptr;
    for (const Dimension &d : ai->dimensions) {
        for (const Question &question : d.questions) {
            if (!child && question.showIf && question.showIf->kind == Condition::Kind::AnswerIn &&
                ai->question(question.showIf->question)->type == QuestionType::Grid)
                child = &question;
        }
    }
    QVERIFY(child);
    QList<QuestionPage::Step> cyber;
    for (const QuestionPage::Step &step : page->steps()) {
        if (step.theme == u"cybersecurity")
            cyber.append(step);
    }
    page->goTo(cyber[2]);
    const QString before = label->text();
    QCOMPARE(before, QStringLiteral("Question 3 sur %1 · 0 sur %1 répondues dans ce thème").arg(cyber.size()));
    const auto allBefore = page->steps().size();
    // Showing a question in another theme changes the questionnaire's length, not this theme's figures.
    const Condition &condition = *child->showIf;
    window.document()->setAnswer(ai->id, condition.question,
                                 Answer::makeRows({{condition.row, condition.options.first()}}));
    QVERIFY(page->steps().size() != allBefore);
    QCOMPARE(label->text(), before);
    // An answer in this theme counts.
    window.document()->setAnswer(cyber[0].theme, cyber[0].question, Answer::makeDontKnow());
    QCOMPARE(label->text(), QStringLiteral("Question 3 sur %1 · 1 sur %1 répondues dans ce thème").arg(cyber.size()));
}

void TestGuiQuestions::undoShowsTheQuestionItChanged()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    const QList<QuestionPage::Step> steps = page->steps();
    page->goTo(steps[3]);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QVERIFY(window.document()->answer(steps[3].theme, steps[3].question));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(page->current(), steps[5]);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(!window.document()->answer(steps[3].theme, steps[3].question));
    QCOMPARE(page->current(), steps[3]);
    page->goTo(steps[0]);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(page->current(), steps[3]);
}

void TestGuiQuestions::everyQuestionIsAnnounced()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    QStringList problems;
    for (const QuestionPage::Step &step : allQuestions()) {
        page->goTo(step);
        const Question *q = m_content->questionnaire(step.theme)->question(step.question);
        const QString where = step.theme + QLatin1Char('/') + step.question + QStringLiteral(": ");
        // The question's text as shown (dates phrased): its first words are enough to recognise it.
        const QString text = page->findChild<QLabel *>(QStringLiteral("questionText"))->text();
        QVERIFY(!text.isEmpty());
        QAccessibleInterface *group = QAccessible::queryAccessibleInterface(page->answersGroup());
        QVERIFY(group);
        if (group->role() != QAccessible::Grouping)
            problems.append(where + QStringLiteral("the answers are not a group"));
        const QString name = group->text(QAccessible::Name);
        if (!name.startsWith(QStringLiteral("Question ")) || !name.contains(QStringLiteral(" sur ")) ||
            !name.endsWith(text))
            problems.append(where + QStringLiteral("group named \"%1\"").arg(name));
        if (!q->help.isEmpty() && group->text(QAccessible::Description).isEmpty())
            problems.append(where + QStringLiteral("group without the help as description"));
        for (QWidget *control : page->answerControls()) {
            QAccessibleInterface *answer = QAccessible::queryAccessibleInterface(control);
            if (answer->text(QAccessible::Name).isEmpty())
                problems.append(where + QStringLiteral("answer without a name"));
            // The question from the answer: its description, or its group's name.
            bool reached = answer->text(QAccessible::Description) == text;
            for (QAccessibleInterface *up = answer->parent(); up && !reached; up = up->parent())
                reached = up->role() == QAccessible::Grouping && up->text(QAccessible::Name).endsWith(text);
            if (!reached)
                problems.append(
                    where + QStringLiteral("question not reachable from \"%1\"").arg(answer->text(QAccessible::Name)));
        }
        // No focus stop without a name on the page.
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            if (iface && iface->text(QAccessible::Name).isEmpty())
                problems.append(where + QStringLiteral("focus stop without a name: ") + widget->objectName() +
                                QLatin1Char(' ') + QString::fromLatin1(widget->metaObject()->className()));
        }
        if (problems.size() > 30)
            break;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Side-panel parts without children are not said to be expanded.
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(page->sidebar());
    QVERIFY(tree);
    int leaves = 0;
    for (int i = 0; i < tree->childCount(); ++i) {
        QAccessibleInterface *cell = tree->child(i);
        if (!cell || cell->role() == QAccessible::ColumnHeader || cell->text(QAccessible::Name).isEmpty())
            continue;
        QAccessibleTableCellInterface *tableCell = cell->tableCellInterface();
        if (!tableCell)
            continue;
        if (!cell->state().expandable) {
            ++leaves;
            QVERIFY2(!cell->state().expanded, qPrintable(cell->text(QAccessible::Name)));
        }
    }
    QVERIFY(leaves > 0);
}

void TestGuiQuestions::gridRowsExposeTheirValue()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    // Under xcb with AT-SPI (ctest atspi_value_events_questions) the bridge is active once the event
    // loop has run: wait for it, so that the value events below are sent and checked.
    if (QGuiApplication::platformName() != u"offscreen")
        QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 30000);
    QuestionPage *page = window.questionPage();
    const Question *grid = nullptr;
    for (const QuestionPage::Step &step : allQuestions()) {
        const Question *q = m_content->questionnaire(step.theme)->question(step.question);
        if (q->type == QuestionType::Grid) {
            page->goTo(step);
            grid = q;
            break;
        }
    }
    QVERIFY(grid);
    QAccessible::installUpdateHandler(&TestGuiQuestions::recordEvent);
    const QList<QWidget *> controls = page->answerControls();
    for (qsizetype i = 0; i < grid->rows.size(); ++i) {
        auto *combo = qobject_cast<QComboBox *>(controls[i]);
        QVERIFY(combo);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(combo);
        QCOMPARE(iface->role(), QAccessible::ComboBox);
        // Named by its row, whatever it holds; the value is what is chosen.
        QCOMPARE(iface->text(QAccessible::Name), grid->rows[i].label.fr);
        QCOMPARE(iface->text(QAccessible::Value), combo->itemText(0));
        combo->setCurrentIndex(2);
        QCOMPARE(iface->text(QAccessible::Name), grid->rows[i].label.fr);
        QCOMPARE(iface->text(QAccessible::Value), grid->options[1].label.fr);
    }
    // Each change was told to assistive technology, with its value (Qt sends events only where a
    // bridge is active: AT-SPI under X, as in ctest atspi_value_events_questions, not offscreen).
    if (!QAccessible::isActive())
        QSKIP("No accessibility bridge is active on this platform: value change events are not sent.");
    int told = 0;
    for (const QAccessibleEvent *event : std::as_const(s_events)) {
        if (event->type() == QAccessible::ValueChanged && controls.contains(qobject_cast<QWidget *>(event->object()))) {
            QCOMPARE(static_cast<const QAccessibleValueChangeEvent *>(event)->value().toString(),
                     grid->options[1].label.fr);
            ++told;
        }
    }
    QCOMPARE(told, grid->rows.size());
    // Undo changes the value back, and says so too.
    qDeleteAll(s_events);
    s_events.clear();
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    const bool toldUndo = std::any_of(s_events.cbegin(), s_events.cend(), [](const QAccessibleEvent *event) {
        return event->type() == QAccessible::ValueChanged;
    });
    QVERIFY(toldUndo);
}

void TestGuiQuestions::lastQuestionSaysWhereNextGoes()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    QuestionPage *page = window.questionPage();
    page->goTo(page->steps().last());
    QVERIFY(!page->nextButton()->accessibleDescription().contains(QStringLiteral("Question suivante")));
    page->goTo(page->steps().first());
    QVERIFY(page->nextButton()->accessibleDescription().contains(QStringLiteral("Question suivante")));
}

void TestGuiQuestions::privacyPolicyOnlyForAWebsite()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    AssessmentDocument *document = window.document();
    QuestionPage *page = window.questionPage();
    const QuestionPage::Step privacy{QStringLiteral("e-commerce"), QStringLiteral("privacy-policy")};
    const QString profile = m_content->profile()->id;
    // A bakery with no website that takes orders to collect in the shop (by phone, or through a platform).
    document->setAnswer(profile, QStringLiteral("website"), Answer::makeChoice(QStringLiteral("no")));
    document->setAnswer(privacy.theme, QStringLiteral("online-presence"),
                        Answer::makeTicked({QStringLiteral("social-media")}));
    document->setAnswer(privacy.theme, QStringLiteral("sales-channels"),
                        Answer::makeTicked({QStringLiteral("click-and-collect")}));
    QVERIFY(!page->steps().contains(privacy));
    // With a website it is asked, and "not applicable" is offered.
    document->setAnswer(profile, QStringLiteral("website"), Answer::makeChoice(QStringLiteral("yes")));
    QVERIFY(page->steps().contains(privacy));
    QVERIFY(m_content->questionnaire(privacy.theme)->question(privacy.question)->allowNotApplicable);
}

QTEST_MAIN(TestGuiQuestions)
#include "tst_gui_questions.moc"
