// Tests workshops of several respondents: the file format (plain files unchanged, bad workshops refused with
// positions), the agreement, the spread checked by hand, the merge, the anonymous file and phare-cli merge/score.
#include "anonymousfile.h"
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "evaluation.h"
#include "scorer.h"
#include "support/clirun.h"
#include "workshop.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

// A small questionnaire whose scores are easy to work out by hand (docs/questionnaire-format.md, "Question
// types and how each is scored"): a scale 0/1/2/4, a yes-no 0/0.5/1, a checklist of three options plus "none".
const char *const shopYaml = R"(kind: questionnaire
id: shop
version: 1
title: {fr: Boutique, en: Shop}
description: {fr: Un thème d'essai., en: A test theme.}
dimensions:
  - id: backups
    title: {fr: Sauvegardes, en: Backups}
    questions:
      - id: backup
        type: scale
        text: {fr: "Sauvegarde ?", en: "Backup?"}
        help: {fr: Aide., en: Help.}
        allowDontKnow: true
        options:
          - {id: never, label: {fr: Jamais, en: Never}, score: 0}
          - {id: monthly, label: {fr: Mois, en: Monthly}, score: 1}
          - {id: weekly, label: {fr: Semaine, en: Weekly}, score: 2}
          - {id: daily, label: {fr: Jour, en: Daily}, score: 4}
      - id: restore
        type: yes-no
        text: {fr: "Restauration testée ?", en: "Restore tested?"}
        help: {fr: Aide., en: Help.}
        allowNotApplicable: true
  - id: access
    title: {fr: Accès, en: Access}
    questions:
      - id: mfa
        type: yes-no
        text: {fr: "Double authentification ?", en: "Two-step verification?"}
        help: {fr: Aide., en: Help.}
        allowDontKnow: true
      - id: tools
        type: checklist
        text: {fr: "Outils ?", en: "Tools?"}
        help: {fr: Aide., en: Help.}
        options:
          - {id: a, label: {fr: A, en: A}}
          - {id: b, label: {fr: B, en: B}}
          - {id: c, label: {fr: C, en: C}}
          - {id: none, exclusive: true, label: {fr: Aucun, en: None}}
      - id: layout
        type: grid
        text: {fr: "Grille ?", en: "Grid?"}
        help: {fr: Aide., en: Help.}
        rows:
          - {id: x, label: {fr: X, en: X}}
          - {id: y, label: {fr: Y, en: Y}}
        options:
          - {id: lo, label: {fr: Bas, en: Low}, score: 0}
          - {id: hi, label: {fr: Haut, en: High}, score: 1}
)";

Content shopContent()
{
    const Result<Content> loaded = ContentLoader::loadData({{u"shop.yaml"_s, QByteArray(shopYaml)}}, {false, nullptr});
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.diagnostics().value(0).toString()));
    return loaded.value();
}

using Answers = QMap<QString, Answer>;

Respondent person(const QString &id, const QString &name, const QString &role, const Answers &answers)
{
    Respondent r;
    r.id = id;
    r.name = name;
    r.role = role;
    r.answers.insert(u"shop"_s, answers);
    return r;
}

Assessment shopFirm()
{
    Assessment a;
    a.id = u"3f2b8c1e-7d4a-4e9b-a0c5-1b2d3e4f5a6b"_s;
    a.company.name = u"Épicerie du Port"_s;
    a.company.sector = u"retail"_s;
    a.company.employees = 4;
    a.language = u"en"_s;
    a.themes[u"shop"_s].version = 1;
    return a;
}

// The workshop of the hand-worked case: owner, manager, employee.
Assessment shopWorkshop()
{
    Assessment a = shopFirm();
    a.respondents = {
        person(u"r1"_s, u"Odile Owner"_s, u"owner"_s,
               {{u"backup"_s, Answer::makeChoice(u"daily"_s)},
                {u"restore"_s, Answer::makeChoice(u"yes"_s)},
                {u"mfa"_s, Answer::makeChoice(u"yes"_s)},
                {u"tools"_s, Answer::makeTicked({u"a"_s, u"b"_s})}}),
        person(u"r2"_s, u"Marc Manager"_s, u"manager"_s,
               {{u"backup"_s, Answer::makeChoice(u"weekly"_s)},
                {u"restore"_s, Answer::makeChoice(u"yes"_s)},
                {u"mfa"_s, Answer::makeDontKnow()},
                {u"tools"_s, Answer::makeTicked({u"b"_s, u"a"_s})}}),
        person(u"r3"_s, u"Emma Employee"_s, u"employee"_s,
               {{u"backup"_s, Answer::makeChoice(u"never"_s)},
                {u"restore"_s, Answer::makeChoice(u"partially"_s)},
                {u"mfa"_s, Answer::makeChoice(u"yes"_s)},
                {u"tools"_s, Answer::makeTicked({u"a"_s, u"b"_s})}}),
    };
    Workshop::applyAgreement(a);
    return a;
}

const QuestionAgreement *find(const QList<QuestionAgreement> &list, const QString &question)
{
    for (const QuestionAgreement &q : list) {
        if (q.question == question)
            return &q;
    }
    return nullptr;
}

bool near(const std::optional<double> &value, double expected)
{
    return value && std::abs(*value - expected) < 1e-6;
}

QString text(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : u"none"_s;
}

// The JSON of a file with key order and spacing set aside.
QJsonObject normalised(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QList<QString> examplesAndCases()
{
    QList<QString> files;
    for (const QString &dir :
         {QStringLiteral(PHARE_SOURCE_DIR "/resources/examples"), QStringLiteral(PHARE_TEST_DATA "/advice-cases")}) {
        for (const QString &name : QDir(dir).entryList({u"*.phare"_s}, QDir::Files, QDir::Name))
            files.append(dir + u'/' + name);
    }
    return files;
}

// A workshop file of the built-in content, three people; rows of refusesBadWorkshop change one piece of it.
QByteArray workshopDocument()
{
    return R"({
    "format": "phare-assessment",
    "formatVersion": 2,
    "company": {"name": "Atelier Test", "sector": "craft", "employees": 3},
    "language": "en",
    "questionnaires": {
        "cybersecurity": {
            "version": 2,
            "answers": {"backup-frequency": {"choice": "weekly"}}
        }
    },
    "respondents": [
        {"id": "r1", "name": "Anne", "role": "owner",
         "answers": {"cybersecurity": {"backup-frequency": {"choice": "daily-auto"}}}},
        {"id": "r2", "name": "Bruno", "role": "manager", "roleText": "shop manager",
         "answers": {"cybersecurity": {"backup-frequency": {"choice": "never"}}},
         "notes": {"cybersecurity": {"backup-frequency": "nobody checked since spring"}}},
        {"id": "r3", "name": "Chloé", "role": "employee",
         "answers": {"cybersecurity": {"backup-frequency": {"choice": "weekly"}}}}
    ],
    "settled": {"cybersecurity": {"backup-frequency": "the USB drive is copied every Friday"}}
}
)";
}

QByteArray changed(const QByteArray &from, const QByteArray &to)
{
    QByteArray doc = workshopDocument();
    const qsizetype at = doc.indexOf(from);
    if (at < 0)
        qFatal("not in the workshop document: %s", from.constData());
    return doc.replace(at, from.size(), to);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A plain file of one person of the built-in content.
QByteArray personFile(const QByteArray &company, const QByteArray &backup, const QByteArray &mailDomain,
                      const QByteArray &version = "2")
{
    return R"({"format": "phare-assessment", "formatVersion": 1,
 "company": )" +
           company +
           R"(, "language": "en",
 "questionnaires": {
  "cybersecurity": {"version": )" +
           version + R"(, "answers": {"backup-frequency": )" + backup + R"(, "mail-domain": )" + mailDomain + R"(}},
  "ai-readiness": {"version": 2, "answers": {}}
 }}
)";
}

