// Tests Phare::Scorer on the DMA-like fixture (tests/data/dma-like): question, dimension, theme and overall scores.
#include "answers.h"
#include "assessment.h"
#include "contentloader.h"
#include "questionnaire.h"
#include "scorer.h"

#include <QtTest>

#include <array>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using Phare::Answer;
using Phare::Assessment;
using Phare::AssessmentResult;
using Phare::Content;
using Phare::ContentLoader;
using Phare::DimensionResult;
using Phare::QuestionResult;
using Phare::Scorer;
using Phare::ThemeResult;

namespace {

using Phare::Test::Answers;
using State = QuestionResult::State;

using Phare::Test::choice;
using Phare::Test::dontKnow;
using Phare::Test::notApplicable;
using Phare::Test::rows;
using Phare::Test::ticked;

// The version of the dma fixture (dma.yaml says version: 2).
constexpr int dmaVersion = 2;

Assessment assessmentWith(const std::optional<Answers> &dma, const std::optional<Answers> &green = std::nullopt,
                          int version = dmaVersion)
{
    Assessment a;
    a.company.name = u"Boulangerie Test"_s;
    a.company.sector = u"food"_s;
    a.company.employees = 4;
    a.language = u"fr"_s;
    if (dma) {
        Phare::ThemeAnswers t;
        t.version = version;
        t.answers = *dma;
        a.themes.insert(u"dma"_s, t);
    }
    if (green) {
        Phare::ThemeAnswers t;
        t.version = 1;
        t.answers = *green;
        a.themes.insert(u"green"_s, t);
    }
    return a;
}

QString stateName(State state)
{
    switch (state) {
    case State::Unanswered:
        return u"unanswered"_s;
    case State::Answered:
        return u"answered"_s;
    case State::DontKnow:
        return u"don't know"_s;
    case State::NotApplicable:
        return u"not applicable"_s;
    case State::Hidden:
        return u"hidden"_s;
    }
    return u"?"_s;
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'g', 17) : u"no score"_s;
}

// Empty when both are absent or both present and within 1e-9; else what differs.
QString scoreMismatch(const std::optional<double> &actual, const std::optional<double> &expected)
{
    if (actual.has_value() == expected.has_value() && (!actual || std::abs(*actual - *expected) <= 1e-9))
        return {};
    return u"got %1, expected %2"_s.arg(scoreText(actual), scoreText(expected));
}

QString issuesText(const QList<Phare::ScoreIssue> &issues)
{
    QStringList lines;
    for (const Phare::ScoreIssue &i : issues)
        lines.append(u"[%1/%2] %3"_s.arg(i.theme, i.question, i.message));
    return lines.join(u'\n');
}

} // namespace

#define COMPARE_SCORE(actual, expected)                                                                                \
    do {                                                                                                               \
        const QString mismatch_ = scoreMismatch((actual), (expected));                                                 \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(QStringLiteral(#actual ": ") + mismatch_));                           \
    } while (false)

// One question of the dma theme, answered with the row's answers.
struct QuestionRow
{
    Answers answers;
    QString question;
    State state = State::Unanswered;
    double normalised = 0;   // checked when the question counts
    double share = 0;        // checked when the question counts
    double contribution = 0; // always checked: 0 when the question does not count
    std::optional<double> dimensionScore;
};
Q_DECLARE_METATYPE(QuestionRow)

// The dma theme as a whole; dimensions in the order strategy, readiness, data.
struct ThemeRow
{
    Answers answers;
    std::array<std::optional<double>, 3> dimensions;
    std::array<int, 3> answered{};
    std::array<int, 3> visible{};
    std::optional<double> score;
    QString level; // empty: no level
    int dontKnow = 0;
};
Q_DECLARE_METATYPE(ThemeRow)

struct OverallRow
{
    std::optional<Answers> dma;
    std::optional<Answers> green;
    std::optional<double> dmaScore;
    std::optional<double> greenScore;
    QString greenLevel;
    std::optional<double> overall;
    QString overallLevel; // empty: no level
    int themes = 0;       // themes in the result
};
Q_DECLARE_METATYPE(OverallRow)

// A stored answer the scorer must report and leave out of the scores, but never drop.
struct IssueRow
{
    QString theme;   // where the answers are stored
    Answers answers; // (for "dma" and unknown themes)
    int version = dmaVersion;
    QString issueTheme;
    QString issueQuestion; // empty: an issue about the whole theme
    QStringList mentions;  // words the message must hold, so the user can find the answer
    QString question;      // a known question whose answer must be kept but not counted
    QString dimension;     // and its dimension's score
    std::optional<double> dimensionScore;
};
Q_DECLARE_METATYPE(IssueRow)

class TestScorer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtureShape();
    void questionScore_data();
    void questionScore();
    void themeScore_data();
    void themeScore();
    void levels_data();
    void levels();
    void overall_data();
    void overall();
    void issues_data();
    void issues();
    // The firm profile, unscored questions and dimensions, firm conditions (issue 11).
    void unscoredQuestionsCountNowhere();
    void unscoredDimensionHasNoScore();
    void firmConditions_data();
    void firmConditions();
    void profileIsNeverATheme();
    // The content's index (core/contentindex.h): a questionnaire that is not the content's own is compiled.
    void questionnaireOutsideTheContentIsScoredAlike();

private:
    Assessment firmAssessment(const std::optional<Answers> &profile, const Answers &theme = {},
                              const QString &sector = u"food"_s, int employees = 4) const;
    Content m_firm;
    const Phare::Questionnaire *dma() const { return m_content.questionnaire(u"dma"); }
    Content m_content;
};

void TestScorer::initTestCase()
{
    const Phare::Result<Phare::Content> loaded = ContentLoader::load({QString::fromUtf8(PHARE_TEST_DATA "/dma-like")});
    QStringList problems;
    for (const Phare::Diagnostic &d : loaded.diagnostics())
        problems.append(d.toString());
    QVERIFY2(loaded.diagnostics().isEmpty(), qPrintable(problems.join(u'\n')));
    m_content = loaded.value();
    QVERIFY(dma());
    QVERIFY(m_content.questionnaire(u"green"));

    // A profile and a theme that looks at it, in memory.
    const QByteArray profile = R"(kind: profile
id: profile
version: 1
title: {fr: Profil, en: Profile}
questions:
  - id: customers
    type: scale
    text: {fr: Clients, en: Customers}
    help: {fr: Aide, en: Help}
    allowDontKnow: true
    options:
      - {id: consumers, label: {fr: Particuliers, en: Consumers}}
      - {id: businesses, label: {fr: Entreprises, en: Businesses}}
      - {id: both, label: {fr: Les deux, en: Both}}
  - id: sells
    type: checklist
    text: {fr: Ventes, en: Sales}
    help: {fr: Aide, en: Help}
    options:
      - {id: goods, label: {fr: Biens, en: Goods}}
      - {id: food-service, label: {fr: Restauration, en: Food service}}
)";
    const auto yesNo = [](const char *id, const char *showIf) {
        return QByteArray("      - id: ") + id +
               "\n        type: yes-no\n        text: {fr: Q, en: Q}\n        help: {fr: H, en: H}\n        showIf: " +
               showIf + "\n";
    };
    const QByteArray theme = QByteArray(R"(kind: questionnaire
id: firm
version: 1
title: {fr: Firme, en: Firm}
dimensions:
  - id: main
    title: {fr: Principal, en: Main}
    questions:
      - id: a
        type: scale
        text: {fr: A, en: A}
        help: {fr: H, en: H}
        options:
          - {id: low, label: {fr: Bas, en: Low}, score: 0}
          - {id: high, label: {fr: Haut, en: High}, score: 1}
      - id: context
        type: scale
        scored: false
        weight: 5
        text: {fr: Contexte, en: Context}
        help: {fr: H, en: H}
        options:
          - {id: x, label: {fr: X, en: X}}
          - {id: y, label: {fr: Y, en: Y}}
      - id: b
        type: scale
        weight: 3
        text: {fr: B, en: B}
        help: {fr: H, en: H}
        options:
          - {id: low, label: {fr: Bas, en: Low}, score: 0}
          - {id: high, label: {fr: Haut, en: High}, score: 1}
  - id: aside
    title: {fr: À part, en: Aside}
    scored: false
    weight: 4
    questions:
      - id: c1
        type: scale
        text: {fr: C, en: C}
        help: {fr: H, en: H}
        options:
          - {id: x, label: {fr: X, en: X}}
          - {id: y, label: {fr: Y, en: Y}}
      - id: c2
        type: yes-no
        text: {fr: C, en: C}
        help: {fr: H, en: H}
  - id: gated
    title: {fr: Selon la firme, en: Depending on the firm}
    questions:
)") + yesNo("for-consumers", "{profile: customers, in: [consumers, both]}") +
                             yesNo("not-for-businesses", "{profile: customers, notIn: [businesses]}") +
                             yesNo("food-service", "{profile: sells, in: [food-service]}") +
                             yesNo("not-food-service", "{profile: sells, notIn: [food-service]}") +
                             yesNo("food-sector", "{sector: [food, tourism]}") +
                             yesNo("small-or-medium", "{size: [small, medium]}") +
                             yesNo("not-micro", "{not: {size: [micro]}}");
    const Phare::Result<Phare::Content> firm =
        ContentLoader::loadData({{u"profile.yaml"_s, profile}, {u"firm.yaml"_s, theme}}, {true, nullptr});
    QStringList firmProblems;
    for (const Phare::Diagnostic &d : firm.diagnostics())
        firmProblems.append(d.toString());
    QVERIFY2(firm.diagnostics().isEmpty(), qPrintable(firmProblems.join(u'\n')));
    m_firm = firm.value();
    QVERIFY(m_firm.profile());
    QVERIFY(m_firm.questionnaire(u"firm"));
}

