// Builds the advice as widgets: headings, lists and one focusable item per action; content text is
// shown as plain text, never as markup.
#include "recommendationspage.h"

#include "assessmentdocument.h"
#include "datetext.h"
#include "decidedplan.h"
#include "evaluation.h"
#include "mainwindow.h"
#include "names.h"
#include "nearyouview.h"
#include "plandecisiondialog.h"
#include "uitext.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Phare {

namespace {

// The role a widget of the page plays for assistive technology (heading, list, list item, link), read by
// the factory below: Qt Widgets has no heading, list or link widget of its own.
const char *const roleProperty = "phareAccessibleRole";
// On an action's card: the action's id, and whether it is one of the advisor's own (Enter opens its form).
const char *const planIdProperty = "pharePlanId";
const char *const planOwnProperty = "pharePlanOwn";

void setRole(QWidget *widget, QAccessible::Role role)
{
    widget->setProperty(roleProperty, static_cast<int>(role));
}

std::function<void(const QUrl &)> &linkOpener()
{
    static std::function<void(const QUrl &)> opener;
    return opener;
}

// A label that assistive technology reads as a heading of the given level.
class HeadingLabel final : public QLabel
{
public:
    HeadingLabel(const QString &text, int level, QWidget *parent) : QLabel(parent)
    {
        // The role first: an interface made on setText (when assistive technology listens) is kept.
        setRole(this, QAccessible::Heading);
        setText(text);
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

// A web address: a focusable link that opens only when activated; Ctrl+C copies its address.
class LinkLabel final : public QLabel
{
public:
    LinkLabel(const QString &title, const QUrl &url, QWidget *parent) : QLabel(parent), m_url(url)
    {
        setRole(this, QAccessible::Link);
        setText(title);
        setObjectName(QStringLiteral("link"));
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setToolTip(url.toString());
    }
    void open() const { RecommendationsPage::openLink(m_url); }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
            open();
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            QGuiApplication::clipboard()->setText(m_url.toString());
            return;
        }
        QLabel::keyPressEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            open();
        QLabel::mouseReleaseEvent(event);
    }

private:
    QUrl m_url;
};

// Names a heading by its text and lets a screen reader activate a link (its "press" action).
class AccessibleRole final : public QAccessibleWidget
{
public:
    AccessibleRole(QWidget *w, QAccessible::Role role) : QAccessibleWidget(w, role) {}
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && role() == QAccessible::Heading)
            return static_cast<QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (role() == QAccessible::Link)
            names.prepend(pressAction());
        return names;
    }
    void doAction(const QString &action) override
    {
        if (role() == QAccessible::Link && action == pressAction())
            static_cast<LinkLabel *>(widget())->open();
        else
            QAccessibleWidget::doAction(action);
    }
};

// The filter as a screen reader needs it: named by its label and its value exposed. Qt's own interface
// names a combo box by its current text on Linux, which hides what it is for.
class AccessibleFilter final : public QAccessibleWidget
{
public:
    explicit AccessibleFilter(QComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox) {}
    QString text(QAccessible::Text t) const override
    {
        const auto *combo = static_cast<const QComboBox *>(widget());
        if (t == QAccessible::Value)
            return combo->currentText();
        if (t == QAccessible::Name && !combo->accessibleName().isEmpty())
            return combo->accessibleName();
        return QAccessibleWidget::text(t);
    }
    QStringList actionNames() const override
    {
        return QStringList{showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
    }
    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            static_cast<QComboBox *>(widget())->showPopup();
        else
            QAccessibleWidget::doAction(action);
    }
};

QAccessibleInterface *roleFactory(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    const QVariant role = object->property(roleProperty);
    if (!role.isValid())
        return nullptr;
    if (auto *combo = qobject_cast<QComboBox *>(object))
        return new AccessibleFilter(combo);
    return new AccessibleRole(static_cast<QWidget *>(object), static_cast<QAccessible::Role>(role.toInt()));
}

// A section's items, read as one list named by its heading.
QWidget *listOf(const QString &name, QWidget *parent)
{
    auto *list = new QWidget(parent);
    setRole(list, QAccessible::List);
    list->setAccessibleName(name);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    return list;
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
    if (focusable) {
        frame->setFocusPolicy(Qt::StrongFocus);
        setRole(frame, QAccessible::ListItem);
    }
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    return frame;
}

