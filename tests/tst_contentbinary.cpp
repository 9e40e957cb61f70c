// Tests the compiled form of the content (core/contentbinary.h): the one embedded in the programs is
// the YAML's, it reads back to the same bytes, and damage of any kind is refused without a crash.
#include "builtincontent.h"
#include "contentbinary.h"

#include <QRegularExpression>
#include <QResource>
#include <QTest>
#include <QtEndian>

using namespace Phare;

namespace {

QByteArray embedded()
{
    const QResource resource(BuiltinContent::binaryPath());
    if (!resource.isValid())
        return {};
    return resource.uncompressedData();
}

Result<Content> loadYaml()
{
    return ContentLoader::load({BuiltinContent::yamlPath()}, {true, nullptr});
}

QString describe(const Diagnostics &diagnostics)
{
    return toText(diagnostics);
}

Condition leaf(Condition::Kind kind, const QString &question, QStringList options = {})
{
    Condition c;
    c.kind = kind;
    c.question = question;
    c.options = std::move(options);
    c.line = 7;
    c.column = 9;
    return c;
}

// A small content that uses every field, every kind of condition and the edge cases of the
// encoding: null and empty texts, characters outside the BMP, negative zero, extreme enums.
Content sample()
{
    Option low{QStringLiteral("low"), {QStringLiteral("Bas"), QStringLiteral("Low")}, -0.0, false};
    Option high{QStringLiteral("high"), {QStringLiteral("Haut 😀"), QString()}, 2.5, true};
    Question scale;
    scale.id = QStringLiteral("q1");
    scale.type = QuestionType::Scale;
    scale.text = {QStringLiteral("Question ?"), QStringLiteral("Question?")};
    scale.help = {QString(), QLatin1String("")};
    scale.source = {QStringLiteral("RGPD, art. 5"), QStringLiteral("GDPR, Article 5")};
    scale.weight = 0.25;
    scale.allowDontKnow = true;
    scale.options = {low, high};
    scale.line = 12;
    scale.column = 5;
    Question grid;
    grid.id = QStringLiteral("q2");
    grid.type = QuestionType::YesNo;
    grid.allowNotApplicable = true;
    grid.rows = {{QStringLiteral("r1"), {QStringLiteral("Ligne"), QStringLiteral("Row")}}};
    Condition any;
    any.kind = Condition::Kind::Any;
    any.children.push_back(leaf(Condition::Kind::AnswerIn, QStringLiteral("q1"), {QStringLiteral("high")}));
    any.children.push_back(leaf(Condition::Kind::DontKnow, QStringLiteral("q1")));
    grid.showIf = any;
    Dimension dimension;
    dimension.id = QStringLiteral("d1");
    dimension.title = {QStringLiteral("Dim"), QStringLiteral("Dim")};
    dimension.weight = 2;
    dimension.questions = {scale, grid};
    // An unscored dimension with an unscored question whose options have no score.
    Question context;
    context.id = QStringLiteral("q3");
    context.type = QuestionType::Checklist;
    context.scored = false;
    context.options = {{QStringLiteral("a"), {QStringLiteral("A"), QStringLiteral("A")}, 0, false},
                       {QStringLiteral("b"), {QStringLiteral("B"), QStringLiteral("B")}, 0, true}};
    Condition firm;
    firm.kind = Condition::Kind::All;
    firm.children.push_back(
        leaf(Condition::Kind::SectorIn, QString(), {QStringLiteral("food"), QStringLiteral("other")}));
    firm.children.push_back(leaf(Condition::Kind::SizeIn, QString(), {QStringLiteral("large")}));
    firm.children.push_back(leaf(Condition::Kind::ProfileNotIn, QStringLiteral("customers"), {QStringLiteral("both")}));
    context.showIf = firm;
    Dimension unscored;
    unscored.id = QStringLiteral("d2");
    unscored.title = {QStringLiteral("Contexte"), QStringLiteral("Context")};
    unscored.scored = false;
    unscored.questions = {context};

    Condition notBelow;
    notBelow.kind = Condition::Kind::Not;
    Condition below;
    below.kind = Condition::Kind::DimensionScoreBelow;
    below.dimension = QStringLiteral("d1");
    below.threshold = 37.5;
    notBelow.children.push_back(below);
    Condition all;
    all.kind = Condition::Kind::All;
    all.children.push_back(notBelow);
    Condition notIn = leaf(Condition::Kind::AnswerNotIn, QStringLiteral("q2"), {QStringLiteral("no")});
    notIn.row = QStringLiteral("r1");
    all.children.push_back(notIn);
    all.children.push_back(leaf(Condition::Kind::ScoreBelow, QStringLiteral("q1")));
    Rule rule;
    rule.id = QStringLiteral("r-1");
    rule.when = all;
    rule.given = leaf(Condition::Kind::ProfileIn, QStringLiteral("customers"), {QStringLiteral("consumers")});
    rule.actions = {{QStringLiteral("a1"), 3, 4}, {QStringLiteral("a0"), 5, 6}};
    rule.impact = Impact::Low;
    Rule plain; // no given, no impact: both stay absent
    plain.id = QStringLiteral("r-2");
    plain.when = leaf(Condition::Kind::ScoreBelow, QStringLiteral("q1"));
    plain.when.threshold = 50;
    plain.actions = {{QStringLiteral("a0"), 8, 9}};
    rule.line = 40;
    rule.column = 3;

    Questionnaire q;
    q.id = QStringLiteral("theme");
    q.version = 3;
    q.title = {QStringLiteral("Thème"), QStringLiteral("Theme")};
    q.levels = defaultLevels();
    q.dimensions = {dimension, unscored};
    q.rules = {rule, plain};
    q.path = QStringLiteral(":/questionnaires/theme.yaml");

    Question customers;
    customers.id = QStringLiteral("customers");
    customers.scored = false;
    customers.options = {
        {QStringLiteral("consumers"), {QStringLiteral("Particuliers"), QStringLiteral("Consumers")}, 0, false},
        {QStringLiteral("both"), {QStringLiteral("Les deux"), QStringLiteral("Both")}, 0, false}};
    Dimension profileDimension;
    profileDimension.id = QStringLiteral("profile");
    profileDimension.scored = false;
    profileDimension.questions = {customers};
    Questionnaire profile;
    profile.id = QStringLiteral("profile");
    profile.profile = true;
    profile.title = {QStringLiteral("Votre entreprise"), QStringLiteral("Your firm")};
    profile.levels = defaultLevels();
    profile.dimensions = {profileDimension};
    profile.path = QStringLiteral(":/questionnaires/profile.yaml");

    Action a0;
    a0.id = QStringLiteral("a0");
    a0.text = {QStringLiteral("Faire"), QStringLiteral("Do")};
    a0.chapters = {{QStringLiteral("c1"), 2, 2}};
    a0.path = QStringLiteral(":/questionnaires/actions/theme.yaml");
    Action a1;
    a1.id = QStringLiteral("a1");
    a1.text = {QStringLiteral("Déclarer {{deadline:2026-09-01}}"), QStringLiteral("Declare {{deadline:2026-09-01}}")};
    a1.benefit = {QStringLiteral("Conforme"), QString()};
    a1.firstStep = {QStringLiteral("Appeler 😀"), QStringLiteral("Call")};
    a1.impact = Impact::Low;
    a1.effort = 0.25;
    a1.cost = Cost::High;
    a1.who = {QStringLiteral("owner"), QStringLiteral("staff"), QStringLiteral("provider")};
    a1.deadline = QDate(2026, 9, 1);
    a1.earliest = Horizon::Later;
    a1.prerequisites = {{QStringLiteral("a0"), 21, 22}};
    a1.chapters = {{QStringLiteral("c1"), 23, 24}};
    a1.useCases = {{QStringLiteral("u1"), 25, 26}};
    a1.path = QStringLiteral(":/questionnaires/actions/theme.yaml");
    a1.line = 13;
    a1.column = 5;

    Chapter chapter;
    chapter.id = QStringLiteral("c1");
    chapter.title = {QStringLiteral("Chapitre"), QStringLiteral("Chapter")};
    chapter.keyActions = {{QStringLiteral("a"), QStringLiteral("b")}};
    chapter.references = {{{QStringLiteral("Réf (en français)"), QStringLiteral("Ref (in French)")},
                           QStringLiteral("https://example.org/")}};
    chapter.path = QStringLiteral(":/questionnaires/chapters.yaml");
    chapter.line = 2;
    chapter.column = 3;
    UseCase useCase;
    useCase.id = QStringLiteral("u1");
    useCase.sectors = sectorIds();
    useCase.sizes = {QStringLiteral("micro")};
    useCase.effort = QStringLiteral("low");
    useCase.cost = QStringLiteral("high");
    useCase.timeToValue = QStringLiteral("weeks");
    useCase.prerequisites = {{QStringLiteral("p"), QString()}};
    useCase.benefits = {{QString(), QStringLiteral("b")}};
    useCase.chapters = {{QStringLiteral("c1"), 1, 1}};
    useCase.dimensions = {{QStringLiteral("theme/d1"), 1, 2}};
    useCase.path = QStringLiteral(":/questionnaires/use-cases.yaml");
    useCase.when = firm;

    Content content;
    content.questionnaires = {profile, q};
    content.actions = {a0, a1};
    content.plan = {0, 1, 100, 2, 3};
    content.chapters = {chapter};
    content.useCases = {useCase};
    content.buildIndex();
    return content;
}

// What a reader must do with any bytes: refuse them with one error (a refusal holds no content), or
// read them to content that it would write back to the very same bytes.
void checkReadOrRefused(const QByteArray &bytes, const char *what, qsizetype at)
{
    const Result<Content> result = readContentBinary(bytes, QStringLiteral("x.bin"));
    if (result.ok()) {
        QVERIFY2(
            writeContentBinary(result.value()) == bytes,
            qPrintable(QStringLiteral("%1 at %2: read, but not to what it says").arg(QLatin1String(what)).arg(at)));
        return;
    }
    QVERIFY2(result.diagnostics().size() == 1 && !result.diagnostics().first().message.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 at %2: %3").arg(QLatin1String(what)).arg(at).arg(describe(result.diagnostics()))));
}

// Field by field: the first difference between what the loader read and what the compiled form gave
// back, named for the failure message, or an empty text.
QString differs(const QString &where, bool same)
{
    return same ? QString() : where;
}

QString diffText(const QString &where, const LocalizedText &a, const LocalizedText &b)
{
    return differs(where, a.fr == b.fr && a.en == b.en);
}

QString diffRefs(const QString &where, const QList<SourceRef> &a, const QList<SourceRef> &b)
{
    if (a.size() != b.size())
        return where + QStringLiteral(" (count)");
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].line != b[i].line || a[i].column != b[i].column)
            return QStringLiteral("%1[%2]").arg(where).arg(i);
    }
    return {};
}

