// Loads the content (questionnaires and catalogues) from YAML files, checking each file and the
// references between them.
#pragma once

#include "content.h"
#include "contentlimits.h"
#include "diagnostic.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

// A content file held in memory: its name (for messages) and its bytes.
struct ContentSource
{
    QString path;
    QByteArray data;
};

struct ContentLoadOptions
{
    // Missing translations and other warnings become errors.
    bool strict = false;
    // Catalogues to resolve references against when the files loaded hold none of that kind.
    const Content *fallback = nullptr;
};

class ContentLoader final
{
public:
    // Loads files and folders (every *.yaml below a folder), checks each file and the references
    // between them, and reports every problem at once: a failure carries every error (and the
    // warnings), a success its warnings.
    static Result<Content> load(const QStringList &paths, const ContentLoadOptions &options = {});
    // The same checks on files already in memory (the fuzz targets feed bytes here).
    static Result<Content> loadData(const QList<ContentSource> &sources, const ContentLoadOptions &options = {});
};

} // namespace Phare