Assessment TestScorer::firmAssessment(const std::optional<Answers> &profile, const Answers &theme,
                                      const QString &sector, int employees) const
{
    Assessment a;
    a.company.name = u"Test"_s;
    a.company.sector = sector;
    a.company.employees = employees;
    a.language = u"fr"_s;
    if (profile) {
        Phare::ThemeAnswers t;
        t.answers = *profile;
        a.themes.insert(u"profile"_s, t);
    }
    Phare::ThemeAnswers t;
    t.answers = theme;
    a.themes.insert(u"firm"_s, t);
    return a;
}

// `scored: false` on a question: answered and kept, but it takes no share of its dimension's weight,
// whatever its own weight says.
void TestScorer::unscoredQuestionsCountNowhere()
{
    const Answers without = {{u"a"_s, choice(u"high"_s)}, {u"b"_s, choice(u"low"_s)}};
    Answers with = without;
    with.insert(u"context"_s, choice(u"y"_s));
    for (const Answers &answers : {without, with}) {
        const AssessmentResult result = Scorer::score(m_firm, firmAssessment(std::nullopt, answers));
        QVERIFY2(result.issues.isEmpty(), qPrintable(issuesText(result.issues)));
        const ThemeResult *theme = result.theme(u"firm");
        QVERIFY(theme);
        const DimensionResult *main = theme->dimension(u"main");
        // a (weight 1) high, b (weight 3) low: 25, as if `context` (weight 5) were not there.
        COMPARE_SCORE(main->score, std::optional<double>(25));
        QCOMPARE(theme->question(u"a")->share, 0.25);
        QCOMPARE(theme->question(u"b")->share, 0.75);
        QCOMPARE(theme->question(u"a")->contribution, 25.0);
        const QuestionResult *context = theme->question(u"context");
        QVERIFY(!context->counted());
        QCOMPARE(context->share, 0.0);
        QCOMPARE(context->contribution, 0.0);
        COMPARE_SCORE(theme->score, std::optional<double>(25));
        COMPARE_SCORE(result.overall, std::optional<double>(25));
    }
    // Kept as answered (conditions may look at it), and counted as answered in its dimension.
    const AssessmentResult result = Scorer::score(m_firm, firmAssessment(std::nullopt, with));
    const QuestionResult *context = result.theme(u"firm")->question(u"context");
    QCOMPARE(stateName(context->state), stateName(State::Answered));
    QVERIFY(context->answer);
    QCOMPARE(context->answer->choice, u"y"_s);
    QCOMPARE(result.theme(u"firm")->dimension(u"main")->answered, 3);

    // Only the unscored question answered: the dimension has no score (not 0).
    const AssessmentResult alone =
        Scorer::score(m_firm, firmAssessment(std::nullopt, {{u"context"_s, choice(u"x"_s)}}));
    COMPARE_SCORE(alone.theme(u"firm")->dimension(u"main")->score, std::nullopt);
    COMPARE_SCORE(alone.theme(u"firm")->score, std::nullopt);
    COMPARE_SCORE(alone.overall, std::nullopt);
}

// `scored: false` on a dimension: no score, no level, and the theme's score is the same with or
// without its answers, whatever its weight.
void TestScorer::unscoredDimensionHasNoScore()
{
    const Answers scored = {{u"a"_s, choice(u"high"_s)}, {u"b"_s, choice(u"high"_s)}};
    Answers both = scored;
    both.insert(u"c1"_s, choice(u"x"_s));
    both.insert(u"c2"_s, choice(u"no"_s));
    const AssessmentResult before = Scorer::score(m_firm, firmAssessment(std::nullopt, scored));
    const AssessmentResult after = Scorer::score(m_firm, firmAssessment(std::nullopt, both));
    QVERIFY2(after.issues.isEmpty(), qPrintable(issuesText(after.issues)));
    const DimensionResult *aside = after.theme(u"firm")->dimension(u"aside");
    QVERIFY(aside);
    COMPARE_SCORE(aside->score, std::nullopt);
    QVERIFY(!aside->level);
    QCOMPARE(aside->answered, 2);
    QVERIFY(!aside->questions[1].counted()); // a yes-no question in it is not scored either
    COMPARE_SCORE(after.theme(u"firm")->score, std::optional<double>(100));
    COMPARE_SCORE(after.theme(u"firm")->score, before.theme(u"firm")->score);
    COMPARE_SCORE(after.overall, before.overall);
}

