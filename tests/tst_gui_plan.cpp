// The decided plan in the desktop app: an action accepted, assigned, dated and completed by keyboard on the
// Recommendations page, and undone; an action of one's own added and removed; declined actions and the
// decided / proposed filter; File → New follow-up… (and Assessment::followUp) carrying the decided plan;
// File → Export plan as CSV… read back by a spreadsheet-compatible reader; the page and its form on small
// screens in French.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "plandecisiondialog.h"
#include "recommendationspage.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

const QString kExample = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");

// The bakery's first workshop: two-step verification accepted for Marie, the cookie banner declined, one
// action of the advisor's own.
Assessment workshop()
{
    Assessment a = AssessmentFile::read(kExample).value();
    PlanDecision mfa;
    mfa.who = u"Marie"_s;
    mfa.due = QDate(2026, 3, 31);
    mfa.progress = ActionProgress::InProgress;
    a.plan.actions.insert(u"cyber-mfa-mail-bank"_s, mfa);
    PlanDecision cookies;
    cookies.choice = PlanDecision::Choice::Declined;
    cookies.reason = u"Pas de boutique en ligne à nous."_s;
    a.plan.actions.insert(u"ecom-cookies-consent"_s, cookies);
    OwnAction wifi;
    wifi.id = u"own-1"_s;
    wifi.text = u"Changer le mot de passe de la box Wi-Fi"_s;
    wifi.who = u"Karim"_s;
    a.plan.own.append(wifi);
    return a;
}

QString planId(const QWidget *widget)
{
    return widget ? widget->property("pharePlanId").toString() : QString();
}

} // namespace

class TestGuiPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionDecidedByKeyboardIsSavedAndUndone();
    void ownActionAddedAndRemovedByKeyboard();
    void declinedAndFilters();
    void followUpCarriesTheDecidedPlan();
    void followUpStartedFromTheWindow();
    void planExportedAsCsv();
    void pageAndFormFitSmallScreensInFrench_data();
    void pageAndFormFitSmallScreensInFrench();

private:
    void open(MainWindow &window, const Assessment &assessment);
    PlanDecisionDialog *waitForDialog(MainWindow &window);
    // The offscreen platform gives the activation back to no window when a dialog closes.
    static void backToWindow(MainWindow &window);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestGuiPlan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestGuiPlan::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
}

void TestGuiPlan::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

void TestGuiPlan::open(MainWindow &window, const Assessment &assessment)
{
    window.document()->reset(assessment, QString());
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Recommendations);
}

