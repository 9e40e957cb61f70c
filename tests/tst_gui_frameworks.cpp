// The desktop on a framework's content (tests/data/frameworks): a pre-filled "not applicable" is shown selected
// with where it comes from and changed by keyboard; the results say it was pre-filled, leave "don't know" out
// as the content says, and draw no axis for a context dimension.
#include "assessmentdocument.h"
#include "contentloader.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "radarchart.h"
#include "resultspage.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Phare;

namespace {

const QString theme = QStringLiteral("cyber-checkup");

// Saves what the window shows when PHARE_TEST_SCREENSHOTS names a folder: for a person to look at.
void keepScreenshot(QWidget &window, const QString &name)
{
    const QString folder = qEnvironmentVariable("PHARE_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

// Every text of the results page's table of points, row by row.
QStringList contributionTexts(const QStandardItemModel *model)
{
    QStringList out;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(parent); ++c)
                cells.append(model->index(r, c, parent).data().toString());
            out.append(cells.join(QStringLiteral(" | ")));
            walk(model->index(r, 0, parent));
        }
    };
    walk({});
    return out;
}

} // namespace

class TestGuiFrameworks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void prefilledIsShownAndChangedByKeyboard();
    void resultsSayWhatWasLeftOut();

private:
    void open(MainWindow &window, const QSize &size);
    Result<Content> m_content =
        ContentLoader::load({QString::fromUtf8(PHARE_TEST_DATA "/frameworks/cyber-checkup.yaml")});
};

void TestGuiFrameworks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_content.ok(), qPrintable(m_content.errorText()));
}

void TestGuiFrameworks::init()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    Settings::setLanguage(Language::english());
}

void TestGuiFrameworks::cleanup()
{
    QDir(Settings::autosaveFolder()).removeRecursively();
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

void TestGuiFrameworks::open(MainWindow &window, const QSize &size)
{
    Assessment assessment;
    assessment.company.name = QStringLiteral("Atelier Test");
    window.document()->reset(assessment, QString());
    window.document()->setThemes({theme});
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Questions);
    window.questionPage()->showFirst();
}

void TestGuiFrameworks::prefilledIsShownAndChangedByKeyboard()
{
    MainWindow window(m_content.value());
    open(window, QSize(1024, 600));
    AssessmentDocument *document = window.document();
    QuestionPage *page = window.questionPage();
    document->setAnswer(theme, QStringLiteral("machines"), Answer::makeChoice(QStringLiteral("none")));
    page->goTo({theme, QStringLiteral("machines-network")});
    QApplication::processEvents();

    // "Not applicable" is the selected answer, and a line says which answer set it.
    const auto *note = page->answersGroup()->findChild<QLabel *>(QStringLiteral("prefilledNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("Do you run computer-controlled machines?")),
             qPrintable(note->text()));
    QRadioButton *checked = nullptr;
    for (QRadioButton *b : page->answersGroup()->findChildren<QRadioButton *>()) {
        if (b->isChecked())
            checked = b;
    }
    QVERIFY(checked);
    QVERIFY2(checked->accessibleName().contains(QStringLiteral("Not applicable")),
             qPrintable(checked->accessibleName()));
    QVERIFY(checked->accessibleDescription().contains(note->text()));      // heard with the answer
    QVERIFY(!document->answer(theme, QStringLiteral("machines-network"))); // nothing is written for it
    keepScreenshot(window, QStringLiteral("prefilled-1024x600"));

    // The advisor picks "No" by its number: it is the answer now, and the line goes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QTRY_VERIFY(document->answer(theme, QStringLiteral("machines-network")).has_value());
    QCOMPARE(document->answer(theme, QStringLiteral("machines-network"))->choice, QStringLiteral("no"));
    QTRY_VERIFY(!note->isVisible());

    // A question without a pre-fill has no such line.
    page->goTo({theme, QStringLiteral("updates")});
    QApplication::processEvents();
    QVERIFY(!page->answersGroup()->findChild<QLabel *>(QStringLiteral("prefilledNote")));
}

void TestGuiFrameworks::resultsSayWhatWasLeftOut()
{
    MainWindow window(m_content.value());
    open(window, QSize(1366, 768));
    AssessmentDocument *document = window.document();
    document->setAnswer(theme, QStringLiteral("machines"), Answer::makeChoice(QStringLiteral("none")));
    document->setAnswer(theme, QStringLiteral("updates"), Answer::makeDontKnow());
    document->setAnswer(theme, QStringLiteral("backups"), Answer::makeChoice(QStringLiteral("provider")));
    document->setAnswer(theme, QStringLiteral("provider-restore"), Answer::makeChoice(QStringLiteral("partially")));
    window.showPage(MainWindow::Page::Results);
    QApplication::processEvents();
    const ResultsPage *results = window.resultsPage();
    const QString cards = results->cardTexts().join(QLatin1Char('\n'));
    QVERIFY2(cards.contains(QStringLiteral("\"Don't know\" answers to check: 1. They are left out of the score.")),
             qPrintable(cards));
    const QStringList rows = contributionTexts(results->contributions());
    const QString table = rows.join(QLatin1Char('\n'));
    QVERIFY2(table.contains(QStringLiteral("Not applicable (pre-filled from an earlier answer)")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("A provider handles it (left out of the score)")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Context |  | context, not scored | — |")), qPrintable(table));
    // The theme's radar has the two measures as axes, not the context.
    bool themeRadar = false;
    for (const RadarChart *chart : results->findChildren<RadarChart *>()) {
        const QStringList axes = chart->axisLabels();
        for (const QString &axis : axes)
            QVERIFY2(!axis.startsWith(QStringLiteral("Context")), qPrintable(axes.join(u", ")));
        themeRadar = themeRadar || (axes.size() == 2 && axes[0].startsWith(QStringLiteral("Everyday")) &&
                                    axes[1].startsWith(QStringLiteral("Machines")));
    }
    QVERIFY(themeRadar);
    keepScreenshot(window, QStringLiteral("results-1366x768"));
}

QTEST_MAIN(TestGuiFrameworks)
#include "tst_gui_frameworks.moc"
