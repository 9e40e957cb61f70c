// Reads a YAML file into a YamlNode tree with positions, refusing what Phare's content never needs.
#pragma once

#include "diagnostic.h"
#include "result.h"
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

// A tree as far as it could be read, with the problems met. parseYaml() refuses a file with any error;
// the content loader reads on past the errors that leave the tree readable (a duplicate key, an anchor,
// a tag...) and checks what it could read, so that an author sees every problem of a file at once.
struct YamlReading
{
    std::optional<YamlNode> root; // absent when the file could not be read as YAML at all
    Diagnostics diagnostics;
};

// Reads one YAML document. Refuses, with a diagnostic each: invalid UTF-8, more than one document,
// anchors and aliases, explicit tags, non-scalar keys, duplicate keys, nesting or size beyond the
// limits. Never throws.
Result<YamlNode> parseYaml(const QByteArray &data, const QString &path, const YamlLimits &limits = {});

// Reads a file (at most limits.maxBytes) and parses it.
Result<YamlNode> parseYamlFile(const QString &path, const YamlLimits &limits = {});

// The same readings, keeping the tree of a file refused for problems that leave it readable.
YamlReading readYaml(const QByteArray &data, const QString &path, const YamlLimits &limits = {});
YamlReading readYamlFile(const QString &path, const YamlLimits &limits = {});

} // namespace Phare