struct FirmRow
{
    std::optional<Answers> profile; // nullopt: the assessment has no profile at all
    QString sector;
    int employees;
    QStringList visible; // of the gated questions; the others are hidden
    bool hasProfile;
};
Q_DECLARE_METATYPE(FirmRow)

void TestScorer::firmConditions_data()
{
    QTest::addColumn<FirmRow>("row");
    const auto consumers = Answers{{u"customers"_s, choice(u"consumers"_s)}};
    const auto row = [](const char *name, std::optional<Answers> profile, const char *sector, int employees,
                        QStringList visible, bool hasProfile = true) {
        QTest::newRow(name) << FirmRow{std::move(profile), QString::fromLatin1(sector), employees, std::move(visible),
                                       hasProfile};
    };
    // Profile facts: shown when known and matching; unknown (no profile, unanswered, don't know)
    // makes both 'in' and 'notIn' false, so the question stays hidden.
    row("consumers", consumers, "retail", 4, {u"for-consumers"_s, u"not-for-businesses"_s});
    row("businesses", Answers{{u"customers"_s, choice(u"businesses"_s)}}, "retail", 4, {});
    row("both", Answers{{u"customers"_s, choice(u"both"_s)}}, "retail", 4,
        {u"for-consumers"_s, u"not-for-businesses"_s});
    row("customers: don't know", Answers{{u"customers"_s, dontKnow()}}, "retail", 4, {});
    row("customers unanswered", Answers{{u"sells"_s, ticked({u"goods"_s})}}, "retail", 4, {u"not-food-service"_s});
    row("no profile", std::nullopt, "retail", 4, {}, false);
    row("empty profile", Answers{}, "retail", 4, {}, false);
    row("checklist: one of them ticked", Answers{{u"sells"_s, ticked({u"goods"_s, u"food-service"_s})}}, "retail", 4,
        {u"food-service"_s});
    row("checklist: none of them ticked", Answers{{u"sells"_s, ticked({u"goods"_s})}}, "retail", 4,
        {u"not-food-service"_s});
    row("checklist: nothing ticked", Answers{{u"sells"_s, ticked({})}}, "retail", 4, {u"not-food-service"_s});
    // Sector and size come from the company.
    row("sector food", std::nullopt, "food", 4, {u"food-sector"_s}, false);
    row("sector tourism", std::nullopt, "tourism", 4, {u"food-sector"_s}, false);
    row("sector unknown", std::nullopt, "", 4, {}, false);
    row("9 employees: micro", std::nullopt, "retail", 9, {}, false);
    row("10 employees: small", std::nullopt, "retail", 10, {u"small-or-medium"_s, u"not-micro"_s}, false);
    row("249 employees: medium", std::nullopt, "retail", 249, {u"small-or-medium"_s, u"not-micro"_s}, false);
    row("250 employees: large", std::nullopt, "retail", 250, {u"not-micro"_s}, false);
}

void TestScorer::firmConditions()
{
    QFETCH(FirmRow, row);
    const AssessmentResult result = Scorer::score(m_firm, firmAssessment(row.profile, {}, row.sector, row.employees));
    QCOMPARE(result.hasProfile, row.hasProfile);
    const ThemeResult *theme = result.theme(u"firm");
    QVERIFY(theme);
    const DimensionResult *gated = theme->dimension(u"gated");
    QStringList visible;
    for (const QuestionResult &q : gated->questions) {
        if (q.visible())
            visible.append(q.question->id);
    }
    QCOMPARE(visible, row.visible);
    QCOMPARE(gated->visible, row.visible.size());
}

// The profile is answered and stored like a theme, but is never one of the results' themes, has no
// score, and leaves the overall score as it is.
void TestScorer::profileIsNeverATheme()
{
    const Answers theme = {{u"a"_s, choice(u"high"_s)}, {u"b"_s, choice(u"low"_s)}};
    const Answers profile = {{u"customers"_s, choice(u"consumers"_s)}, {u"sells"_s, ticked({u"goods"_s})}};
    const AssessmentResult with = Scorer::score(m_firm, firmAssessment(profile, theme));
    const AssessmentResult without = Scorer::score(m_firm, firmAssessment(std::nullopt, theme));
    QVERIFY2(with.issues.isEmpty(), qPrintable(issuesText(with.issues)));
    QVERIFY(with.hasProfile);
    QVERIFY(!without.hasProfile);
    QCOMPARE(with.themes.size(), 1);
    QCOMPARE(with.themes.first().questionnaire->id, u"firm"_s);
    for (const ThemeResult &t : with.themes)
        QVERIFY(!t.questionnaire->profile);
    COMPARE_SCORE(with.overall, std::optional<double>(25));
    COMPARE_SCORE(with.overall, without.overall);
    QCOMPARE(with.overallLevel, without.overallLevel);
    // The profile's answers are there, without a score.
    QCOMPARE(with.profile.questionnaire, m_firm.profile());
    QCOMPARE(with.theme(u"profile"), &with.profile);
    COMPARE_SCORE(with.profile.score, std::nullopt);
    QVERIFY(!with.profile.level);
    COMPARE_SCORE(with.profile.dimensions.first().score, std::nullopt);
    QCOMPARE(with.profile.question(u"customers")->answer->choice, u"consumers"_s);
    QCOMPARE(stateName(with.profile.question(u"customers")->state), stateName(State::Answered));
    QVERIFY(!with.profile.question(u"customers")->counted());
    QCOMPARE(with.profile.answered, 2);
    // Without profile answers, its questionnaire is still known (the app asks for it).
    QCOMPARE(without.profile.questionnaire, m_firm.profile());
    // Content without a profile: nothing about it.
    Content withoutProfile = m_content;
    withoutProfile.questionnaires.removeIf([](const Phare::Questionnaire &q) { return q.profile; });
    withoutProfile.buildIndex();
    QVERIFY(!withoutProfile.profile());
    const AssessmentResult noProfileContent = Scorer::score(withoutProfile, assessmentWith(Answers{}));
    QVERIFY(!noProfileContent.hasProfile);
    QVERIFY(!noProfileContent.profile.questionnaire);
    QVERIFY(!noProfileContent.theme(u"profile"));
}

// The fixture must hold what the rows below rely on; a changed fixture fails here first.
void TestScorer::fixtureShape()
{
    const Phare::Questionnaire *q = dma();
    QCOMPARE(q->version, dmaVersion);
    QCOMPARE(q->dimensions.size(), 3);
    QCOMPARE(q->dimension(u"readiness")->weight, 2.0);
    QCOMPARE(q->question(u"plan")->weight, 2.0);
    QCOMPARE(q->question(u"technologies")->rows.size(), 4);
    QCOMPARE(q->question(u"technologies")->options.size(), 6);
    QCOMPARE(q->levels.size(), 4);
    QCOMPARE(q->levels.first().id, u"starter"_s);
    QVERIFY(q->question(u"online-sales")->showIf.has_value());
    QVERIFY(m_content.questionnaire(u"green")->levels.size() == Phare::defaultLevels().size());
}

