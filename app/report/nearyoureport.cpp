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
    // that the roadmap stays on one page; the hours and the venue are one click away. Made-up sample events
    // are said so, once in the heading when they all are.
    bool allSample = true;
    for (const Event *e : matches.upcoming)
        allSample = allSample && e->sample;
    const QString heading =
        allSample ? word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Next events (fictitious examples)"))
                  : word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Next events"));
    QString html = QStringLiteral("<p class=\"small\" style=\"margin-top: 6px; margin-bottom: 0px\"><b>%1</b></p>\n")
                       .arg(escaped(heading));
    for (const Event *e : matches.upcoming) {
        const QString place = e->town.isEmpty() ? NearYouText::where(*e, language) : e->town;
        QString about = place + QStringLiteral(" · ") + NearYouText::price(*e, language);
        if (e->sample && !allSample)
            about += QStringLiteral(" · ") + NearYouText::sample(language);
        html += QStringLiteral("<p class=\"small\" style=\"margin: 0px\">%1 — %2 · %3</p>\n")
                    .arg(escaped(dateInWords(e->startDate, language)), link(e->link, e->title.text(language)),
                         escaped(about));
    }
    return html;
}

QString NearYouReport::whoCanHelpTitle(const Language &language)
{
    return word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Who can help"));
}

QString NearYouReport::whoCanHelpCell(const ActionHelp *help, const Language &language, int most)
{
    if (!help || (help->providers.isEmpty() && help->events.isEmpty()))
        return {};
    // Names only, so that a row of the plan keeps to a line or two; who they are and how to reach them is
    // listed once under the plan (whoIsWho()). Its events are on the roadmap.
    QStringList lines;
    for (const ProviderMatch &m : help->providers) {
        if (lines.size() >= most)
            break;
        const Provider &p = *m.provider;
        lines.append(!p.web.isEmpty() ? link(p.web, p.name) : escaped(p.name));
    }
    if (lines.isEmpty() && !help->events.isEmpty()) {
        const Event &e = *help->events.first();
        lines.append(word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Next event: %1, %2"))
                         .arg(escaped(dateInWords(e.startDate, language)), escaped(e.title.text(language))));
    }
    return lines.join(QStringLiteral("<br/>"));
}

QString NearYouReport::whoIsWho(const QList<const Provider *> &providers, const Language &language)
{
    if (providers.isEmpty())
        return {};
    QString html;
    bool sample = false;
    for (const Provider *p : providers) {
        QString about = NearYouText::status(p->status, language);
        if (p->sample) // made-up sample data is said so wherever it is shown
            about += QStringLiteral(", ") + NearYouText::sample(language);
        sample = sample || p->sample;
        QStringList parts = {QStringLiteral("<b>%1</b> (%2)").arg(escaped(p->name), escaped(about))};
        // Its website and telephone, or its e-mail when it has neither.
        if (!p->web.isEmpty())
            parts.append(
                link(p->web, QString(p->web).remove(QStringLiteral("https://")).remove(QStringLiteral("http://"))));
        if (!p->phone.isEmpty()) // "04 91 00 00 00" never split across lines
            parts.append(escaped(p->phone).replace(QLatin1Char(' '), QChar(0x00a0)));
        if (p->web.isEmpty() && p->phone.isEmpty() && !p->email.isEmpty())
            parts.append(escaped(p->email));
        html +=
            QStringLiteral("<p class=\"small\" style=\"margin: 0px\">%1</p>\n").arg(parts.join(QStringLiteral(" · ")));
    }
    QString note = NearYouText::noEndorsement(language);
    if (sample)
        note += QLatin1Char(' ') + NearYouText::sampleEvents(language);
    return html + QStringLiteral("<p class=\"small muted\" style=\"margin-top: 4px\">%1</p>\n").arg(escaped(note));
}

QString NearYouReport::noEndorsement(const Language &language)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(NearYouText::noEndorsement(language)));
}

} // namespace Phare
