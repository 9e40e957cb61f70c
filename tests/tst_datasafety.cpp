// Tests that no work is lost and nothing leaves the machine: a failed save says why and leaves the
// previous file as it was; answers made against an older questionnaire are kept and shown; autosave
// survives a session killed mid-way; no network library is linked.
#include "anonymousfile.h"
#include "assessment.h"
#include "assessmentdocument.h"
#include "benchmark.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "evaluation.h"
#include "mainwindow.h"
#include "messageboxrecorder.h"
#include "scorer.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Phare;
using Phare::Test::MessageBoxRecorder;

namespace {

enum class Failure
{
    ReadOnlyFolder,
    PathIsAFolder,
    DiskFull
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    names.sort();
    return names;
}

// "answer THEME QUESTION OPTION" lines printed by autosavechild, the last answer of each question.
QMap<QString, QMap<QString, QString>> parseAnswers(const QByteArray &output)
{
    QMap<QString, QMap<QString, QString>> answers;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 4 && words[0] == "answer")
            answers[QString::fromUtf8(words[1])][QString::fromUtf8(words[2])] = QString::fromUtf8(words[3]);
    }
    return answers;
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failedSaveKeepsThePreviousFile_data();
    void failedSaveKeepsThePreviousFile();
    void failedSaveShowsTheReason();
    void everyFileWrittenSaysTheDiskIsFull_data();
    void everyFileWrittenSaysTheDiskIsFull();
    void answersToAnOlderQuestionnaireAreKept();
    void answersToAnOlderQuestionnaireAreShownWhenOpened();
    void autosaveSurvivesAKilledSession();
    void autosaveSurvivesAKillWhileWriting_data();
    void autosaveSurvivesAKillWhileWriting();
    void noNetworkLibraryIsLinked();
    void noSourceUsesTheNetwork();

private:
    // Makes `target` (in `folder`) fail to save in the given way; the guard undoes it.
    std::function<void()> breakSaving(Failure failure, const QString &folder, const QString &target);
    Assessment sample(int noteLength = 10) const;
    void runSession(const QStringList &arguments, int killAfterMs, QByteArray &output, QString &autosaveFolder);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_autosaves;
};

void TestDataSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_autosaves.isValid());
}

Assessment TestDataSafety::sample(int noteLength) const
{
    Assessment a;
    a.company =
        Company{QStringLiteral("Boulangerie du Panier"), QStringLiteral("food"), 6, QStringLiteral("Marseille"), {}};
    ThemeAnswers answers;
    answers.version = m_content->questionnaire(u"cybersecurity")->version;
    answers.answers.insert(QStringLiteral("mfa"), Answer::makeChoice(QStringLiteral("yes")));
    answers.notes.insert(QStringLiteral("mfa"), QString(noteLength, QLatin1Char('n')));
    a.themes.insert(QStringLiteral("cybersecurity"), answers);
    return a;
}

std::function<void()> TestDataSafety::breakSaving(Failure failure, const QString &folder, const QString &target)
{
    switch (failure) {
    case Failure::ReadOnlyFolder:
        if (geteuid() == 0) {
            // Root ignores folder permissions; an immutable folder refuses even root.
            if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0)
                return {};
            return [folder] {
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
            };
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        return [folder] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        };
    case Failure::PathIsAFolder:
        QFile::remove(target);
        QDir(folder).mkdir(QFileInfo(target).fileName());
        return [] {
        };
    case Failure::DiskFull: {
        // A full disk without root or a small tmpfs: the file size limit makes writes past 1 KiB fail
        // with EFBIG, as ENOSPC would; SIGXFSZ is ignored so that the write reports it instead.
        rlimit before{};
        getrlimit(RLIMIT_FSIZE, &before);
        rlimit small = before;
        small.rlim_cur = 1024;
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        if (setrlimit(RLIMIT_FSIZE, &small) != 0)
            return {};
        return [before, oldHandler] {
            setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, oldHandler);
        };
    }
    }
    return {};
}

