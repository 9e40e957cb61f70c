// A question's source and a reference's title per language (issue 14, item 8): the loader reads one plain
// string or {fr, en} and refuses anything else with its position; the built-in content says its sources in
// English in English.
#include "builtincontent.h"
#include "contentloader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(PHARE_TEST_DATA "/loader/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

// Words and abbreviations only French writes: an English source with one of them (outside parentheses,
// where an official French title is kept recognisable) was left untranslated.
const QRegularExpression frenchWords(
    u"\\b(art\\.|règles?|mesures?|paragraphe|annexe|lois?|décret|ordonnance|RGPD|UE|Code (du|de|des)|"
    "questions-réponses|guide des|et|à|au|aux|de|du|des|les|la|le|sur|pour|en|une?|relatives?|comment|quelles?)"
    "(?=\\W|$)|\\b[ld]'"_s,
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);

// The text without what is in parentheses: "French Consumer Code (Code de la consommation)" → "French
// Consumer Code ".
QString outsideParentheses(const QString &text)
{
    static const QRegularExpression parenthesised(u"\\([^()]*\\)"_s);
    QString out = text;
    out.remove(parenthesised);
    return out;
}

QString frenchWordIn(const QString &text)
{
    const QRegularExpressionMatch m = frenchWords.match(outsideParentheses(text));
    return m.hasMatch() ? m.captured(0) : QString();
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPlainAndPerLanguageSources_data();
    void readsPlainAndPerLanguageSources();
    void refusesBadSources_data();
    void refusesBadSources();
    void builtinSourcesAreInEnglishInEnglish();
    void builtinReferencesSayTheirPageIsInFrench();

private:
    // The loader's fixture with q1's `source:` set to `source` (none when null) and the chapter's reference
    // title to `title`; the source goes on line 13, after q1's help, the title on line 9.
    Result<Content> load(const char *source, const char *title = "ANSSI", bool strict = false);
    QString dir() const { return m_dir.path() + u"/content"_s; }

    QTemporaryDir m_dir;
    Result<Content> m_builtin = ContentLoader::load({BuiltinContent::yamlPath()}, {true, nullptr});
};

void TestSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_builtin.ok(), qPrintable(describe(m_builtin.diagnostics())));
}

Result<Content> TestSources::load(const char *source, const char *title, bool strict)
{
    QDir(dir()).removeRecursively();
    QDir().mkpath(dir());
    for (const QString &name :
         {u"demo.yaml"_s, u"chapters.yaml"_s, u"use-cases.yaml"_s, u"actions.yaml"_s, u"profile.yaml"_s}) {
        QByteArray bytes = fixture(name);
        if (name == u"demo.yaml" && source) {
            const QByteArray help = "        help: {fr: Aide, en: Help}\n";
            const qsizetype at = bytes.indexOf(help) + help.size();
            bytes.insert(at, "        source: " + QByteArray(source) + '\n');
        }
        if (name == u"chapters.yaml")
            bytes.replace("      - {title: ANSSI, url: \"https://cyber.gouv.fr/\"}",
                          "      - title: " + QByteArray(title) + "\n        url: \"https://cyber.gouv.fr/\"");
        QFile f(dir() + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test content");
    }
    return ContentLoader::load({dir()}, {strict, nullptr});
}

void TestSources::readsPlainAndPerLanguageSources_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("fr");
    QTest::addColumn<QString>("en");
    // clang-format off
    QTest::newRow("plain")               << QByteArray("\"AI Act art. 4\"")                       << u"AI Act art. 4"_s      << u"AI Act art. 4"_s;
    QTest::newRow("plain, unquoted")     << QByteArray("NIST CSF 2.0, Govern (GV.RR)")            << u"NIST CSF 2.0, Govern (GV.RR)"_s << u"NIST CSF 2.0, Govern (GV.RR)"_s;
    QTest::newRow("per language, flow")  << QByteArray("{fr: \"RGPD, art. 33\", en: \"GDPR, Article 33\"}") << u"RGPD, art. 33"_s << u"GDPR, Article 33"_s;
    QTest::newRow("per language, block") << QByteArray("\n          fr: \"RGPD, art. 5 ; CNIL\"\n          en: \"GDPR, Article 5; CNIL\"")
                                         << u"RGPD, art. 5\u202f; CNIL"_s << u"GDPR, Article 5; CNIL"_s;
    // clang-format on
}

void TestSources::readsPlainAndPerLanguageSources()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, fr);
    QFETCH(QString, en);
    const Result<Content> result = load(source.constData(), source.constData(), true);
    QVERIFY2(result.ok() && result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    const Question *q1 = result->questionnaire(u"demo")->question(u"q1");
    QCOMPARE(q1->source.text(Language::french()), fr);
    QCOMPARE(q1->source.text(Language::english()), en);
    // A reference's title takes the same two forms.
    const Reference &reference = result->chapters.first().references.first();
    QCOMPARE(reference.title.text(Language::french()), fr);
    QCOMPARE(reference.title.text(Language::english()), en);
    // A question without a source has none in either language (the page then shows no "Source:" line).
    const Result<Content> none = load(nullptr);
    QVERIFY(none.ok());
    QVERIFY(none->questionnaire(u"demo")->question(u"q1")->source.isEmpty());
}