QString diffCondition(const QString &where, const Condition &a, const Condition &b)
{
    if (a.kind != b.kind || a.question != b.question || a.row != b.row || a.dimension != b.dimension ||
        a.options != b.options || a.threshold != b.threshold || a.line != b.line || a.column != b.column ||
        a.children.size() != b.children.size())
        return where;
    for (std::size_t i = 0; i < a.children.size(); ++i) {
        if (QString d = diffCondition(QStringLiteral("%1/%2").arg(where).arg(i), a.children[i], b.children[i]);
            !d.isEmpty())
            return d;
    }
    return {};
}

QString diffOptional(const QString &where, const std::optional<Condition> &a, const std::optional<Condition> &b)
{
    if (a.has_value() != b.has_value())
        return where + QStringLiteral(" (present or not)");
    return a ? diffCondition(where, *a, *b) : QString();
}

QString diffContent(const Content &a, const Content &b)
{
    QStringList out;
    const auto add = [&](const QString &d) {
        if (!d.isEmpty())
            out.append(d);
    };
    if (a.questionnaires.size() != b.questionnaires.size() || a.actions.size() != b.actions.size() ||
        a.useCases.size() != b.useCases.size() || a.chapters.size() != b.chapters.size())
        return QStringLiteral("the counts");
    for (qsizetype i = 0; i < a.questionnaires.size(); ++i) {
        const Questionnaire &qa = a.questionnaires[i];
        const Questionnaire &qb = b.questionnaires[i];
        const QString w = qa.id;
        add(differs(w + QStringLiteral(".id/version/path/profile"),
                    qa.id == qb.id && qa.version == qb.version && qa.path == qb.path && qa.profile == qb.profile));
        add(diffText(w + QStringLiteral(".title"), qa.title, qb.title));
        add(differs(w + QStringLiteral(".dimensions"), qa.dimensions.size() == qb.dimensions.size()));
        for (qsizetype d = 0; d < qa.dimensions.size() && d < qb.dimensions.size(); ++d) {
            const Dimension &da = qa.dimensions[d];
            const Dimension &db = qb.dimensions[d];
            const QString wd = w + QLatin1Char('/') + da.id;
            add(differs(wd + QStringLiteral(".id/weight/scored/questions"),
                        da.id == db.id && da.weight == db.weight && da.scored == db.scored &&
                            da.questions.size() == db.questions.size()));
            for (qsizetype k = 0; k < da.questions.size() && k < db.questions.size(); ++k) {
                const Question &x = da.questions[k];
                const Question &y = db.questions[k];
                const QString wq = wd + QLatin1Char('/') + x.id;
                add(differs(wq + QStringLiteral(".fields"),
                            x.id == y.id && x.type == y.type && x.weight == y.weight && x.scored == y.scored &&
                                x.allowDontKnow == y.allowDontKnow && x.allowNotApplicable == y.allowNotApplicable &&
                                x.line == y.line && x.column == y.column && x.options.size() == y.options.size() &&
                                x.rows.size() == y.rows.size()));
                add(diffText(wq + QStringLiteral(".text"), x.text, y.text));
                add(diffText(wq + QStringLiteral(".help"), x.help, y.help));
                add(diffText(wq + QStringLiteral(".source"), x.source, y.source));
                add(diffOptional(wq + QStringLiteral(".showIf"), x.showIf, y.showIf));
                for (qsizetype o = 0; o < x.options.size() && o < y.options.size(); ++o) {
                    add(differs(wq + QStringLiteral(".options[%1]").arg(o),
                                x.options[o].id == y.options[o].id && x.options[o].score == y.options[o].score &&
                                    x.options[o].exclusive == y.options[o].exclusive));
                    add(diffText(wq + QStringLiteral(".options[%1].label").arg(o), x.options[o].label,
                                 y.options[o].label));
                }
            }
        }
        add(differs(w + QStringLiteral(".rules"), qa.rules.size() == qb.rules.size()));
        for (qsizetype r = 0; r < qa.rules.size() && r < qb.rules.size(); ++r) {
            const Rule &x = qa.rules[r];
            const Rule &y = qb.rules[r];
            const QString wr = w + QStringLiteral(".rules/") + x.id;
            add(differs(wr + QStringLiteral(".id/impact/line"),
                        x.id == y.id && x.impact == y.impact && x.line == y.line && x.column == y.column));
            add(diffCondition(wr + QStringLiteral(".when"), x.when, y.when));
            add(diffOptional(wr + QStringLiteral(".given"), x.given, y.given));
            add(diffRefs(wr + QStringLiteral(".actions"), x.actions, y.actions));
        }
    }
    for (qsizetype i = 0; i < a.actions.size(); ++i) {
        const Action &x = a.actions[i];
        const Action &y = b.actions[i];
        const QString w = QStringLiteral("actions/") + x.id;
        add(differs(w + QStringLiteral(".fields"),
                    x.id == y.id && x.impact == y.impact && x.effort == y.effort && x.cost == y.cost &&
                        x.who == y.who && x.deadline == y.deadline && x.deadline.isNull() == y.deadline.isNull() &&
                        x.earliest == y.earliest && x.path == y.path && x.line == y.line && x.column == y.column));
        add(diffText(w + QStringLiteral(".text"), x.text, y.text));
        add(diffText(w + QStringLiteral(".benefit"), x.benefit, y.benefit));
        add(diffText(w + QStringLiteral(".firstStep"), x.firstStep, y.firstStep));
        add(diffRefs(w + QStringLiteral(".prerequisites"), x.prerequisites, y.prerequisites));
        add(diffRefs(w + QStringLiteral(".chapters"), x.chapters, y.chapters));
        add(diffRefs(w + QStringLiteral(".useCases"), x.useCases, y.useCases));
    }
    for (qsizetype i = 0; i < a.useCases.size(); ++i) {
        const UseCase &x = a.useCases[i];
        const UseCase &y = b.useCases[i];
        const QString w = QStringLiteral("useCases/") + x.id;
        add(differs(w + QStringLiteral(".fields"), x.id == y.id && x.sectors == y.sectors && x.sizes == y.sizes &&
                                                       x.effort == y.effort && x.cost == y.cost &&
                                                       x.timeToValue == y.timeToValue && x.path == y.path &&
                                                       x.line == y.line && x.column == y.column));
        add(diffOptional(w + QStringLiteral(".when"), x.when, y.when));
        add(diffRefs(w + QStringLiteral(".chapters"), x.chapters, y.chapters));
        add(diffRefs(w + QStringLiteral(".dimensions"), x.dimensions, y.dimensions));
    }
    add(differs(QStringLiteral("plan"), a.plan.now == b.plan.now && a.plan.next == b.plan.next &&
                                            a.plan.later == b.plan.later && a.plan.chapters == b.plan.chapters &&
                                            a.plan.useCases == b.plan.useCases));
    return out.join(QStringLiteral(", "));
}

