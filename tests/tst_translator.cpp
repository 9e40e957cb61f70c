// Fixed texts in a language chosen by the caller: the Translator's catalogues, the table of names, dates.
#include "datetext.h"
#include "names.h"
#include "translator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace Phare;

class TestTranslator final : public QObject
{
    Q_OBJECT

private slots:
    void oneTranslatorPerLanguageFromAnyThread();
    void frenchComesFromTheCoreCatalogue();
    void englishAndUnknownTextsAreTheSource();
    void countsReplacePercentN();
    void namesInAGivenLanguage();
    void namesInTheInterfaceLanguage();
    void theSameWordCanHaveTwoTranslations();
    void datesInWords();
    void everyCatalogueIsFinished();
    void englishPluralsAreWords();
    void everyPluralHasItsEnglishForms();
};

void TestTranslator::oneTranslatorPerLanguageFromAnyThread()
{
    // The report and the recommender may ask from worker threads at once: one object, loaded once.
    std::vector<const Translator *> seen(8, nullptr);
    std::vector<QString> texts(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&, i] {
            seen[i] = &Translator::forLanguage(Language::french());
            texts[i] = seen[i]->translate("Phare::Scorer", "Not applicable");
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (std::size_t i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen[i], &Translator::forLanguage(Language::french()));
        QCOMPARE(texts[i], QStringLiteral("Sans objet"));
    }
    QVERIFY(&Translator::forLanguage(Language::english()) != &Translator::forLanguage(Language::french()));
    QCOMPARE(Translator::forLanguage(Language::english()).language(), Language::english());
}

void TestTranslator::frenchComesFromTheCoreCatalogue()
{
    const Translator &french = Translator::forLanguage(Language::french());
    QVERIFY2(french.catalogues().contains(QStringLiteral("phare_core")), qPrintable(french.catalogues().join(u' ')));
    QCOMPARE(french.translate("Phare::Scorer", "Don't know"), QStringLiteral("Je ne sais pas"));
    QCOMPARE(french.translate("Phare::Recommender", "Rank %1, %2 out of 100: %3."),
             QStringLiteral("Rang %1, %2 sur 100\u00a0: %3."));
}

void TestTranslator::englishAndUnknownTextsAreTheSource()
{
    const Translator &english = Translator::forLanguage(Language::english());
    // English catalogues hold the sources' plurals only (below): every other text is the source itself.
    QCOMPARE(english.translate("Phare::Scorer", "Don't know"), QStringLiteral("Don't know"));
    // A text no catalogue has, in a language that has catalogues: the source, not an empty string.
    QCOMPARE(Translator::forLanguage(Language::french()).translate("Nowhere", "Not translated — é"),
             QStringLiteral("Not translated — é"));
}

void TestTranslator::countsReplacePercentN()
{
    QCOMPARE(Translator::forLanguage(Language::english()).translate("Nowhere", "%n point(s)", nullptr, 3),
             QStringLiteral("3 point(s)"));
    QCOMPARE(Translator::forLanguage(Language::french()).translate("Nowhere", "%Ln points", nullptr, 12000),
             Language::french().locale().toString(12000) + QStringLiteral(" points"));
}

void TestTranslator::namesInAGivenLanguage()
{
    QCOMPARE(Names::sectorIds().size(), 8);
    QCOMPARE(Names::sector(QStringLiteral("retail"), Language::french()), QStringLiteral("Commerce de détail"));
    QCOMPARE(Names::sector(QStringLiteral("retail"), Language::english()), QStringLiteral("Retail"));
    // An id the table does not know is shown as it is.
    QCOMPARE(Names::sector(QStringLiteral("fishing"), Language::french()), QStringLiteral("fishing"));
    QCOMPARE(Names::horizon(Horizon::Next, Language::french()), QStringLiteral("Ensuite (ce trimestre)"));
    QCOMPARE(Names::impact(Impact::Critical, Language::french()), QStringLiteral("critique"));
    QCOMPARE(Names::timeToValue(QStringLiteral("weeks"), Language::french()), QStringLiteral("quelques semaines"));
    for (const QString &id : Names::sectorIds()) {
        QVERIFY(!Names::sector(id, Language::french()).isEmpty());
        QVERIFY(Names::sector(id, Language::english()) != id);
    }
}

