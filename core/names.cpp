// The table of names, marked for lupdate in the context "Phare::Names" of the core's catalogue.
#include "names.h"

#include "translator.h"

#include <QCoreApplication>

namespace Phare::Names {

namespace {

constexpr const char *context = "Phare::Names";

struct Name
{
    const char *id;
    struct
    {
        const char *source;
        const char *disambiguation;
    } text;
};

// The same English word may have a different translation by what it names ("high" effort is
// « important », a "high" cost « élevé »): the disambiguation keeps them apart in Linguist.
const Name sectors[] = {
    {"retail", QT_TRANSLATE_NOOP3("Phare::Names", "Retail", "sector")},
    {"food", QT_TRANSLATE_NOOP3("Phare::Names", "Food and restaurants", "sector")},
    {"craft", QT_TRANSLATE_NOOP3("Phare::Names", "Craft", "sector")},
    {"tourism", QT_TRANSLATE_NOOP3("Phare::Names", "Tourism and hospitality", "sector")},
    {"health", QT_TRANSLATE_NOOP3("Phare::Names", "Health", "sector")},
    {"industry", QT_TRANSLATE_NOOP3("Phare::Names", "Industry", "sector")},
    {"services", QT_TRANSLATE_NOOP3("Phare::Names", "Services", "sector")},
    {"other", QT_TRANSLATE_NOOP3("Phare::Names", "Other", "sector")},
};

// Indexed by Horizon.
const Name horizons[] = {
    {"now", QT_TRANSLATE_NOOP3("Phare::Names", "Now (this month)", "horizon")},
    {"next", QT_TRANSLATE_NOOP3("Phare::Names", "Next (this quarter)", "horizon")},
    {"later", QT_TRANSLATE_NOOP3("Phare::Names", "Later (this year)", "horizon")},
};

// Indexed by Impact.
const Name impacts[] = {
    {"critical", QT_TRANSLATE_NOOP3("Phare::Names", "critical", "impact")},
    {"high", QT_TRANSLATE_NOOP3("Phare::Names", "high", "impact")},
    {"medium", QT_TRANSLATE_NOOP3("Phare::Names", "medium", "impact")},
    {"low", QT_TRANSLATE_NOOP3("Phare::Names", "low", "impact")},
};

const Name efforts[] = {
    {"low", QT_TRANSLATE_NOOP3("Phare::Names", "low", "use case effort")},
    {"medium", QT_TRANSLATE_NOOP3("Phare::Names", "medium", "use case effort")},
    {"high", QT_TRANSLATE_NOOP3("Phare::Names", "high", "use case effort")},
};

const Name costs[] = {
    {"low", QT_TRANSLATE_NOOP3("Phare::Names", "low (under €1,000)", "use case cost")},
    {"medium", QT_TRANSLATE_NOOP3("Phare::Names", "medium (€1,000 to €10,000)", "use case cost")},
    {"high", QT_TRANSLATE_NOOP3("Phare::Names", "high (over €10,000)", "use case cost")},
};

const Name timesToValue[] = {
    {"days", QT_TRANSLATE_NOOP3("Phare::Names", "days", "use case time to value")},
    {"weeks", QT_TRANSLATE_NOOP3("Phare::Names", "weeks", "use case time to value")},
    {"months", QT_TRANSLATE_NOOP3("Phare::Names", "months", "use case time to value")},
};

QString say(const Name &name, const Language *language)
{
    return language ? Translator::forLanguage(*language).translate(context, name.text.source, name.text.disambiguation)
                    : QCoreApplication::translate(context, name.text.source, name.text.disambiguation);
}

template <std::size_t N> QString byId(const Name (&table)[N], const QString &id, const Language *language)
{
    for (const Name &name : table) {
        if (id == QLatin1String(name.id))
            return say(name, language);
    }
    return id;
}

template <std::size_t N> QString byIndex(const Name (&table)[N], int index, const Language *language)
{
    return index >= 0 && index < int(N) ? say(table[index], language) : QString();
}

struct Text
{
    const char *source;
    const char *disambiguation;
};

QString phrase(Text text, const Language *language, int n = -1)
{
    return language ? Translator::forLanguage(*language).translate(context, text.source, text.disambiguation, n)
                    : QCoreApplication::translate(context, text.source, text.disambiguation, n);
}

// An amount in euros: digits grouped as the language groups them, the sign where the language puts it.
QString euros(int amount, const Language *language)
{
    const QLocale locale = language ? language->locale() : QLocale();
    return phrase(QT_TRANSLATE_NOOP3("Phare::Names", "€%1", "an amount in euros"), language)
        .arg(locale.toString(amount));
}

QString costRangeText(const CostRange &range, const Language *language)
{
    if (range.per.isEmpty())
        return {};
    if (range.to == 0)
        return phrase(QT_TRANSLATE_NOOP3("Phare::Names", "free", "use case cost range"), language);
    const QString from = euros(range.from, language);
    const QString to = euros(range.to, language);
    const bool one = range.from == range.to;
    if (range.per == u"month")
        return one ? phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 a month", "use case cost range"), language).arg(to)
                   : phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 to %2 a month", "use case cost range"), language)
                         .arg(from, to);
    if (range.per == u"year")
        return one ? phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 a year", "use case cost range"), language).arg(to)
                   : phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 to %2 a year", "use case cost range"), language)
                         .arg(from, to);
    return one ? phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 one-off", "use case cost range"), language).arg(to)
               : phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 to %2 one-off", "use case cost range"), language)
                     .arg(from, to);
}

QString setupTimeText(const SetupTime &time, const Language *language)
{
    if (time.unit.isEmpty())
        return {};
    const QLocale locale = language ? language->locale() : QLocale();
    if (time.from == time.to) {
        if (time.unit == u"hours")
            return phrase(QT_TRANSLATE_N_NOOP3("Phare::Names", "%n hour(s)", "use case time to set up"), language,
                          time.to);
        if (time.unit == u"days")
            return phrase(QT_TRANSLATE_N_NOOP3("Phare::Names", "%n day(s)", "use case time to set up"), language,
                          time.to);
        if (time.unit == u"weeks")
            return phrase(QT_TRANSLATE_N_NOOP3("Phare::Names", "%n week(s)", "use case time to set up"), language,
                          time.to);
        return phrase(QT_TRANSLATE_N_NOOP3("Phare::Names", "%n month(s)", "use case time to set up"), language,
                      time.to);
    }
    const QString from = locale.toString(time.from);
    const QString to = locale.toString(time.to);
    if (time.unit == u"hours")
        return phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 to %2 hours", "use case time to set up"), language)
            .arg(from, to);
    if (time.unit == u"days")
        return phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 to %2 days", "use case time to set up"), language)
            .arg(from, to);
    if (time.unit == u"weeks")
        return phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 to %2 weeks", "use case time to set up"), language)
            .arg(from, to);
    return phrase(QT_TRANSLATE_NOOP3("Phare::Names", "%1 to %2 months", "use case time to set up"), language)
        .arg(from, to);
}

QString gainSourceText(const QString &source, const Language *language)
{
    return source == u"estimate"
               ? phrase(QT_TRANSLATE_NOOP3("Phare::Names", "estimate", "where a use case's gain comes from"), language)
               : source;
}

} // namespace

QStringList sectorIds()
{
    QStringList ids;
    for (const Name &name : sectors)
        ids.append(QLatin1String(name.id));
    return ids;
}

QString sector(const QString &id)
{
    return byId(sectors, id, nullptr);
}

QString sector(const QString &id, const Language &language)
{
    return byId(sectors, id, &language);
}

QString horizon(Horizon horizon)
{
    return byIndex(horizons, static_cast<int>(horizon), nullptr);
}

QString horizon(Horizon horizon, const Language &language)
{
    return byIndex(horizons, static_cast<int>(horizon), &language);
}

QString impact(Impact impact)
{
    return byIndex(impacts, static_cast<int>(impact), nullptr);
}

QString impact(Impact impact, const Language &language)
{
    return byIndex(impacts, static_cast<int>(impact), &language);
}

QString useCaseEffort(const QString &id)
{
    return byId(efforts, id, nullptr);
}

QString useCaseEffort(const QString &id, const Language &language)
{
    return byId(efforts, id, &language);
}

QString useCaseCost(const QString &id)
{
    return byId(costs, id, nullptr);
}

QString useCaseCost(const QString &id, const Language &language)
{
    return byId(costs, id, &language);
}

QString timeToValue(const QString &id)
{
    return byId(timesToValue, id, nullptr);
}

QString timeToValue(const QString &id, const Language &language)
{
    return byId(timesToValue, id, &language);
}

QString costRange(const CostRange &range)
{
    return costRangeText(range, nullptr);
}

QString costRange(const CostRange &range, const Language &language)
{
    return costRangeText(range, &language);
}

QString setupTime(const SetupTime &time)
{
    return setupTimeText(time, nullptr);
}

QString setupTime(const SetupTime &time, const Language &language)
{
    return setupTimeText(time, &language);
}

QString gainSource(const QString &source)
{
    return gainSourceText(source, nullptr);
}

QString gainSource(const QString &source, const Language &language)
{
    return gainSourceText(source, &language);
}

} // namespace Phare::Names
