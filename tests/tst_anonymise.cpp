// The anonymous file: no free text of its source ever reaches it, what it keeps, how it is read back
// and refused, and `phare-cli anonymise`.
#include "anonymousfile.h"
#include "builtincontent.h"
#include "clirun.h"
#include "evaluation.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Phare;

namespace {

const Content &builtin()
{
    static const Result<Content> content = BuiltinContent::load();
    return content.value();
}

QString example(const char *name)
{
    return QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/%1.phare").arg(QLatin1String(name));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An example assessment with every field that holds free text filled with a marker ("MARKER-<where>"),
// and fields this version does not know (a later Phare's respondents, say) that hold markers too.
Assessment markedAssessment(QStringList &markers)
{
    Assessment a = AssessmentFile::read(example("boulangerie-marseille")).value();
    const auto mark = [&](const QString &where) {
        QString marker = QStringLiteral("MARKER-%1-zq").arg(where);
        markers.append(marker);
        return marker;
    };
    a.company.name = mark(QStringLiteral("name"));
    a.company.location = mark(QStringLiteral("town")) + QStringLiteral(" 13001");
    a.company.extra.insert(QStringLiteral("siret"), mark(QStringLiteral("company-extra")));
    a.advisor = mark(QStringLiteral("advisor"));
    a.advisorContact = mark(QStringLiteral("contact"));
    a.context = mark(QStringLiteral("context"));
    a.extra.insert(QStringLiteral("respondents"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), mark(QStringLiteral("respondent-name"))},
                                          {QStringLiteral("notes"), mark(QStringLiteral("respondent-note"))}}});
    a.extra.insert(QStringLiteral("futureField"), mark(QStringLiteral("future")));
    for (auto theme = a.themes.begin(); theme != a.themes.end(); ++theme) {
        const QString &t = theme.key();
        theme->extra.insert(QStringLiteral("comment"), mark(t + QStringLiteral("-theme-extra")));
        // Free text where an id goes: an option the content lacks, to a question it has (the first answered),
        if (const QString first = theme->answers.firstKey();
            builtin().questionnaire(t) && builtin().questionnaire(t)->question(first))
            theme->answers.insert(first, Answer::makeChoice(mark(t + QStringLiteral("-option"))));
        for (auto answer = theme->answers.begin(); answer != theme->answers.end(); ++answer) {
            theme->notes.insert(answer.key(), mark(t + QStringLiteral("-note-") + answer.key()));
            if (answer->kind == Answer::Kind::Choice) // the one form whose unknown fields the file keeps
                answer->extra.insert(QStringLiteral("comment"),
                                     mark(t + QStringLiteral("-answer-extra-") + answer.key()));
        }
        // and a question it lacks.
        theme->answers.insert(mark(t + QStringLiteral("-question")), Answer::makeChoice(QStringLiteral("yes")));
    }
    // The profile has its notes, unknown fields and foreign options from the loop above; and a tick of text.
    ThemeAnswers &profile = a.themes[QStringLiteral("profile")];
    if (profile.answers.contains(QStringLiteral("sells")))
        profile.answers[QStringLiteral("sells")] =
            Answer::makeTicked({QStringLiteral("goods-on-site"), mark(QStringLiteral("profile-ticked"))});
    // The decided plan: reasons, names, notes and the advisor's own actions.
    PlanDecision declined;
    declined.choice = PlanDecision::Choice::Declined;
    declined.reason = mark(QStringLiteral("plan-reason"));
    declined.who = mark(QStringLiteral("plan-who"));
    declined.note = mark(QStringLiteral("plan-note"));
    a.plan.actions.insert(QStringLiteral("cyber-restore-test"), declined);
    OwnAction own;
    own.id = QStringLiteral("own-1");
    own.text = mark(QStringLiteral("own-text"));
    own.who = mark(QStringLiteral("own-who"));
    own.note = mark(QStringLiteral("own-note"));
    a.plan.own.append(own);
    return a;
}

} // namespace

