// The words that show an event or a provider (when, where, price, status, the no-endorsement sentence), in a
// language the caller chooses, so that the desktop, the report and phare-cli say them alike.
#pragma once

#include "events.h"
#include "language.h"
#include "nearyou.h"
#include "providers.h"

#include <QString>

namespace Phare {

class NearYouText final
{
public:
    // "Tuesday 15 December 2026, 09:30–11:30" / "mardi 15 décembre 2026, 9 h 30 – 11 h 30"; the end's day when
    // it is another one.
    static QString when(const Event &event, const Language &language);
    // "Marseille, Espace exemple", "online", or both.
    static QString where(const Event &event, const Language &language);
    // "free" or "€30".
    static QString price(const Event &event, const Language &language);
    // "member of the association", "chamber of commerce (CCI)"…
    static QString status(ProviderStatus status, const Language &language);
    // "near you", "everywhere in France (online or national)", "works elsewhere", or nothing when unknown.
    static QString coverage(Coverage coverage, const Language &language);
    // Said next to a made-up sample entry.
    static QString sample(const Language &language);
    // The sentence that goes with every list of providers.
    static QString noEndorsement(const Language &language);
    // "The event list is sample data …" when any event shown is made up; empty otherwise.
    static QString sampleEvents(const Language &language);
    // How a provider is reached, one way after the other: web, phone, e-mail.
    static QStringList contact(const Provider &provider);
};

} // namespace Phare
