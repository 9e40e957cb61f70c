// The advisor cases (tests/data/advice-cases/) are the spec of the advice: each firm's plan must hold
// what an experienced advisor expects of it, within the plan's caps, with reasons and a rank
// explanation for everything shown. The three examples are held to the same caps and explanations.
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "recommender.h"
#include "scorer.h"
#include "yamlparser.h"

#include <QDir>
#include <QtTest>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

struct Expectation
{
    QString kind; // action, useCase, chapter
    QString id;
    QString in; // now, now-or-next, plan, absent
    QString why;
    int line = 0;
};

QList<Expectation> readExpectations(const QString &path, QString *problem)
{
    const Result<YamlNode> parsed = parseYamlFile(path);
    if (!parsed.ok() || !parsed->isMap()) {
        *problem = u"%1: not a YAML mapping"_s.arg(path);
        return {};
    }
    const YamlNode *list = parsed->find(u"expect");
    if (!list || !list->isSequence()) {
        *problem = u"%1: no 'expect' list"_s.arg(path);
        return {};
    }
    QList<Expectation> out;
    for (const YamlNode &item : list->items) {
        Expectation e;
        e.line = item.line;
        for (const QString &kind : {u"action"_s, u"useCase"_s, u"chapter"_s}) {
            if (const YamlNode *id = item.find(kind)) {
                e.kind = kind;
                e.id = id->scalar;
            }
        }
        if (const YamlNode *in = item.find(u"in"))
            e.in = in->scalar;
        if (const YamlNode *why = item.find(u"why"))
            e.why = why->scalar;
        if (e.kind.isEmpty() || e.id.isEmpty() || e.in.isEmpty() || e.why.isEmpty()) {
            *problem = u"%1:%2: an expectation needs action/useCase/chapter, in and why"_s.arg(path).arg(e.line);
            return {};
        }
        out.append(e);
    }
    return out;
}

const PlannedAction *find(const QList<PlannedAction> &list, const QString &id)
{
    for (const PlannedAction &a : list) {
        if (a.action->id == id)
            return &a;
    }
    return nullptr;
}

QString planText(const Recommendations &rec)
{
    QString out;
    for (const PlannedAction &a : rec.plan)
        out += u"  %1 %2 (%3)\n"_s.arg(horizonId(a.horizon), a.action->id).arg(qRound(a.parts.score));
    out += u"  others: %1\n"_s.arg(rec.others.size());
    for (const PlannedAction &a : rec.others)
        out += u"    %1 (%2)\n"_s.arg(a.action->id).arg(qRound(a.parts.score));
    QStringList chapters;
    for (const ChapterRecommendation &c : rec.chapters)
        chapters.append(c.chapter->id);
    QStringList useCases;
    for (const UseCaseRecommendation &u : rec.useCases)
        useCases.append(u.useCase->id);
    out += u"  chapters: %1\n  use cases: %2\n"_s.arg(chapters.join(u", "), useCases.join(u", "));
    return out;
}

} // namespace

class TestAdvice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void advisorCases_data();
    void advisorCases();
    void everyPlanFitsAndExplainsItself_data();
    void everyPlanFitsAndExplainsItself();
    void caseFilesAreWellFormed();

private:
    Content m_content;
};

void TestAdvice::initTestCase()
{
    const Result<Content> loaded = BuiltinContent::load();
    QVERIFY(loaded.ok());
    m_content = loaded.value();
    // The caps are settings of the content; the defaults are what it ships with.
    QCOMPARE(m_content.plan.now, 5);
    QCOMPARE(m_content.plan.next, 8);
    QCOMPARE(m_content.plan.later, 12);
    QCOMPARE(m_content.plan.chapters, 6);
    QCOMPARE(m_content.plan.useCases, 8);
}

