// The layout checks of tests/support/layoutcheck.h: measured with the widgets' own fonts and styles.
#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

namespace Phare::Test {
namespace {

// Slack for rounding between a font's advance and the integer geometry it is laid out in.
constexpr int tolerance = 1;

QString describe(const QWidget *widget, const QString &text = {})
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    QString shown = text.isEmpty() ? widget->accessibleName() : text;
    shown = shown.simplified();
    if (shown.size() > 60)
        shown = shown.left(57) + QStringLiteral("...");
    if (!shown.isEmpty())
        name += QStringLiteral(" \"%1\"").arg(shown);
    return name;
}

// The text as drawn: "&Suivant" shows "Suivant", "&&" shows "&".
QString withoutMnemonic(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text[i];
    }
    return shown;
}

// Inside the scrolled part of a scroll area, where lying beyond the window is what scrolling is for.
bool isScrolled(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget())) {
            if (area->viewport() == w)
                return true;
        }
    }
    return false;
}

void checkScrollArea(const QAbstractScrollArea *area, QStringList &problems)
{
    if (area->horizontalScrollBar()->isVisible())
        problems << QStringLiteral("%1: shows a horizontal scroll bar").arg(describe(area));
    if (const auto *scroll = qobject_cast<const QScrollArea *>(area)) {
        const QWidget *content = scroll->widget();
        if (content && content->isVisible() && content->width() > scroll->viewport()->width() + tolerance &&
            scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff)
            problems << QStringLiteral("%1: its content is %2 px wide in %3 px, and the rest is cut off")
                            .arg(describe(area))
                            .arg(content->width())
                            .arg(scroll->viewport()->width());
    }
}

void checkLabel(const QLabel *label, QStringList &problems)
{
    if (label->text().isEmpty())
        return;
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + tolerance)
            problems << QStringLiteral("%1: its wrapped text needs %2 px of height, it has %3")
                            .arg(describe(label, label->text()))
                            .arg(needed)
                            .arg(label->height());
        return;
    }
    const QSize needed = label->sizeHint();
    if (needed.width() > label->width() + tolerance)
        problems << QStringLiteral("%1: its text needs %2 px, it has %3 (no word wrap)")
                        .arg(describe(label, label->text()))
                        .arg(needed.width())
                        .arg(label->width());
    else if (needed.height() > label->height() + tolerance)
        problems << QStringLiteral("%1: its text needs %2 px of height, it has %3")
                        .arg(describe(label, label->text()))
                        .arg(needed.height())
                        .arg(label->height());
}

void checkButton(const QAbstractButton *button, QStringList &problems)
{
    if (button->text().isEmpty())
        return;
    int needed = 0;
    if (qobject_cast<const QPushButton *>(button)) {
        // A push button's size hint has a minimum width of its own; what matters is the text, the button
        // margin (both sides together, as QCommonStyle counts it for CT_PushButton) and the frame.
        const QStyle *style = button->style();
        needed = QFontMetrics(button->font()).horizontalAdvance(withoutMnemonic(button->text())) +
                 style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button) +
                 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
    } else {
        needed = button->sizeHint().width();
    }
    if (needed > button->width() + tolerance)
        problems << QStringLiteral("%1: its text needs %2 px, it has %3")
                        .arg(describe(button, withoutMnemonic(button->text())))
                        .arg(needed)
                        .arg(button->width());
}

void checkItem(const QAbstractItemView *view, const QModelIndex &index, QStringList &problems)
{
    // What shows of the cell: a list view's item can be wider than the view, which cuts it off.
    const QRect rect = view->visualRect(index).intersected(view->viewport()->rect());
    if (rect.isEmpty())
        return;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const QVariant fontData = index.data(Qt::FontRole);
    const QFont font = fontData.isValid() ? fontData.value<QFont>() : view->font();
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int needed = 2 * margin;
    for (const QString &line : text.split(QLatin1Char('\n')))
        needed = qMax(needed, QFontMetrics(font).horizontalAdvance(line) + 2 * margin);
    if (!index.data(Qt::DecorationRole).isNull())
        needed += view->iconSize().isValid() ? view->iconSize().width() + margin
                                             : view->style()->pixelMetric(QStyle::PM_SmallIconSize) + margin;
    if (needed > rect.width() + tolerance)
        problems << QStringLiteral("%1: item \"%2\" needs %3 px, it shows in %4 (elided or cut)")
                        .arg(describe(view), text.simplified())
                        .arg(needed)
                        .arg(rect.width());
}

void checkItems(const QAbstractItemView *view, const QModelIndex &parent, int &budget, QStringList &problems)
{
    const QAbstractItemModel *model = view->model();
    const auto *tree = qobject_cast<const QTreeView *>(view);
    for (int row = 0; row < model->rowCount(parent) && budget > 0; ++row, --budget) {
        if (tree && tree->isRowHidden(row, parent))
            continue;
        for (int column = 0; column < model->columnCount(parent); ++column) {
            if (tree && tree->isColumnHidden(column))
                continue;
            checkItem(view, model->index(row, column, parent), problems);
        }
        const QModelIndex first = model->index(row, 0, parent);
        if (tree && tree->isExpanded(first))
            checkItems(view, first, budget, problems);
    }
}

} // namespace

QList<ScreenCase> screenCases()
{
    return {
        {QStringLiteral("1024x600 at 100%"), QSize(1024, 600)},
        {QStringLiteral("1366x768 at 150%"), QSize(911, 512)},
        {QStringLiteral("1920x1080 at 200%"), QSize(960, 540)},
    };
}

QStringList layoutProblems(const QWidget *window, QSize screen)
{
    QStringList problems;
    if (screen.isValid() && (window->width() > screen.width() || window->height() > screen.height()))
        problems << QStringLiteral("%1: the window is %2×%3, larger than the %4×%5 screen")
                        .arg(describe(window))
                        .arg(window->width())
                        .arg(window->height())
                        .arg(screen.width())
                        .arg(screen.height());
    const QRect inside = window->rect();
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (!isScrolled(widget, window)) {
            const QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
            if (!inside.contains(where))
                problems << QStringLiteral("%1: lies partly outside the window (%2,%3 %4×%5 in %6×%7)")
                                .arg(describe(widget))
                                .arg(where.x())
                                .arg(where.y())
                                .arg(where.width())
                                .arg(where.height())
                                .arg(inside.width())
                                .arg(inside.height());
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            checkLabel(label, problems);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            checkButton(button, problems);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (view->model() && !qobject_cast<const QHeaderView *>(view) && !view->property("wordWrap").toBool()) {
                int budget = 2000;
                checkItems(view, view->rootIndex(), budget, problems);
            }
        }
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget))
            checkScrollArea(area, problems);
    }
    return problems;
}

} // namespace Phare::Test
