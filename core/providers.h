// The providers a firm can call (`kind: providers`): the association's members and the public bodies,
// with the areas they cover (docs/questionnaire-format.md, "Events and providers").
#pragma once

#include "events.h"
#include "localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

// Who a provider is. Everything but a member is a public body or a listing by the State, offered next to
// the members whatever the order (NearYou).
enum class ProviderStatus
{
    Member = 0,             // a member firm of the association
    Cci = 1,                // a chamber of commerce and industry
    Cma = 2,                // a chamber of trades and crafts
    FranceNumActivator = 3, // a provider listed by the State's France Num programme
    MonAideCyber = 4,       // ANSSI's free first diagnostic
    Cyber17 = 5,            // 17Cyber, the victims' entry point
    PublicBody = 6          // another public body (the Région, an agency…)
};

// A named group of towns (a département, a valley…) that providers may say they cover, given in a
// providers file so that a firm's town is found in it.
struct Area
{
    QString id;
    QString name;
    QStringList towns;
    QString path;
    int line = 0;
    int column = 0;
};

struct Provider
{
    QString id;
    QString name;
    LocalizedText description; // what they do, in a sentence or two
    HelpTopics delivers;       // the actions and use cases they can carry out (chapters and dimensions too)
    QStringList sectors;       // empty: every sector
    QList<SourceRef> areas;    // ids of Area
    QStringList towns;         // towns covered besides the areas
    bool everywhere = false;   // covers all of France (online or national)
    QString web;
    QString phone;
    QString email;
    ProviderStatus status = ProviderStatus::Member;
    QStringList languages; // ISO codes: fr, en, it…
    bool sample = false;   // a made-up provider of the sample content, said so wherever it is shown
    QString path;
    int line = 0;
    int column = 0;

    bool isPublic() const { return status != ProviderStatus::Member; }
};

} // namespace Phare