void TestAdvice::advisorCases_data()
{
    QTest::addColumn<QString>("phare");
    QTest::addColumn<QString>("expect");
    const QDir dir(QStringLiteral(PHARE_TEST_DATA "/advice-cases"));
    const QStringList files = dir.entryList({u"*.phare"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 12);
    for (const QString &file : files) {
        const QString base = file.chopped(6);
        QTest::newRow(qPrintable(base)) << dir.filePath(file) << dir.filePath(base + u".expect.yaml"_s);
    }
}

void TestAdvice::advisorCases()
{
    QFETCH(QString, phare);
    QFETCH(QString, expect);
    const Result<Assessment> read = AssessmentFile::read(phare);
    QVERIFY2(read.ok(), qPrintable(toText(read.diagnostics())));
    QString problem;
    const QList<Expectation> expectations = readExpectations(expect, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    int must = 0;
    int mustNot = 0;
    for (const Expectation &e : expectations)
        (e.in == u"absent" ? mustNot : must) += 1;
    QVERIFY2(must >= 3 && mustNot >= 2, "each case has at least 3 'must' and 2 'must not' expectations");

    const AssessmentResult result = Scorer::score(m_content, *read);
    const Recommendations rec = Recommender::recommend(m_content, *read, result);
    QStringList failures;
    for (const Expectation &e : expectations) {
        bool known = true;
        bool holds = false;
        QString where;
        if (e.kind == u"action") {
            known = m_content.action(e.id) != nullptr;
            const PlannedAction *planned = find(rec.plan, e.id);
            const PlannedAction *other = find(rec.others, e.id);
            where = planned ? horizonId(planned->horizon) : other ? u"other possibilities"_s : u"absent"_s;
            if (e.in == u"now")
                holds = planned && planned->horizon == Horizon::Now;
            else if (e.in == u"now-or-next")
                holds = planned && planned->horizon != Horizon::Later;
            else if (e.in == u"plan")
                holds = planned != nullptr;
            else if (e.in == u"absent")
                holds = !planned && !other;
            else
                known = false;
        } else {
            bool shown = false;
            if (e.kind == u"chapter") {
                known = m_content.chapter(e.id) != nullptr;
                shown = std::any_of(rec.chapters.cbegin(), rec.chapters.cend(),
                                    [&](const ChapterRecommendation &c) { return c.chapter->id == e.id; });
            } else {
                known = m_content.useCase(e.id) != nullptr;
                shown = std::any_of(rec.useCases.cbegin(), rec.useCases.cend(),
                                    [&](const UseCaseRecommendation &u) { return u.useCase->id == e.id; });
            }
            where = shown ? u"shown"_s : u"absent"_s;
            holds = e.in == u"absent" ? !shown : shown;
            known = known && (e.in == u"absent" || e.in == u"plan");
        }
        if (!known)
            failures.append(u"%1:%2: unknown %3 '%4' or place '%5'"_s.arg(expect).arg(e.line).arg(e.kind, e.id, e.in));
        else if (!holds)
            failures.append(u"%1:%2: %3 %4 expected %5, is %6 — %7"_s.arg(expect).arg(e.line).arg(e.kind, e.id, e.in,
                                                                                                  where, e.why));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n') + u"\nThe plan:\n"_s + planText(rec)));
}

void TestAdvice::everyPlanFitsAndExplainsItself_data()
{
    QTest::addColumn<QString>("phare");
    for (const QString &folder :
         {u"" PHARE_TEST_DATA "/advice-cases"_s, u"" PHARE_SOURCE_DIR "/resources/examples"_s}) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList({u"*.phare"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestAdvice::everyPlanFitsAndExplainsItself()
{
    QFETCH(QString, phare);
    const Result<Assessment> read = AssessmentFile::read(phare);
    QVERIFY2(read.ok(), qPrintable(toText(read.diagnostics())));
    const AssessmentResult result = Scorer::score(m_content, *read);
    const Recommendations rec = Recommender::recommend(m_content, *read, result);
    QVERIFY(rec.count(Horizon::Now) <= m_content.plan.now);
    QVERIFY(rec.count(Horizon::Next) <= m_content.plan.next);
    QVERIFY(rec.count(Horizon::Later) <= m_content.plan.later);
    QVERIFY(rec.chapters.size() <= m_content.plan.chapters);
    QVERIFY(rec.useCases.size() <= m_content.plan.useCases);
    QSet<QString> seen;
    int lastRank = 0;
    Horizon lastHorizon = Horizon::Now;
    for (const PlannedAction &a : rec.plan) {
        // Once each, in horizon order then rank order, with reasons and "why this rank".
        QVERIFY2(!seen.contains(a.action->id), qPrintable(a.action->id));
        seen.insert(a.action->id);
        QVERIFY(a.horizon >= lastHorizon);
        if (a.horizon == lastHorizon)
            QVERIFY(a.rank > lastRank);
        lastHorizon = a.horizon;
        lastRank = a.rank;
        QVERIFY2(!a.reasons.isEmpty(), qPrintable(a.action->id + u" has no reason"_s));
        for (const Phare::Language &language : Phare::Language::supported()) {
            const QString why = a.rankExplanation(language);
            QVERIFY2(why.contains(QString::number(a.rank)), qPrintable(why));
            for (const Reason &r : a.reasons)
                QVERIFY(!r.describe(language).isEmpty());
            // No placeholder is ever shown as written.
            QVERIFY(!phrased(a.action->text, language, rec).contains(u"{{"));
            QVERIFY(!phrased(a.action->firstStep, language, rec).contains(u"{{"));
        }
        QVERIFY(a.action->earliest <= a.horizon);
    }
    for (const PlannedAction &a : rec.others)
        QVERIFY2(!seen.contains(a.action->id), qPrintable(a.action->id));
    for (const ChapterRecommendation &c : rec.chapters) {
        QVERIFY2(!c.actions.isEmpty() && !c.reasons.isEmpty(), qPrintable(c.chapter->id));
        for (const Action *a : c.actions)
            QVERIFY2(seen.contains(a->id), "a chapter is recommended only for an action of the plan");
    }
    for (const UseCaseRecommendation &u : rec.useCases) {
        QVERIFY2(!u.actions.isEmpty(), qPrintable(u.useCase->id));
        QVERIFY(u.useCase->sectors.contains(read->company.sector));
        QVERIFY(u.useCase->sizes.contains(sizeForEmployees(read->company.employees)));
    }
    // The firm's weakest scored dimension has an action among "now" whenever one of the advised
    // actions that may be done now deals with it.
    if (rec.weakest) {
        const auto touches = [&](const PlannedAction &a) {
            return std::any_of(a.reasons.begin(), a.reasons.end(), [&](const Reason &r) {
                if (r.dimension)
                    return r.dimension == rec.weakest->dimension;
                const QList<Question> &qs = rec.weakest->dimension->questions;
                return r.question >= qs.constData() && r.question < qs.constData() + qs.size();
            });
        };
        bool dealt = false;
        bool possible = false;
        for (const PlannedAction &a : rec.plan) {
            dealt = dealt || (a.horizon == Horizon::Now && touches(a));
            possible = possible || (a.action->earliest == Horizon::Now && touches(a));
        }
        for (const PlannedAction &a : rec.others)
            possible = possible || (a.action->earliest == Horizon::Now && touches(a));
        if (possible && rec.count(Horizon::Now) > 0)
            QVERIFY2(dealt, qPrintable(u"weakest dimension %1 not among now\n"_s.arg(rec.weakest->dimension->id) +
                                       planText(rec)));
    }
}

void TestAdvice::caseFilesAreWellFormed()
{
    // Each case has its expectations, and each expectation file its case: a lone file is a mistake.
    const QDir dir(QStringLiteral(PHARE_TEST_DATA "/advice-cases"));
    const QStringList phare = dir.entryList({u"*.phare"_s}, QDir::Files);
    const QStringList expect = dir.entryList({u"*.expect.yaml"_s}, QDir::Files);
    QCOMPARE(phare.size(), expect.size());
    for (const QString &file : phare)
        QVERIFY2(dir.exists(file.chopped(6) + u".expect.yaml"_s), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestAdvice)
#include "tst_advice.moc"
