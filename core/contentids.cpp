// The words files use for the model's fixed values, one table each (see contentids.h).
#include "contentids.h"

#include "catalogue.h"
#include "questionnaire.h"

namespace Phare {

namespace {
// ids[int(value)], or empty for a value outside the enum (a damaged file read as is).
template <typename Enum> QString idOf(const QStringList &ids, Enum value)
{
    return ids.value(static_cast<int>(value));
}
} // namespace

const QStringList &questionTypeIds()
{
    static const QStringList ids = {QStringLiteral("scale"), QStringLiteral("checklist"), QStringLiteral("grid"),
                                    QStringLiteral("yes-no")};
    return ids;
}

const QStringList &impactIds()
{
    static const QStringList ids = {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                    QStringLiteral("low")};
    return ids;
}

const QStringList &horizonIds()
{
    static const QStringList ids = {QStringLiteral("now"), QStringLiteral("next"), QStringLiteral("later")};
    return ids;
}

const QStringList &costIds()
{
    static const QStringList ids = {QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("medium"),
                                    QStringLiteral("high")};
    return ids;
}

QString questionTypeId(QuestionType type)
{
    return idOf(questionTypeIds(), type);
}

QString impactId(Impact impact)
{
    return idOf(impactIds(), impact);
}

QString horizonId(Horizon horizon)
{
    return idOf(horizonIds(), horizon);
}

QString costId(Cost cost)
{
    return idOf(costIds(), cost);
}

const QStringList &whoIds()
{
    static const QStringList ids = {QStringLiteral("owner"), QStringLiteral("staff"), QStringLiteral("provider")};
    return ids;
}

const QStringList &sectorIds()
{
    static const QStringList ids = {QStringLiteral("retail"),   QStringLiteral("food"),   QStringLiteral("craft"),
                                    QStringLiteral("tourism"),  QStringLiteral("health"), QStringLiteral("industry"),
                                    QStringLiteral("services"), QStringLiteral("other")};
    return ids;
}

const QStringList &sizeIds()
{
    static const QStringList ids = {QStringLiteral("micro"), QStringLiteral("small"), QStringLiteral("medium"),
                                    QStringLiteral("large")};
    return ids;
}

const QStringList &useCaseLevelIds()
{
    static const QStringList ids = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    return ids;
}

const QStringList &timeToValueIds()
{
    static const QStringList ids = {QStringLiteral("days"), QStringLiteral("weeks"), QStringLiteral("months")};
    return ids;
}

const QStringList &costPerIds()
{
    static const QStringList ids = {QStringLiteral("once"), QStringLiteral("month"), QStringLiteral("year")};
    return ids;
}

const QStringList &setupUnitIds()
{
    static const QStringList ids = {QStringLiteral("hours"), QStringLiteral("days"), QStringLiteral("weeks"),
                                    QStringLiteral("months")};
    return ids;
}

QString sizeForEmployees(int employees)
{
    if (employees < 10)
        return QStringLiteral("micro");
    if (employees < 50)
        return QStringLiteral("small");
    if (employees < 250)
        return QStringLiteral("medium");
    return QStringLiteral("large");
}

} // namespace Phare