QByteArray withVersion(QByteArray bytes, quint32 version)
{
    qToLittleEndian(version, bytes.data() + 8);
    return bytes;
}

} // namespace

class TestContentBinary : public QObject
{
    Q_OBJECT

private slots:
    void embeddedIsTheCompiledYaml();
    void loadBuiltinReadsTheEmbeddedForm();
    void derivedFieldsAreBuiltAgain();
    void readingThenWritingGivesTheSameBytes();
    void everyFieldSurvives();
    void adviceFieldsSurviveCompiling_data();
    void adviceFieldsSurviveCompiling();
    void everyTruncationIsRefused();
    void truncatedPayloadsAreRefused();
    void damagedBytesAreRefused();
    void damagedPayloadsAreReadOrRefused();
    void refusesOtherFiles_data();
    void refusesOtherFiles();
    void refusesWhatIsBeyondTheLimits_data();
    void refusesWhatIsBeyondTheLimits();
    void checksumIsCrc32();
    void fallsBackToTheYaml();
};

void TestContentBinary::embeddedIsTheCompiledYaml()
{
    // Up to date: the build compiled what is in questionnaires/ now; deterministic: compiling again
    // gives the same bytes.
    const QByteArray bytes = embedded();
    QVERIFY2(!bytes.isEmpty(), "the build embeds no compiled content");
    QVERIFY(QResource(BuiltinContent::binaryPath()).compressionAlgorithm() == QResource::NoCompression);
    const Result<Content> yaml = loadYaml();
    QVERIFY2(yaml.ok(), qPrintable(describe(yaml.diagnostics())));
    QCOMPARE(writeContentBinary(yaml.value()), bytes);
    QCOMPARE(writeContentBinary(loadYaml().value()), bytes);
}

