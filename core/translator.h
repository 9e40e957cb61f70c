// Fixed texts in a language chosen by the caller, not the interface's: the report, the rank explanation.
#pragma once

#include "language.h"

#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace Phare {

// Every Qt Linguist catalogue of Phare (phare_core, phare_report, phare_cli, phare) compiled for one
// language, looked up without touching the translators QCoreApplication has installed: a French
// report can be made from an English interface. See docs/translating.md.
class Translator final
{
public:
    // The translator for a language, loaded the first time it is asked for and kept; safe from any thread.
    static const Translator &forLanguage(const Language &language);

    ~Translator();
    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    // The translation of an English source text, or the source when no catalogue translates it.
    // With n >= 0, "%n" (and "%Ln", in the language's way) is replaced by n, as in QObject::tr().
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    // Test hook: a translator asked first by every Translator, whatever its language, so that a test can
    // mark every text looked up here as it marks those of QCoreApplication::translate (the
    // pseudo-translation test). It is not owned; nullptr removes it. Programs never set it.
    static void setOverride(const QTranslator *translator);

    Language language() const { return m_language; }
    // The catalogues found for the language ("phare_core", "phare_report"…); none for English.
    QStringList catalogues() const { return m_catalogues; }

private:
    explicit Translator(const Language &language);

    Language m_language;
    QStringList m_catalogues;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Phare
