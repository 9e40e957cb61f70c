// Tests Phare::Recommender on the DMA-like fixture: fired rules, ranking, reasons, chapters, use cases, action plan.
#include "assessment.h"
#include "catalogue.h"
#include "content.h"
#include "recommender.h"
#include "scorer.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using Phare::Answer;
using Phare::Assessment;
using Phare::Content;
using Phare::ContentLoader;
using Phare::Priority;
using Phare::Reason;
using Phare::ReasonList;
using Phare::Recommendations;
using Phare::Recommender;
using Phare::Scorer;

namespace {

using Answers = QMap<QString, Answer>;

Answer choice(const QString &option)
{
    return Answer::makeChoice(option);
}
Answer ticked(const QStringList &options)
{
    return Answer::makeTicked(options);
}
Answer rows(const QMap<QString, QString> &answered)
{
    return Answer::makeRows(answered);
}
Answer dontKnow()
{
    return Answer::makeDontKnow();
}
Answer notApplicable()
{
    return Answer::makeNotApplicable();
}

// French puts a no-break space before a colon; an answer follows its question after a dash.
const QString frColon = u"\u00a0: "_s;
const QString dash = u" — "_s;

Assessment assessmentWith(const Answers &dma, const std::optional<Answers> &green = std::nullopt,
                          const QString &sector = u"retail"_s, int employees = 20)
{
    Assessment a;
    a.company.name = u"Commerce Test"_s;
    a.company.sector = sector;
    a.company.employees = employees;
    a.language = u"fr"_s;
    Phare::ThemeAnswers t;
    t.version = 2; // dma.yaml's version
    t.answers = dma;
    a.themes.insert(u"dma"_s, t);
    if (green) {
        Phare::ThemeAnswers g;
        g.version = 1;
        g.answers = *green;
        a.themes.insert(u"green"_s, g);
    }
    return a;
}

QStringList described(const Phare::ReasonList &reasons, QStringView language)
{
    QStringList texts;
    for (const Reason &r : reasons)
        texts.append(r.describe(language));
    texts.sort();
    return texts;
}

bool sameGap(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9;
}

QString gapText(double gap)
{
    return QString::number(gap, 'g', 17);
}

// Answers several tests share; the score of each answer is in the comment (questions' normalised × 100).
// "mixed": investments none (0) -> start-investing, high, now by default, gap 100
//          plan partially (50) -> write-a-plan, medium, horizon now, gap 50
//          budget occasional ((2-1)/(9-1) = 12.5) -> set-a-budget, medium, next by default, gap 87.5
//          technologies crm considering (20), website yes (100) -> crm-with-site, medium, next, gap 100-20 = 80
//          online-sales marketplace (50) -> sell-online, low, horizon now, gap 50
//          readiness = (20 + 100 + 50)/3 = 56.67: not below 40, catch-up-readiness does not fire
//          green equipment-reuse often (2/3 -> 66.67 < 67) -> reuse-equipment, medium, next, gap 33.33
Answers mixedDma()
{
    return {{u"investments"_s, ticked({u"none"_s})}, {u"plan"_s, choice(u"partially"_s)},
            {u"budget"_s, choice(u"occasional"_s)},  {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
            {u"website"_s, choice(u"yes"_s)},        {u"online-sales"_s, choice(u"marketplace"_s)}};
}
Answers mixedGreen()
{
    return {{u"equipment-reuse"_s, choice(u"often"_s)}};
}

// "behind": plan yes; investments don't know (0) -> check-investments, low, later by default, gap 100
//           budget none (0) -> set-a-budget, medium, next, gap 100
//           technologies crm considering (20), website partially (50): readiness = (20 + 50)/2 = 35 < 40
//           -> catch-up-readiness, high, horizon next, gap 65; website partially -> sell-online, low, now, gap 50
//           (online-sales is shown but unanswered, so it is not a reason)
Answers behindDma()
{
    return {{u"plan"_s, choice(u"yes"_s)},
            {u"investments"_s, dontKnow()},
            {u"budget"_s, choice(u"none"_s)},
            {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
            {u"website"_s, choice(u"partially"_s)}};
}

// "selling": plan yes; investments none (0) -> start-investing, high, gap 100 (use case e-invoicing-platform)
//            technologies crm considering (20), website partially (50), online-sales none (0):
//            readiness = (20 + 50 + 0)/3 = 23.33 < 40 -> catch-up-readiness, high, gap 76.67
//            (use cases cloud-crm, e-invoicing-platform; chapter selling-online)
//            online-sales none, website partially -> sell-online, low, gap 100 - min(0, 50) = 100
//            (use cases click-and-collect, marketplace; chapter selling-online)
Answers sellingDma()
{
    return {{u"plan"_s, choice(u"yes"_s)},
            {u"investments"_s, ticked({u"none"_s})},
            {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
            {u"website"_s, choice(u"partially"_s)},
            {u"online-sales"_s, choice(u"none"_s)}};
}

} // namespace

struct FiredRow
{
    Answers dma;
    std::optional<Answers> green;
    QStringList fired; // rule ids, any order
};
Q_DECLARE_METATYPE(FiredRow)

struct ReasonRow
{
    Answers dma;
    std::optional<Answers> green;
    QString rule;
    QString theme;
    QStringList en; // reasons described in English, any order
    QStringList fr;
    double gap = 0;
};
Q_DECLARE_METATYPE(ReasonRow)

struct Ranked
{
    QString id;
    Priority priority = Priority::Medium;
    double gap = 0;
};

struct RankingRow
{
    Answers dma;
    std::optional<Answers> green;
    QList<Ranked> rules; // in rank order
};
Q_DECLARE_METATYPE(RankingRow)

struct ChapterExpected
{
    QString id;
    Priority priority = Priority::Low;
    double gap = 0;
    QStringList themes; // any order
    QStringList en;     // merged reasons in English, any order
};

struct ChapterRow
{
    Answers dma;
    std::optional<Answers> green;
    QList<ChapterExpected> chapters; // in rank order
};
Q_DECLARE_METATYPE(ChapterRow)

struct PlanRow
{
    Answers dma;
    std::optional<Answers> green;
    QStringList plan; // "horizon rule", in order
};
Q_DECLARE_METATYPE(PlanRow)

class TestRecommender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firedRules_data();
    void firedRules();
    void reasons_data();
    void reasons();
    void ranking_data();
    void ranking();
    void chapters_data();
    void chapters();
    void sizeForEmployees_data();
    void sizeForEmployees();
    void useCases_data();
    void useCases();
    void useCaseMergedAcrossRules();
    void actionPlan_data();
    void actionPlan();

private:
    Recommendations recommend(const Assessment &assessment, Phare::AssessmentResult &result) const
    {
        result = Scorer::score(m_content, assessment);
        return Recommender::recommend(m_content, assessment, result);
    }
    Content m_content;
};

void TestRecommender::initTestCase()
{
    const Phare::ContentLoadResult loaded = ContentLoader::load({QString::fromUtf8(PHARE_TEST_DATA "/dma-like")});
    QStringList problems;
    for (const Phare::Diagnostic &d : loaded.diagnostics)
        problems.append(d.toString());
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(problems.join(u'\n')));
    m_content = loaded.content;
    QVERIFY(m_content.questionnaire(u"dma"));
    QCOMPARE(m_content.questionnaire(u"dma")->rules.size(), 8);
    QCOMPARE(m_content.questionnaire(u"green")->rules.size(), 1);
}

void TestRecommender::firedRules_data()
{
    QTest::addColumn<FiredRow>("row");
    // clang-format off
    const Answer planYes = choice(u"yes"_s); // keeps write-a-plan and no-plan quiet

    // in
    QTest::newRow("in: exclusive option ticked")
        << FiredRow{{{u"plan"_s, planYes}, {u"investments"_s, ticked({u"none"_s})}}, {}, {u"start-investing"_s}};
    QTest::newRow("in: other option ticked")
        << FiredRow{{{u"plan"_s, planYes}, {u"investments"_s, ticked({u"hardware"_s})}}, {}, {}};
    QTest::newRow("in: exclusive ticked with others is not counted")
        << FiredRow{{{u"plan"_s, planYes}, {u"investments"_s, ticked({u"none"_s, u"cloud"_s})}}, {}, {}};
    // notIn (plan partially is in [yes, partially], so no-plan stays quiet)
    QTest::newRow("notIn: partially") << FiredRow{{{u"plan"_s, choice(u"partially"_s)}}, {}, {u"write-a-plan"_s}};
    QTest::newRow("notIn: yes") << FiredRow{{{u"plan"_s, planYes}}, {}, {}};
    // nothing answered: notIn needs an answer; not (plan in [yes, partially]) holds
    QTest::newRow("notIn: unanswered; not: unanswered") << FiredRow{{}, {}, {u"no-plan"_s}};
    // scoreBelow 50 on budget: (score - 1)/8*100
    QTest::newRow("scoreBelow: 12.5 < 50")
        << FiredRow{{{u"plan"_s, planYes}, {u"budget"_s, choice(u"occasional"_s)}}, {}, {u"set-a-budget"_s}};
    QTest::newRow("scoreBelow: 50 is not below 50")
        << FiredRow{{{u"plan"_s, planYes}, {u"budget"_s, choice(u"yearly"_s)}}, {}, {}};
    QTest::newRow("scoreBelow: not applicable does not count")
        << FiredRow{{{u"plan"_s, planYes}, {u"budget"_s, notApplicable()}}, {}, {}};
    // dontKnow
    QTest::newRow("dontKnow: investments")
        << FiredRow{{{u"plan"_s, planYes}, {u"investments"_s, dontKnow()}}, {}, {u"check-investments"_s}};
    // technologies don't know = 0: readiness = 0 < 40, but check-investments looks at investments only
    QTest::newRow("dontKnow: on another question")
        << FiredRow{{{u"plan"_s, planYes}, {u"technologies"_s, dontKnow()}}, {}, {u"catch-up-readiness"_s}};
    // dimension scoreBelow 40 on readiness
    // technologies (5/5 + 1/5)/2 = 0.6, website no 0: readiness = 30 < 40; website no also fires sell-online
    QTest::newRow("dimension scoreBelow: 30 < 40")
        << FiredRow{{{u"plan"_s, planYes},
                     {u"technologies"_s, rows({{u"crm"_s, u"operational"_s}, {u"ai"_s, u"considering"_s}})},
                     {u"website"_s, choice(u"no"_s)}},
                    {},
                    {u"catch-up-readiness"_s, u"sell-online"_s}};
    // technologies crm prototyping = 2/5: readiness = 40, not below 40
    QTest::newRow("dimension scoreBelow: 40 is not below 40")
        << FiredRow{{{u"plan"_s, planYes}, {u"technologies"_s, rows({{u"crm"_s, u"prototyping"_s}})}}, {}, {}};
    // website n/a, online-sales hidden: readiness has no score
    QTest::newRow("dimension scoreBelow: not assessed")
        << FiredRow{{{u"plan"_s, planYes}, {u"website"_s, notApplicable()}}, {}, {}};
    // all: crm considering and website yes; readiness = (20 + 100)/2 = 60
    QTest::newRow("all: both true")
        << FiredRow{{{u"plan"_s, planYes}, {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
                     {u"website"_s, choice(u"yes"_s)}},
                    {},
                    {u"crm-with-site"_s}};
    // website partially: all is false; readiness = (20 + 50)/2 = 35 < 40; website partially fires sell-online
    QTest::newRow("all: second false")
        << FiredRow{{{u"plan"_s, planYes}, {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
                     {u"website"_s, choice(u"partially"_s)}},
                    {},
                    {u"catch-up-readiness"_s, u"sell-online"_s}};
    // the crm row is not answered: all is false; readiness = (0 + 100)/2 = 50
    QTest::newRow("all: row not answered")
        << FiredRow{{{u"plan"_s, planYes}, {u"technologies"_s, rows({{u"ai"_s, u"not-used"_s}})},
                     {u"website"_s, choice(u"yes"_s)}},
                    {},
                    {}};
    // any: online-sales marketplace; readiness = (100 + 50)/2 = 75
    QTest::newRow("any: first true")
        << FiredRow{{{u"plan"_s, planYes}, {u"website"_s, choice(u"yes"_s)},
                     {u"online-sales"_s, choice(u"marketplace"_s)}},
                    {},
                    {u"sell-online"_s}};
    QTest::newRow("any: none true")
        << FiredRow{{{u"plan"_s, planYes}, {u"website"_s, choice(u"yes"_s)},
                     {u"online-sales"_s, choice(u"own-shop"_s)}},
                    {},
                    {}};
    // website n/a hides online-sales: its stored "none" must not fire anything
    QTest::newRow("any: hidden answer ignored")
        << FiredRow{{{u"plan"_s, planYes}, {u"website"_s, notApplicable()}, {u"online-sales"_s, choice(u"none"_s)}},
                    {},
                    {}};
    // not: plan no is not in [yes, partially]; no is also not in [yes]
    QTest::newRow("not: true") << FiredRow{{{u"plan"_s, choice(u"no"_s)}}, {}, {u"write-a-plan"_s, u"no-plan"_s}};
    // second theme: equipment-reuse scoreBelow 67: often = 2/3*100 = 66.67 < 67, always = 100
    QTest::newRow("second theme: 66.67 < 67")
        << FiredRow{{{u"plan"_s, planYes}}, Answers{{u"equipment-reuse"_s, choice(u"often"_s)}},
                    {u"reuse-equipment"_s}};
    QTest::newRow("second theme: 100")
        << FiredRow{{{u"plan"_s, planYes}}, Answers{{u"equipment-reuse"_s, choice(u"always"_s)}}, {}};
    // clang-format on
}

void TestRecommender::firedRules()
{
    QFETCH(FiredRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(assessmentWith(row.dma, row.green), result);
    QStringList fired;
    for (const Phare::FiredRule &f : recs.rules)
        fired.append(f.rule->id);
    fired.sort();
    QStringList expected = row.fired;
    expected.sort();
    QCOMPARE(fired, expected);
    // Every fired rule appears once in the action plan.
    QCOMPARE(recs.plan.size(), recs.rules.size());
}

void TestRecommender::reasons_data()
{
    QTest::addColumn<ReasonRow>("row");
    // clang-format off
    const Answer planYes = choice(u"yes"_s);
    const QString investedEn = u"What have you invested in? — "_s;
    const QString investedFr = u"Dans quoi avez-vous investi\u202f?"_s + dash;
    const QString planEn = u"Do you have a written digital plan? — "_s;
    const QString planFr = u"Avez-vous un plan numérique écrit\u202f?"_s + dash;
    const QString websiteEn = u"Do you have a website? — "_s;
    const QString websiteFr = u"Avez-vous un site web\u202f?"_s + dash;
    const QString salesEn = u"Do you sell online? — "_s;
    const QString salesFr = u"Vendez-vous en ligne\u202f?"_s + dash;

    // gap = 100 - the lowest score among the questions and dimensions the condition names
    QTest::newRow("in") << ReasonRow{// investments none = 0: gap 100
                                     {{u"plan"_s, planYes}, {u"investments"_s, ticked({u"none"_s})}},
                                     {},
                                     u"start-investing"_s,
                                     u"dma"_s,
                                     {investedEn + u"None of these"_s},
                                     {investedFr + u"Aucun de ceux-ci"_s},
                                     100};
    QTest::newRow("notIn") << ReasonRow{// plan partially = 50: gap 50
                                        {{u"plan"_s, choice(u"partially"_s)}},
                                        {},
                                        u"write-a-plan"_s,
                                        u"dma"_s,
                                        {planEn + u"Partially"_s},
                                        {planFr + u"En partie"_s},
                                        50};
    QTest::newRow("scoreBelow") << ReasonRow{// budget occasional = (2-1)/8*100 = 12.5: gap 87.5
                                             {{u"plan"_s, planYes}, {u"budget"_s, choice(u"occasional"_s)}},
                                             {},
                                             u"set-a-budget"_s,
                                             u"dma"_s,
                                             {u"How is digital budgeted? — Case by case"_s},
                                             {u"Comment le numérique est-il budgété\u202f?"_s + dash +
                                              u"Au cas par cas"_s},
                                             87.5};
    QTest::newRow("dontKnow") << ReasonRow{// don't know scores 0: gap 100
                                           {{u"plan"_s, planYes}, {u"investments"_s, dontKnow()}},
                                           {},
                                           u"check-investments"_s,
                                           u"dma"_s,
                                           {investedEn + u"Don't know"_s},
                                           {investedFr + u"Je ne sais pas"_s},
                                           100};
    // technologies (1/5 + 2/5 + 0)/3 = 0.2; readiness = (0.2 + 0.5 + 0)/3*100 = 23.33, shown rounded;
    // gap 100 - 23.33 = 76.67
    QTest::newRow("dimension scoreBelow")
        << ReasonRow{{{u"plan"_s, planYes},
                      {u"technologies"_s,
                       rows({{u"crm"_s, u"considering"_s}, {u"e-invoicing"_s, u"prototyping"_s},
                             {u"ai"_s, u"not-used"_s}})},
                      {u"website"_s, choice(u"partially"_s)},
                      {u"online-sales"_s, choice(u"none"_s)}},
                     {},
                     u"catch-up-readiness"_s,
                     u"dma"_s,
                     {u"Digital readiness: 23 out of 100"_s},
                     {u"Préparation numérique"_s + frColon + u"23 sur 100"_s},
                     100 - 70.0 / 3};
    // technologies (0 + 5/5)/2 = 0.5 -> 50, website yes 100: gap 100 - 50 = 50; readiness (50 + 100)/2 = 75
    QTest::newRow("all: both parts")
        << ReasonRow{{{u"plan"_s, planYes},
                      {u"technologies"_s, rows({{u"crm"_s, u"not-used"_s}, {u"cloud-storage"_s, u"operational"_s}})},
                      {u"website"_s, choice(u"yes"_s)}},
                     {},
                     u"crm-with-site"_s,
                     u"dma"_s,
                     {websiteEn + u"Yes"_s,
                      u"Where are you with these technologies? — CRM: Not used; Cloud storage: Operational"_s},
                     {websiteFr + u"Oui"_s,
                      u"Où en êtes-vous avec ces technologies\u202f?"_s + dash + u"Gestion client"_s + frColon +
                          u"Pas utilisé\u202f; Stockage en ligne"_s + frColon + u"Opérationnel"_s},
                     50};
    // online-sales none 0 and website partially 50 are both true: gap 100 - 0 = 100
    QTest::newRow("any: both true")
        << ReasonRow{{{u"plan"_s, planYes}, {u"website"_s, choice(u"partially"_s)},
                      {u"online-sales"_s, choice(u"none"_s)}},
                     {},
                     u"sell-online"_s,
                     u"dma"_s,
                     {websiteEn + u"Partially"_s, salesEn + u"No"_s},
                     {websiteFr + u"En partie"_s, salesFr + u"Non"_s},
                     100};
    // only online-sales marketplace (50) is true; website yes is not a reason: gap 50
    QTest::newRow("any: one true")
        << ReasonRow{{{u"plan"_s, planYes}, {u"website"_s, choice(u"yes"_s)},
                      {u"online-sales"_s, choice(u"marketplace"_s)}},
                     {},
                     u"sell-online"_s,
                     u"dma"_s,
                     {salesEn + u"On a marketplace"_s},
                     {salesFr + u"Sur une place de marché"_s},
                     50};
    // website no (0); online-sales is hidden, its stored answer is no reason: gap 100
    QTest::newRow("any: hidden question not a reason")
        << ReasonRow{{{u"plan"_s, planYes}, {u"website"_s, choice(u"no"_s)}, {u"online-sales"_s, choice(u"none"_s)}},
                     {},
                     u"sell-online"_s,
                     u"dma"_s,
                     {websiteEn + u"No"_s},
                     {websiteFr + u"Non"_s},
                     100};
    // not (plan in [yes, partially]) holds because plan is no (0): that answer is the reason, gap 100 - 0 = 100
    QTest::newRow("not") << ReasonRow{{{u"plan"_s, choice(u"no"_s)}},
                                      {},
                                      u"no-plan"_s,
                                      u"dma"_s,
                                      {planEn + u"No"_s},
                                      {planFr + u"Non"_s},
                                      100};
    // equipment-reuse sometimes = 1/3 -> 33.33: gap 66.67
    QTest::newRow("second theme") << ReasonRow{{{u"plan"_s, planYes}},
                                               Answers{{u"equipment-reuse"_s, choice(u"sometimes"_s)}},
                                               u"reuse-equipment"_s,
                                               u"green"_s,
                                               {u"Do you re-use equipment? — Sometimes"_s},
                                               {u"Réemployez-vous le matériel\u202f?"_s + dash + u"Parfois"_s},
                                               100 - 100.0 / 3};
    // clang-format on
}

void TestRecommender::reasons()
{
    QFETCH(ReasonRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(assessmentWith(row.dma, row.green), result);
    const auto it = std::find_if(recs.rules.cbegin(), recs.rules.cend(),
                                 [&](const Phare::FiredRule &f) { return f.rule->id == row.rule; });
    QVERIFY2(it != recs.rules.cend(), qPrintable(u"rule %1 did not fire"_s.arg(row.rule)));
    QCOMPARE(it->questionnaire->id, row.theme);
    QStringList en = row.en;
    en.sort();
    QStringList fr = row.fr;
    fr.sort();
    QCOMPARE(described(it->reasons, u"en"), en);
    QCOMPARE(described(it->reasons, u"fr"), fr);
    QVERIFY2(sameGap(it->gap, row.gap), qPrintable(u"gap %1, expected %2"_s.arg(gapText(it->gap), gapText(row.gap))));
}

void TestRecommender::ranking_data()
{
    QTest::addColumn<RankingRow>("row");
    // clang-format off

    // See mixedDma(): high first; among medium rules the larger gap first (87.5, 80, 50, 33.33), across themes.
    QTest::newRow("priority, then gap") << RankingRow{mixedDma(), mixedGreen(),
                                                      {{u"start-investing"_s, Priority::High, 100},
                                                       {u"set-a-budget"_s, Priority::Medium, 87.5},
                                                       {u"crm-with-site"_s, Priority::Medium, 80},
                                                       {u"write-a-plan"_s, Priority::Medium, 50},
                                                       {u"reuse-equipment"_s, Priority::Medium, 100 - 200.0 / 3},
                                                       {u"sell-online"_s, Priority::Low, 50}}};
    // See behindDma(): a high rule with gap 65 ranks before a medium one with gap 100.
    QTest::newRow("priority beats gap") << RankingRow{behindDma(), std::nullopt,
                                                      {{u"catch-up-readiness"_s, Priority::High, 65},
                                                       {u"set-a-budget"_s, Priority::Medium, 100},
                                                       {u"check-investments"_s, Priority::Low, 100},
                                                       {u"sell-online"_s, Priority::Low, 50}}};
    // plan no (0): write-a-plan medium, gap 100; no-plan low, its condition names plan: gap 100 - 0 = 100;
    // online-sales marketplace (50): sell-online low, gap 50; readiness (100 + 50)/2 = 75, no catch-up
    QTest::newRow("not: ranked by the question it names")
        << RankingRow{{{u"plan"_s, choice(u"no"_s)}, {u"website"_s, choice(u"yes"_s)},
                       {u"online-sales"_s, choice(u"marketplace"_s)}},
                      std::nullopt,
                      {{u"write-a-plan"_s, Priority::Medium, 100},
                       {u"no-plan"_s, Priority::Low, 100},
                       {u"sell-online"_s, Priority::Low, 50}}};
    // clang-format on
}

void TestRecommender::ranking()
{
    QFETCH(RankingRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(assessmentWith(row.dma, row.green), result);
    QStringList actualIds;
    for (const Phare::FiredRule &f : recs.rules)
        actualIds.append(u"%1 (%2, gap %3)"_s.arg(f.rule->id, Phare::priorityId(f.rule->priority), gapText(f.gap)));
    QStringList expectedIds;
    for (const Ranked &r : row.rules)
        expectedIds.append(u"%1 (%2, gap %3)"_s.arg(r.id, Phare::priorityId(r.priority), gapText(r.gap)));
    QCOMPARE(recs.rules.size(), row.rules.size());
    for (int i = 0; i < row.rules.size(); ++i) {
        const Phare::FiredRule &f = recs.rules.at(i);
        const Ranked &r = row.rules.at(i);
        const QString context =
            u"at %1: got\n  %2\nexpected\n  %3"_s.arg(i).arg(actualIds.join(u"\n  "_s), expectedIds.join(u"\n  "_s));
        QVERIFY2(f.rule->id == r.id, qPrintable(context));
        QVERIFY2(f.rule->priority == r.priority, qPrintable(context));
        QVERIFY2(sameGap(f.gap, r.gap), qPrintable(context));
    }
}

void TestRecommender::chapters_data()
{
    QTest::addColumn<ChapterRow>("row");
    // clang-format off

    // See mixedDma(): digital-strategy comes from start-investing (high, 100), write-a-plan (medium, 50) and
    // reuse-equipment (medium, 33.33, green): high, gap 100, both themes, the three answers as reasons.
    // funding: set-a-budget (medium, 87.5); green-it: reuse-equipment (medium, 33.33); selling-online:
    // sell-online (low, 50). crm-with-site points to no chapter.
    QTest::newRow("merged across rules and themes")
        << ChapterRow{mixedDma(), mixedGreen(),
                      {{u"digital-strategy"_s, Priority::High, 100, {u"dma"_s, u"green"_s},
                        {u"Do you have a written digital plan? — Partially"_s, u"Do you re-use equipment? — Often"_s,
                         u"What have you invested in? — None of these"_s}},
                       {u"funding"_s, Priority::Medium, 87.5, {u"dma"_s},
                        {u"How is digital budgeted? — Case by case"_s}},
                       {u"green-it"_s, Priority::Medium, 100 - 200.0 / 3, {u"green"_s},
                        {u"Do you re-use equipment? — Often"_s}},
                       {u"selling-online"_s, Priority::Low, 50, {u"dma"_s},
                        {u"Do you sell online? — On a marketplace"_s}}}};
    // See sellingDma(): selling-online from catch-up-readiness (high, 76.67) and sell-online (low, 100):
    // best priority high, largest gap 100; digital-strategy from start-investing (high, 100).
    // Same priority and gap: either order would do, so the second row has investments answered instead.
    Answers selling = sellingDma();
    selling.insert(u"investments"_s, ticked({u"hardware"_s, u"software"_s}));
    QTest::newRow("best priority, largest gap")
        << ChapterRow{selling, std::nullopt,
                      {{u"selling-online"_s, Priority::High, 100, {u"dma"_s},
                        {u"Digital readiness: 23 out of 100"_s, u"Do you have a website? — Partially"_s,
                         u"Do you sell online? — No"_s}}}};
    // Nothing fires with plan yes only: no chapter.
    QTest::newRow("nothing fired") << ChapterRow{{{u"plan"_s, choice(u"yes"_s)}}, std::nullopt, {}};
    // clang-format on
}

void TestRecommender::chapters()
{
    QFETCH(ChapterRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(assessmentWith(row.dma, row.green), result);
    QStringList actual;
    for (const Phare::ChapterRecommendation &c : recs.chapters)
        actual.append(c.chapter->id);
    QStringList expected;
    for (const ChapterExpected &c : row.chapters)
        expected.append(c.id);
    QCOMPARE(actual, expected);
    for (int i = 0; i < row.chapters.size(); ++i) {
        const Phare::ChapterRecommendation &c = recs.chapters.at(i);
        const ChapterExpected &e = row.chapters.at(i);
        QCOMPARE(Phare::priorityId(c.priority), Phare::priorityId(e.priority));
        QVERIFY2(sameGap(c.gap, e.gap),
                 qPrintable(u"%1: gap %2, expected %3"_s.arg(e.id, gapText(c.gap), gapText(e.gap))));
        QStringList themes = c.themes;
        themes.sort();
        QStringList expectedThemes = e.themes;
        expectedThemes.sort();
        QCOMPARE(themes, expectedThemes);
        QStringList en = e.en;
        en.sort();
        QCOMPARE(described(c.reasons, u"en"), en);
    }
}

void TestRecommender::sizeForEmployees_data()
{
    QTest::addColumn<int>("employees");
    QTest::addColumn<QString>("size");
    // clang-format off
    QTest::newRow("0") << 0 << u"micro"_s;
    QTest::newRow("9") << 9 << u"micro"_s;
    QTest::newRow("10") << 10 << u"small"_s;
    QTest::newRow("49") << 49 << u"small"_s;
    QTest::newRow("50") << 50 << u"medium"_s;
    QTest::newRow("249") << 249 << u"medium"_s;
    QTest::newRow("250") << 250 << u"large"_s;
    // clang-format on
}

void TestRecommender::sizeForEmployees()
{
    QFETCH(int, employees);
    QFETCH(QString, size);
    QCOMPARE(Phare::sizeForEmployees(employees), size);
}

void TestRecommender::useCases_data()
{
    QTest::addColumn<QString>("sector");
    QTest::addColumn<int>("employees");
    QTest::addColumn<QStringList>("useCases");

    // See sellingDma(): e-invoicing-platform (all sectors; micro, small, medium) high, gap max(100, 76.67) = 100;
    // cloud-crm (retail, services; small, medium) high, 76.67; click-and-collect (retail, food; micro, small)
    // low, 100; marketplace (craft; micro) low, 100.
    const auto row = [](const char *name, const QString &sector, int employees, const QStringList &useCases) {
        QTest::newRow(name) << sector << employees << useCases;
    };
    // clang-format off
    row("retail, 0 staff", u"retail"_s,   0,   {u"e-invoicing-platform"_s, u"click-and-collect"_s});
    row("retail, 9 staff", u"retail"_s,   9,   {u"e-invoicing-platform"_s, u"click-and-collect"_s});
    row("retail, 10 staff", u"retail"_s,   10,  {u"e-invoicing-platform"_s, u"cloud-crm"_s, u"click-and-collect"_s});
    row("retail, 49 staff", u"retail"_s,   49,  {u"e-invoicing-platform"_s, u"cloud-crm"_s, u"click-and-collect"_s});
    row("retail, 50 staff", u"retail"_s,   50,  {u"e-invoicing-platform"_s, u"cloud-crm"_s});
    row("retail, 249 staff", u"retail"_s,   249, {u"e-invoicing-platform"_s, u"cloud-crm"_s});
    row("retail, 250 staff", u"retail"_s,   250, {});
    row("services, 20 staff", u"services"_s, 20,  {u"e-invoicing-platform"_s, u"cloud-crm"_s});
    row("food, 9 staff",   u"food"_s,     9,   {u"e-invoicing-platform"_s, u"click-and-collect"_s});
    row("craft, 5 staff",  u"craft"_s,    5,   {u"e-invoicing-platform"_s, u"marketplace"_s});
    row("craft, 10 staff", u"craft"_s,    10,  {u"e-invoicing-platform"_s});
    row("health, 30 staff", u"health"_s,   30,  {u"e-invoicing-platform"_s});
    // clang-format on
}

void TestRecommender::useCases()
{
    QFETCH(QString, sector);
    QFETCH(int, employees);
    QFETCH(QStringList, useCases);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(assessmentWith(sellingDma(), std::nullopt, sector, employees), result);
    QStringList actual;
    for (const Phare::UseCaseRecommendation &u : recs.useCases)
        actual.append(u.useCase->id);
    QCOMPARE(actual, useCases);

    const QHash<QString, std::pair<Priority, double>> expected = {
        {u"e-invoicing-platform"_s, {Priority::High, 100}},
        {u"cloud-crm"_s, {Priority::High, 100 - 70.0 / 3}},
        {u"click-and-collect"_s, {Priority::Low, 100}},
        {u"marketplace"_s, {Priority::Low, 100}},
    };
    for (const Phare::UseCaseRecommendation &u : recs.useCases) {
        QCOMPARE(Phare::priorityId(u.priority), Phare::priorityId(expected.value(u.useCase->id).first));
        QVERIFY2(sameGap(u.gap, expected.value(u.useCase->id).second),
                 qPrintable(u"%1: gap %2"_s.arg(u.useCase->id, gapText(u.gap))));
        QCOMPARE(u.themes, QStringList{u"dma"_s});
    }
    // The chapters are not filtered by sector or size: digital-strategy (start-investing, high, 100) and
    // selling-online (high, 100 as in chapters "best priority, largest gap"), in either order.
    QCOMPARE(recs.chapters.size(), 2);
}

void TestRecommender::useCaseMergedAcrossRules()
{
    // See sellingDma(): e-invoicing-platform is named by start-investing (investments none, 0) and by
    // catch-up-readiness (readiness 23.33): one entry with both reasons.
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(assessmentWith(sellingDma(), std::nullopt, u"health"_s, 3), result);
    QCOMPARE(recs.useCases.size(), 1);
    const Phare::UseCaseRecommendation &u = recs.useCases.first();
    QCOMPARE(u.useCase->id, u"e-invoicing-platform"_s);
    QCOMPARE(described(u.reasons, u"en"),
             (QStringList{u"Digital readiness: 23 out of 100"_s, u"What have you invested in? — None of these"_s}));
    QCOMPARE(described(u.reasons, u"fr"),
             (QStringList{u"Dans quoi avez-vous investi\u202f?"_s + dash + u"Aucun de ceux-ci"_s,
                          u"Préparation numérique"_s + frColon + u"23 sur 100"_s}));
}

void TestRecommender::actionPlan_data()
{
    QTest::addColumn<PlanRow>("row");
    // clang-format off

    // See mixedDma(): now = start-investing (high, default), write-a-plan (medium, horizon now),
    // sell-online (low, horizon now); next = set-a-budget (87.5), crm-with-site (80), reuse-equipment (33.33),
    // all medium by default; nothing later.
    QTest::newRow("mixed") << PlanRow{mixedDma(), mixedGreen(),
                                      {u"now start-investing"_s, u"now write-a-plan"_s, u"now sell-online"_s,
                                       u"next set-a-budget"_s, u"next crm-with-site"_s, u"next reuse-equipment"_s}};
    // See behindDma(): sell-online (low, horizon now); catch-up-readiness (high, horizon next) before
    // set-a-budget (medium, next by default); check-investments (low, later by default).
    QTest::newRow("behind") << PlanRow{behindDma(), std::nullopt,
                                       {u"now sell-online"_s, u"next catch-up-readiness"_s, u"next set-a-budget"_s,
                                        u"later check-investments"_s}};
    // plan no: write-a-plan (medium, horizon now), no-plan (low, later by default).
    QTest::newRow("no plan") << PlanRow{{{u"plan"_s, choice(u"no"_s)}}, std::nullopt,
                                        {u"now write-a-plan"_s, u"later no-plan"_s}};
    QTest::newRow("nothing to do") << PlanRow{{{u"plan"_s, choice(u"yes"_s)}}, std::nullopt, {}};
    // clang-format on
}

void TestRecommender::actionPlan()
{
    QFETCH(PlanRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(assessmentWith(row.dma, row.green), result);
    QStringList actual;
    for (const Phare::ActionItem &item : recs.plan) {
        actual.append(Phare::horizonId(item.horizon) + u' ' + item.rule->id);
        QVERIFY(!item.rule->action.text(u"fr").isEmpty());
        QVERIFY(item.priority == item.rule->priority);
    }
    QCOMPARE(actual, row.plan);
}

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