void TestContentBinary::loadBuiltinReadsTheEmbeddedForm()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("compiled built-in content")));
    const Result<Content> builtin = BuiltinContent::load();
    QVERIFY2(builtin.ok(), qPrintable(describe(builtin.diagnostics())));
    QVERIFY(builtin.diagnostics().isEmpty());
    QCOMPARE(writeContentBinary(builtin.value()), embedded());
    // The index is built.
    const Questionnaire *q = builtin->questionnaire(u"cybersecurity");
    QVERIFY(q);
    QVERIFY(q->questionCount() > 0);
    const Question &first = q->dimensions.first().questions.first();
    QCOMPARE(q->question(first.id), &first);
    QVERIFY(builtin->index().fits(builtin.value()));
    const QuestionnaireIndex *index = builtin->index().of(builtin.value(), *q);
    QVERIFY(index);
    QCOMPARE(index->question(*q, first.id), &first);
    QCOMPARE(index->position(first.id), std::make_pair(0, 0));
    QVERIFY(q->path.startsWith(BuiltinContent::yamlPath() + QLatin1Char('/')));
    // Every file the built-in content came from is named as the program knows it, never by the path
    // of the machine that built it (it is shown in messages and reports).
    QVERIFY(builtin->profile());
    QVERIFY(builtin->profile()->path.startsWith(BuiltinContent::yamlPath() + QLatin1Char('/')));
    QVERIFY(!builtin->actions.isEmpty());
    for (const Action &a : builtin->actions)
        QVERIFY2(a.path.startsWith(BuiltinContent::yamlPath() + QLatin1Char('/')),
                 qPrintable(a.id + QStringLiteral(": ") + a.path));
    for (const UseCase &u : builtin->useCases)
        QVERIFY2(u.path.startsWith(BuiltinContent::yamlPath() + QLatin1Char('/')), qPrintable(u.id));
}

