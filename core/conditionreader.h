// Reads a condition (a question's showIf, a rule's when and given, a use case's when) from YAML, and
// checks that what it names exists in its questionnaire.
#pragma once

#include "contentindex.h"
#include "questionnaire.h"
#include "yamlschema.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Phare {

// What a condition may look at: answers and dimension scores (rules), earlier answers (showIf), or only
// who the firm is (use cases).
enum class ConditionScope
{
    Rule,
    ShowIf,
    Firm
};

// The condition at `node`, or nothing (with the errors said) when it cannot be used. Nesting needs
// no limit of its own: the YAML reader's (YamlLimits::maxDepth) bounds it.
std::optional<Condition> readCondition(YamlSchema &c, const YamlNode &node, ConditionScope scope, const QString &where);

// Checks that a condition names questions, rows, options and dimensions that exist (and, for showIf,
// only questions that come before).
// Profile, sector and size conditions are checked against the whole content by the content loader.
// `lookups` are q's (QuestionnaireIndex::lookups).
void checkConditionReferences(YamlSchema &c, const Questionnaire &q, const QuestionnaireIndex &lookups,
                              const Condition &condition, const QString &where,
                              const QHash<QString, int> *orderBefore = nullptr, int limit = 0);

} // namespace Phare
