// Tests the YAML reader: what Phare's content never needs is refused with a position and plain words.
#include "diagnostic.h"
#include "yamlparser.h"

#include <QTest>

using Phare::Diagnostic;
using Phare::parseYaml;
using Phare::YamlLimits;
using Phare::YamlNode;

class TestYamlDocument : public QObject
{
    Q_OBJECT

private slots:
    void firstInvalidByteIsFoundWhereverItIs();
    void readsTreeWithPositions();
    void quotedScalarsAreMarked();
    void refusesBadInput_data();
    void refusesBadInput();
    void reportsEveryDuplicateKeyAtOnce();
    void limitsAreBounded_data();
    void limitsAreBounded();
};

void TestYamlDocument::readsTreeWithPositions()
{
    const auto result = parseYaml("kind: questionnaire\nlist:\n  - a\n  - {x: 1}\n", QStringLiteral("f.yaml"));
    QVERIFY(result.diagnostics().isEmpty());
    QVERIFY(result.ok());
    const YamlNode &root = *result;
    QVERIFY(root.isMap());
    QCOMPARE(root.keys.size(), 2u);
    QCOMPARE(root.keys[1].name, QStringLiteral("list"));
    QCOMPARE(root.keys[1].line, 2);
    const YamlNode *list = root.find(u"list");
    QVERIFY(list && list->isSequence());
    QCOMPARE(list->items.size(), 2u);
    QCOMPARE(list->items[0].scalar, QStringLiteral("a"));
    QCOMPARE(list->items[0].line, 3);
    QCOMPARE(list->items[0].column, 5);
    QCOMPARE(list->items[1].find(u"x")->scalar, QStringLiteral("1"));
    QCOMPARE(list->items[1].find(u"x")->line, 4);
}

void TestYamlDocument::quotedScalarsAreMarked()
{
    const auto result = parseYaml("a: \"1\"\nb: 1\nc: 'é'\n", QStringLiteral("f.yaml"));
    QVERIFY(result.ok());
    QVERIFY(result->find(u"a")->quoted);
    QVERIFY(!result->find(u"b")->quoted);
    QCOMPARE(result->find(u"c")->scalar, QStringLiteral("é"));
}

void TestYamlDocument::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << 1 << 1 << "the file is empty";
    QTest::newRow("comment only") << QByteArray("# nothing\n") << 1 << 1 << "the file is empty";
    QTest::newRow("unclosed flow map") << QByteArray("a: {b: 1\nc: 2\n") << 1 << 4 << "is not closed";
    QTest::newRow("unclosed flow list") << QByteArray("a: [1, 2\n") << 1 << 4 << "is not closed";
    QTest::newRow("misplaced list item") << QByteArray("a:\n\t- b\n") << 2 << 2 << "indentation";
    QTest::newRow("colon in plain text") << QByteArray("a: b: c\n") << 1 << 5 << "':' is in the wrong place";
    QTest::newRow("alias") << QByteArray("a: &x 1\nb: *x\n") << 1 << 4 << "anchors";
    QTest::newRow("alias use") << QByteArray("a: 1\nb: *x\n") << 2 << 4 << "aliases";
    QTest::newRow("tag") << QByteArray("a: !!str 1\n") << 1 << 4 << "tags such as '!!str'";
    QTest::newRow("custom tag") << QByteArray("a: !thing 1\n") << 1 << 4 << "tags such as '!thing'";
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << 1 << "duplicate key 'a'";
    QTest::newRow("complex key") << QByteArray("? [a, b]\n: 1\n") << 1 << 3 << "a key must be a plain name";
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 3 << 1 << "more than one YAML document";
    QTest::newRow("not utf-8") << QByteArray("a: 1\nb: caf\xe9\n") << 2 << 7 << "not UTF-8";
    QTest::newRow("overlong utf-8") << QByteArray("a: \xc0\xaf\n") << 1 << 4 << "not UTF-8";
    QTest::newRow("nul byte") << QByteArray("a: 1\n\0b: 2\n", 11) << 2 << 1 << "NUL";
    QTest::newRow("lone comma") << QByteArray(",") << 1 << 1 << "nothing Phare can read";
    QTest::newRow("null document") << QByteArray("~\n") << 1 << 1 << "nothing Phare can read";
    QTest::newRow("deep nesting") << QByteArray(40, '[') << 1 << 17 << "too deeply";
}

