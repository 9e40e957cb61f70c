// Tests the content about who hands the report over: `kind: organisation` and `kind: glossary`, the
// built-in ones, the branding example, and every kind of authoring mistake with its position.
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"
#include "scorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kOrganisation = R"(kind: organisation
name: {fr: Association Test, en: Test Association}
logo: logo.png
contact: {fr: "04 00 00 00 00", en: "+33 4 00 00 00 00"}
whitePaper:
  title: {fr: Livre blanc, en: White paper}
  where: {fr: "À l'accueil", en: At the front desk}
factsCheckedOn: 2026-12-01
)";

const QByteArray kGlossary = R"(kind: glossary
terms:
  - id: phishing
    term: {fr: hameçonnage, en: phishing}
    definition: {fr: Un faux message., en: A fake message.}
  - id: gdpr
    term: {fr: RGPD, en: GDPR}
    definition: {fr: La loi sur les données., en: The data law.}
)";

// The smallest PNG: its signature is what the loader looks at.
QByteArray png(qsizetype size = 64)
{
    QByteArray bytes = "\x89PNG\r\n\x1a\n"_ba;
    bytes.append(QByteArray(size - bytes.size(), '\0'));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

// The files of one case: name -> bytes, written into an empty folder (org.yaml and logo.png unless changed).
using Files = QMap<QString, QByteArray>;

Files withOrganisation(const QByteArray &from, const QByteArray &to)
{
    QByteArray organisation = kOrganisation;
    if (!organisation.contains(from))
        qFatal("tst_organisationcontent: '%s' is not in the organisation", from.constData());
    organisation.replace(from, to);
    return {{u"org.yaml"_s, organisation}, {u"logo.png"_s, png()}};
}

Files withGlossary(const QByteArray &from, const QByteArray &to)
{
    QByteArray glossary = kGlossary;
    if (!glossary.contains(from))
        qFatal("tst_organisationcontent: '%s' is not in the glossary", from.constData());
    glossary.replace(from, to);
    return {{u"glossary.yaml"_s, glossary}};
}

} // namespace

class TestOrganisationContent : public QObject
{
    Q_OBJECT

private slots:
    void organisationIsRead();
    void refusesBadInput_data();
    void refusesBadInput();
    void errorsAreInFrenchForAFrenchUser();
    void brandingExampleLoads();
    void builtinOrganisationIsNeutral();
    void builtinGlossaryHasBothLanguages();
    void compiledContentCarriesThem();
    void overallLevelsComeFromTheContent();

private:
    Result<Content> load(const Files &files, bool strict = false);
    QString dir() const { return m_dir.path() + u"/content"_s; }
    QTemporaryDir m_dir;
};

Result<Content> TestOrganisationContent::load(const Files &files, bool strict)
{
    QDir(dir()).removeRecursively();
    QDir().mkpath(dir());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(dir() + u'/' + it.key(), it.value()))
            qFatal("cannot write test content");
    }
    // Alone, as a folder with only these kinds: nothing else is needed.
    return ContentLoader::load({dir()}, {strict, nullptr});
}

