// The firm among its peers in the desktop program: the results page's peer bands name the group and its size,
// say when a wider group is used, and are absent without a benchmark; Settings → the benchmark file refuses a
// damaged or foreign file and changes nothing; the content folder's benchmark.json is picked up, the chosen
// one winning; File → Share anonymously… shows what the file will hold, and the file written is that.
#include "assessment.h"
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "mainwindow.h"
#include "messageboxrecorder.h"
#include "names.h"
#include "peeractions.h"
#include "peerband.h"
#include "peerfixture.h"
#include "resultspage.h"
#include "settings.h"
#include "sharedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;

namespace {

const QString example = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiPeers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void bandNamesTheGroupAndItsSize();
    void widerGroupWhenTheFirmsOwnIsTooSmall();
    void nothingChangesWithoutABenchmark();
    void damagedOrForeignBenchmarkChangesNothing_data();
    void damagedOrForeignBenchmarkChangesNothing();
    void contentFolderBenchmarkIsPickedUpTheChosenOneWins();
    void benchmarkChosenFromTheSettingsMenu();
    void sharePreviewHoldsNoFreeTextAndIsWhatIsWritten();
    void shareDialogByKeyboard();

private:
    // A benchmark of synthetic firms like the example's: `own` in its sector and size band, `others` of its
    // size band in retail. Returns its path.
    QString benchmark(int own, int others);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
    int m_benchmarks = 0;
};

void TestGuiPeers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestGuiPeers::init()
{
    Settings::setLanguage(Language::english());
    Settings::setBenchmarkFile(QString());
    QFile::remove(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(QStringLiteral("benchmark.json")));
    QCOMPARE(Settings::effectiveBenchmarkFile(), QString());
}

QString TestGuiPeers::benchmark(int own, int others)
{
    const Result<Assessment> assessment = AssessmentFile::read(example);
    if (!assessment.ok())
        return {};
    const Result<AnonymousAssessment> model = AnonymousFile::make(Evaluation(m_content.value(), *assessment));
    if (!model.ok())
        return {};
    const QString folder = m_dir.filePath(QStringLiteral("shared%1").arg(m_benchmarks++));
    Test::writePeerFiles(*model, model->sector, model->size, own, folder);
    Test::writePeerFiles(*model, QStringLiteral("retail"), model->size, others, folder);
    const QString path = folder + QStringLiteral(".json");
    return Test::buildBenchmark(folder, path) ? path : QString();
}

void TestGuiPeers::bandNamesTheGroupAndItsSize()
{
    const QString path = benchmark(12, 0);
    QVERIFY(!path.isEmpty());
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.openFile(example));
    QVERIFY(window.peers()->useBenchmarkFile(path));
    window.showPage(MainWindow::Page::Results);
    ResultsPage *results = window.resultsPage();

    // The overview and every assessed theme have a band; each names the group and how many firms it has.
    const Evaluation evaluation = window.document()->evaluation();
    int assessed = 0;
    for (const ThemeResult &theme : evaluation.scores().themes)
        assessed += theme.score ? 1 : 0;
    QCOMPARE(results->peerBands().size(), 1 + assessed);
    QTRY_VERIFY(results->peerCaptions().first()->isVisible());
    const QString food = Names::sector(QStringLiteral("food"));
    for (const QLabel *caption : results->peerCaptions()) {
        QVERIFY2(caption->text().startsWith(QStringLiteral("Compared with 12 firms of 0 to 9 employees")),
                 qPrintable(caption->text()));
        QVERIFY2(caption->text().contains(food), qPrintable(caption->text()));
        QVERIFY(caption->isVisible());
    }
    // Per theme and per dimension: the cybersecurity band has its theme and its dimensions, with the firm's
    // own scores, and says them in words for a screen reader.
    const ThemeResult *cyber = evaluation.scores().theme(QStringLiteral("cybersecurity"));
    QVERIFY(cyber && cyber->score);
    const PeerBand *band = nullptr;
    for (const PeerBand *b : results->peerBands()) {
        if (b->accessibleName().startsWith(cyber->questionnaire->title.text(Language::english())))
            band = b;
    }
    QVERIFY(band);
    QCOMPARE(band->rows().first().label, cyber->questionnaire->title.text(Language::english()));
    QCOMPARE(band->rows().first().score, qRound(*cyber->score));
    QCOMPARE(band->rows().size(), 1 + cyber->scoredDimensions().size());
    QVERIFY2(band->accessibleDescription().contains(QStringLiteral("median")),
             qPrintable(band->accessibleDescription()));
    QCOMPARE(band->focusPolicy(), Qt::StrongFocus);

    // The table alternative, like the charts': the same rows, with the quartiles.
    results->setTablesShown(true);
    QVERIFY(!band->isVisible());
    results->setTablesShown(false);
    QVERIFY(band->isVisible());

    // In French, the group in French.
    window.setSessionLanguage(Language::french());
    QVERIFY(window.resultsPage()->peerCaptions().size() > 0);
    const QString french = window.resultsPage()->peerCaptions().first()->text();
    QVERIFY2(french.startsWith(QStringLiteral("Comparé à 12 entreprises de 0 à 9 salariés")), qPrintable(french));
}

