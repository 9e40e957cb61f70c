// Reads the content files about local help (kind: events, kind: providers) from their YAML trees; the
// references to actions, use cases, chapters, dimensions and areas are checked by the content loader.
#pragma once

#include "events.h"
#include "providers.h"
#include "yamlnode.h"
#include "yamlschema.h"

#include <QList>

namespace Phare {

QList<Event> readEvents(YamlSchema &c, const YamlNode &root);

// A providers file: its providers, and the areas it defines.
struct ProvidersFile
{
    QList<Provider> providers;
    QList<Area> areas;
};

ProvidersFile readProviders(YamlSchema &c, const YamlNode &root);

// The words a providers file uses for ProviderStatus, in the enum's order.
const QStringList &providerStatusIds();

} // namespace Phare
