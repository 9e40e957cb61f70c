// QSettings-backed settings; keys and defaults live only here.
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace Phare::Settings {

namespace {
const QString kLanguage = QStringLiteral("ui/language");       // default: empty (system)
const QString kRecentFiles = QStringLiteral("files/recent");   // default: none
const QString kGeometry = QStringLiteral("ui/windowGeometry"); // default: none (centred, 1280×800)
} // namespace

QString language()
{
    return QSettings().value(kLanguage, QString()).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

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
    QSettings().setValue(kRecentFiles, files);
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(kRecentFiles, files);
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

QString effectiveLanguage()
{
    const QString chosen = language();
    if (chosen == u"fr" || chosen == u"en")
        return chosen;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace Phare::Settings
