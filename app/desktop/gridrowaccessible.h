// What assistive technology reads on a grid row's drop-down: the row as its name, the choice as its value.
#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleWidget>

class QComboBox;

namespace Phare {

class GridRowAccessible final : public QAccessibleWidget
{
public:
    explicit GridRowAccessible(QComboBox *combo);

    // Makes every QComboBox named "gridRow" use this interface (once per program).
    static void install();

    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

private:
    QComboBox *combo() const;
};

} // namespace Phare
