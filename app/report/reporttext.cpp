// The report's typography in each language, from the catalogue phare_report (context "Phare::ReportText").
#include "reporttext.h"

#include "translator.h"

#include <QLocale>
#include <QRegularExpression>

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
    // A date never breaks across lines; in French the first of the month is « 1er ».
    const QString format =
        language.isFrench() && date.day() == 1 ? QStringLiteral("d'er' MMMM yyyy") : QStringLiteral("d MMMM yyyy");
    return language.locale().toString(date, format).replace(u' ', QChar(0x00a0));
}

QString typeset(const QString &text, const Language &language)
{
    static const QChar narrow(0x202f);
    static const QChar noBreak(0x00a0);
    QString out = text;
    if (language.isFrench()) {
        // Before ! ? and : (when a space or the end follows, so that neither a web address nor a time
        // changes), the space is a narrow no-break one, put in when missing. Before ; only a space
        // already there changes: "&gt;" in a note stays as typed.
        static const QRegularExpression high(
            QStringLiteral(
                "(?<=[^\\s\\x{00a0}\\x{202f}!?:;«(\\[/])[ \\x{00a0}\\x{202f}]?([!?:])(?=\\s|$|[»)\\]\"'’.,])"),
            QRegularExpression::UseUnicodePropertiesOption);
        out.replace(high, QString(narrow) + QStringLiteral("\\1"));
        static const QRegularExpression semicolon(QStringLiteral("(?<=\\S)[ \\x{00a0}]+;"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
        out.replace(semicolon, QString(narrow) + QLatin1Char(';'));
        static const QRegularExpression open(QStringLiteral("«[ \\x{00a0}\\x{202f}]*"),
                                             QRegularExpression::UseUnicodePropertiesOption);
        out.replace(open, QStringLiteral("«") + narrow);
        static const QRegularExpression close(QStringLiteral("[ \\x{00a0}\\x{202f}]*»"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        out.replace(close, QString(narrow) + QStringLiteral("»"));
        // A proper name after "de": elided before a vowel or a mute h ("d'Hôtel du Cours", "d'Usinage…").
        static const QRegularExpression elision(QStringLiteral("\\b([Dd])e (?=[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒH]\\p{Ll})"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        out.replace(elision, QStringLiteral("\\1'"));
    }
    // No break inside a date ("12 March 2026"), a number ("10 000") or between a number and its unit.
    static const QRegularExpression date(QStringLiteral("\\b(\\d{1,2}) (\\p{L}{3,9}) (\\d{4})\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    out.replace(date, QStringLiteral("\\1") + noBreak + QStringLiteral("\\2") + noBreak + QStringLiteral("\\3"));
    static const QRegularExpression thousands(QStringLiteral("(?<=\\d) (?=\\d{3}\\b)"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    out.replace(thousands, QString(narrow));
    static const QRegularExpression unit(
        QStringLiteral("(?<=\\d) (?=(?:h|min|%|€|k€|M€|euros?|points?|pts|ans?|mois|jours?|semaines?|heures?|hours?|"
                       "days?|weeks?|months?|years?|salariés?|employees?|people|personnes|sur|out)\\b|[%€])"),
        QRegularExpression::UseUnicodePropertiesOption);
    out.replace(unit, QString(noBreak));
    return out;
}

QString typesetHtml(const QString &html, const Language &language)
{
    QString out;
    out.reserve(html.size() + html.size() / 50);
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype tag = html.indexOf(u'<', i);
        const qsizetype end = tag < 0 ? html.size() : tag;
        if (end > i) {
            QString text = html.mid(i, end - i);
            if (text.contains(u'&')) {
                text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
                text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
                text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
                text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
                text.replace(QStringLiteral("&nbsp;"), QString(QChar(0x00a0)));
                text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            }
            out += typeset(text, language).toHtmlEscaped();
        }
        if (tag < 0)
            break;
        const qsizetype close = html.indexOf(u'>', tag);
        const qsizetype stop = close < 0 ? html.size() : close + 1;
        out += QStringView(html).mid(tag, stop - tag);
        i = stop;
    }
    return out;
}

QString html(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    // U+E000 and U+E001 frame the report's chart markers, U+E002 stands for a narrow no-break space;
    // nothing a user typed may look like one.
    escaped.replace(QChar(0xE000), QChar(0xFFFD));
    escaped.replace(QChar(0xE001), QChar(0xFFFD));
    escaped.replace(QChar(0xE002), QChar(0xFFFD));
    return escaped;
}

} // namespace Phare::ReportText