// The first difference between two scorings, in words; empty when they are the same in every figure, level,
// answer and issue.
QString scoringDifference(const AssessmentResult &a, const AssessmentResult &b)
{
    const auto themeDifference = [](const ThemeResult &x, const ThemeResult &y) -> QString {
        const QString id = x.questionnaire ? x.questionnaire->id : u"(none)"_s;
        if (x.questionnaire != y.questionnaire || x.score != y.score || x.level != y.level ||
            x.answered != y.answered || x.visible != y.visible || x.dontKnow != y.dontKnow ||
            x.dimensions.size() != y.dimensions.size())
            return u"theme "_s + id + u": "_s + text(x.score) + u" against "_s + text(y.score);
        for (qsizetype d = 0; d < x.dimensions.size(); ++d) {
            const DimensionResult &p = x.dimensions[d];
            const DimensionResult &q = y.dimensions[d];
            const QString where = id + u'/' + p.dimension->id;
            if (p.dimension != q.dimension || p.score != q.score || p.level != q.level || p.answered != q.answered ||
                p.visible != q.visible || p.questions.size() != q.questions.size())
                return u"dimension "_s + where + u": "_s + text(p.score) + u" against "_s + text(q.score);
            for (qsizetype n = 0; n < p.questions.size(); ++n) {
                const QuestionResult &u = p.questions[n];
                const QuestionResult &v = q.questions[n];
                if (u.question != v.question || u.state != v.state || u.answer != v.answer ||
                    u.normalised != v.normalised || u.contribution != v.contribution || u.share != v.share ||
                    u.choice != v.choice || u.ticked != v.ticked || u.rowChoice != v.rowChoice ||
                    u.excluded != v.excluded || u.prefilled != v.prefilled)
                    return u"question "_s + where + u'/' + u.question->id;
            }
        }
        return {};
    };
    if (a.overall != b.overall || a.overallLevel != b.overallLevel || a.hasProfile != b.hasProfile ||
        a.themes.size() != b.themes.size())
        return u"overall "_s + text(a.overall) + u" against "_s + text(b.overall);
    if (QString d = themeDifference(a.profile, b.profile); !d.isEmpty())
        return d;
    for (qsizetype t = 0; t < a.themes.size(); ++t) {
        if (QString d = themeDifference(a.themes[t], b.themes[t]); !d.isEmpty())
            return d;
    }
    if (a.issues.size() != b.issues.size())
        return u"%1 issues against %2"_s.arg(a.issues.size()).arg(b.issues.size());
    for (qsizetype i = 0; i < a.issues.size(); ++i) {
        const ScoreIssue &x = a.issues[i];
        const ScoreIssue &y = b.issues[i];
        if (x.theme != y.theme || x.question != y.question || x.message != y.message)
            return u"issue "_s + x.theme + u'/' + x.question + u": "_s + x.message + u" against "_s + y.message;
    }
    return {};
}

// Ten people of the bakery example's firm, every way a workshop may differ: each moves every third answer to the
// question's first option (as bench_core's scoreWorkshop), one says "don't know" where allowed, one answers the
// firm profile otherwise (their own profile then decides what they see), one left a theme blank, one answered a
// question the questionnaire no longer has; the advisor settled one question and corrected an agreed one, and the
// file keeps answers to a questionnaire the content does not have.
Assessment tenPeople(const Content &content)
{
    const Result<Assessment> read =
        AssessmentFile::read(QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/"
                                                             "boulangerie-marseille.phare"));
    if (!read.ok())
        qFatal("cannot read the bakery example");
    Assessment a = *read;
    const QString profileId = content.profile()->id;
    for (int i = 0; i < Assessment::maxRespondents; ++i) {
        Respondent r;
        r.id = u"r%1"_s.arg(i + 1);
        r.name = u"Person %1"_s.arg(i + 1);
        r.role = i == 0 ? u"owner"_s : u"employee"_s;
        int n = 0;
        for (auto t = a.themes.cbegin(); t != a.themes.cend(); ++t) {
            const Questionnaire *q = content.questionnaire(t.key());
            if (!q || (q->profile && i != 2) || (i == 5 && t.key() == u"e-commerce"_s))
                continue;
            QMap<QString, Answer> &mine = r.answers[t.key()];
            for (auto answer = t->answers.cbegin(); answer != t->answers.cend(); ++answer) {
                const Question *question = q->question(answer.key());
                Answer given = *answer;
                if (question && !question->options.isEmpty() && answer->kind == Answer::Kind::Choice &&
                    (n++ + i) % 3 == 0)
                    given = Answer::makeChoice(question->options.first().id);
                if (i == 4 && question && question->allowDontKnow && n % 4 == 0)
                    given = Answer::makeDontKnow();
                mine.insert(answer.key(), given);
            }
        }
        if (i == 7)
            r.answers[u"cybersecurity"_s].insert(u"question-since-removed"_s, Answer::makeChoice(u"yes"_s));
        a.respondents.append(r);
    }
    a.themes[u"retired-theme"_s].answers.insert(u"old"_s, Answer::makeChoice(u"yes"_s));
    Workshop::applyAgreement(a);
    const QList<QuestionAgreement> agreement = Workshop::agreement(content, a);
    const auto disputed = std::find_if(agreement.cbegin(), agreement.cend(), [](const QuestionAgreement &q) {
        return q.state == QuestionAgreement::State::Disputed && q.theme != u"profile"_s;
    });
    const auto agreed = std::find_if(agreement.cbegin(), agreement.cend(), [](const QuestionAgreement &q) {
        return q.state == QuestionAgreement::State::Agreed && q.answers.first().second &&
               q.answers.first().second->kind == Answer::Kind::Choice;
    });
    if (disputed == agreement.cend() || agreed == agreement.cend())
        qFatal("the ten people should both agree and disagree somewhere");
    const QuestionAgreement &settled = *disputed; // `agreement` lives on: settling changes the file only
    const QuestionAgreement &corrected = *agreed;
    Workshop::settle(a, settled.theme, settled.question, *settled.answers.first().second, u"checked together"_s);
    Workshop::settle(a, corrected.theme, corrected.question, Answer::makeDontKnow(), u"nobody is sure"_s);
    return a;
}

const QByteArray kBakery = R"({"name": "Boulangerie du Panier", "sector": "food", "employees": 6})";

} // namespace

class TestWorkshop final : public QObject
{
    Q_OBJECT

private slots:
    void oneQuestionsAgreementIsTheListsEntry();
    void plainFilesSaveUnchanged_data();
    void plainFilesSaveUnchanged();
    void oneRespondentIsAPlainFile();
    void workshopSavesAndReadsBack();
    void newerFormatRefused();
    void respondentsOfAVersion1FileAreKeptUnread();
    void refusesBadWorkshop_data();
    void refusesBadWorkshop();
    void agreement();
    void dontKnowAgainstAnAnswerIsAPointToCheck();
    void notApplicableAgainstAnAnswerIsDisputed();
    void gridsAndChecklistsCompareWhole();
    void disputedQuestionIsNotAnsweredUntilSettled();
    void advisorCorrectsAnAgreedAnswer();
    void agreedScoresEqualAPlainFile();
    void spreadByHand();
    void evaluateEqualsPlainScoring_data();
    void evaluateEqualsPlainScoring();
    void mergeAgreeing();
    void mergeDisagreeing();
    void mergePartial();
    void mergeOtherFirmRefusedUnlessForced();
    void mergeSameFirmDespiteAccentsCaseAndSpaces();
    void mergeLeavesOutThemesOfOtherVersions();
    void mergeTakesAWorkshopsRespondents();
    void mergeCountsFiles();
    void anonymousFileHoldsNoRespondentText();
    void cliMergeAndScore();
    void cliScoreFormats();
    void cliMergeRefusals();
};

