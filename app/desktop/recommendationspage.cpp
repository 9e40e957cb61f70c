// Builds the advice as widgets: headings, lists and one focusable item per action; content text is
// shown as plain text, never as markup.
#include "recommendationspage.h"

#include "assessmentdocument.h"
#include "evaluation.h"
#include "uitext.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Phare {

namespace {

// A label that assistive technology reads as a heading of the given level.
class HeadingLabel final : public QLabel
{
public:
    HeadingLabel(const QString &text, int level, QWidget *parent) : QLabel(text, parent)
    {
        setObjectName(QStringLiteral("heading%1").arg(level));
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * (level == 2 ? 1.35 : 1.12));
        setFont(f);
        setAccessibleName(text);
        setProperty("headingLevel", level);
    }
};

class AccessibleHeading final : public QAccessibleWidget
{
public:
    explicit AccessibleHeading(QWidget *w) : QAccessibleWidget(w, QAccessible::Heading) {}
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *headingFactory(const QString &, QObject *object)
{
    if (auto *label = qobject_cast<QLabel *>(object); label && label->property("headingLevel").isValid())
        return new AccessibleHeading(label);
    return nullptr;
}

QLabel *paragraph(const QString &text, QWidget *parent, bool small = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (small) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        label->setFont(f);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    return label;
}

QString bulletList(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out += QStringLiteral("• ") + item + QLatin1Char('\n');
    out.chop(1);
    return out;
}

QFrame *card(QWidget *parent, bool focusable)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("recommendationItem"));
    frame->setFrameShape(QFrame::StyledPanel);
    if (focusable)
        frame->setFocusPolicy(Qt::StrongFocus);
    // A visible focus: 2 px in the highlight colour, against the panel's thin border.
    frame->setStyleSheet(QStringLiteral("QFrame#recommendationItem { border: 1px solid palette(mid); border-radius: "
                                        "4px; } QFrame#recommendationItem:focus { border: 2px solid "
                                        "palette(highlight); }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    return frame;
}

} // namespace

