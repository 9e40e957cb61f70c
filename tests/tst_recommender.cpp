// Tests Phare::Recommender on the DMA-like fixture (tests/data/dma-like): which actions fire, one entry per
// action with all its reasons, the parts of the rank score, the order and horizons of the plan (caps,
// earliest horizon, prerequisites, the weakest dimension), chapters, use cases, profile conditions and the
// phrasing of legal deadlines.
//
// Every expected number below is computed by hand from the documented formula (docs/questionnaire-format.md,
// "Ranking"; RankWeights), never copied from the engine's output:
//   score = 0.45 × impact + 0.30 × gap + 0.15 × quickness + 0.10 × urgency
//   impact: critical 100, high 75, medium 50, low 25 -> 45, 33.75, 22.5, 11.25 points
//   quickness: effort up to 2 h 100, 8 h 75, 40 h 40, more 10 -> 15, 11.25, 6, 1.5 points
//   urgency: deadline passed 100, within 365 days 60, else 0 -> 10, 6, 0 points
//   gap: 100 − the lowest score among the answers (and dimensions) that fired the action
// The actions' impact, effort, earliest horizon and prerequisites are listed at the top of actions.yaml.
#include "answers.h"
#include "assessment.h"
#include "catalogue.h"
#include "contentloader.h"
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
using Phare::PlannedAction;
using Phare::PlanSettings;
using Phare::Reason;
using Phare::Recommendations;
using Phare::Recommender;
using Phare::Scorer;

namespace {

using Phare::Test::Answers;

using Phare::Test::choice;
using Phare::Test::dontKnow;
using Phare::Test::notApplicable;
using Phare::Test::rows;
using Phare::Test::ticked;

// French puts a no-break space before a colon; an answer follows its question after a dash.
const QString frColon = u"\u00a0: "_s;
const QString dash = u" — "_s;
// A date is never split across two lines.
const QString nbsp = u"\u00a0"_s;

// One firm: its answers to the two themes and to the profile, its sector, size and assessment day.
struct Firm
{
    Answers dma = {};
    std::optional<Answers> green = {};
    std::optional<Answers> profile = {}; // none: the profile was never answered
    QString sector = u"retail"_s;
    int employees = 20; // small
    QDate date = QDate(2026, 3, 1);
};

Assessment assessmentOf(const Firm &firm)
{
    Assessment a;
    a.company.name = u"Commerce Test"_s;
    a.company.sector = firm.sector;
    a.company.employees = firm.employees;
    a.language = u"fr"_s;
    a.assessmentDate = firm.date;
    Phare::ThemeAnswers t;
    t.version = 2; // dma.yaml's version
    t.answers = firm.dma;
    a.themes.insert(u"dma"_s, t);
    if (firm.green) {
        Phare::ThemeAnswers g;
        g.version = 1;
        g.answers = *firm.green;
        a.themes.insert(u"green"_s, g);
    }
    if (firm.profile) {
        Phare::ThemeAnswers p;
        p.version = 1;
        p.answers = *firm.profile;
        a.themes.insert(u"profile"_s, p);
    }
    return a;
}

QList<PlannedAction> everyEntry(const Recommendations &recs)
{
    return recs.plan + recs.others;
}

const PlannedAction *entryFor(const Recommendations &recs, const QString &action)
{
    for (const PlannedAction &p : recs.plan) {
        if (p.action->id == action)
            return &p;
    }
    for (const PlannedAction &p : recs.others) {
        if (p.action->id == action)
            return &p;
    }
    return nullptr;
}

QStringList described(const Phare::ReasonList &reasons, QStringView language)
{
    QStringList texts;
    for (const Reason &r : reasons)
        texts.append(r.describe(*Phare::Language::fromCode(language)));
    texts.sort();
    return texts;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9;
}

Answers profile(const QString &customers, const QStringList &sells = {})
{
    Answers p;
    if (!customers.isEmpty())
        p.insert(u"customers"_s, customers == u"dk" ? dontKnow() : choice(customers));
    if (!sells.isEmpty())
        p.insert(u"sells"_s, ticked(sells));
    return p;
}

// Answers several tests share; each answer's score (the question's normalised score × 100) is in the comment.
// "mixed" (retail, 20 staff, no profile):
//   investments none (0)              -> start-investing:  dma-start-investing   high,   gap 100, 4 h
//   plan partially (50)               -> write-a-plan:     dma-write-a-plan      medium, gap 50,  2 h
//   budget occasional ((2-1)/8 = 12.5)-> set-a-budget:     dma-set-a-budget      medium, gap 87.5, 3 h
//   technologies crm considering (20), website yes (100)
//                                     -> crm-with-site:    dma-crm-with-site     medium, gap 80,  6 h, next
//   online-sales marketplace (50)     -> sell-online:      dma-sell-online       low,    gap 50,  80 h
//   green equipment-reuse often (66.67 < 67) -> reuse-equipment: green-reuse-equipment low, gap 33.33, 3 h
//   readiness (20 + 100 + 50)/3 = 56.67: not below 40, catch-up-readiness does not fire.
// Scores: start-investing 33.75 + 30 + 11.25 = 75; set-a-budget 22.5 + 26.25 + 11.25 = 60;
//   crm-with-site 22.5 + 24 + 11.25 = 57.75; write-a-plan 22.5 + 15 + 15 = 52.5;
//   reuse-equipment 11.25 + 10 + 11.25 = 32.5; sell-online 11.25 + 15 + 1.5 = 27.75.
// Dimensions: strategy (0×1 + 50×2 + 12.5×1)/4 = 28.125 (the weakest), readiness 56.67, footprint 66.67.
Firm mixed()
{
    return Firm{.dma = {{u"investments"_s, ticked({u"none"_s})},
                        {u"plan"_s, choice(u"partially"_s)},
                        {u"budget"_s, choice(u"occasional"_s)},
                        {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
                        {u"website"_s, choice(u"yes"_s)},
                        {u"online-sales"_s, choice(u"marketplace"_s)}},
                .green = Answers{{u"equipment-reuse"_s, choice(u"often"_s)}}};
}

// "selling": plan yes;
//   investments none (0)  -> start-investing: dma-start-investing, gap 100
//   technologies crm considering (20), website partially (50), online-sales none (0):
//   readiness (20 + 50 + 0)/3 = 23.33 < 40 -> catch-up-readiness: dma-catch-up-readiness (high, gap 76.67,
//   40 h, next) and dma-start-investing again (its gap stays 100, the lowest score among its reasons being 0)
//   online-sales none (0), website partially (50) -> sell-online: dma-sell-online (low, gap 100, 80 h),
//   which needs dma-catch-up-readiness.
// Scores: start-investing 33.75 + 30 + 11.25 = 75; catch-up-readiness 33.75 + 23 + 6 = 62.75;
//   sell-online 11.25 + 30 + 1.5 = 42.75.
Firm selling()
{
    return Firm{.dma = {{u"plan"_s, choice(u"yes"_s)},
                        {u"investments"_s, ticked({u"none"_s})},
                        {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
                        {u"website"_s, choice(u"partially"_s)},
                        {u"online-sales"_s, choice(u"none"_s)}}};
}

// "weak footprint": the green theme is the weakest; its action ranks last among those that can be "now".
//   investments none (0) -> dma-start-investing 75; plan yes; budget occasional -> dma-set-a-budget 60
//   (its prerequisite dma-write-a-plan is not advised: nothing to wait for);
//   crm considering (20), website yes -> dma-crm-with-site 57.75 (next); readiness (20 + 100)/2 = 60;
//   equipment-reuse never (0), paperless no (0): footprint 0, the weakest dimension (strategy
//   (0 + 200 + 12.5)/4 = 53.125) -> green-reuse-equipment low, gap 100, 3 h: 11.25 + 30 + 11.25 = 52.5.
// Rank order: start-investing 75, set-a-budget 60, crm-with-site 57.75, reuse-equipment 52.5.
Firm weakFootprint()
{
    return Firm{.dma = {{u"investments"_s, ticked({u"none"_s})},
                        {u"plan"_s, choice(u"yes"_s)},
                        {u"budget"_s, choice(u"occasional"_s)},
                        {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
                        {u"website"_s, choice(u"yes"_s)}},
                .green = Answers{{u"equipment-reuse"_s, choice(u"never"_s)}, {u"paperless"_s, choice(u"no"_s)}}};
}

// "behind" (every action fires; customers businesses, ships goods; assessed 2026-03-01):
//   investments don't know (0)   -> dma-check-investments low, gap 100, 1 h, later: 11.25 + 30 + 15 = 56.25
//   plan no (0)                  -> write-a-plan and no-plan: dma-write-a-plan medium, gap 100, 2 h:
//                                   22.5 + 30 + 15 = 67.5; dma-no-plan low, gap 100, 16 h, later, needs
//                                   write-a-plan: 11.25 + 30 + 6 = 47.25
//   budget occasional (12.5)     -> dma-set-a-budget medium, gap 87.5: 22.5 + 26.25 + 11.25 = 60
//   technologies crm considering, e-invoicing not used: (1/5 + 0)/2 = 10; website yes; online-sales none:
//   readiness (10 + 100 + 0)/3 = 36.67 < 40 -> dma-catch-up-readiness high, gap 63.33, 40 h, next:
//                                   33.75 + 19 + 6 = 58.75; dma-start-investing high, gap 63.33, 4 h:
//                                   33.75 + 19 + 11.25 = 64
//   crm considering, website yes -> dma-crm-with-site medium, gap 100 - 10 = 90, 6 h, next: 22.5 + 27 + 11.25 = 60.75
//   online-sales none (0)        -> dma-sell-online low, gap 100, 80 h, needs catch-up: 11.25 + 30 + 1.5 = 42.75
//   customers businesses, e-invoicing not used (technologies 10)
//                                -> dma-e-invoicing high, gap 90, 8 h, deadline 2026-09-01, 184 days away:
//                                   33.75 + 27 + 11.25 + 6 = 78
//   ships goods, data-policy no (0) -> dma-customer-data high, gap 100, 2 h: 33.75 + 30 + 15 = 78.75
//   equipment-reuse never (0), paperless partially (50) -> green-reuse-equipment low, gap 100, 3 h: 52.5
// Dimensions: data 0 (the weakest), strategy (0 + 0 + 12.5)/4 = 3.125, footprint 25, readiness 36.67.
// Rank order: customer-data 78.75, e-invoicing 78, write-a-plan 67.5, start-investing 64, crm-with-site
//   60.75, set-a-budget 60, catch-up-readiness 58.75, check-investments 56.25, reuse-equipment 52.5,
//   no-plan 47.25, sell-online 42.75.
Firm behind()
{
    return Firm{.dma = {{u"investments"_s, dontKnow()},
                        {u"plan"_s, choice(u"no"_s)},
                        {u"budget"_s, choice(u"occasional"_s)},
                        {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}, {u"e-invoicing"_s, u"not-used"_s}})},
                        {u"website"_s, choice(u"yes"_s)},
                        {u"online-sales"_s, choice(u"none"_s)},
                        {u"data-policy"_s, choice(u"no"_s)}},
                .green = Answers{{u"equipment-reuse"_s, choice(u"never"_s)}, {u"paperless"_s, choice(u"partially"_s)}},
                .profile = profile(u"businesses"_s, {u"goods-shipped"_s})};
}

// "e-invoicing": only the e-invoicing rule fires, on a firm invoicing businesses.
//   plan yes; technologies e-invoicing not used (0), cloud storage operational (5): (0 + 5/5)/2 = 50;
//   website yes (100): readiness 75; the crm row is unanswered and online-sales is shown but unanswered.
//   dma-e-invoicing: high 33.75, gap 100 - 50 = 50 -> 15, 8 h -> 11.25: 60 before the urgency.
Firm eInvoicing(const QDate &date = QDate(2026, 3, 1), const QString &customers = u"businesses"_s)
{
    return Firm{
        .dma = {{u"plan"_s, choice(u"yes"_s)},
                {u"technologies"_s, rows({{u"e-invoicing"_s, u"not-used"_s}, {u"cloud-storage"_s, u"operational"_s}})},
                {u"website"_s, choice(u"yes"_s)}},
        .profile = profile(customers),
        .date = date};
}

struct Caps
{
    int now = 5;
    int next = 8;
    int later = 12;
    int chapters = 6;
    int useCases = 8;
};

} // namespace