void TestScorer::questionScore_data()
{
    QTest::addColumn<QuestionRow>("row");

    const auto row = [](const char *name, const Answers &answers, const QString &question, State state,
                        double normalised, double share, double contribution, std::optional<double> dimensionScore) {
        QTest::newRow(name) << QuestionRow{answers, question, state, normalised, share, contribution, dimensionScore};
    };
    const Answers weighted = {{u"investments"_s, ticked({u"hardware"_s})},
                              {u"plan"_s, choice(u"partially"_s)},
                              {u"budget"_s, choice(u"yearly"_s)}};

    // Each row: the answers, then question, state, normalised, share, contribution, dimension score.
    // clang-format off
    // investments: checklist, 4 options offered (hardware, software, cloud, training); "none" is exclusive.
    // Alone in its dimension, a question's share is 1 and its contribution is normalised × 100.
    // 2/4 = 0.5; strategy = 0.5*100 = 50
    row("checklist: two of four ticked", {{u"investments"_s, ticked({u"hardware"_s, u"cloud"_s})}},
        u"investments"_s,              State::Answered,       0.5,       1,     50,          50);
    // 4/4 = 1; strategy = 100
    row("checklist: all four ticked",
        {{u"investments"_s, ticked({u"hardware"_s, u"software"_s, u"cloud"_s, u"training"_s})}},
        u"investments"_s,              State::Answered,       1,         1,     100,         100);
    // 0/4 = 0; counted, so strategy = 0 (not "no score")
    row("checklist: nothing ticked", {{u"investments"_s, ticked({})}},
        u"investments"_s,              State::Answered,       0,         1,     0,           0);
    // "none of these" alone: 0 ticked of 4 offered = 0; counted, strategy = 0
    row("checklist: exclusive option alone", {{u"investments"_s, ticked({u"none"_s})}},
        u"investments"_s,              State::Answered,       0,         1,     0,           0);
    // don't know scores like the lowest answer: 0, counted; strategy = 0
    row("checklist: don't know", {{u"investments"_s, dontKnow()}},
        u"investments"_s,              State::DontKnow,       0,         1,     0,           0);

    // plan: yes-no, weight 2 (alone: share 2/2 = 1).
    // no = 0; strategy = 0
    row("yes-no: no", {{u"plan"_s, choice(u"no"_s)}},
        u"plan"_s,                     State::Answered,       0,         1,     0,           0);
    // partially = 0.5; strategy = 2*0.5/2*100 = 50
    row("yes-no: partially", {{u"plan"_s, choice(u"partially"_s)}},
        u"plan"_s,                     State::Answered,       0.5,       1,     50,          50);
    // yes = 1; strategy = 2*1/2*100 = 100
    row("yes-no: yes", {{u"plan"_s, choice(u"yes"_s)}},
        u"plan"_s,                     State::Answered,       1,         1,     100,         100);

    // budget: scale with uneven scores 1, 2, 5, 9: (score - 1) / (9 - 1).
    // (1-1)/8 = 0
    row("scale: lowest option", {{u"budget"_s, choice(u"none"_s)}},
        u"budget"_s,                   State::Answered,       0,         1,     0,           0);
    // (2-1)/8 = 0.125; strategy = 12.5
    row("scale: second option", {{u"budget"_s, choice(u"occasional"_s)}},
        u"budget"_s,                   State::Answered,       0.125,     1,     12.5,        12.5);
    // (5-1)/8 = 0.5; strategy = 50
    row("scale: third option", {{u"budget"_s, choice(u"yearly"_s)}},
        u"budget"_s,                   State::Answered,       0.5,       1,     50,          50);
    // (9-1)/8 = 1; strategy = 100
    row("scale: highest option", {{u"budget"_s, choice(u"multi-year"_s)}},
        u"budget"_s,                   State::Answered,       1,         1,     100,         100);
    // budget n/a does not count: strategy = plan only = 2*1/2*100 = 100 (as 0 it would be 2/3*100 = 66.67)
    row("scale: not applicable leaves the denominator", {{u"budget"_s, notApplicable()}, {u"plan"_s, choice(u"yes"_s)}},
        u"budget"_s,                   State::NotApplicable,  0,         0,     0,           100);

    // technologies: grid of 4 rows on the 0-5 adoption scale: mean over the answered rows of score / 5.
    // (5/5 + 1/5)/2 = 0.6; readiness = 60
    row("grid: two of four rows answered",
        {{u"technologies"_s, rows({{u"crm"_s, u"operational"_s}, {u"ai"_s, u"considering"_s}})}},
        u"technologies"_s,             State::Answered,       0.6,       1,     60,          60);
    // (3/5 + 4/5 + 5/5 + 2/5)/4 = 2.8/4 = 0.7; readiness = 70
    row("grid: all rows answered",
        {{u"technologies"_s, rows({{u"crm"_s, u"testing"_s}, {u"e-invoicing"_s, u"implementing"_s},
                                  {u"cloud-storage"_s, u"operational"_s}, {u"ai"_s, u"prototyping"_s}})}},
        u"technologies"_s,             State::Answered,       0.7,       1,     70,          70);
    // 2/5 = 0.4; readiness = 40
    row("grid: one row answered", {{u"technologies"_s, rows({{u"cloud-storage"_s, u"prototyping"_s}})}},
        u"technologies"_s,             State::Answered,       0.4,       1,     40,          40);
    // don't know = 0, counted; readiness = 0
    row("grid: don't know", {{u"technologies"_s, dontKnow()}},
        u"technologies"_s,             State::DontKnow,       0,         1,     0,           0);

    // online-sales: scale 0, 1, 2 shown only when website is yes or partially.
    // website yes = 1, marketplace = 1/2: readiness = (1 + 0.5)/2*100 = 75; share 1/2, contribution 0.5*0.5*100 = 25
    row("conditional: shown by yes", {{u"website"_s, choice(u"yes"_s)}, {u"online-sales"_s, choice(u"marketplace"_s)}},
        u"online-sales"_s,             State::Answered,       0.5,       0.5,   25,          75);
    // website partially = 0.5, own-shop = 1: readiness = (0.5 + 1)/2*100 = 75; contribution 0.5*1*100 = 50
    row("conditional: shown by partially",
        {{u"website"_s, choice(u"partially"_s)}, {u"online-sales"_s, choice(u"own-shop"_s)}},
        u"online-sales"_s,             State::Answered,       1,         0.5,   50,          75);
    // website no = 0; online-sales hidden: readiness = 0/1*100 = 0 (counting own-shop would give 50)
    row("conditional: hidden by no, stored answer ignored",
        {{u"website"_s, choice(u"no"_s)}, {u"online-sales"_s, choice(u"own-shop"_s)}},
        u"online-sales"_s,             State::Hidden,         0,         0,     0,           0);
    // website n/a (not yes or partially): online-sales hidden, nothing counts: readiness has no score
    row("conditional: hidden when website not applicable",
        {{u"website"_s, notApplicable()}, {u"online-sales"_s, choice(u"own-shop"_s)}},
        u"online-sales"_s,             State::Hidden,         0,         0,     0,           std::nullopt);
    // online-sales hidden, website unanswered: readiness has no score
    row("conditional: hidden when website unanswered", {{u"online-sales"_s, choice(u"none"_s)}},
        u"online-sales"_s,             State::Hidden,         0,         0,     0,           std::nullopt);
    // website yes = 1, online-sales don't know = 0: readiness = (1 + 0)/2*100 = 50
    row("conditional: don't know once shown", {{u"website"_s, choice(u"yes"_s)}, {u"online-sales"_s, dontKnow()}},
        u"online-sales"_s,             State::DontKnow,       0,         0.5,   0,           50);

    // Other answers.
    // data-policy is the data dimension's only question: n/a leaves it with no score
    row("yes-no: not applicable, dimension unassessed", {{u"data-policy"_s, notApplicable()}},
        u"data-policy"_s,              State::NotApplicable,  0,         0,     0,           std::nullopt);
    // budget unanswered: plan alone, strategy = 2*0.5/2*100 = 50
    row("unanswered question", {{u"plan"_s, choice(u"partially"_s)}},
        u"budget"_s,                   State::Unanswered,     0,         0,     0,           50);

    // Weights: plan counts twice.
    // investments [hardware] 1/4, plan partially 0.5 (w2), budget yearly 0.5:
    // strategy = (0.25 + 2*0.5 + 0.5)/4*100 = 43.75; plan share 2/4, contribution 0.5*0.5*100 = 25
    row("weight: plan share", weighted,
        u"plan"_s,                     State::Answered,       0.5,       0.5,   25,          43.75);
    // same answers: investments share 1/4, contribution 0.25*0.25*100 = 6.25
    row("weight: investments share", weighted,
        u"investments"_s,              State::Answered,       0.25,      0.25,  6.25,        43.75);
    // same answers: budget share 1/4, contribution 0.25*0.5*100 = 12.5 (6.25 + 25 + 12.5 = 43.75)
    row("weight: budget share", weighted,
        u"budget"_s,                   State::Answered,       0.5,       0.25,  12.5,        43.75);
    // plan yes (w2) = 1, budget none = 0: strategy = (2*1 + 0)/3*100 = 66.67 (unweighted: 50);
    // plan share 2/3, contribution 2/3*100 = 66.67
    row("weight: yes weighs twice the lowest budget", {{u"plan"_s, choice(u"yes"_s)}, {u"budget"_s, choice(u"none"_s)}},
        u"plan"_s,                     State::Answered,       1,         2.0 / 3, 200.0 / 3,   200.0 / 3);
    // clang-format on
}