void TestWorkshop::plainFilesSaveUnchanged_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : examplesAndCases())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestWorkshop::plainFilesSaveUnchanged()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const Result<Assessment> read = AssessmentFile::parse(bytes, path);
    QVERIFY2(read.ok(), qPrintable(read.diagnostics().value(0).toString()));
    if (read->isWorkshop()) {
        QCOMPARE(normalised(read->toBytes()).value(u"formatVersion"_s).toInt(), 2);
        return; // the workshop example: workshopSavesAndReadsBack
    }
    const QByteArray saved = read->toBytes();
    QCOMPARE(normalised(saved), normalised(bytes));
    QCOMPARE(normalised(saved).value(u"formatVersion"_s).toInt(), 1);
    QVERIFY(!saved.contains("respondents"));
}

void TestWorkshop::oneRespondentIsAPlainFile()
{
    Assessment a = shopFirm();
    a.respondents = {person(u"r1"_s, u"Odile"_s, u"owner"_s, {{u"backup"_s, Answer::makeChoice(u"daily"_s)}})};
    a.themes[u"shop"_s].answers = a.respondents.first().answers.value(u"shop"_s);
    const QJsonObject saved = normalised(a.toBytes());
    QCOMPARE(saved.value(u"formatVersion"_s).toInt(), 1);
    QVERIFY(!saved.contains(u"respondents"_s));
    QVERIFY(!saved.contains(u"settled"_s));
    Assessment plain = a;
    plain.respondents.clear();
    QCOMPARE(a.toBytes(), plain.toBytes());
}

void TestWorkshop::workshopSavesAndReadsBack()
{
    const Result<Assessment> read = AssessmentFile::parse(workshopDocument(), u"w.phare"_s);
    QVERIFY2(read.ok(), qPrintable(read.diagnostics().value(0).toString()));
    QCOMPARE(read->respondents.size(), 3);
    QCOMPARE(read->respondents[1].roleText, u"shop manager"_s);
    QCOMPARE(read->respondents[1].notes[u"cybersecurity"_s][u"backup-frequency"_s], u"nobody checked since spring"_s);
    QCOMPARE(read->settled[u"cybersecurity"_s][u"backup-frequency"_s], u"the USB drive is copied every Friday"_s);
    QCOMPARE(read->themes[u"cybersecurity"_s].answers[u"backup-frequency"_s], Answer::makeChoice(u"weekly"_s));

    const QByteArray saved = read->toBytes();
    QCOMPARE(normalised(saved).value(u"formatVersion"_s).toInt(), 2);
    QCOMPARE(normalised(saved), normalised(workshopDocument()));
    const Result<Assessment> again = AssessmentFile::parse(saved, u"w.phare"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->respondents, read->respondents);
    QCOMPARE(again->settled, read->settled);
}

void TestWorkshop::newerFormatRefused()
{
    const QByteArray newer = changed(R"("formatVersion": 2)", R"("formatVersion": 3)");
    const Result<Assessment> read = AssessmentFile::parse(newer, u"w.phare"_s);
    QVERIFY(!read.ok());
    const QString message = read.diagnostics().value(0).toString();
    QVERIFY2(message.startsWith(u"w.phare:3:5: error:"_s), qPrintable(message));
    QVERIFY2(message.contains(u"newer version of Phare"_s) && message.contains(u"update Phare"_s), qPrintable(message));
}

void TestWorkshop::respondentsOfAVersion1FileAreKeptUnread()
{
    // As an older Phare does: a field it does not know, kept and written back, never scored.
    const QByteArray older = changed(R"("formatVersion": 2)", R"("formatVersion": 1)");
    const Result<Assessment> read = AssessmentFile::parse(older, u"w.phare"_s);
    QVERIFY2(read.ok(), qPrintable(read.diagnostics().value(0).toString()));
    QVERIFY(read->respondents.isEmpty());
    QVERIFY(read->extra.contains(u"respondents"_s));
    QCOMPARE(normalised(read->toBytes()), normalised(older));
}

void TestWorkshop::refusesBadWorkshop_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("position"); // PATH:LINE:COL
    QTest::addColumn<QString>("says");

    QByteArray eleven = "[";
    for (int i = 1; i <= 11; ++i)
        eleven += QByteArray(i > 1 ? "," : "") + R"({"id": "p)" + QByteArray::number(i) +
                  R"(", "name": "P", "role": "other"})";
    eleven += "]";
    const qsizetype listStart = workshopDocument().indexOf("[\n        {\"id\": \"r1\"");
    const qsizetype listEnd = workshopDocument().indexOf("    ],\n    \"settled\"") + 5;
    QByteArray tooMany = workshopDocument();
    tooMany.replace(listStart, listEnd - listStart, eleven);

    // clang-format off
    QTest::newRow("duplicate id")       << changed(R"("id": "r3")", R"("id": "r1")")
                                        << u"w.phare:18:16"_s << u"two respondents have the id \"r1\""_s;
    QTest::newRow("missing role")       << changed(R"("name": "Anne", "role": "owner",)", R"("name": "Anne",)")
                                        << u"w.phare:13:16"_s << u"the field \"respondents.r1.role\" is missing"_s;
    QTest::newRow("unknown role")       << changed(R"("role": "owner")", R"("role": "boss")")
                                        << u"w.phare:13:38"_s << u"the role \"boss\""_s;
    QTest::newRow("empty name")         << changed(R"("name": "Anne")", R"("name": " ")")
                                        << u"w.phare:13:22"_s << u"empty name"_s;
    QTest::newRow("bad id")             << changed(R"("id": "r2")", R"("id": "r 2")")
                                        << u"w.phare:15:16"_s << u"respondent id \"r 2\""_s;
    QTest::newRow("more than 10")       << tooMany << u"w.phare:12:5"_s << u"at most 10 respondents"_s;
    QTest::newRow("unknown theme")      << changed(R"("answers": {"cybersecurity": {"backup-frequency": {"choice": "never"}}})",
                                                   R"("answers": {"green-it": {"backup-frequency": {"choice": "never"}}})")
                                        << u"w.phare:16:22"_s << u"the questionnaire \"green-it\", which this assessment does not answer"_s;
    QTest::newRow("unknown question")   << changed(R"({"cybersecurity": {"backup-frequency": {"choice": "daily-auto"}}})",
                                                   R"({"cybersecurity": {"backup-frequenzy": {"choice": "daily-auto"}}})")
                                        << u"w.phare:14:40"_s << u"\"backup-frequenzy\", which is not a question"_s;
    QTest::newRow("answer of no kind")  << changed(R"({"choice": "never"})", R"({"choise": "never"})")
                                        << u"w.phare:16:40"_s << u"exactly one of"_s;
    QTest::newRow("not a list")         << changed("\"respondents\": [", "\"respondents\": {\"r\": [")
                                            .replace("    ],\n    \"settled\"", "    ]},\n    \"settled\"")
                                        << u"w.phare:12:5"_s << u"\"respondents\" must be a list"_s;
    QTest::newRow("settled, no answer") << changed(R"("answers": {"backup-frequency": {"choice": "weekly"}})",
                                                   R"("answers": {})")
                                        << u"w.phare:21:35"_s << u"marked as settled but has no agreed answer"_s;
    QTest::newRow("note not a text")    << changed(R"("nobody checked since spring")", "42")
                                        << u"w.phare:17:38"_s << u"must be a text"_s;
    QTest::newRow("answers not a map")  << changed(R"("answers": {"cybersecurity": {"backup-frequency": {"choice": "never"}}})",
                                                   R"("answers": [])")
                                        << u"w.phare:16:10"_s << u"must map questionnaires to answers"_s;
    QTest::newRow("theme not a map")    << changed(R"({"cybersecurity": {"backup-frequency": {"choice": "never"}}})",
                                                   R"({"cybersecurity": "never"})")
                                        << u"w.phare:16:22"_s << u"must be an object"_s;
    QTest::newRow("notes not a map")    << changed(R"("notes": {"cybersecurity": {"backup-frequency": "nobody checked since spring"}})",
                                                   R"("notes": "nobody checked")")
                                        << u"w.phare:17:10"_s << u"must map questionnaires to notes"_s;
    QTest::newRow("notes, unknown theme") << changed(R"("notes": {"cybersecurity")", R"("notes": {"green-it")")
                                        << u"w.phare:17:20"_s << u"has notes on the questionnaire \"green-it\", which this assessment does not answer"_s;
    // clang-format on
}