RecommendationsPage::RecommendationsPage(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    static const bool installed = [] {
        QAccessible::installFactory(headingFactory);
        return true;
    }();
    Q_UNUSED(installed);
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filterLabel->setBuddy(m_filter);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addStretch(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_scroll);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RecommendationsPage::refresh);
    connect(m_document, &AssessmentDocument::evaluationChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void RecommendationsPage::setThemeFilter(const QString &theme)
{
    const int at = m_filter->findData(theme);
    m_filter->setCurrentIndex(std::max(0, at));
}

QList<QWidget *> RecommendationsPage::actionItems() const
{
    return m_actionItems;
}

QString RecommendationsPage::text() const
{
    QStringList out;
    if (!m_body)
        return {};
    for (const QWidget *w : m_body->findChildren<QWidget *>()) {
        if (const auto *label = qobject_cast<const QLabel *>(w))
            out.append(label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            out.append(button->text());
    }
    return out.join(QLatin1Char('\n'));
}

void RecommendationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void RecommendationsPage::refresh()
{
    const Language lang = Ui::language();
    const QString chosen = m_filter->currentData().toString();
    const Content &content = m_document->content();
    {
        const QSignalBlocker block(m_filter);
        m_filterLabel->setText(tr("&Show recommendations for"));
        m_filter->clear();
        m_filter->addItem(tr("All themes"), QString());
        for (const QString &id : m_document->themes()) {
            const Questionnaire *q = content.questionnaire(id);
            if (q && !q->profile)
                m_filter->addItem(q->title.text(lang), id);
        }
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(chosen)));
    }
    const QString theme = m_filter->currentData().toString();
    const Evaluation evaluation = m_document->evaluation();
    const Recommendations &rec = evaluation.recommendations();
    const auto wanted = [&](const QStringList &themes) {
        return theme.isEmpty() || themes.contains(theme);
    };
    const auto themeTitles = [&](const QStringList &ids) {
        QStringList titles;
        for (const QString &id : ids) {
            if (const Questionnaire *q = content.questionnaire(id))
                titles.append(q->title.text(lang));
        }
        return titles.join(QStringLiteral(", "));
    };
    const QString colon = Ui::colon() + QLatin1Char(' ');

    const int scrolled = m_scroll->verticalScrollBar() ? m_scroll->verticalScrollBar()->value() : 0;
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);
    m_actionItems.clear();

    if (rec.profileMissing) {
        auto *box = card(body, false);
        box->layout()->addWidget(paragraph(tr("The business profile is not filled in yet: advice that depends on it "
                                              "(website, customers, platforms, incidents) is left out."),
                                           box));
        auto *answer = new QPushButton(tr("Answer the business &profile"), box);
        connect(answer, &QPushButton::clicked, this, &RecommendationsPage::profileRequested);
        box->layout()->addWidget(answer);
        layout->addWidget(box);
    }

    layout->addWidget(new HeadingLabel(tr("Action plan"), 2, body));
    layout->addWidget(paragraph(tr("At most %1 actions this month, %2 this quarter and %3 this year, ranked by "
                                   "what is at stake, how far you are from the goal, the effort and the legal "
                                   "deadlines.")
                                    .arg(content.plan.now)
                                    .arg(content.plan.next)
                                    .arg(content.plan.later),
                                body, true));
    for (const Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later}) {
        layout->addWidget(new HeadingLabel(Ui::horizonName(static_cast<int>(h)), 3, body));
        int shown = 0;
        for (const PlannedAction &item : rec.plan) {
            if (item.horizon != h || !wanted(item.themes))
                continue;
            ++shown;
            auto *box = card(body, true);
            auto *boxLayout = static_cast<QVBoxLayout *>(box->layout());
            const QString title = QStringLiteral("%1. %2").arg(item.rank).arg(phrased(item.action->text, lang, rec));
            auto *titleLabel = paragraph(title, box);
            QFont bold = titleLabel->font();
            bold.setBold(true);
            titleLabel->setFont(bold);
            boxLayout->addWidget(titleLabel);
            const QString facts = tr("%1 · about %2 h of work").arg(themeTitles(item.themes)).arg(item.action->effort);
            boxLayout->addWidget(paragraph(facts, box, true));
            const QString benefit = phrased(item.action->benefit, lang, rec);
            boxLayout->addWidget(paragraph(benefit, box));
            const QString first = tr("First step") + colon + phrased(item.action->firstStep, lang, rec);
            boxLayout->addWidget(paragraph(first, box));
            QStringList reasons;
            for (const Reason &r : item.reasons)
                reasons.append(r.describe(lang, rec.referenceDate));
            QString why;
            if (!reasons.isEmpty()) {
                why = tr("Based on your answers") + colon + QLatin1Char('\n') + bulletList(reasons);
                boxLayout->addWidget(paragraph(why, box));
            }
            const QString rank = tr("Why this rank") + colon + item.rankExplanation(lang);
            boxLayout->addWidget(paragraph(rank, box, true));
            box->setAccessibleName(title);
            box->setAccessibleDescription(
                QStringList{facts, benefit, first, why, rank}.join(QLatin1Char('\n')).trimmed());
            layout->addWidget(box);
            m_actionItems.append(box);
        }
        if (shown == 0)
            layout->addWidget(paragraph(tr("Nothing for now."), body));
    }

    // The other possibilities: counted, and listed on demand.
    QList<const PlannedAction *> others;
    for (const PlannedAction &item : rec.others) {
        if (wanted(item.themes))
            others.append(&item);
    }
    if (!others.isEmpty()) {
        auto *toggle = new QToolButton(body);
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setText(tr("Other possibilities, for later (%1)").arg(others.size()));
        toggle->setAccessibleName(toggle->text());
        auto *list = new QWidget(body);
        list->setObjectName(QStringLiteral("others"));
        auto *listLayout = new QVBoxLayout(list);
        listLayout->setContentsMargins(16, 0, 0, 0);
        for (const PlannedAction *item : std::as_const(others))
            listLayout->addWidget(
                paragraph(QStringLiteral("%1. %2").arg(item->rank).arg(phrased(item->action->text, lang, rec)), list));
        list->setVisible(false);
        connect(toggle, &QToolButton::toggled, list, [toggle, list](bool open) {
            list->setVisible(open);
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        layout->addWidget(toggle);
        layout->addWidget(list);
    }

    layout->addWidget(new HeadingLabel(tr("White-paper chapters to read"), 2, body));
    int shown = 0;
    for (const ChapterRecommendation &c : rec.chapters) {
        if (!wanted(c.themes))
            continue;
        ++shown;
        auto *box = card(body, true);
        auto *boxLayout = static_cast<QVBoxLayout *>(box->layout());
        const QString title = QStringLiteral("%1. %2").arg(shown).arg(c.chapter->title.text(lang));
        boxLayout->addWidget(new HeadingLabel(title, 3, box));
        const QString summary = phrased(c.chapter->summary, lang, rec);
        boxLayout->addWidget(paragraph(summary, box));
        QStringList actions;
        for (const Action *a : c.actions)
            actions.append(phrased(a->text, lang, rec));
        const QString forActions = tr("For the actions") + colon + QLatin1Char('\n') + bulletList(actions);
        boxLayout->addWidget(paragraph(forActions, box, true));
        QStringList keys;
        for (const LocalizedText &a : c.chapter->keyActions)
            keys.append(phrased(a, lang, rec));
        if (!keys.isEmpty())
            boxLayout->addWidget(paragraph(tr("Key actions") + colon + QLatin1Char('\n') + bulletList(keys), box));
        for (const Reference &r : c.chapter->references) {
            if (r.url.isEmpty()) {
                boxLayout->addWidget(paragraph(tr("Source") + colon + r.title, box, true));
                continue;
            }
            // A real link: reachable with Tab, opened in the browser only when activated.
            auto *link = new QLabel(
                QStringLiteral("<a href=\"%1\">%2</a>").arg(r.url.toHtmlEscaped(), r.title.toHtmlEscaped()), box);
            link->setWordWrap(true);
            link->setTextFormat(Qt::RichText);
            link->setTextInteractionFlags(Qt::TextBrowserInteraction);
            link->setOpenExternalLinks(true);
            link->setToolTip(r.url);
            link->setAccessibleName(r.title);
            link->setAccessibleDescription(r.url);
            boxLayout->addWidget(link);
        }
        box->setAccessibleName(title);
        box->setAccessibleDescription(summary + QLatin1Char('\n') + forActions);
        layout->addWidget(box);
    }
    if (shown == 0)
        layout->addWidget(paragraph(tr("No chapter to recommend yet."), body));

    layout->addWidget(new HeadingLabel(tr("Use cases for a firm like yours"), 2, body));
    shown = 0;
    for (const UseCaseRecommendation &u : rec.useCases) {
        if (!wanted(u.themes))
            continue;
        ++shown;
        const UseCase &uc = *u.useCase;
        auto *box = card(body, true);
        auto *boxLayout = static_cast<QVBoxLayout *>(box->layout());
        const QString title = QStringLiteral("%1. %2").arg(shown).arg(uc.title.text(lang));
        boxLayout->addWidget(new HeadingLabel(title, 3, box));
        const QString description = phrased(uc.description, lang, rec);
        boxLayout->addWidget(paragraph(description, box));
        const QString facts = tr("Effort: %1 · Cost: %2 · First results: %3")
                                  .arg(uc.effort == u"low"      ? tr("low")
                                       : uc.effort == u"medium" ? tr("medium")
                                                                : tr("high"),
                                       uc.cost == u"low"      ? tr("under €1,000")
                                       : uc.cost == u"medium" ? tr("€1,000 to €10,000")
                                                              : tr("over €10,000"),
                                       uc.timeToValue == u"days"    ? tr("within days")
                                       : uc.timeToValue == u"weeks" ? tr("within weeks")
                                                                    : tr("within months"));
        boxLayout->addWidget(paragraph(facts, box, true));
        QStringList actions;
        for (const Action *a : u.actions)
            actions.append(phrased(a->text, lang, rec));
        const QString why = tr("Proposed for") + colon + QLatin1Char('\n') + bulletList(actions);
        boxLayout->addWidget(paragraph(why, box, true));
        box->setAccessibleName(title);
        box->setAccessibleDescription(description + QLatin1Char('\n') + facts + QLatin1Char('\n') + why);
        layout->addWidget(box);
    }
    if (shown == 0)
        layout->addWidget(paragraph(tr("No use case to recommend yet."), body));
    layout->addStretch(1);

    m_scroll->setWidget(body); // deletes the previous body
    m_body = body;
    m_scroll->verticalScrollBar()->setValue(scrolled);
    m_scroll->setAccessibleName(tr("Recommendations"));
}

} // namespace Phare