Q_DECLARE_METATYPE(Firm)

struct FiredRow
{
    Firm firm;
    QStringList fired; // "action <- rule, rule": the rules in the content's order
};
Q_DECLARE_METATYPE(FiredRow)

struct ReasonRow
{
    Firm firm;
    QString action;
    QStringList themes;
    QStringList en; // reasons described in English, any order
    QStringList fr;
};
Q_DECLARE_METATYPE(ReasonRow)

struct PartsRow
{
    Firm firm;
    QString action;
    QString impact;
    double impactPoints = 0;
    double gap = 0;
    double quickness = 0;
    double urgency = 0;
    double score = 0;
    bool deadlinePassed = false;
};
Q_DECLARE_METATYPE(PartsRow)

struct PlanRow
{
    Firm firm;
    Caps caps;
    QStringList plan;   // "horizon #rank action", with " (after its prerequisite)" or " (weakest dimension)"
    QStringList others; // "#rank action"
};
Q_DECLARE_METATYPE(PlanRow)

struct ChapterRow
{
    Firm firm;
    Caps caps;
    QStringList chapters; // "id score: action, action", in rank order
};
Q_DECLARE_METATYPE(ChapterRow)

struct UseCaseRow
{
    Firm firm;
    Caps caps;
    QStringList useCases; // "id score", in rank order
};
Q_DECLARE_METATYPE(UseCaseRow)

class TestRecommender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firedActions_data();
    void firedActions();
    void reasons_data();
    void reasons();
    void rankParts_data();
    void rankParts();
    void rankExplanation();
    void plan_data();
    void plan();
    void chapters_data();
    void chapters();
    void chapterReasons();
    void sizeForEmployees_data();
    void sizeForEmployees();
    void useCases_data();
    void useCases();
    void profileMissing_data();
    void profileMissing();
    void deadlinePhrasing_data();
    void deadlinePhrasing();

private:
    // The recommendations point into the content used: keep them no longer than the next call.
    Recommendations recommend(const Firm &firm, Phare::AssessmentResult &result, const Caps &caps = {})
    {
        const Assessment a = assessmentOf(firm);
        const Content *content = &m_content;
        if (caps.now != 5 || caps.next != 8 || caps.later != 12 || caps.chapters != 6 || caps.useCases != 8) {
            // A copy with the plan's settings changed, as a content file's `plan:` would give them.
            m_capped = m_content;
            m_capped.plan = PlanSettings{caps.now, caps.next, caps.later, caps.chapters, caps.useCases};
            m_capped.buildIndex();
            content = &m_capped;
        }
        result = Scorer::score(*content, a);
        return Recommender::recommend(*content, a, result);
    }
    Content m_content;
    Content m_capped;
};