void TestDataSafety::failedSaveKeepsThePreviousFile_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("noteLength");      // of the new version: its size decides how Qt writes it
    QTest::addColumn<QStringList>("reasons"); // the reason a user reads: one of these

    const QStringList readOnly = {QStringLiteral("Permission denied"), QStringLiteral("Operation not permitted")};
    const QStringList folder = {QStringLiteral("Filename refers to a directory")};
    const QStringList full = {QStringLiteral("the disk is full, or the file is larger than this system allows")};
    // Below 16 KiB Qt buffers the whole file and writes it only on commit: the case that once left
    // a truncated file in place of the previous one.
    // clang-format off
    QTest::newRow("read-only folder")        << Failure::ReadOnlyFolder << 20'000 << readOnly;
    QTest::newRow("path is a folder")        << Failure::PathIsAFolder  << 20'000 << folder;
    QTest::newRow("disk full, small file")   << Failure::DiskFull       << 2'000  << full;
    QTest::newRow("disk full, large file")   << Failure::DiskFull       << 20'000 << full;
    // clang-format on
}

void TestDataSafety::failedSaveKeepsThePreviousFile()
{
    QFETCH(Failure, failure);
    QFETCH(int, noteLength);
    QFETCH(QStringList, reasons);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("panier.phare"));
    QVERIFY(AssessmentFile::write(sample(), target).ok());
    QFile(dir.filePath(QStringLiteral("other.txt"))).open(QIODevice::WriteOnly);
    AssessmentDocument document(m_content.value());
    document.reset(sample(), target);
    // A longer note: the new file is larger than the old one and than the size limit.
    document.setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), QString(noteLength, QLatin1Char('x')));
    QVERIFY(document.isModified());

    const std::function<void()> undo = breakSaving(failure, dir.path(), target);
    if (!undo)
        QSKIP("cannot make the folder read-only here (running as root without chattr)");
    const QByteArray before = readAll(target);
    const QStringList entriesBefore = entries(dir.path());
    QString error;
    {
        const auto restore = qScopeGuard(undo);
        error = document.save(target).errorText();
    }
    QVERIFY2(!error.isEmpty(), "the save must fail");
    QVERIFY2(std::any_of(reasons.cbegin(), reasons.cend(), [&](const QString &r) { return error.contains(r); }),
             qPrintable(error));
    QVERIFY2(error.contains(target), qPrintable(error));
    // The previous file (or folder) is as it was, and no half-written file is left beside it.
    QCOMPARE(readAll(target), before);
    QCOMPARE(entries(dir.path()), entriesBefore);
    // The work is still there, still unsaved, and can be saved elsewhere.
    QVERIFY(document.isModified());
    QCOMPARE(document.path(), target);
    const QString elsewhere = dir.filePath(QStringLiteral("panier-2.phare"));
    QVERIFY(document.save(elsewhere).ok());
    const Result<Assessment> saved = AssessmentFile::read(elsewhere);
    QVERIFY(saved.ok());
    QCOMPARE(saved->themes.value(QStringLiteral("cybersecurity")).notes.value(QStringLiteral("mfa")).size(),
             noteLength);
}

void TestDataSafety::failedSaveShowsTheReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("a-folder.phare"));
    QVERIFY(QDir().mkpath(folder));
    const QString expected = AssessmentFile::write(sample(), folder).diagnostics().value(0).message;
    QVERIFY(!expected.isEmpty());

    MainWindow window(m_content.value());
    window.show();
    window.document()->reset(sample(), QString(), true);
    MainWindow::setNextFileName(folder);
    bool saved = true;
    QStringList shown;
    {
        MessageBoxRecorder recorder;
        saved = window.saveAs();
        shown = recorder.texts();
    }
    QVERIFY(!saved);
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Cannot save\n")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("the file on disk was left as it was")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(expected), qPrintable(shown.first()));
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    QVERIFY(QFileInfo(folder).isDir());
    window.document()->close();
}

