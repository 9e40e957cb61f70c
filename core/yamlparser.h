// Reads a YAML file into a YamlNode tree with positions, refusing what Phare's content never needs.
#pragma once

#include "diagnostic.h"
#include "yamlnode.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace Phare {

struct YamlLimits
{
    qsizetype maxBytes = 1024 * 1024;
    int maxDepth = 32;
    qsizetype maxNodes = 200'000;
    int maxErrors = 100; // problems listed before the reading of a file stops
};

struct YamlParseResult
{
    std::optional<YamlNode> root; // absent when the file could not be read as YAML at all
    Diagnostics diagnostics;
};

// Reads one YAML document. Refuses, with a diagnostic each: invalid UTF-8, more than one document,
// anchors and aliases, explicit tags, non-scalar keys, duplicate keys, nesting or size beyond the
// limits. Never throws.
YamlParseResult parseYaml(const QByteArray &data, const QString &path, const YamlLimits &limits = {});

// Reads a file (at most limits.maxBytes) and parses it.
YamlParseResult parseYamlFile(const QString &path, const YamlLimits &limits = {});

} // namespace Phare
