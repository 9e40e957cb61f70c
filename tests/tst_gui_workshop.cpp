// The advisor's side of the report in the desktop app: the workshop dialog (Edit → "Advisor, dates and
// context…") and the "key observation" mark of a note, set by keyboard, saved, read back and undone.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "settings.h"
#include "workshopdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Phare;
using namespace Qt::StringLiterals;

class TestGuiWorkshop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void workshopFieldsSetByKeyboardAreSavedAndUndone();
    void cancelChangesNothing();
    void olderFileKeepsNoDateUntilOneIsChosen();
    void keyObservationMarkedByKeyboardIsSavedAndUndone();
    void dialogFitsSmallScreensInFrench();

private:
    void open(MainWindow &window, const Assessment &assessment = {});
    WorkshopDialog *openDialog(MainWindow &window);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestGuiWorkshop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestGuiWorkshop::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
}

void TestGuiWorkshop::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

void TestGuiWorkshop::open(MainWindow &window, const Assessment &given)
{
    Assessment assessment = given;
    if (assessment.company.name.isEmpty()) {
        assessment.company.name = u"Boulangerie Test"_s;
        assessment.company.sector = u"food"_s;
        assessment.assessmentDate = QDate(2026, 11, 20);
        assessment.advisor = u"Claire Martin"_s;
    }
    window.document()->reset(assessment, QString());
    QStringList themes;
    for (const Questionnaire &q : m_content->questionnaires)
        themes.append(q.id);
    window.document()->setThemes(themes);
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

WorkshopDialog *TestGuiWorkshop::openDialog(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(u"workshopAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = window.findChild<WorkshopDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    // The offscreen platform does not move the activation to a new window by itself.
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestGuiWorkshop::workshopFieldsSetByKeyboardAreSavedAndUndone()
{
    MainWindow window(m_content.value());
    open(window);
    const AssessmentDocument::Workshop before = window.document()->workshop();
    WorkshopDialog *dialog = openDialog(window);
    QVERIFY(dialog);

    // Every field by keyboard, in Tab order, from the advisor's name where the dialog starts.
    auto *advisor = dialog->findChild<QLineEdit *>(u"workshopAdvisor"_s);
    QCOMPARE(QApplication::focusWidget(), advisor);
    QCOMPARE(advisor->text(), u"Claire Martin"_s);
    QTest::keyClick(advisor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(advisor, u"Julien Roux"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"workshopContact"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"julien.roux@example.org"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *date = qobject_cast<QDateEdit *>(QApplication::focusWidget());
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(2026, 11, 20));
    date->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Up); // the workshop took place the next day
    // Tab walks the day, the month and the year, then leaves (Qt's date editors).
    for (int i = 0; i < 3 && QApplication::focusWidget() == date; ++i)
        QTest::keyClick(date, Qt::Key_Tab);
    auto *planned = qobject_cast<QCheckBox *>(QApplication::focusWidget());
    QVERIFY(planned);
    QVERIFY(!planned->isChecked());
    QTest::keyClick(planned, Qt::Key_Space);
    QVERIFY(planned->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *next = qobject_cast<QDateEdit *>(QApplication::focusWidget());
    QVERIFY(next && next->objectName() == u"workshopNextMeeting"_s);
    QCOMPARE(next->date(), QDate(2026, 12, 21)); // a month after the workshop, proposed
    next->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(next, Qt::Key_Up);
    for (int i = 0; i < 3 && QApplication::focusWidget() == next; ++i)
        QTest::keyClick(next, Qt::Key_Tab);
    auto *context = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY(context);
    QTest::keyClicks(context, u"Deux boutiques."_s);
    QTest::keyClick(context, Qt::Key_Return); // a new line, not the OK button
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(context, u"La caisse tourne sur un vieux PC."_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to OK
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<WorkshopDialog *>());

    const Assessment &a = window.document()->assessment();
    QCOMPARE(a.advisor, u"Julien Roux"_s);
    QCOMPARE(a.advisorContact, u"julien.roux@example.org"_s);
    QCOMPARE(a.assessmentDate, QDate(2026, 11, 21));
    QCOMPARE(a.nextMeeting, QDate(2026, 12, 22));
    QCOMPARE(a.context, u"Deux boutiques.\nLa caisse tourne sur un vieux PC."_s);
    QVERIFY(window.document()->isModified());

    // Saved, and read back.
    const QString path = m_dir.filePath(u"workshop.phare"_s);
    QVERIFY(window.document()->save(path).ok());
    const auto read = AssessmentFile::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read->advisor, a.advisor);
    QCOMPARE(read->advisorContact, a.advisorContact);
    QCOMPARE(read->assessmentDate, a.assessmentDate);
    QCOMPARE(read->nextMeeting, a.nextMeeting);
    QCOMPARE(read->context, a.context);

    // One step of Edit → Undo gives every field back, and redo brings them again.
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->workshop() == before);
    QVERIFY(window.document()->isModified());
    window.document()->undoStack()->redo();
    QCOMPARE(window.document()->assessment().context, a.context);
    QVERIFY(!window.document()->isModified()); // back to what was saved
}

void TestGuiWorkshop::cancelChangesNothing()
{
    MainWindow window(m_content.value());
    open(window);
    const int steps = window.document()->undoStack()->count();
    const bool modified = window.document()->isModified();
    WorkshopDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QTest::keyClicks(QApplication::focusWidget(), u" et associes"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<WorkshopDialog *>());
    QCOMPARE(window.document()->assessment().advisor, u"Claire Martin"_s);
    QCOMPARE(window.document()->undoStack()->count(), steps);
    QCOMPARE(window.document()->isModified(), modified);
    // OK without a change is not a change either.
    dialog = openDialog(window);
    QVERIFY(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<WorkshopDialog *>());
    QCOMPARE(window.document()->undoStack()->count(), steps);
}

void TestGuiWorkshop::olderFileKeepsNoDateUntilOneIsChosen()
{
    // A file made before the assessment had a date: the dialog shows the day it was created, and saves
    // no date unless the advisor picks one.
    Assessment old;
    old.company.name = u"Hôtel Test"_s;
    old.company.sector = u"tourism"_s;
    old.created = QDateTime(QDate(2025, 3, 12), QTime(9, 30), Qt::UTC);
    MainWindow window(m_content.value());
    open(window, old);
    WorkshopDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QDateEdit *>(u"workshopDate"_s)->date(), QDate(2025, 3, 12));
    QVERIFY(!dialog->findChild<QDateEdit *>(u"workshopNextMeeting"_s)->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"workshopContact"_s), u"06 00 00 00 00"_s);
    dialog->accept();
    QCOMPARE(window.document()->assessment().advisorContact, u"06 00 00 00 00"_s);
    QVERIFY(!window.document()->assessment().assessmentDate.isValid());
    QVERIFY(!window.document()->assessment().nextMeeting.isValid());
}