void TestSources::refusesBadSources_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("inTitle"); // the reference's title rather than the question's source
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("expected"); // PATH:LINE:COL: error: message, %1 the content folder
    const auto row = [](const char *name, const char *source, const char *expected, bool strict = false,
                        bool inTitle = false) {
        QTest::newRow(name) << QByteArray(source) << inTitle << strict << QString::fromUtf8(expected);
    };
    // clang-format off
    row("a list",            "[ANSSI, CNIL]",                 "%1/demo.yaml:13:17: error: the source of the question 'q1' must be a text, or the text in each language as {fr: \"…\", en: \"…\"}");
    // YAML places an empty value where the next line starts.
    row("nothing",           "",                              "%1/demo.yaml:14:9: error: the source of the question 'q1' must be a text, or the text in each language as {fr: \"…\", en: \"…\"}");
    row("a number",          "2024",                          "%1/demo.yaml:13:17: error: the source of the question 'q1' must be a text, not '2024': put it in quotes if it is one");
    row("a yes or no",       "true",                          "%1/demo.yaml:13:17: error: the source of the question 'q1' must be a text, not 'true': put it in quotes if it is one");
    row("empty text",        "\"  \"",                        "%1/demo.yaml:13:17: error: the source of the question 'q1' is empty");
    row("empty map",         "{}",                            "%1/demo.yaml:13:17: error: the source of the question 'q1' is empty");
    row("unknown language",  "{fr: Loi, en: Act, de: Gesetz}", "%1/demo.yaml:13:36: error: unknown key 'de' in the source of the question 'q1'; did you mean 'fr'?");
    row("misspelt language", "{fr: Loi, eng: Act}",           "%1/demo.yaml:13:27: error: unknown key 'eng' in the source of the question 'q1'; did you mean 'en'?");
    row("a list inside",     "{fr: [Loi], en: Act}",          "%1/demo.yaml:13:22: error: the French text of the source of the question 'q1' must be a text");
    row("French only, strict", "{fr: \"RGPD, art. 33\"}",     "%1/demo.yaml:13:17: error: the source of the question 'q1' has no English text", true);
    row("title: a list",     "[ANSSI, CNIL]",                 "%1/chapters.yaml:9:16: error: the title of a reference of the chapter 'c1' must be a text, or the text in each language as {fr: \"…\", en: \"…\"}", false, true);
    row("title: unknown language", "{fr: A, es: B}",          "%1/chapters.yaml:9:24: error: unknown key 'es' in the title of a reference of the chapter 'c1'; did you mean 'en'?", false, true);
    // clang-format on
}

void TestSources::refusesBadSources()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, inTitle);
    QFETCH(bool, strict);
    QFETCH(QString, expected);
    expected = expected.arg(dir());
    const Result<Content> result =
        inTitle ? load(nullptr, source.constData(), strict) : load(source.constData(), "ANSSI", strict);
    QVERIFY2(!result.ok(), "a bad source must be refused");
    const bool found = std::any_of(result.diagnostics().cbegin(), result.diagnostics().cend(),
                                   [&](const Diagnostic &d) { return d.toString() == expected; });
    QVERIFY2(found, qPrintable(u"expected\n%1\ngot:\n%2"_s.arg(expected, describe(result.diagnostics()))));
}

// What an English voice reads on the question page and the recommendations: no French word outside the
// parentheses that keep an official French title recognisable.
void TestSources::builtinSourcesAreInEnglishInEnglish()
{
    QStringList problems;
    int french = 0;
    const auto check = [&](const LocalizedText &text, const QString &where) {
        if (!frenchWordIn(text.fr).isEmpty())
            ++french;
        if (const QString word = frenchWordIn(text.text(Language::english())); !word.isEmpty())
            problems.append(u"%1: \"%2\" in English says '%3'"_s.arg(where, text.en, word));
    };
    for (const Questionnaire &q : m_builtin->questionnaires) {
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions)
                check(question.source, u"the source of %1/%2"_s.arg(q.id, question.id));
        }
    }
    for (const Chapter &c : m_builtin->chapters) {
        for (const Reference &r : c.references)
            check(r.title, u"a reference of the chapter %1"_s.arg(c.id));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The list of words finds what it looks for: most French sources and titles are caught by it.
    QVERIFY2(french >= 80, qPrintable(u"only %1 French sources and titles recognised"_s.arg(french)));
    // The check itself: the sources as they were before issue 14 would fail it.
    QCOMPARE(frenchWordIn(u"Code de la consommation, art. L221-5, L217-3 et L616-1"_s), u"Code de"_s);
    QCOMPARE(frenchWordIn(u"ANSSI, 13 questions, Q2 et Q13"_s), u"et"_s);
    QCOMPARE(frenchWordIn(u"France Num — Trouver une aide financière"_s), u"une"_s);
    QVERIFY(frenchWordIn(u"French Consumer Code (Code de la consommation), Articles L221-5 and L616-1"_s).isEmpty());
}

// The pages stay French: the English title says so, but for EUR-Lex, which has every EU language.
void TestSources::builtinReferencesSayTheirPageIsInFrench()
{
    QStringList problems;
    for (const Chapter &c : m_builtin->chapters) {
        for (const Reference &r : c.references) {
            const bool multilingual = QUrl(r.url).host() == u"eur-lex.europa.eu";
            if (r.title.en.endsWith(u" (in French)") == multilingual)
                problems.append(u"chapter %1: \"%2\" (%3)"_s.arg(c.id, r.title.en, r.url));
            if (!r.title.fr.isEmpty() && r.title.fr.contains(u"(in French)"))
                problems.append(u"chapter %1: the French title \"%2\" says it is in French"_s.arg(c.id, r.title.fr));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
