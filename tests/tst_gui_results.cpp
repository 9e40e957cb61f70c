// The results and recommendations pages as a user meets them: a partial assessment says what it covers,
// comparisons keep to what both assessments cover, the pages fit small screens, and the keyboard and a
// screen reader (through QAccessible) can walk them.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "focusring.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "radarchart.h"
#include "recommendationspage.h"
#include "resultspage.h"
#include "scoretablemodel.h"
#include "settings.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
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

// Every accessible object under root, depth first, as a screen reader walks them.
void collect(QAccessibleInterface *root, QList<QAccessibleInterface *> &out)
{
    for (int i = 0; i < root->childCount(); ++i) {
        if (QAccessibleInterface *child = root->child(i)) {
            out.append(child);
            collect(child, out);
        }
    }
}

struct Heard
{
    // Guarded: a page rebuilds its parts, and an event's object may be gone when the test reads it.
    QPointer<QObject> object;
    QAccessible::Event type;
};
QList<Heard> g_events;

void recordEvent(QAccessibleEvent *event)
{
    g_events.append({event->object(), event->type()});
}

} // namespace

class TestGuiResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void partialResultsSayWhatWasAssessed();
    void partialResultsInFrench();
    void comparisonKeepsToCommonThemes();
    void tabLeavesTheScoreTable();
    void scoreCellsSayTheirColumn();
    void overallScoreIsTheFirstNamedStop();
    void focusedChartShowsARing();
    void pagesFitSmallScreens_data();
    void pagesFitSmallScreens();
    void recommendationsExposeHeadingsListsAndLinks();
    void linksOpenOnlyWhenActivated();
    void filterIsNamedAndItsChangeAnnounced();

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
    Settings::setLanguage(Language::english());
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

