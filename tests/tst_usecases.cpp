// Tests a use case's practical fields (cost range, time to set up, tools, gain and its source, sub-sectors):
// how they are read, every bad form refused at its line and column, how they are written for a reader in
// each language, and how a sub-sector narrows who is offered the use case.
#include "answers.h"
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "language.h"
#include "names.h"
#include "recommender.h"
#include "scorer.h"

#include <QtTest>

using namespace Phare;
using namespace Phare::Test;
using namespace Qt::StringLiterals;

namespace {

// The small content of tests/data/loader, with the use-cases file replaced by tests/data/use-cases/NAME.
Result<Content> loadWith(const QString &useCases)
{
    const QString loader = QStringLiteral(PHARE_TEST_DATA "/loader/");
    ContentLoadOptions options;
    options.strict = true;
    return ContentLoader::load({loader + u"demo.yaml"_s, loader + u"chapters.yaml"_s, loader + u"actions.yaml"_s,
                                loader + u"profile.yaml"_s, QStringLiteral(PHARE_TEST_DATA "/use-cases/") + useCases},
                               options);
}

} // namespace

class TestUseCases final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField();
    void badForms_data();
    void badForms();
    void writtenForTheReader_data();
    void writtenForTheReader();
    void subSectorNarrowsItsSectorOnly_data();
    void subSectorNarrowsItsSectorOnly();
    void builtInWrittenForEachSector_data();
    void builtInWrittenForEachSector();
    void builtInUseCaseIsPractical_data();
    void builtInUseCaseIsPractical();

private:
    const Result<Content> m_builtIn = BuiltinContent::load();
};

void TestUseCases::readsEveryField()
{
    const Result<Content> content = loadWith(u"good.yaml"_s);
    QVERIFY2(content.ok(), "good.yaml is refused");
    const UseCase &u = content->useCases.at(0);
    QCOMPARE(u.costRange.from, 0);
    QCOMPARE(u.costRange.to, 1500);
    QCOMPARE(u.costRange.per, u"month"_s);
    QCOMPARE(u.setupTime.from, 2);
    QCOMPARE(u.setupTime.to, 3);
    QCOMPARE(u.setupTime.unit, u"days"_s);
    QCOMPARE(u.freeTools.size(), 2);
    QCOMPARE(u.freeTools.at(0).fr, u"Outil A"_s); // one plain text: the same in both languages
    QCOMPARE(u.freeTools.at(0).en, u"Outil A"_s);
    QCOMPARE(u.freeTools.at(1).en, u"a spreadsheet"_s);
    QCOMPARE(u.paidTools.size(), 1);
    QCOMPARE(u.gain.fr, u"Une heure gagnée par semaine"_s);
    QCOMPARE(u.gainSource, u"estimate"_s);
    QCOMPARE(u.subSectors.size(), 1);
    QCOMPARE(u.subSectors.at(0).sector, u"food"_s);
}

void TestUseCases::badForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *file, const char *message) {
        QTest::newRow(file) << QString::fromUtf8(file) + u".yaml"_s
                            << QString::fromUtf8(file) + u".yaml:"_s + QString::fromUtf8(message);
    };
    row("bad-cost-euro-sign", "13:30: error: 'to' of the costRange of the use case 'u1' must be a whole number from 0 "
                              "to 10000000, written without quotes or units, not '1500 €'");
    row("bad-cost-list", "13:16: error: the costRange of the use case 'u1' must be a mapping of 'key: value' lines");
    row("bad-cost-no-per", "13:16: error: the costRange of the use case 'u1' is missing the key 'per'");
    row("bad-cost-order", "13:32: error: 'to' of the costRange of the use case 'u1' (30) is less than 'from' (300): "
                          "write the smaller number first");
    row("bad-cost-per", "13:41: error: 'per' of the costRange of the use case 'u1' cannot be 'week': use one of "
                        "'once', 'month', 'year'");
    row("bad-cost-quoted", "13:23: error: 'from' of the costRange of the use case 'u1' must be a whole number from 0 "
                           "to 10000000, written without quotes or units, not '\"0\"'");
    row("bad-gain-no-source", "19:7: error: the gain of the use case 'u1' is missing the key 'source'");
    row("bad-gain-source", "20:15: error: the source of the gain of the use case 'u1' must be the web address it comes "
                           "from (starting with https://) or the word 'estimate', not 'Chambre de commerce'");
    row("bad-setup-unit", "14:39: error: 'unit' of the setupTime of the use case 'u1' cannot be 'minutes': use one of "
                          "'hours', 'days', 'weeks', 'months'");
    row("bad-setup-zero", "14:23: error: 'from' of the setupTime of the use case 'u1' must be a whole number from 1 to "
                          "1000, written without quotes or units, not '0'");
    row("bad-subsector-answer", "22:13: error: the sub-sector 'food' of the use case 'u1' can only look at who the "
                                "firm is: 'profile', 'sector' or 'size'");
    row("bad-subsector-not-own", "22:7: error: 'health' in the subSectors of the use case 'u1' is not one of the use "
                                 "case's sectors: add it to 'sectors' or remove it here");
    row("bad-subsector-unknown", "22:7: error: 'fod' in the subSectors of the use case 'u1' is not a sector: use one "
                                 "of retail, food, craft, tourism, health, industry, services, other; did you mean "
                                 "'food'?");
    row("bad-tools-empty", "16:7: error: the tools of the use case 'u1': no tool is named; give at least one under "
                           "'free' or 'paid'");
    row("bad-tools-key", "17:7: error: unknown key 'payant' in the tools of the use case 'u1'");
}

