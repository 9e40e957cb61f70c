// Tests the compiled form of the content (core/contentbinary.h): the one embedded in the programs is
// the YAML's, it reads back to the same bytes, and damage of any kind is refused without a crash.
#include "contentbinary.h"

#include <QRegularExpression>
#include <QResource>
#include <QTest>
#include <QtEndian>

using namespace Phare;

namespace {

QByteArray embedded()
{
    const QResource resource(builtinContentBinaryPath());
    if (!resource.isValid())
        return {};
    return resource.uncompressedData();
}

ContentLoadResult loadYaml()
{
    return ContentLoader::load({ContentLoader::builtinPath()}, {true, nullptr});
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
    scale.source = QStringLiteral("DMA 2.1");
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
    Dimension dimension{QStringLiteral("d1"), {QStringLiteral("Dim"), QStringLiteral("Dim")}, {}, 2, {scale, grid}};

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
    rule.priority = Priority::Low;
    rule.horizon = Horizon::Later;
    rule.action = {QStringLiteral("Agir"), QStringLiteral("Act")};
    rule.chapters = {{QStringLiteral("c1"), 3, 4}};
    rule.useCases = {{QStringLiteral("u1"), 5, 6}};
    rule.line = 40;
    rule.column = 3;

    Questionnaire q;
    q.id = QStringLiteral("theme");
    q.version = 3;
    q.title = {QStringLiteral("Thème"), QStringLiteral("Theme")};
    q.levels = defaultLevels();
    q.dimensions = {dimension};
    q.rules = {rule};
    q.path = QStringLiteral(":/questionnaires/theme.yaml");

    Chapter chapter;
    chapter.id = QStringLiteral("c1");
    chapter.title = {QStringLiteral("Chapitre"), QStringLiteral("Chapter")};
    chapter.keyActions = {{QStringLiteral("a"), QStringLiteral("b")}};
    chapter.references = {{QStringLiteral("Ref"), QStringLiteral("https://example.org/")}};
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

    Content content;
    content.questionnaires = {q};
    content.chapters = {chapter};
    content.useCases = {useCase};
    content.buildIndex();
    return content;
}

// What a reader must do with any bytes: refuse them with one error and no content, or read them to
// content that it would write back to the very same bytes.
void checkReadOrRefused(const QByteArray &bytes, const char *what, qsizetype at)
{
    const ContentLoadResult result = readContentBinary(bytes, QStringLiteral("x.bin"));
    if (result.ok()) {
        QVERIFY2(
            writeContentBinary(result.content) == bytes,
            qPrintable(QStringLiteral("%1 at %2: read, but not to what it says").arg(QLatin1String(what)).arg(at)));
        return;
    }
    QVERIFY2(
        result.diagnostics.size() == 1 && !result.diagnostics.first().message.isEmpty(),
        qPrintable(QStringLiteral("%1 at %2: %3").arg(QLatin1String(what)).arg(at).arg(describe(result.diagnostics))));
    QVERIFY(result.content.questionnaires.isEmpty() && result.content.chapters.isEmpty() &&
            result.content.useCases.isEmpty());
}

// The fields buildIndex() derives, equal in both conditions and their children.
bool sameDerived(const Condition &a, const Condition &b)
{
    if (a.dimensionIndex != b.dimensionIndex || a.questionIndex != b.questionIndex || a.subject != b.subject ||
        a.rowIndex != b.rowIndex || a.optionMask != b.optionMask || a.children.size() != b.children.size())
        return false;
    for (std::size_t i = 0; i < a.children.size(); ++i) {
        if (!sameDerived(a.children[i], b.children[i]))
            return false;
    }
    return true;
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
    QVERIFY(QResource(builtinContentBinaryPath()).compressionAlgorithm() == QResource::NoCompression);
    const ContentLoadResult yaml = loadYaml();
    QVERIFY2(yaml.ok(), qPrintable(describe(yaml.diagnostics)));
    QCOMPARE(writeContentBinary(yaml.content), bytes);
    QCOMPARE(writeContentBinary(loadYaml().content), bytes);
}

void TestContentBinary::loadBuiltinReadsTheEmbeddedForm()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("compiled built-in content")));
    const ContentLoadResult builtin = ContentLoader::loadBuiltin();
    QVERIFY2(builtin.ok(), qPrintable(describe(builtin.diagnostics)));
    QVERIFY(builtin.diagnostics.isEmpty());
    QCOMPARE(writeContentBinary(builtin.content), embedded());
    // The lookup tables are built.
    const Questionnaire *q = builtin.content.questionnaire(u"cybersecurity");
    QVERIFY(q);
    QVERIFY(q->questionCount() > 0);
    const Question &first = q->dimensions.first().questions.first();
    QCOMPARE(q->question(first.id), &first);
    QCOMPARE(q->position(first.id), std::make_pair(0, 0));
    QVERIFY(q->path.startsWith(ContentLoader::builtinPath() + QLatin1Char('/')));
}

