// The "Near you" view (see nearyouview.h).
#include "nearyouview.h"

#include "datetext.h"
#include "nearyoutext.h"
#include "uitext.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Phare {

namespace {

std::function<void(const QUrl &)> &opener()
{
    static std::function<void(const QUrl &)> open;
    return open;
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

NearYouView::NearYouView(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10); // one block per action: a gap between them reads as a new one
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("nearYouTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_layout->addWidget(m_title);
    m_layout->addStretch(); // the parts go above it, so that extra height stays below them
    rebuild();
}

void NearYouView::setUrlOpener(std::function<void(const QUrl &)> open)
{
    opener() = std::move(open);
}

void NearYouView::setMatches(const NearYouMatches &matches)
{
    m_matches = matches;
    rebuild();
}

void NearYouView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QLabel *NearYouView::addText(const QString &html, const QString &objectName)
{
    auto *label = new QLabel(html, this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    // Links are followed only through onLinkActivated: nothing opens by itself, and a click is needed.
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(label, &QLabel::linkActivated, this, &NearYouView::onLinkActivated);
    m_layout->insertWidget(m_layout->count() - 1, label);
    m_parts.append(label);
    return label;
}

void NearYouView::onLinkActivated(const QString &link)
{
    const QUrl url(link);
    // Only web addresses from the content: anything else in a label is not followed.
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return;
    if (opener())
        opener()(url);
    else
        QDesktopServices::openUrl(url);
    emit linkOpened(url);
}

void NearYouView::rebuild()
{
    qDeleteAll(m_parts);
    m_parts.clear();
    const Language language = Ui::language();
    m_title->setText(tr("Near you"));
    if (m_matches.isEmpty()) {
        addText(escaped(tr("No event or provider of the association matches this plan yet.")),
                QStringLiteral("nearYouEmpty"));
        return;
    }
    bool sample = false;
    if (!m_matches.upcoming.isEmpty()) {
        QString html = QStringLiteral("<b>%1</b><ul style=\"margin-top:2px\">").arg(escaped(tr("Next events")));
        for (const Event *e : std::as_const(m_matches.upcoming)) {
            sample = sample || e->sample;
            html += QStringLiteral("<li>%1 — %2<br/>%3 · %4 · %5</li>")
                        .arg(escaped(NearYouText::when(*e, language)), link(e->link, e->title.text(language)),
                             escaped(NearYouText::where(*e, language)), escaped(NearYouText::price(*e, language)),
                             escaped(e->organiser));
        }
        html += QStringLiteral("</ul>");
        addText(html, QStringLiteral("nearYouUpcoming"));
    }
    bool anyProvider = false;
    for (const ActionHelp &help : std::as_const(m_matches.actions)) {
        QString html = QStringLiteral("<b>%1</b>")
                           .arg(escaped(phraseDates(help.action->text.text(language), language, m_matches.from)));
        if (!help.events.isEmpty()) {
            QStringList events;
            for (const Event *e : help.events) {
                sample = sample || e->sample;
                events.append(escaped(NearYouText::when(*e, language)) + QStringLiteral(" — ") +
                              link(e->link, e->title.text(language)));
            }
            html += QStringLiteral("<br/>%1%2 %3")
                        .arg(escaped(tr("Events")), escaped(Ui::colon()), events.join(QStringLiteral(" ; ")));
        }
        if (!help.providers.isEmpty()) {
            anyProvider = true;
            QStringList providers;
            for (const ProviderMatch &m : help.providers) {
                const Provider &p = *m.provider;
                sample = sample || p.sample;
                QStringList about = {NearYouText::status(p.status, language)};
                if (const QString where = NearYouText::coverage(m.coverage, language); !where.isEmpty())
                    about.append(where);
                if (p.sample)
                    about.append(NearYouText::sample(language));
                QString name = p.web.isEmpty() ? escaped(p.name) : link(p.web, p.name);
                QStringList other;
                if (!p.phone.isEmpty())
                    other.append(escaped(p.phone));
                if (!p.email.isEmpty())
                    other.append(escaped(p.email));
                providers.append(
                    QStringLiteral("%1 <i>(%2)</i>%3")
                        .arg(name, escaped(about.join(QStringLiteral(", "))),
                             other.isEmpty() ? QString() : QStringLiteral(" — ") + other.join(QStringLiteral(", "))));
            }
            html += QStringLiteral("<br/>%1%2<ul style=\"margin-top:2px\"><li>%3</li></ul>")
                        .arg(escaped(tr("Who can help")), escaped(Ui::colon()),
                             providers.join(QStringLiteral("</li><li>")));
        }
        addText(html, QStringLiteral("nearYouAction"));
    }
    QStringList notes;
    if (anyProvider)
        notes.append(NearYouText::noEndorsement(language));
    if (sample)
        notes.append(NearYouText::sampleEvents(language));
    if (!notes.isEmpty())
        addText(QStringLiteral("<small>%1</small>").arg(escaped(notes.join(QLatin1Char(' ')))),
                QStringLiteral("nearYouNote"));
}

} // namespace Phare