class TestAnonymise final : public QObject
{
    Q_OBJECT

private slots:
    void noFreeTextReachesTheFile();
    void keepsWhatIsShared();
    void departementOnlyWhenAllowed();
    void departementOf_data();
    void departementOf();
    void idHash();
    void roundTrip();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void cli();
    void cliBadInput();
};

void TestAnonymise::noFreeTextReachesTheFile()
{
    QStringList markers;
    const Assessment source = markedAssessment(markers);
    QVERIFY(markers.size() > 40);
    // The source really holds them: its saved bytes carry every marker.
    const QByteArray sourceBytes = source.toBytes();
    for (const QString &marker : std::as_const(markers))
        QVERIFY2(sourceBytes.contains(marker.toUtf8()), qPrintable(marker));

    const Evaluation evaluation(builtin(), source);
    for (const bool departement : {false, true}) {
        const Result<AnonymousAssessment> made = AnonymousFile::make(evaluation, {departement});
        QVERIFY(made.ok());
        const QByteArray bytes = made->toBytes();
        QVERIFY(bytes.size() > 500); // answers and scores are there
        // Searched in the bytes, whatever the case, and by the marker's tail alone.
        for (const QString &marker : std::as_const(markers))
            QVERIFY2(!bytes.toLower().contains(marker.toLower().toUtf8()), qPrintable(marker));
        QVERIFY(!bytes.contains(QByteArrayLiteral("-zq")));
        QVERIFY(!bytes.contains("MARKER"));
        QVERIFY(!bytes.contains(source.id.toUtf8()));
        QVERIFY(!bytes.contains("13001"));
        QVERIFY(!bytes.contains("Marseille"));
        // Nothing but the documented fields at the top.
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QStringList keys = root.keys();
        QStringList allowed = {QStringLiteral("format"),  QStringLiteral("formatVersion"), QStringLiteral("idHash"),
                               QStringLiteral("quarter"), QStringLiteral("sector"),        QStringLiteral("size"),
                               QStringLiteral("overall"), QStringLiteral("questionnaires")};
        if (departement)
            allowed.append(QStringLiteral("departement"));
        allowed.sort();
        keys.sort();
        QCOMPARE(keys, allowed);
    }
}

void TestAnonymise::keepsWhatIsShared()
{
    const Assessment source = AssessmentFile::read(example("boulangerie-marseille")).value();
    const Evaluation evaluation(builtin(), source);
    const AnonymousAssessment a = AnonymousFile::make(evaluation).value();
    QCOMPARE(a.sector, QStringLiteral("food"));
    QCOMPARE(a.size, QStringLiteral("micro")); // 6 employees
    QCOMPARE(a.quarter, AnonymousFile::quarterOf(source.referenceDate()));
    QVERIFY(a.departement.isEmpty());
    // Every answer to a question of the content, as option ids.
    for (auto theme = source.themes.cbegin(); theme != source.themes.cend(); ++theme) {
        QVERIFY2(a.themes.contains(theme.key()), qPrintable(theme.key()));
        QCOMPARE(a.themes[theme.key()].version, theme->version);
        for (auto answer = theme->answers.cbegin(); answer != theme->answers.cend(); ++answer) {
            if (!builtin().questionnaire(theme.key())->question(answer.key()))
                continue;
            QVERIFY2(a.themes[theme.key()].answers.contains(answer.key()), qPrintable(answer.key()));
            Answer expected = *answer;
            expected.extra = {};
            QCOMPARE(a.themes[theme.key()].answers[answer.key()], expected);
        }
    }
    QVERIFY(!a.themes[QStringLiteral("profile")].answers.isEmpty());
    QVERIFY(!a.themes[QStringLiteral("profile")].score);
    // The scores, rounded, with their levels.
    QVERIFY(a.overall);
    QCOMPARE(a.overall->value, int(std::lround(*evaluation.scores().overall)));
    for (const ThemeResult &theme : evaluation.scores().themes) {
        if (!theme.score)
            continue;
        const AnonymousTheme &shared = a.themes[theme.questionnaire->id];
        QVERIFY(shared.score);
        QCOMPARE(shared.score->value, int(std::lround(*theme.score)));
        QCOMPARE(shared.score->level, theme.level->id);
        for (const DimensionResult *d : theme.scoredDimensions()) {
            if (d->score)
                QCOMPARE(shared.dimensions.value(d->dimension->id).value, int(std::lround(*d->score)));
        }
    }
}

