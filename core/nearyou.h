// Matches the association's events and providers to the actions of a firm's plan: who can help, near
// the firm, with what it has to do now and next (docs/questionnaire-format.md, "How they are matched").
#pragma once

#include "assessment.h"
#include "content.h"
#include "recommender.h"

#include <QDate>
#include <QList>

namespace Phare {

class Evaluation;

// How a provider's area relates to the firm's town (Company::location).
enum class Coverage
{
    Local = 0,      // the provider lists the firm's town, or an area that holds it
    Everywhere = 1, // the provider covers all of France (online or national)
    Elsewhere = 2,  // the provider works in other places only
    Unknown = 3     // the firm's town is not given: every provider is taken as equal
};

struct ProviderMatch
{
    const Provider *provider = nullptr;
    Coverage coverage = Coverage::Unknown;
};

// The help found for one action of "now" or "next".
struct ActionHelp
{
    const Action *action = nullptr;
    Horizon horizon = Horizon::Now;
    QList<const Event *> events;    // at most NearYou::maxEvents, nearest first
    QList<ProviderMatch> providers; // at most NearYou::maxProviders, in NearYou's order
};

struct NearYouMatches
{
    QList<ActionHelp> actions;     // in the plan's order; only actions with an event or a provider
    QList<const Event *> upcoming; // the next events over the whole plan, at most NearYou::maxUpcoming
    QDate from;                    // no event before this day: the later of today and the assessment's date

    bool isEmpty() const { return actions.isEmpty() && upcoming.isEmpty(); }
    // The help for one action, or null.
    const ActionHelp *help(QStringView actionId) const;
};

class NearYou final
{
public:
    static constexpr int maxEvents = 3;    // per action
    static constexpr int maxProviders = 3; // per action
    static constexpr int maxUpcoming = 3;  // in all, for the top of the page and the report's roadmap

    // The matches point into `content` (events, providers, actions): keep it for as long as they are used.
    // `today` is Phare::today() unless a test fixes it.
    static NearYouMatches match(const Content &content, const Assessment &assessment,
                                const Recommendations &recommendations, QDate today);
    static NearYouMatches match(const Evaluation &evaluation, QDate today);
    static NearYouMatches match(const Evaluation &evaluation);

    // Where a provider stands among providers of the same coverage for this assessment: a 32-bit FNV-1a hash
    // of "ASSESSMENT-ID/PROVIDER-ID" (UTF-8). Each assessment gets its own order, the same every time it is
    // opened, and no provider is first because of its name.
    static quint32 orderKey(const QString &assessmentId, const QString &providerId);
    // How a provider covers a town (the firm's location); Unknown when the town is empty.
    static Coverage coverage(const Content &content, const Provider &provider, const QString &town);
    // A town as compared: lower case, without accents, digits, hyphens or apostrophes ("Aix-en-Provence",
    // "aix en provence" and "13100 Aix en Provence" are one town).
    static QString townKey(const QString &town);
};

} // namespace Phare