void TestOrganisationContent::organisationIsRead()
{
    const auto result = load({{u"org.yaml"_s, kOrganisation}, {u"logo.png"_s, png()}, {u"g.yaml"_s, kGlossary}});
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics())));
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    const Organisation &o = result->organisation;
    QCOMPARE(o.name.fr, u"Association Test"_s);
    QCOMPARE(o.name.en, u"Test Association"_s);
    // Stored absolute, so that the report finds it whatever the working folder.
    QCOMPARE(o.logo, QFileInfo(dir() + u"/logo.png"_s).absoluteFilePath());
    QVERIFY(QFileInfo(o.logo).isAbsolute());
    QCOMPARE(o.contact.en, u"+33 4 00 00 00 00"_s);
    QCOMPARE(o.whitePaperTitle.fr, u"Livre blanc"_s);
    // French typography is applied as to every content text.
    QCOMPARE(o.whitePaperWhere.fr, u"À l'accueil"_s);
    QCOMPARE(o.factsCheckedOn, QDate(2026, 12, 1));
    QCOMPARE(o.path, dir() + u"/org.yaml"_s);
    QCOMPARE(o.line, 1);
    QCOMPARE(result->glossary.size(), 2);
    QCOMPARE(result->glossary[0].id, u"phishing"_s);
    QCOMPARE(result->glossary[0].term.fr, u"hameçonnage"_s);
    QCOMPARE(result->glossary[1].definition.en, u"The data law."_s);
    QCOMPARE(result->glossary[1].line, 6);

    // Every field is optional: a content with only the white paper's title is fine.
    const auto minimal = load({{u"org.yaml"_s, "kind: organisation\nwhitePaper: {title: {fr: L, en: L}}\n"}});
    QVERIFY2(minimal.ok() && minimal.diagnostics().isEmpty(), qPrintable(describe(minimal.diagnostics())));
    QVERIFY(minimal->organisation.logo.isEmpty());
    QVERIFY(!minimal->organisation.factsCheckedOn.isValid());
}

