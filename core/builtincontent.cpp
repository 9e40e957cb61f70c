// Reads the content built into the programs (see builtincontent.h).
#include "builtincontent.h"

#include "contentbinary.h"
#include "contentloader.h"

#include <QCoreApplication>
#include <QResource>

#include <atomic>

namespace Phare {

QString BuiltinContent::yamlPath()
{
    return QStringLiteral(":/questionnaires");
}

QString BuiltinContent::binaryPath()
{
    return QStringLiteral(":/content/builtin.bin");
}

Result<Content> BuiltinContent::load()
{
    // The form phare-contentc compiled from the same YAML at build time (questionnaires/CMakeLists.txt):
    // reading it costs a small part of parsing the YAML. It is stored uncompressed, so no copy is made.
    const QResource compiled(binaryPath());
    const QByteArray bytes = compiled.isValid() ? compiled.uncompressedData() : QByteArray();
    return load(bytes);
}

Result<Content> BuiltinContent::load(QByteArrayView binary)
{
    QString why;
    if (binary.isEmpty()) {
        why = QCoreApplication::translate("Phare::ContentBinary", "it is missing from this build");
    } else {
        Result<Content> compiled = readContentBinary(binary, binaryPath());
        if (compiled.ok())
            return compiled;
        why = compiled.errorText();
    }
    static std::atomic_bool warned = false;
    if (!warned.exchange(true)) {
        qWarning("Phare: the compiled built-in content cannot be used (%s); reading its YAML instead, which is slower",
                 qPrintable(why));
    }
    return ContentLoader::load({yamlPath()});
}

} // namespace Phare
