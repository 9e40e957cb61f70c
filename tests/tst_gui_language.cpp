// The French interface shows the core's diagnostics in French: a broken file opened through the main
// window is refused with a message a French user reads in French ("erreur : …"), and in English otherwise.
#include "builtincontent.h"
#include "contentloader.h"
#include "mainwindow.h"
#include "messageboxrecorder.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;
using Phare::Test::MessageBoxRecorder;

class TestGuiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void brokenFileIsExplainedInTheInterfaceLanguage_data();
    void brokenFileIsExplainedInTheInterfaceLanguage();

private:
    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestGuiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestGuiLanguage::brokenFileIsExplainedInTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("neverSays");
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringLiteral(":1:67: erreur\u00a0: le fichier se termine trop tôt\u00a0: il est "
                                          "probablement tronqué")
                        << QStringLiteral("error");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral(":1:67: error: the file ends too early: it is probably truncated")
                        << QStringLiteral("erreur");
}

void TestGuiLanguage::brokenFileIsExplainedInTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, says);
    QFETCH(QString, neverSays);
    const QString broken = m_dir.filePath(QStringLiteral("broken.phare"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"phare-assessment\", \"formatVersion\": 1, \"company\": {\"na");
    f.close();

    MainWindow window(m_content.value());
    window.setSessionLanguage(*Language::fromCode(language));
    window.show();
    MessageBoxRecorder recorder;
    QVERIFY(!window.openFile(broken));
    QCOMPARE(recorder.texts().size(), 1);
    const QString &text = recorder.texts().first();
    QVERIFY2(text.contains(broken + says), qPrintable(text));
    QVERIFY2(!text.contains(neverSays), qPrintable(text));
}

QTEST_MAIN(TestGuiLanguage)
#include "tst_gui_language.moc"