void TestContentBinary::derivedFieldsAreBuiltAgain()
{
    // Not stored: the index built after reading is the one built after loading the YAML.
    const Result<Content> yaml = loadYaml();
    const Result<Content> compiled = readContentBinary(embedded());
    QVERIFY(yaml.ok() && compiled.ok());
    QCOMPARE(compiled->questionnaires.size(), yaml->questionnaires.size());
    const ContentIndex &indexA = yaml->index();
    const ContentIndex &indexB = compiled->index();
    QVERIFY(indexA.fits(yaml.value()) && indexB.fits(compiled.value()));
    int resolved = 0;
    for (qsizetype i = 0; i < yaml->questionnaires.size(); ++i) {
        const Questionnaire &q = yaml->questionnaires[i];
        const QuestionnaireIndex &a = indexA.questionnaires[static_cast<std::size_t>(i)];
        const QuestionnaireIndex &b = indexB.questionnaires[static_cast<std::size_t>(i)];
        QCOMPARE(b.subjectCount, a.subjectCount);
        QCOMPARE(a.subjectCount, q.subjectCount());
        QCOMPARE(b.byId, a.byId);
        QCOMPARE(b.firstQuestion, a.firstQuestion);
        QCOMPARE(b.showIf.size(), a.showIf.size());
        int number = 0;
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions) {
                const auto &showA = a.showIf[static_cast<std::size_t>(number)];
                const auto &showB = b.showIf[static_cast<std::size_t>(number++)];
                QCOMPARE(showA.has_value(), question.showIf.has_value());
                QVERIFY2(showB == showA, qPrintable(question.id));
            }
        }
        QCOMPARE(b.rules.size(), a.rules.size());
        QCOMPARE(a.rules.size(), static_cast<std::size_t>(q.rules.size()));
        for (std::size_t r = 0; r < a.rules.size(); ++r) {
            const QString &id = q.rules[static_cast<qsizetype>(r)].id;
            QVERIFY2(b.rules[r].when == a.rules[r].when, qPrintable(id));
            QCOMPARE(b.rules[r].given.has_value(), a.rules[r].given.has_value());
            QVERIFY2(b.rules[r].given == a.rules[r].given, qPrintable(id));
            QCOMPARE(b.rules[r].actions, a.rules[r].actions);
            resolved += static_cast<int>(
                std::count_if(a.rules[r].actions.cbegin(), a.rules[r].actions.cend(), [](int p) { return p >= 0; }));
        }
    }
    QVERIFY(resolved > 0);
    // The actions' references (prerequisites, chapters, use cases) and the use cases' conditions.
    QCOMPARE(indexB.actions.size(), indexA.actions.size());
    int resolvedFromActions = 0;
    for (std::size_t i = 0; i < indexA.actions.size(); ++i) {
        const ActionLinks &a = indexA.actions[i];
        const ActionLinks &b = indexB.actions[i];
        for (const auto &[refsA, refsB] :
             {std::make_pair(&a.prerequisites, &b.prerequisites), std::make_pair(&a.chapters, &b.chapters),
              std::make_pair(&a.useCases, &b.useCases)}) {
            QCOMPARE(*refsB, *refsA);
            resolvedFromActions +=
                static_cast<int>(std::count_if(refsA->cbegin(), refsA->cend(), [](int p) { return p >= 0; }));
        }
    }
    QVERIFY(resolvedFromActions > 0);
    QCOMPARE(indexB.useCaseWhen.size(), indexA.useCaseWhen.size());
    for (std::size_t i = 0; i < indexA.useCaseWhen.size(); ++i) {
        // A use case's sub-sectors are compiled into the same condition as its `when`.
        const UseCase &useCase = yaml->useCases[static_cast<qsizetype>(i)];
        QCOMPARE(indexA.useCaseWhen[i].has_value(), useCase.when.has_value() || !useCase.subSectors.isEmpty());
        QVERIFY2(indexB.useCaseWhen[i] == indexA.useCaseWhen[i],
                 qPrintable(yaml->useCases[static_cast<qsizetype>(i)].id));
    }
    // Field by field above, and as a whole.
    QVERIFY(indexB == indexA);
}

void TestContentBinary::readingThenWritingGivesTheSameBytes()
{
    for (const QByteArray &bytes : {embedded(), writeContentBinary(sample()), writeContentBinary(Content())}) {
        const Result<Content> read = readContentBinary(bytes);
        QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
        QCOMPARE(writeContentBinary(read.value()), bytes);
    }
}