void TestDataSafety::everyFileWrittenSaysTheDiskIsFull_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("assessment") << QStringLiteral("assessment");
    QTest::newRow("anonymous file") << QStringLiteral("anonymous");
    QTest::newRow("benchmark") << QStringLiteral("benchmark");
}

void TestDataSafety::everyFileWrittenSaysTheDiskIsFull()
{
    // Each kind of file Phare writes, on a disk that takes 16 bytes more: the previous file stays as it
    // was, nothing is left beside it, and the user reads why in words.
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("file.json"));
    {
        QFile previous(target);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous");
    }
    const QStringList entriesBefore = entries(dir.path());
    const std::function<Status()> write = [&]() -> std::function<Status()> {
        if (kind == u"assessment")
            return [&] {
                return AssessmentFile::write(sample(), target);
            };
        if (kind == u"anonymous") {
            const Result<AnonymousAssessment> anonymous = AnonymousFile::make(Evaluation(m_content.value(), sample()));
            if (!anonymous.ok())
                return {};
            return [&target, a = *anonymous] {
                return AnonymousFile::write(a, target);
            };
        }
        return [&target] {
            return Benchmark().write(target);
        };
    }();
    QVERIFY(write);

    rlimit before{};
    getrlimit(RLIMIT_FSIZE, &before);
    rlimit small = before;
    small.rlim_cur = 16;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    Status written = Status::success();
    {
        const auto restore = qScopeGuard([&] {
            setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, oldHandler);
        });
        written = write();
    }
    QVERIFY(!written.ok());
    const QString error = written.errorText();
    QVERIFY2(error.contains(QStringLiteral("cannot write %1").arg(target)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("the disk is full, or the file is larger than this system allows")),
             qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("previous"));
    QCOMPARE(entries(dir.path()), entriesBefore);
    // With room again, the same call writes the file.
    QVERIFY(write().ok());
    QVERIFY(readAll(target) != QByteArray("previous"));
}

void TestDataSafety::answersToAnOlderQuestionnaireAreKept()
{
    // Version 1 of a questionnaire was answered in full; version 2 dropped one question and one option.
    const Questionnaire &old = *m_content->questionnaire(u"cybersecurity");
    Content newer = m_content.value();
    Questionnaire *current = nullptr;
    for (Questionnaire &q : newer.questionnaires) {
        if (q.id == old.id)
            current = &q;
    }
    QVERIFY(current);
    current->version = old.version + 1;
    Dimension &dimension = current->dimensions.first();
    QVERIFY(dimension.questions.size() >= 3);
    const QString removed = dimension.questions.takeLast().id;
    Question *changed = nullptr;
    for (Question &q : dimension.questions) {
        if (!changed && q.type == QuestionType::Scale && q.options.size() > 2)
            changed = &q;
    }
    QVERIFY(changed);
    const QString droppedOption = changed->options.takeLast().id;
    newer.buildIndex();

    Assessment a = sample();
    ThemeAnswers &answers = a.themes[old.id];
    answers.version = old.version;
    for (const Dimension &d : old.dimensions) {
        for (const Question &q : d.questions) {
            if (q.type == QuestionType::Scale || q.type == QuestionType::YesNo)
                answers.answers.insert(q.id, Answer::makeChoice(q.options.last().id));
            else if (q.type == QuestionType::Checklist)
                answers.answers.insert(q.id, Answer::makeTicked({q.options.first().id}));
        }
    }
    answers.answers.insert(removed, Answer::makeDontKnow());
    answers.answers.insert(changed->id, Answer::makeChoice(droppedOption));
    answers.notes.insert(removed, QStringLiteral("Note on a question that was removed"));
    const QMap<QString, Answer> given = answers.answers;

    // The scores say which answers no longer count and why.
    const AssessmentResult result = Scorer::score(newer, a);
    const auto issueAbout = [&](const QString &question, const QString &words) {
        return std::any_of(result.issues.cbegin(), result.issues.cend(), [&](const ScoreIssue &i) {
            return i.theme == old.id && i.question == question && i.message.contains(words);
        });
    };
    QVERIFY(issueAbout(QString(), QStringLiteral("answered against version")));
    QVERIFY(issueAbout(removed, QStringLiteral("no longer has; kept in the file")));
    QVERIFY(issueAbout(changed->id, QStringLiteral("kept in the file")));
    const ThemeResult *theme = result.theme(old.id);
    QVERIFY(theme && theme->score);
    QCOMPARE(theme->question(changed->id)->state, QuestionResult::State::Unanswered);

    // Editing and saving with the new version keeps every answer, counted or not.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.phare"));
    AssessmentDocument document(newer);
    document.reset(a, path);
    const Question &first = *std::find_if(dimension.questions.cbegin(), dimension.questions.cend(),
                                          [&](const Question &q) { return q.id != changed->id; });
    document.setAnswer(old.id, first.id, Answer::makeChoice(first.options.first().id));
    QVERIFY(document.save(path).ok());
    const Result<Assessment> reread = AssessmentFile::read(path);
    QVERIFY(reread.ok());
    const ThemeAnswers &kept = reread->themes.value(old.id);
    QCOMPARE(kept.answers.size(), given.size());
    QCOMPARE(kept.answers.value(removed), Answer::makeDontKnow());
    QCOMPARE(kept.answers.value(changed->id), Answer::makeChoice(droppedOption));
    QCOMPARE(kept.answers.value(first.id), Answer::makeChoice(first.options.first().id));
    QCOMPARE(kept.notes.value(removed), QStringLiteral("Note on a question that was removed"));
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (it.key() != first.id)
            QCOMPARE(kept.answers.value(it.key()), it.value());
    }
}

