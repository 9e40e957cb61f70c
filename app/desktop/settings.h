// Every persistent setting of the desktop app, with its default, in one place.
#pragma once

#include <QString>
#include <QStringList>

namespace Phare::Settings {

// "fr" or "en"; empty means: follow the system's language.
QString language();
void setLanguage(const QString &language);

// Most recent first, at most maxRecentFiles.
constexpr int maxRecentFiles = 8;
QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

// Where unsaved work is kept until it is saved (the application data folder).
QString autosaveFolder();
// The question the user was at when an autosave was last written ("theme/question"), by autosave
// file, so that recovering it resumes there. Positions of autosaves not in `keep` are forgotten.
QString recoveryPosition(const QString &autosave);
void setRecoveryPosition(const QString &autosave, const QString &position);
void keepRecoveryPositions(const QStringList &keep);

// The language to use now: the setting, else the system's if French, else English.
QString effectiveLanguage();

} // namespace Phare::Settings