void TestGuiResults::partialResultsInFrench()
{
    MainWindow window(m_content.value());
    window.show();
    window.setLanguage(Language::french());
    QVERIFY(window.openFile(example));
    keepAnswersOf(window.document(), {QStringLiteral("cybersecurity")});
    window.showPage(MainWindow::Page::Results);
    const QString summary = window.resultsPage()->summary()->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Score global\u00a0: ")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("sur 1 thème sur 4")), qPrintable(summary));
    QVERIFY2(window.resultsPage()->charts().first()->axisLabels().join(u'|').contains(QStringLiteral("non évalué")),
             qPrintable(window.resultsPage()->charts().first()->axisLabels().join(u'|')));
    QVERIFY(!window.resultsPage()->cardTexts().join(u'\n').contains(QStringLiteral("Points faibles\u00a0:\naucun")));
    // The weights of the computation follow the language: 1,5 not 1.5.
    QStandardItemModel *how = window.resultsPage()->contributions();
    for (int t = 0; t < how->rowCount(); ++t) {
        const QModelIndex theme = how->index(t, 0);
        for (int d = 0; d < how->rowCount(theme); ++d) {
            const QString weight = how->index(d, 3, theme).data().toString();
            QVERIFY2(!weight.contains(u'.'), qPrintable(weight));
            for (int q = 0; q < how->rowCount(how->index(d, 0, theme)); ++q) {
                const QString points = how->index(q, 4, how->index(d, 0, theme)).data().toString();
                QVERIFY2(!points.contains(u'.'), qPrintable(points));
            }
        }
    }
    window.setLanguage(Language::english());
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
    QVERIFY2(summary.contains(QStringLiteral("on the theme assessed in both: %1 now, %1 then")
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

void TestGuiResults::focusedChartShowsARing()
{
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Results);
    RadarChart *chart = window.resultsPage()->charts().first();
    QTRY_VERIFY(chart->isVisible());
    // A highlight that hardly stands out (a pale theme): the ring is the page's ring colour, darkened
    // until it stands out 3:1 against the window and the fields, like the question page's.
    QPalette pale = chart->palette();
    pale.setColor(QPalette::Highlight, QColor(0xdd, 0xe8, 0xf4));
    chart->setPalette(pale);
    const QRgb highlight = FocusRing::ringColor(chart->palette()).rgb();
    QVERIFY(highlight != pale.color(QPalette::Highlight).rgb());
    QVERIFY(FocusRing::contrast(QColor(highlight), pale.color(QPalette::Window)) >= 3.0);
    const auto ringAt = [chart](int x, int y) {
        return chart->grab().toImage().pixel(x, y);
    };
    QVERIFY(ringAt(1, chart->height() / 2) != highlight);
    chart->setFocus();
    QTRY_VERIFY(chart->hasFocus());
    // 2 px in that colour all round, at the edge and one pixel in.
    for (const QPoint &at :
         {QPoint(1, chart->height() / 2), QPoint(chart->width() / 2, 0),
          QPoint(chart->width() - 2, chart->height() / 2), QPoint(chart->width() / 2, chart->height() - 1)})
        QCOMPARE(ringAt(at.x(), at.y()), highlight);
}

void TestGuiResults::pagesFitSmallScreens_data()
{
    QTest::addColumn<QSize>("size");
    for (const Test::ScreenCase &screen : Test::screenCases())
        QTest::newRow(qPrintable(screen.name)) << screen.logicalSize;
}

void TestGuiResults::pagesFitSmallScreens()
{
    QFETCH(QSize, size);
    MainWindow window(m_content.value());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(Language::french()); // the longer texts
    QVERIFY(window.openFile(example));
    const auto check = [&](const char *what) {
        QApplication::processEvents();
        // The window's own minimum (set by its other pages) is the window's fit test's business.
        const QStringList problems = Test::layoutProblems(&window);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), problems.join(u'\n'))));
    };
    window.showPage(MainWindow::Page::Results);
    check("results");
    // Every chart keeps a readable size or gives way to its table.
    for (RadarChart *chart : window.resultsPage()->charts()) {
        if (chart->isVisible())
            QVERIFY(chart->width() >= RadarChart::readableWidth());
    }
    window.resultsPage()->setTablesShown(true);
    check("results as tables");
    window.resultsPage()->setTablesShown(false);
    Assessment earlier = window.document()->assessment();
    for (auto theme = earlier.themes.begin(); theme != earlier.themes.end(); ++theme) {
        if (theme.key() != u"cybersecurity" && theme.key() != u"profile")
            theme->answers.clear();
    }
    window.document()->setComparison(earlier, QStringLiteral("l'évaluation de mars"));
    check("results, comparing");
    keepAnswersOf(window.document(), {QStringLiteral("cybersecurity")});
    window.showPage(MainWindow::Page::Results);
    check("partial results, comparing");
    window.showPage(MainWindow::Page::Recommendations);
    check("recommendations");
    window.recommendationsPage()->setThemeFilter(QStringLiteral("cybersecurity"));
    check("recommendations, one theme");
    window.setLanguage(Language::english());
}

void TestGuiResults::recommendationsExposeHeadingsListsAndLinks()
{
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Recommendations);
    RecommendationsPage *page = window.recommendationsPage();
    QList<QAccessibleInterface *> all;
    collect(QAccessible::queryAccessibleInterface(page), all);
    QStringList headings;
    int lists = 0;
    int items = 0;
    int links = 0;
    for (QAccessibleInterface *a : std::as_const(all)) {
        // What the page's advice shows (the filter's drop-down list is a list of its own).
        if (!a->object() || !a->object()->property("phareAccessibleRole").isValid())
            continue;
        switch (a->role()) {
        case QAccessible::Heading:
            headings.append(a->text(QAccessible::Name));
            break;
        case QAccessible::List:
            ++lists;
            QVERIFY(!a->text(QAccessible::Name).isEmpty());
            break;
        case QAccessible::ListItem:
            ++items;
            QVERIFY(a->state().focusable);
            QVERIFY(!a->text(QAccessible::Name).isEmpty());
            break;
        case QAccessible::Link:
            ++links;
            QVERIFY(a->state().focusable);
            QVERIFY(!a->text(QAccessible::Name).isEmpty());
            QVERIFY2(a->text(QAccessible::Description).contains(QStringLiteral("https://")),
                     qPrintable(a->text(QAccessible::Description)));
            QVERIFY(a->actionInterface() &&
                    a->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
            break;
        default:
            break;
        }
    }
    QVERIFY2(headings.contains(QStringLiteral("Action plan")), qPrintable(headings.join(u'|')));
    QVERIFY(headings.contains(QStringLiteral("White-paper chapters to read")));
    QVERIFY(headings.contains(QStringLiteral("Use cases for a firm like yours")));
    QVERIFY(lists >= 3);
    QVERIFY(items >= page->actionItems().size());
    QVERIFY2(links >= 5, qPrintable(QString::number(links)));
    // No focusable object without a name on the page.
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QVERIFY2(!QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).trimmed().isEmpty(),
                 w->metaObject()->className());
    }
}

