// Confidential data stays its owner's (issue 15, finding 11): new assessments, the autosaves and the
// settings (which list the firms' files) are not readable by other users of the computer.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Phare;

namespace {

// The permission bits as `ls -l` shows them in octal (0600, 0644...).
int mode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 07777) : -1;
}

Assessment someAssessment()
{
    const Result<Assessment> read =
        AssessmentFile::read(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare"));
    return read.ok() ? *read : Assessment();
}

} // namespace

class TestPrivacy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newAssessmentIsTheOwnersOnly();
    void savedAssessmentKeepsItsPermissions();
    void autosavesAreTheOwnersOnly();
    void settingsAreTheOwnersOnly();

private:
    QTemporaryDir m_dir;
};

void TestPrivacy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("phare-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_privacy"));
    ::umask(022); // the usual umask, under which files were created 0644
}

void TestPrivacy::newAssessmentIsTheOwnersOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("new.phare"));
    QVERIFY(AssessmentFile::write(someAssessment(), path).ok());
    QCOMPARE(QString::number(mode(path), 8), QStringLiteral("600"));
}

void TestPrivacy::savedAssessmentKeepsItsPermissions()
{
    // A file the user shared on purpose (0644) stays shared after a save.
    const QString path = m_dir.filePath(QStringLiteral("shared.phare"));
    QVERIFY(AssessmentFile::write(someAssessment(), path).ok());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(AssessmentFile::write(someAssessment(), path).ok());
    QCOMPARE(QString::number(mode(path), 8), QStringLiteral("644"));
}

void TestPrivacy::autosavesAreTheOwnersOnly()
{
    const Result<Content> content = BuiltinContent::load();
    QVERIFY(content.ok());
    AssessmentDocument document(content.value());
    const QString folder = m_dir.filePath(QStringLiteral("autosave/nested"));
    document.setAutosaveFolder(folder);
    document.reset(someAssessment(), m_dir.filePath(QStringLiteral("open.phare")));
    document.setNote(QStringLiteral("cybersecurity"), QStringLiteral("mfa"), QStringLiteral("changed"));
    QVERIFY(!document.autosavePath().isEmpty());
    QVERIFY(QFileInfo::exists(document.autosavePath()));
    QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("700"));
    QCOMPARE(QString::number(mode(document.autosavePath()), 8), QStringLiteral("600"));
    document.discardAutosave();
}

void TestPrivacy::settingsAreTheOwnersOnly()
{
    const QString file = QSettings().fileName();
    QFile::remove(file);
    Settings::addRecentFile(m_dir.filePath(QStringLiteral("client-durand.phare")));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(QString::number(mode(file), 8), QStringLiteral("600"));
    QFile::remove(file);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
