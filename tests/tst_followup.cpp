// Tests the follow-up of a decided plan (issue 18, item 3): the figures of core/followup.h checked by hand
// on the florist's two workshops (tests/data/followup/), the earlier decisions followed when the later
// assessment has none, a decision on one of the "other possibilities", the report's plan table, declined
// appendix and follow-up section, phare-cli plan (--compare, a list-style plan) and the results page.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "clirun.h"
#include "decidedplan.h"
#include "evaluation.h"
#include "followup.h"
#include "mainwindow.h"
#include "names.h"
#include "pdffile.h"
#include "radarchart.h"
#include "reportdocument.h"
#include "resultspage.h"
#include "uitext.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Phare;
using namespace Phare::Test;

namespace {

const QString dataDir = QStringLiteral(PHARE_SOURCE_DIR "/tests/data/followup/");
const QString kEarlier = dataDir + QStringLiteral("fleuriste-2026-03.phare");
const QString kLater = dataDir + QStringLiteral("fleuriste-2026-09.phare");
const QString kBakery = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");

Assessment readFile(const QString &path)
{
    const Result<Assessment> read = AssessmentFile::read(path);
    if (!read.ok())
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(read.errorText()));
    return *read;
}

const FollowedAction *find(const FollowUp &followUp, const QString &id)
{
    for (const FollowedAction &a : followUp.actions()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

// Text as a reader searches it: no-break spaces as spaces, runs of white space as one.
QString normalised(QString text)
{
    for (const QChar c : {QChar(0x00a0), QChar(0x202f), QChar(0x2009), QChar(0x2007)})
        text.replace(c, QLatin1Char(' '));
    return text.simplified();
}

} // namespace

class TestFollowUp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresOfTheFlorist();
    void earlierDecisionsAreFollowedWhenTheLaterHasNone();
    void decisionOnAnotherPossibility();
    void reportPrintsTheDecidedPlanAndTheFollowUp();
    void reportPrioritiesLeaveOutWhatWasDecided();
    void cliPlanCompare();
    void cliListStylePlanHasNoHorizons();
    void resultsPageShowsTheFollowUp();
    void mainWindowComparesInFrench_data();
    void mainWindowComparesInFrench();

private:
    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
};

void TestFollowUp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

void TestFollowUp::figuresOfTheFlorist()
{
    // In March the florist decided five actions and one of its own; in September (the day of the later
    // assessment, 17 September 2026) two-step verification and the daily backup are done, the restore
    // test is still in progress though due on 30 June, the password manager is in progress (due at the
    // end of the year), a new action of its own is to do, and the shared till code stays declined.
    const Evaluation earlier(m_content.value(), readFile(kEarlier));
    const Evaluation later(m_content.value(), readFile(kLater));
    const FollowUp followUp(earlier, later);
    using Followed = FollowedAction::Status;
    QCOMPARE(followUp.count(Followed::Done), 3);
    QCOMPARE(followUp.count(Followed::Late), 1);
    QCOMPARE(followUp.count(Followed::InProgress), 1);
    QCOMPARE(followUp.count(Followed::ToDo), 1);
    QCOMPARE(followUp.count(Followed::Declined), 1);
    QCOMPARE(followUp.with(Followed::Late).constFirst()->id, QStringLiteral("cyber-restore-test"));
    QCOMPARE(followUp.with(Followed::Late).constFirst()->progress(), ActionProgress::InProgress);
    QCOMPARE(followUp.with(Followed::InProgress).constFirst()->id, QStringLiteral("cyber-password-manager"));
    QCOMPARE(followUp.with(Followed::ToDo).constFirst()->id, QStringLiteral("own-2"));
    QCOMPARE(followUp.with(Followed::Declined).constFirst()->reason(),
             QStringLiteral("La caisse n'accepte qu'un seul code : on verra au changement de caisse."));

    // Two-step verification belongs to "Accounts and passwords" (every rule that recommends it looks at
    // the question mfa). Its four questions, each weighing 1: passwords "written down" 1/3, mfa "don't
    // know" 0 then "yes" 1, named accounts "some shared" 1/3, departures "partially" 1/2. Then 7/24 =
    // 29.17, now 13/24 = 54.17: 29 → 54, +25.
    const FollowedAction *mfa = find(followUp, QStringLiteral("cyber-mfa-mail-bank"));
    QVERIFY(mfa);
    QCOMPARE(mfa->status, Followed::Done);
    QCOMPARE(mfa->doneOn(), QDate(2026, 4, 20));
    QCOMPARE(mfa->dimensions.size(), 1);
    QCOMPARE(mfa->dimensions[0].dimension->id, QStringLiteral("access"));
    QVERIFY(qAbs(*mfa->dimensions[0].before - 700.0 / 24) < 1e-9);
    QVERIFY(qAbs(*mfa->dimensions[0].after - 1300.0 / 24) < 1e-9);
    QCOMPARE(*mfa->dimensions[0].change(), 25);

    // The daily backup belongs to "Backups" (its rules look at backup-frequency): frequency occasional
    // 1/4 then daily 1, practices 1 of 4 then 2 of 4, online data "partially" 1/2 both times. Then 1/3 =
    // 33.33, now 2/3 = 66.67: 33 → 67, +34.
    const FollowedAction *backup = find(followUp, QStringLiteral("cyber-automatic-backup"));
    QVERIFY(backup);
    QCOMPARE(backup->status, Followed::Done);
    QCOMPARE(backup->dimensions.size(), 1);
    QCOMPARE(backup->dimensions[0].dimension->id, QStringLiteral("backups"));
    QVERIFY(qAbs(*backup->dimensions[0].before - 100.0 / 3) < 1e-9);
    QVERIFY(qAbs(*backup->dimensions[0].after - 200.0 / 3) < 1e-9);
    QCOMPARE(*backup->dimensions[0].change(), 34);

    // An action of the advisor's own has no dimension: it is done, with nothing to measure.
    const FollowedAction *wifi = find(followUp, QStringLiteral("own-1"));
    QVERIFY(wifi);
    QCOMPARE(wifi->status, Followed::Done);
    QVERIFY(wifi->own);
    QVERIFY(wifi->dimensions.isEmpty());
    // Only done actions are measured.
    QVERIFY(find(followUp, QStringLiteral("cyber-restore-test"))->dimensions.isEmpty());
}

