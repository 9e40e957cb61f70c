// French and English words of the report, written with French typography where it is French.
#include "reporttext.h"

#include <QLocale>

namespace Phare::ReportText {

QString say(QStringView language, const char *fr, const char *en)
{
    return QString::fromUtf8(language == u"fr" ? fr : en);
}

QString colon(QStringView language)
{
    return language == u"fr" ? QStringLiteral("\u00a0:") : QStringLiteral(":");
}

QString quoted(const QString &text, QStringView language)
{
    return language == u"fr" ? QStringLiteral("«\u00a0%1\u00a0»").arg(text) : QStringLiteral("“%1”").arg(text);
}

QString score(double value)
{
    return QStringLiteral("%1/100").arg(qRound(value));
}

QString change(double value)
{
    const int rounded = qRound(value);
    if (rounded > 0)
        return QStringLiteral("+%1").arg(rounded);
    if (rounded < 0)
        return QStringLiteral("\u2212%1").arg(-rounded);
    return QStringLiteral("0");
}

QString date(const QDate &date, QStringView language)
{
    const QLocale locale = language == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
    // A date never breaks across lines.
    return locale.toString(date, QStringLiteral("d MMMM yyyy")).replace(u' ', QChar(0x00a0));
}

QString sectorName(const QString &sector, QStringView language)
{
    struct Name
    {
        const char *id;
        const char *fr;
        const char *en;
    };
    static const Name names[] = {
        {"retail", "Commerce de détail", "Retail"},
        {"food", "Alimentation et restauration", "Food and restaurants"},
        {"craft", "Artisanat", "Craft"},
        {"tourism", "Tourisme et hôtellerie", "Tourism and hospitality"},
        {"health", "Santé", "Health"},
        {"industry", "Industrie", "Industry"},
        {"services", "Services", "Services"},
        {"other", "Autre", "Other"},
    };
    for (const Name &n : names) {
        if (sector == QLatin1String(n.id))
            return say(language, n.fr, n.en);
    }
    return sector;
}

QString horizonName(Horizon horizon, QStringView language)
{
    switch (horizon) {
    case Horizon::Now:
        return say(language, "Maintenant (ce mois-ci)", "Now (this month)");
    case Horizon::Next:
        return say(language, "Ensuite (ce trimestre)", "Next (this quarter)");
    case Horizon::Later:
        return say(language, "Plus tard (cette année)", "Later (this year)");
    }
    return {};
}

QString effortName(const QString &effort, QStringView language)
{
    if (effort == u"low")
        return say(language, "faible", "low");
    if (effort == u"medium")
        return say(language, "moyen", "medium");
    if (effort == u"high")
        return say(language, "important", "high");
    return effort;
}

QString costName(const QString &cost, QStringView language)
{
    if (cost == u"low")
        return say(language, "faible (moins de 1\u202f000\u00a0€)", "low (under €1,000)");
    if (cost == u"medium")
        return say(language, "moyen (1\u202f000 à 10\u202f000\u00a0€)", "medium (€1,000 to €10,000)");
    if (cost == u"high")
        return say(language, "élevé (plus de 10\u202f000\u00a0€)", "high (over €10,000)");
    return cost;
}

QString timeToValueName(const QString &time, QStringView language)
{
    if (time == u"days")
        return say(language, "quelques jours", "days");
    if (time == u"weeks")
        return say(language, "quelques semaines", "weeks");
    if (time == u"months")
        return say(language, "quelques mois", "months");
    return time;
}

QString html(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    // U+E000 and U+E001 frame the report's chart markers; nothing a user typed may look like one.
    escaped.replace(QChar(0xE000), QChar(0xFFFD));
    escaped.replace(QChar(0xE001), QChar(0xFFFD));
    return escaped;
}

} // namespace Phare::ReportText