void TestOrganisationContent::refusesBadInput_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("expected"); // PATH:LINE:COL: error: message, %1 the content folder

    const auto row = [](const char *name, const Files &files, const char *expected, bool strict = false) {
        QTest::newRow(name) << files << strict << QString::fromUtf8(expected);
    };
    Files twice = withOrganisation("logo.png", "logo.png");
    twice.insert(u"second.yaml"_s, "kind: organisation\nname: {fr: Deux, en: Two}\n");
    Files tooLarge = withOrganisation("logo.png", "logo.png");
    tooLarge.insert(u"logo.png"_s, png(ContentLimits::maxLogoBytes + 1));
    Files notPng = withOrganisation("logo.png", "logo.png");
    notPng.insert(u"logo.png"_s, "<svg xmlns='http://www.w3.org/2000/svg'/>");
    Files svg = withOrganisation("logo: logo.png", "logo: logo.svg");
    svg.insert(u"logo.svg"_s, png());
    Files termTwice = withGlossary("gdpr", "gdpr");
    termTwice.insert(u"more.yaml"_s, "kind: glossary\nterms:\n  - {id: gdpr, term: {fr: R, en: G}, "
                                     "definition: {fr: D, en: D}}\n");

    // clang-format off
    row("organisation: a second one", twice, "%1/second.yaml:1:7: error: a second organisation: the content may have only one file with 'kind: organisation' (the first is %1/org.yaml)");
    row("organisation: unknown key", withOrganisation("contact:", "contacts:"), "%1/org.yaml:4:1: error: unknown key 'contacts' in the organisation file; did you mean 'contact'?");
    row("organisation: name not in two languages", withOrganisation("name: {fr: Association Test, en: Test Association}", "name: Association Test"), "%1/org.yaml:2:7: error: the name of the organisation must give the text in each language, as {fr: \"…\", en: \"…\"}");
    row("organisation: name without English, strict", withOrganisation(", en: Test Association}", "}"), "%1/org.yaml:2:7: error: the name of the organisation has no English text", true);
    row("organisation: whitePaper not a map", withOrganisation("whitePaper:\n  title: {fr: Livre blanc, en: White paper}\n  where: {fr: \"À l'accueil\", en: At the front desk}\n", "whitePaper: Livre blanc\n"), "%1/org.yaml:5:13: error: 'whitePaper' must be a mapping of 'key: value' lines");
    row("organisation: whitePaper unknown key", withOrganisation("  where:", "  url:"), "%1/org.yaml:7:3: error: unknown key 'url' in 'whitePaper'");
    row("organisation: date in words", withOrganisation("2026-12-01", "December 2026"), "%1/org.yaml:8:17: error: 'factsCheckedOn' must be a date written YYYY-MM-DD, such as 2026-12-01, not 'December 2026'");
    row("organisation: date 31 November", withOrganisation("2026-12-01", "2026-11-31"), "%1/org.yaml:8:17: error: 'factsCheckedOn' must be a date written YYYY-MM-DD, such as 2026-12-01, not '2026-11-31'");
    row("organisation: date French", withOrganisation("2026-12-01", "01/12/2026"), "%1/org.yaml:8:17: error: 'factsCheckedOn' must be a date written YYYY-MM-DD, such as 2026-12-01, not '01/12/2026'");
    row("logo: no such file", withOrganisation("logo: logo.png", "logo: images/logo.png"), "%1/org.yaml:3:7: error: the logo 'images/logo.png' is not found: there is no such file at %1/images/logo.png");
    row("logo: a JPEG", withOrganisation("logo: logo.png", "logo: logo.jpg"), "%1/org.yaml:3:7: error: the logo must be a PNG or SVG image (a name ending in .png or .svg), not 'logo.jpg'");
    row("logo: absolute", withOrganisation("logo: logo.png", "logo: /usr/share/pixmaps/logo.png"), "%1/org.yaml:3:7: error: the logo must be a file next to this one, named relative to it (such as logo.png), not '/usr/share/pixmaps/logo.png'");
    row("logo: a resource", withOrganisation("logo: logo.png", "logo: \":/icons/phare.png\""), "%1/org.yaml:3:7: error: the logo must be a file next to this one, named relative to it (such as logo.png), not ':/icons/phare.png'");
    row("logo: too large", tooLarge, "%1/org.yaml:3:7: error: the logo 'logo.png' is too large (1025 KiB; at most 1024 KiB): save it smaller");
    row("logo: not a PNG", notPng, "%1/org.yaml:3:7: error: the logo 'logo.png' is not a PNG image: the file is damaged or its name ends in the wrong extension");
    row("logo: not an SVG", svg, "%1/org.yaml:3:7: error: the logo 'logo.svg' is not a SVG image: the file is damaged or its name ends in the wrong extension");
    row("logo: a list", withOrganisation("logo: logo.png", "logo: [logo.png]"), "%1/org.yaml:3:7: error: the logo must be a text");
    const char *levelsAfter = "factsCheckedOn: 2026-12-01\n";
    row("overall levels: not a list", withOrganisation(levelsAfter, "factsCheckedOn: 2026-12-01\noverallLevels: basic\n"), "%1/org.yaml:9:16: error: 'overallLevels' must be a list ('- ' items or [a, b])");
    row("overall levels: not up to 100", withOrganisation(levelsAfter, "factsCheckedOn: 2026-12-01\noverallLevels:\n  - {id: low, max: 50, name: {fr: Bas, en: Low}}\n"), "%1/org.yaml:10:5: error: the last level must have max: 100");
    row("overall levels: going down", withOrganisation(levelsAfter, "factsCheckedOn: 2026-12-01\noverallLevels:\n  - {id: low, max: 50, name: {fr: Bas, en: Low}}\n  - {id: high, max: 40, name: {fr: Haut, en: High}}\n"), "%1/org.yaml:11:21: error: the levels' thresholds must go up from 0 to 100: level 2 has max 40 after 50");
    row("overall levels: no name", withOrganisation(levelsAfter, "factsCheckedOn: 2026-12-01\noverallLevels:\n  - {id: all, max: 100}\n"), "%1/org.yaml:10:5: error: level 1 is missing the key 'name'");
    row("glossary: terms not a list", {{u"g.yaml"_s, "kind: glossary\nterms: phishing\n"}}, "%1/g.yaml:2:8: error: 'terms' must be a list ('- ' items or [a, b])");
    row("glossary: terms missing", {{u"g.yaml"_s, "kind: glossary\n"}}, "%1/g.yaml:1:1: error: the glossary file is missing the key 'terms'");
    row("glossary: same id twice", termTwice, "%1/more.yaml:3:5: error: duplicate glossary term id 'gdpr': already used at %1/glossary.yaml:6");
    row("glossary: bad id", withGlossary("id: gdpr", "id: GDPR"), "%1/glossary.yaml:6:9: error: the id of term 2 'GDPR' is not a valid id: use lower-case letters, digits and '-' (at most 128 characters)");
    row("glossary: no definition", withGlossary("    definition: {fr: La loi sur les données., en: The data law.}\n", ""), "%1/glossary.yaml:6:5: error: the term 'gdpr' is missing the key 'definition'");
    row("glossary: no English, strict", withGlossary(", en: The data law.}", "}"), "%1/glossary.yaml:8:17: error: the definition of the term 'gdpr' has no English text", true);
    row("glossary: unknown key", withGlossary("    term: {fr: RGPD, en: GDPR}\n", "    term: {fr: RGPD, en: GDPR}\n    see: [cnil]\n"), "%1/glossary.yaml:8:5: error: unknown key 'see' in the term 'gdpr'");
    row("kind: misspelt", {{u"g.yaml"_s, "kind: glosary\nterms: []\n"}}, "%1/g.yaml:1:7: error: the kind of file cannot be 'glosary': use one of 'questionnaire', 'chapters', 'use-cases', 'profile', 'actions', 'organisation', 'glossary', 'events', 'providers'; did you mean 'glossary'?");
    // clang-format on
}

