// Reads the catalogue files the recommendations point to (kind: actions, chapters, use-cases) and the
// files about who hands the report over (kind: organisation, glossary) from their YAML trees; references
// between files are checked by the content loader.
#pragma once

#include "catalogue.h"
#include "yamlnode.h"
#include "yamlschema.h"

#include <QList>

#include <optional>

namespace Phare {

// An actions file: its actions, and the plan's settings when it gives them.
struct ActionsFile
{
    QList<Action> actions;
    std::optional<PlanSettings> plan;
};

ActionsFile readActions(YamlSchema &c, const YamlNode &root);
QList<Chapter> readChapters(YamlSchema &c, const YamlNode &root);
QList<UseCase> readUseCases(YamlSchema &c, const YamlNode &root);
// The logo, when given, must be a PNG or SVG file next to the YAML file (c.path()); it is stored absolute.
Organisation readOrganisation(YamlSchema &c, const YamlNode &root);
QList<GlossaryTerm> readGlossary(YamlSchema &c, const YamlNode &root);

} // namespace Phare
