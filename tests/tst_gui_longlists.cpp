// A question with many answers (the 101 départements of tests/data/longlists) on the question page: a
// searchable drop-down answered by keyboard alone (Tab, type, Enter), accents and case ignored, undone with
// Ctrl+Z, "don't know" still there, named after its question, and fitting the small screens.
#include "assessmentdocument.h"
#include "contentloader.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "searchablelist.h"
#include "settings.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace Phare;

namespace {

const QuestionPage::Step departement{QStringLiteral("places"), QStringLiteral("departement")};

// Where a key typed now goes: the open completion list when there is one (it holds the keyboard), else the
// widget with the focus.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    // Letters beyond ASCII (é) as a keyboard sends them: their key code and their text.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, keyTarget(), static_cast<Qt::Key>(c.toUpper().unicode()), QString(c),
                            Qt::NoModifier);
}

} // namespace

class TestGuiLongLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shortListsKeepTheirButtons();
    void typeToSearchThenEnter_data();
    void typeToSearchThenEnter();
    void undoAndRedo();
    void aSearchLeftHalfTypedIsNoAnswer();
    void theWheelLeavesTheAnswer();
    void dontKnowStaysReachable();
    void namedAfterTheQuestion();
    void fitsTheSmallScreens();

private:
    void open(MainWindow &window, const QSize &size = QSize(1024, 600));
    SearchableList *list(MainWindow &window) const;

    Result<Content> m_content = ContentLoader::load({QStringLiteral(PHARE_TEST_DATA "/longlists")});
};

void TestGuiLongLists::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
}

void TestGuiLongLists::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::french());
}

void TestGuiLongLists::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

void TestGuiLongLists::open(MainWindow &window, const QSize &size)
{
    Assessment assessment;
    assessment.company.name = QStringLiteral("Boulangerie Test");
    window.document()->reset(assessment, QString());
    window.document()->setThemes({departement.theme});
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Questions);
    window.questionPage()->goTo(departement);
}

SearchableList *TestGuiLongLists::list(MainWindow &window) const
{
    return window.questionPage()->answersGroup()->findChild<SearchableList *>();
}

void TestGuiLongLists::shortListsKeepTheirButtons()
{
    MainWindow window(m_content.value());
    open(window);
    QVERIFY(list(window));
    QCOMPARE(window.questionPage()->answersGroup()->findChildren<QRadioButton *>().size(), 0);
    // Three options: radio buttons, as before.
    window.questionPage()->goTo({departement.theme, QStringLiteral("size-band")});
    QVERIFY(!list(window));
    QCOMPARE(window.questionPage()->answersGroup()->findChildren<QRadioButton *>().size(), 3);
}

void TestGuiLongLists::typeToSearchThenEnter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    // clang-format off
    QTest::newRow("without the accent") << QStringLiteral("hera")   << QStringLiteral("herault")    << QStringLiteral("34 Hérault");
    QTest::newRow("with the accent")    << QStringLiteral("Héra")   << QStringLiteral("herault")    << QStringLiteral("34 Hérault");
    QTest::newRow("capitals")           << QStringLiteral("HERAU")  << QStringLiteral("herault")    << QStringLiteral("34 Hérault");
    QTest::newRow("inside the name")    << QStringLiteral("union")  << QStringLiteral("la-reunion") << QStringLiteral("974 La Réunion");
    QTest::newRow("past the 64th")      << QStringLiteral("vauc")   << QStringLiteral("vaucluse")   << QStringLiteral("84 Vaucluse");
    QTest::newRow("by its number")      << QStringLiteral("83 ")    << QStringLiteral("var")        << QStringLiteral("83 Var");
    // clang-format on
}

void TestGuiLongLists::typeToSearchThenEnter()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    MainWindow window(m_content.value());
    open(window);
    QuestionPage *page = window.questionPage();
    SearchableList *box = list(window);
    QVERIFY(box);
    // From the side panel, Tab reaches the list first.
    page->sidebar()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), box);
    type(typed);
    // The completion list shows what matches, accents and case aside.
    QTRY_VERIFY(box->completer()->popup()->isVisible());
    QVERIFY(box->completer()->completionCount() >= 1);
    QTest::keyClick(keyTarget(), Qt::Key_Return);
    const std::optional<Answer> answer = window.document()->answer(departement.theme, departement.question);
    QVERIFY(answer);
    QCOMPARE(answer->kind, Answer::Kind::Choice);
    QCOMPARE(answer->choice, stored);
    QCOMPARE(box->lineEdit()->text(), shown);
    QVERIFY(!box->completer()->popup()->isVisible());
    // Still on the question: the first Enter picked the answer; the next one goes on.
    QCOMPARE(page->current(), departement);
    QTest::keyClick(keyTarget(), Qt::Key_Return);
    QVERIFY(!(page->current() == departement));
}

void TestGuiLongLists::undoAndRedo()
{
    MainWindow window(m_content.value());
    open(window);
    SearchableList *box = list(window);
    QTRY_COMPARE(QApplication::focusWidget(), box);
    type(QStringLiteral("hera"));
    QTest::keyClick(keyTarget(), Qt::Key_Return);
    QCOMPARE(window.document()->answer(departement.theme, departement.question)->choice, QStringLiteral("herault"));
    // Ctrl+Z in the box undoes the answer (the box has no typing of its own left to undo).
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(!window.document()->answer(departement.theme, departement.question));
    QCOMPARE(box->lineEdit()->text(), QString());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(window.document()->answer(departement.theme, departement.question)->choice, QStringLiteral("herault"));
    QCOMPARE(list(window)->lineEdit()->text(), QStringLiteral("34 Hérault"));
    // Stored in the assessment like any answer: what saving and the autosave write.
    QVERIFY(window.document()->assessment().themes.value(departement.theme).answers.contains(departement.question));
}

