// Words for events and providers (see nearyoutext.h).
#include "nearyoutext.h"

#include "datetext.h"
#include "translator.h"

namespace Phare {

namespace {

QString word(const Language &language, const char *source)
{
    return Translator::forLanguage(language).translate("Phare::NearYouText", source);
}

QString timeText(int minutes, const Language &language)
{
    const QString mm = QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    //: a time of day: hours, then minutes (French: "9 h 30", with no-break spaces)
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "%1:%2"))
        .arg(language.code() == u"fr" ? QString::number(minutes / 60)
                                      : QStringLiteral("%1").arg(minutes / 60, 2, 10, QLatin1Char('0')),
             mm);
}

QString dayText(QDate date, const Language &language)
{
    return language.locale().dayName(date.dayOfWeek()) + QLatin1Char(' ') + dateInWords(date, language);
}

} // namespace

QString NearYouText::when(const Event &event, const Language &language)
{
    QString text = dayText(event.startDate, language);
    const bool otherDay = event.endDate.isValid() && event.endDate != event.startDate;
    if (event.startMinutes >= 0) {
        text += QStringLiteral(", ") + timeText(event.startMinutes, language);
        if (!otherDay && event.endMinutes >= 0)
            text += QStringLiteral(" – ") + timeText(event.endMinutes, language);
    }
    if (otherDay) {
        text += QStringLiteral(" – ") + dayText(event.endDate, language);
        if (event.endMinutes >= 0)
            text += QStringLiteral(", ") + timeText(event.endMinutes, language);
    }
    return text;
}

QString NearYouText::where(const Event &event, const Language &language)
{
    QStringList parts;
    if (!event.town.isEmpty())
        parts.append(event.venue.isEmpty() ? event.town : event.town + QStringLiteral(", ") + event.venue);
    if (event.online)
        parts.append(word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "online")));
    //: between a place and "online"
    return parts.join(word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", " and ")));
}

QString NearYouText::price(const Event &event, const Language &language)
{
    if (event.price <= 0)
        //: an event's price
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "free"));
    const QString amount = event.price == qRound(event.price) ? QString::number(qRound(event.price))
                                                              : language.locale().toString(event.price, 'f', 2);
    //: an event's price in euros
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "€%1")).arg(amount);
}

QString NearYouText::status(ProviderStatus status, const Language &language)
{
    switch (status) {
    case ProviderStatus::Member:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "member of the association"));
    case ProviderStatus::Cci:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "chamber of commerce (CCI)"));
    case ProviderStatus::Cma:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "chamber of trades and crafts (CMA)"));
    case ProviderStatus::FranceNumActivator:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "State programme"));
    case ProviderStatus::MonAideCyber:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "free public service of ANSSI"));
    case ProviderStatus::Cyber17:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "free State service"));
    case ProviderStatus::PublicBody:
        break;
    }
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "public body"));
}

QString NearYouText::coverage(Coverage coverage, const Language &language)
{
    switch (coverage) {
    case Coverage::Local:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "works in your area"));
    case Coverage::Everywhere:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "everywhere in France"));
    case Coverage::Elsewhere:
        return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "works outside your area"));
    case Coverage::Unknown:
        break;
    }
    return {};
}

QString NearYouText::sample(const Language &language)
{
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText", "fictitious example"));
}

QString NearYouText::noEndorsement(const Language &language)
{
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText",
                                            "Providers are listed by the association, without endorsement: compare "
                                            "several before you choose. Public bodies are offered next to the "
                                            "members, and the order of equal providers changes from one firm to "
                                            "another."));
}

QString NearYouText::sampleEvents(const Language &language)
{
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouText",
                                            "These events and members are fictitious examples that come with Phare: "
                                            "your association replaces them with its own."));
}

QStringList NearYouText::contact(const Provider &provider)
{
    QStringList ways;
    for (const QString &way : {provider.web, provider.phone, provider.email}) {
        if (!way.isEmpty())
            ways.append(way);
    }
    return ways;
}

} // namespace Phare
