// QSettings-backed settings; keys and defaults live only here.
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Phare::Settings {

namespace {
const QString kLanguage = QStringLiteral("ui/language");                 // default: empty (system)
const QString kRecentFiles = QStringLiteral("files/recent");             // default: none
const QString kGeometry = QStringLiteral("ui/windowGeometry");           // default: none (centred, 1280×800 or less)
const QString kRecoveryPositions = QStringLiteral("recovery/positions"); // default: none
const QString kReportAnswers = QStringLiteral("report/includeAnswers");  // default: true
const QString kBenchmark = QStringLiteral("peers/benchmarkFile");        // default: empty (the content folder's)
} // namespace

std::optional<Language> language()
{
    return Language::fromCode(QSettings().value(kLanguage, QString()).toString());
}

void setLanguage(const Language &language)
{
    QSettings().setValue(kLanguage, language.code());
}

bool reportIncludesAnswers()
{
    return QSettings().value(kReportAnswers, true).toBool();
}

void setReportIncludesAnswers(bool include)
{
    QSettings().setValue(kReportAnswers, include);
}

QString benchmarkFile()
{
    return QSettings().value(kBenchmark, QString()).toString();
}

void setBenchmarkFile(const QString &path)
{
    if (path.isEmpty())
        QSettings().remove(kBenchmark);
    else
        QSettings().setValue(kBenchmark, QFileInfo(path).absoluteFilePath());
}

QString contentBenchmarkFile()
{
    return QStandardPaths::locate(QStandardPaths::AppDataLocation, QStringLiteral("benchmark.json"));
}

QString effectiveBenchmarkFile()
{
    const QString chosen = benchmarkFile();
    return chosen.isEmpty() ? contentBenchmarkFile() : chosen;
}

namespace {

// The recent files name the firms assessed: the settings file is its owner's only (0600). QSettings
// replaces the file atomically, keeping its permissions, so they are set after each write.
void storeRecentFiles(const QStringList &files)
{
    QSettings settings;
    settings.setValue(kRecentFiles, files);
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

QStringList recentFiles()
{
    return QSettings().value(kRecentFiles, QStringList()).toStringList();
}

void addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    storeRecentFiles(files);
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    storeRecentFiles(files);
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QString autosaveFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave"));
}

namespace {
// Keyed by the autosave's file name: the folder is always autosaveFolder().
QString positionKey(const QString &autosave)
{
    return QFileInfo(autosave).fileName();
}
} // namespace

QString recoveryPosition(const QString &autosave)
{
    return QSettings().value(kRecoveryPositions).toMap().value(positionKey(autosave)).toString();
}

void setRecoveryPosition(const QString &autosave, const QString &position)
{
    QSettings settings;
    QVariantMap positions = settings.value(kRecoveryPositions).toMap();
    if (positions.value(positionKey(autosave)).toString() == position)
        return;
    positions.insert(positionKey(autosave), position);
    settings.setValue(kRecoveryPositions, positions);
}

void keepRecoveryPositions(const QStringList &keep)
{
    QSettings settings;
    const QVariantMap positions = settings.value(kRecoveryPositions).toMap();
    QVariantMap kept;
    for (const QString &autosave : keep) {
        if (positions.contains(positionKey(autosave)))
            kept.insert(positionKey(autosave), positions.value(positionKey(autosave)));
    }
    if (kept.size() == positions.size())
        return;
    if (kept.isEmpty())
        settings.remove(kRecoveryPositions);
    else
        settings.setValue(kRecoveryPositions, kept);
}

Language effectiveLanguage()
{
    return language().value_or(Language::system());
}

} // namespace Phare::Settings