void TestScorer::questionScore()
{
    QFETCH(QuestionRow, row);
    const AssessmentResult result = Scorer::score(m_content, assessmentWith(row.answers));
    QVERIFY2(result.issues.isEmpty(), qPrintable(issuesText(result.issues)));
    const ThemeResult *theme = result.theme(u"dma");
    QVERIFY(theme);
    const QuestionResult *q = theme->question(row.question);
    QVERIFY(q);
    QCOMPARE(q->question->id, row.question);
    QCOMPARE(stateName(q->state), stateName(row.state));

    // The stored answer is kept in the result, hidden or not.
    QCOMPARE(q->answer.has_value(), row.answers.contains(row.question));
    if (q->answer)
        QVERIFY(*q->answer == row.answers.value(row.question));

    if (q->counted()) {
        COMPARE_SCORE(q->normalised, row.normalised);
        COMPARE_SCORE(q->share, row.share);
    }
    COMPARE_SCORE(q->contribution, row.contribution);

    const int d = dma()->dimensionIndexOf(row.question);
    QVERIFY(d >= 0);
    const DimensionResult &dimension = theme->dimensions.at(d);
    COMPARE_SCORE(dimension.score, row.dimensionScore);
    QCOMPARE(dimension.level == nullptr, !row.dimensionScore.has_value());

    // The contributions are what the dimension's score is made of.
    if (dimension.score) {
        double sum = 0;
        for (const QuestionResult &other : dimension.questions)
            sum += other.contribution;
        COMPARE_SCORE(sum, *dimension.score);
    }
}