void TestContentBinary::everyFieldSurvives()
{
    const Result<Content> read = readContentBinary(writeContentBinary(sample()));
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    const Content &c = read.value();
    QCOMPARE(c.questionnaires.size(), 2);
    QVERIFY(c.questionnaires[0].profile);
    QCOMPARE(c.profile(), &c.questionnaires[0]);
    QVERIFY(!c.profile()->dimensions[0].scored);
    QVERIFY(!c.profile()->question(u"customers")->scored);
    const Questionnaire &q = c.questionnaires[1];
    QVERIFY(!q.profile);
    QCOMPARE(q.version, 3);
    QCOMPARE(q.levels.size(), defaultLevels().size());
    QCOMPARE(q.path, QStringLiteral(":/questionnaires/theme.yaml"));
    const Question *scale = q.question(u"q1");
    QVERIFY(scale);
    QCOMPARE(scale->weight, 0.25);
    QVERIFY(scale->allowDontKnow && !scale->allowNotApplicable);
    QVERIFY(scale->help.fr.isNull());
    QVERIFY(!scale->help.en.isNull() && scale->help.en.isEmpty());
    QCOMPARE(scale->options.at(1).label.fr, QStringLiteral("Haut 😀"));
    QCOMPARE(scale->source.fr, QStringLiteral("RGPD, art. 5"));
    QCOMPARE(scale->source.en, QStringLiteral("GDPR, Article 5"));
    QVERIFY(std::signbit(scale->options.at(0).score));
    QVERIFY(scale->options.at(1).exclusive);
    QCOMPARE(std::make_pair(scale->line, scale->column), std::make_pair(12, 5));
    QVERIFY(!scale->showIf);
    const Question *grid = q.question(u"q2");
    QVERIFY(grid && grid->showIf);
    QCOMPARE(grid->type, QuestionType::YesNo);
    QCOMPARE(grid->showIf->kind, Condition::Kind::Any);
    QCOMPARE(grid->showIf->children.size(), std::size_t(2));
    QCOMPARE(grid->showIf->children[0].options, QStringList{QStringLiteral("high")});
    QCOMPARE(grid->rows.first().label.en, QStringLiteral("Row"));
    QVERIFY(q.dimensions[0].scored);
    QVERIFY(!q.dimensions[1].scored);
    QVERIFY(scale->scored);
    const Question *context = q.question(u"q3");
    QVERIFY(context && !context->scored);
    QCOMPARE(context->showIf->children.size(), std::size_t(3));
    QCOMPARE(context->showIf->children[0].kind, Condition::Kind::SectorIn);
    QCOMPARE(context->showIf->children[0].options, (QStringList{QStringLiteral("food"), QStringLiteral("other")}));
    QCOMPARE(context->showIf->children[1].kind, Condition::Kind::SizeIn);
    QCOMPARE(context->showIf->children[2].kind, Condition::Kind::ProfileNotIn);
    QCOMPARE(context->showIf->children[2].question, QStringLiteral("customers"));
    const Rule &rule = q.rules.first();
    // A rule's actions and its impact (the rule's priority, horizon, chapters and use cases now live
    // on the actions: checked below).
    QCOMPARE(rule.actions.size(), 2);
    QCOMPARE(rule.actions[0].id, QStringLiteral("a1"));
    QCOMPARE(c.index().questionnaires[1].rules[0].actions[0], 1);
    QCOMPARE(std::make_pair(rule.actions[1].line, rule.actions[1].column), std::make_pair(5, 6));
    QCOMPARE(rule.impact, std::optional<Impact>(Impact::Low));
    QVERIFY(rule.given);
    QCOMPARE(rule.given->kind, Condition::Kind::ProfileIn);
    QCOMPARE(rule.given->question, QStringLiteral("customers"));
    QCOMPARE(rule.given->options, QStringList{QStringLiteral("consumers")});
    QVERIFY(!q.rules[1].given);
    QVERIFY(!q.rules[1].impact);
    QCOMPARE(rule.when.children[0].kind, Condition::Kind::Not);
    QCOMPARE(rule.when.children[0].children[0].threshold, 37.5);
    QCOMPARE(rule.when.children[0].children[0].dimension, QStringLiteral("d1"));
    QCOMPARE(rule.when.children[1].row, QStringLiteral("r1"));
    QCOMPARE(std::make_pair(rule.when.children[1].line, rule.when.children[1].column), std::make_pair(7, 9));
    QCOMPARE(c.actions.size(), 2);
    const Action &a1 = c.actions[1];
    QCOMPARE(a1.id, QStringLiteral("a1"));
    QCOMPARE(a1.text.en, QStringLiteral("Declare {{deadline:2026-09-01}}"));
    QVERIFY(!a1.benefit.en.isNull() ? a1.benefit.en.isEmpty() : true);
    QCOMPARE(a1.benefit.fr, QStringLiteral("Conforme"));
    QCOMPARE(a1.firstStep.fr, QStringLiteral("Appeler 😀"));
    QCOMPARE(a1.impact, Impact::Low);
    QCOMPARE(a1.effort, 0.25);
    QCOMPARE(a1.cost, Cost::High);
    QCOMPARE(a1.who, (QStringList{QStringLiteral("owner"), QStringLiteral("staff"), QStringLiteral("provider")}));
    QCOMPARE(a1.deadline, QDate(2026, 9, 1));
    QCOMPARE(a1.earliest, Horizon::Later);
    QCOMPARE(a1.prerequisites.size(), 1);
    QCOMPARE(c.index().actions[1].prerequisites[0], 0);
    QCOMPARE(std::make_pair(a1.prerequisites[0].line, a1.prerequisites[0].column), std::make_pair(21, 22));
    QCOMPARE(a1.chapters[0].column, 24);
    QCOMPARE(a1.useCases[0].column, 26); // was the rule's use case (rules have none now)
    QCOMPARE(c.index().actions[1].useCases[0], 0);
    QCOMPARE(a1.path, QStringLiteral(":/questionnaires/actions/theme.yaml"));
    QCOMPARE(std::make_pair(a1.line, a1.column), std::make_pair(13, 5));
    const Action &a0 = c.actions[0];
    QVERIFY(a0.deadline.isNull()); // no deadline stays none
    QCOMPARE(a0.earliest, Horizon::Now);
    QCOMPARE(a0.impact, Impact::Medium);
    QCOMPARE(c.plan.now, 0);
    QCOMPARE(c.plan.next, 1);
    QCOMPARE(c.plan.later, 100);
    QCOMPARE(c.plan.chapters, 2);
    QCOMPARE(c.plan.useCases, 3);
    QVERIFY(c.useCases.first().when);
    QCOMPARE(c.useCases.first().when->children.size(), std::size_t(3));
    QCOMPARE(c.useCases.first().when->children[2].kind, Condition::Kind::ProfileNotIn);
    QCOMPARE(c.chapters.first().references.first().url, QStringLiteral("https://example.org/"));
    QCOMPARE(c.chapters.first().references.first().title.fr, QStringLiteral("Réf (en français)"));
    QCOMPARE(c.chapters.first().references.first().title.en, QStringLiteral("Ref (in French)"));
    QCOMPARE(c.useCases.first().sectors, sectorIds());
    QCOMPARE(c.useCases.first().dimensions.first().id, QStringLiteral("theme/d1"));
    QCOMPARE(c.useCases.first().timeToValue, QStringLiteral("weeks"));
}

