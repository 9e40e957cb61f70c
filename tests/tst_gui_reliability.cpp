// The desktop program never changes or loses a user's data behind their back (issue 15, findings 8, 10
// and 13): driven headless through the real main window and its test hooks.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "settings.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject exampleJson()
{
    return QJsonDocument::fromJson(
               readFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare")))
        .object();
}

void triggerAction(MainWindow &window, QStringView text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text) {
            a->trigger();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no action %1").arg(text)));
}

} // namespace

class TestGuiReliability final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    // 10. Nothing changes unless the user changed it.
    void applyingAnUntouchedProfileChangesNothing();
    void typingInANoteKeepsItsSpecialCharacters();
    // 3. Opening says what was too big to keep.
    void openingSaysWhatWasLeftOut();
    // 8. Two windows on one file: the second save asks before replacing the first one's.
    void saveAsksWhenTheFileChangedOnDisk();
    // 13. A failed autosave stays in view until one works again.
    void failedAutosaveWarningStaysUntilItWorks();

private:
    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestGuiReliability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestGuiReliability::init()
{
    QFile::remove(Settings::autosaveFolder());
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
}

void TestGuiReliability::cleanup()
{
    QFile::remove(Settings::autosaveFolder());
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

void TestGuiReliability::applyingAnUntouchedProfileChangesNothing()
{
    // A name of 400 characters and 500 000 employees: within what the file format accepts.
    QJsonObject root = exampleJson();
    QJsonObject company = root.value(u"company").toObject();
    const QString name = QStringLiteral("Boulangerie ") + QString(388, QLatin1Char('n'));
    company.insert(u"name", name);
    company.insert(u"employees", 500'000);
    company.insert(u"location", QStringLiteral(" Marseille "));
    root.insert(u"company", company);
    const QString path = m_dir.filePath(QStringLiteral("profile.phare"));
    QVERIFY(writeFile(path, QJsonDocument(root).toJson()));

    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(path));
    QVERIFY(!window.document()->isModified());
    // Edit → Business profile and themes…, then Apply with nothing touched.
    triggerAction(window, u"Name, sector and &themes…");
    QCOMPARE(window.page(), MainWindow::Page::Start);
    QVERIFY(window.startPage()->isEditing());
    QTest::mouseClick(window.startPage()->startButton(), Qt::LeftButton);
    QVERIFY(!window.startPage()->isEditing());
    const Company &after = window.document()->assessment().company;
    QCOMPARE(after.name.size(), name.size());
    QCOMPARE(after.name, name);
    QCOMPARE(after.employees, 500'000);
    QCOMPARE(after.location, QStringLiteral(" Marseille "));
    QVERIFY(!window.document()->isModified());

    // The form takes what the file takes: the most employees a file may hold, no more.
    triggerAction(window, u"Name, sector and &themes…");
    auto *employees = window.startPage()->findChild<QSpinBox *>();
    QVERIFY(employees);
    QCOMPARE(employees->maximum(), Assessment::maxEmployees);
    QCOMPARE(window.startPage()->nameEdit()->maxLength(), int(Assessment::maxTextLength));
    QTest::mouseClick(window.startPage()->startButton(), Qt::LeftButton);
    window.document()->discardAutosave();
}

void TestGuiReliability::typingInANoteKeepsItsSpecialCharacters()
{
    // A note with a no-break space and a line separator (U+2028), as another program may write them.
    const QString original = QStringLiteral("100\u00a0€ a month\u2028second line\nthird");
    QJsonObject root = exampleJson();
    QJsonObject themes = root.value(u"questionnaires").toObject();
    QJsonObject theme = themes.value(u"cybersecurity").toObject();
    const QString question = theme.value(u"answers").toObject().keys().first();
    theme.insert(u"notes", QJsonObject{{question, original}});
    themes.insert(u"cybersecurity", theme);
    root.insert(u"questionnaires", themes);
    const QString path = m_dir.filePath(QStringLiteral("note.phare"));
    QVERIFY(writeFile(path, QJsonDocument(root).toJson()));

    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(path));
    window.showPage(MainWindow::Page::Questions);
    QuestionPage *page = window.questionPage();
    page->goTo({QStringLiteral("cybersecurity"), question});
    QCOMPARE(page->current().question, question);
    auto *notes = page->findChild<QPlainTextEdit *>();
    QVERIFY(notes);
    // Typing at the end changes the end only.
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral("!"));
    QCOMPARE(window.document()->note(QStringLiteral("cybersecurity"), question), original + QStringLiteral("!"));
    window.document()->discardAutosave();
    MainWindow::setNextAnswer(QMessageBox::Discard);
    window.close();
}