// "Cost: free to €300 a year · Time: half a day": what a chapter asks of an owner, on one line; empty when
// the content gives neither.
QString chapterCostAndTime(const Chapter &chapter, const Language &lang)
{
    const QString colon = Ui::colon() + QLatin1Char(' ');
    QStringList parts;
    if (!chapter.cost.isEmpty())
        parts.append(RecommendationsPage::tr("Cost") + colon + chapter.cost.text(lang));
    if (!chapter.duration.isEmpty())
        parts.append(RecommendationsPage::tr("Time") + colon + chapter.duration.text(lang));
    return parts.join(QStringLiteral(" · "));
}

// The chapter's detail, folded under a button so the card stays short: tool examples, a template or a
// checklist to start from, and who to call (the content's providers by name, with their links).
void addChapterDetail(const Chapter &chapter, const Content &content, const Language &lang, const Recommendations &rec,
                      QFrame *box)
{
    const QString colon = Ui::colon() + QLatin1Char(' ');
    auto *detail = new QWidget(box);
    detail->setObjectName(QStringLiteral("chapterDetail"));
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(16, 0, 0, 0);
    layout->setSpacing(4);
    const auto texts = [&](const QList<LocalizedText> &items) {
        QStringList out;
        for (const LocalizedText &t : items)
            out.append(phrased(t, lang, rec));
        return out;
    };
    if (!chapter.freeTools.isEmpty())
        layout->addWidget(paragraph(RecommendationsPage::tr("Free tools") + colon + QLatin1Char('\n') +
                                        bulletList(texts(chapter.freeTools)),
                                    detail));
    if (!chapter.paidTools.isEmpty())
        layout->addWidget(paragraph(RecommendationsPage::tr("Paid tools") + colon + QLatin1Char('\n') +
                                        bulletList(texts(chapter.paidTools)),
                                    detail));
    const ChapterStart &start = chapter.start;
    if (!start.title.isEmpty()) {
        const QString startTitle = RecommendationsPage::tr("To start with") + colon + start.title.text(lang);
        if (start.url.isEmpty()) {
            layout->addWidget(paragraph(startTitle, detail));
        } else {
            auto *link = new LinkLabel(startTitle, QUrl(start.url), detail);
            link->setObjectName(QStringLiteral("chapterDetailLink")); // not one of the chapter's references
            link->setAccessibleName(startTitle);
            link->setAccessibleDescription(
                RecommendationsPage::tr("%1 (Enter opens it in the browser, Ctrl+C copies the address)")
                    .arg(start.url));
            layout->addWidget(link);
        }
        if (!start.steps.isEmpty())
            layout->addWidget(paragraph(bulletList(texts(start.steps)), detail));
    }
    QList<const Provider *> providers;
    for (const SourceRef &ref : chapter.localProviders) {
        if (const Provider *p = content.provider(ref.id))
            providers.append(p);
    }
    if (!providers.isEmpty() || !chapter.localNote.isEmpty())
        layout->addWidget(paragraph(RecommendationsPage::tr("Who to call") + colon, detail));
    for (const Provider *p : std::as_const(providers)) {
        const QString name = p->sample ? RecommendationsPage::tr("%1 (fictitious example)").arg(p->name) : p->name;
        QStringList reach;
        if (!p->phone.isEmpty())
            reach.append(p->phone);
        if (!p->email.isEmpty())
            reach.append(p->email);
        const QString line = reach.isEmpty() ? name : name + QStringLiteral(" — ") + reach.join(QStringLiteral(", "));
        if (p->web.isEmpty()) {
            layout->addWidget(paragraph(QStringLiteral("• ") + line, detail));
            continue;
        }
        auto *link = new LinkLabel(QStringLiteral("• ") + line, QUrl(p->web), detail);
        link->setObjectName(QStringLiteral("chapterDetailLink"));
        link->setAccessibleName(line);
        link->setAccessibleDescription(
            RecommendationsPage::tr("%1 (Enter opens it in the browser, Ctrl+C copies the address)").arg(p->web));
        layout->addWidget(link);
    }
    if (!chapter.localNote.isEmpty())
        layout->addWidget(paragraph(phrased(chapter.localNote, lang, rec), detail, true));
    if (layout->count() == 0) {
        delete detail;
        return;
    }
    auto *toggle = new QToolButton(box);
    toggle->setObjectName(QStringLiteral("chapterDetailToggle"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setText(RecommendationsPage::tr("Tools, a template and who to call"));
    toggle->setAccessibleName(toggle->text());
    detail->setVisible(false);
    QObject::connect(toggle, &QToolButton::toggled, detail, [toggle, detail](bool open) {
        detail->setVisible(open);
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto *boxLayout = static_cast<QVBoxLayout *>(box->layout());
    boxLayout->addWidget(toggle, 0, Qt::AlignLeft);
    boxLayout->addWidget(detail);
}

} // namespace

RecommendationsPage::RecommendationsPage(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    static const bool installed = [] {
        QAccessible::installFactory(roleFactory);
        return true;
    }();
    Q_UNUSED(installed);
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox;
    setRole(m_filter, QAccessible::ComboBox);
    m_filter->setParent(this);
    m_filterLabel->setBuddy(m_filter);
    m_stateLabel = new QLabel(this);
    m_stateFilter = new QComboBox;
    setRole(m_stateFilter, QAccessible::ComboBox); // named by its label, like the theme filter
    m_stateFilter->setParent(this);
    m_stateFilter->setObjectName(QStringLiteral("planStateFilter"));
    m_stateLabel->setBuddy(m_stateFilter);
    m_addAction = new QPushButton(this);
    m_addAction->setObjectName(QStringLiteral("planAddAction"));
    connect(m_addAction, &QPushButton::clicked, this, [this] { editAction(QString(), true); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    setRole(m_status, QAccessible::Notification);
    m_status->setVisible(false); // until there is news
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addSpacing(12);
    top->addWidget(m_stateLabel);
    top->addWidget(m_stateFilter);
    top->addStretch(1);
    top->addWidget(m_addAction);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        announceFilter();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        announceFilter();
    });
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

void RecommendationsPage::openLink(const QUrl &url)
{
    if (linkOpener())
        linkOpener()(url);
    else
        QDesktopServices::openUrl(url);
}

void RecommendationsPage::setLinkOpener(const std::function<void(const QUrl &)> &opener)
{
    linkOpener() = opener;
}

QString RecommendationsPage::status() const
{
    return m_status->text();
}

void RecommendationsPage::announceFilter()
{
    const QString theme = m_filter->currentData().toString();
    const qsizetype actions = m_actionItems.size();
    if (m_document->content().plan.style == PlanStyle::List)
        m_status->setText(theme.isEmpty()
                              ? tr("%n priority measure(s), for all themes.", "", int(actions))
                              : tr("%n priority measure(s) for %1.", "", int(actions)).arg(m_filter->currentText()));
    else if (m_stateFilter->currentIndex() == DecidedState)
        m_status->setText(theme.isEmpty()
                              ? tr("%n action(s) decided, for all themes.", "", int(actions))
                              : tr("%n action(s) decided for %1.", "", int(actions)).arg(m_filter->currentText()));
    else if (m_stateFilter->currentIndex() == ProposedState)
        m_status->setText(
            theme.isEmpty()
                ? tr("%n action(s) still to decide, for all themes.", "", int(actions))
                : tr("%n action(s) still to decide for %1.", "", int(actions)).arg(m_filter->currentText()));
    else
        m_status->setText(theme.isEmpty()
                              ? tr("%n action(s) in the plan, for all themes.", "", int(actions))
                              : tr("%n action(s) in the plan for %1.", "", int(actions)).arg(m_filter->currentText()));
    m_status->setAccessibleName(m_status->text());
    m_status->setVisible(true);
    // The combo box says its new value, and the status its news, to whoever listens.
    QAccessibleValueChangeEvent value(m_filter, m_filter->currentText());
    QAccessible::updateAccessibility(&value);
    QAccessibleEvent named(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent alert(m_status, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
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

QWidget *RecommendationsPage::actionCard(const DecidedAction &item, const DecidedPlan &plan, QWidget *parent)
{
    const Language lang = Ui::language();
    const Recommendations &rec = plan.recommendations();
    const Content &content = m_document->content();
    const QString colon = Ui::colon() + QLatin1Char(' ');
    auto *box = card(parent, true);
    box->setProperty(planIdProperty, item.id);
    box->setProperty(planOwnProperty, item.state == DecidedAction::State::Own);
    box->installEventFilter(this);
    auto *boxLayout = static_cast<QVBoxLayout *>(box->layout());
    // The computed rank stays the number, for reference; an action without one has a dash.
    const QString text = item.text(lang, rec);
    const QString title = item.computedRank > 0 ? QStringLiteral("%1. %2").arg(item.computedRank).arg(text)
                                                : QStringLiteral("– %1").arg(text);
    auto *titleLabel = paragraph(title, box);
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    if (item.state == DecidedAction::State::Declined) {
        QFont struck = bold;
        struck.setStrikeOut(true);
        titleLabel->setFont(struck);
    }
    boxLayout->addWidget(titleLabel);

    // Where it stands: "accepted · who: Marie · due: 31 March 2026 · in progress".
    QStringList parts = {item.stateName(lang)};
    if (!item.who().isEmpty())
        parts.append(tr("who") + colon + item.who());
    if (item.due().isValid())
        parts.append(tr("due") + colon + dateInWords(item.due(), lang));
    if (item.state != DecidedAction::State::Declined && item.state != DecidedAction::State::Proposed)
        parts.append(item.doneOn().isValid() ? tr("done on %1").arg(dateInWords(item.doneOn(), lang))
                                             : DecidedPlan::progressName(item.progress(), lang));
    QString state = parts.join(QStringLiteral(" · "));
    if (item.noLongerSuggested())
        state += QLatin1Char('\n') + tr("No longer suggested by the answers: set it back to proposed to remove it.");
    auto *stateLabel = paragraph(state, box);
    stateLabel->setObjectName(QStringLiteral("planState"));
    boxLayout->addWidget(stateLabel);
    QStringList description = {state};
    if (item.state == DecidedAction::State::Declined && !item.why(lang, rec).isEmpty()) {
        const QString reason = tr("Reason") + colon + item.why(lang, rec);
        boxLayout->addWidget(paragraph(reason, box));
        description.append(reason);
    }
    if (!item.note().isEmpty()) {
        const QString note = tr("Note") + colon + item.note();
        boxLayout->addWidget(paragraph(note, box));
        description.append(note);
    }

    // What the computed plan says about it, for the actions it proposes (not for the declined).
    if (item.planned && item.action && item.state != DecidedAction::State::Declined) {
        const PlannedAction &planned = *item.planned;
        QStringList themes;
        for (const QString &id : planned.themes) {
            if (const Questionnaire *q = content.questionnaire(id))
                themes.append(q->title.text(lang));
        }
        const QString facts =
            tr("%1 · about %2 h of work").arg(themes.join(QStringLiteral(", "))).arg(item.action->effort);
        boxLayout->addWidget(paragraph(facts, box, true));
        const QString benefit = phrased(item.action->benefit, lang, rec);
        boxLayout->addWidget(paragraph(benefit, box));
        const QString first = tr("First step") + colon + phrased(item.action->firstStep, lang, rec);
        boxLayout->addWidget(paragraph(first, box));
        QStringList reasons;
        for (const Reason &r : planned.reasons)
            reasons.append(r.describe(lang, rec.referenceDate));
        QString why;
        if (!reasons.isEmpty()) {
            why = tr("Based on your answers") + colon + QLatin1Char('\n') + bulletList(reasons);
            boxLayout->addWidget(paragraph(why, box));
        }
        const QString rank = tr("Why this rank") + colon + planned.rankExplanation(lang);
        boxLayout->addWidget(paragraph(rank, box, true));
        description += QStringList{facts, benefit, first, why, rank};
    }

    const bool own = item.state == DecidedAction::State::Own;
    auto *decide = new QPushButton(own ? tr("Edit…") : tr("Decide…"), box);
    decide->setObjectName(QStringLiteral("planDecide"));
    decide->setAccessibleName(own ? tr("Edit the action: %1").arg(text) : tr("Decide on the action: %1").arg(text));
    decide->setToolTip(tr("Enter on the action opens it too"));
    const QString id = item.id;
    connect(decide, &QPushButton::clicked, this, [this, id, own] { editAction(id, own); });
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(decide);
    buttonRow->addStretch(1);
    boxLayout->addLayout(buttonRow);

    box->setAccessibleName(title);
    description.removeAll(QString());
    box->setAccessibleDescription(description.join(QLatin1Char('\n')));
    m_actionItems.append(box);
    return box;
}

void RecommendationsPage::editAction(const QString &id, bool own)
{
    const Evaluation evaluation = m_document->evaluation();
    const Recommendations &rec = evaluation.recommendations();
    const bool horizons = rec.style != PlanStyle::List;
    const QDate today = evaluation.assessment().referenceDate();
    PlanDecisionDialog *dialog = nullptr;
    if (own) {
        const QList<OwnAction> &actions = m_document->plan().own;
        const auto found =
            std::find_if(actions.cbegin(), actions.cend(), [&](const OwnAction &a) { return a.id == id; });
        dialog = new PlanDecisionDialog(found == actions.cend() ? std::nullopt : std::optional<OwnAction>(*found),
                                        today, horizons, this);
    } else {
        const DecidedPlan plan(evaluation.content(), evaluation.assessment(), rec);
        QString text = id;
        Horizon proposed = Horizon::Now;
        for (const QList<DecidedAction> *list : {&plan.actions(), &plan.declined()}) {
            for (const DecidedAction &a : *list) {
                if (a.id == id) {
                    text = a.text(Ui::language(), rec);
                    proposed = a.planned ? a.planned->horizon : a.horizon;
                }
            }
        }
        // One of the other possibilities, not decided yet: beyond the plan's caps, so not before the next horizon
        // (as DecidedPlan places it once decided).
        for (const PlannedAction &other : rec.others) {
            if (other.action->id == id && !m_document->plan().actions.contains(id)) {
                text = phrased(other.action->text, Ui::language(), rec);
                proposed = std::max(other.action->earliest, Horizon::Next);
            }
        }
        const auto decision = m_document->plan().actions.constFind(id);
        dialog = new PlanDecisionDialog(
            text, proposed,
            decision == m_document->plan().actions.cend() ? std::nullopt : std::optional<PlanDecision>(*decision),
            today, horizons, this);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(MainWindow::fittedSize(this, QSize(560, 460)));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, own] {
        if (!m_document->isOpen())
            return;
        QString shown = id;
        if (!own)
            m_document->setPlanDecision(id, dialog->decision());
        else if (id.isEmpty())
            shown = m_document->addOwnAction(dialog->ownAction());
        else if (dialog->removeRequested())
            m_document->setOwnAction(id, std::nullopt);
        else
            m_document->setOwnAction(id, dialog->ownAction());
        // The page follows the document (evaluationChanged) while shown; then the keyboard goes on from the
        // action just decided.
        if (!isVisible())
            refresh();
        focusAction(shown);
    });
    dialog->open();
}

void RecommendationsPage::focusAction(const QString &id)
{
    for (QWidget *item : std::as_const(m_actionItems)) {
        if (item->property(planIdProperty).toString() == id) {
            item->setFocus();
            m_scroll->ensureWidgetVisible(item);
            return;
        }
    }
}

bool RecommendationsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on an action of the plan opens its form, as its button does.
    if (event->type() == QEvent::KeyPress && watched->property(planIdProperty).isValid()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editAction(watched->property(planIdProperty).toString(), watched->property(planOwnProperty).toBool());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecommendationsPage::refresh()
{
    const Language lang = Ui::language();
    const QString chosen = m_filter->currentData().toString();
    const Content &content = m_document->content();
    {
        const QSignalBlocker block(m_filter);
        m_filterLabel->setText(tr("&Show recommendations for"));
        // Named by its label, not by its value (which Qt gives as the name otherwise).
        m_filter->setAccessibleName(tr("Show recommendations for"));
        m_filter->clear();
        m_filter->addItem(tr("All themes"), QString());
        for (const QString &id : m_document->themes()) {
            const Questionnaire *q = content.questionnaire(id);
            if (q && !q->profile)
                m_filter->addItem(q->title.text(lang), id);
        }
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(chosen)));
    }
    {
        const QSignalBlocker block(m_stateFilter);
        const int state = std::max(0, m_stateFilter->currentIndex());
        m_stateLabel->setText(tr("A&ctions"));
        m_stateFilter->setAccessibleName(tr("Actions to show"));
        m_stateFilter->clear();
        m_stateFilter->addItems({tr("All"), tr("Decided"), tr("Proposed")});
        m_stateFilter->setCurrentIndex(state);
        m_addAction->setText(tr("&Add an action…"));
        m_addAction->setAccessibleName(tr("Add an action of your own to the plan"));
    }
    const QString theme = m_filter->currentData().toString();
    const Evaluation evaluation = m_document->evaluation();
    const Recommendations &rec = evaluation.recommendations();
    const auto wanted = [&](const QStringList &themes) {
        return theme.isEmpty() || themes.contains(theme);
    };
    const QString colon = Ui::colon() + QLatin1Char(' ');

    const int scrolled = m_scroll->verticalScrollBar() ? m_scroll->verticalScrollBar()->value() : 0;
    auto *body = new QWidget;
    // One style sheet for every card and link: a visible focus, 2 px in the highlight colour.
    body->setStyleSheet(QStringLiteral(
        "QFrame#recommendationItem { border: 1px solid palette(mid); border-radius: 4px; }"
        "QFrame#recommendationItem:focus { border: 2px solid palette(highlight); }"
        "QLabel#link { color: palette(link); text-decoration: underline; border: 2px solid transparent; }"
        "QLabel#link:focus { border-color: palette(highlight); }"));
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

    // A plan written as one list (PlanStyle::List): its priority measures, numbered, without time labels;
    // the other measures after them.
    const bool measures = rec.style == PlanStyle::List;
    if (measures) {
        layout->addWidget(new HeadingLabel(tr("Priority measures"), 2, body));
        layout->addWidget(paragraph(tr("The first measures of the list, in order of priority: the content's own "
                                       "order first, then what is at stake, how far you are from the goal and the "
                                       "effort. The other measures follow them."),
                                    body, true));
    } else {
        layout->addWidget(new HeadingLabel(tr("Action plan"), 2, body));
        layout->addWidget(paragraph(tr("At most %1 actions this month, %2 this quarter and %3 this year, ranked by "
                                       "what is at stake, how far you are from the goal, the effort and the legal "
                                       "deadlines.")
                                        .arg(content.plan.now)
                                        .arg(content.plan.next)
                                        .arg(content.plan.later),
                                    body, true));
    }
    // The decided plan: the computed one with the workshop's decisions, the advisor's own actions, the
    // declined ones apart (docs/assessment-format.md, "The decided plan").
    const DecidedPlan plan(evaluation.content(), evaluation.assessment(), rec);
    const int stateFilter = m_stateFilter->currentIndex();
    const auto shownState = [&](const DecidedAction &a) {
        const bool proposed = a.state == DecidedAction::State::Proposed;
        return stateFilter == AllStates || (stateFilter == ProposedState) == proposed;
    };
    const auto shownTheme = [&](const DecidedAction &a) {
        // An action of one's own or one the answers no longer call for belongs to no theme of the filter.
        return theme.isEmpty() || (a.planned && a.planned->themes.contains(theme));
    };
    const QList<Horizon> horizons =
        measures ? QList<Horizon>{Horizon::Now} : QList<Horizon>{Horizon::Now, Horizon::Next, Horizon::Later};
    for (const Horizon h : horizons) {
        const QString horizon = measures ? tr("Priority measures") : Ui::horizonName(static_cast<int>(h));
        if (!measures)
            layout->addWidget(new HeadingLabel(horizon, 3, body));
        QWidget *list = listOf(horizon, body);
        layout->addWidget(list);
        int shown = 0;
        for (const DecidedAction &item : plan.actions()) {
            if ((!measures && item.horizon != h) || !shownState(item) || !shownTheme(item))
                continue;
            ++shown;
            list->layout()->addWidget(actionCard(item, plan, body));
        }
        if (shown == 0) {
            delete list;
            const QString none = stateFilter == DecidedState    ? tr("Nothing decided here.")
                                 : stateFilter == ProposedState ? tr("Nothing left to decide here.")
                                 : measures                     ? tr("No measure to advise.")
                                                                : tr("Nothing for now.");
            layout->addWidget(paragraph(none, body));
        }
    }
    QList<const DecidedAction *> declined;
    for (const DecidedAction &item : plan.declined()) {
        if (shownState(item) && shownTheme(item))
            declined.append(&item);
    }
    if (!declined.isEmpty()) {
        const QString title = tr("Declined");
        layout->addWidget(new HeadingLabel(title, 3, body));
        QWidget *list = listOf(title, body);
        list->setObjectName(QStringLiteral("declined"));
        for (const DecidedAction *item : std::as_const(declined))
            list->layout()->addWidget(actionCard(*item, plan, body));
        layout->addWidget(list);
    }

    // The other possibilities: counted, and listed on demand.
    QList<const PlannedAction *> others;
    for (const PlannedAction &item : rec.others) {
        // One decided on is in the decided plan above (or among the declined).
        if (wanted(item.themes) && !m_document->plan().actions.contains(item.action->id))
            others.append(&item);
    }
    if (measures && !others.isEmpty()) {
        // Part of the one list, numbered on from the priority measures: shown, not folded away.
        const QString title = tr("Other measures");
        layout->addWidget(new HeadingLabel(title, 2, body));
        QWidget *list = listOf(title, body);
        list->setObjectName(QStringLiteral("others"));
        for (const PlannedAction *item : std::as_const(others))
            list->layout()->addWidget(
                paragraph(QStringLiteral("%1. %2").arg(item->rank).arg(phrased(item->action->text, lang, rec)), list));
        layout->addWidget(list);
    } else if (!others.isEmpty()) {
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
        for (const PlannedAction *item : std::as_const(others)) {
            // One can be taken into the plan (or declined) from here: its own Decide… button.
            const QString text = phrased(item->action->text, lang, rec);
            auto *row = new QHBoxLayout;
            row->addWidget(paragraph(QStringLiteral("%1. %2").arg(item->rank).arg(text), list), 1);
            auto *decide = new QPushButton(tr("Decide…"), list);
            decide->setObjectName(QStringLiteral("planDecideOther"));
            decide->setAccessibleName(tr("Decide on the action: %1").arg(text));
            const QString id = item->action->id;
            connect(decide, &QPushButton::clicked, this, [this, id] { editAction(id, false); });
            row->addWidget(decide, 0, Qt::AlignTop);
            listLayout->addLayout(row);
        }
        list->setVisible(false);
        connect(toggle, &QToolButton::toggled, list, [toggle, list](bool open) {
            list->setVisible(open);
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        layout->addWidget(toggle);
        layout->addWidget(list);
    }

    // Who can help near the firm: the association's next events and providers matched to the plan's
    // actions of now and next (its links open only when activated).
    const NearYouMatches nearYou = NearYou::match(evaluation);
    if (!nearYou.isEmpty()) {
        layout->addWidget(new HeadingLabel(tr("Near you"), 2, body));
        auto *view = new NearYouView(body);
        // The page's own heading stands for the view's title, as for every other part of the page.
        if (auto *title = view->findChild<QLabel *>(QStringLiteral("nearYouTitle")))
            title->hide();
        view->setMatches(nearYou);
        layout->addWidget(view);
    }

    const QString chaptersTitle = tr("White-paper chapters to read");
    layout->addWidget(new HeadingLabel(chaptersTitle, 2, body));
    QWidget *chapters = listOf(chaptersTitle, body);
    layout->addWidget(chapters);
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
        const QString costAndTime = chapterCostAndTime(*c.chapter, lang);
        if (!costAndTime.isEmpty()) {
            QLabel *line = paragraph(costAndTime, box);
            line->setObjectName(QStringLiteral("chapterCostAndTime"));
            boxLayout->addWidget(line);
        }
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
            const QString refTitle = r.title.text(lang);
            if (r.url.isEmpty()) {
                boxLayout->addWidget(paragraph(tr("Source") + colon + refTitle, box, true));
                continue;
            }
            // A real link: reachable with Tab, opened in the browser only when activated.
            auto *link = new LinkLabel(refTitle, QUrl(r.url), box);
            link->setAccessibleName(refTitle);
            link->setAccessibleDescription(
                tr("%1 (Enter opens it in the browser, Ctrl+C copies the address)").arg(r.url));
            boxLayout->addWidget(link);
        }
        addChapterDetail(*c.chapter, evaluation.content(), lang, rec, box);
        box->setAccessibleName(title);
        box->setAccessibleDescription(summary + QLatin1Char('\n') + costAndTime + QLatin1Char('\n') + forActions);
        chapters->layout()->addWidget(box);
    }
    if (shown == 0) {
        delete chapters;
        layout->addWidget(paragraph(tr("No chapter to recommend yet."), body));
    }

    const QString useCasesTitle = tr("Use cases for a firm like yours");
    layout->addWidget(new HeadingLabel(useCasesTitle, 2, body));
    QWidget *useCases = listOf(useCasesTitle, body);
    layout->addWidget(useCases);
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
        const QString effort = uc.effort == u"low" ? tr("low") : uc.effort == u"medium" ? tr("medium") : tr("high");
        // What it costs in euros and how long it takes to set up, on one line; the content's levels when it
        // gives no range (content of an association written before these fields).
        const QString facts =
            !uc.costRange.per.isEmpty() && !uc.setupTime.unit.isEmpty()
                ? tr("Cost: %1 · Set-up: %2 · Effort: %3")
                      .arg(Names::costRange(uc.costRange, lang), Names::setupTime(uc.setupTime, lang), effort)
                : tr("Effort: %1 · Cost: %2 · First results: %3")
                      .arg(effort,
                           uc.cost == u"low"      ? tr("under €1,000")
                           : uc.cost == u"medium" ? tr("€1,000 to €10,000")
                                                  : tr("over €10,000"),
                           uc.timeToValue == u"days"    ? tr("within days")
                           : uc.timeToValue == u"weeks" ? tr("within weeks")
                                                        : tr("within months"));
        auto *factsLabel = paragraph(facts, box, true);
        factsLabel->setObjectName(QStringLiteral("useCaseFacts"));
        boxLayout->addWidget(factsLabel);
        QStringList actions;
        for (const Action *a : u.actions)
            actions.append(phrased(a->text, lang, rec));
        const QString why = tr("Proposed for") + colon + QLatin1Char('\n') + bulletList(actions);
        boxLayout->addWidget(paragraph(why, box, true));
        // Tools and the expected gain, folded: the card stays short until the owner wants the detail.
        QStringList details;
        const auto toolList = [&](const QList<LocalizedText> &tools) {
            QStringList names;
            for (const LocalizedText &tool : tools)
                names.append(tool.text(lang));
            return bulletList(names);
        };
        if (!uc.freeTools.isEmpty())
            details.append(tr("Free tools") + colon + QLatin1Char('\n') + toolList(uc.freeTools));
        if (!uc.paidTools.isEmpty())
            details.append(tr("Paid tools") + colon + QLatin1Char('\n') + toolList(uc.paidTools));
        if (!uc.gain.isEmpty())
            details.append(tr("Expected gain") + colon + uc.gain.text(lang) +
                           (uc.gainSource == u"estimate" ? QStringLiteral(" (%1)").arg(tr("estimate")) : QString()));
        if (!details.isEmpty()) {
            auto *toggle = new QToolButton(box);
            toggle->setObjectName(QStringLiteral("useCaseDetailsToggle"));
            toggle->setCheckable(true);
            toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            toggle->setArrowType(Qt::RightArrow);
            toggle->setText(tr("Tools and expected gain"));
            toggle->setAccessibleName(tr("Tools and expected gain: %1").arg(uc.title.text(lang)));
            auto *detail = new QWidget(box);
            detail->setObjectName(QStringLiteral("useCaseDetails"));
            auto *detailLayout = new QVBoxLayout(detail);
            detailLayout->setContentsMargins(16, 0, 0, 0);
            for (const QString &text : std::as_const(details))
                detailLayout->addWidget(paragraph(text, detail, true));
            if (uc.gainSource.startsWith(u"http")) {
                const QString source = tr("Source of the gain");
                auto *link = new LinkLabel(source, QUrl(uc.gainSource), detail);
                link->setObjectName(QStringLiteral("useCaseGainSource")); // not a chapter's reference ("link")
                link->setAccessibleName(source);
                link->setAccessibleDescription(
                    tr("%1 (Enter opens it in the browser, Ctrl+C copies the address)").arg(uc.gainSource));
                detailLayout->addWidget(link);
            }
            detail->setVisible(false);
            connect(toggle, &QToolButton::toggled, detail, [toggle, detail](bool open) {
                detail->setVisible(open);
                toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            });
            boxLayout->addWidget(toggle);
            boxLayout->addWidget(detail);
        }
        box->setAccessibleName(title);
        box->setAccessibleDescription(description + QLatin1Char('\n') + facts + QLatin1Char('\n') + why);
        useCases->layout()->addWidget(box);
    }
    if (shown == 0) {
        delete useCases;
        layout->addWidget(paragraph(tr("No use case to recommend yet."), body));
    }
    layout->addStretch(1);

    m_scroll->setWidget(body); // deletes the previous body
    m_body = body;
    m_scroll->verticalScrollBar()->setValue(scrolled);
    m_scroll->setAccessibleName(tr("Recommendations"));
}

} // namespace Phare
