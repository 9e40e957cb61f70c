// Every persistent setting of the desktop app, with its default, in one place.
#pragma once

#include "language.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Phare::Settings {

// The language the user chose; none means: follow the system's.
std::optional<Language> language();
void setLanguage(const Language &language);

// Most recent first, at most maxRecentFiles.
constexpr int maxRecentFiles = 8;
QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

// Whether an exported report carries the appendix of every answer and note (the export dialog's choice).
bool reportIncludesAnswers();
void setReportIncludesAnswers(bool include);

// The sector benchmark the user chose (Settings → Benchmark file…); empty when none is chosen.
QString benchmarkFile();
void setBenchmarkFile(const QString &path); // empty: forget the choice
// A benchmark.json shipped in the content folder (the application data folders, the user's first, then
// the system's: ~/.local/share/Phare/Phare, /usr/share/Phare/Phare); empty when there is none.
QString contentBenchmarkFile();
// The benchmark to use: the one chosen, else the content folder's; empty when there is none.
QString effectiveBenchmarkFile();

// Where unsaved work is kept until it is saved (the application data folder).
QString autosaveFolder();
// The question the user was at when an autosave was last written ("theme/question"), by autosave
// file, so that recovering it resumes there. Positions of autosaves not in `keep` are forgotten.
QString recoveryPosition(const QString &autosave);
void setRecoveryPosition(const QString &autosave, const QString &position);
void keepRecoveryPositions(const QStringList &keep);

// The language to use now: the setting, else the system's if Phare speaks it, else the fallback (English).
Language effectiveLanguage();

} // namespace Phare::Settings
