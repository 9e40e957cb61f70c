// Matches events and providers to the plan's actions (see nearyou.h).
#include "nearyou.h"

#include "contentids.h"
#include "datetext.h"
#include "evaluation.h"

#include <QSet>

#include <algorithm>

namespace Phare {

namespace {

// "theme/dimension" for every dimension whose answers fired the action.
QSet<QString> dimensionsOf(const PlannedAction &planned)
{
    QSet<QString> result;
    for (const Reason &reason : planned.reasons) {
        if (!reason.questionnaire)
            continue;
        const Dimension *dimension = reason.dimension;
        for (qsizetype i = 0; !dimension && reason.question && i < reason.questionnaire->dimensions.size(); ++i) {
            const Dimension &d = reason.questionnaire->dimensions[i];
            if (std::any_of(d.questions.cbegin(), d.questions.cend(),
                            [&](const Question &q) { return &q == reason.question; }))
                dimension = &d;
        }
        if (dimension)
            result.insert(reason.questionnaire->id + QLatin1Char('/') + dimension->id);
    }
    return result;
}

bool names(const QList<SourceRef> &refs, const QString &id)
{
    return std::any_of(refs.cbegin(), refs.cend(), [&](const SourceRef &r) { return r.id == id; });
}

bool namesAny(const QList<SourceRef> &refs, const QList<SourceRef> &ids)
{
    return std::any_of(ids.cbegin(), ids.cend(), [&](const SourceRef &r) { return names(refs, r.id); });
}

// Whether the topics help with the action: they name it, one of its use cases or chapters, or a
// dimension whose answers fired it.
bool helps(const HelpTopics &topics, const Action &action, const QSet<QString> &dimensions)
{
    return names(topics.actions, action.id) || namesAny(topics.useCases, action.useCases) ||
           namesAny(topics.chapters, action.chapters) ||
           std::any_of(topics.dimensions.cbegin(), topics.dimensions.cend(),
                       [&](const SourceRef &r) { return dimensions.contains(r.id); });
}

bool fits(const QStringList &allowed, const QString &value)
{
    return allowed.isEmpty() || value.isEmpty() || allowed.contains(value);
}

bool startsBefore(const Event *a, const Event *b)
{
    if (a->startDate != b->startDate)
        return a->startDate < b->startDate;
    if (a->startMinutes != b->startMinutes)
        return a->startMinutes < b->startMinutes;
    return a->id < b->id;
}

} // namespace

const ActionHelp *NearYouMatches::help(QStringView actionId) const
{
    for (const ActionHelp &h : actions) {
        if (h.action && h.action->id == actionId)
            return &h;
    }
    return nullptr;
}

quint32 NearYou::orderKey(const QString &assessmentId, const QString &providerId)
{
    quint32 hash = 2166136261u;
    const QByteArray bytes = (assessmentId + QLatin1Char('/') + providerId).toUtf8();
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

QString NearYou::townKey(const QString &town)
{
    const QString decomposed = town.normalized(QString::NormalizationForm_D).toLower();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetter())
            key.append(c);
        else if (c.isSpace() || c == u'-' || c == u'\'' || c == u'\u2019')
            key.append(QLatin1Char(' '));
        // accents (combining marks), digits and brackets go: "13100 Aix (13)" is Aix
    }
    return key.simplified();
}

Coverage NearYou::coverage(const Content &content, const Provider &provider, const QString &town)
{
    const QString key = townKey(town);
    if (key.isEmpty())
        return Coverage::Unknown;
    const auto same = [&](const QString &t) {
        return townKey(t) == key;
    };
    if (std::any_of(provider.towns.cbegin(), provider.towns.cend(), same))
        return Coverage::Local;
    for (const SourceRef &ref : provider.areas) {
        const Area *area = content.area(ref.id);
        if (area && std::any_of(area->towns.cbegin(), area->towns.cend(), same))
            return Coverage::Local;
    }
    return provider.everywhere ? Coverage::Everywhere : Coverage::Elsewhere;
}

NearYouMatches NearYou::match(const Content &content, const Assessment &assessment,
                              const Recommendations &recommendations, QDate today)
{
    NearYouMatches result;
    result.from = today;
    if (assessment.assessmentDate.isValid() && assessment.assessmentDate > result.from)
        result.from = assessment.assessmentDate;
    if (content.events.isEmpty() && content.providers.isEmpty())
        return result;

    const QString sector = assessment.company.sector;
    const QString size = sizeForEmployees(assessment.company.employees);
    QList<const Event *> events; // those the firm may attend, soonest first
    for (const Event &e : content.events) {
        if (e.startDate.isValid() && e.startDate >= result.from && fits(e.sectors, sector) && fits(e.sizes, size))
            events.append(&e);
    }
    std::sort(events.begin(), events.end(), startsBefore);

    struct Candidate
    {
        const Provider *provider;
        Coverage coverage;
        quint32 key;
    };
    QList<Candidate> providers; // in the order offered
    for (const Provider &p : content.providers) {
        if (fits(p.sectors, sector))
            providers.append({&p, coverage(content, p, assessment.company.location), orderKey(assessment.id, p.id)});
    }
    std::sort(providers.begin(), providers.end(), [](const Candidate &a, const Candidate &b) {
        if (a.coverage != b.coverage)
            return a.coverage < b.coverage;
        if (a.key != b.key)
            return a.key < b.key;
        return a.provider->id < b.provider->id; // only when two hashes are equal
    });

    QList<const Event *> upcoming;
    for (const PlannedAction &planned : recommendations.plan) {
        if (!planned.action || (planned.horizon != Horizon::Now && planned.horizon != Horizon::Next))
            continue;
        const Action &action = *planned.action;
        const QSet<QString> dimensions = dimensionsOf(planned);
        ActionHelp help;
        help.action = &action;
        help.horizon = planned.horizon;
        for (const Event *e : std::as_const(events)) {
            if (help.events.size() < maxEvents && helps(e->topics, action, dimensions)) {
                help.events.append(e);
                if (!upcoming.contains(e))
                    upcoming.append(e);
            }
        }
        const ProviderMatch *firstPublic = nullptr;
        QList<ProviderMatch> all;
        for (const Candidate &c : std::as_const(providers)) {
            if (helps(c.provider->delivers, action, dimensions))
                all.append({c.provider, c.coverage});
        }
        for (const ProviderMatch &m : std::as_const(all)) {
            if (!firstPublic && m.provider->isPublic())
                firstPublic = &m;
        }
        help.providers = all.mid(0, maxProviders);
        // Public bodies are always offered next to the members: the last place goes to the first of them
        // when the members took every place.
        const bool hasPublic = std::any_of(help.providers.cbegin(), help.providers.cend(),
                                           [](const ProviderMatch &m) { return m.provider->isPublic(); });
        if (!hasPublic && firstPublic)
            help.providers.last() = *firstPublic;
        if (!help.events.isEmpty() || !help.providers.isEmpty())
            result.actions.append(std::move(help));
    }
    std::sort(upcoming.begin(), upcoming.end(), startsBefore);
    result.upcoming = upcoming.mid(0, maxUpcoming);
    return result;
}

NearYouMatches NearYou::match(const Evaluation &evaluation, QDate today)
{
    return match(evaluation.content(), evaluation.assessment(), evaluation.recommendations(), today);
}

NearYouMatches NearYou::match(const Evaluation &evaluation)
{
    return match(evaluation, Phare::today());
}

} // namespace Phare