void TestWorkshop::refusesBadWorkshop()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, position);
    QFETCH(QString, says);
    const Result<Content> content = BuiltinContent::load();
    QVERIFY(content.ok());
    const Result<Assessment> read = AssessmentFile::parse(document, u"w.phare"_s, &content.value());
    QVERIFY2(!read.ok(), "a bad workshop file was accepted");
    const QString message = read.diagnostics().value(0).toString();
    QVERIFY2(message.startsWith(position + u": error: "_s), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
}

void TestWorkshop::agreement()
{
    const Content content = shopContent();
    const Assessment a = shopWorkshop();
    const QList<QuestionAgreement> list = Workshop::agreement(content, a);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].question, u"backup"_s); // the content's order
    QCOMPARE(find(list, u"backup"_s)->state, QuestionAgreement::State::Disputed);
    QCOMPARE(find(list, u"restore"_s)->state, QuestionAgreement::State::Disputed);
    QCOMPARE(find(list, u"tools"_s)->state, QuestionAgreement::State::Agreed); // {a, b} and {b, a}
    QVERIFY(!a.themes[u"shop"_s].answers.contains(u"backup"_s));
    QCOMPARE(a.themes[u"shop"_s].answers.value(u"tools"_s).kind, Answer::Kind::Ticked);
}

void TestWorkshop::dontKnowAgainstAnAnswerIsAPointToCheck()
{
    const Assessment a = shopWorkshop();
    const QList<QuestionAgreement> standing = Workshop::agreement(a); // kept: find() points into it
    const QuestionAgreement *mfa = find(standing, u"mfa"_s);
    QVERIFY(mfa);
    QCOMPARE(mfa->state, QuestionAgreement::State::ToCheck);
    QCOMPARE(*mfa->agreed, Answer::makeChoice(u"yes"_s));
    QCOMPARE(a.themes[u"shop"_s].answers.value(u"mfa"_s), Answer::makeChoice(u"yes"_s));

    // Blank from one person is the same: a point to check, the answer given agreed.
    Assessment partial = shopWorkshop();
    partial.respondents[1].answers[u"shop"_s].remove(u"mfa"_s);
    Workshop::applyAgreement(partial);
    QCOMPARE(find(Workshop::agreement(partial), u"mfa"_s)->state, QuestionAgreement::State::ToCheck);
    // Everyone "don't know": agreed, and it is the agreed answer.
    Assessment nobody = shopWorkshop();
    for (Respondent &r : nobody.respondents)
        r.answers[u"shop"_s][u"mfa"_s] = Answer::makeDontKnow();
    Workshop::applyAgreement(nobody);
    QCOMPARE(find(Workshop::agreement(nobody), u"mfa"_s)->state, QuestionAgreement::State::Agreed);
    QCOMPARE(nobody.themes[u"shop"_s].answers.value(u"mfa"_s).kind, Answer::Kind::DontKnow);
}

void TestWorkshop::notApplicableAgainstAnAnswerIsDisputed()
{
    Assessment a = shopWorkshop();
    for (Respondent &r : a.respondents)
        r.answers[u"shop"_s][u"restore"_s] = Answer::makeChoice(u"yes"_s);
    a.respondents[2].answers[u"shop"_s][u"restore"_s] = Answer::makeNotApplicable();
    Workshop::applyAgreement(a);
    QCOMPARE(find(Workshop::agreement(a), u"restore"_s)->state, QuestionAgreement::State::Disputed);
    QVERIFY(!a.themes[u"shop"_s].answers.contains(u"restore"_s));
}

void TestWorkshop::gridsAndChecklistsCompareWhole()
{
    QVERIFY(Workshop::sameAnswer(Answer::makeTicked({u"a"_s, u"b"_s}), Answer::makeTicked({u"b"_s, u"a"_s})));
    QVERIFY(!Workshop::sameAnswer(Answer::makeTicked({u"a"_s, u"b"_s}), Answer::makeTicked({u"a"_s})));
    const Answer grid = Answer::makeRows({{u"x"_s, u"hi"_s}, {u"y"_s, u"lo"_s}});
    QVERIFY(Workshop::sameAnswer(grid, Answer::makeRows({{u"y"_s, u"lo"_s}, {u"x"_s, u"hi"_s}})));
    QVERIFY(!Workshop::sameAnswer(grid, Answer::makeRows({{u"x"_s, u"hi"_s}, {u"y"_s, u"hi"_s}})));
    QVERIFY(!Workshop::sameAnswer(grid, Answer::makeRows({{u"x"_s, u"hi"_s}})));

    Assessment a = shopWorkshop();
    for (Respondent &r : a.respondents)
        r.answers[u"shop"_s][u"layout"_s] = grid;
    a.respondents[1].answers[u"shop"_s][u"layout"_s] = Answer::makeRows({{u"x"_s, u"hi"_s}, {u"y"_s, u"hi"_s}});
    Workshop::applyAgreement(a);
    QCOMPARE(find(Workshop::agreement(a), u"layout"_s)->state, QuestionAgreement::State::Disputed);
}

void TestWorkshop::disputedQuestionIsNotAnsweredUntilSettled()
{
    const Content content = shopContent();
    Assessment a = shopWorkshop();
    WorkshopResult before = Workshop::evaluate(content, a);
    QCOMPARE(before.toSettle, 2); // backup and restore
    QCOMPARE(before.toCheck, 1);  // mfa
    const ThemeResult *theme = before.agreed.theme(u"shop");
    QCOMPARE(theme->question(u"backup")->state, QuestionResult::State::Unanswered);
    QVERIFY(!theme->dimension(u"backups")->score); // nothing agreed there yet

    Workshop::settle(a, u"shop"_s, u"backup"_s, Answer::makeChoice(u"weekly"_s), u"a USB drive, every Friday"_s);
    const WorkshopResult after = Workshop::evaluate(content, a);
    QCOMPARE(after.toSettle, 1);
    // backups: weekly = (2 - 0) / (4 - 0) = 0.5 alone → 50; access: (1 + 2/3) / 2 → 83.33; theme (50 + 83.33) / 2.
    QVERIFY2(near(after.agreed.theme(u"shop")->dimension(u"backups")->score, 50),
             qPrintable(text(after.agreed.theme(u"shop")->dimension(u"backups")->score)));
    QVERIFY2(near(after.agreed.theme(u"shop")->score, (50 + 250.0 / 3) / 2),
             qPrintable(text(after.agreed.theme(u"shop")->score)));
    QCOMPARE(a.settled[u"shop"_s][u"backup"_s], u"a USB drive, every Friday"_s);

    // Saved and read back: still settled, with the why.
    const Result<Assessment> again = AssessmentFile::parse(a.toBytes(), u"w.phare"_s);
    QVERIFY2(again.ok(), qPrintable(again.diagnostics().value(0).toString()));
    QCOMPARE(find(Workshop::agreement(*again), u"backup"_s)->state, QuestionAgreement::State::Settled);
    QCOMPARE(find(Workshop::agreement(*again), u"backup"_s)->why, u"a USB drive, every Friday"_s);

    Workshop::unsettle(a, u"shop"_s, u"backup"_s);
    QCOMPARE(Workshop::evaluate(content, a).toSettle, 2);
}

