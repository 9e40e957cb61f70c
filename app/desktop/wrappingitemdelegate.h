// Tree items whose text wraps onto more lines when their column is narrow, instead of losing its middle.
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Phare {

class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingItemDelegate)

public:
    // The view lays its rows out again when its width changes (row heights follow the wrapping).
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QWidget *m_viewport; // the view's, which lives as long as the view
    int m_width = -1;    // of the viewport when the rows were last laid out
};

} // namespace Phare