PlanDecisionDialog *TestGuiPlan::waitForDialog(MainWindow &window)
{
    // The form opens at once (open(), not exec()).
    auto *dialog = window.findChild<PlanDecisionDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    // The offscreen platform does not move the activation to a new window by itself.
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestGuiPlan::backToWindow(MainWindow &window)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void TestGuiPlan::actionDecidedByKeyboardIsSavedAndUndone()
{
    MainWindow window(m_content.value());
    const Assessment bakery = AssessmentFile::read(kExample).value();
    open(window, bakery);
    RecommendationsPage *page = window.recommendationsPage();
    QVERIFY(!page->actionItems().isEmpty());
    QWidget *first = page->actionItems().constFirst();
    const QString id = planId(first);
    QVERIFY(!id.isEmpty());
    QVERIFY(first->accessibleDescription().startsWith(u"proposed"_s));

    // Enter on the action opens its form, at the decision.
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Return);
    PlanDecisionDialog *dialog = waitForDialog(window);
    QVERIFY(dialog);
    auto *decision = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(decision && decision->objectName() == u"planDecision"_s);
    QTest::keyClick(decision, Qt::Key_Down); // accepted
    QCOMPARE(decision->currentText(), u"Accepted"_s);
    QTest::keyClick(decision, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"planHorizon"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the reason is for a declined action: skipped
    QCOMPARE(QApplication::focusWidget()->objectName(), u"planWho"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Marie"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *hasDue = qobject_cast<QCheckBox *>(QApplication::focusWidget());
    QVERIFY(hasDue && !hasDue->isChecked());
    QTest::keyClick(hasDue, Qt::Key_Space);
    QTest::keyClick(hasDue, Qt::Key_Tab);
    auto *due = qobject_cast<QDateEdit *>(QApplication::focusWidget());
    QVERIFY(due && due->objectName() == u"planDue"_s);
    const QDate reference = bakery.referenceDate();
    QCOMPARE(due->date(), reference.addMonths(1)); // a month ahead, proposed
    due->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(due, Qt::Key_Up);
    // Tab walks the day, the month and the year, then leaves (Qt's date editors).
    for (int i = 0; i < 3 && QApplication::focusWidget() == due; ++i)
        QTest::keyClick(due, Qt::Key_Tab);
    auto *progress = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(progress && progress->objectName() == u"planProgress"_s);
    QTest::keyClick(progress, Qt::Key_Down);
    QTest::keyClick(progress, Qt::Key_Down);
    QCOMPARE(progress->currentText(), u"Done"_s);
    QTest::keyClick(progress, Qt::Key_Tab);
    auto *doneOn = qobject_cast<QDateEdit *>(QApplication::focusWidget());
    QVERIFY(doneOn && doneOn->objectName() == u"planDoneOn"_s);
    QCOMPARE(doneOn->date(), reference); // done on the workshop's day, proposed
    for (int i = 0; i < 3 && QApplication::focusWidget() == doneOn; ++i)
        QTest::keyClick(doneOn, Qt::Key_Tab);
    auto *note = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY(note);
    QTest::keyClicks(note, u"The bank first."_s);
    QTest::keyClick(note, Qt::Key_Tab); // to OK
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<PlanDecisionDialog *>());
    backToWindow(window);

    // Recorded as one step, shown on the page, and the keyboard is back on the action.
    const PlanDecision recorded = window.document()->plan().actions.value(id);
    QVERIFY(window.document()->plan().actions.contains(id));
    QCOMPARE(recorded.choice, PlanDecision::Choice::Accepted);
    QCOMPARE(recorded.horizon, QString());
    QCOMPARE(recorded.who, u"Marie"_s);
    QCOMPARE(recorded.due, reference.addMonths(1).addDays(1));
    QCOMPARE(recorded.progress, ActionProgress::Done);
    QCOMPARE(recorded.doneOn, reference);
    QCOMPARE(recorded.note, u"The bank first."_s);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(window.document()->isModified());
    QTRY_COMPARE(planId(QApplication::focusWidget()), id);
    const QString shown = QApplication::focusWidget()->accessibleDescription();
    QVERIFY2(shown.startsWith(u"accepted · who: Marie · due: "_s) && shown.contains(u"done on "_s), qPrintable(shown));
    QVERIFY(page->text().contains(u"Note: The bank first."_s));

    // Saved, and read back.
    const QString path = m_dir.filePath(u"decided.phare"_s);
    QVERIFY(window.document()->save(path).ok());
    const Result<Assessment> back = AssessmentFile::read(path);
    QVERIFY(back.ok());
    QCOMPARE(back->plan.actions.value(id), recorded);

    // Ctrl+Z undoes the whole decision; Ctrl+Shift+Z brings it back.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(window.document()->plan().isEmpty());
    QTRY_VERIFY(!page->text().contains(u"Marie"_s));
    QCOMPARE(page->actionItems().constFirst()->accessibleDescription().section(u'\n', 0, 0), u"proposed"_s);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(window.document()->plan().actions.value(id), recorded);
    QTRY_VERIFY(page->text().contains(u"Marie"_s));
}

void TestGuiPlan::ownActionAddedAndRemovedByKeyboard()
{
    MainWindow window(m_content.value());
    open(window, AssessmentFile::read(kExample).value());
    RecommendationsPage *page = window.recommendationsPage();
    const auto itemsBefore = page->actionItems().size();

    // "Add an action…", pressed with Space.
    auto *add = page->findChild<QPushButton *>(u"planAddAction"_s);
    QVERIFY(add && add->isVisible() && !add->accessibleName().isEmpty());
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    PlanDecisionDialog *dialog = waitForDialog(window);
    QVERIFY(dialog);
    auto *text = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(text && text->objectName() == u"planText"_s);
    QVERIFY(!dialog->findChild<QPushButton *>(u"planRemove"_s)); // nothing to remove yet
    QTest::keyClick(text, Qt::Key_Return);                       // no text: OK is off, nothing is added
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(text, u"Change the Wi-Fi box password"_s);
    QTest::keyClick(text, Qt::Key_Tab);
    auto *horizon = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(horizon && horizon->objectName() == u"planHorizon"_s);
    QTest::keyClick(horizon, Qt::Key_Down); // this quarter
    QTest::keyClick(horizon, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Karim"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<PlanDecisionDialog *>());
    backToWindow(window);

    QCOMPARE(window.document()->plan().own.size(), 1);
    const OwnAction own = window.document()->plan().own.constFirst();
    QCOMPARE(own.id, u"own-1"_s);
    QCOMPARE(own.text, u"Change the Wi-Fi box password"_s);
    QCOMPARE(own.horizon, u"next"_s);
    QCOMPARE(own.who, u"Karim"_s);
    QCOMPARE(page->actionItems().size(), itemsBefore + 1);
    QTRY_COMPARE(planId(QApplication::focusWidget()), u"own-1"_s);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"– Change the Wi-Fi box password"_s);

    // Enter on it, then "Remove this action".
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    dialog = waitForDialog(window);
    QVERIFY(dialog);
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), own.text);
    auto *remove = dialog->findChild<QPushButton *>(u"planRemove"_s);
    QVERIFY(remove);
    remove->setFocus();
    QTest::keyClick(remove, Qt::Key_Space);
    QTRY_VERIFY(!window.findChild<PlanDecisionDialog *>());
    QVERIFY(window.document()->plan().own.isEmpty());
    QCOMPARE(page->actionItems().size(), itemsBefore);
    QCOMPARE(window.document()->undoStack()->count(), 2);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->plan().own, QList<OwnAction>{own});
}

