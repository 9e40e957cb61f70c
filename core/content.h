// Everything Phare knows about: the questionnaires and the catalogues they point to.
#pragma once

#include "catalogue.h"
#include "diagnostic.h"
#include "questionnaire.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

struct Content
{
    QList<Questionnaire> questionnaires;
    QList<Chapter> chapters;
    QList<UseCase> useCases;

    const Questionnaire *questionnaire(QStringView id) const;
    const Chapter *chapter(QStringView id) const;
    const UseCase *useCase(QStringView id) const;
};

struct ContentLoadResult
{
    Content content;
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
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
    // The folder of the content built into the program.
    static QString builtinPath();

    // Loads files and folders (every *.yaml below a folder), checks each file and the references
    // between them, and reports every problem at once.
    static ContentLoadResult load(const QStringList &paths, const ContentLoadOptions &options = {});

    // The built-in content; with strict off. Errors in it are a programming error.
    static ContentLoadResult loadBuiltin();
};

} // namespace Phare