// Each bad form is refused with one message at its place, which names the field and says what to write.
void TestUseCases::badForms()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Result<Content> content = loadWith(file);
    QVERIFY2(!content.ok(), qPrintable(file + u" is accepted"_s));
    QStringList errors;
    for (const Diagnostic &d : content.diagnostics())
        errors.append(d.toString());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).endsWith(message), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(0).contains(u"use-cases/"_s + file), qPrintable(errors.at(0)));
}

void TestUseCases::writtenForTheReader_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("per");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    // French writes « 1 500 € » with a no-break space in the number and before the sign.
    QTest::newRow("monthly range") << 0 << 1500 << u"month"_s << u"€0 to €1,500 a month"_s
                                   << u"0\u00a0€ à 1\u202f500\u00a0€ par mois"_s;
    QTest::newRow("one-off amount") << 300 << 300 << u"once"_s << u"€300 one-off"_s << u"300\u00a0€ une fois"_s;
    QTest::newRow("yearly range") << 50 << 200 << u"year"_s << u"€50 to €200 a year"_s
                                  << u"50\u00a0€ à 200\u00a0€ par an"_s;
    QTest::newRow("free") << 0 << 0 << u"once"_s << u"free"_s << u"gratuit"_s;
}

void TestUseCases::writtenForTheReader()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, per);
    QFETCH(QString, english);
    QFETCH(QString, french);
    const CostRange range{from, to, per};
    QCOMPARE(Names::costRange(range, Language::english()), english);
    QCOMPARE(Names::costRange(range, Language::french()), french);
}

void TestUseCases::subSectorNarrowsItsSectorOnly_data()
{
    QTest::addColumn<QString>("sector");
    QTest::addColumn<QStringList>("sells"); // empty: the question is not answered
    QTest::addColumn<bool>("offered");
    QTest::newRow("food, sells goods") << u"food"_s << QStringList{u"goods"_s} << true;
    QTest::newRow("food, sells services") << u"food"_s << QStringList{u"services"_s} << false;
    QTest::newRow("food, sells unknown") << u"food"_s << QStringList{} << false;
    QTest::newRow("retail, sells services") << u"retail"_s << QStringList{u"services"_s} << true;
    QTest::newRow("craft, sells goods") << u"craft"_s << QStringList{u"goods"_s} << false; // not its sector
}

// good.yaml's use case is for food and retail, food narrowed to firms that sell goods: a retail firm is not
// concerned by the narrowing, a food firm is.
void TestUseCases::subSectorNarrowsItsSectorOnly()
{
    QFETCH(QString, sector);
    QFETCH(QStringList, sells);
    QFETCH(bool, offered);
    const Result<Content> content = loadWith(u"good.yaml"_s);
    QVERIFY(content.ok());
    Assessment a;
    a.company.sector = sector;
    a.company.employees = 3;
    Answers profile{{u"customers"_s, choice(u"consumers"_s)}};
    if (!sells.isEmpty())
        profile.insert(u"sells"_s, ticked(sells));
    a.themes.insert(u"profile"_s, ThemeAnswers{1, profile, {}, {}, {}});
    a.themes.insert(u"demo"_s, ThemeAnswers{1, {{u"q1"_s, choice(u"high"_s)}, {u"q2"_s, choice(u"no"_s)}}, {}, {}, {}});
    const AssessmentResult result = Scorer::score(*content, a);
    const Recommendations out = Recommender::recommend(*content, a, result);
    QVERIFY2(std::any_of(out.plan.cbegin(), out.plan.cend(),
                         [](const PlannedAction &p) { return p.action->id == u"demo-r2"; }),
             "the action leading to the use case is not planned");
    QCOMPARE(out.useCases.size(), offered ? 1 : 0);
}