void TestGuiPlan::declinedAndFilters()
{
    MainWindow window(m_content.value());
    open(window, workshop());
    RecommendationsPage *page = window.recommendationsPage();
    const QString all = page->text();
    QVERIFY(all.contains(u"Reason: Pas de boutique en ligne à nous."_s));
    QVERIFY(all.contains(u"Changer le mot de passe de la box Wi-Fi"_s));
    QStringList ids;
    for (const QWidget *item : page->actionItems())
        ids.append(planId(item));
    QVERIFY(ids.contains(u"ecom-cookies-consent"_s) && ids.contains(u"own-1"_s) &&
            ids.contains(u"cyber-mfa-mail-bank"_s));
    // The declined action is apart, after the plan: the last action listed.
    QCOMPARE(ids.constLast(), u"ecom-cookies-consent"_s);

    auto *filter = page->findChild<QComboBox *>(u"planStateFilter"_s);
    QVERIFY(filter);
    QCOMPARE(filter->accessibleName(), u"Actions to show"_s);
    filter->setCurrentIndex(1); // decided
    QStringList decided;
    for (const QWidget *item : page->actionItems())
        decided.append(planId(item));
    decided.sort();
    QVERIFY2(page->status().startsWith(u"3 action"_s) && page->status().contains(u"decided"_s),
             qPrintable(page->status()));
    QCOMPARE(decided, (QStringList{u"cyber-mfa-mail-bank"_s, u"ecom-cookies-consent"_s, u"own-1"_s}));
    filter->setCurrentIndex(2); // proposed
    QCOMPARE(page->actionItems().size(), ids.size() - 3);
    for (const QWidget *item : page->actionItems())
        QVERIFY(item->accessibleDescription().startsWith(u"proposed"_s));
    QVERIFY(!page->text().contains(u"Pas de boutique"_s));

    // A decision on an action the answers no longer call for stays, said so, until set back to proposed.
    filter->setCurrentIndex(0);
    PlanDecision stale;
    stale.who = u"Karim"_s;
    window.document()->setPlanDecision(u"no-longer-fired"_s, stale);
    QVERIFY(page->text().contains(u"No longer suggested by the answers"_s));
    page->editAction(u"no-longer-fired"_s, false);
    PlanDecisionDialog *dialog = waitForDialog(window);
    QVERIFY(dialog);
    auto *decision = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(decision && decision->currentIndex() == 1);
    QTest::keyClick(decision, Qt::Key_Up); // proposed
    QTest::keyClick(decision, Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<PlanDecisionDialog *>());
    QVERIFY(!window.document()->plan().actions.contains(u"no-longer-fired"_s));
    QVERIFY(!page->text().contains(u"No longer suggested by the answers"_s));

    // One of the other possibilities taken into the plan from its own Decide… button.
    auto *other = page->findChild<QPushButton *>(u"planDecideOther"_s);
    QVERIFY(other && !other->accessibleName().isEmpty());
    const auto inPlan = page->actionItems().size();
    other->click();
    dialog = waitForDialog(window);
    QVERIFY(dialog);
    decision = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(decision && decision->currentIndex() == 0);
    QTest::keyClick(decision, Qt::Key_Down); // accepted
    QTest::keyClick(decision, Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<PlanDecisionDialog *>());
    QCOMPARE(window.document()->plan().actions.size(), 3);
    QCOMPARE(page->actionItems().size(), inPlan + 1);
}

