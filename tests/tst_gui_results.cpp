// The results and recommendations pages as a user meets them: a partial assessment says what it covers,
// comparisons keep to what both assessments cover, the pages fit small screens, and the keyboard and a
// screen reader (through QAccessible) can walk them.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "mainwindow.h"
#include "radarchart.h"
#include "recommendationspage.h"
#include "resultspage.h"
#include "scoretablemodel.h"
#include "settings.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Phare;

namespace {

const QString example = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");

// Clears every answer of the themes not kept, as one would by never answering them.
void keepAnswersOf(AssessmentDocument *document, const QStringList &kept)
{
    const Assessment assessment = document->assessment();
    for (auto theme = assessment.themes.cbegin(); theme != assessment.themes.cend(); ++theme) {
        if (kept.contains(theme.key()) || theme.key() == u"profile")
            continue;
        for (auto answer = theme->answers.cbegin(); answer != theme->answers.cend(); ++answer)
            document->setAnswer(theme.key(), answer.key(), std::nullopt);
    }
}

} // namespace

class TestGuiResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void partialResultsSayWhatWasAssessed();
    void comparisonKeepsToCommonThemes();
    void tabLeavesTheScoreTable();
    void scoreCellsSayTheirColumn();
    void overallScoreIsTheFirstNamedStop();

private:
    Result<Content> m_content = BuiltinContent::load();
};

void TestGuiResults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
}

void TestGuiResults::init()
{
    Settings::setLanguage(QStringLiteral("en"));
}

void TestGuiResults::partialResultsSayWhatWasAssessed()
{
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.openFile(example));
    keepAnswersOf(window.document(), {QStringLiteral("cybersecurity")});
    window.showPage(MainWindow::Page::Results);
    ResultsPage *results = window.resultsPage();
    const QString summary = results->summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("on 1 of 4 themes")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("not counted")), qPrintable(summary));

    // The overview radar: the three themes without answers are labelled so, not drawn at 0.
    RadarChart *overview = results->charts().first();
    const QStringList labels = overview->axisLabels();
    QCOMPARE(labels.size(), 4);
    QCOMPARE(labels.filter(QStringLiteral("(not assessed)")).size(), 3);
    for (const QAbstractSeries *series : overview->chart()->series()) {
        const auto *line = static_cast<const QXYSeries *>(series);
        for (const QPointF &point : line->points())
            QVERIFY2(point.y() > 0, "a theme not assessed is drawn at 0");
    }

    // No strengths or gaps for a theme without answers.
    const QStringList cards = results->cardTexts();
    int unanswered = 0;
    for (const QString &card : cards) {
        if (!card.contains(QStringLiteral("no question of this theme is answered")))
            continue;
        ++unanswered;
        QVERIFY2(!card.contains(QStringLiteral("Gaps")), qPrintable(card));
        QVERIFY2(!card.contains(QStringLiteral("Strengths")), qPrintable(card));
    }
    QCOMPARE(unanswered, 3);
    QVERIFY(std::any_of(cards.cbegin(), cards.cend(),
                        [](const QString &c) { return c.startsWith(u"Cybersecurity") && c.contains(u"Gaps"); }));
}

void TestGuiResults::comparisonKeepsToCommonThemes()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(example));
    // The earlier assessment covered cybersecurity only; this one covers all four themes.
    const Assessment full = window.document()->assessment();
    Assessment earlier = full;
    for (auto theme = earlier.themes.begin(); theme != earlier.themes.end(); ++theme) {
        if (theme.key() != u"cybersecurity" && theme.key() != u"profile")
            theme->answers.clear();
    }
    window.document()->setComparison(earlier, QStringLiteral("the March assessment"));
    window.showPage(MainWindow::Page::Results);
    ResultsPage *results = window.resultsPage();
    const QString summary = results->summary()->text();
    const AssessmentResult &now = window.document()->result();
    const ThemeResult *cyber = now.theme(u"cybersecurity");
    QVERIFY(cyber && cyber->score);
    // Both sides of the comparison are the one theme both cover, not 4 themes against 1.
    QVERIFY2(summary.contains(QStringLiteral("on the themes assessed in both (1): %1 now, %1 then")
                                  .arg(QStringLiteral("%1/100").arg(qRound(*cyber->score)))),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("Earlier overall score")), qPrintable(summary));
    // The overview compares only the common theme: the others have no earlier value and no change.
    const ScoreTableModel *overview = results->tables().first();
    for (int row = 0; row < overview->rowCount(); ++row) {
        const bool common = overview->rows()[row].label == cyber->questionnaire->title.en;
        QCOMPARE(overview->rows()[row].earlier.has_value(), common);
        QCOMPARE(overview->index(row, ScoreTableModel::ChangeColumn).data(Qt::UserRole).isValid(), common);
    }

    // Nothing in common: nothing compared.
    Assessment none = full;
    for (auto theme = none.themes.begin(); theme != none.themes.end(); ++theme) {
        if (theme.key() != u"profile")
            theme->answers.clear();
    }
    window.document()->setComparison(none, QStringLiteral("the empty one"));
    QVERIFY2(results->summary()->text().contains(QStringLiteral("nothing to compare")),
             qPrintable(results->summary()->text()));
}

void TestGuiResults::tabLeavesTheScoreTable()
{
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Results);
    window.resultsPage()->setTablesShown(true);
    auto *table = window.resultsPage()->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY2(!table->hasFocus(), "Tab stays inside the table");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY2(!table->hasFocus(), "Shift+Tab stays inside the table");
}

void TestGuiResults::scoreCellsSayTheirColumn()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Results);
    window.resultsPage()->setTablesShown(true);
    auto *table = window.resultsPage()->findChild<QTableView *>();
    QVERIFY(table);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(iface && iface->tableInterface());
    QAccessibleInterface *cell = iface->tableInterface()->cellAt(0, ScoreTableModel::ScoreColumn);
    QVERIFY(cell);
    const QString name = cell->text(QAccessible::Name);
    QVERIFY2(name.startsWith(QStringLiteral("Score: ")) && name.endsWith(QStringLiteral("/100")), qPrintable(name));
}

void TestGuiResults::overallScoreIsTheFirstNamedStop()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Results);
    QLabel *summary = window.resultsPage()->summary();
    QVERIFY(summary->focusPolicy() & Qt::TabFocus);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(summary);
    QVERIFY(iface->text(QAccessible::Name).contains(QStringLiteral("Overall score")));
    // Every stop of the page has a name a screen reader can say; the page itself is not a silent stop.
    for (QWidget *w : window.resultsPage()->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window.resultsPage()) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
    }
}

QTEST_MAIN(TestGuiResults)
#include "tst_gui_results.moc"
