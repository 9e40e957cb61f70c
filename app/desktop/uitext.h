// Words the desktop app shows that come from ids: sectors, sizes, levels, language of the content.
#pragma once

#include <QString>
#include <QStringList>

namespace Phare::Ui {

// The language of the content shown ("fr" or "en"), kept in step with the interface's translator.
QString language();
void setLanguage(const QString &language);

QString sectorName(const QString &sector);
QString horizonName(int horizon);
// "12 %", "12 %" with the right spacing for the language.
QString percent(double value);
// "47 / 100"
QString score(double value);
QString colon();

} // namespace Phare::Ui
