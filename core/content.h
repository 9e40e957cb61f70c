// Everything Phare knows about: the questionnaires and the catalogues they point to.
#pragma once

#include "catalogue.h"
#include "diagnostic.h"
#include "questionnaire.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

struct Content
{
    QList<Questionnaire> questionnaires; // the profile (if any) first, then the themes
    QList<Action> actions;
    QList<Chapter> chapters;
    QList<UseCase> useCases;
    PlanSettings plan;

    const Questionnaire *questionnaire(QStringView id) const;
    // The firm profile (Questionnaire::profile), or null when the content has none.
    const Questionnaire *profile() const;
    const Action *action(QStringView id) const;
    const Chapter *chapter(QStringView id) const;
    const UseCase *useCase(QStringView id) const;

    // Builds the lookup tables the scorer and recommender use (each questionnaire's index, and
    // what is derived from the authored fields). Every loader calls it once the content is
    // complete; code that changes a Content afterwards calls it again.
    void buildIndex();
};

struct ContentLoadResult
{
    Content content;
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

// The most Phare reads from content files (docs/security.md): each is far above what real content
// needs, and a file beyond one is refused with an error, so that a hostile file stays cheap to check.
// The YAML reader's own caps (file size, nesting depth, number of entries) are in YamlLimits.
struct ContentLimits
{
    static constexpr int maxFiles = 100;         // .yaml files in one load
    static constexpr int maxDimensions = 50;     // per questionnaire
    static constexpr int maxQuestions = 500;     // per questionnaire, all dimensions together
    static constexpr int maxOptions = 50;        // per question
    static constexpr int maxRows = 50;           // per grid question
    static constexpr int maxLevels = 20;         // per questionnaire
    static constexpr int maxRules = 1000;        // per questionnaire
    static constexpr int maxEntries = 1000;      // actions, chapters or use cases per file
    static constexpr int maxPlanLength = 100;    // actions in one horizon of the plan, chapters, use cases
    static constexpr int maxListItems = 100;     // any other list: key actions, references, sectors, conditions...
    static constexpr int maxTextLength = 10'000; // characters in one text (a title, a help text, a label...)

    // One load: its files together, and the problems listed (per file, then in all; the rest are counted).
    static constexpr qsizetype maxTotalBytes = 8 * 1024 * 1024;
    static constexpr int maxErrorsPerFile = 100;
    static constexpr int maxErrors = 500;
};

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
    // The folder of the content built into the program.
    static QString builtinPath();

    // Loads files and folders (every *.yaml below a folder), checks each file and the references
    // between them, and reports every problem at once.
    static ContentLoadResult load(const QStringList &paths, const ContentLoadOptions &options = {});
    // The same checks on files already in memory (the fuzz targets feed bytes here).
    static ContentLoadResult loadData(const QList<ContentSource> &sources, const ContentLoadOptions &options = {});

    // The built-in content, as phare-contentc checked and compiled it at build time (contentbinary.h);
    // its YAML under builtinPath(), with strict off, if that is missing or refused. Errors in it are a
    // programming error.
    static ContentLoadResult loadBuiltin();
};

} // namespace Phare
