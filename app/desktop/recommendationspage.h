// The advice: the action plan (now, next, later, or the priority measures of a plan written as one list)
// with each action's reasons, first step and why it ranks where it does; the other possibilities (or
// measures); the white-paper chapters and use cases that support the plan. Built of headings, lists and
// one focusable item per action, so that the keyboard and a screen reader can walk it; filterable by theme.
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QUrl;
class QVBoxLayout;

namespace Phare {

class AssessmentDocument;
class DecidedPlan;
struct DecidedAction;

class RecommendationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationsPage)

public:
    explicit RecommendationsPage(AssessmentDocument *document, QWidget *parent = nullptr);

    void refresh();
    // Empty: all themes.
    void setThemeFilter(const QString &theme);
    // Everything the page shows, as plain text in reading order (headings, items, reasons).
    QString text() const;
    // The focusable items of the plan, in order (one per action).
    QList<QWidget *> actionItems() const;
    // What the page says after the filter changed ("12 actions for Cybersecurity"), also told to
    // assistive technology.
    QString status() const;

    // Opens a web address in the browser, when a link is activated (Enter, Space, a click); tests put
    // their own opener here so that no browser starts. An empty function restores the browser.
    static void openLink(const QUrl &url);
    static void setLinkOpener(const std::function<void(const QUrl &)> &opener);

    // Opens the form of an action of the plan (own: one of the advisor's; an empty id adds one); what the
    // form records is one undoable step.
    void editAction(const QString &id, bool own);

signals:
    // The user asked to answer the firm profile (shown when it is missing).
    void profileRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The filter on the decisions, in the order of its items.
    enum StateFilter
    {
        AllStates,
        DecidedState,
        ProposedState
    };
    // The card of one action of the decided plan: where it stands, what the computed plan says of it, Decide….
    QWidget *actionCard(const DecidedAction &item, const DecidedPlan &plan, QWidget *parent);
    // Puts the keyboard on the card of an action, when it is shown.
    void focusAction(const QString &id);
    // Says what the new filter shows, on screen and to assistive technology.
    void announceFilter();

    AssessmentDocument *m_document;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QLabel *m_stateLabel;
    QComboBox *m_stateFilter;
    QPushButton *m_addAction;
    QLabel *m_status;
    QScrollArea *m_scroll;
    QWidget *m_body = nullptr;
    QList<QWidget *> m_actionItems;
};

} // namespace Phare