void TestFollowUp::earlierDecisionsAreFollowedWhenTheLaterHasNone()
{
    // A later assessment started afresh, without the plan: the plan decided in March is followed as it was
    // left then. Nothing was marked done, so what was due before 17 September is late.
    Assessment later = readFile(kEarlier);
    later.assessmentDate = QDate(2026, 9, 17);
    later.plan = {};
    const FollowUp followUp(Evaluation(m_content.value(), readFile(kEarlier)), Evaluation(m_content.value(), later));
    using Followed = FollowedAction::Status;
    QCOMPARE(followUp.count(Followed::Done), 0);
    // Due on 30 April, 31 May, 30 June and (own-1) 31 March; the password manager is due on 31 December.
    QCOMPARE(followUp.count(Followed::Late), 4);
    QCOMPARE(followUp.count(Followed::ToDo), 1);
    QCOMPARE(followUp.count(Followed::Declined), 1);
    QCOMPARE(find(followUp, QStringLiteral("cyber-password-manager"))->status, Followed::ToDo);
    // The same day as a due date is not late: late is due before the assessment's day.
    later.assessmentDate = QDate(2026, 4, 30);
    const FollowUp onTheDay(Evaluation(m_content.value(), readFile(kEarlier)), Evaluation(m_content.value(), later));
    QCOMPARE(find(onTheDay, QStringLiteral("cyber-mfa-mail-bank"))->status, Followed::ToDo);
    QCOMPARE(find(onTheDay, QStringLiteral("own-1"))->status, Followed::Late);
    // Nothing decided either time: nothing to follow up.
    Assessment plain = readFile(kEarlier);
    plain.plan = {};
    QVERIFY(FollowUp(Evaluation(m_content.value(), plain), Evaluation(m_content.value(), plain)).isEmpty());
}