void TestRecommender::initTestCase()
{
    const Phare::Result<Phare::Content> loaded = ContentLoader::load({QString::fromUtf8(PHARE_TEST_DATA "/dma-like")});
    QStringList problems;
    for (const Phare::Diagnostic &d : loaded.diagnostics())
        problems.append(d.toString());
    QVERIFY2(loaded.diagnostics().isEmpty(), qPrintable(problems.join(u'\n')));
    m_content = loaded.value();
    // The fixture the rows below rely on; a changed fixture fails here first.
    QVERIFY(m_content.profile());
    QCOMPARE(m_content.questionnaire(u"dma")->rules.size(), 11);
    QCOMPARE(m_content.questionnaire(u"green")->rules.size(), 1);
    QCOMPARE(m_content.actions.size(), 11);
    // The defaults the rows without caps rely on (the 5 / 8 / 12, 6 chapters, 8 use cases).
    QCOMPARE(m_content.plan.now, 5);
    QCOMPARE(m_content.plan.next, 8);
    QCOMPARE(m_content.plan.later, 12);
    QCOMPARE(m_content.plan.chapters, 6);
    QCOMPARE(m_content.plan.useCases, 8);
}

void TestRecommender::firedActions_data()
{
    QTest::addColumn<FiredRow>("row");
    // clang-format off
    const Answer planYes = choice(u"yes"_s); // keeps write-a-plan and no-plan quiet
    const auto dma = [](std::initializer_list<std::pair<QString, Answer>> answers) {
        return Firm{.dma = Answers(answers)};
    };

    // in
    QTest::newRow("in: exclusive option ticked")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"investments"_s, ticked({u"none"_s})}}),
                    {u"dma-start-investing <- start-investing"_s}};
    QTest::newRow("in: other option ticked")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"investments"_s, ticked({u"hardware"_s})}}), {}};
    QTest::newRow("in: exclusive ticked with others is not counted")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"investments"_s, ticked({u"none"_s, u"cloud"_s})}}), {}};
    // notIn (plan partially is in [yes, partially], so no-plan stays quiet)
    QTest::newRow("notIn: partially")
        << FiredRow{dma({{u"plan"_s, choice(u"partially"_s)}}), {u"dma-write-a-plan <- write-a-plan"_s}};
    QTest::newRow("notIn: yes") << FiredRow{dma({{u"plan"_s, planYes}}), {}};
    // nothing answered: notIn needs an answer, but not (plan in [yes, partially]) holds, and no-plan fires
    // both its actions
    QTest::newRow("notIn: unanswered; not: unanswered")
        << FiredRow{dma({}), {u"dma-no-plan <- no-plan"_s, u"dma-write-a-plan <- no-plan"_s}};
    // plan no: two rules fire dma-write-a-plan, which is one entry
    QTest::newRow("two rules, one action")
        << FiredRow{dma({{u"plan"_s, choice(u"no"_s)}}),
                    {u"dma-no-plan <- no-plan"_s, u"dma-write-a-plan <- write-a-plan, no-plan"_s}};
    // scoreBelow 50 on budget: (score - 1)/8*100
    QTest::newRow("scoreBelow: 12.5 < 50")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"budget"_s, choice(u"occasional"_s)}}),
                    {u"dma-set-a-budget <- set-a-budget"_s}};
    QTest::newRow("scoreBelow: 50 is not below 50")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"budget"_s, choice(u"yearly"_s)}}), {}};
    QTest::newRow("scoreBelow: not applicable does not count")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"budget"_s, notApplicable()}}), {}};
    QTest::newRow("dontKnow: investments")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"investments"_s, dontKnow()}}),
                    {u"dma-check-investments <- check-investments"_s}};
    // technologies don't know = 0: readiness = 0 < 40
    QTest::newRow("dontKnow: on another question")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"technologies"_s, dontKnow()}}),
                    {u"dma-catch-up-readiness <- catch-up-readiness"_s,
                     u"dma-start-investing <- catch-up-readiness"_s}};
    // technologies (5/5 + 1/5)/2 = 0.6, website no 0: readiness = 30 < 40; website no also fires sell-online
    // (no-site-for-consumers needs the profile: without it, it stays quiet)
    QTest::newRow("dimension scoreBelow: 30 < 40")
        << FiredRow{dma({{u"plan"_s, planYes},
                         {u"technologies"_s, rows({{u"crm"_s, u"operational"_s}, {u"ai"_s, u"considering"_s}})},
                         {u"website"_s, choice(u"no"_s)}}),
                    {u"dma-catch-up-readiness <- catch-up-readiness"_s, u"dma-sell-online <- sell-online"_s,
                     u"dma-start-investing <- catch-up-readiness"_s}};
    // technologies crm prototyping = 2/5: readiness = 40, not below 40
    QTest::newRow("dimension scoreBelow: 40 is not below 40")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"technologies"_s, rows({{u"crm"_s, u"prototyping"_s}})}}), {}};
    // website n/a, online-sales hidden: readiness has no score
    QTest::newRow("dimension scoreBelow: not assessed")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"website"_s, notApplicable()}}), {}};
    // all: crm considering and website yes; readiness = (20 + 100)/2 = 60
    QTest::newRow("all: both true")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}})},
                         {u"website"_s, choice(u"yes"_s)}}),
                    {u"dma-crm-with-site <- crm-with-site"_s}};
    // the crm row is not answered: all is false; readiness = (0 + 100)/2 = 50
    QTest::newRow("all: row not answered")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"technologies"_s, rows({{u"ai"_s, u"not-used"_s}})},
                         {u"website"_s, choice(u"yes"_s)}}),
                    {}};
    // any: online-sales marketplace; readiness = (100 + 50)/2 = 75
    QTest::newRow("any: first true")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"website"_s, choice(u"yes"_s)},
                         {u"online-sales"_s, choice(u"marketplace"_s)}}),
                    {u"dma-sell-online <- sell-online"_s}};
    QTest::newRow("any: none true")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"website"_s, choice(u"yes"_s)},
                         {u"online-sales"_s, choice(u"own-shop"_s)}}),
                    {}};
    // website n/a hides online-sales: its stored "none" must not fire anything
    QTest::newRow("any: hidden answer ignored")
        << FiredRow{dma({{u"plan"_s, planYes}, {u"website"_s, notApplicable()}, {u"online-sales"_s, choice(u"none"_s)}}),
                    {}};
    // second theme: equipment-reuse scoreBelow 67: often = 2/3*100 = 66.67 < 67, always = 100
    QTest::newRow("second theme: 66.67 < 67")
        << FiredRow{Firm{.dma = {{u"plan"_s, planYes}}, .green = Answers{{u"equipment-reuse"_s, choice(u"often"_s)}}},
                    {u"green-reuse-equipment <- reuse-equipment"_s}};
    QTest::newRow("second theme: 100")
        << FiredRow{Firm{.dma = {{u"plan"_s, planYes}}, .green = Answers{{u"equipment-reuse"_s, choice(u"always"_s)}}},
                    {}};

    // Profile `in` (e-invoicing-b2b: customers in [businesses, both], see eInvoicing()).
    QTest::newRow("profile in: businesses")
        << FiredRow{eInvoicing(), {u"dma-e-invoicing <- e-invoicing-b2b"_s}};
    QTest::newRow("profile in: both")
        << FiredRow{eInvoicing(QDate(2026, 3, 1), u"both"_s), {u"dma-e-invoicing <- e-invoicing-b2b"_s}};
    QTest::newRow("profile in: consumers is not in") << FiredRow{eInvoicing(QDate(2026, 3, 1), u"consumers"_s), {}};
    QTest::newRow("profile in: don't know is unknown") << FiredRow{eInvoicing(QDate(2026, 3, 1), u"dk"_s), {}};
    Firm noProfile = eInvoicing();
    noProfile.profile.reset();
    QTest::newRow("profile in: no profile") << FiredRow{noProfile, {}};
    Firm otherFact = eInvoicing();
    otherFact.profile = profile({}, {u"services"_s});
    QTest::newRow("profile in: customers not answered") << FiredRow{otherFact, {}};

    // Profile `notIn` (no-site-for-consumers: customers notIn [businesses], website no): it fires
    // dma-sell-online, which sell-online fires too. Website no alone: readiness 0 < 40.
    const auto noSite = [&](const std::optional<Answers> &facts) {
        return Firm{.dma = {{u"plan"_s, planYes}, {u"website"_s, choice(u"no"_s)}}, .profile = facts};
    };
    const QStringList readinessLow = {u"dma-catch-up-readiness <- catch-up-readiness"_s,
                                      u"dma-start-investing <- catch-up-readiness"_s};
    QTest::newRow("profile notIn: consumers")
        << FiredRow{noSite(profile(u"consumers"_s)),
                    readinessLow + QStringList{u"dma-sell-online <- sell-online, no-site-for-consumers"_s}};
    QTest::newRow("profile notIn: both")
        << FiredRow{noSite(profile(u"both"_s)),
                    readinessLow + QStringList{u"dma-sell-online <- sell-online, no-site-for-consumers"_s}};
    QTest::newRow("profile notIn: businesses is in")
        << FiredRow{noSite(profile(u"businesses"_s)), readinessLow + QStringList{u"dma-sell-online <- sell-online"_s}};
    QTest::newRow("profile notIn: don't know is unknown")
        << FiredRow{noSite(profile(u"dk"_s)), readinessLow + QStringList{u"dma-sell-online <- sell-online"_s}};
    QTest::newRow("profile notIn: no profile")
        << FiredRow{noSite(std::nullopt), readinessLow + QStringList{u"dma-sell-online <- sell-online"_s}};

    // `given` (customer-data-rules: given the firm ships goods or considers cloud storage, when data-policy
    // is not yes).
    const auto dataRules = [&](const Answer &policy, const std::optional<Answers> &facts) {
        return Firm{.dma = {{u"plan"_s, planYes}, {u"data-policy"_s, policy}}, .profile = facts};
    };
    QTest::newRow("given: ships goods, data rules no")
        << FiredRow{dataRules(choice(u"no"_s), profile({}, {u"goods-shipped"_s, u"services"_s})),
                    {u"dma-customer-data <- customer-data-rules"_s}};
    QTest::newRow("given: ships goods, data rules yes")
        << FiredRow{dataRules(choice(u"yes"_s), profile({}, {u"goods-shipped"_s})), {}};
    QTest::newRow("given: sells services only")
        << FiredRow{dataRules(choice(u"no"_s), profile({}, {u"services"_s})), {}};
    QTest::newRow("given: no profile") << FiredRow{dataRules(choice(u"no"_s), std::nullopt), {}};
    // the given's other branch, on a theme's answer: cloud storage considered (technologies 20: readiness
    // 20 < 40 fires catch-up-readiness too)
    QTest::newRow("given: cloud storage considered")
        << FiredRow{Firm{.dma = {{u"plan"_s, planYes}, {u"data-policy"_s, choice(u"partially"_s)},
                                 {u"technologies"_s, rows({{u"cloud-storage"_s, u"considering"_s}})}}},
                    readinessLow + QStringList{u"dma-customer-data <- customer-data-rules"_s}};
    // clang-format on
}