void TestAnonymise::departementOnlyWhenAllowed()
{
    Assessment source = AssessmentFile::read(example("boulangerie-marseille")).value();
    source.company.location = QStringLiteral("12 rue du Port, 13002 Marseille");
    const Evaluation evaluation(builtin(), source);
    QVERIFY(AnonymousFile::make(evaluation).value().departement.isEmpty());
    const Result<AnonymousAssessment> allowed = AnonymousFile::make(evaluation, {true});
    QCOMPARE(allowed->departement, QStringLiteral("13"));
    QVERIFY(allowed.diagnostics().isEmpty());
    // Asked for, but no postal code: left out, and said so.
    source.company.location = QStringLiteral("Marseille");
    const Evaluation noCode(builtin(), source);
    const Result<AnonymousAssessment> without = AnonymousFile::make(noCode, {true});
    QVERIFY(without.ok());
    QVERIFY(without->departement.isEmpty());
    QCOMPARE(without.diagnostics().size(), 1);
    QVERIFY(without.diagnostics().first().message.contains(QStringLiteral("postal code")));
}

void TestAnonymise::departementOf_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("departement");
    QTest::newRow("code first") << QStringLiteral("13001 Marseille") << QStringLiteral("13");
    QTest::newRow("code last") << QStringLiteral("Lyon 69003") << QStringLiteral("69");
    QTest::newRow("corse-du-sud") << QStringLiteral("20000 Ajaccio") << QStringLiteral("2A");
    QTest::newRow("haute-corse") << QStringLiteral("20200 Bastia") << QStringLiteral("2B");
    QTest::newRow("réunion") << QStringLiteral("97400 Saint-Denis") << QStringLiteral("974");
    QTest::newRow("a street number only") << QStringLiteral("12 rue du Port") << QStringLiteral("");
    QTest::newRow("a telephone") << QStringLiteral("0491123456") << QStringLiteral("");
    QTest::newRow("no code") << QStringLiteral("Marseille") << QStringLiteral("");
}

void TestAnonymise::departementOf()
{
    QFETCH(QString, location);
    QFETCH(QString, departement);
    QCOMPARE(AnonymousFile::departementOf(location), departement);
}

void TestAnonymise::idHash()
{
    Assessment a = AssessmentFile::read(example("boulangerie-marseille")).value();
    const QString hash = AnonymousFile::idHash(a);
    QCOMPARE(hash.size(), 64);
    QVERIFY(!hash.contains(a.id));
    // The same assessment, changed and saved again, shares the same hash: sharing it twice is seen.
    Assessment changed = a;
    changed.company.name = QStringLiteral("Another name");
    changed.themes.clear();
    QCOMPARE(AnonymousFile::idHash(changed), hash);
    Assessment other = Assessment::makeNew();
    QVERIFY(AnonymousFile::idHash(other) != hash);
    // Without an id (older files), the content is hashed: the same unchanged file twice gives one hash.
    a.id.clear();
    QCOMPARE(AnonymousFile::idHash(a), AnonymousFile::idHash(a));
    QVERIFY(AnonymousFile::idHash(a) != hash);
}

