// Wrapped tree items: QTreeView asks an item's size without its column's width, so this delegate gives it.
#include "wrappingitemdelegate.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace Phare {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view), m_view(view), m_viewport(view->viewport())
{
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->viewport()->installEventFilter(this);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Its width on one line, so that the view knows how wide it would like to be.
    opt.rect = QRect();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QSize natural = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), opt.widget);
    int depth = 0;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        ++depth;
    int room = m_view->columnWidth(index.column());
    if (index.column() == 0)
        room -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    if (room <= 0 || natural.width() <= room)
        return natural;
    opt.rect = QRect(0, 0, room, natural.height());
    opt.features |= QStyleOptionViewItem::WrapText;
    const QSize wrapped = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), opt.widget);
    return {natural.width(), std::max(natural.height(), wrapped.height())};
}

bool WrappingItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport as it was taken at the start: the filter also sees the events of a view being destroyed,
    // whose scroll area part is gone already, so the view itself is asked nothing here.
    if (event->type() == QEvent::Resize && watched == m_viewport && m_viewport->width() != m_width) {
        m_width = m_viewport->width();
        // After the header has resized its sections to the new width.
        QTimer::singleShot(0, m_view, [view = m_view] { view->doItemsLayout(); });
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace Phare