void TestRecommender::firedActions()
{
    QFETCH(FiredRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(row.firm, result);
    QStringList fired;
    QSet<QString> seen;
    for (const PlannedAction &p : everyEntry(recs)) {
        QVERIFY2(!seen.contains(p.action->id), qPrintable(u"%1 is listed twice"_s.arg(p.action->id)));
        seen.insert(p.action->id);
        QStringList rules;
        for (const Phare::Rule *rule : p.rules)
            rules.append(rule->id);
        fired.append(p.action->id + u" <- "_s + rules.join(u", "_s));
    }
    QCOMPARE(sorted(fired), sorted(row.fired));
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
    const QString dataEn = u"Are your data managed by written rules? — "_s;
    const QString dataFr = u"Vos données sont-elles gérées selon des règles écrites\u202f?"_s + dash;
    const QString customersEn = u"Who are your customers? — "_s;
    const QString customersFr = u"Qui sont vos clients\u202f?"_s + dash;
    const QStringList dma = {u"dma"_s};

    QTest::newRow("in") << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"investments"_s, ticked({u"none"_s})}}},
                                     u"dma-start-investing"_s, dma,
                                     {investedEn + u"None of these"_s}, {investedFr + u"Aucun de ceux-ci"_s}};
    QTest::newRow("notIn") << ReasonRow{Firm{.dma = {{u"plan"_s, choice(u"partially"_s)}}}, u"dma-write-a-plan"_s, dma,
                                        {planEn + u"Partially"_s}, {planFr + u"En partie"_s}};
    QTest::newRow("scoreBelow") << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"budget"_s, choice(u"occasional"_s)}}},
                                             u"dma-set-a-budget"_s, dma,
                                             {u"How is digital budgeted? — Case by case"_s},
                                             {u"Comment le numérique est-il budgété\u202f?"_s + dash + u"Au cas par cas"_s}};
    QTest::newRow("dontKnow") << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"investments"_s, dontKnow()}}},
                                           u"dma-check-investments"_s, dma,
                                           {investedEn + u"Don't know"_s}, {investedFr + u"Je ne sais pas"_s}};
    // technologies (1/5 + 2/5 + 0)/3 = 0.2; readiness = (0.2 + 0.5 + 0)/3*100 = 23.33, shown rounded
    QTest::newRow("dimension scoreBelow")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes},
                                  {u"technologies"_s, rows({{u"crm"_s, u"considering"_s}, {u"e-invoicing"_s, u"prototyping"_s},
                                                            {u"ai"_s, u"not-used"_s}})},
                                  {u"website"_s, choice(u"partially"_s)},
                                  {u"online-sales"_s, choice(u"none"_s)}}},
                     u"dma-catch-up-readiness"_s, dma,
                     {u"Digital readiness: 23 out of 100"_s}, {u"Préparation numérique"_s + frColon + u"23 sur 100"_s}};
    QTest::newRow("all: both parts")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes},
                                  {u"technologies"_s, rows({{u"crm"_s, u"not-used"_s}, {u"cloud-storage"_s, u"operational"_s}})},
                                  {u"website"_s, choice(u"yes"_s)}}},
                     u"dma-crm-with-site"_s, dma,
                     {websiteEn + u"Yes"_s, u"Where are you with these technologies? — CRM: Not used; Cloud storage: Operational"_s},
                     {websiteFr + u"Oui"_s,
                      u"Où en êtes-vous avec ces technologies\u202f?"_s + dash + u"Gestion client"_s + frColon +
                          u"Pas utilisé\u202f; Stockage en ligne"_s + frColon + u"Opérationnel"_s}};
    QTest::newRow("any: both true")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"website"_s, choice(u"partially"_s)}, {u"online-sales"_s, choice(u"none"_s)}}},
                     u"dma-sell-online"_s, dma,
                     {websiteEn + u"Partially"_s, salesEn + u"No"_s}, {websiteFr + u"En partie"_s, salesFr + u"Non"_s}};
    // only online-sales marketplace is true; website yes is not a reason
    QTest::newRow("any: one true")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"website"_s, choice(u"yes"_s)}, {u"online-sales"_s, choice(u"marketplace"_s)}}},
                     u"dma-sell-online"_s, dma, {salesEn + u"On a marketplace"_s}, {salesFr + u"Sur une place de marché"_s}};
    // not (plan in [yes, partially]) holds because plan is no: that answer is the reason
    QTest::newRow("not") << ReasonRow{Firm{.dma = {{u"plan"_s, choice(u"no"_s)}}}, u"dma-no-plan"_s, dma,
                                      {planEn + u"No"_s}, {planFr + u"Non"_s}};
    QTest::newRow("second theme")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}}, .green = Answers{{u"equipment-reuse"_s, choice(u"sometimes"_s)}}},
                     u"green-reuse-equipment"_s, {u"green"_s},
                     {u"Do you re-use equipment? — Sometimes"_s}, {u"Réemployez-vous le matériel\u202f?"_s + dash + u"Parfois"_s}};

    // One entry, every reason: start-investing (investments) and catch-up-readiness (readiness) fire it.
    QTest::newRow("two rules, two reasons")
        << ReasonRow{selling(), u"dma-start-investing"_s, dma,
                     {investedEn + u"None of these"_s, u"Digital readiness: 23 out of 100"_s},
                     {investedFr + u"Aucun de ceux-ci"_s, u"Préparation numérique"_s + frColon + u"23 sur 100"_s}};
    // write-a-plan and no-plan both name the plan question: it is listed once.
    QTest::newRow("two rules, the same reason once")
        << ReasonRow{Firm{.dma = {{u"plan"_s, choice(u"no"_s)}}}, u"dma-write-a-plan"_s, dma,
                     {planEn + u"No"_s}, {planFr + u"Non"_s}};
    // The website question is named by sell-online and no-site-for-consumers: once; the profile fact that
    // made no-site-for-consumers hold is a reason too.
    QTest::newRow("two rules, a profile fact")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"website"_s, choice(u"no"_s)}}, .profile = profile(u"consumers"_s)},
                     u"dma-sell-online"_s, dma,
                     {websiteEn + u"No"_s, customersEn + u"Consumers"_s},
                     {websiteFr + u"Non"_s, customersFr + u"Des particuliers"_s}};
    QTest::newRow("profile in: the fact is a reason")
        << ReasonRow{eInvoicing(), u"dma-e-invoicing"_s, dma,
                     {customersEn + u"Businesses"_s,
                      u"Where are you with these technologies? — E-invoicing: Not used; Cloud storage: Operational"_s},
                     {customersFr + u"Des entreprises"_s,
                      u"Où en êtes-vous avec ces technologies\u202f?"_s + dash + u"Facture électronique"_s + frColon +
                          u"Pas utilisé\u202f; Stockage en ligne"_s + frColon + u"Opérationnel"_s}};
    // `given` holds (the firm ships goods) but is no reason: only the data-policy answer is.
    QTest::newRow("given: no reason from the profile")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"data-policy"_s, choice(u"no"_s)}},
                          .profile = profile({}, {u"goods-shipped"_s})},
                     u"dma-customer-data"_s, dma, {dataEn + u"No"_s}, {dataFr + u"Non"_s}};
    QTest::newRow("given: no reason from a theme's answer")
        << ReasonRow{Firm{.dma = {{u"plan"_s, planYes}, {u"data-policy"_s, choice(u"partially"_s)},
                                  {u"technologies"_s, rows({{u"cloud-storage"_s, u"considering"_s}})}}},
                     u"dma-customer-data"_s, dma, {dataEn + u"Partially"_s}, {dataFr + u"En partie"_s}};
    // clang-format on
}

