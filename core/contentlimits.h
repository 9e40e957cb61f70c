// The most Phare reads from content files, in one place for the loader and the binary reader.
#pragma once

#include <QtGlobal>

namespace Phare {

// The most Phare reads from content files (docs/security.md): each is far above what real content
// needs, and a file beyond one is refused with an error, so that a hostile file stays cheap to check.
// The YAML reader's own caps (file size, nesting depth, number of entries) are in YamlLimits.
struct ContentLimits
{
    static constexpr int maxFiles = 100;         // .yaml files in one load
    static constexpr int maxDimensions = 50;     // per questionnaire
    static constexpr int maxQuestions = 500;     // per questionnaire, all dimensions together
    static constexpr int maxOptions = 500;       // per single-choice question: a long list (101 départements)
    static constexpr int maxShownOptions = 50;   // per checklist or grid question, all on screen at once
    static constexpr int maxRows = 50;           // per grid question
    static constexpr int maxLevels = 20;         // per questionnaire
    static constexpr int maxRules = 1000;        // per questionnaire
    static constexpr int maxEntries = 1000;      // actions, chapters or use cases per file
    static constexpr int maxPlanLength = 100;    // actions in one horizon of the plan, chapters, use cases
    static constexpr int maxListItems = 100;     // any other list: key actions, references, sectors, conditions...
    static constexpr int maxTextLength = 10'000; // characters in one text (a title, a help text, a label...)
    static constexpr int maxIdLength = 128;      // characters in one id (public frameworks' ids can be long)
    static constexpr qsizetype maxLogoBytes = 1024 * 1024; // the organisation's logo, printed on every report

    // One load: its files together, and the problems listed (per file, then in all; the rest are counted).
    static constexpr qsizetype maxTotalBytes = 8 * 1024 * 1024;
    static constexpr int maxErrorsPerFile = 100;
    static constexpr int maxErrors = 500;
};

} // namespace Phare