void TestYamlDocument::refusesBadInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto result = parseYaml(yaml, QStringLiteral("content/bad.yaml"));
    QVERIFY2(!result.diagnostics().isEmpty(), "bad input must be reported");
    const Diagnostic &d = result.diagnostics().first();
    QVERIFY(d.isError());
    QCOMPARE(d.file, QStringLiteral("content/bad.yaml"));
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY2(d.toString().startsWith(
                 QStringLiteral("content/bad.yaml:%1:%2: error: ").arg(std::max(line, 1)).arg(std::max(column, 1))),
             qPrintable(d.toString()));
}

void TestYamlDocument::reportsEveryDuplicateKeyAtOnce()
{
    const auto result = parseYaml("a: 1\na: 2\nm:\n  x: 1\n  x: 2\n", QStringLiteral("f.yaml"));
    QCOMPARE(result.diagnostics().size(), 2);
    QCOMPARE(result.diagnostics()[0].line, 2);
    QCOMPARE(result.diagnostics()[1].line, 5);
    QCOMPARE(result.diagnostics()[1].column, 3);
}

void TestYamlDocument::limitsAreBounded_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("message");

    YamlLimits limits;
    QByteArray atDepth = QByteArray(limits.maxDepth, '[') + QByteArray(limits.maxDepth, ']');
    QByteArray overDepth = QByteArray(limits.maxDepth + 1, '[') + QByteArray(limits.maxDepth + 1, ']');
    QTest::newRow("depth at the cap") << atDepth << true << "";
    QTest::newRow("depth above the cap") << overDepth << false << "too deeply";
    QTest::newRow("yaml-cpp's own recursion limit") << QByteArray(100'000, '[') << false << "too deeply";

    QByteArray atSize = "a: \"" + QByteArray(limits.maxBytes - 6, 'x') + "\"\n";
    QTest::newRow("size at the cap") << atSize << true << "";
    QTest::newRow("size above the cap") << atSize + ' ' << false << "too large";

    QByteArray many = "[";
    for (qsizetype i = 0; i < limits.maxNodes + 1; ++i)
        many += "1,";
    many += "1]";
    QTest::newRow("too many entries") << many << false << "too many entries";
}

void TestYamlDocument::limitsAreBounded()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, accepted);
    QFETCH(QString, message);

    const auto result = parseYaml(yaml, QStringLiteral("f.yaml"));
    QCOMPARE(bool(result.ok()) && result.diagnostics().isEmpty(), accepted);
    if (!accepted) {
        QVERIFY(!result.diagnostics().isEmpty());
        QVERIFY2(result.diagnostics().first().message.contains(message),
                 qPrintable(result.diagnostics().first().message));
    }
}

// The UTF-8 check that every reader runs first names the very byte where a file stops being UTF-8, at
// any position (the check skips ASCII eight bytes at a time), and lets every valid sequence through.
void TestYamlDocument::firstInvalidByteIsFoundWhereverItIs()
{
    const QByteArray valid =
        QStringLiteral("Sauvegardes chiffrées, 2 disques — « hors site » ✓ 🙂 ok").toUtf8();
    QCOMPARE(Phare::firstInvalidUtf8(valid), qsizetype(-1));
    QCOMPARE(Phare::firstInvalidUtf8(QByteArray()), qsizetype(-1));
    const QList<QByteArray> invalid = {
        QByteArray("\xff"),             // never in UTF-8
        QByteArray("\xc3"),             // a sequence cut short
        QByteArray("\xc0\xaf"),         // an overlong '/'
        QByteArray("\xed\xa0\x80"),     // a surrogate
        QByteArray("\xf4\x90\x80\x80"), // beyond U+10FFFF
    };
    for (const QByteArray &bad : invalid) {
        for (qsizetype at = 0; at <= 40; ++at) {
            QByteArray text = QByteArray(at, 'a') + bad + QByteArray(20, 'b');
            QCOMPARE(Phare::firstInvalidUtf8(text), at);
            // After valid multi-byte text too, whatever its length.
            text = QStringLiteral("é").toUtf8().repeated(at) + bad;
            QCOMPARE(Phare::firstInvalidUtf8(text), 2 * at);
        }
    }
}

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
