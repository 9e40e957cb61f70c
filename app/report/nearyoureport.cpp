// HTML fragments about local help for the report (see nearyoureport.h).
#include "nearyoureport.h"

#include "datetext.h"
#include "nearyoutext.h"
#include "translator.h"

namespace Phare {

namespace {

QString word(const Language &language, const char *source)
{
    return Translator::forLanguage(language).translate("Phare::NearYouReport", source);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(url), escaped(text));
}

} // namespace

QString NearYouReport::upcomingEvents(const NearYouMatches &matches, const Language &language)
{
    if (matches.upcoming.isEmpty())
        return {};
    // One line an event (its day, its title linked to the page that tells more, its town and price), so
    // that the roadmap stays on one page; the hours and the venue are one click away.
    QString html = QStringLiteral("<p class=\"small\" style=\"margin-top: 6px; margin-bottom: 0px\"><b>%1</b></p>\n")
                       .arg(escaped(word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Next events"))));
    for (const Event *e : matches.upcoming) {
        const QString place = e->town.isEmpty() ? NearYouText::where(*e, language) : e->town;
        html += QStringLiteral("<p class=\"small\" style=\"margin: 0px\">%1 — %2 · %3 · %4</p>\n")
                    .arg(escaped(dateInWords(e->startDate, language)), link(e->link, e->title.text(language)),
                         escaped(place), escaped(NearYouText::price(*e, language)));
    }
    // Sample events (the built-in content's) are said so under the plan table, with the providers.
    return html;
}

QString NearYouReport::whoCanHelpTitle(const Language &language)
{
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Who can help"));
}

QString NearYouReport::whoCanHelpCell(const ActionHelp *help, const Language &language)
{
    if (!help || (help->providers.isEmpty() && help->events.isEmpty()))
        return {};
    // A line a provider, its name linked to its website, with what it is (member, public body): short, so
    // that the plan table keeps to its pages. Its events are on the roadmap; sample data is said so once,
    // under the table.
    QStringList lines;
    for (const ProviderMatch &m : help->providers) {
        const Provider &p = *m.provider;
        const QStringList ways = NearYouText::contact(p);
        const QString name = !p.web.isEmpty() ? link(p.web, p.name)
                             : ways.isEmpty() ? escaped(p.name)
                                              : escaped(p.name + QStringLiteral(" — ") + ways.first());
        lines.append(
            QStringLiteral("%1 <small>(%2)</small>").arg(name, escaped(NearYouText::status(p.status, language))));
    }
    if (lines.isEmpty() && !help->events.isEmpty()) {
        const Event &e = *help->events.first();
        lines.append(word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Next event: %1, %2"))
                         .arg(escaped(dateInWords(e.startDate, language)), escaped(e.title.text(language))));
    }
    return lines.join(QStringLiteral("<br/>"));
}

QString NearYouReport::noEndorsement(const Language &language)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(NearYouText::noEndorsement(language)));
}

} // namespace Phare