void TestOrganisationContent::refusesBadInput()
{
    QFETCH(Files, files);
    QFETCH(bool, strict);
    QFETCH(QString, expected);
    expected = expected.arg(dir());

    const auto result = load(files, strict);
    QVERIFY2(!result.ok(), qPrintable(describe(result.diagnostics())));
    const bool found = std::any_of(result.diagnostics().cbegin(), result.diagnostics().cend(),
                                   [&](const Diagnostic &d) { return d.toString() == expected; });
    QVERIFY2(found, qPrintable(u"expected\n%1\ngot:\n%2"_s.arg(expected, describe(result.diagnostics()))));
}

void TestOrganisationContent::errorsAreInFrenchForAFrenchUser()
{
    const Files files = withOrganisation("2026-12-01", "décembre 2026");
    QTranslator french;
    QVERIFY(french.load(u":/i18n/phare_core_fr.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&french));
    const auto result = load(files);
    QCoreApplication::removeTranslator(&french);
    QVERIFY(!result.ok());
    const Diagnostic &d = result.diagnostics().first();
    QCOMPARE(d.line, 8);
    QCOMPARE(d.column, 17);
    QCOMPARE(d.message, u"«\u00a0factsCheckedOn\u00a0» doit être une date écrite AAAA-MM-JJ, par exemple 2026-12-01, "
                        "et non «\u00a0décembre 2026\u00a0»"_s);
}

void TestOrganisationContent::brandingExampleLoads()
{
    // docs/examples/branding: what an association copies into its content folder (docs/content.md).
    const QString folder = QStringLiteral(PHARE_SOURCE_DIR "/docs/examples/branding");
    const auto base = BuiltinContent::load();
    QVERIFY(base.ok());
    const auto result = ContentLoader::load({folder}, {true, &base.value()});
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics())));
    QVERIFY2(result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    const Organisation &o = result->organisation;
    QVERIFY(!o.name.fr.isEmpty() && !o.name.en.isEmpty());
    QCOMPARE(o.logo, QFileInfo(folder + u"/logo.png"_s).absoluteFilePath());
    QVERIFY(QFileInfo(o.logo).size() < 4096);
    QVERIFY(o.contact.fr.contains(u"example.org"_s));
    QVERIFY(!o.whitePaperTitle.fr.isEmpty() && !o.whitePaperWhere.en.isEmpty());
    QCOMPARE(o.factsCheckedOn, QDate(2026, 12, 1));

    // With a copy of the built-in content, it replaces the built-in organisation: the way to brand.
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const QDir builtin(BuiltinContent::yamlPath());
    for (const QString &name : builtin.entryList({u"*.yaml"_s}, QDir::Files)) {
        if (name != u"organisation.yaml")
            QVERIFY(QFile::copy(builtin.filePath(name), copy.filePath(name)));
    }
    QDir().mkpath(copy.filePath(u"actions"_s));
    const QDir actions(builtin.filePath(u"actions"_s));
    for (const QString &name : actions.entryList({u"*.yaml"_s}, QDir::Files))
        QVERIFY(QFile::copy(actions.filePath(name), copy.filePath(u"actions/"_s + name)));
    for (const QString &name : {u"organisation.yaml"_s, u"logo.png"_s})
        QVERIFY(QFile::copy(folder + u'/' + name, copy.filePath(name)));
    const auto branded = ContentLoader::load({copy.path()}, {true, nullptr});
    QVERIFY2(branded.ok() && branded.diagnostics().isEmpty(), qPrintable(describe(branded.diagnostics())));
    QCOMPARE(branded->organisation.name.fr, o.name.fr);
    QCOMPARE(branded->organisation.logo, QFileInfo(copy.filePath(u"logo.png"_s)).absoluteFilePath());
    QCOMPARE(branded->glossary.size(), base->glossary.size());
}