void TestGuiWorkshop::keyObservationMarkedByKeyboardIsSavedAndUndone()
{
    MainWindow window(m_content.value());
    open(window);
    window.showPage(MainWindow::Page::Questions);
    QuestionPage *page = window.questionPage();
    const QuestionPage::Step step{u"cybersecurity"_s, u"backup-frequency"_s};
    page->goTo(step);
    QCOMPARE(page->current(), step);
    QCheckBox *key = page->keyNoteBox();
    QVERIFY(key);
    QVERIFY(!key->accessibleDescription().isEmpty());
    // Nothing to mark without a note.
    QVERIFY(!key->isEnabled());

    page->notesEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(page->notesEdit(), u"La cle USB reste dans le tiroir."_s);
    QVERIFY(key->isEnabled());
    QTest::keyClick(page->notesEdit(), Qt::Key_Tab); // the box comes right after the note
    QCOMPARE(QApplication::focusWidget(), key);
    QTest::keyClick(key, Qt::Key_Space);
    QVERIFY(key->isChecked());
    QVERIFY(window.document()->isKeyNote(step.theme, step.question));
    const QString path = m_dir.filePath(u"key.phare"_s);
    QVERIFY(window.document()->save(path).ok());
    const auto read = AssessmentFile::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read->themes.value(step.theme).keyNotes, QStringList{step.question});

    // Undone from another question: the page goes back to it, the box unticked.
    page->goTo({u"cybersecurity"_s, page->steps().at(page->steps().indexOf(step) + 1).question});
    window.document()->undoStack()->undo();
    QCOMPARE(page->current(), step);
    QVERIFY(!key->isChecked());
    QVERIFY(!window.document()->isKeyNote(step.theme, step.question));
    window.document()->undoStack()->redo();
    QVERIFY(key->isChecked());

    // Emptying the note unmarks it: a mark with no note has nothing to show.
    page->notesEdit()->selectAll();
    QTest::keyClick(page->notesEdit(), Qt::Key_Delete);
    QVERIFY(!key->isEnabled());
    QVERIFY(!key->isChecked());
    QVERIFY(!window.document()->isKeyNote(step.theme, step.question));
}

void TestGuiWorkshop::dialogFitsSmallScreensInFrench()
{
    Settings::setLanguage(Language::french());
    MainWindow window(m_content.value());
    open(window);
    WorkshopDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Conseiller, dates et contexte"_s);
    const QStringList problems = Test::layoutProblems(dialog, QSize(1024, 600));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(dialog->height() <= 600 && dialog->width() <= 1024);
    // Every field has a name assistive technology reads, and a label with a mnemonic.
    for (QWidget *field : dialog->findChildren<QWidget *>()) {
        if (field->objectName().startsWith(u"workshop"_s) && field->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
    }
    if (!qEnvironmentVariableIsEmpty("PHARE_TEST_GRAB"))
        dialog->grab().save(qEnvironmentVariable("PHARE_TEST_GRAB") + u"/workshop-dialog.png"_s);
    dialog->reject();
    window.showPage(MainWindow::Page::Questions);
    QCOMPARE(window.questionPage()->keyNoteBox()->text(), u"Observation &clé"_s);
}

QTEST_MAIN(TestGuiWorkshop)
#include "tst_gui_workshop.moc"