void TestGuiPeers::widerGroupWhenTheFirmsOwnIsTooSmall()
{
    // 3 bakeries-like firms and 10 retailers of the same size: the firm's sector is not published (3 < 5),
    // so it is compared with all the firms of its size band, and the page says so.
    const QString path = benchmark(3, 10);
    QVERIFY(!path.isEmpty());
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.openFile(example));
    QVERIFY(window.peers()->useBenchmarkFile(path));
    window.showPage(MainWindow::Page::Results);
    const QList<QLabel *> captions = window.resultsPage()->peerCaptions();
    QVERIFY(!captions.isEmpty());
    for (const QLabel *caption : captions) {
        QVERIFY2(caption->text().startsWith(QStringLiteral("Too few firms of your sector and size")),
                 qPrintable(caption->text()));
        QVERIFY2(caption->text().contains(QStringLiteral("compared with 13 firms of 0 to 9 employees instead")),
                 qPrintable(caption->text()));
        QVERIFY2(!caption->text().contains(Names::sector(QStringLiteral("food"))), qPrintable(caption->text()));
    }
}

void TestGuiPeers::nothingChangesWithoutABenchmark()
{
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Results);
    ResultsPage *results = window.resultsPage();
    QVERIFY(!window.peers()->benchmark());
    QVERIFY(results->peerBands().isEmpty());
    QVERIFY(results->findChildren<QWidget *>(QStringLiteral("peers")).isEmpty());
    const QStringList without = results->cardTexts();

    // With one, then without again: the page is as it was.
    QVERIFY(window.peers()->useBenchmarkFile(benchmark(8, 0)));
    QVERIFY(!results->peerBands().isEmpty());
    QVERIFY(results->cardTexts() != without);
    window.peers()->clearBenchmarkFile();
    QVERIFY(!window.peers()->benchmark());
    QVERIFY(results->peerBands().isEmpty());
    QCOMPARE(results->cardTexts(), without);
}

void TestGuiPeers::damagedOrForeignBenchmarkChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("damaged") << QByteArray("{\"format\": \"phare-benchmark\", \"version\": 1, \"groups\": [");
    QTest::newRow("an assessment") << readAll(example);
    QTest::newRow("empty") << QByteArray();
}

void TestGuiPeers::damagedOrForeignBenchmarkChangesNothing()
{
    QFETCH(QByteArray, bytes);
    const QString good = benchmark(6, 0);
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.json").arg(QString::fromUtf8(QTest::currentDataTag())));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    MainWindow window(m_content.value());
    QVERIFY(window.openFile(example));
    QVERIFY(window.peers()->useBenchmarkFile(good));
    const std::shared_ptr<const Benchmark> before = window.peers()->benchmark();
    Test::MessageBoxRecorder boxes;
    QVERIFY(!window.peers()->useBenchmarkFile(bad));
    // A clear message: which file, why (with its position), and that nothing changed.
    QCOMPARE(boxes.texts().size(), 1);
    const QString text = boxes.texts().first();
    QVERIFY2(text.startsWith(QStringLiteral("This benchmark file cannot be used\n")), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(bad)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(": error: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nothing was changed")), qPrintable(text));
    QCOMPARE(window.peers()->benchmark(), before);
    QCOMPARE(Settings::benchmarkFile(), QFileInfo(good).absoluteFilePath());
}

void TestGuiPeers::contentFolderBenchmarkIsPickedUpTheChosenOneWins()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(folder));
    const QString shipped = QDir(folder).filePath(QStringLiteral("benchmark.json"));
    QVERIFY(QFile::copy(benchmark(7, 0), shipped));
    MainWindow window(m_content.value());
    QVERIFY(window.openFile(example));
    QCOMPARE(window.peers()->benchmarkPath(), shipped);
    QCOMPARE(window.peers()->benchmark()->groups.first().firms, 7);

    const QString chosen = benchmark(9, 0);
    QVERIFY(window.peers()->useBenchmarkFile(chosen));
    QCOMPARE(window.peers()->benchmark()->groups.first().firms, 9);
    MainWindow again(m_content.value()); // the choice is kept for the next start
    QCOMPARE(again.peers()->benchmark()->groups.first().firms, 9);
    // Stop using the chosen one: the content folder's comes back.
    window.peers()->clearBenchmarkFile();
    QCOMPARE(window.peers()->benchmarkPath(), shipped);
    QVERIFY(QFile::remove(shipped));
}