void TestTranslator::namesInTheInterfaceLanguage()
{
    // Without a translator installed in the application, the interface speaks the source language.
    QCOMPARE(Names::sector(QStringLiteral("food")), QStringLiteral("Food and restaurants"));
    QCOMPARE(Names::horizon(Horizon::Later), QStringLiteral("Later (this year)"));
}

void TestTranslator::theSameWordCanHaveTwoTranslations()
{
    // "high" effort and "high" impact are two entries, kept apart by their disambiguation.
    QCOMPARE(Names::useCaseEffort(QStringLiteral("high"), Language::french()), QStringLiteral("important"));
    QCOMPARE(Names::impact(Impact::High, Language::french()), QStringLiteral("élevé"));
    QCOMPARE(Names::useCaseCost(QStringLiteral("high"), Language::french()),
             QStringLiteral("élevé (plus de 10\u202f000\u00a0€)"));
}

void TestTranslator::datesInWords()
{
    const QChar nbsp(0x00a0);
    QCOMPARE(dateInWords(QDate(2026, 9, 1), Language::french()),
             QStringLiteral("1er") + nbsp + QStringLiteral("septembre") + nbsp + QStringLiteral("2026"));
    QCOMPARE(dateInWords(QDate(2026, 8, 15), Language::french()),
             QStringLiteral("15") + nbsp + QStringLiteral("août") + nbsp + QStringLiteral("2026"));
    QCOMPARE(dateInWords(QDate(2026, 2, 1), Language::english()),
             QStringLiteral("1") + nbsp + QStringLiteral("February") + nbsp + QStringLiteral("2026"));
}

void TestTranslator::everyCatalogueIsFinished()
{
    // A text left unfinished in Linguist would be shown in English to a French user.
    const QDir dir(QStringLiteral(PHARE_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("phare_core_fr.ts")));
    QVERIFY(files.contains(QStringLiteral("phare_report_fr.ts")));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("type=\"unfinished\""), qPrintable(name + QStringLiteral(" has unfinished entries")));
        QVERIFY2(!text.contains("type=\"vanished\"") && !text.contains("type=\"obsolete\""),
                 qPrintable(name + QStringLiteral(" keeps texts the code no longer has")));
    }
}

void TestTranslator::englishPluralsAreWords()
{
    // "%n month(s)" in the source reads "1 month" and "3 months" in English, not "3 month(s)".
    const Translator &english = Translator::forLanguage(Language::english());
    QVERIFY2(english.catalogues().contains(QStringLiteral("phare_core")), qPrintable(english.catalogues().join(u' ')));
    QCOMPARE(english.translate("Phare::Names", "%n month(s)", "use case time to set up", 1), QStringLiteral("1 month"));
    QCOMPARE(english.translate("Phare::Names", "%n month(s)", "use case time to set up", 3),
             QStringLiteral("3 months"));
    QCOMPARE(english.translate("Phare::Names", "%n hour(s)", "use case time to set up", 0), QStringLiteral("0 hours"));
}

void TestTranslator::everyPluralHasItsEnglishForms()
{
    // Each catalogue's plural texts (those of its French file) have their English forms in <name>_en.ts, filled
    // in: a new "%n thing(s)" would otherwise show "(s)" to English users. Refresh with target <name>_en_lupdate.
    const QDir dir(QStringLiteral(PHARE_SOURCE_DIR "/translations"));
    const QRegularExpression plural(QStringLiteral("<message numerus=\"yes\">\\s*<source>([^<]*)</source>"));
    const auto plurals = [&](const QString &name) {
        QFile file(dir.filePath(name));
        QSet<QString> sources;
        if (!file.open(QIODevice::ReadOnly))
            return sources;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = plural.globalMatch(text); match.hasNext();)
            sources.insert(match.next().captured(1));
        return sources;
    };
    int checked = 0;
    for (const QString &french : dir.entryList({QStringLiteral("*_fr.ts")}, QDir::Files)) {
        const QSet<QString> needed = plurals(french);
        if (needed.isEmpty())
            continue;
        QString english = french;
        english.replace(QStringLiteral("_fr.ts"), QStringLiteral("_en.ts"));
        const QSet<QString> given = plurals(english);
        for (const QString &source : needed) {
            QVERIFY2(given.contains(source), qPrintable(english + QStringLiteral(" lacks ") + source));
            ++checked;
        }
    }
    QVERIFY(checked >= 20);
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
