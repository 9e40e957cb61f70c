// A YAML document as a plain tree of maps, lists and scalars, each with its position in the file.
#pragma once

#include <QString>

#include <vector>

namespace Phare {

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

} // namespace Phare
