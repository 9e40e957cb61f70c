// Reads one questionnaire file (kind: questionnaire) or the firm profile (kind: profile) from its YAML
// tree, checking every rule of docs/questionnaire-format.md that holds within the file.
#pragma once

#include "questionnaire.h"
#include "yamlnode.h"
#include "yamlschema.h"

#include <optional>

namespace Phare {

// A questionnaire: levels, dimensions, questions and rules. Nothing only when the file cannot be used.
std::optional<Questionnaire> readQuestionnaire(YamlSchema &c, const YamlNode &root);

// The firm profile: a list of questions, read as a questionnaire of one unscored dimension.
std::optional<Questionnaire> readProfile(YamlSchema &c, const YamlNode &root);

// A list of levels (`levels:` of a questionnaire, `overallLevels:` of the organisation): ids, names and
// thresholds going up to 100. `key` names the list in messages ("'levels'").
QList<Level> readLevels(YamlSchema &c, const YamlNode &list, const QString &key);

} // namespace Phare