void TestAnonymise::roundTrip()
{
    for (const char *name : {"boulangerie-marseille", "hotel-aix-en-provence", "usinage-la-ciotat"}) {
        const Evaluation evaluation(builtin(), AssessmentFile::read(example(name)).value());
        const AnonymousAssessment a = AnonymousFile::make(evaluation, {true}).value();
        const Result<AnonymousAssessment> back = AnonymousFile::parse(a.toBytes(), QStringLiteral("a.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorText()));
        QCOMPARE(back->toBytes(), a.toBytes());
        // Written otherwise (compact, an escape in a string) it is read by the careful path: the same.
        QByteArray other = QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact);
        other.replace("\"format\":\"phare-anonymous\"", "\"format\":\"phare-\\u0061nonymous\"");
        QVERIFY(other.contains("\\u0061"));
        const Result<AnonymousAssessment> careful = AnonymousFile::parse(other, QStringLiteral("b.json"));
        QVERIFY2(careful.ok(), qPrintable(careful.errorText()));
        QCOMPARE(careful->toBytes(), a.toBytes());
        // Without the answers (as a benchmark reads): the same but for them, on both paths.
        for (const QByteArray &bytes : {a.toBytes(), other}) {
            const Result<AnonymousAssessment> scores =
                AnonymousFile::parse(bytes, QStringLiteral("c.json"), AnonymousFile::Answers::Skip);
            QVERIFY(scores.ok());
            AnonymousAssessment expected = a;
            for (AnonymousTheme &theme : expected.themes)
                theme.answers.clear();
            QCOMPARE(scores->toBytes(), expected.toBytes());
        }
    }
}

void TestAnonymise::refusesBadFiles_data()
{
    const Evaluation evaluation(builtin(), AssessmentFile::read(example("boulangerie-marseille")).value());
    const QByteArray good = AnonymousFile::make(evaluation).value().toBytes();
    const auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject root = QJsonDocument::fromJson(good).object();
        edit(root);
        return QJsonDocument(root).toJson();
    };
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("the file is damaged");
    QTest::newRow("not utf-8") << QByteArray("{\"format\": \"\xff\"}") << QStringLiteral("not UTF-8");
    QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("the file is damaged");
    QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("not an anonymous Phare file");
    QTest::newRow("an assessment") << readAll(example("boulangerie-marseille"))
                                   << QStringLiteral("this is an assessment (.phare), not an anonymous file");
    QTest::newRow("a benchmark") << QByteArray(R"({"format": "phare-benchmark", "formatVersion": 1})")
                                 << QStringLiteral("this is a benchmark");
    QTest::newRow("other json") << QByteArray(R"({"name": "x"})") << QStringLiteral("not an anonymous Phare file");
    QTest::newRow("newer") << edited([](QJsonObject &r) { r[QStringLiteral("formatVersion")] = 2; })
                           << "made by a newer version of Phare (format version 2";
    QTest::newRow("unknown field") << edited([](QJsonObject &r) {
        r[QStringLiteral("name")] = QStringLiteral("Boulangerie");
    }) << "\"name\" is not a field of an anonymous file";
    QTest::newRow("bad hash") << edited([](QJsonObject &r) {
        r[QStringLiteral("idHash")] = QStringLiteral("5b0e4f2a");
    }) << "\"idHash\" must be 64";
    QTest::newRow("bad quarter") << edited([](QJsonObject &r) {
        r[QStringLiteral("quarter")] = QStringLiteral("2026-11-20");
    }) << "\"quarter\" must be";
    QTest::newRow("bad sector") << edited([](QJsonObject &r) {
        r[QStringLiteral("sector")] = QStringLiteral("bakery");
    }) << "\"sector\" must be one of";
    QTest::newRow("bad size") << edited([](QJsonObject &r) { r[QStringLiteral("size")] = QStringLiteral("6"); })
                              << "\"size\" must be one of";
    QTest::newRow("score too high") << edited([](QJsonObject &r) {
        r[QStringLiteral("overall")] = QJsonObject{{QStringLiteral("score"), 101}};
    }) << "\"overall.score\" must be a whole number from 0 to 100";
    QTest::newRow("score not whole") << edited([](QJsonObject &r) {
        r[QStringLiteral("overall")] = QJsonObject{{QStringLiteral("score"), 50.5}};
    }) << "\"overall.score\" must be a whole number";
    QTest::newRow("text in an answer") << edited([](QJsonObject &r) {
        QJsonObject themes = r[QStringLiteral("questionnaires")].toObject();
        QJsonObject theme = themes[QStringLiteral("cybersecurity")].toObject();
        QJsonObject answers = theme[QStringLiteral("answers")].toObject();
        answers[QStringLiteral("mfa-mail")] =
            QJsonObject{{QStringLiteral("choice"), QStringLiteral("The bank sends codes")}};
        theme[QStringLiteral("answers")] = answers;
        themes[QStringLiteral("cybersecurity")] = theme;
        r[QStringLiteral("questionnaires")] = themes;
    }) << "\"questionnaires.cybersecurity.answers.mfa-mail\" must be one answer";
    QTest::newRow("a note in a theme") << edited([](QJsonObject &r) {
        QJsonObject themes = r[QStringLiteral("questionnaires")].toObject();
        QJsonObject theme = themes[QStringLiteral("cybersecurity")].toObject();
        theme[QStringLiteral("notes")] = QJsonObject{{QStringLiteral("mfa-mail"), QStringLiteral("text")}};
        themes[QStringLiteral("cybersecurity")] = theme;
        r[QStringLiteral("questionnaires")] = themes;
    }) << "\"questionnaires.cybersecurity.notes\" is not a field of an anonymous file";
    QTest::newRow("too large") << QByteArray(AnonymousAssessment::maxFileBytes + 1, ' ') << QStringLiteral("too large");
}

