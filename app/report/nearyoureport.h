// The report's parts about local help, as HTML fragments the report document places: the roadmap page's
// "Next events" and the plan table's "Who can help" cell, with the no-endorsement sentence.
#pragma once

#include "language.h"
#include "nearyou.h"

#include <QString>

namespace Phare {

class NearYouReport final
{
public:
    // "Next events": at most NearYou::maxUpcoming, nearest first, with where, when, price and link; empty when
    // there is none.
    static QString upcomingEvents(const NearYouMatches &matches, const Language &language);
    // The plan table's column title ("Qui peut aider").
    static QString whoCanHelpTitle(const Language &language);
    // One cell of that column: the providers (name, status, first way to reach them) and the next event; empty
    // when nobody is found for the action (help is null).
    static QString whoCanHelpCell(const ActionHelp *help, const Language &language);
    // The sentence printed under the plan table when any provider is named.
    static QString noEndorsement(const Language &language);
};

} // namespace Phare