// The YAML the loader read, compiled and read back, equals it field by field: the profile, `scored`,
// the actions with every field, the plan's caps, the rules' `given` and `impact`, the use cases' `when`.
void TestContentBinary::adviceFieldsSurviveCompiling_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("tests/data/loader") << QStringLiteral(PHARE_TEST_DATA "/loader");
    QTest::newRow("tests/data/dma-like") << QStringLiteral(PHARE_TEST_DATA "/dma-like");
    QTest::newRow("built-in content") << BuiltinContent::yamlPath();
}

void TestContentBinary::adviceFieldsSurviveCompiling()
{
    QFETCH(QString, path);
    const Result<Content> yaml = ContentLoader::load({path});
    QVERIFY2(yaml.ok(), qPrintable(describe(yaml.diagnostics())));
    const Result<Content> read = readContentBinary(writeContentBinary(yaml.value()));
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics())));
    const QString difference = diffContent(yaml.value(), read.value());
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("differs: ") + difference));

    // Not vacuous: the fixture has each new field, with values other than the defaults.
    if (path.endsWith(QStringLiteral("/loader"))) {
        const Content &c = read.value();
        QVERIFY(c.profile());
        QCOMPARE(c.actions.size(), 2);
        QCOMPARE(c.actions[1].deadline, QDate(2026, 9, 1));
        QCOMPARE(c.actions[1].earliest, Horizon::Next);
        QCOMPARE(c.actions[1].prerequisites.size(), 1);
        QCOMPARE(c.plan.now, 3);
        QCOMPARE(c.plan.useCases, 1);
        QVERIFY(c.questionnaire(u"demo")->rules[1].given);
        QCOMPARE(c.questionnaire(u"demo")->rules[1].impact, std::optional<Impact>(Impact::Critical));
        QVERIFY(c.useCases[0].when);
    }
}

void TestContentBinary::everyTruncationIsRefused()
{
    const QByteArray bytes = embedded();
    QVERIFY(!bytes.isEmpty());
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const Result<Content> result = readContentBinary(QByteArrayView(bytes).first(n));
        if (result.ok() || result.diagnostics().size() != 1)
            QFAIL(qPrintable(QStringLiteral("the first %1 bytes were not refused").arg(n)));
    }
    const Result<Content> cut =
        readContentBinary(QByteArrayView(bytes).first(bytes.size() - 1), QStringLiteral("c.bin"));
    QCOMPARE(cut.diagnostics().first().file, QStringLiteral("c.bin"));
    QVERIFY2(cut.diagnostics().first().message.contains(QStringLiteral("cut short")),
             qPrintable(describe(cut.diagnostics())));
}

void TestContentBinary::truncatedPayloadsAreRefused()
{
    // With the header made to match, the reader itself sees the payload end early: at every byte of
    // the sample, at 100 places in the real content (reading it costs a few milliseconds).
    const QByteArray small = writeContentBinary(sample());
    for (qsizetype n = ContentBinaryFormat::headerSize; n < small.size(); ++n) {
        const Result<Content> result = readContentBinary(resealContentBinary(small.first(n)));
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("%1 bytes were read").arg(n)));
        QVERIFY2(result.diagnostics().first().message.contains(QStringLiteral("ends in the middle")),
                 qPrintable(describe(result.diagnostics())));
    }
    const QByteArray real = embedded();
    const qsizetype step = real.size() / 100 + 1;
    for (qsizetype n = ContentBinaryFormat::headerSize; n < real.size(); n += step)
        QVERIFY(!readContentBinary(resealContentBinary(real.first(n))).ok());
}

void TestContentBinary::damagedBytesAreRefused()
{
    // Any changed byte, in the header or the payload, is refused, most by the checksum: every byte of
    // the header and around it, 200 places in the payload (each costs a checksum of the whole file).
    const QByteArray bytes = embedded();
    const qsizetype step = bytes.size() / 200 + 1;
    for (qsizetype i = 0; i < bytes.size(); i += (i < 64 ? 1 : step)) {
        QByteArray damaged = bytes;
        damaged[i] = char(damaged[i] ^ 0x20);
        const Result<Content> result = readContentBinary(damaged);
        QVERIFY2(!result.ok() && result.diagnostics().size() == 1, qPrintable(QStringLiteral("byte %1").arg(i)));
        if (i >= ContentBinaryFormat::headerSize) {
            QVERIFY2(result.diagnostics().first().message.contains(QStringLiteral("checksum")),
                     qPrintable(describe(result.diagnostics())));
        }
    }
}

void TestContentBinary::damagedPayloadsAreReadOrRefused()
{
    // Past the checksum (resealed), the reader gets payloads with a changed byte: at every byte of
    // the sample with three kinds of change, at 100 places in the real content.
    const QByteArray small = writeContentBinary(sample());
    for (qsizetype i = ContentBinaryFormat::headerSize; i < small.size(); ++i) {
        for (const char mask : {char(0x01), char(0x80), char(0xff)}) {
            QByteArray damaged = small;
            damaged[i] = char(damaged[i] ^ mask);
            checkReadOrRefused(resealContentBinary(damaged), "sample", i);
        }
    }
    const QByteArray real = embedded();
    const qsizetype step = real.size() / 100 + 1;
    for (qsizetype i = ContentBinaryFormat::headerSize; i < real.size(); i += step) {
        QByteArray damaged = real;
        damaged[i] = char(damaged[i] ^ 0xff);
        checkReadOrRefused(resealContentBinary(damaged), "real", i);
    }
}