void TestAnonymise::refusesBadFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<AnonymousAssessment> read = AnonymousFile::parse(data, QStringLiteral("dir/bad.json"));
    QVERIFY(!read.ok());
    QVERIFY2(read.errorText().startsWith(QStringLiteral("dir/bad.json:")), qPrintable(read.errorText()));
    QVERIFY2(read.errorText().contains(message), qPrintable(read.errorText()));
}

void TestAnonymise::cli()
{
    QTemporaryDir dir;
    QStringList markers;
    const Assessment marked = markedAssessment(markers);
    const QString source = dir.filePath(QStringLiteral("marked.phare"));
    QVERIFY(AssessmentFile::write(marked, source).ok());
    const QString out = dir.filePath(QStringLiteral("shared"));
    const Test::CliRun run = Test::runCli({QStringLiteral("anonymise"), source, example("hotel-aix-en-provence"),
                                           QStringLiteral("-o"), out, QStringLiteral("--departement")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe(0)));
    const QStringList written = QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(written.size(), 2);
    QCOMPARE(run.out.count(QStringLiteral("anonymous copy written to")), 2);
    for (const QString &name : written) {
        const QByteArray bytes = readAll(QDir(out).filePath(name));
        QVERIFY(AnonymousFile::parse(bytes, name).ok());
        for (const QString &marker : std::as_const(markers))
            QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(marker));
        QVERIFY(!bytes.contains("MARKER"));
    }
    // The marked file's location has a postal code; the hotel's ("Aix-en-Provence") has none: said so.
    QVERIFY2(run.err.contains(QStringLiteral("hotel-aix-en-provence.phare:")) &&
                 run.err.contains(QStringLiteral(": warning: the location has no French postal code")),
             qPrintable(run.err));
}

void TestAnonymise::cliBadInput()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.phare"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"phare-assessment\"");
    file.close();
    const QString out = dir.filePath(QStringLiteral("shared"));
    // A damaged assessment is reported by path; the good one is still written; the exit code says 1.
    Test::CliRun run =
        Test::runCli({QStringLiteral("anonymise"), bad, example("usinage-la-ciotat"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(bad + QStringLiteral(":")), qPrintable(run.err));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    // Usage errors.
    run = Test::runCli({QStringLiteral("anonymise"), example("usinage-la-ciotat")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("anonymise needs -o FOLDER")));
    run = Test::runCli({QStringLiteral("anonymise"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("anonymise needs at least one assessment file")));
    run = Test::runCli({QStringLiteral("score"), example("usinage-la-ciotat"), QStringLiteral("--departement")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--departement only goes with anonymise")));
    // -o naming a file, not a folder.
    run = Test::runCli({QStringLiteral("anonymise"), example("usinage-la-ciotat"), QStringLiteral("-o"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("it is not a folder")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestAnonymise)
#include "tst_anonymise.moc"
