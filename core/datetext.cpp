// Dates inside content texts, phrased against the assessment's date (docs/questionnaire-format.md).
#include "datetext.h"

#include "translator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Phare {

namespace {

const QRegularExpression &placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{(deadline|date):(\\d{4}-\\d{2}-\\d{2})\\}\\}"));
    return pattern;
}

} // namespace

QString dateInWords(QDate date, const Language &language)
{
    const Translator &words = Translator::forLanguage(language);
    // The first of the month is written "1er" in French: a translation of the day's number.
    const QString day = date.day() == 1 ? words.translate("Phare::DateText", "1", "the first day of a month, in a date")
                                        : QString::number(date.day());
    // No-break spaces: a date is never split across two lines.
    return words.translate("Phare::DateText", "%1 %2 %3", "day, month, year")
        .arg(day, language.locale().monthName(date.month()), QString::number(date.year()));
}

QString phraseDates(const QString &text, const Language &language, QDate today)
{
    if (!text.contains(u"{{"))
        return text;
    const Translator &words = Translator::forLanguage(language);
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate date = QDate::fromString(m.captured(2), Qt::ISODate);
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (!date.isValid()) {
            out += m.captured(0);
            continue;
        }
        QString phrase = dateInWords(date, language);
        if (m.captured(1) == u"deadline") {
            const bool passed = today.isValid() && today >= date;
            phrase = (passed ? words.translate("Phare::DateText", "since %1", "a deadline passed")
                             : words.translate("Phare::DateText", "before %1", "a deadline to come"))
                         .arg(phrase);
        }
        out += phrase;
    }
    out += QStringView(text).mid(last);
    return out;
}

QString datePlaceholderProblem(const QString &text)
{
    qsizetype from = 0;
    while ((from = text.indexOf(u"{{", from)) >= 0) {
        const qsizetype end = text.indexOf(u"}}", from);
        const QString piece = end < 0 ? text.mid(from, 30) : text.mid(from, end + 2 - from);
        const QRegularExpressionMatch m = placeholder().match(piece);
        if (!m.hasMatch() || m.capturedStart() != 0 || m.capturedLength() != piece.size()) {
            return QCoreApplication::translate("Phare::DateText",
                                               "'%1' is not a date placeholder: write {{deadline:YYYY-MM-DD}} or "
                                               "{{date:YYYY-MM-DD}}")
                .arg(piece);
        }
        if (!QDate::fromString(m.captured(2), Qt::ISODate).isValid())
            return QCoreApplication::translate("Phare::DateText", "'%1' is not a real date").arg(m.captured(2));
        from = end + 2;
    }
    return {};
}

QDate today()
{
    const QByteArray fixed = qgetenv("PHARE_TODAY");
    if (!fixed.isEmpty()) {
        const QDate date = QDate::fromString(QString::fromLatin1(fixed), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return QDate::currentDate();
}

} // namespace Phare