void TestGuiPlan::followUpCarriesTheDecidedPlan()
{
    const Assessment earlier = workshop();
    for (const bool copyAnswers : {false, true}) {
        const Assessment next = earlier.followUp(copyAnswers, {u"profile"_s});
        QVERIFY(!next.id.isEmpty() && next.id != earlier.id);
        QCOMPARE(next.plan, earlier.plan);
        QCOMPARE(next.company.name, earlier.company.name);
        QCOMPARE(next.advisor, earlier.advisor);
        QVERIFY(next.assessmentDate.isValid());
        QVERIFY(next.nextMeeting.isNull());
        QCOMPARE(next.themes.keys(), earlier.themes.keys());
        QCOMPARE(next.themes.value(u"profile"_s).answers, earlier.themes.value(u"profile"_s).answers);
        for (auto theme = earlier.themes.cbegin(); theme != earlier.themes.cend(); ++theme) {
            if (theme.key() == u"profile")
                continue;
            QCOMPARE(next.themes.value(theme.key()).answers.isEmpty(), !copyAnswers);
            if (copyAnswers)
                QCOMPARE(next.themes.value(theme.key()).answers, theme->answers);
            QVERIFY(next.themes.value(theme.key()).notes.isEmpty()); // the earlier workshop's
        }
        // The follow-up is a file like any other: saved and read back with its plan.
        const QString path = m_dir.filePath(u"followup.phare"_s);
        QVERIFY(AssessmentFile::write(next, path).ok());
        QCOMPARE(AssessmentFile::read(path)->plan, earlier.plan);
    }
}

void TestGuiPlan::followUpStartedFromTheWindow()
{
    MainWindow window(m_content.value());
    const Assessment earlier = workshop();
    open(window, earlier);
    auto *action = window.findChild<QAction *>(u"followUpAction"_s);
    QVERIFY(action && action->isEnabled());
    MainWindow::setNextAnswer(QMessageBox::No); // start with no answers
    action->trigger();
    const Assessment &next = window.document()->assessment();
    QVERIFY(next.id != earlier.id);
    QCOMPARE(next.plan, earlier.plan);
    QVERIFY(window.document()->path().isEmpty());
    QVERIFY(window.document()->isModified());
    QVERIFY(window.document()->comparison().has_value());
    QCOMPARE(window.document()->comparison()->earlier.assessment().id, earlier.id);
    QCOMPARE(window.page(), MainWindow::Page::Recommendations);
    QVERIFY(next.themes.value(u"cybersecurity"_s).answers.isEmpty());
    QCOMPARE(next.themes.value(u"profile"_s).answers, earlier.themes.value(u"profile"_s).answers);
    // The decided plan is what the page shows: Marie's action, the own action, the declined one.
    const QString shown = window.recommendationsPage()->text();
    QVERIFY(shown.contains(u"Marie"_s) && shown.contains(u"Changer le mot de passe de la box Wi-Fi"_s));

    // Cancel starts nothing.
    window.document()->reset(earlier, QString());
    MainWindow::setNextAnswer(QMessageBox::Cancel);
    action->trigger();
    QCOMPARE(window.document()->assessment().id, earlier.id);

    // Copying the answers.
    MainWindow::setNextAnswer(QMessageBox::Yes);
    action->trigger();
    QCOMPARE(window.document()->assessment().themes.value(u"cybersecurity"_s).answers,
             earlier.themes.value(u"cybersecurity"_s).answers);
    QCOMPARE(window.document()->assessment().plan, earlier.plan);
}