void TestGuiReliability::failedAutosaveWarningStaysUntilItWorks()
{
    // The autosave folder cannot be made: a file is in its place.
    const QString folder = Settings::autosaveFolder();
    QVERIFY(QDir().mkpath(QFileInfo(folder).path()));
    QVERIFY(writeFile(folder, "not a folder"));

    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare")));
    QCOMPARE(window.autosaveWarning(), QString());
    window.document()->setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), QStringLiteral("a"));
    QVERIFY(window.autosaveWarning().contains(QStringLiteral("Automatic backup is not working")));
    // Still there long after a status message would have gone (10 s), and after other changes.
    QTest::qWait(200);
    window.document()->setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), QStringLiteral("ab"));
    QVERIFY(window.autosaveWarning().contains(QStringLiteral("Automatic backup is not working")));

    // Once the folder can be made, the next change is backed up and the warning goes.
    QVERIFY(QFile::remove(folder));
    window.document()->setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), QStringLiteral("abc"));
    QCOMPARE(window.autosaveWarning(), QString());
    QVERIFY(QFileInfo::exists(window.document()->autosavePath()));
    window.document()->discardAutosave();
    MainWindow::setNextAnswer(QMessageBox::Discard);
    window.close();
}

void TestGuiReliability::openingSaysWhatWasLeftOut()
{
    QByteArray bytes = readFile(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare"));
    bytes.insert(bytes.indexOf('{') + 1, "\n  \"huge\": [\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"],");
    const QString path = m_dir.filePath(QStringLiteral("left-out.phare"));
    QVERIFY(writeFile(path, bytes));
    MainWindow window(m_content.value());
    window.show();
    MainWindow::setNextAnswer(QMessageBox::Ok); // "Some fields are left out"
    QVERIFY(window.openFile(path));
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0); // the message was shown
    QVERIFY(!window.document()->assessment().extra.contains(u"huge"));
}

void TestGuiReliability::saveAsksWhenTheFileChangedOnDisk()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.phare"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString theme = QStringLiteral("cybersecurity");
    const QString question = QStringLiteral("mfa");
    const auto noteOnDisk = [&] {
        const Result<Assessment> read = AssessmentFile::read(path);
        return read.ok() ? read->themes.value(theme).notes.value(question) : QStringLiteral("?");
    };

    MainWindow first(m_content.value());
    MainWindow second(m_content.value());
    QVERIFY(first.openFile(path));
    QVERIFY(second.openFile(path));
    // The second window saves first; saving it again asks nothing.
    second.document()->setNote(theme, question, QStringLiteral("from the second window"));
    QVERIFY(second.save());
    second.document()->setNote(theme, question, QStringLiteral("from the second window, again"));
    QVERIFY(second.save());
    QCOMPARE(noteOnDisk(), QStringLiteral("from the second window, again"));

    // The first window's save would replace that: it asks, and Cancel leaves the file as it is.
    first.document()->setNote(theme, question, QStringLiteral("from the first window"));
    MainWindow::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!first.save());
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0); // the question was asked
    QCOMPARE(noteOnDisk(), QStringLiteral("from the second window, again"));
    QVERIFY(first.document()->isModified());
    // Save anyway replaces it; from then on the first window's saves ask nothing.
    MainWindow::setNextAnswer(QMessageBox::Save);
    QVERIFY(first.save());
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
    QCOMPARE(noteOnDisk(), QStringLiteral("from the first window"));
    first.document()->setNote(theme, question, QStringLiteral("from the first window, again"));
    QVERIFY(first.save());
    QCOMPARE(noteOnDisk(), QStringLiteral("from the first window, again"));
    // Another program writing the same size within the same second is seen too (the hash).
    QByteArray bytes = readFile(path);
    const qsizetype at = bytes.indexOf("from the first window, again");
    QVERIFY(at >= 0);
    bytes[at] = 'F';
    QVERIFY(writeFile(path, bytes));
    first.document()->setNote(theme, question, QStringLiteral("from the first window, last"));
    MainWindow::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!first.save());
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
    QVERIFY(noteOnDisk().startsWith(QStringLiteral("From the first")));
    first.document()->discardAutosave();
    second.document()->discardAutosave();
}

QTEST_MAIN(TestGuiReliability)
#include "tst_gui_reliability.moc"
