// Translated names for ids, through tr() so they land in the .ts files.
#include "uitext.h"

#include <QCoreApplication>

namespace Phare::Ui {

namespace {
QString g_language = QStringLiteral("en");

} // namespace

QString language()
{
    return g_language;
}

void setLanguage(const QString &language)
{
    g_language = language == u"fr" ? QStringLiteral("fr") : QStringLiteral("en");
}

QString sectorName(const QString &sector)
{
    if (sector == u"retail")
        return QCoreApplication::translate("Phare::Ui", "Retail");
    if (sector == u"food")
        return QCoreApplication::translate("Phare::Ui", "Food and restaurants");
    if (sector == u"craft")
        return QCoreApplication::translate("Phare::Ui", "Craft");
    if (sector == u"tourism")
        return QCoreApplication::translate("Phare::Ui", "Tourism and hospitality");
    if (sector == u"health")
        return QCoreApplication::translate("Phare::Ui", "Health");
    if (sector == u"industry")
        return QCoreApplication::translate("Phare::Ui", "Industry");
    if (sector == u"services")
        return QCoreApplication::translate("Phare::Ui", "Services");
    if (sector == u"other")
        return QCoreApplication::translate("Phare::Ui", "Other");
    return sector;
}

QString horizonName(int horizon)
{
    switch (horizon) {
    case 0:
        return QCoreApplication::translate("Phare::Ui", "Now (this month)");
    case 1:
        return QCoreApplication::translate("Phare::Ui", "Next (this quarter)");
    default:
        return QCoreApplication::translate("Phare::Ui", "Later (this year)");
    }
}

QString percent(double value)
{
    return QString::number(qRound(value)) + (g_language == u"fr" ? QStringLiteral("\u202f%") : QStringLiteral("%"));
}

QString score(double value)
{
    return QCoreApplication::translate("Phare::Ui", "%1/100").arg(qRound(value));
}

QString colon()
{
    return g_language == u"fr" ? QStringLiteral("\u00a0:") : QStringLiteral(":");
}

} // namespace Phare::Ui
