// The layout checks the screen-fit tests rely on (tests/support/layoutcheck.h) find what a user would see
// cut, and only that: each kind of problem is built on purpose in a small window, next to its fix.
#include "layoutcheck.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

using Phare::Test::layoutProblems;

namespace {

const QString longText =
    QStringLiteral("Vos clients peuvent-ils payer en ligne, suivre leur commande et vous écrire après la livraison ?");

// A shown window of a fixed size, whose contents the test adds.
struct SmallWindow
{
    QWidget window;
    QVBoxLayout *layout = new QVBoxLayout(&window);

    SmallWindow() { window.setFixedSize(300, 200); }
    bool show()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

} // namespace

class TestGuiLayoutCheck : public QObject
{
    Q_OBJECT

private slots:
    void wrappedLabelFits();
    void labelWithoutWrapIsCut();
    void narrowButtonIsCut();
    void horizontalScrollBarIsSeen();
    void elidedItemIsSeen();
    void widgetOutsideTheWindowIsSeen();
    void windowLargerThanTheScreenIsSeen();
    void screenCasesAreTheLogicalSizes();
};

void TestGuiLayoutCheck::wrappedLabelFits()
{
    SmallWindow small;
    auto *label = new QLabel(longText);
    label->setWordWrap(true);
    small.layout->addWidget(label);
    QVERIFY(small.show());
    QCOMPARE(layoutProblems(&small.window), QStringList());
}

void TestGuiLayoutCheck::labelWithoutWrapIsCut()
{
    SmallWindow small;
    small.layout->addWidget(new QLabel(longText));
    QVERIFY(small.show());
    const QStringList problems = layoutProblems(&small.window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("QLabel")) &&
                 problems.first().contains(QStringLiteral("Vos clients")),
             qPrintable(problems.first()));
}

void TestGuiLayoutCheck::narrowButtonIsCut()
{
    SmallWindow small;
    auto *button = new QPushButton(QStringLiteral("&Enregistrer l'autodiagnostic sous un autre nom"));
    button->setMaximumWidth(120);
    auto *fits = new QPushButton(QStringLiteral("&OK"));
    small.layout->addWidget(button);
    small.layout->addWidget(fits);
    QVERIFY(small.show());
    const QStringList problems = layoutProblems(&small.window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("\"Enregistrer l'autodiagnostic")), qPrintable(problems.first()));
}

void TestGuiLayoutCheck::horizontalScrollBarIsSeen()
{
    SmallWindow small;
    auto *scroll = new QScrollArea;
    scroll->setWidget(new QLabel(longText));
    small.layout->addWidget(scroll);
    QVERIFY(small.show());
    QStringList problems = layoutProblems(&small.window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("horizontal scroll bar")), qPrintable(problems.first()));

    // The same content with the bar turned off is cut off all the same.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QTest::qWait(20);
    problems = layoutProblems(&small.window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("cut off")), qPrintable(problems.first()));

    // Wrapped and resized with the area, it fits.
    auto *label = qobject_cast<QLabel *>(scroll->widget());
    label->setWordWrap(true);
    scroll->setWidgetResizable(true);
    QTest::qWait(20);
    QCOMPARE(layoutProblems(&small.window), QStringList());
}

void TestGuiLayoutCheck::elidedItemIsSeen()
{
    SmallWindow small;
    auto *list = new QListWidget;
    list->addItems({QStringLiteral("Sauvegardes"), longText});
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    small.layout->addWidget(list);
    QVERIFY(small.show());
    const QStringList problems = layoutProblems(&small.window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("elided or cut")) &&
                 problems.first().contains(QStringLiteral("Vos clients")),
             qPrintable(problems.first()));
}

void TestGuiLayoutCheck::widgetOutsideTheWindowIsSeen()
{
    SmallWindow small;
    auto *button = new QPushButton(QStringLiteral("Suivant"), &small.window);
    QVERIFY(small.show());
    button->setGeometry(250, 150, 100, 30);
    const QStringList problems = layoutProblems(&small.window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("outside the window")), qPrintable(problems.first()));
    button->setGeometry(150, 150, 100, 30);
    QCOMPARE(layoutProblems(&small.window), QStringList());
}

void TestGuiLayoutCheck::windowLargerThanTheScreenIsSeen()
{
    SmallWindow small;
    QVERIFY(small.show());
    QCOMPARE(layoutProblems(&small.window, QSize(300, 200)), QStringList());
    const QStringList problems = layoutProblems(&small.window, QSize(300, 199));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("larger than the 300×199 screen")), qPrintable(problems.first()));
}

void TestGuiLayoutCheck::screenCasesAreTheLogicalSizes()
{
    // 1366×768 at 150 % and 1920×1080 at 200 %, in the pixels a window lays out in.
    QList<QSize> sizes;
    for (const Phare::Test::ScreenCase &screen : Phare::Test::screenCases())
        sizes << screen.logicalSize;
    QCOMPARE(sizes, (QList<QSize>{QSize(1024, 600), QSize(911, 512), QSize(960, 540)}));
}

QTEST_MAIN(TestGuiLayoutCheck)
#include "tst_gui_layoutcheck.moc"
