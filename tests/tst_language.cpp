// The language codes a user or a file gives, and the result type every loader and writer returns.
#include "language.h"
#include "result.h"

#include <QTest>

using namespace Phare;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void codesAUserMayGive_data();
    void codesAUserMayGive();
    void localesPhareDoesNotSpeakFallBackToEnglish();
    void nativeNamesForTheLanguageMenu();
    void aFailedResultHasNoValueAndSaysWhy();
    void aSuccessKeepsItsWarnings();
};

void TestLanguage::codesAUserMayGive_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected"); // empty: not a language Phare speaks

    QTest::newRow("fr") << "fr"
                        << "fr";
    QTest::newRow("upper case") << "FR"
                                << "fr";
    QTest::newRow("POSIX locale") << "fr_FR.UTF-8"
                                  << "fr";
    QTest::newRow("BCP 47") << "fr-CA"
                            << "fr";
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("German") << "de"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("longer word") << "french"
                                 << "";
}

void TestLanguage::codesAUserMayGive()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const std::optional<Language> language = Language::fromCode(code);
    QCOMPARE(language ? language->code() : QString(), expected);
}

void TestLanguage::localesPhareDoesNotSpeakFallBackToEnglish()
{
    QCOMPARE(Language::fromLocale(QLocale(QLocale::German)), Language::english());
    QCOMPARE(Language::fromLocale(QLocale(QLocale::French, QLocale::Belgium)), Language::french());
}

void TestLanguage::nativeNamesForTheLanguageMenu()
{
    QCOMPARE(Language::french().nativeName(), QStringLiteral("Français"));
    QCOMPARE(Language::english().nativeName(), QStringLiteral("English"));
}

void TestLanguage::aFailedResultHasNoValueAndSaysWhy()
{
    const Result<int> failed = Result<int>::failure(Diagnostic{Diagnostic::Severity::Error, QStringLiteral("a.phare"),
                                                               3, 7, QStringLiteral("this is not a number")});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.errorText().trimmed(), QStringLiteral("a.phare:3:7: error: this is not a number"));

    const Status written = Status::failure(
        Diagnostic{Diagnostic::Severity::Error, QStringLiteral("b.phare"), 0, 0, QStringLiteral("the disk is full")});
    QVERIFY(!written.ok());
    QVERIFY(written.errorText().contains(QStringLiteral("the disk is full")));
}

void TestLanguage::aSuccessKeepsItsWarnings()
{
    const Result<QString> read(
        QStringLiteral("value"),
        {Diagnostic{Diagnostic::Severity::Warning, QStringLiteral("c.yaml"), 1, 1, QStringLiteral("unknown key")}});
    QVERIFY(read.ok());
    QCOMPARE(*read, QStringLiteral("value"));
    QCOMPARE(read.diagnostics().size(), 1);
    QVERIFY(!hasErrors(read.diagnostics()));
    QVERIFY(Status::success().ok());
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
