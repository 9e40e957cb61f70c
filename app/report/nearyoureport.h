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
    // One cell of that column, or of the roadmap's "Help available": the names of at most `most` providers,
    // one a line, each linked to its website (whoIsWho() says who they are), or the action's next event when no
    // provider is found; empty when nothing is (help is null).
    static QString whoCanHelpCell(const ActionHelp *help, const Language &language, int most = NearYou::maxProviders);
    // The providers named in the report, each once, one line each (under a heading the report writes): its
    // name, what it is (member, public body, made-up sample) and how to reach it; then the no-endorsement
    // sentence. Empty without providers.
    static QString whoIsWho(const QList<const Provider *> &providers, const Language &language);
    // The sentence printed under the plan table when any provider is named.
    static QString noEndorsement(const Language &language);
};

} // namespace Phare
