// HTML fragments about local help for the report (see nearyoureport.h).
#include "nearyoureport.h"

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
    QString html = QStringLiteral("<h3 class=\"next-events\">%1</h3>\n<ul class=\"next-events\">\n")
                       .arg(escaped(word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Next events"))));
    bool sample = false;
    for (const Event *e : matches.upcoming) {
        sample = sample || e->sample;
        html += QStringLiteral("<li><b>%1</b> — %2<br/>%3 · %4 · %5</li>\n")
                    .arg(escaped(NearYouText::when(*e, language)), escaped(e->title.text(language)),
                         escaped(NearYouText::where(*e, language)), escaped(NearYouText::price(*e, language)),
                         link(e->link, e->link));
    }
    html += QStringLiteral("</ul>\n");
    if (sample)
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escaped(NearYouText::sampleEvents(language)));
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
    QStringList lines;
    for (const ProviderMatch &m : help->providers) {
        const Provider &p = *m.provider;
        QString about = NearYouText::status(p.status, language);
        if (p.sample)
            about += QStringLiteral(", ") + NearYouText::sample(language);
        QString line = QStringLiteral("%1 <small>(%2)</small>").arg(escaped(p.name), escaped(about));
        const QStringList ways = NearYouText::contact(p);
        if (!p.web.isEmpty())
            line += QStringLiteral("<br/>") + link(p.web, p.web);
        else if (!ways.isEmpty())
            line += QStringLiteral("<br/>") + escaped(ways.first());
        lines.append(line);
    }
    if (!help->events.isEmpty()) {
        const Event &e = *help->events.first();
        lines.append(word(language, QT_TRANSLATE_NOOP("Phare::NearYouReport", "Next event: %1, %2"))
                         .arg(escaped(NearYouText::when(e, language)), escaped(e.title.text(language))));
    }
    return lines.join(QStringLiteral("<br/>"));
}

QString NearYouReport::noEndorsement(const Language &language)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(NearYouText::noEndorsement(language)));
}

} // namespace Phare