void TestGuiPlan::planExportedAsCsv()
{
    MainWindow window(m_content.value());
    open(window, workshop());
    auto *action = window.findChild<QAction *>(u"exportPlanAction"_s);
    QVERIFY(action && action->isEnabled());
    const QString path = m_dir.filePath(u"plan.csv"_s);
    MainWindow::setNextFileName(path);
    action->trigger();
    QVERIFY(QFileInfo::exists(path));

    // Python's csv module, as a spreadsheet or a task tool would read the file.
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!python.isEmpty(), "python3 is missing: ./test.sh installs it");
    QProcess reader;
    reader.start(python, {u"-c"_s,
                          u"import csv, json, sys\n"
                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                          "    print(json.dumps(list(csv.DictReader(f))))\n"_s,
                          path});
    QVERIFY(reader.waitForFinished(30000));
    QCOMPARE(reader.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    QVERIFY(!rows.isEmpty());
    const QStringList columns = {u"horizon"_s, u"rank"_s,   u"id"_s,      u"action"_s, u"decision"_s, u"who"_s,
                                 u"due"_s,     u"status"_s, u"done_on"_s, u"why"_s,    u"note"_s};
    QCOMPARE(rows.first().toObject().keys().size(), columns.size());
    QHash<QString, QJsonObject> byId;
    for (const auto row : rows)
        byId.insert(row.toObject().value(u"id").toString(), row.toObject());
    const QJsonObject mfa = byId.value(u"cyber-mfa-mail-bank"_s);
    QCOMPARE(mfa.value(u"who").toString(), u"Marie"_s);
    QCOMPARE(mfa.value(u"due").toString(), u"2026-03-31"_s);
    QCOMPARE(mfa.value(u"decision").toString(), u"accepted"_s); // in the interface's language
    QCOMPARE(mfa.value(u"status").toString(), u"in progress"_s);
    QCOMPARE(byId.value(u"own-1"_s).value(u"who").toString(), u"Karim"_s);
    QCOMPARE(byId.value(u"ecom-cookies-consent"_s).value(u"why").toString(), u"Pas de boutique en ligne à nous."_s);
    QCOMPARE(rows.last().toObject().value(u"id").toString(), u"ecom-cookies-consent"_s); // declined last

    // A folder that does not exist: said (the message box's answer is automatic), nothing written.
    const QString nowhere = m_dir.filePath(u"missing/plan.csv"_s);
    QVERIFY(!window.exportPlan(nowhere));
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestGuiPlan::pageAndFormFitSmallScreensInFrench_data()
{
    QTest::addColumn<QSize>("screen");
    for (const Test::ScreenCase &screen : Test::screenCases())
        QTest::newRow(qPrintable(screen.name)) << screen.logicalSize;
}

void TestGuiPlan::pageAndFormFitSmallScreensInFrench()
{
    QFETCH(QSize, screen);
    Settings::setLanguage(Language::french());
    MainWindow window(m_content.value());
    open(window, workshop());
    window.resize(screen);
    QTest::qWait(50);
    QStringList problems = Test::layoutProblems(&window, screen);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    RecommendationsPage *page = window.recommendationsPage();
    QVERIFY(page->text().contains(u"Décider…"_s));
    // Every control of the plan has a name assistive technology reads.
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if ((w->objectName().startsWith(u"plan"_s) && w->focusPolicy() != Qt::NoFocus) || !planId(w).isEmpty())
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    QWidget *first = page->actionItems().constFirst();
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Return);
    PlanDecisionDialog *dialog = waitForDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Décider d'une action"_s);
    problems = Test::layoutProblems(dialog, screen);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (QWidget *field : dialog->findChildren<QWidget *>()) {
        if (field->objectName().startsWith(u"plan"_s) && field->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
    }
    if (!qEnvironmentVariableIsEmpty("PHARE_TEST_GRAB")) {
        const QString name = u"%1x%2"_s.arg(screen.width()).arg(screen.height());
        window.grab().save(qEnvironmentVariable("PHARE_TEST_GRAB") + u"/plan-page-"_s + name + u".png"_s);
        dialog->grab().save(qEnvironmentVariable("PHARE_TEST_GRAB") + u"/plan-dialog-"_s + name + u".png"_s);
    }
    dialog->reject();
    QTRY_VERIFY(!window.findChild<PlanDecisionDialog *>());

    // Only what was decided: the declined action, with its reason, stays within the window.
    page->findChild<QComboBox *>(u"planStateFilter"_s)->setCurrentIndex(1);
    problems = Test::layoutProblems(&window, screen);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    if (!qEnvironmentVariableIsEmpty("PHARE_TEST_GRAB"))
        window.grab().save(qEnvironmentVariable("PHARE_TEST_GRAB") +
                           u"/plan-decided-%1x%2.png"_s.arg(screen.width()).arg(screen.height()));
}

QTEST_MAIN(TestGuiPlan)
#include "tst_gui_plan.moc"