void TestWorkshop::advisorCorrectsAnAgreedAnswer()
{
    // The team agreed on the tools in use; in the workshop it turns out one of them is gone. The advisor's
    // answer stays the agreed one, also once the file is read again; undoing it brings the team's back.
    Assessment a = shopWorkshop();
    QCOMPARE(find(Workshop::agreement(a), u"tools"_s)->state, QuestionAgreement::State::Agreed);
    const Answer team = a.themes[u"shop"_s].answers.value(u"tools"_s);
    const Answer corrected = Answer::makeTicked({u"a"_s});
    QVERIFY(!Workshop::sameAnswer(team, corrected));
    Workshop::settle(a, u"shop"_s, u"tools"_s, corrected, u"the second tool was dropped in May"_s);
    QCOMPARE(find(Workshop::agreement(a), u"tools"_s)->state, QuestionAgreement::State::Settled);
    QVERIFY(Workshop::sameAnswer(a.themes[u"shop"_s].answers.value(u"tools"_s), corrected));

    const Result<Assessment> again = AssessmentFile::parse(a.toBytes(), u"w.phare"_s);
    QVERIFY2(again.ok(), qPrintable(again.diagnostics().value(0).toString()));
    QVERIFY(Workshop::sameAnswer(again->themes[u"shop"_s].answers.value(u"tools"_s), corrected));
    QCOMPARE(find(Workshop::agreement(*again), u"tools"_s)->why, u"the second tool was dropped in May"_s);

    Workshop::unsettle(a, u"shop"_s, u"tools"_s);
    QCOMPARE(find(Workshop::agreement(a), u"tools"_s)->state, QuestionAgreement::State::Agreed);
    QVERIFY(Workshop::sameAnswer(a.themes[u"shop"_s].answers.value(u"tools"_s), team));
}

void TestWorkshop::agreedScoresEqualAPlainFile()
{
    const Content content = shopContent();
    const Assessment workshop = shopWorkshop();
    Assessment plain = shopFirm();
    plain.themes[u"shop"_s].answers = {{u"mfa"_s, Answer::makeChoice(u"yes"_s)},
                                       {u"tools"_s, Answer::makeTicked({u"a"_s, u"b"_s})}};
    const AssessmentResult expected = Scorer::score(content, plain);
    const WorkshopResult got = Workshop::evaluate(content, workshop);
    const Evaluation evaluation(content, workshop); // what every page and the report read
    for (const AssessmentResult *result : {&got.agreed, &evaluation.scores()}) {
        QCOMPARE(result->overall, expected.overall);
        const ThemeResult *theme = result->theme(u"shop");
        QCOMPARE(theme->score, expected.theme(u"shop")->score);
        for (const DimensionResult &d : theme->dimensions)
            QCOMPARE(d.score, expected.theme(u"shop")->dimension(d.dimension->id)->score);
    }
}

void TestWorkshop::spreadByHand()
{
    // Worked out from the questionnaire above, not from the program:
    //   owner:    backup daily 4/4 = 1, restore yes 1      → backups 100;  mfa yes 1, tools 2/3  → access 83.33
    //   manager:  backup weekly 2/4 = 0.5, restore yes 1   → backups 75;   mfa "don't know" 0, 2/3 → access 33.33
    //   employee: backup never 0, restore partially 0.5    → backups 25;   mfa yes 1, tools 2/3  → access 83.33
    //   theme = mean of the dimensions: owner 91.67, manager 54.17, employee 54.17
    //   agreed: backup and restore disputed (not counted); mfa yes, tools {a, b} → access 83.33 = theme
    const Content content = shopContent();
    const WorkshopResult w = Workshop::evaluate(content, shopWorkshop());
    QCOMPARE(w.respondents.size(), 3);
    QVERIFY2(near(w.respondent(u"r1")->scores.theme(u"shop")->score, (100 + 250.0 / 3) / 2),
             qPrintable(text(w.respondent(u"r1")->scores.theme(u"shop")->score)));
    QVERIFY(near(w.respondent(u"r2")->scores.theme(u"shop")->dimension(u"access")->score, 100.0 / 3));
    QCOMPARE(w.themes.size(), 1);
    const ThemeSpread &shop = w.themes.first();
    QVERIFY2(near(shop.range.agreed, 250.0 / 3), qPrintable(text(shop.range.agreed)));
    QVERIFY2(near(shop.range.lowest, (75 + 100.0 / 3) / 2), qPrintable(text(shop.range.lowest)));
    QVERIFY2(near(shop.range.highest, (100 + 250.0 / 3) / 2), qPrintable(text(shop.range.highest)));
    QCOMPARE(shop.dimensions.size(), 2);
    const DimensionSpread &backups = shop.dimensions[0];
    QCOMPARE(backups.dimension, u"backups"_s);
    QVERIFY(!backups.range.agreed);
    QVERIFY2(near(backups.range.lowest, 25) && near(backups.range.highest, 100),
             qPrintable(text(backups.range.lowest) + u' ' + text(backups.range.highest)));
    const DimensionSpread &access = shop.dimensions[1];
    QVERIFY(near(access.range.agreed, 250.0 / 3) && near(access.range.lowest, 100.0 / 3) &&
            near(access.range.highest, 250.0 / 3));

    // The widest gaps: backup 1 − 0 = 1, then restore 1 − 0.5 = 0.5; mfa's "don't know" is no position (1 − 1 = 0).
    QCOMPARE(w.widest.size(), 2);
    QCOMPARE(w.widest[0].question, u"backup"_s);
    QVERIFY(near(w.widest[0].gap, 1.0));
    QCOMPARE(w.widest[0].said.size(), 3);
    QCOMPARE(w.widest[0].said[0].respondent, u"r1"_s);
    QCOMPARE(*w.widest[0].said[0].answer, Answer::makeChoice(u"daily"_s));
    QVERIFY(near(w.widest[0].said[1].normalised, 0.5));
    QCOMPARE(*w.widest[0].said[2].answer, Answer::makeChoice(u"never"_s));
    QCOMPARE(w.widest[1].question, u"restore"_s);
    QVERIFY(near(w.widest[1].gap, 0.5));
    QCOMPARE(w.widest[1].state, QuestionAgreement::State::Disputed);
}

void TestWorkshop::evaluateEqualsPlainScoring_data()
{
    QTest::addColumn<QString>("file"); // empty: the ten people of tenPeople()
    QTest::newRow("florist workshop example")
        << QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/fleuriste-aubagne-atelier.phare");
    QTest::newRow("ten people") << QString();
}