void TestOrganisationContent::builtinOrganisationIsNeutral()
{
    const auto result = ContentLoader::load({BuiltinContent::yamlPath()}, {true, nullptr});
    QVERIFY2(result.ok() && result.diagnostics().isEmpty(), qPrintable(describe(result.diagnostics())));
    const Organisation &o = result->organisation;
    // The association behind Phare is not named, and no logo stands in for it.
    QVERIFY(o.name.isEmpty());
    QVERIFY(o.logo.isEmpty());
    QVERIFY(o.contact.isEmpty());
    // The white paper is identified, with where to get it, in both languages.
    for (const LocalizedText *text : {&o.whitePaperTitle, &o.whitePaperWhere})
        QVERIFY(!text->fr.isEmpty() && !text->en.isEmpty());
    QVERIFY(o.whitePaperWhere.fr.contains(u"rapport"_s));
    // "Facts checked in December 2026" (DOMAIN.md).
    QCOMPARE(o.factsCheckedOn, QDate(2026, 12, 1));
    QVERIFY(o.path.endsWith(u"/organisation.yaml"_s));
}

void TestOrganisationContent::builtinGlossaryHasBothLanguages()
{
    const auto result = ContentLoader::load({BuiltinContent::yamlPath()}, {true, nullptr});
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics())));
    QStringList ids;
    for (const GlossaryTerm &t : result->glossary) {
        ids.append(t.id);
        for (const LocalizedText *text : {&t.term, &t.definition})
            QVERIFY2(!text->fr.isEmpty() && !text->en.isEmpty(), qPrintable(t.id));
        // One or two plain sentences, not a page.
        QVERIFY2(t.definition.fr.size() < 400 && t.definition.en.size() < 400, qPrintable(t.id));
        // French typography: no ordinary space before : ; ? ! (the loader puts the no-break ones).
        for (const QString &bad : {u" :"_s, u" ;"_s, u" ?"_s, u" !"_s, u"« "_s, u" »"_s})
            QVERIFY2(!t.definition.fr.contains(bad), qPrintable(t.id + u": "_s + bad));
    }
    // The terms a report uses that a shopkeeper may not know (issue 16, item 7).
    for (const QString &id : {u"two-step-sign-in"_s, u"ransomware"_s, u"phishing"_s, u"opco"_s, u"rgaa"_s, u"dma"_s,
                              u"gdpr"_s, u"backup-3-2-1"_s, u"password-manager"_s, u"ai-act"_s, u"e-invoicing"_s,
                              u"cse"_s, u"cpf"_s, u"17cyber"_s, u"monaidecyber"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    const auto byId = [&](const QString &id) {
        return result->glossary.at(ids.indexOf(id));
    };
    QCOMPARE(byId(u"ransomware"_s).term.fr, u"rançongiciel"_s);
    QCOMPARE(byId(u"two-step-sign-in"_s).term.fr, u"double authentification"_s);
}

void TestOrganisationContent::compiledContentCarriesThem()
{
    // The programs read the compiled form (phare-contentc): it must hold what the YAML says.
    const auto yaml = ContentLoader::load({BuiltinContent::yamlPath()}, {true, nullptr});
    const auto compiled = BuiltinContent::load();
    QVERIFY(yaml.ok() && compiled.ok());
    QCOMPARE(compiled->organisation.whitePaperTitle.fr, yaml->organisation.whitePaperTitle.fr);
    QCOMPARE(compiled->organisation.factsCheckedOn, yaml->organisation.factsCheckedOn);
    QCOMPARE(compiled->glossary.size(), yaml->glossary.size());
    for (qsizetype i = 0; i < yaml->glossary.size(); ++i) {
        QCOMPARE(compiled->glossary[i].id, yaml->glossary[i].id);
        QCOMPARE(compiled->glossary[i].definition.fr, yaml->glossary[i].definition.fr);
    }
    QCOMPARE(compiled->organisation.overallLevels.size(), yaml->organisation.overallLevels.size());
    for (qsizetype i = 0; i < yaml->organisation.overallLevels.size(); ++i) {
        QCOMPARE(compiled->organisation.overallLevels[i].max, yaml->organisation.overallLevels[i].max);
        QCOMPARE(compiled->organisation.overallLevels[i].description.fr,
                 yaml->organisation.overallLevels[i].description.fr);
    }
    // Messages about the built-in content name its files as the programs find them.
    QVERIFY2(compiled->organisation.path.startsWith(u":/questionnaires/"_s), qPrintable(compiled->organisation.path));
}

// Issue 22: the overall score is a mean, and its level's text is the content's, written as one ("En
// moyenne…"), so that a firm at 40 overall and 15 in cybersecurity is not told its basics are in place.
void TestOrganisationContent::overallLevelsComeFromTheContent()
{
    const auto content = BuiltinContent::load();
    QVERIFY(content.ok());
    const QList<Level> &levels = content->organisation.overallLevels;
    QCOMPARE(levels.size(), 4);
    QCOMPARE(levels.last().max, 100.0);
    for (const Level &level : levels) {
        QVERIFY2(level.description.fr.startsWith(u"En moyenne"_s), qPrintable(level.description.fr));
        QVERIFY2(level.description.en.startsWith(u"On average"_s), qPrintable(level.description.en));
    }

    // The scores take their overall level from the content, not from a text of the program.
    const auto assessment =
        AssessmentFile::read(QStringLiteral(PHARE_SOURCE_DIR) + u"/resources/examples/boulangerie-marseille.phare"_s);
    QVERIFY(assessment.ok());
    const AssessmentResult result = Scorer::score(content.value(), assessment.value());
    QVERIFY(result.overall && result.overallLevel);
    QVERIFY(std::any_of(levels.cbegin(), levels.cend(), [&](const Level &l) { return &l == result.overallLevel; }));
    QVERIFY(*result.overall <= result.overallLevel->max);

    // A content without overall levels (an association's own, say) keeps the default bands.
    const auto own = load({{u"org.yaml"_s, "kind: organisation\nname: {fr: A, en: A}\n"}});
    QVERIFY2(own.ok(), qPrintable(describe(own.diagnostics())));
    QCOMPARE(overallLevels(own.value()).size(), defaultLevels().size());
    QCOMPARE(overallLevels(own.value()).first().id, defaultLevels().first().id);
}

QTEST_GUILESS_MAIN(TestOrganisationContent)
#include "tst_organisationcontent.moc"
