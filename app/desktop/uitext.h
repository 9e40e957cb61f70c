// Words the desktop app shows that come from ids, the interface's language and its typography.
#pragma once

#include "language.h"
#include "questionnaire.h"

#include <QString>
#include <QStringList>

namespace Phare::Ui {

// The interface's language: the content is shown in it, and the core's and the report's catalogues are
// installed for it (so that core texts looked up with QCoreApplication::translate reach the user in it).
// MainWindow installs the desktop's own catalogue.
Language language();
void setLanguage(const Language &language);

// The names of core/names.h, in the interface's language.
QString sectorName(const QString &sector);
QString horizonName(int horizon);
// "12 %", "12 %" with the right spacing for the language.
QString percent(double value);
// "47 / 100"
QString score(double value);
QString colon();

} // namespace Phare::Ui