void TestGuiResults::linksOpenOnlyWhenActivated()
{
    QList<QUrl> opened;
    RecommendationsPage::setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Recommendations);
    QWidget *link = window.recommendationsPage()->findChild<QWidget *>(QStringLiteral("link"));
    QVERIFY(link);
    const QString address = link->toolTip();
    link->setFocus();
    QTRY_VERIFY(link->hasFocus());
    QVERIFY(opened.isEmpty()); // focus alone opens nothing
    // The address is copied by keyboard.
    QTest::keySequence(link, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), address);
    QVERIFY(opened.isEmpty());
    QTest::keyClick(link, Qt::Key_Return);
    QCOMPARE(opened, QList<QUrl>{QUrl(address)});
    // A screen reader's "press" opens it too.
    QAccessible::queryAccessibleInterface(link)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(opened.size(), 2);
    RecommendationsPage::setLinkOpener({});
}

void TestGuiResults::filterIsNamedAndItsChangeAnnounced()
{
    MainWindow window(m_content.value());
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Recommendations);
    auto *filter = window.recommendationsPage()->findChild<QComboBox *>();
    QVERIFY(filter);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(filter);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Show recommendations for"));
    QCOMPARE(iface->text(QAccessible::Value), filter->currentText());

    // Under xcb with AT-SPI the bridge is active once the event loop has run: wait for it.
    if (QGuiApplication::platformName() != u"offscreen")
        QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 30000);
    g_events.clear();
    // As when a screen reader listens: events are sent only then.
    QAccessible::setActive(true);
    QAccessible::installUpdateHandler(recordEvent);
    window.recommendationsPage()->setThemeFilter(QStringLiteral("cybersecurity"));
    const bool listening = QAccessible::isActive();
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::setActive(false);
    QCOMPARE(iface->text(QAccessible::Value), filter->currentText());
    const QString status = window.recommendationsPage()->status();
    QVERIFY2(status.contains(filter->currentText()) && status.contains(QStringLiteral("action")), qPrintable(status));
    QCOMPARE(QAccessible::queryAccessibleInterface(
                 window.recommendationsPage()->findChild<QLabel *>(QStringLiteral("filterStatus")))
                 ->text(QAccessible::Name),
             status);
    // Qt sends events only when a platform bridge listens (xcb with AT-SPI, as in ctest
    // atspi_value_events_results); the offscreen platform has none.
    if (QGuiApplication::platformName() == u"offscreen" && !listening)
        return;
    QVERIFY(listening);
    const bool valueAnnounced = std::any_of(g_events.cbegin(), g_events.cend(), [filter](const Heard &e) {
        return e.object == filter && e.type == QAccessible::ValueChanged;
    });
    QVERIFY(valueAnnounced);
    const bool statusAnnounced = std::any_of(g_events.cbegin(), g_events.cend(), [](const Heard &e) {
        return e.object && e.object->objectName() == u"filterStatus" && e.type == QAccessible::NameChanged;
    });
    QVERIFY(statusAnnounced);
}

QTEST_MAIN(TestGuiResults)
#include "tst_gui_results.moc"
