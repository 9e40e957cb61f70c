// The languages Phare speaks: the codes it reads and writes.
#include "language.h"

namespace Phare {

QList<Language> Language::supported()
{
    return {french(), english()};
}

std::optional<Language> Language::fromCode(QStringView code)
{
    // Only the language part counts: "fr_FR", "fr-CA" and "fr_FR.UTF-8" are all French.
    qsizetype end = 0;
    while (end < code.size() && code.at(end).isLetter())
        ++end;
    const QString wanted = code.first(end).toString().toLower();
    for (const Language &language : supported()) {
        if (language.m_code == wanted)
            return language;
    }
    return std::nullopt;
}

Language Language::fromLocale(const QLocale &locale)
{
    return fromCode(QLocale::languageToCode(locale.language())).value_or(fallback());
}

QString Language::nativeName() const
{
    // Written here rather than asked of QLocale, which says "American English" for "en".
    if (isFrench())
        return QStringLiteral("Français");
    if (m_code == u"en")
        return QStringLiteral("English");
    return locale().nativeLanguageName();
}

} // namespace Phare