void TestGuiLongLists::aSearchLeftHalfTypedIsNoAnswer()
{
    MainWindow window(m_content.value());
    open(window);
    SearchableList *box = list(window);
    QTRY_COMPARE(QApplication::focusWidget(), box);
    type(QStringLiteral("zzz"));
    QCOMPARE(box->completer()->completionCount(), 0);
    QTest::keyClick(keyTarget(), Qt::Key_Return); // nothing found: nothing stored, and the page stays
    QVERIFY(!window.document()->answer(departement.theme, departement.question));
    QCOMPARE(window.questionPage()->current(), departement);
    QTest::keyClick(keyTarget(), Qt::Key_Tab);
    QCOMPARE(box->lineEdit()->text(), QString());
    QVERIFY(!window.document()->answer(departement.theme, departement.question));
    // Escape drops a search, and its matches.
    box->setFocus(Qt::BacktabFocusReason);
    type(QStringLiteral("hera"));
    QTRY_VERIFY(box->completer()->popup()->isVisible());
    QTest::keyClick(keyTarget(), Qt::Key_Escape);
    QCOMPARE(box->lineEdit()->text(), QString());
    QVERIFY(!box->completer()->popup()->isVisible());
    QVERIFY(!window.document()->answer(departement.theme, departement.question));
    QCOMPARE(QApplication::focusWidget(), box);
}

void TestGuiLongLists::theWheelLeavesTheAnswer()
{
    MainWindow window(m_content.value());
    open(window);
    SearchableList *box = list(window);
    QTRY_COMPARE(QApplication::focusWidget(), box);
    type(QStringLiteral("gard"));
    QTest::keyClick(keyTarget(), Qt::Key_Return);
    const QPoint centre = box->rect().center();
    QWheelEvent wheel(centre, box->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(box, &wheel);
    QCOMPARE(window.document()->answer(departement.theme, departement.question)->choice, QStringLiteral("gard"));
    QCOMPARE(box->lineEdit()->text(), QStringLiteral("30 Gard"));
}

void TestGuiLongLists::dontKnowStaysReachable()
{
    MainWindow window(m_content.value());
    open(window);
    SearchableList *box = list(window);
    QTRY_COMPARE(QApplication::focusWidget(), box);
    type(QStringLiteral("gard"));
    QTest::keyClick(keyTarget(), Qt::Key_Return);
    QCOMPARE(window.document()->answer(departement.theme, departement.question)->choice, QStringLiteral("gard"));
    // Tab goes on to "I don't know", Space ticks it: the département is no longer the answer.
    QTest::keyClick(keyTarget(), Qt::Key_Tab);
    auto *dontKnow = qobject_cast<QCheckBox *>(QApplication::focusWidget());
    QVERIFY(dontKnow);
    QTest::keyClick(dontKnow, Qt::Key_Space);
    QCOMPARE(window.document()->answer(departement.theme, departement.question)->kind, Answer::Kind::DontKnow);
    QCOMPARE(list(window)->lineEdit()->text(), QString());
    // Not applicable is there too, after it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QCheckBox *>(QApplication::focusWidget()));
    // Choosing again clears "don't know".
    list(window)->setFocus(Qt::BacktabFocusReason);
    type(QStringLiteral("lozere"));
    QTest::keyClick(keyTarget(), Qt::Key_Return);
    QCOMPARE(window.document()->answer(departement.theme, departement.question)->choice, QStringLiteral("lozere"));
    QVERIFY(!dontKnow->isChecked());
}

void TestGuiLongLists::namedAfterTheQuestion()
{
    MainWindow window(m_content.value());
    open(window);
    QAccessibleInterface *box = QAccessible::queryAccessibleInterface(list(window));
    QVERIFY(box);
    const QString text = window.questionPage()->findChild<QLabel *>(QStringLiteral("questionText"))->text();
    QVERIFY(text.startsWith(QStringLiteral("Dans quel département")));
    QCOMPARE(box->text(QAccessible::Name), text);
}

void TestGuiLongLists::fitsTheSmallScreens()
{
    for (const Test::ScreenCase &screen : Test::screenCases()) {
        MainWindow window(m_content.value());
        open(window, screen.logicalSize);
        QTest::qWait(20);
        QuestionPage *page = window.questionPage();
        QStringList problems = Test::layoutProblems(&window);
        const QSize room = screen.logicalSize - (window.size() - page->size());
        const QSize needed = page->minimumSizeHint();
        if (needed.width() > room.width() || needed.height() > room.height())
            problems.append(QStringLiteral("the page needs %1×%2 px").arg(needed.width()).arg(needed.height()));
        // The list, open, stays on the screen's height.
        SearchableList *box = list(window);
        box->showPopup();
        QTRY_VERIFY(box->view()->isVisible());
        if (box->view()->window()->height() > screen.logicalSize.height())
            problems.append(QStringLiteral("the open list is %1 px high").arg(box->view()->window()->height()));
        box->hidePopup();
        QVERIFY2(problems.isEmpty(), qPrintable(screen.name + QStringLiteral(": ") + problems.join(u'\n')));
    }
}

QTEST_MAIN(TestGuiLongLists)
#include "tst_gui_longlists.moc"