// Workshop::evaluate takes shortcuts (the profile scored once, answers found by their place in the questionnaire):
// every figure it gives must still be what the plain ways compute. Each respondent's scores are a plain scoring of
// their answers (Workshop::respondentAssessment); the counts, spread and widest disagreements are worked out here
// again from those scores and Workshop::agreement, the slow way.
void TestWorkshop::evaluateEqualsPlainScoring()
{
    QFETCH(QString, file);
    const Result<Content> loaded = BuiltinContent::load();
    QVERIFY(loaded.ok());
    const Content &content = *loaded;
    Assessment a;
    if (file.isEmpty()) {
        a = tenPeople(content);
    } else {
        const Result<Assessment> read = AssessmentFile::read(file);
        QVERIFY(read.ok());
        a = *read;
    }
    QVERIFY(a.isWorkshop());
    const WorkshopResult w = Workshop::evaluate(content, a);

    QList<AssessmentResult> plain;
    QCOMPARE(w.respondents.size(), a.respondents.size());
    for (qsizetype i = 0; i < a.respondents.size(); ++i) {
        const Respondent &r = a.respondents[i];
        plain.append(Scorer::score(content, Workshop::respondentAssessment(content, a, r)));
        QCOMPARE(w.respondents[i].respondent, r.id);
        const QString difference = scoringDifference(w.respondents[i].scores, plain.last());
        QVERIFY2(difference.isEmpty(), qPrintable(r.id + u": "_s + difference));
    }
    QVERIFY(scoringDifference(w.agreed, Scorer::score(content, a)).isEmpty());

    // The spread: the lowest and highest of the plain scores.
    QCOMPARE(w.themes.size(), w.agreed.themes.size());
    for (qsizetype t = 0; t < w.themes.size(); ++t) {
        const ThemeResult &agreedTheme = w.agreed.themes[t];
        const QString id = agreedTheme.questionnaire->id;
        QCOMPARE(w.themes[t].theme, id);
        const auto check = [&](const ScoreRange &range, const std::optional<double> &agreed, auto scoreOf) {
            std::optional<double> lowest;
            std::optional<double> highest;
            for (const AssessmentResult &p : plain) {
                if (const std::optional<double> s = scoreOf(*p.theme(id))) {
                    lowest = std::min(lowest.value_or(*s), *s);
                    highest = std::max(highest.value_or(*s), *s);
                }
            }
            return range.agreed == agreed && range.lowest == lowest && range.highest == highest;
        };
        QVERIFY2(check(w.themes[t].range, agreedTheme.score, [](const ThemeResult &r) { return r.score; }),
                 qPrintable(id));
        const QList<const DimensionResult *> dimensions = agreedTheme.scoredDimensions();
        QCOMPARE(w.themes[t].dimensions.size(), dimensions.size());
        for (qsizetype d = 0; d < dimensions.size(); ++d) {
            const QString dimension = dimensions[d]->dimension->id;
            QCOMPARE(w.themes[t].dimensions[d].dimension, dimension);
            QVERIFY2(check(w.themes[t].dimensions[d].range, dimensions[d]->score,
                           [&](const ThemeResult &r) { return r.dimension(dimension)->score; }),
                     qPrintable(id + u'/' + dimension));
        }
    }

    // The counts and the widest disagreements, from the agreement on every question of the content.
    int toSettle = 0;
    int toCheck = 0;
    QList<Disagreement> gaps;
    for (const QuestionAgreement &q : Workshop::agreement(content, a)) {
        const Questionnaire *questionnaire = content.questionnaire(q.theme);
        if (!questionnaire || !questionnaire->question(q.question))
            continue; // answers the content no longer asks for are not counted
        toSettle += q.state == QuestionAgreement::State::Disputed ? 1 : 0;
        toCheck += q.state == QuestionAgreement::State::ToCheck ? 1 : 0;
        if (q.state == QuestionAgreement::State::Agreed || questionnaire->profile)
            continue;
        Disagreement gap{q.theme, q.question, 0, {}, q.state, q.agreed, q.why};
        std::optional<double> lowest;
        std::optional<double> highest;
        int given = 0;
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QuestionResult *own = plain[i].theme(q.theme)->question(q.question);
            const bool counted = own->counted() && own->state == QuestionResult::State::Answered;
            gap.said.append({q.answers[i].first, q.answers[i].second,
                             counted ? std::optional<double>(own->normalised) : std::nullopt});
            if (counted) {
                lowest = std::min(lowest.value_or(own->normalised), own->normalised);
                highest = std::max(highest.value_or(own->normalised), own->normalised);
                ++given;
            }
        }
        if (given >= 2 && *highest > *lowest) {
            gap.gap = *highest - *lowest;
            gaps.append(gap);
        }
    }
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const Disagreement &x, const Disagreement &y) { return x.gap > y.gap; });
    QCOMPARE(w.toSettle, toSettle);
    QCOMPARE(w.toCheck, toCheck);
    QCOMPARE(w.disagreements, gaps.size());
    QVERIFY(toSettle > 0 && toCheck > 0 && !gaps.isEmpty());
    QCOMPARE(w.widest.size(), std::min<qsizetype>(gaps.size(), Workshop::maxDisagreementsListed));
    for (qsizetype i = 0; i < w.widest.size(); ++i) {
        const Disagreement &got = w.widest[i];
        const Disagreement &expected = gaps[i];
        const QString where = got.theme + u'/' + got.question;
        QCOMPARE(where, expected.theme + u'/' + expected.question);
        QCOMPARE(got.gap, expected.gap);
        QCOMPARE(got.state, expected.state);
        QVERIFY2(got.agreed == expected.agreed && got.why == expected.why, qPrintable(where));
        QCOMPARE(got.said.size(), expected.said.size());
        for (qsizetype s = 0; s < got.said.size(); ++s) {
            QVERIFY2(got.said[s].respondent == expected.said[s].respondent &&
                         got.said[s].answer == expected.said[s].answer &&
                         got.said[s].normalised == expected.said[s].normalised,
                     qPrintable(where + u' ' + got.said[s].respondent));
        }
    }
}

void TestWorkshop::mergeAgreeing()
{
    QTemporaryDir dir;
    QList<MergeInput> inputs;
    for (const QString &name : {u"anne"_s, u"bruno"_s}) {
        const Result<Assessment> a =
            AssessmentFile::parse(personFile(kBakery, R"({"choice": "weekly"})", R"({"choice": "yes"})"), name);
        QVERIFY(a.ok());
        inputs.append({*a, dir.filePath(name + u".phare"_s), {}, {}});
    }
    inputs[0].name = u"Anne Martin"_s;
    inputs[0].role = u"owner"_s;
    inputs[1].role = u"till and orders"_s;
    const Result<Assessment> merged = Workshop::merge(inputs, false);
    QVERIFY2(merged.ok(), qPrintable(merged.diagnostics().value(0).toString()));
    QVERIFY(merged.diagnostics().isEmpty());
    QCOMPARE(merged->respondents.size(), 2);
    QCOMPARE(merged->respondents[0].id, u"r1"_s);
    QCOMPARE(merged->respondents[0].name, u"Anne Martin"_s);
    QCOMPARE(merged->respondents[1].name, u"bruno"_s); // the file's name when none is given
    QCOMPARE(merged->respondents[1].role, u"other"_s);
    QCOMPARE(merged->respondents[1].roleText, u"till and orders"_s);
    QCOMPARE(merged->company.name, u"Boulangerie du Panier"_s);
    const ThemeAnswers &agreed = merged->themes[u"cybersecurity"_s];
    QCOMPARE(agreed.answers.value(u"backup-frequency"_s), Answer::makeChoice(u"weekly"_s));
    QCOMPARE(agreed.answers.value(u"mail-domain"_s), Answer::makeChoice(u"yes"_s));
    QVERIFY(merged->settled.isEmpty());
}

void TestWorkshop::mergeDisagreeing()
{
    const auto input = [](const QByteArray &backup, const QString &path) {
        return MergeInput{
            *AssessmentFile::parse(personFile(kBakery, backup, R"({"choice": "yes"})"), path), path, {}, {}};
    };
    const Result<Assessment> merged = Workshop::merge({input(R"({"choice": "daily-auto"})", u"owner.phare"_s),
                                                       input(R"({"choice": "occasional"})", u"assistant.phare"_s)},
                                                      false);
    QVERIFY(merged.ok());
    QVERIFY(!merged->themes[u"cybersecurity"_s].answers.contains(u"backup-frequency"_s));
    const Result<Content> content = BuiltinContent::load();
    const WorkshopResult w = Workshop::evaluate(content.value(), *merged);
    QCOMPARE(w.toSettle, 1);
    QCOMPARE(w.widest.value(0).question, u"backup-frequency"_s);
    QVERIFY(near(w.widest.value(0).gap, 0.75)); // daily-auto 4/4 against occasional 1/4
}

void TestWorkshop::mergePartial()
{
    const QString a = u"a.phare"_s;
    const QString b = u"b.phare"_s;
    const Result<Assessment> first =
        AssessmentFile::parse(personFile(kBakery, R"({"choice": "weekly"})", R"({"dontKnow": true})"), a);
    Assessment second =
        *AssessmentFile::parse(personFile(kBakery, R"({"choice": "weekly"})", R"({"choice": "no"})"), b);
    second.themes[u"cybersecurity"_s].answers.remove(u"backup-frequency"_s); // left blank
    second.themes.remove(u"ai-readiness"_s);                                 // and a theme not answered at all
    const Result<Assessment> merged = Workshop::merge({{*first, a, {}, {}}, {second, b, {}, {}}}, false);
    QVERIFY(merged.ok());
    QVERIFY(merged->themes.contains(u"ai-readiness"_s));
    const QList<QuestionAgreement> list = Workshop::agreement(*merged);
    QCOMPARE(find(list, u"backup-frequency"_s)->state, QuestionAgreement::State::ToCheck);
    QCOMPARE(find(list, u"mail-domain"_s)->state, QuestionAgreement::State::ToCheck); // "don't know" against "no"
    QCOMPARE(merged->themes[u"cybersecurity"_s].answers.value(u"mail-domain"_s), Answer::makeChoice(u"no"_s));
}