void TestFollowUp::decisionOnAnotherPossibility()
{
    // One of the bakery's "other possibilities" (beyond the plan's caps) is accepted in March, for Karim, and done
    // by September: it is in the decided plan (not before "next"), in the report's plan rather than in
    // its appendix of other possibilities, in phare-cli plan, and measured in the follow-up.
    Assessment earlier = readFile(kBakery);
    const Evaluation before(m_content.value(), earlier);
    QVERIFY(!before.recommendations().others.isEmpty());
    const PlannedAction &other = before.recommendations().others.constFirst();
    const QString id = other.action->id;
    PlanDecision accepted;
    accepted.who = QStringLiteral("Karim");
    accepted.due = QDate(2026, 8, 31);
    earlier.plan.actions.insert(id, accepted);
    const Evaluation decidedBefore(m_content.value(), earlier);
    const DecidedPlan plan(m_content.value(), decidedBefore.assessment(), decidedBefore.recommendations());
    const DecidedAction *item = nullptr;
    for (const DecidedAction &a : plan.actions()) {
        if (a.id == id)
            item = &a;
    }
    QVERIFY2(item, qPrintable(id));
    QCOMPARE(item->state, DecidedAction::State::Accepted);
    QVERIFY(item->horizon >= Horizon::Next);
    QCOMPARE(item->computedRank, other.rank);
    QVERIFY(!item->noLongerSuggested());

    // The report: in the plan with who and when, no longer among the other possibilities.
    const QString text = phrased(other.action->text, Language::english(), decidedBefore.recommendations());
    ReportOptions options;
    options.language = Language::english();
    const QString path = m_dir.filePath(QStringLiteral("other.pdf"));
    {
        const ReportDocument report(decidedBefore, options);
        QVERIFY(report.writePdf(path).ok());
    }
    const QString pdf = normalised(PdfFile::at(path).text(0, true));
    const qsizetype planAt = pdf.indexOf(QStringLiteral("Action plan"), pdf.indexOf(QStringLiteral("Contents")) + 1);
    const qsizetype othersAt = pdf.lastIndexOf(QStringLiteral("Other possibilities"));
    const qsizetype actionAt = pdf.indexOf(normalised(text), planAt);
    QVERIFY2(actionAt > planAt, qPrintable(text));
    QVERIFY2(othersAt < 0 || actionAt < othersAt, "the action taken up is in the plan, before the appendix");
    QVERIFY2(othersAt < 0 || !pdf.mid(othersAt).contains(normalised(text)),
             "an action taken up is no longer listed among the other possibilities");
    QVERIFY(pdf.mid(actionAt, 400).contains(QStringLiteral("Karim")));
    QVERIFY(pdf.mid(actionAt, 400).contains(QStringLiteral("31 August 2026")));

    // phare-cli plan lists it with its rank kept for reference.
    const QString file = m_dir.filePath(QStringLiteral("other.phare"));
    QVERIFY(AssessmentFile::write(earlier, file).ok());
    const CliRun run = runCli({QStringLiteral("plan"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("%1. %2").arg(other.rank).arg(text)), qPrintable(run.out));

    // Done by September: measured like any other.
    Assessment later = earlier;
    later.assessmentDate = QDate(2026, 9, 17);
    accepted.progress = ActionProgress::Done;
    accepted.doneOn = QDate(2026, 7, 2);
    later.plan.actions.insert(id, accepted);
    const FollowUp followUp(decidedBefore, Evaluation(m_content.value(), later));
    const FollowedAction *done = find(followUp, id);
    QVERIFY(done);
    QCOMPARE(done->status, FollowedAction::Status::Done);
    QVERIFY(!done->dimensions.isEmpty());
    QCOMPARE(followUp.count(FollowedAction::Status::Done), 1);
}

void TestFollowUp::reportPrintsTheDecidedPlanAndTheFollowUp()
{
    ReportInput input;
    input.content = &m_content.value();
    input.assessment = readFile(kLater);
    input.earlier = readFile(kEarlier);
    input.language = Language::french();
    const QString path = m_dir.filePath(QStringLiteral("followup-fr.pdf"));
    {
        const ReportDocument report(input);
        QVERIFY(report.writePdf(path).ok());
        QStringList titles;
        for (const ReportDocument::Section &s : report.sections())
            titles.append(s.title);
        QVERIFY2(titles.contains(QStringLiteral("Suivi du plan décidé le 12\u00a0mars\u00a02026")),
                 qPrintable(titles.join(u'|')));
        QVERIFY2(
            std::any_of(titles.cbegin(), titles.cend(),
                        [](const QString &t) { return t.startsWith(u"Annexe") && t.endsWith(u" — Actions écartées"); }),
            qPrintable(titles.join(u'|')));
    }
    const QString all = normalised(PdfFile::at(path).text(0, true));
    const qsizetype followUpAt = all.lastIndexOf(QStringLiteral("Suivi du plan décidé le 12 mars 2026"));
    QVERIFY(followUpAt > 0);
    const QString followUp = all.mid(followUpAt, all.indexOf(QStringLiteral("Annexe A"), followUpAt) - followUpAt);
    QVERIFY2(followUp.contains(QStringLiteral("Des 6 actions décidées : 3 faites, 1 en retard, 1 en "
                                              "cours, 1 à faire. Une action a été écartée.")),
             qPrintable(followUp));
    // The dimension of each action done, then and now.
    QVERIFY2(followUp.contains(QStringLiteral("Comptes et mots de passe : 29/100 → 54/100 (+25)")),
             qPrintable(followUp));
    QVERIFY2(followUp.contains(QStringLiteral("Sauvegardes : 33/100 → 67/100 (+34)")), qPrintable(followUp));
    QVERIFY2(followUp.contains(QStringLiteral("En retard")), qPrintable(followUp));
    QVERIFY2(followUp.contains(QStringLiteral("30 juin 2026")), qPrintable(followUp));
    QVERIFY2(followUp.contains(QStringLiteral("Mettre un code sur la tablette des commandes")), qPrintable(followUp));
    QVERIFY2(followUp.contains(QStringLiteral("on verra au changement de caisse")), qPrintable(followUp));

    // The roadmap's actions of this month are those still to do: what is done is not listed again.
    const QString roadmap = all.left(all.indexOf(QStringLiteral("Sommaire")));
    QVERIFY2(roadmap.contains(QStringLiteral("Ce mois-ci")), qPrintable(roadmap));
    QVERIFY2(!roadmap.contains(QStringLiteral("Changer le mot de passe de la box Wi-Fi")), qPrintable(roadmap));

    // The plan table prints the decided plan: who, due date, status; the advisor's own action is there.
    const qsizetype planAt = all.indexOf(QStringLiteral("Plan d'action D'après les réponses"));
    QVERIFY(planAt > 0);
    const QString plan = all.mid(planAt, all.indexOf(QStringLiteral("À lire et à essayer"), planAt) - planAt);
    QVERIFY2(plan.contains(QStringLiteral("Échéance")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("Mettre un code sur la tablette des commandes")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("faite le 20 avril 2026")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("retenue, en cours")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("plus suggérée par les réponses")), qPrintable(plan));
    // The declined action: out of the plan, with its reason in the appendix.
    const qsizetype declinedAt = all.lastIndexOf(QStringLiteral("Actions écartées"));
    QVERIFY(declinedAt > followUpAt);
    QVERIFY2(all.mid(declinedAt)
                 .contains(QStringLiteral("La caisse n'accepte qu'un seul code : on verra au changement de caisse.")),
             qPrintable(all.mid(declinedAt)));
    const Content &content = m_content.value();
    const QString named =
        normalised(content.action(QStringLiteral("cyber-named-accounts"))->text.text(Language::french()));
    QVERIFY2(!plan.contains(named), qPrintable(named));
    QVERIFY2(all.mid(declinedAt).contains(named), qPrintable(named));

    // Without an earlier assessment, no follow-up; compared with one that decided nothing, none either.
    input.earlier.reset();
    QVERIFY(!ReportDocument(input).sections().constLast().title.startsWith(QStringLiteral("Suivi")));
    Assessment plain = readFile(kEarlier);
    plain.plan = {};
    input.assessment = plain;
    input.earlier = plain;
    for (const ReportDocument::Section &s : ReportDocument(input).sections())
        QVERIFY(!s.title.startsWith(QStringLiteral("Suivi")));
}

// The report's page on the business names three priorities: an action the workshop declined,
// postponed or has done is none of them, though the computed plan still ranks it first.
void TestFollowUp::reportPrioritiesLeaveOutWhatWasDecided()
{
    const Assessment bakery = readFile(kBakery);
    const Evaluation computed(m_content.value(), bakery);
    const QList<PlannedAction> &plan = computed.recommendations().plan;
    QVERIFY(plan.size() >= 6);
    const Language french = Language::french();
    const auto textOf = [&](qsizetype i) {
        return normalised(plan[i].action->text.text(french));
    };
    // The business page: after the contents, up to the plan's own section.
    const auto businessPage = [&](const Assessment &assessment, const QString &name) {
        ReportInput input;
        input.content = &m_content.value();
        input.assessment = assessment;
        input.language = french;
        const QString path = m_dir.filePath(name);
        if (!ReportDocument(input).writePdf(path).ok())
            return QString();
        const QString all = normalised(PdfFile::at(path).text(0, true));
        const qsizetype from = all.indexOf(QStringLiteral("priorités"), all.indexOf(QStringLiteral("Sommaire")));
        return all.mid(from, all.indexOf(QStringLiteral("Plan d'action"), from) - from);
    };
    const QString before = businessPage(bakery, QStringLiteral("priorities-before.pdf"));
    QVERIFY2(before.contains(textOf(0)), qPrintable(before));

    Assessment decided = bakery;
    PlanDecision declined;
    declined.choice = PlanDecision::Choice::Declined;
    declined.reason = QStringLiteral("Déjà fait autrement.");
    decided.plan.actions.insert(plan[0].action->id, declined);
    PlanDecision postponed;
    postponed.choice = PlanDecision::Choice::Postponed;
    postponed.horizon = QStringLiteral("later");
    decided.plan.actions.insert(plan[1].action->id, postponed);
    PlanDecision done;
    done.progress = ActionProgress::Done;
    decided.plan.actions.insert(plan[2].action->id, done);
    const QString after = businessPage(decided, QStringLiteral("priorities-after.pdf"));
    QVERIFY2(after.contains(QStringLiteral("priorités")), qPrintable(after));
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY2(!after.contains(textOf(i)), qPrintable(textOf(i) + QStringLiteral(" in ") + after));
    QVERIFY2(after.contains(textOf(3)), qPrintable(after));
}

void TestFollowUp::cliPlanCompare()
{
    const CliRun fr = runCli({QStringLiteral("plan"), kLater, QStringLiteral("--compare"), kEarlier,
                              QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK_EXIT(fr, 0);
    QVERIFY2(fr.out.contains(QStringLiteral("Suivi du plan décidé le 12\u00a0mars\u00a02026")), qPrintable(fr.out));
    QVERIFY2(
        fr.out.contains(QStringLiteral("faites\u00a0: 3 · en retard\u00a0: 1 · en cours\u00a0: 1 · à faire\u00a0: 1 · "
                                       "écartées\u00a0: 1")),
        qPrintable(fr.out));
    QVERIFY2(fr.out.contains(QStringLiteral("Comptes et mots de passe\u00a0: 29 → 54 (+25)")), qPrintable(fr.out));
    QVERIFY2(fr.out.contains(QStringLiteral("Sauvegardes\u00a0: 33 → 67 (+34)")), qPrintable(fr.out));
    const CliRun en = runCli({QStringLiteral("plan"), kLater, QStringLiteral("--compare"), kEarlier,
                              QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(en, 0);
    QVERIFY2(en.out.contains(QStringLiteral("\nLate\n")), qPrintable(en.out));
    QVERIFY2(en.out.contains(QStringLiteral("who: Karim · due: 30\u00a0June\u00a02026 · in progress")),
             qPrintable(en.out));
    // JSON: the follow-up next to the plan, with the figures.
    const CliRun json = runCli({QStringLiteral("plan"), kLater, QStringLiteral("--compare"), kEarlier,
                                QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(json, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject followUp = o.value(u"followUp").toObject();
    QCOMPARE(followUp.value(u"since").toString(), QStringLiteral("2026-03-12"));
    bool seen = false;
    for (const auto value : followUp.value(u"actions").toArray()) {
        const QJsonObject a = value.toObject();
        if (a.value(u"id").toString() != u"cyber-mfa-mail-bank")
            continue;
        seen = true;
        QCOMPARE(a.value(u"status").toString(), QStringLiteral("done"));
        const QJsonObject d = a.value(u"dimensions").toArray().first().toObject();
        QCOMPARE(d.value(u"dimension").toString(), QStringLiteral("access"));
        QCOMPARE(d.value(u"change").toInt(), 25);
    }
    QVERIFY(seen);
    // An earlier file that cannot be read: its diagnostic, exit 1; --compare elsewhere: a usage error.
    const CliRun bad = runCli(
        {QStringLiteral("plan"), kLater, QStringLiteral("--compare"), m_dir.filePath(QStringLiteral("missing.phare"))});
    CHECK_EXIT(bad, 1);
    CHECK_EXIT(runCli({QStringLiteral("score"), kLater, QStringLiteral("--compare"), kEarlier}), 2);
}

void TestFollowUp::cliListStylePlanHasNoHorizons()
{
    // A plan written as one list (`plan: {style: list}`) has no now, next or later, in phare-cli plan too.
    const QString framework = QStringLiteral(PHARE_SOURCE_DIR "/tests/data/ranking/framework");
    const QString file = QStringLiteral(PHARE_SOURCE_DIR "/tests/data/ranking/all-no.phare");
    const CliRun run = runCli({QStringLiteral("--questionnaires"), framework, QStringLiteral("plan"), file,
                               QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK_EXIT(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("\nPriority measures\n")), qPrintable(run.out));
    for (const Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later})
        QVERIFY2(!run.out.contains(QLatin1Char('\n') + Names::horizon(h, Language::english()) + QLatin1Char('\n')),
                 qPrintable(run.out));
}

void TestFollowUp::resultsPageShowsTheFollowUp()
{
    // The page's words are the desktop's catalogue, which MainWindow installs: installed here by hand.
    QTranslator desktop;
    QVERIFY(desktop.load(QStringLiteral(":/i18n/phare_fr.qm")));
    QCoreApplication::installTranslator(&desktop);
    Ui::setLanguage(Language::french());
    AssessmentDocument document(m_content.value());
    // What a user typed is shown as typed, never as markup.
    Assessment later = readFile(kLater);
    later.plan.own[1].text = QStringLiteral("Code <b>sur</b> la tablette & le portable");
    document.reset(later, kLater);
    ResultsPage page(&document);
    page.resize(1024, 600);
    page.refresh();
    QVERIFY(page.followUpBox()->isHidden());
    document.setComparison(readFile(kEarlier), QStringLiteral("l'évaluation du 12 mars 2026"));
    QVERIFY(!page.followUpBox()->isHidden());
    QCOMPARE(page.followUpBox()->title(), QStringLiteral("Suivi du plan décidé le 12\u00a0mars\u00a02026"));
    const QString text = page.followUp()->text();
    QVERIFY2(text.contains(QStringLiteral("faites\u00a0: 3")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Comptes et mots de passe\u00a0: 29/100 → 54/100 (+25)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sauvegardes\u00a0: 33/100 → 67/100 (+34)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("on verra au changement de caisse")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Code &lt;b&gt;sur&lt;/b&gt; la tablette &amp; le portable")),
             qPrintable(text));
    document.clearComparison();
    QVERIFY(page.followUpBox()->isHidden());
    Ui::setLanguage(Language::english());
    QCoreApplication::removeTranslator(&desktop);
}

void TestFollowUp::mainWindowComparesInFrench_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x600") << QSize(1024, 600);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestFollowUp::mainWindowComparesInFrench()
{
    // File → Compare with an earlier assessment… on the later workshop: the follow-up is at the top of the
    // results, whole (no line cut), in French. PHARE_SCREENSHOTS=DIR saves what the window shows.
    QFETCH(QSize, size);
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::french());
    window.resize(size);
    window.show();
    QVERIFY(window.openFile(kLater));
    QVERIFY(window.compareWith(kEarlier));
    window.showPage(MainWindow::Page::Results);
    ResultsPage *results = window.resultsPage();
    QTRY_VERIFY(results->followUpBox()->isVisible());
    QLabel *label = results->followUp();
    QVERIFY(label->text().contains(QStringLiteral("Mettre un code sur la tablette des commandes")));
    QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
    // Above the charts: the first thing the follow-up workshop reads.
    const auto top = [results](const QWidget *w) {
        return w->mapTo(results, QPoint()).y();
    };
    QTRY_VERIFY2(top(results->followUpBox()) < top(results->charts().first()->parentWidget()),
                 qPrintable(QStringLiteral("%1 >= %2")
                                .arg(top(results->followUpBox()))
                                .arg(top(results->charts().first()->parentWidget()))));
    if (const QString dir = qEnvironmentVariable("PHARE_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(window.grab().save(
            QStringLiteral("%1/followup-results-fr-%2.png").arg(dir, QString::fromLatin1(QTest::currentDataTag()))));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestFollowUp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_followup.moc"
