// The content built into the programs (questionnaires/, embedded by the build) and how it is read.
// Part of phare_builtin, which links that content: a program or test that reads it links phare_builtin.
#pragma once

#include "content.h"
#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace Phare {

class BuiltinContent final
{
public:
    // The folder of the built-in content's YAML, as it is written (phare-cli validate, the tests).
    static QString yamlPath();
    // Where the build embeds the compiled built-in content (questionnaires/CMakeLists.txt).
    static QString binaryPath();

    // The built-in content, as phare-contentc checked and compiled it at build time (contentbinary.h);
    // its YAML under yamlPath(), with strict off, if that is missing or refused. Errors in it are a
    // programming error.
    static Result<Content> load();
    // The same from the compiled form `binary`; when that is empty or refused, from the YAML, saying
    // why once per process with a warning (stderr). The tests pass damaged forms here.
    static Result<Content> load(QByteArrayView binary);
};

} // namespace Phare
