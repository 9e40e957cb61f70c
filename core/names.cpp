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

} // namespace Phare::Names
