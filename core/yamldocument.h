// A YAML file read into a plain tree with positions, refusing what Phare's content never needs.
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace Phare {

struct YamlNode;

struct YamlKey
{
    QString name;
    int line = 0;
    int column = 0;
};

struct YamlNode
{
    enum class Type
    {
        Null,
        Scalar,
        Sequence,
        Map
    };

    Type type = Type::Null;
    int line = 0;   // 1-based
    int column = 0; // 1-based
    QString scalar;
    bool quoted = false;         // a quoted scalar is always a string, never a number or a boolean
    std::vector<YamlNode> items; // a sequence's items
    std::vector<YamlKey> keys;   // a map's keys, in file order
    std::vector<YamlNode> values;

    bool isMap() const { return type == Type::Map; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isNull() const { return type == Type::Null; }
    const YamlNode *find(QStringView key) const;
};

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