void TestGuiPeers::benchmarkChosenFromTheSettingsMenu()
{
    // The way a user takes: Settings → Choose a benchmark file…, a file picked in the dialog, the bands shown;
    // then Settings → stop using it, and the bands go.
    const QString path = benchmark(8, 0);
    QVERIFY(!path.isEmpty());
    MainWindow window(m_content.value());
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Results);
    QVERIFY(window.resultsPage()->peerBands().isEmpty());
    QAction *choose = window.findChild<QAction *>(QStringLiteral("chooseBenchmarkAction"));
    QAction *clear = window.findChild<QAction *>(QStringLiteral("clearBenchmarkAction"));
    QVERIFY(choose && clear);
    // Both are in the window's menus, where a user finds them.
    QList<QAction *> inMenus;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            inMenus += menu->menu()->actions();
    }
    QVERIFY(inMenus.contains(choose) && inMenus.contains(clear));
    QVERIFY(choose->isEnabled());
    MainWindow::setNextFileName(path);
    choose->trigger();
    QCOMPARE(Settings::benchmarkFile(), QFileInfo(path).absoluteFilePath());
    QTRY_VERIFY(!window.resultsPage()->peerBands().isEmpty());
    QVERIFY2(window.resultsPage()->peerCaptions().first()->text().startsWith(QStringLiteral("Compared with 8 firms")),
             qPrintable(window.resultsPage()->peerCaptions().first()->text()));
    // Cancelling the file dialog changes nothing.
    MainWindow::setNextFileName(QString());
    choose->trigger();
    QCOMPARE(Settings::benchmarkFile(), QFileInfo(path).absoluteFilePath());
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QCOMPARE(Settings::benchmarkFile(), QString());
    QTRY_VERIFY(window.resultsPage()->peerBands().isEmpty());
}

void TestGuiPeers::sharePreviewHoldsNoFreeTextAndIsWhatIsWritten()
{
    MainWindow window(m_content.value());
    QVERIFY(window.openFile(example));
    const Assessment &assessment = window.document()->assessment();
    ShareDialog dialog(window.document()->evaluation(), &window);
    const QString fields = dialog.fieldsView()->toPlainText();
    const QString file = dialog.fileView()->toPlainText();
    QCOMPARE(fields, dialog.fieldsText());
    QVERIFY(!file.isEmpty());
    // The fields in plain words: sector, size band, quarter, no département unless ticked.
    QVERIFY2(fields.contains(QStringLiteral("Sector: ") + Names::sector(QStringLiteral("food"))), qPrintable(fields));
    QVERIFY2(fields.contains(QStringLiteral("Size: 0 to 9 employees")), qPrintable(fields));
    QVERIFY2(fields.contains(QStringLiteral("Département: not shared")), qPrintable(fields));
    QVERIFY(!file.contains(QStringLiteral("departement")));
    // No name, no town, no advisor, no note, in either view.
    QStringList secrets = {assessment.company.name, assessment.company.location};
    if (!assessment.advisor.isEmpty())
        secrets.append(assessment.advisor);
    for (const ThemeAnswers &theme : assessment.themes) {
        for (const QString &note : theme.notes)
            secrets.append(note);
    }
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.size() < 4)
            continue;
        QVERIFY2(!fields.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QVERIFY2(!file.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }

    // Saved (the queued answer stands for the click on Save): the file is the preview, byte for byte.
    const QString path = m_dir.filePath(QStringLiteral("shared.json"));
    MainWindow::setNextAnswer(QMessageBox::Save);
    MainWindow::setNextFileName(path);
    QVERIFY(window.peers()->share());
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
    QCOMPARE(QString::fromUtf8(readAll(path)), file);
    // Cancelled: nothing written.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.json"));
    MainWindow::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.peers()->share());
    QVERIFY(!QFile::exists(cancelled));
    MainWindow::clearQueuedAnswers();
}

void TestGuiPeers::shareDialogByKeyboard()
{
    MainWindow window(m_content.value());
    QVERIFY(window.openFile(example));
    // Marseille has no postal code in the example: a postal code in the location gives the département.
    Company company = window.document()->assessment().company;
    company.location = QStringLiteral("13002 Marseille");
    window.document()->setProfile(company, window.document()->assessment().advisor);
    ShareDialog dialog(window.document()->evaluation(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Fits 1024×600 at 150 % (683×400) and names what a screen reader reads.
    QVERIFY2(dialog.minimumSizeHint().width() <= 683 && dialog.minimumSizeHint().height() <= 400,
             qPrintable(
                 QStringLiteral("%1×%2").arg(dialog.minimumSizeHint().width()).arg(dialog.minimumSizeHint().height())));
    QVERIFY(!dialog.fieldsView()->accessibleName().isEmpty());
    QVERIFY(!dialog.fileView()->accessibleName().isEmpty());
    // Alt+D ticks the département; the file and the words show it at once.
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(dialog.departementCheck()->isChecked()); // a mnemonic clicks after a short animation
    QVERIFY2(dialog.fileText().contains(QStringLiteral("\"departement\": \"13\"")), qPrintable(dialog.fileText()));
    QVERIFY2(dialog.fieldsText().contains(QStringLiteral("Département: 13")), qPrintable(dialog.fieldsText()));
    QVERIFY(!dialog.fileText().contains(QStringLiteral("Marseille")));
    // Tab walks every part and leaves the read-only views (no trap); Escape cancels.
    QSet<QWidget *> reached;
    for (int i = 0; i < 12; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY(reached.contains(dialog.departementCheck()));
    QVERIFY(reached.contains(dialog.fieldsView()));
    QVERIFY(reached.contains(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestGuiPeers)
#include "tst_gui_peers.moc"
