// Renders recommendations as an accessible rich-text document; all content text is escaped.
#include "recommendationspage.h"

#include "assessmentdocument.h"
#include "recommender.h"
#include "uitext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Phare {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The answers behind a recommendation, under a "Why" heading.
QString reasonsHtml(const ReasonList &reasons, const QString &lang)
{
    if (reasons.isEmpty())
        return {};
    QString html = QStringLiteral("<p style=\"margin-bottom:0\"><i>%1</i></p><ul style=\"margin-top:0\">")
                       .arg(esc(RecommendationsPage::tr("Based on your answers") + Ui::colon()));
    for (const Reason &r : reasons)
        html += QStringLiteral("<li>%1</li>").arg(esc(r.describe(lang)));
    return html + QStringLiteral("</ul>");
}

} // namespace

RecommendationsPage::RecommendationsPage(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filterLabel->setBuddy(m_filter);
    m_view = new QTextBrowser(this);
    m_view->setOpenExternalLinks(false); // no network: links are shown, not opened
    m_view->setOpenLinks(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addStretch(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RecommendationsPage::refresh);
    connect(m_document, &AssessmentDocument::answersChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void RecommendationsPage::setThemeFilter(const QString &theme)
{
    const int at = m_filter->findData(theme);
    m_filter->setCurrentIndex(std::max(0, at));
}

QString RecommendationsPage::html() const
{
    return m_view->toHtml();
}

void RecommendationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void RecommendationsPage::refresh()
{
    const QString lang = Ui::language();
    const QString chosen = m_filter->currentData().toString();
    {
        const QSignalBlocker block(m_filter);
        m_filterLabel->setText(tr("&Show recommendations for"));
        m_filter->clear();
        m_filter->addItem(tr("All themes"), QString());
        for (const QString &id : m_document->themes())
            m_filter->addItem(m_document->content().questionnaire(id)->title.text(lang), id);
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(chosen)));
    }
    m_view->setAccessibleName(tr("Recommendations"));
    const QString theme = m_filter->currentData().toString();
    const Recommendations rec =
        Recommender::recommend(m_document->content(), m_document->assessment(), m_document->result());
    const auto wanted = [&](const QStringList &themes) {
        return theme.isEmpty() || themes.contains(theme);
    };

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Action plan")));
    for (const Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later}) {
        QString items;
        for (const ActionItem &item : rec.plan) {
            if (item.horizon != h || !wanted({item.questionnaire->id}))
                continue;
            items += QStringLiteral("<li style=\"margin-bottom:8px\"><b>%1</b> <i>(%2 · %3)</i>%4</li>")
                         .arg(esc(item.rule->action.text(lang)), esc(item.questionnaire->title.text(lang)),
                              esc(Ui::priorityName(static_cast<int>(item.priority))), reasonsHtml(item.reasons, lang));
        }
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Ui::horizonName(static_cast<int>(h))));
        html += items.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing for now.")))
                                : QStringLiteral("<ol>%1</ol>").arg(items);
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("White-paper chapters to read")));
    int shown = 0;
    for (const ChapterRecommendation &c : rec.chapters) {
        if (!wanted(c.themes))
            continue;
        ++shown;
        html += QStringLiteral("<h3>%1. %2</h3><p><i>%3</i></p><p>%4</p>")
                    .arg(shown)
                    .arg(esc(c.chapter->title.text(lang)), esc(Ui::priorityName(static_cast<int>(c.priority))),
                         esc(c.chapter->summary.text(lang)));
        html += reasonsHtml(c.reasons, lang);
        QString actions;
        for (const LocalizedText &a : c.chapter->keyActions)
            actions += QStringLiteral("<li>%1</li>").arg(esc(a.text(lang)));
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(esc(tr("Key actions") + Ui::colon()), actions);
        if (!c.chapter->references.isEmpty()) {
            QStringList refs;
            for (const Reference &r : c.chapter->references)
                refs.append(esc(r.title) + (r.url.isEmpty() ? QString() : QStringLiteral(" — ") + esc(r.url)));
            html += QStringLiteral("<p><small>%1 %2</small></p>")
                        .arg(esc(tr("Sources") + Ui::colon()), refs.join(QStringLiteral("; ")));
        }
    }
    if (shown == 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No chapter to recommend yet.")));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Use cases for a firm like yours")));
    shown = 0;
    for (const UseCaseRecommendation &u : rec.useCases) {
        if (!wanted(u.themes))
            continue;
        ++shown;
        const UseCase &uc = *u.useCase;
        html += QStringLiteral("<h3>%1. %2</h3><p>%3</p>")
                    .arg(shown)
                    .arg(esc(uc.title.text(lang)), esc(uc.description.text(lang)));
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("Effort: %1 · Cost: %2 · First results: %3")
                                 .arg(uc.effort == u"low"      ? tr("low")
                                      : uc.effort == u"medium" ? tr("medium")
                                                               : tr("high"),
                                      uc.cost == u"low"      ? tr("under €1,000")
                                      : uc.cost == u"medium" ? tr("€1,000 to €10,000")
                                                             : tr("over €10,000"),
                                      uc.timeToValue == u"days"    ? tr("within days")
                                      : uc.timeToValue == u"weeks" ? tr("within weeks")
                                                                   : tr("within months"))));
        html += reasonsHtml(u.reasons, lang);
    }
    if (shown == 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No use case to recommend yet.")));
    m_view->setHtml(html);
}

} // namespace Phare
