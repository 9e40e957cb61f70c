// The languages Phare speaks, and the one place that reads and writes their codes ("fr", "en").
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace Phare {

class Language final
{
public:
    static Language french() { return Language(QStringLiteral("fr")); }
    static Language english() { return Language(QStringLiteral("en")); }
    // The language of a text that has none in the language asked for.
    static Language fallback() { return english(); }
    // Every language Phare has translations for, French first.
    static QList<Language> supported();

    // "fr", "FR", "fr_FR", "fr-CA", "en_GB.UTF-8": the language of a code, if Phare speaks it.
    static std::optional<Language> fromCode(QStringView code);
    // The language of a locale if Phare speaks it, else the fallback.
    static Language fromLocale(const QLocale &locale);
    // The language of the system's locale if Phare speaks it, else the fallback.
    static Language system() { return fromLocale(QLocale::system()); }

    QString code() const { return m_code; }
    QLocale locale() const { return QLocale(m_code); }
    // The language's name in itself ("Français", "English"), for a menu that offers it.
    QString nativeName() const;

    bool isFrench() const { return m_code == u"fr"; }
    friend bool operator==(const Language &a, const Language &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Language &a, const Language &b) { return !(a == b); }

private:
    explicit Language(QString code) : m_code(std::move(code)) {}

    QString m_code;
};

} // namespace Phare