void TestWorkshop::mergeOtherFirmRefusedUnlessForced()
{
    const QByteArray other = R"({"name": "Boulangerie du Port", "sector": "retail", "employees": 6})";
    const MergeInput a{
        *AssessmentFile::parse(personFile(kBakery, "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}"), {}),
        u"panier.phare"_s,
        {},
        {}};
    const MergeInput b{
        *AssessmentFile::parse(personFile(other, "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}"), {}),
        u"port.phare"_s,
        {},
        {}};
    const Result<Assessment> refused = Workshop::merge({a, b}, false);
    QVERIFY(!refused.ok());
    const QString message = refused.diagnostics().value(0).toString();
    QVERIFY2(message.startsWith(u"port.phare:1:1: error: "_s), qPrintable(message));
    QVERIFY2(message.contains(u"\"Boulangerie du Port\", not \"Boulangerie du Panier\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"sector is \"retail\", not \"food\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"--force"_s), qPrintable(message));

    const Result<Assessment> forced = Workshop::merge({a, b}, true);
    QVERIFY(forced.ok());
    QCOMPARE(forced.diagnostics().size(), 1);
    QCOMPARE(forced.diagnostics().first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(forced->company.name, u"Boulangerie du Panier"_s); // the first file's
}

void TestWorkshop::mergeSameFirmDespiteAccentsCaseAndSpaces()
{
    QCOMPARE(Workshop::firmKey(u"Épicerie  du Port"_s), Workshop::firmKey(u"epicerie du port"_s));
    QCOMPARE(Workshop::firmKey(u"BOULANGERIE DUPANIER"_s), Workshop::firmKey(u"Boulangerie du Panier"_s));
    QVERIFY(Workshop::firmKey(u"Boulangerie du Port"_s) != Workshop::firmKey(u"Boulangerie du Panier"_s));
    const QByteArray shouted = R"({"name": "BOULANGERIE  DU PANIER", "sector": "food", "employees": 6})";
    const MergeInput a{
        *AssessmentFile::parse(personFile(kBakery, "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}"), {}),
        u"a.phare"_s,
        {},
        {}};
    const MergeInput b{
        *AssessmentFile::parse(personFile(shouted, "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}"), {}),
        u"b.phare"_s,
        {},
        {}};
    const Result<Assessment> merged = Workshop::merge({a, b}, false);
    QVERIFY(merged.ok());
    QVERIFY(merged.diagnostics().isEmpty());
}

void TestWorkshop::mergeLeavesOutThemesOfOtherVersions()
{
    const MergeInput a{
        *AssessmentFile::parse(personFile(kBakery, "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}"), {}),
        u"a.phare"_s,
        {},
        {}};
    const MergeInput b{
        *AssessmentFile::parse(personFile(kBakery, "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}", "1"), {}),
        u"b.phare"_s,
        {},
        {}};
    const Result<Assessment> merged = Workshop::merge({a, b}, false);
    QVERIFY(merged.ok());
    QVERIFY(!merged->themes.contains(u"cybersecurity"_s));
    QVERIFY(merged->themes.contains(u"ai-readiness"_s));
    for (const Respondent &r : merged->respondents)
        QVERIFY(!r.answers.contains(u"cybersecurity"_s));
    QCOMPARE(merged.diagnostics().size(), 2);
    const QString message = merged.diagnostics().first().toString();
    QVERIFY2(message.contains(u"\"cybersecurity\" was answered in different versions (version 1 in b.phare; version 2 "
                              "in a.phare): it is left out"_s),
             qPrintable(message));
    QVERIFY2(merged.diagnostics().last().message.contains(u"merged: ai-readiness; left out: cybersecurity"_s),
             qPrintable(merged.diagnostics().last().message));

    // Nothing in common: refused.
    Assessment onlyCyber = a.assessment;
    onlyCyber.themes.remove(u"ai-readiness"_s);
    Assessment onlyCyber2 = b.assessment;
    onlyCyber2.themes.remove(u"ai-readiness"_s);
    QVERIFY(!Workshop::merge({{onlyCyber, a.path, {}, {}}, {onlyCyber2, b.path, {}, {}}}, false).ok());
}

void TestWorkshop::mergeTakesAWorkshopsRespondents()
{
    const Result<Assessment> workshop = AssessmentFile::parse(workshopDocument(), u"w.phare"_s);
    QVERIFY(workshop.ok());
    const QByteArray craft = R"({"name": "Atelier Test", "sector": "craft", "employees": 3})";
    const Result<Assessment> fourth =
        AssessmentFile::parse(personFile(craft, R"({"choice": "never"})", "{\"choice\": \"no\"}"), {});
    QVERIFY(fourth.ok());
    const Result<Assessment> merged = Workshop::merge(
        {{*workshop, u"w.phare"_s, {}, {}}, {*fourth, u"dominique.phare"_s, {}, u"accountant"_s}}, false);
    QVERIFY2(merged.ok(), qPrintable(merged.diagnostics().value(0).toString()));
    QCOMPARE(merged->respondents.size(), 4);
    QCOMPARE(merged->respondents[1].name, u"Bruno"_s);
    QCOMPARE(merged->respondents[1].notes[u"cybersecurity"_s][u"backup-frequency"_s], u"nobody checked since spring"_s);
    QCOMPARE(merged->respondents[3].name, u"dominique"_s);
    QCOMPARE(merged->respondents[3].role, u"accountant"_s);
    QCOMPARE(merged->respondents[3].id, u"r4"_s);
}

void TestWorkshop::mergeCountsFiles()
{
    const MergeInput a{
        *AssessmentFile::parse(personFile(kBakery, "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}"), {}),
        u"a.phare"_s,
        {},
        {}};
    const Result<Assessment> one = Workshop::merge({a}, false);
    QVERIFY(!one.ok());
    QVERIFY2(one.diagnostics().value(0).message.contains(u"2 to 10 files; 1 given"_s),
             qPrintable(one.diagnostics().value(0).message));
    QVERIFY(Workshop::merge(QList<MergeInput>(10, a), false).ok());
    QVERIFY(!Workshop::merge(QList<MergeInput>(11, a), false).ok());
    // A workshop of three and eight more people: eleven.
    const Result<Assessment> workshop = AssessmentFile::parse(workshopDocument(), u"w.phare"_s);
    QList<MergeInput> many(
        8,
        MergeInput{*AssessmentFile::parse(personFile(R"({"name": "Atelier Test", "sector": "craft", "employees": 3})",
                                                     "{\"choice\": \"weekly\"}", "{\"choice\": \"yes\"}"),
                                          {}),
                   u"p.phare"_s,
                   {},
                   {}});
    many.prepend({*workshop, u"w.phare"_s, {}, {}});
    const Result<Assessment> eleven = Workshop::merge(many, false);
    QVERIFY(!eleven.ok());
    QVERIFY(eleven.diagnostics().value(0).message.contains(u"at most 10 respondents; these files hold 11"_s));
}

void TestWorkshop::anonymousFileHoldsNoRespondentText()
{
    QByteArray doc = workshopDocument();
    doc.replace("\"Anne\"", "\"MARKER-NAME-ANNE\"")
        .replace("\"shop manager\"", "\"MARKER-ROLE-TEXT\"")
        .replace("nobody checked since spring", "MARKER-NOTE");
    const Result<Assessment> read = AssessmentFile::parse(doc, u"w.phare"_s);
    QVERIFY(read.ok());
    QVERIFY(read->toBytes().contains("MARKER-NOTE")); // the markers are there to be left out
    const Result<Content> content = BuiltinContent::load();
    const Evaluation evaluation(content.value(), *read);
    const Result<AnonymousAssessment> anonymous = AnonymousFile::make(evaluation);
    QVERIFY(anonymous.ok());
    const QByteArray bytes = anonymous->toBytes();
    for (const char *marker : {"MARKER", "Bruno", "Chlo", "respondents", "USB drive"})
        QVERIFY2(!bytes.contains(marker), marker);
}

void TestWorkshop::cliMergeAndScore()
{
    QTemporaryDir dir;
    const QString owner =
        writeFile(dir, u"owner.phare"_s, personFile(kBakery, R"({"choice": "daily-auto"})", R"({"choice": "yes"})"));
    const QString employee = writeFile(dir, u"employee.phare"_s,
                                       personFile(kBakery, R"({"choice": "occasional"})", R"({"dontKnow": true})"));
    const QString out = dir.filePath(u"workshop.phare"_s);
    const Test::CliRun merge = Test::runCli({u"merge"_s, owner, employee, u"-o"_s, out, u"--respondent"_s,
                                             u"Paul Durand:owner"_s, u"--respondent"_s, u"Léa:employee"_s});
    CHECK_EXIT(merge, 0);
    QVERIFY2(merge.out.contains(u"2 respondents"_s) && merge.out.contains(u"1 question to settle"_s),
             qPrintable(merge.out));
    const Result<Assessment> written = AssessmentFile::read(out);
    QVERIFY(written.ok());
    QCOMPARE(written->respondents.size(), 2);
    QCOMPARE(written->respondents[0].name, u"Paul Durand"_s);
    QCOMPARE(written->respondents[1].role, u"employee"_s);
    QCOMPARE(QFile(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    const Test::CliRun score = Test::runCli({u"score"_s, out, u"--lang"_s, u"en"_s});
    CHECK_EXIT(score, 0);
    for (const QString &expected :
         {u"Workshop: 2 respondents"_s, u"1 question to settle"_s, u"1 point to check"_s, u"Paul Durand (owner)"_s,
          u"Léa (employee)"_s, u"How often are the business's data backed up?"_s, u"gap 75"_s})
        QVERIFY2(score.out.contains(expected), qPrintable(expected + u"\n---\n"_s + score.out));
}

void TestWorkshop::cliScoreFormats()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"w.phare"_s, workshopDocument());
    const Test::CliRun json = Test::runCli({u"score"_s, path, u"--format"_s, u"json"_s});
    CHECK_EXIT(json, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject w = o.value(u"workshop"_s).toObject();
    QCOMPARE(w.value(u"toSettle"_s).toInt(), 0); // settled in the file
    QCOMPARE(w.value(u"respondents"_s).toArray().size(), 3);
    QCOMPARE(w.value(u"respondents"_s).toArray().first().toObject().value(u"role"_s).toString(), u"owner"_s);
    const QJsonObject cyber = w.value(u"spread"_s).toArray().first().toObject();
    QCOMPARE(cyber.value(u"theme"_s).toString(), u"cybersecurity"_s);
    QVERIFY(cyber.value(u"lowest"_s).toDouble() < cyber.value(u"highest"_s).toDouble());
    const QJsonObject widest = w.value(u"disagreements"_s).toArray().first().toObject();
    QCOMPARE(widest.value(u"question"_s).toString(), u"backup-frequency"_s);
    QCOMPARE(widest.value(u"gap"_s).toDouble(), 100.0);
    QCOMPARE(widest.value(u"state"_s).toString(), u"settled"_s);
    QCOMPARE(widest.value(u"why"_s).toString(), u"the USB drive is copied every Friday"_s);

    const Test::CliRun csv = Test::runCli({u"score"_s, path, u"--format"_s, u"csv"_s});
    CHECK_EXIT(csv, 0);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"file,theme,dimension,title,score,level,answered,questions,respondent,lowest,highest"_s);
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(u",r2,,"_s); }),
             qPrintable(csv.out));

    // A plain file alone keeps today's CSV.
    const QString plain =
        writeFile(dir, u"p.phare"_s, personFile(kBakery, R"({"choice": "weekly"})", R"({"choice": "yes"})"));
    const Test::CliRun plainCsv = Test::runCli({u"score"_s, plain, u"--format"_s, u"csv"_s});
    QCOMPARE(plainCsv.out.section(u'\n', 0, 0), u"file,theme,dimension,title,score,level,answered,questions"_s);
}