void TestContentBinary::refusesOtherFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = writeContentBinary(sample());
    QByteArray yaml = "kind: questionnaire\nid: x\n";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not compiled Phare content");
    QTest::newRow("yaml") << yaml << QStringLiteral("not compiled Phare content");
    QTest::newRow("magic alone") << QByteArray("PhareCnt") << QStringLiteral("cut short");
    QTest::newRow("newer format") << withVersion(good, ContentBinaryFormat::version + 1)
                                  << QStringLiteral("format version %1, newer than this program reads (%2)")
                                         .arg(ContentBinaryFormat::version + 1)
                                         .arg(ContentBinaryFormat::version);
    QTest::newRow("older format") << withVersion(good, 0) << QStringLiteral("format version 0, older");
    QTest::newRow("extra bytes") << good + "x" << QStringLiteral("1 unexpected bytes at its end");
    QByteArray huge = good;
    qToLittleEndian(quint32(0xfffffff0u), huge.data() + 12);
    QTest::newRow("huge length") << huge << QStringLiteral("more than the");
}

void TestContentBinary::refusesOtherFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<Content> result = readContentBinary(bytes, QStringLiteral("x.bin"));
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics().size(), 1);
    QCOMPARE(result.diagnostics().first().file, QStringLiteral("x.bin"));
    QVERIFY2(result.diagnostics().first().message.contains(message), qPrintable(describe(result.diagnostics())));
}

void TestContentBinary::refusesWhatIsBeyondTheLimits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const auto payload = [](const QByteArray &bytes) {
        QByteArray header(ContentBinaryFormat::magic, sizeof(ContentBinaryFormat::magic));
        header += QByteArray(12, '\0');
        qToLittleEndian(ContentBinaryFormat::version, header.data() + 8);
        return resealContentBinary(header + bytes);
    };
    const auto le32 = [](quint32 value) {
        QByteArray bytes(4, '\0');
        qToLittleEndian(value, bytes.data());
        return bytes;
    };
    QTest::newRow("four billion questionnaires")
        << payload(le32(0xffffffffu)) << QStringLiteral("a list of 4294967295 items (at most 100)");
    // One questionnaire whose id claims two gigabytes.
    QTest::newRow("a 2 GiB text") << payload(le32(1) + le32(0x80000000u))
                                  << QStringLiteral("a text of 2147483648 bytes");
    QTest::newRow("an odd text") << payload(le32(1) + le32(3) + "abc") << QStringLiteral("a text of 3 bytes");

    // Conditions nested deeper than YAML allows: written fine, refused on reading.
    Content deep = sample();
    Condition c = leaf(Condition::Kind::DontKnow, QStringLiteral("q1"));
    for (int i = 0; i < 40; ++i) {
        Condition parent;
        parent.kind = Condition::Kind::Not;
        parent.children.push_back(std::move(c));
        c = std::move(parent);
    }
    deep.questionnaires[1].rules[0].when = c;
    QTest::newRow("deep conditions") << writeContentBinary(deep) << QStringLiteral("conditions nested deeper than 32");

    Content many = sample();
    QList<Option> &options = many.questionnaires[1].dimensions[0].questions[0].options;
    while (options.size() <= ContentLimits::maxOptions)
        options.append(options.first());
    QTest::newRow("too many options") << writeContentBinary(many) << QStringLiteral("at most 500");
    Content bad = sample();
    bad.questionnaires[1].dimensions[0].weight = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("not a number") << writeContentBinary(bad) << QStringLiteral("not finite");
    QByteArray flag = writeContentBinary(sample());
    const QByteArray before = flag;
    // The first question's allowDontKnow (true, 1) becomes 2.
    QByteArray needle(4, '\0');
    qToLittleEndian(quint32(0x3fd00000u), needle.data()); // the weight 0.25 (0x3fd0000000000000): its last four bytes
    const qsizetype at = flag.indexOf(needle);
    QVERIFY(at > 0 && flag[at + 4] == 1);
    flag[at + 4] = 2;
    QTest::newRow("a yes/no of 2") << resealContentBinary(flag) << QStringLiteral("a yes/no value of 2");
    QVERIFY(flag != before);
}

void TestContentBinary::refusesWhatIsBeyondTheLimits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<Content> result = readContentBinary(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics().size(), 1);
    QVERIFY2(result.diagnostics().first().message.contains(message), qPrintable(describe(result.diagnostics())));
}

void TestContentBinary::checksumIsCrc32()
{
    QByteArray bytes = QByteArray(ContentBinaryFormat::magic, 8) + QByteArray(12, '\0') + "123456789";
    bytes = resealContentBinary(bytes);
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 12), 9u);
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 16), 0xcbf43926u); // the CRC-32 check value
}

void TestContentBinary::fallsBackToTheYaml()
{
    // What a program does when its embedded content is refused: the YAML, and one warning.
    const QByteArray expected = embedded();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "compiled built-in content cannot be used .*checksum.*reading its YAML")));
    QByteArray damaged = expected;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 1);
    const Result<Content> fromYaml = BuiltinContent::load(damaged);
    QVERIFY2(fromYaml.ok(), qPrintable(describe(fromYaml.diagnostics())));
    QCOMPARE(writeContentBinary(fromYaml.value()), expected);

    // Once: the second time says nothing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("compiled built-in content")));
    const Result<Content> missing = BuiltinContent::load({});
    QVERIFY(missing.ok());
    QCOMPARE(writeContentBinary(missing.value()), expected);
    QVERIFY(BuiltinContent::load("garbage").ok());
}

QTEST_GUILESS_MAIN(TestContentBinary)
#include "tst_contentbinary.moc"
