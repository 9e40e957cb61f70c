// What a user would see wrong in a window laid out on a small screen: the checks every page's fit test shares.
#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

namespace Phare::Test {

// A screen the desktop must fit, as the size a window gets at 100 %: a scale factor multiplies every
// length, so 1366×768 at 150 % lays out like 911×512, and 1920×1080 at 200 % like 960×540.
struct ScreenCase
{
    QString name;
    QSize logicalSize;
};

// 1024×600 at 100 %, 1366×768 at 150 %, 1920×1080 at 200 %.
QList<ScreenCase> screenCases();

// What a user would see wrong in a shown window, one line per problem naming the widget (its object
// name, class and text):
// - a visible horizontal scroll bar, or a scrolled widget wider than its scroll area with the bar turned off;
// - a visible label, button, check box or radio button whose text needs more room than it has (a line
//   without word wrap wider than the widget, or word-wrapped text taller than the widget);
// - a visible item of a list, tree or table view whose text does not fit what shows of its cell (elided or cut off);
// - a visible widget that lies partly outside the window (scrolled content excepted);
// - with a screen size given (the room the window's contents have), a window larger than that (Qt keeps a window at
// least as large as
//   its layout's minimum, whatever size it was asked for).
QStringList layoutProblems(const QWidget *window, QSize screen = {});

} // namespace Phare::Test