void TestContentBinary::derivedFieldsAreBuiltAgain()
{
    // Not stored: buildIndex() after reading gives what it gives after loading the YAML.
    const ContentLoadResult yaml = loadYaml();
    const ContentLoadResult compiled = readContentBinary(embedded());
    QVERIFY(yaml.ok() && compiled.ok());
    QCOMPARE(compiled.content.questionnaires.size(), yaml.content.questionnaires.size());
    int resolved = 0;
    for (qsizetype i = 0; i < yaml.content.questionnaires.size(); ++i) {
        const Questionnaire &a = yaml.content.questionnaires[i];
        const Questionnaire &b = compiled.content.questionnaires[i];
        QCOMPARE(b.subjectCount(), a.subjectCount());
        QCOMPARE(b.questionsById(), a.questionsById());
        for (qsizetype d = 0; d < a.dimensions.size(); ++d) {
            for (qsizetype q = 0; q < a.dimensions[d].questions.size(); ++q) {
                const auto &showA = a.dimensions[d].questions[q].showIf;
                const auto &showB = b.dimensions[d].questions[q].showIf;
                QCOMPARE(showB.has_value(), showA.has_value());
                if (showA)
                    QVERIFY2(sameDerived(*showA, *showB), qPrintable(a.dimensions[d].questions[q].id));
            }
        }
        QCOMPARE(b.rules.size(), a.rules.size());
        for (qsizetype r = 0; r < a.rules.size(); ++r) {
            QVERIFY2(sameDerived(a.rules[r].when, b.rules[r].when), qPrintable(a.rules[r].id));
            for (const auto &[refsA, refsB] : {std::make_pair(&a.rules[r].chapters, &b.rules[r].chapters),
                                               std::make_pair(&a.rules[r].useCases, &b.rules[r].useCases)}) {
                QCOMPARE(refsB->size(), refsA->size());
                for (qsizetype k = 0; k < refsA->size(); ++k) {
                    QCOMPARE(refsB->at(k).index, refsA->at(k).index);
                    resolved += refsA->at(k).index >= 0 ? 1 : 0;
                }
            }
        }
    }
    QVERIFY(resolved > 0);
}

void TestContentBinary::readingThenWritingGivesTheSameBytes()
{
    for (const QByteArray &bytes : {embedded(), writeContentBinary(sample()), writeContentBinary(Content())}) {
        const ContentLoadResult read = readContentBinary(bytes);
        QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics)));
        QCOMPARE(writeContentBinary(read.content), bytes);
    }
}

void TestContentBinary::everyFieldSurvives()
{
    const ContentLoadResult read = readContentBinary(writeContentBinary(sample()));
    QVERIFY2(read.ok(), qPrintable(describe(read.diagnostics)));
    const Content &c = read.content;
    QCOMPARE(c.questionnaires.size(), 1);
    const Questionnaire &q = c.questionnaires.first();
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
    const Rule &rule = q.rules.first();
    QCOMPARE(rule.priority, Priority::Low);
    QCOMPARE(rule.horizon, Horizon::Later);
    QCOMPARE(rule.when.children[0].kind, Condition::Kind::Not);
    QCOMPARE(rule.when.children[0].children[0].threshold, 37.5);
    QCOMPARE(rule.when.children[0].children[0].dimension, QStringLiteral("d1"));
    QCOMPARE(rule.when.children[1].row, QStringLiteral("r1"));
    QCOMPARE(std::make_pair(rule.when.children[1].line, rule.when.children[1].column), std::make_pair(7, 9));
    QCOMPARE(rule.useCases.first().column, 6);
    QCOMPARE(c.chapters.first().references.first().url, QStringLiteral("https://example.org/"));
    QCOMPARE(c.useCases.first().sectors, sectorIds());
    QCOMPARE(c.useCases.first().dimensions.first().id, QStringLiteral("theme/d1"));
    QCOMPARE(c.useCases.first().timeToValue, QStringLiteral("weeks"));
}