void TestRecommender::reasons()
{
    QFETCH(ReasonRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(row.firm, result);
    const PlannedAction *p = entryFor(recs, row.action);
    QVERIFY2(p, qPrintable(u"%1 was not advised"_s.arg(row.action)));
    QCOMPARE(p->themes, row.themes);
    QCOMPARE(described(p->reasons, u"en"), sorted(row.en));
    QCOMPARE(described(p->reasons, u"fr"), sorted(row.fr));
}

void TestRecommender::rankParts_data()
{
    QTest::addColumn<PartsRow>("row");
    // clang-format off
    // See mixed(): the parts of three of its actions.
    QTest::newRow("high, full gap, 4 h") // 33.75 + 30 + 11.25
        << PartsRow{mixed(), u"dma-start-investing"_s, u"high"_s, 75, 100, 75, 0, 75, false};
    QTest::newRow("low, half gap, 80 h") // 11.25 + 15 + 1.5
        << PartsRow{mixed(), u"dma-sell-online"_s, u"low"_s, 25, 50, 10, 0, 27.75, false};
    QTest::newRow("second theme: gap 33.33") // 11.25 + 0.3 × (100 - 200/3) + 11.25
        << PartsRow{mixed(), u"green-reuse-equipment"_s, u"low"_s, 25, 100 - 200.0 / 3, 75, 0, 32.5, false};
    // don't know scores 0: gap 100; low, 1 h: 11.25 + 30 + 15
    QTest::newRow("don't know: full gap")
        << PartsRow{Firm{.dma = {{u"plan"_s, choice(u"yes"_s)}, {u"investments"_s, dontKnow()}}},
                    u"dma-check-investments"_s, u"low"_s, 25, 100, 100, 0, 56.25, false};
    // See selling(): investments none (0) and readiness 23.33 fire it: the gap is 100 - min(0, 23.33) = 100
    QTest::newRow("two rules: the lowest score sets the gap")
        << PartsRow{selling(), u"dma-start-investing"_s, u"high"_s, 75, 100, 75, 0, 75, false};
    // See selling(): readiness 23.33 -> gap 76.67; high, 40 h: 33.75 + 23 + 6
    QTest::newRow("dimension: gap 76.67, 40 h")
        << PartsRow{selling(), u"dma-catch-up-readiness"_s, u"high"_s, 75, 100 - 70.0 / 3, 40, 0, 62.75, false};
    // website no (0) for a consumer business: no-site-for-consumers raises dma-sell-online from low to
    // medium: 22.5 + 30 + 1.5; for a business-to-business firm it stays low: 11.25 + 30 + 1.5
    QTest::newRow("a rule raises the impact")
        << PartsRow{Firm{.dma = {{u"plan"_s, choice(u"yes"_s)}, {u"website"_s, choice(u"no"_s)}}, .profile = profile(u"consumers"_s)},
                    u"dma-sell-online"_s, u"medium"_s, 50, 100, 10, 0, 54, false};
    QTest::newRow("the impact is not raised")
        << PartsRow{Firm{.dma = {{u"plan"_s, choice(u"yes"_s)}, {u"website"_s, choice(u"no"_s)}}, .profile = profile(u"businesses"_s)},
                    u"dma-sell-online"_s, u"low"_s, 25, 100, 10, 0, 42.75, false};
    // `given` looks at technologies (20) but sets no gap: the gap is 100 - data-policy partially (50) = 50,
    // not 80; high, 2 h: 33.75 + 15 + 15
    QTest::newRow("given sets no gap")
        << PartsRow{Firm{.dma = {{u"plan"_s, choice(u"yes"_s)}, {u"data-policy"_s, choice(u"partially"_s)},
                                 {u"technologies"_s, rows({{u"cloud-storage"_s, u"considering"_s}})}}},
                    u"dma-customer-data"_s, u"high"_s, 75, 50, 100, 0, 63.75, false};
    // See eInvoicing(): 60 before the urgency; deadline 2026-09-01.
    QTest::newRow("deadline passed a month ago") // + 10
        << PartsRow{eInvoicing(QDate(2026, 10, 1)), u"dma-e-invoicing"_s, u"high"_s, 75, 50, 75, 100, 70, true};
    QTest::newRow("deadline: on the day it applies") // + 10
        << PartsRow{eInvoicing(QDate(2026, 9, 1)), u"dma-e-invoicing"_s, u"high"_s, 75, 50, 75, 100, 70, true};
    QTest::newRow("deadline in 184 days") // 2026-03-01 to 2026-09-01: + 6
        << PartsRow{eInvoicing(QDate(2026, 3, 1)), u"dma-e-invoicing"_s, u"high"_s, 75, 50, 75, 60, 66, false};
    QTest::newRow("deadline in exactly 365 days") // 2025-09-01 to 2026-09-01: + 6
        << PartsRow{eInvoicing(QDate(2025, 9, 1)), u"dma-e-invoicing"_s, u"high"_s, 75, 50, 75, 60, 66, false};
    QTest::newRow("deadline in 366 days") // 2025-08-31: more than a year away, + 0
        << PartsRow{eInvoicing(QDate(2025, 8, 31)), u"dma-e-invoicing"_s, u"high"_s, 75, 50, 75, 0, 60, false};
    QTest::newRow("deadline years away")
        << PartsRow{eInvoicing(QDate(2023, 1, 1)), u"dma-e-invoicing"_s, u"high"_s, 75, 50, 75, 0, 60, false};
    // clang-format on
}

void TestRecommender::rankParts()
{
    QFETCH(PartsRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(row.firm, result);
    const PlannedAction *p = entryFor(recs, row.action);
    QVERIFY2(p, qPrintable(u"%1 was not advised"_s.arg(row.action)));
    const Phare::RankParts &parts = p->parts;
    const QString got = u"%1: impact %2 (%3), gap %4, quickness %5, urgency %6, score %7, passed %8"_s.arg(
        row.action, Phare::impactId(parts.impact), QString::number(parts.impactPoints), QString::number(parts.gap),
        QString::number(parts.quickness), QString::number(parts.urgency), QString::number(parts.score),
        parts.deadlinePassed ? u"yes"_s : u"no"_s);
    QVERIFY2(Phare::impactId(parts.impact) == row.impact, qPrintable(got));
    QVERIFY2(near(parts.impactPoints, row.impactPoints), qPrintable(got));
    QVERIFY2(near(parts.gap, row.gap), qPrintable(got));
    QVERIFY2(near(parts.quickness, row.quickness), qPrintable(got));
    QVERIFY2(near(parts.urgency, row.urgency), qPrintable(got));
    QVERIFY2(std::abs(parts.score - row.score) <= 1e-6, qPrintable(got));
    QVERIFY2(parts.deadlinePassed == row.deadlinePassed, qPrintable(got));
    QCOMPARE(recs.referenceDate, row.firm.date);
}

// "Why this rank", as the user reads it, for dma-e-invoicing a month after its deadline (see eInvoicing()):
// 33.75 points for a high impact (shown 34), gap 50 (15 points), 8 h (11.25, shown 11), in force (10):
// 70 in all. It is the only action advised: rank 1.
void TestRecommender::rankExplanation()
{
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(eInvoicing(QDate(2026, 10, 1)), result);
    QCOMPARE(recs.plan.size(), 1);
    const PlannedAction &p = recs.plan.first();
    QCOMPARE(p.rankExplanation(Phare::Language::english()),
             u"Rank 1, 70 out of 100: high stakes (34 points), gap 50 out of 100 (15 points), about 8 h of work "
             "(11 points), legal obligation already in force (10 points)."_s);
    QCOMPARE(p.rankExplanation(Phare::Language::french()),
             u"Rang 1, 70 sur 100\u00a0: enjeu élevé (34 points), écart 50 sur 100 (15 points), effort d'environ "
             "8 h (11 points), obligation légale déjà en vigueur (10 points)."_s);
    // Six months before it, the deadline is within a year: 6 points, 66 in all.
    const Recommendations before = recommend(eInvoicing(QDate(2026, 3, 1)), result);
    QCOMPARE(before.plan.first().rankExplanation(Phare::Language::english()),
             u"Rank 1, 66 out of 100: high stakes (34 points), gap 50 out of 100 (15 points), about 8 h of work "
             "(11 points), legal obligation within a year (6 points)."_s);
}

void TestRecommender::plan_data()
{
    QTest::addColumn<PlanRow>("row");
    // clang-format off
    const QString after = u" (after its prerequisite)"_s;
    const QString weakest = u" (weakest dimension)"_s;

    // See mixed(): by score start-investing 75, set-a-budget 60, crm-with-site 57.75, write-a-plan 52.5,
    // reuse-equipment 32.5, sell-online 27.75. set-a-budget needs write-a-plan: it moves after it (rank 4).
    // crm-with-site is at the earliest "next" though "now" has room; sell-online needs catch-up-readiness,
    // which is not advised: nothing to wait for. strategy (28.125) is the weakest dimension and
    // start-investing, first, answers it: nothing is promoted.
    QTest::newRow("default caps")
        << PlanRow{mixed(), {},
                   {u"now #1 dma-start-investing"_s, u"now #3 dma-write-a-plan"_s, u"now #4 dma-set-a-budget"_s + after,
                    u"now #5 green-reuse-equipment"_s, u"now #6 dma-sell-online"_s, u"next #2 dma-crm-with-site"_s},
                   {}};
    // The same with 2 now, 1 next, 1 later: set-a-budget finds "now" and "next" full and goes to "later";
    // reuse-equipment and sell-online find every horizon full: other possibilities, in rank order.
    QTest::newRow("small caps")
        << PlanRow{mixed(), {2, 1, 1, 6, 8},
                   {u"now #1 dma-start-investing"_s, u"now #3 dma-write-a-plan"_s, u"next #2 dma-crm-with-site"_s,
                    u"later #4 dma-set-a-budget"_s + after},
                   {u"#5 green-reuse-equipment"_s, u"#6 dma-sell-online"_s}};
    // No "now" at all: everything that could be now moves on; set-a-budget still follows write-a-plan.
    QTest::newRow("no now")
        << PlanRow{mixed(), {0, 3, 12, 6, 8},
                   {u"next #1 dma-start-investing"_s, u"next #2 dma-crm-with-site"_s, u"next #3 dma-write-a-plan"_s,
                    u"later #4 dma-set-a-budget"_s + after, u"later #5 green-reuse-equipment"_s,
                    u"later #6 dma-sell-online"_s},
                   {}};
    // See selling(): start-investing 75 (now), catch-up-readiness 62.75 (earliest next), sell-online 42.75
    // needs catch-up-readiness: "now" has room, but it waits for the horizon of what it needs.
    QTest::newRow("prerequisite's horizon")
        << PlanRow{selling(), {},
                   {u"now #1 dma-start-investing"_s, u"next #2 dma-catch-up-readiness"_s, u"next #3 dma-sell-online"_s},
                   {}};
    // investments don't know only: check-investments is at the earliest "later" though nothing else is planned.
    QTest::newRow("earliest later")
        << PlanRow{Firm{.dma = {{u"plan"_s, choice(u"yes"_s)}, {u"investments"_s, dontKnow()}}}, {},
                   {u"later #1 dma-check-investments"_s}, {}};
    // See weakFootprint(): with room, reuse-equipment is "now" anyway and is not promoted...
    QTest::newRow("weakest dimension already now")
        << PlanRow{weakFootprint(), {},
                   {u"now #1 dma-start-investing"_s, u"now #2 dma-set-a-budget"_s, u"now #4 green-reuse-equipment"_s,
                    u"next #3 dma-crm-with-site"_s},
                   {}};
    // ...with 2 "now", start-investing and set-a-budget would fill it and footprint (0) would have no action:
    // reuse-equipment takes the last place of "now" (rank 2), set-a-budget moves one down to "next" and
    // crm-with-site (earliest next) finds "next" full: "later".
    QTest::newRow("weakest dimension promoted")
        << PlanRow{weakFootprint(), {2, 1, 1, 6, 8},
                   {u"now #1 dma-start-investing"_s, u"now #2 green-reuse-equipment"_s + weakest,
                    u"next #3 dma-set-a-budget"_s, u"later #4 dma-crm-with-site"_s},
                   {}};
    // See behind(): eleven actions, the default caps bite: customer-data, e-invoicing, write-a-plan,
    // start-investing and set-a-budget fill "now" (5); reuse-equipment (rank 9) finds it full: "next";
    // sell-online waits for catch-up-readiness ("next"); check-investments and no-plan are at the earliest
    // "later". customer-data answers the weakest dimension (data 0) and is first.
    QTest::newRow("everything fires")
        << PlanRow{behind(), {},
                   {u"now #1 dma-customer-data"_s, u"now #2 dma-e-invoicing"_s, u"now #3 dma-write-a-plan"_s,
                    u"now #4 dma-start-investing"_s, u"now #6 dma-set-a-budget"_s,
                    u"next #5 dma-crm-with-site"_s, u"next #7 dma-catch-up-readiness"_s,
                    u"next #9 green-reuse-equipment"_s, u"next #11 dma-sell-online"_s,
                    u"later #8 dma-check-investments"_s, u"later #10 dma-no-plan"_s},
                   {}};
    // The same with 3 / 2 / 2: ranks 1-3 fill "now"; start-investing (4) and crm-with-site (5) fill "next";
    // set-a-budget (6) and catch-up-readiness (7) fill "later"; check-investments, reuse-equipment, no-plan
    // and sell-online (which would wait for catch-up-readiness in "later") do not fit.
    QTest::newRow("everything fires, small caps")
        << PlanRow{behind(), {3, 2, 2, 6, 8},
                   {u"now #1 dma-customer-data"_s, u"now #2 dma-e-invoicing"_s, u"now #3 dma-write-a-plan"_s,
                    u"next #4 dma-start-investing"_s, u"next #5 dma-crm-with-site"_s,
                    u"later #6 dma-set-a-budget"_s, u"later #7 dma-catch-up-readiness"_s},
                   {u"#8 dma-check-investments"_s, u"#9 green-reuse-equipment"_s, u"#10 dma-no-plan"_s,
                    u"#11 dma-sell-online"_s}};
    QTest::newRow("nothing to do") << PlanRow{Firm{.dma = {{u"plan"_s, choice(u"yes"_s)}}}, {}, {}, {}};
    // clang-format on
}

void TestRecommender::plan()
{
    QFETCH(PlanRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(row.firm, result, row.caps);
    const auto flags = [](const PlannedAction &p) {
        return QString(p.parts.afterPrerequisite ? u" (after its prerequisite)"_s : QString()) +
               (p.parts.weakestDimension ? u" (weakest dimension)"_s : QString());
    };
    QStringList plan;
    for (const PlannedAction &p : recs.plan)
        plan.append(u"%1 #%2 %3"_s.arg(Phare::horizonId(p.horizon)).arg(p.rank).arg(p.action->id) + flags(p));
    QStringList others;
    for (const PlannedAction &p : recs.others)
        others.append(u"#%1 %2"_s.arg(p.rank).arg(p.action->id) + flags(p));
    QCOMPARE(plan, row.plan);
    QCOMPARE(others, row.others);
    QCOMPARE(recs.count(Phare::Horizon::Now) <= row.caps.now, true);
    QCOMPARE(recs.count(Phare::Horizon::Next) <= row.caps.next, true);
    QCOMPARE(recs.count(Phare::Horizon::Later) <= row.caps.later, true);
}

void TestRecommender::chapters_data()
{
    QTest::addColumn<ChapterRow>("row");
    // clang-format off
    // See mixed(): digital-strategy gathers start-investing 75, write-a-plan 52.5 and reuse-equipment 32.5
    // (160); funding set-a-budget 60; green-it reuse-equipment 32.5; selling-online sell-online 27.75.
    // crm-with-site supports no chapter.
    QTest::newRow("sum of the planned actions")
        << ChapterRow{mixed(), {},
                      {u"digital-strategy 160.00: dma-start-investing, dma-write-a-plan, green-reuse-equipment"_s,
                       u"funding 60.00: dma-set-a-budget"_s, u"green-it 32.50: green-reuse-equipment"_s,
                       u"selling-online 27.75: dma-sell-online"_s}};
    QTest::newRow("capped at 2")
        << ChapterRow{mixed(), {5, 8, 12, 2, 8},
                      {u"digital-strategy 160.00: dma-start-investing, dma-write-a-plan, green-reuse-equipment"_s,
                       u"funding 60.00: dma-set-a-budget"_s}};
    // With 2 / 1 / 1, reuse-equipment and sell-online are other possibilities: they support no chapter,
    // so green-it and selling-online go; digital-strategy is 75 + 52.5 = 127.5.
    QTest::newRow("only planned actions count")
        << ChapterRow{mixed(), {2, 1, 1, 6, 8},
                      {u"digital-strategy 127.50: dma-start-investing, dma-write-a-plan"_s,
                       u"funding 60.00: dma-set-a-budget"_s}};
    // See behind(): digital-strategy e-invoicing 78 + write-a-plan 67.5 + start-investing 64 +
    // check-investments 56.25 + reuse-equipment 52.5 = 318.25; funding set-a-budget 60 + no-plan 47.25 =
    // 107.25; selling-online catch-up-readiness 58.75 + sell-online 42.75 = 101.5; data-protection
    // customer-data 78.75; green-it 52.5. The sum
    // ranks funding before selling-online, though selling-online's best action scores more. A chapter lists
    // its actions as the plan does (by horizon, then rank): check-investments (rank 8, "later") comes after
    // reuse-equipment (rank 9, "next").
    QTest::newRow("ranked by the sum")
        << ChapterRow{behind(), {},
                      {u"digital-strategy 318.25: dma-e-invoicing, dma-write-a-plan, dma-start-investing, "
                       "green-reuse-equipment, dma-check-investments"_s,
                       u"funding 107.25: dma-set-a-budget, dma-no-plan"_s,
                       u"selling-online 101.50: dma-catch-up-readiness, dma-sell-online"_s,
                       u"data-protection 78.75: dma-customer-data"_s,
                       u"green-it 52.50: green-reuse-equipment"_s}};
    QTest::newRow("nothing fired") << ChapterRow{Firm{.dma = {{u"plan"_s, choice(u"yes"_s)}}}, {}, {}};
    // clang-format on
}

void TestRecommender::chapters()
{
    QFETCH(ChapterRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(row.firm, result, row.caps);
    QStringList chapters;
    for (const Phare::ChapterRecommendation &c : recs.chapters) {
        QStringList actions;
        for (const Phare::Action *a : c.actions)
            actions.append(a->id);
        chapters.append(u"%1 %2: %3"_s.arg(c.chapter->id, QString::number(c.score, 'f', 2), actions.join(u", "_s)));
    }
    QCOMPARE(chapters, row.chapters);
}

// A chapter's reasons are its actions' reasons, each once; its themes are theirs (see mixed()).
void TestRecommender::chapterReasons()
{
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(mixed(), result);
    QVERIFY(!recs.chapters.isEmpty());
    const Phare::ChapterRecommendation &c = recs.chapters.first();
    QCOMPARE(c.chapter->id, u"digital-strategy"_s);
    QCOMPARE(sorted(c.themes), (QStringList{u"dma"_s, u"green"_s}));
    QCOMPARE(described(c.reasons, u"en"),
             sorted({u"What have you invested in? — None of these"_s,
                     u"Do you have a written digital plan? — Partially"_s, u"Do you re-use equipment? — Often"_s}));
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
    QTest::addColumn<UseCaseRow>("row");
    // See selling(): a use case scores its best planned action: e-invoicing-platform (all sectors; micro,
    // small, medium) from start-investing 75 and catch-up-readiness 62.75: 75; cloud-crm (retail, services;
    // small, medium) from catch-up-readiness: 62.75; click-and-collect (retail, food; micro, small),
    // marketplace (craft; micro) and parcel-tracking (all sectors; micro to medium; when the firm ships
    // goods) from sell-online: 42.75.
    const auto at = [](const QString &sector, int employees, const std::optional<Answers> &facts = std::nullopt) {
        Firm f = selling();
        f.sector = sector;
        f.employees = employees;
        f.profile = facts;
        return f;
    };
    // clang-format off
    QTest::newRow("retail, 0 staff") << UseCaseRow{at(u"retail"_s, 0), {}, {u"e-invoicing-platform 75.00"_s, u"click-and-collect 42.75"_s}};
    QTest::newRow("retail, 9 staff") << UseCaseRow{at(u"retail"_s, 9), {}, {u"e-invoicing-platform 75.00"_s, u"click-and-collect 42.75"_s}};
    QTest::newRow("retail, 10 staff") << UseCaseRow{at(u"retail"_s, 10), {}, {u"e-invoicing-platform 75.00"_s, u"cloud-crm 62.75"_s, u"click-and-collect 42.75"_s}};
    QTest::newRow("retail, 49 staff") << UseCaseRow{at(u"retail"_s, 49), {}, {u"e-invoicing-platform 75.00"_s, u"cloud-crm 62.75"_s, u"click-and-collect 42.75"_s}};
    QTest::newRow("retail, 50 staff") << UseCaseRow{at(u"retail"_s, 50), {}, {u"e-invoicing-platform 75.00"_s, u"cloud-crm 62.75"_s}};
    QTest::newRow("retail, 250 staff") << UseCaseRow{at(u"retail"_s, 250), {}, {}};
    QTest::newRow("services, 20 staff") << UseCaseRow{at(u"services"_s, 20), {}, {u"e-invoicing-platform 75.00"_s, u"cloud-crm 62.75"_s}};
    QTest::newRow("food, 9 staff") << UseCaseRow{at(u"food"_s, 9), {}, {u"e-invoicing-platform 75.00"_s, u"click-and-collect 42.75"_s}};
    QTest::newRow("craft, 5 staff") << UseCaseRow{at(u"craft"_s, 5), {}, {u"e-invoicing-platform 75.00"_s, u"marketplace 42.75"_s}};
    QTest::newRow("craft, 10 staff") << UseCaseRow{at(u"craft"_s, 10), {}, {u"e-invoicing-platform 75.00"_s}};
    // `when`: parcel-tracking only for a firm that ships goods; unknown (no profile) is not enough.
    QTest::newRow("when: no profile") << UseCaseRow{at(u"health"_s, 30), {}, {u"e-invoicing-platform 75.00"_s}};
    QTest::newRow("when: ships goods") << UseCaseRow{at(u"health"_s, 30, profile({}, {u"goods-shipped"_s, u"services"_s})), {}, {u"e-invoicing-platform 75.00"_s, u"parcel-tracking 42.75"_s}};
    QTest::newRow("when: services only") << UseCaseRow{at(u"health"_s, 30, profile({}, {u"services"_s})), {}, {u"e-invoicing-platform 75.00"_s}};
    QTest::newRow("when, but too large") << UseCaseRow{at(u"health"_s, 300, profile({}, {u"goods-shipped"_s})), {}, {}};
    // Capped: the best first.
    QTest::newRow("capped at 2") << UseCaseRow{at(u"retail"_s, 10), {5, 8, 12, 6, 2}, {u"e-invoicing-platform 75.00"_s, u"cloud-crm 62.75"_s}};
    QTest::newRow("capped at 0") << UseCaseRow{at(u"retail"_s, 10), {5, 8, 12, 6, 0}, {}};
    // Only planned actions lead to use cases: with 1 now, 1 next and no later, sell-online (rank 3) is
    // another possibility, so click-and-collect goes.
    QTest::newRow("only planned actions") << UseCaseRow{at(u"retail"_s, 10), {1, 1, 0, 6, 8}, {u"e-invoicing-platform 75.00"_s, u"cloud-crm 62.75"_s}};
    // clang-format on
}

void TestRecommender::useCases()
{
    QFETCH(UseCaseRow, row);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(row.firm, result, row.caps);
    QStringList useCases;
    for (const Phare::UseCaseRecommendation &u : recs.useCases) {
        useCases.append(u.useCase->id + u' ' + QString::number(u.score, 'f', 2));
        QCOMPARE(u.themes, QStringList{u"dma"_s});
        QVERIFY2(!u.reasons.isEmpty(), qPrintable(u.useCase->id + u" has no reason"_s));
    }
    QCOMPARE(useCases, row.useCases);
}

void TestRecommender::profileMissing_data()
{
    QTest::addColumn<Firm>("firm");
    QTest::addColumn<bool>("missing");
    Firm none = eInvoicing();
    none.profile.reset();
    QTest::newRow("never answered") << none << true;
    Firm empty = eInvoicing();
    empty.profile = Answers{};
    QTest::newRow("stored with no answer") << empty << true;
    QTest::newRow("one fact answered") << eInvoicing() << false;
    QTest::newRow("one fact, don't know") << eInvoicing(QDate(2026, 3, 1), u"dk"_s) << false;
}

void TestRecommender::profileMissing()
{
    QFETCH(Firm, firm);
    QFETCH(bool, missing);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(firm, result);
    QCOMPARE(recs.profileMissing, missing);
}

void TestRecommender::deadlinePhrasing_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("benefit");
    const QString frDate = u"1er"_s + nbsp + u"septembre"_s + nbsp + u"2026"_s;
    const QString enDate = u"1"_s + nbsp + u"September"_s + nbsp + u"2026"_s;
    const QString frText = u"Être prêt à recevoir des factures électroniques "_s;
    const QString enText = u"Be ready to receive e-invoices "_s;
    const QString frBenefit = u"L'obligation s'applique le "_s + frDate + u'.';
    const QString enBenefit = u"The obligation applies on "_s + enDate + u'.';
    // clang-format off
    QTest::newRow("fr, before") << QDate(2026, 3, 1) << u"fr"_s << frText + u"avant le "_s + frDate + u'.' << frBenefit;
    QTest::newRow("fr, the day before") << QDate(2026, 8, 31) << u"fr"_s << frText + u"avant le "_s + frDate + u'.' << frBenefit;
    QTest::newRow("fr, on the day") << QDate(2026, 9, 1) << u"fr"_s << frText + u"depuis le "_s + frDate + u'.' << frBenefit;
    QTest::newRow("fr, after") << QDate(2027, 1, 15) << u"fr"_s << frText + u"depuis le "_s + frDate + u'.' << frBenefit;
    QTest::newRow("en, before") << QDate(2026, 3, 1) << u"en"_s << enText + u"before "_s + enDate + u'.' << enBenefit;
    QTest::newRow("en, on the day") << QDate(2026, 9, 1) << u"en"_s << enText + u"since "_s + enDate + u'.' << enBenefit;
    QTest::newRow("en, after") << QDate(2027, 1, 15) << u"en"_s << enText + u"since "_s + enDate + u'.' << enBenefit;
    // clang-format on
}

void TestRecommender::deadlinePhrasing()
{
    QFETCH(QDate, date);
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, benefit);
    Phare::AssessmentResult result;
    const Recommendations recs = recommend(eInvoicing(date), result);
    QCOMPARE(recs.referenceDate, date);
    const PlannedAction *p = entryFor(recs, u"dma-e-invoicing"_s);
    QVERIFY(p);
    const Phare::Language in = *Phare::Language::fromCode(language);
    QCOMPARE(Phare::phrased(p->action->text, in, recs), text);
    QCOMPARE(Phare::phrased(p->action->benefit, in, recs), benefit);
    // A text without a placeholder is left as it is.
    QCOMPARE(Phare::phrased(p->action->firstStep, in, recs), p->action->firstStep.text(in));
}

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