void TestScorer::themeScore_data()
{
    QTest::addColumn<ThemeRow>("row");
    // clang-format off

    // Theme = (strategy*1 + readiness*2 + data*1) / (weights of the dimensions that have a score).
    // dma levels: starter <= 20, developing <= 45, established <= 80, leading <= 100.
    const Answers full = {
        {u"investments"_s, ticked({u"hardware"_s, u"cloud"_s})},                                    // 2/4 = 0.5
        {u"plan"_s, choice(u"partially"_s)},                                                        // 0.5, weight 2
        {u"budget"_s, choice(u"occasional"_s)},                                                     // 1/8
        {u"technologies"_s, rows({{u"crm"_s, u"operational"_s}, {u"ai"_s, u"considering"_s}})},    // (1+0.2)/2 = 0.6
        {u"website"_s, choice(u"partially"_s)},                                                     // 0.5
        {u"online-sales"_s, choice(u"own-shop"_s)},                                                 // 1
        {u"data-policy"_s, choice(u"yes"_s)},                                                       // 1
    };
    // strategy = (0.5 + 2*0.5 + 0.125)/4*100 = 40.625; readiness = (0.6 + 0.5 + 1)/3*100 = 70; data = 100;
    // theme = (40.625 + 2*70 + 100)/4 = 280.625/4 = 70.15625 -> established
    QTest::newRow("everything answered") << ThemeRow{full, {40.625, 70.0, 100.0}, {3, 3, 1}, {3, 3, 1},
                                                     70.15625, u"established"_s, 0};

    Answers dataNotApplicable = full;
    dataNotApplicable.insert(u"data-policy"_s, notApplicable());
    // data has no score and is skipped: theme = (40.625 + 2*70)/(1 + 2) = 180.625/3 = 60.208333…; the n/a
    // question is still answered and visible
    QTest::newRow("unassessed dimension skipped by the mean")
        << ThemeRow{dataNotApplicable, {40.625, 70.0, std::nullopt}, {3, 3, 1}, {3, 3, 1},
                    180.625 / 3, u"established"_s, 0};

    // investments don't know 0, plan no 0, budget multi-year 1: strategy = (0 + 0 + 1)/4*100 = 25;
    // technologies don't know 0, website no 0 (online-sales hidden): readiness = 0; data-policy don't know: 0;
    // theme = (25 + 0 + 0)/4 = 6.25 -> starter; 3 don't know; online-sales hidden, so 2 visible in readiness
    QTest::newRow("don't know counts as zero")
        << ThemeRow{{{u"investments"_s, dontKnow()}, {u"plan"_s, choice(u"no"_s)},
                     {u"budget"_s, choice(u"multi-year"_s)}, {u"technologies"_s, dontKnow()},
                     {u"website"_s, choice(u"no"_s)}, {u"data-policy"_s, dontKnow()}},
                    {25.0, 0.0, 0.0}, {3, 2, 1}, {3, 2, 1}, 6.25, u"starter"_s, 3};

    // Nothing answered: no score anywhere; online-sales hidden (website unanswered): 3 + 2 + 1 visible
    QTest::newRow("nothing answered") << ThemeRow{{}, {std::nullopt, std::nullopt, std::nullopt}, {0, 0, 0},
                                                  {3, 2, 1}, std::nullopt, QString(), 0};

    // technologies (3+4+5+0)/5/4 = 0.6, website yes 1, online-sales none 0: readiness = 1.6/3*100 = 53.33…;
    // it is the only assessed dimension: theme = 2*53.33/2 = 53.33 -> established
    QTest::newRow("one dimension assessed")
        << ThemeRow{{{u"technologies"_s, rows({{u"crm"_s, u"testing"_s}, {u"e-invoicing"_s, u"implementing"_s},
                                               {u"cloud-storage"_s, u"operational"_s}, {u"ai"_s, u"not-used"_s}})},
                     {u"website"_s, choice(u"yes"_s)}, {u"online-sales"_s, choice(u"none"_s)}},
                    {std::nullopt, 160.0 / 3, std::nullopt}, {0, 3, 0}, {3, 3, 1}, 160.0 / 3, u"established"_s, 0};

    // strategy = plan yes = 100; readiness = (website partially 0.5 + online-sales none 0)/2*100 = 25;
    // theme = (100*1 + 25*2)/3 = 50 (unweighted it would be 62.5) -> established
    QTest::newRow("dimension weight")
        << ThemeRow{{{u"plan"_s, choice(u"yes"_s)}, {u"website"_s, choice(u"partially"_s)},
                     {u"online-sales"_s, choice(u"none"_s)}},
                    {100.0, 25.0, std::nullopt}, {1, 2, 0}, {3, 3, 1}, 50.0, u"established"_s, 0};

    // readiness = (2/5 + 2/5 + 2/5 + 3/5)/4*100 = 45 -> developing (45 is developing's max)
    QTest::newRow("custom level: at the top of developing")
        << ThemeRow{{{u"technologies"_s, rows({{u"crm"_s, u"prototyping"_s}, {u"e-invoicing"_s, u"prototyping"_s},
                                               {u"cloud-storage"_s, u"prototyping"_s}, {u"ai"_s, u"testing"_s}})}},
                    {std::nullopt, 45.0, std::nullopt}, {0, 1, 0}, {3, 2, 1}, 45.0, u"developing"_s, 0};

    // strategy = (investments 1/4 + budget 1/2)/2*100 = 37.5; readiness = (0.5 + 0.5)/2*100 = 50;
    // theme = (37.5 + 2*50)/3 = 45.83 -> established
    QTest::newRow("custom level: just above developing")
        << ThemeRow{{{u"investments"_s, ticked({u"hardware"_s})}, {u"budget"_s, choice(u"yearly"_s)},
                     {u"website"_s, choice(u"partially"_s)}, {u"online-sales"_s, choice(u"marketplace"_s)}},
                    {37.5, 50.0, std::nullopt}, {2, 2, 0}, {3, 3, 1}, 137.5 / 3, u"established"_s, 0};

    // readiness = technologies ai considering = 1/5*100 = 20 -> starter (20 is starter's max)
    QTest::newRow("custom level: at the top of starter")
        << ThemeRow{{{u"technologies"_s, rows({{u"ai"_s, u"considering"_s}})}},
                    {std::nullopt, 20.0, std::nullopt}, {0, 1, 0}, {3, 2, 1}, 20.0, u"starter"_s, 0};

    // strategy = plan yes = 100 -> leading
    QTest::newRow("custom level: top") << ThemeRow{{{u"plan"_s, choice(u"yes"_s)}},
                                                   {100.0, std::nullopt, std::nullopt}, {1, 0, 0}, {3, 2, 1},
                                                   100.0, u"leading"_s, 0};
    // clang-format on
}

void TestScorer::themeScore()
{
    QFETCH(ThemeRow, row);
    const AssessmentResult result = Scorer::score(m_content, assessmentWith(row.answers));
    QVERIFY2(result.issues.isEmpty(), qPrintable(issuesText(result.issues)));
    const ThemeResult *theme = result.theme(u"dma");
    QVERIFY(theme);
    QCOMPARE(theme->dimensions.size(), 3);
    const std::array<QString, 3> ids = {u"strategy"_s, u"readiness"_s, u"data"_s};
    int answered = 0;
    int visible = 0;
    for (int i = 0; i < 3; ++i) {
        const DimensionResult *d = theme->dimension(ids[i]);
        QVERIFY(d);
        const QString what = u"dimension %1"_s.arg(ids[i]);
        const QString mismatch = scoreMismatch(d->score, row.dimensions[i]);
        QVERIFY2(mismatch.isEmpty(), qPrintable(what + u": "_s + mismatch));
        QVERIFY2((d->level == nullptr) == !row.dimensions[i].has_value(), qPrintable(what + u": level"_s));
        QCOMPARE(d->answered, row.answered[i]);
        QCOMPARE(d->visible, row.visible[i]);
        answered += row.answered[i];
        visible += row.visible[i];
    }
    COMPARE_SCORE(theme->score, row.score);
    QCOMPARE(theme->level ? theme->level->id : QString(), row.level);
    QCOMPARE(theme->answered, answered);
    QCOMPARE(theme->visible, visible);
    QCOMPARE(theme->dontKnow, row.dontKnow);
}

void TestScorer::levels_data()
{
    QTest::addColumn<QString>("levels");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("level");
    // clang-format off

    // Default (EU DMA) bands: basic 0-25, average 26-50, moderately advanced 51-75, advanced 76-100.
    QTest::newRow("default 0") << u"default"_s << 0.0 << u"basic"_s;
    QTest::newRow("default 25") << u"default"_s << 25.0 << u"basic"_s;
    QTest::newRow("default 25.6") << u"default"_s << 25.6 << u"average"_s;
    QTest::newRow("default 50") << u"default"_s << 50.0 << u"average"_s;
    QTest::newRow("default 51") << u"default"_s << 51.0 << u"moderately-advanced"_s;
    QTest::newRow("default 75") << u"default"_s << 75.0 << u"moderately-advanced"_s;
    QTest::newRow("default 76") << u"default"_s << 76.0 << u"advanced"_s;
    QTest::newRow("default 100") << u"default"_s << 100.0 << u"advanced"_s;
    // dma.yaml: starter <= 20, developing <= 45, established <= 80, leading <= 100.
    QTest::newRow("dma 0") << u"dma"_s << 0.0 << u"starter"_s;
    QTest::newRow("dma 20") << u"dma"_s << 20.0 << u"starter"_s;
    QTest::newRow("dma 20.6") << u"dma"_s << 20.6 << u"developing"_s;
    QTest::newRow("dma 45") << u"dma"_s << 45.0 << u"developing"_s;
    QTest::newRow("dma 45.6") << u"dma"_s << 45.6 << u"established"_s;
    QTest::newRow("dma 80") << u"dma"_s << 80.0 << u"established"_s;
    QTest::newRow("dma 80.6") << u"dma"_s << 80.6 << u"leading"_s;
    QTest::newRow("dma 100") << u"dma"_s << 100.0 << u"leading"_s;
    // green.yaml has no levels: it gets the default bands.
    QTest::newRow("green 25") << u"green"_s << 25.0 << u"basic"_s;
    QTest::newRow("green 25.6") << u"green"_s << 25.6 << u"average"_s;
    QTest::newRow("green 100") << u"green"_s << 100.0 << u"advanced"_s;
    // The overall score is placed on the default bands.
    QTest::newRow("overall 25") << u"overall"_s << 25.0 << u"basic"_s;
    QTest::newRow("overall 25.6") << u"overall"_s << 25.6 << u"average"_s;
    QTest::newRow("overall 100") << u"overall"_s << 100.0 << u"advanced"_s;
    // clang-format on
}

