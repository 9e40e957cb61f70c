// A text a user reads, in each of Phare's languages.
#pragma once

#include "language.h"

#include <QString>

namespace Phare {

struct LocalizedText
{
    QString fr;
    QString en;

    // The text in the language asked for ("fr" or "en"), or the other one when that one is missing.
    QString text(QStringView language) const
    {
        if (language == u"fr")
            return fr.isEmpty() ? en : fr;
        return en.isEmpty() ? fr : en;
    }
    QString text(const Language &language) const { return text(QStringView(language.code())); }
    bool isEmpty() const { return fr.isEmpty() && en.isEmpty(); }
};

} // namespace Phare