// A use case written for a sector names at most this many sectors: one listed for five sectors or for
// "all" is general advice, however useful (docs/content.md, "Write your use cases").
constexpr int writtenForAtMost = 3;

void TestUseCases::builtInWrittenForEachSector_data()
{
    QTest::addColumn<QString>("sector");
    for (const char *sector : {"retail", "food", "craft", "tourism", "health", "industry", "services"})
        QTest::newRow(sector) << QString::fromLatin1(sector);
}

// Every sector a firm picks finds at least eight use cases written for it, not only the general ones.
void TestUseCases::builtInWrittenForEachSector()
{
    QFETCH(QString, sector);
    QVERIFY(m_builtIn.ok());
    QStringList written;
    for (const UseCase &u : m_builtIn->useCases) {
        if (u.sectors.size() <= writtenForAtMost && u.sectors.contains(sector))
            written.append(u.id);
    }
    QVERIFY2(written.size() >= 8, qPrintable(u"%1 use case(s) written for %2, at least 8 expected: %3"_s.arg(
                                      QString::number(written.size()), sector, written.join(u", "_s))));
}

void TestUseCases::builtInUseCaseIsPractical_data()
{
    QTest::addColumn<int>("index");
    QVERIFY(m_builtIn.ok());
    for (int i = 0; i < m_builtIn->useCases.size(); ++i)
        QTest::newRow(qPrintable(m_builtIn->useCases.at(i).id)) << i;
}

// What an owner needs to decide: what it costs, how long it takes, with what, and what it brings (with
// where that comes from), in both languages.
void TestUseCases::builtInUseCaseIsPractical()
{
    QFETCH(int, index);
    const UseCase &u = m_builtIn->useCases.at(index);
    const QString where = u"%1:%2 use case '%3'"_s.arg(QFileInfo(u.path).fileName()).arg(u.line).arg(u.id);
    QVERIFY2(!u.costRange.per.isEmpty(), qPrintable(where + u": no costRange"_s));
    QVERIFY2(!u.setupTime.unit.isEmpty(), qPrintable(where + u": no setupTime"_s));
    QVERIFY2(!u.freeTools.isEmpty() || !u.paidTools.isEmpty(), qPrintable(where + u": no tool examples"_s));
    for (const QList<LocalizedText> *tools : {&u.freeTools, &u.paidTools}) {
        for (const LocalizedText &tool : *tools)
            QVERIFY2(!tool.fr.isEmpty() && !tool.en.isEmpty(), qPrintable(where + u": a tool lacks a language"_s));
    }
    QVERIFY2(!u.gain.fr.isEmpty() && !u.gain.en.isEmpty(), qPrintable(where + u": no gain in both languages"_s));
    QVERIFY2(u.gainSource == u"estimate" || u.gainSource.startsWith(u"https://"),
             qPrintable(where + u": the gain has no source (a web address or 'estimate')"_s));
    // A cost in the texts is written the French way in French (« 30 € ») and the English way in English (€30).
    static const QRegularExpression englishEuros(u"€\\s?\\d"_s);
    static const QRegularExpression frenchEuros(u"\\d\\s?€"_s);
    QStringList fr{u.gain.fr, u.description.fr};
    QStringList en{u.gain.en, u.description.en};
    for (const QList<LocalizedText> *tools : {&u.freeTools, &u.paidTools}) {
        for (const LocalizedText &tool : *tools) {
            fr.append(tool.fr);
            en.append(tool.en);
        }
    }
    for (const QString &text : fr)
        QVERIFY2(!text.contains(englishEuros), qPrintable(where + u": English euros in French: "_s + text));
    for (const QString &text : en)
        QVERIFY2(!text.contains(frenchEuros), qPrintable(where + u": French euros in English: "_s + text));
}

QTEST_GUILESS_MAIN(TestUseCases)
#include "tst_usecases.moc"