void TestDataSafety::answersToAnOlderQuestionnaireAreShownWhenOpened()
{
    Assessment a = sample();
    ThemeAnswers &answers = a.themes[QStringLiteral("cybersecurity")];
    answers.answers.insert(QStringLiteral("fax-machine-policy"), Answer::makeChoice(QStringLiteral("yes")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.phare"));
    QVERIFY(AssessmentFile::write(a, path).ok());

    MainWindow window(m_content.value());
    window.show();
    QStringList shown;
    {
        MessageBoxRecorder recorder;
        QVERIFY(window.openFile(path));
        shown = recorder.texts();
    }
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("kept in the file")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("fax-machine-policy")), qPrintable(shown.first()));
    QCOMPARE(window.document()->answer(QStringLiteral("cybersecurity"), QStringLiteral("fax-machine-policy")),
             Answer::makeChoice(QStringLiteral("yes")));
    window.document()->close();
}

// Starts autosavechild, waits for "ready", lets it run killAfterMs more, then kills it with SIGKILL.
void TestDataSafety::runSession(const QStringList &arguments, int killAfterMs, QByteArray &output,
                                QString &autosaveFolder)
{
    autosaveFolder = QDir(m_autosaves.path()).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(PHARE_AUTOSAVE_CHILD), QStringList{autosaveFolder} + arguments);
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("ready\n") && timer.elapsed() < 120'000) {
        child.waitForReadyRead(1000);
        output += child.readAllStandardOutput();
        QVERIFY2(child.state() == QProcess::Running, "the session ended before it was killed");
    }
    QVERIFY2(output.contains("ready\n"), output.constData());
    // While the session runs, its autosave is not offered for recovery.
    QVERIFY(AssessmentDocument::recoverableFiles(autosaveFolder).isEmpty());
    if (killAfterMs > 0)
        QTest::qWait(killAfterMs);
    child.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(child.waitForFinished(30'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();
    // A line cut short by the kill says nothing.
    output.truncate(output.lastIndexOf('\n') + 1);
}

void TestDataSafety::autosaveSurvivesAKilledSession()
{
    QByteArray output;
    QString folder;
    runSession({QStringLiteral("40")}, 0, output, folder);
    if (QTest::currentTestFailed())
        return;
    const auto given = parseAnswers(output);
    int count = 0;
    for (const auto &theme : given)
        count += static_cast<int>(theme.size());
    QCOMPARE(count, 40);

    const QStringList files = AssessmentDocument::recoverableFiles(folder);
    QCOMPARE(files.size(), 1);
    const auto recovered = AssessmentDocument::readRecovery(files.first());
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorText()));
    const Assessment &a = recovered->assessment;
    QCOMPARE(a.company.name, QStringLiteral("Boulangerie du Panier"));
    for (auto theme = given.cbegin(); theme != given.cend(); ++theme) {
        for (auto q = theme->cbegin(); q != theme->cend(); ++q)
            QCOMPARE(a.themes.value(theme.key()).answers.value(q.key()), Answer::makeChoice(q.value()));
        QCOMPARE(a.themes.value(theme.key()).answers.size(), theme->size());
    }
    QCOMPARE(a.themes.first().notes.value(QStringLiteral("free-note")), QStringLiteral("Written before the crash"));
}

