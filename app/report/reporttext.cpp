// The report's typography in each language, from the catalogue phare_report (context "Phare::ReportText").
#include "reporttext.h"

#include "translator.h"

#include <QLocale>

namespace Phare::ReportText {

QString colon(const Language &language)
{
    return Translator::forLanguage(language).translate("Phare::ReportText", ":", "after a label");
}

QString quoted(const QString &text, const Language &language)
{
    return Translator::forLanguage(language).translate("Phare::ReportText", "“%1”", "a quotation").arg(text);
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

QString date(const QDate &date, const Language &language)
{
    // A date never breaks across lines.
    return language.locale().toString(date, QStringLiteral("d MMMM yyyy")).replace(u' ', QChar(0x00a0));
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