void TestContentBinary::everyTruncationIsRefused()
{
    const QByteArray bytes = embedded();
    QVERIFY(!bytes.isEmpty());
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const ContentLoadResult result = readContentBinary(QByteArrayView(bytes).first(n));
        if (result.ok() || result.diagnostics.size() != 1)
            QFAIL(qPrintable(QStringLiteral("the first %1 bytes were not refused").arg(n)));
    }
    const ContentLoadResult cut =
        readContentBinary(QByteArrayView(bytes).first(bytes.size() - 1), QStringLiteral("c.bin"));
    QCOMPARE(cut.diagnostics.first().file, QStringLiteral("c.bin"));
    QVERIFY2(cut.diagnostics.first().message.contains(QStringLiteral("cut short")),
             qPrintable(describe(cut.diagnostics)));
}

void TestContentBinary::truncatedPayloadsAreRefused()
{
    // With the header made to match, the reader itself sees the payload end early: at every byte of
    // the sample, at 100 places in the real content (reading it costs a few milliseconds).
    const QByteArray small = writeContentBinary(sample());
    for (qsizetype n = ContentBinaryFormat::headerSize; n < small.size(); ++n) {
        const ContentLoadResult result = readContentBinary(resealContentBinary(small.first(n)));
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("%1 bytes were read").arg(n)));
        QVERIFY2(result.diagnostics.first().message.contains(QStringLiteral("ends in the middle")),
                 qPrintable(describe(result.diagnostics)));
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
        const ContentLoadResult result = readContentBinary(damaged);
        QVERIFY2(!result.ok() && result.diagnostics.size() == 1, qPrintable(QStringLiteral("byte %1").arg(i)));
        if (i >= ContentBinaryFormat::headerSize) {
            QVERIFY2(result.diagnostics.first().message.contains(QStringLiteral("checksum")),
                     qPrintable(describe(result.diagnostics)));
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
    const ContentLoadResult result = readContentBinary(bytes, QStringLiteral("x.bin"));
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().file, QStringLiteral("x.bin"));
    QVERIFY2(result.diagnostics.first().message.contains(message), qPrintable(describe(result.diagnostics)));
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
    deep.questionnaires[0].rules[0].when = c;
    QTest::newRow("deep conditions") << writeContentBinary(deep) << QStringLiteral("conditions nested deeper than 32");

    Content many = sample();
    QList<Option> &options = many.questionnaires[0].dimensions[0].questions[0].options;
    while (options.size() <= ContentLimits::maxOptions)
        options.append(options.first());
    QTest::newRow("too many options") << writeContentBinary(many) << QStringLiteral("at most 50");
    Content bad = sample();
    bad.questionnaires[0].dimensions[0].weight = std::numeric_limits<double>::quiet_NaN();
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
    const ContentLoadResult result = readContentBinary(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(result.diagnostics.first().message.contains(message), qPrintable(describe(result.diagnostics)));
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
    const ContentLoadResult fromYaml = loadBuiltinContent(damaged);
    QVERIFY2(fromYaml.ok(), qPrintable(describe(fromYaml.diagnostics)));
    QCOMPARE(writeContentBinary(fromYaml.content), expected);

    // Once: the second time says nothing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("compiled built-in content")));
    const ContentLoadResult missing = loadBuiltinContent({});
    QVERIFY(missing.ok());
    QCOMPARE(writeContentBinary(missing.content), expected);
    QVERIFY(loadBuiltinContent("garbage").ok());
}

QTEST_GUILESS_MAIN(TestContentBinary)
#include "tst_contentbinary.moc"