void TestScorer::levels()
{
    QFETCH(QString, levels);
    QFETCH(double, score);
    QFETCH(QString, level);
    const QList<Phare::Level> defaults = Phare::defaultLevels();
    const Phare::Level *found = nullptr;
    if (levels == u"default")
        found = Phare::levelFor(defaults, score);
    else if (levels == u"overall")
        found = Phare::levelFor(Phare::overallLevels(m_content), score);
    else
        found = m_content.questionnaire(levels)->levelFor(score);
    QVERIFY(found);
    QCOMPARE(found->id, level);
}

void TestScorer::overall_data()
{
    QTest::addColumn<OverallRow>("row");
    // clang-format off

    const Answers dmaFull = {
        {u"investments"_s, ticked({u"hardware"_s, u"cloud"_s})},
        {u"plan"_s, choice(u"partially"_s)},
        {u"budget"_s, choice(u"occasional"_s)},
        {u"technologies"_s, rows({{u"crm"_s, u"operational"_s}, {u"ai"_s, u"considering"_s}})},
        {u"website"_s, choice(u"partially"_s)},
        {u"online-sales"_s, choice(u"own-shop"_s)},
        {u"data-policy"_s, choice(u"yes"_s)},
    }; // 70.15625, as in themeScore "everything answered"
    // green: equipment-reuse often 2/3, paperless partially 0.5: (2/3 + 0.5)/2*100 = 58.333…
    const Answers greenMid = {{u"equipment-reuse"_s, choice(u"often"_s)}, {u"paperless"_s, choice(u"partially"_s)}};

    // (70.15625 + 58.3333…)/2 = 64.2447916… -> moderately advanced
    QTest::newRow("mean of two themes")
        << OverallRow{dmaFull, greenMid, 70.15625, 175.0 / 3, u"moderately-advanced"_s,
                      (70.15625 + 175.0 / 3) / 2, u"moderately-advanced"_s, 2};
    // only green in the file: overall = 58.33
    QTest::newRow("one theme in the file")
        << OverallRow{std::nullopt, greenMid, std::nullopt, 175.0 / 3, u"moderately-advanced"_s, 175.0 / 3,
                      u"moderately-advanced"_s, 1};
    // dma in the file with nothing counted: skipped by the mean, overall = 58.33
    QTest::newRow("theme with no score skipped")
        << OverallRow{Answers{{u"data-policy"_s, notApplicable()}}, greenMid, std::nullopt, 175.0 / 3,
                      u"moderately-advanced"_s, 175.0 / 3, u"moderately-advanced"_s, 2};
    // dma 6.25 (themeScore "don't know counts as zero"); green (0 + 0.5)/2*100 = 25 -> basic;
    // overall (6.25 + 25)/2 = 15.625 -> basic
    QTest::newRow("low scores")
        << OverallRow{Answers{{u"investments"_s, dontKnow()}, {u"plan"_s, choice(u"no"_s)},
                              {u"budget"_s, choice(u"multi-year"_s)}, {u"technologies"_s, dontKnow()},
                              {u"website"_s, choice(u"no"_s)}, {u"data-policy"_s, dontKnow()}},
                      Answers{{u"equipment-reuse"_s, choice(u"never"_s)}, {u"paperless"_s, choice(u"partially"_s)}},
                      6.25, 25.0, u"basic"_s, 15.625, u"basic"_s, 2};
    // dma plan yes = 100; green (1 + 1)/2*100 = 100; overall 100 -> advanced (default bands, not dma's "leading")
    QTest::newRow("top scores")
        << OverallRow{Answers{{u"plan"_s, choice(u"yes"_s)}},
                      Answers{{u"equipment-reuse"_s, choice(u"always"_s)}, {u"paperless"_s, choice(u"yes"_s)}},
                      100.0, 100.0, u"advanced"_s, 100.0, u"advanced"_s, 2};
    // dma 100 alone; green in the file but unanswered: overall = 100
    QTest::newRow("unanswered theme skipped")
        << OverallRow{Answers{{u"plan"_s, choice(u"yes"_s)}}, Answers{}, 100.0, std::nullopt, QString(), 100.0,
                      u"advanced"_s, 2};
    // nothing assessed: no overall score
    QTest::newRow("nothing assessed") << OverallRow{std::nullopt, std::nullopt, std::nullopt, std::nullopt, QString(),
                                                    std::nullopt, QString(), 0};
    // clang-format on
}

void TestScorer::overall()
{
    QFETCH(OverallRow, row);
    const AssessmentResult result = Scorer::score(m_content, assessmentWith(row.dma, row.green));
    QVERIFY2(result.issues.isEmpty(), qPrintable(issuesText(result.issues)));
    QCOMPARE(result.themes.size(), row.themes);
    const ThemeResult *dmaTheme = result.theme(u"dma");
    QCOMPARE(dmaTheme != nullptr, row.dma.has_value());
    if (dmaTheme)
        COMPARE_SCORE(dmaTheme->score, row.dmaScore);
    const ThemeResult *greenTheme = result.theme(u"green");
    QCOMPARE(greenTheme != nullptr, row.green.has_value());
    if (greenTheme) {
        COMPARE_SCORE(greenTheme->score, row.greenScore);
        QCOMPARE(greenTheme->level ? greenTheme->level->id : QString(), row.greenLevel);
    }
    COMPARE_SCORE(result.overall, row.overall);
    QCOMPARE(result.overallLevel ? result.overallLevel->id : QString(), row.overallLevel);
}