void TestWorkshop::cliMergeRefusals()
{
    QTemporaryDir dir;
    const QString a =
        writeFile(dir, u"a.phare"_s, personFile(kBakery, R"({"choice": "weekly"})", R"({"choice": "yes"})"));
    const QString other = writeFile(dir, u"other.phare"_s,
                                    personFile(R"({"name": "Garage Martin", "sector": "craft", "employees": 2})",
                                               R"({"choice": "weekly"})", R"({"choice": "yes"})"));
    const QString out = dir.filePath(u"w.phare"_s);
    const Test::CliRun refused = Test::runCli({u"merge"_s, a, other, u"-o"_s, out});
    CHECK_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));
    const Test::CliRun forced = Test::runCli({u"merge"_s, a, other, u"-o"_s, out, u"--force"_s});
    CHECK_EXIT(forced, 0);
    QVERIFY2(forced.err.contains(u"warning"_s), qPrintable(forced.err));

    CHECK_EXIT(Test::runCli({u"merge"_s, a, u"-o"_s, out}), 2);
    CHECK_EXIT(Test::runCli({u"merge"_s, a, other}), 2); // no -o
    const Test::CliRun wrongCount =
        Test::runCli({u"merge"_s, a, other, u"-o"_s, out, u"--force"_s, u"--respondent"_s, u"Paul:owner"_s});
    CHECK_EXIT(wrongCount, 2);
    const QString broken = writeFile(dir, u"broken.phare"_s, changed(R"("id": "r3")", R"("id": "r1")"));
    const Test::CliRun bad = Test::runCli({u"merge"_s, a, broken, u"-o"_s, out});
    CHECK_EXIT(bad, 1);
    QVERIFY2(bad.err.contains(broken + u":18:16: error:"_s), qPrintable(bad.err));
}

void TestWorkshop::oneQuestionsAgreementIsTheListsEntry()
{
    // The desktop asks for one question at a time: the same standing as the whole list gives, for each.
    const Result<Content> content = BuiltinContent::load();
    QVERIFY(content.ok());
    const Result<Assessment> read = AssessmentFile::read(
        QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/fleuriste-aubagne-atelier.phare"), &content.value());
    QVERIFY(read.ok());
    const QList<QuestionAgreement> all = Workshop::agreement(content.value(), *read);
    QVERIFY(all.size() > 20);
    int states[4] = {};
    for (const QuestionAgreement &q : all) {
        const std::optional<QuestionAgreement> one = Workshop::agreementOn(*read, q.theme, q.question);
        QVERIFY2(one, qPrintable(q.theme + u'/' + q.question));
        QCOMPARE(one->state, q.state);
        QCOMPARE(one->agreed, q.agreed);
        QCOMPARE(one->answers, q.answers);
        QCOMPARE(one->why, q.why);
        ++states[static_cast<int>(q.state)];
    }
    QVERIFY(states[static_cast<int>(QuestionAgreement::State::Disputed)] > 0);
    // None for a question nobody answered, a questionnaire the file does not answer, or a file of one person.
    QVERIFY(!Workshop::agreementOn(*read, all.first().theme, u"no-such-question"_s));
    QVERIFY(!Workshop::agreementOn(*read, u"green-it"_s, all.first().question));
    Assessment plain = *read;
    plain.respondents.clear();
    QVERIFY(!Workshop::agreementOn(plain, all.first().theme, all.first().question));
}

QTEST_GUILESS_MAIN(TestWorkshop)
#include "tst_workshop.moc"
