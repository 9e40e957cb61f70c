// Qt's own combo box interface names it after its current text on Linux (the row's label then only comes
// through a relation, which Orca did not read): a grid row says its row, and its choice as the value.
#include "gridrowaccessible.h"

#include <QAbstractItemView>
#include <QComboBox>

namespace Phare {

namespace {
QAccessibleInterface *gridRowFactory(const QString &className, QObject *object)
{
    auto *combo = qobject_cast<QComboBox *>(object);
    if (combo && className == QLatin1String("QComboBox") && combo->objectName() == QLatin1String("gridRow"))
        return new GridRowAccessible(combo);
    return nullptr;
}
} // namespace

GridRowAccessible::GridRowAccessible(QComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox)
{
    addControllingSignal(QStringLiteral("currentIndexChanged(int)"));
}

void GridRowAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(gridRowFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

QComboBox *GridRowAccessible::combo() const
{
    return static_cast<QComboBox *>(object());
}

QString GridRowAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return combo()->accessibleName();
    case QAccessible::Value:
        return combo()->currentText();
    default:
        return QAccessibleWidget::text(t);
    }
}

QAccessible::State GridRowAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.expandable = true;
    s.expanded = combo()->view()->isVisible();
    s.collapsed = !s.expanded;
    return s;
}

// The list of choices, as Qt's own interface gives it.
int GridRowAccessible::childCount() const
{
    return 1;
}

QAccessibleInterface *GridRowAccessible::child(int index) const
{
    return index == 0 ? QAccessible::queryAccessibleInterface(combo()->view()) : nullptr;
}

int GridRowAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    return child && child->object() == combo()->view() ? 0 : -1;
}

QStringList GridRowAccessible::actionNames() const
{
    return {showMenuAction(), pressAction()};
}

void GridRowAccessible::doAction(const QString &actionName)
{
    if (actionName == showMenuAction() || actionName == pressAction())
        combo()->showPopup();
}

} // namespace Phare