void TestScorer::issues_data()
{
    QTest::addColumn<IssueRow>("row");
    // clang-format off

    const Answer planYes = choice(u"yes"_s);
    QTest::newRow("exclusive ticked with others") << IssueRow{
        // investments not counted: strategy = plan yes only = 100 (counting 1/4 would give (0.25 + 2)/3*100 = 75)
        u"dma"_s, {{u"investments"_s, ticked({u"none"_s, u"cloud"_s})}, {u"plan"_s, planYes}}, dmaVersion,
        u"dma"_s, u"investments"_s, {}, u"investments"_s, u"strategy"_s, 100.0};
    QTest::newRow("removed scale option") << IssueRow{
        // budget not counted: strategy = plan partially only = 50
        u"dma"_s, {{u"budget"_s, choice(u"quarterly"_s)}, {u"plan"_s, choice(u"partially"_s)}}, dmaVersion,
        u"dma"_s, u"budget"_s, {u"quarterly"_s}, u"budget"_s, u"strategy"_s, 50.0};
    QTest::newRow("removed checklist option") << IssueRow{
        // investments not counted: strategy = plan yes = 100
        u"dma"_s, {{u"investments"_s, ticked({u"cloud"_s, u"printers"_s})}, {u"plan"_s, planYes}}, dmaVersion,
        u"dma"_s, u"investments"_s, {u"printers"_s}, u"investments"_s, u"strategy"_s, 100.0};
    QTest::newRow("removed yes-no answer") << IssueRow{
        // plan not counted, nothing else in strategy: no score
        u"dma"_s, {{u"plan"_s, choice(u"maybe"_s)}}, dmaVersion,
        u"dma"_s, u"plan"_s, {u"maybe"_s}, u"plan"_s, u"strategy"_s, std::nullopt};
    QTest::newRow("removed grid option") << IssueRow{
        // technologies not counted: readiness = website yes only = 100
        u"dma"_s, {{u"technologies"_s, rows({{u"crm"_s, u"daily"_s}})}, {u"website"_s, choice(u"yes"_s)}},
        dmaVersion, u"dma"_s, u"technologies"_s, {u"daily"_s}, u"technologies"_s, u"readiness"_s, 100.0};
    QTest::newRow("removed grid row") << IssueRow{
        // technologies not counted: readiness = website no only = 0
        u"dma"_s, {{u"technologies"_s, rows({{u"blockchain"_s, u"testing"_s}})}, {u"website"_s, choice(u"no"_s)}},
        dmaVersion, u"dma"_s, u"technologies"_s, {u"blockchain"_s}, u"technologies"_s, u"readiness"_s, 0.0};
    QTest::newRow("unknown question") << IssueRow{
        // legacy-question is not in the questionnaire: strategy = plan yes = 100
        u"dma"_s, {{u"legacy-question"_s, choice(u"yes"_s)}, {u"plan"_s, planYes}}, dmaVersion,
        u"dma"_s, u"legacy-question"_s, {}, u"plan"_s, u"strategy"_s, 100.0};
    QTest::newRow("don't know where not allowed") << IssueRow{
        // plan has no allowDontKnow: not counted, strategy has no score
        u"dma"_s, {{u"plan"_s, dontKnow()}}, dmaVersion,
        u"dma"_s, u"plan"_s, {}, u"plan"_s, u"strategy"_s, std::nullopt};
    QTest::newRow("not applicable where not allowed") << IssueRow{
        // plan has no allowNotApplicable: not counted, investments [hardware, software] 2/4 alone: strategy = 50
        u"dma"_s, {{u"plan"_s, notApplicable()}, {u"investments"_s, ticked({u"hardware"_s, u"software"_s})}},
        dmaVersion, u"dma"_s, u"plan"_s, {}, u"plan"_s, u"strategy"_s, 50.0};
    QTest::newRow("answer of the wrong kind") << IssueRow{
        // a yes-no answered with ticks: not counted, strategy has no score
        u"dma"_s, {{u"plan"_s, ticked({u"yes"_s})}}, dmaVersion,
        u"dma"_s, u"plan"_s, {}, u"plan"_s, u"strategy"_s, std::nullopt};
    QTest::newRow("version mismatch") << IssueRow{
        // answered against version 1, the fixture is at 2: reported once for the theme; answers still matched
        // by question, so plan yes counts: strategy = 100
        u"dma"_s, {{u"plan"_s, planYes}}, 1, u"dma"_s, QString(), {u"1"_s, u"2"_s}, QString(), u"strategy"_s, 100.0};
    QTest::newRow("unknown questionnaire") << IssueRow{
        // answers to a theme the content does not have: reported, kept
        u"old-theme"_s, {{u"plan"_s, planYes}}, 1, u"old-theme"_s, QString(), {u"old-theme"_s}, QString(), QString(),
        std::nullopt};
    // clang-format on
}

void TestScorer::issues()
{
    QFETCH(IssueRow, row);
    Assessment assessment = assessmentWith(std::nullopt);
    Phare::ThemeAnswers stored;
    stored.version = row.version;
    stored.answers = row.answers;
    assessment.themes.insert(row.theme, stored);

    const AssessmentResult result = Scorer::score(m_content, assessment);
    QVERIFY2(result.issues.size() == 1,
             qPrintable(u"%1 issue(s):\n%2"_s.arg(result.issues.size()).arg(issuesText(result.issues))));
    const Phare::ScoreIssue &issue = result.issues.first();
    QCOMPARE(issue.theme, row.issueTheme);
    QCOMPARE(issue.question, row.issueQuestion);
    QVERIFY(!issue.message.isEmpty());
    for (const QString &word : row.mentions)
        QVERIFY2(issue.message.contains(word), qPrintable(u"'%1' not in: %2"_s.arg(word, issue.message)));

    if (!row.question.isEmpty()) {
        const QuestionResult *q = result.theme(row.theme)->question(row.question);
        QVERIFY(q);
        // An issue's answer is kept (so it can be corrected) but does not count.
        if (row.question == row.issueQuestion) {
            QVERIFY(q->answer.has_value());
            QVERIFY(*q->answer == row.answers.value(row.question));
            QVERIFY(!q->counted());
            COMPARE_SCORE(q->contribution, 0.0);
        }
    }
    if (!row.dimension.isEmpty())
        COMPARE_SCORE(result.theme(row.theme)->dimension(row.dimension)->score, row.dimensionScore);
    if (!result.theme(row.theme))
        QVERIFY(!result.overall.has_value());

    // Every answer, the faulty one included, is still in the assessment and survives a save and a reload.
    const Phare::Result<Phare::Assessment> reread =
        Phare::AssessmentFile::parse(assessment.toBytes(), u"issue.phare"_s);
    QStringList problems;
    for (const Phare::Diagnostic &d : reread.diagnostics())
        problems.append(d.toString());
    QVERIFY2(reread.ok(), qPrintable(problems.join(u'\n')));
    QVERIFY(reread->themes.contains(row.theme));
    QCOMPARE(reread->themes.value(row.theme).answers.size(), row.answers.size());
    for (auto it = row.answers.cbegin(); it != row.answers.cend(); ++it)
        QVERIFY2(reread->themes.value(row.theme).answers.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestScorer::questionnaireOutsideTheContentIsScoredAlike()
{
    // A copy lives outside m_content, so the index built with it does not cover it: its showIfs are compiled
    // for the call, and hide the same questions.
    const Phare::Questionnaire copy = *dma();
    QVERIFY(!m_content.index().of(m_content, copy));
    QVERIFY(m_content.index().of(m_content, *dma()));
    const ThemeResult own = Scorer::scoreTheme(m_content, *dma(), nullptr);
    const ThemeResult outside = Scorer::scoreTheme(m_content, copy, nullptr);
    int hidden = 0;
    QCOMPARE(outside.dimensions.size(), own.dimensions.size());
    for (qsizetype d = 0; d < own.dimensions.size(); ++d) {
        QCOMPARE(outside.dimensions[d].questions.size(), own.dimensions[d].questions.size());
        for (qsizetype q = 0; q < own.dimensions[d].questions.size(); ++q) {
            const QuestionResult &a = own.dimensions[d].questions[q];
            QCOMPARE(stateName(outside.dimensions[d].questions[q].state), stateName(a.state));
            hidden += a.visible() ? 0 : 1;
        }
    }
    QVERIFY(hidden > 0); // the showIfs were evaluated, not skipped
}

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"
