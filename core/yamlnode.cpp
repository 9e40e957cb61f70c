// Lookups in a YAML tree.
#include "yamlnode.h"

namespace Phare {

const YamlNode *YamlNode::find(QStringView key) const
{
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].name == key)
            return &values[i];
    }
    return nullptr;
}

} // namespace Phare