void TestDataSafety::autosaveSurvivesAKillWhileWriting_data()
{
    QTest::addColumn<int>("killAfterMs");
    QTest::newRow("at once") << 1;
    QTest::newRow("after 50 ms") << 50;
    QTest::newRow("after 300 ms") << 300;
}

void TestDataSafety::autosaveSurvivesAKillWhileWriting()
{
    // The session keeps changing answers, each written to the autosave, until it is killed: whatever
    // instant the kill lands, the autosave is a whole file with every answer acknowledged before it,
    // except at most the one being written at that instant.
    QFETCH(int, killAfterMs);
    QByteArray output;
    QString folder;
    runSession({QStringLiteral("10"), QStringLiteral("--keep-going")}, killAfterMs, output, folder);
    if (QTest::currentTestFailed())
        return;
    const auto given = parseAnswers(output);
    const QStringList files = AssessmentDocument::recoverableFiles(folder);
    QCOMPARE(files.size(), 1);
    const auto recovered = AssessmentDocument::readRecovery(files.first());
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorText()));
    int differing = 0;
    for (auto theme = given.cbegin(); theme != given.cend(); ++theme) {
        for (auto q = theme->cbegin(); q != theme->cend(); ++q) {
            if (recovered->assessment.themes.value(theme.key()).answers.value(q.key()) != Answer::makeChoice(q.value()))
                ++differing;
        }
    }
    QVERIFY2(differing <= 1, qPrintable(QStringLiteral("%1 answers lost").arg(differing)));
}

void TestDataSafety::noNetworkLibraryIsLinked()
{
    const QStringList programs = {QStringLiteral(PHARE_DESKTOP), QStringLiteral(PHARE_CLI)};
    const QStringList networking = {QStringLiteral("libQt6Network"), QStringLiteral("libQt6WebEngine"),
                                    QStringLiteral("libcurl"), QStringLiteral("libssl"), QStringLiteral("libgnutls")};
    for (const QString &program : programs) {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {program});
        QVERIFY(ldd.waitForFinished(30'000));
        QCOMPARE(ldd.exitCode(), 0);
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
        for (const QString &library : networking)
            QVERIFY2(!libraries.contains(library), qPrintable(program + QStringLiteral(" links ") + library));
    }
}

void TestDataSafety::noSourceUsesTheNetwork()
{
    // Neither a Qt network class nor a socket in the programs' sources or build files.
    const QStringList words = {QStringLiteral("QNetwork"),      QStringLiteral("QTcpSocket"),
                               QStringLiteral("QUdpSocket"),    QStringLiteral("QSslSocket"),
                               QStringLiteral("Qt6::Network"),  QStringLiteral("Qt::Network"),
                               QStringLiteral("<sys/socket.h>")};
    int files = 0;
    for (const QString &folder : {QStringLiteral("core"), QStringLiteral("app")}) {
        QDirIterator it(QStringLiteral(PHARE_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("CMakeLists.txt")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray text = readAll(path);
            for (const QString &word : words)
                QVERIFY2(!text.contains(word.toUtf8()), qPrintable(path + QStringLiteral(" uses ") + word));
            ++files;
        }
    }
    QVERIFY(files > 10);
}

QTEST_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
