// Tests the chapters an owner can act on: what each built-in chapter gives (cost, duration, tools, a
// template or checklist, who to call, a precise official page), the GDPR chapter, and every kind of
// authoring mistake in those keys with its position (tests/data/chapters/).
#include "builtincontent.h"
#include "contentloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

QString dataFile(const QString &name)
{
    return QStringLiteral(PHARE_TEST_DATA) + u"/chapters/"_s + name;
}

// A link to a page, not to a site's home page: its path is neither empty nor "/".
bool isDeepLink(const QString &url)
{
    const QUrl u(url);
    return u.scheme() == u"https" && !u.host().isEmpty() && !u.path().isEmpty() && u.path() != u"/";
}

// Where French wants a space before high punctuation and none is given ("coût: 0 €"): the content's own
// convention (docs/content.md, "Translations").
bool lacksSpaceBeforePunctuation(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == u':' || c == u';' || c == u'?' || c == u'!') && !text[i - 1].isSpace() &&
            !text.mid(i - 5, 6).contains(u"http"_s) && !(c == u':' && text.mid(i, 3) == u"://"_s))
            return true;
    }
    return false;
}

} // namespace

class TestChapters final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChapterCanBeActedOn_data();
    void everyChapterCanBeActedOn();
    void localContactsAreProviders();
    void gdprChapterCoversTheObligations();
    void gdprChapterIsLinkedFromPersonalDataActions();
    void goodFileIsRead();
    void mistakes_data();
    void mistakes();
    void olderChaptersStillLoad();

private:
    std::optional<Content> m_builtin;
};

void TestChapters::initTestCase()
{
    const auto loaded = ContentLoader::load({BuiltinContent::yamlPath()}, {true, nullptr});
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.diagnostics())));
    m_builtin = *loaded;
}

void TestChapters::everyChapterCanBeActedOn_data()
{
    QTest::addColumn<QString>("chapter");
    for (const Chapter &c : m_builtin->chapters)
        QTest::newRow(qPrintable(c.id)) << c.id;
}

void TestChapters::everyChapterCanBeActedOn()
{
    QFETCH(QString, chapter);
    const Chapter &c = *m_builtin->chapter(chapter);
    QStringList problems;
    const auto both = [&](const LocalizedText &t, const QString &what) {
        if (t.fr.trimmed().isEmpty() || t.en.trimmed().isEmpty())
            problems.append(what + u" in French and in English"_s);
    };
    both(c.cost, u"a cost"_s);
    both(c.duration, u"a duration"_s);
    // A cost a shopkeeper can budget: an amount in euros, or free.
    if (!c.cost.fr.contains(u'€') && !c.cost.fr.contains(u"euros"_s) &&
        !c.cost.fr.contains(u"Gratuit"_s, Qt::CaseInsensitive))
        problems.append(u"a French cost in euros or 'gratuit' (it says '%1')"_s.arg(c.cost.fr));
    if (!c.cost.en.contains(u'€') && !c.cost.en.contains(u"euros"_s) &&
        !c.cost.en.contains(u"free"_s, Qt::CaseInsensitive))
        problems.append(u"an English cost in euros or 'free' (it says '%1')"_s.arg(c.cost.en));
    // Tool examples of both kinds, so that neither a brand nor paying is pushed.
    if (c.freeTools.isEmpty() || c.paidTools.isEmpty())
        problems.append(
            u"free and paid tool examples (%1 free, %2 paid)"_s.arg(c.freeTools.size()).arg(c.paidTools.size()));
    for (const LocalizedText &t : c.freeTools + c.paidTools)
        both(t, u"every tool"_s);
    if (c.start.title.isEmpty() || (c.start.url.isEmpty() && c.start.steps.isEmpty()))
        problems.append(u"a template (a link) or a checklist (steps) to start from"_s);
    if (!c.start.url.isEmpty() && !c.start.url.startsWith(u"https://"_s))
        problems.append(u"an https:// link to its template"_s);
    if (c.start.steps.size() > 8)
        problems.append(u"a short checklist (8 steps at most, it has %1)"_s.arg(c.start.steps.size()));
    if (c.localProviders.isEmpty())
        problems.append(u"at least one provider to call"_s);
    if (std::none_of(c.references.cbegin(), c.references.cend(), [](const Reference &r) { return isDeepLink(r.url); }))
        problems.append(u"a link to a precise official page (not a home page)"_s);
    QList<LocalizedText> french = {c.cost, c.duration, c.start.title, c.localNote};
    french += c.freeTools + c.paidTools + c.start.steps;
    for (const LocalizedText &t : std::as_const(french)) {
        if (lacksSpaceBeforePunctuation(t.fr))
            problems.append(u"a space before : ; ? ! in '%1'"_s.arg(t.fr));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"chapter '%1' (line %2) needs: %3"_s.arg(c.id).arg(c.line).arg(problems.join(u"; "_s))));
}

// The local contacts of every chapter are providers of the content, so that the page, the CLI and the
// report name them; and between them the chapters name the public bodies a firm calls first.
void TestChapters::localContactsAreProviders()
{
    QStringList named;
    for (const Chapter &c : m_builtin->chapters) {
        for (const SourceRef &ref : c.localProviders) {
            const Provider *p = m_builtin->provider(ref.id);
            QVERIFY2(p, qPrintable(u"chapter '%1' names an unknown provider '%2'"_s.arg(c.id, ref.id)));
            QVERIFY(!p->name.isEmpty());
            named.append(ref.id);
        }
    }
    for (const char *id : {"cci-aix-marseille-provence", "cma-provence-alpes-cote-azur", "france-num", "monaidecyber",
                           "17cyber", "cybermalveillance"})
        QVERIFY2(named.contains(QLatin1String(id)), id);
}

void TestChapters::gdprChapterCoversTheObligations()
{
    const Chapter *gdpr = m_builtin->chapter(u"gdpr");
    QVERIFY(gdpr);
    QString all = gdpr->summary.fr;
    for (const LocalizedText &k : gdpr->keyActions)
        all += u' ' + k.fr;
    // The register, informing people, retention, rights, processors' contracts, the 72-hour notification.
    for (const char *word : {"registre", "informer", "conservation", "demandes", "sous-traitance", "72 heures"})
        QVERIFY2(all.contains(QString::fromUtf8(word)), word);
    // Cited from the CNIL's own pages.
    const auto cnil = std::count_if(gdpr->references.cbegin(), gdpr->references.cend(), [](const Reference &r) {
        return r.url.startsWith(u"https://www.cnil.fr/"_s) && isDeepLink(r.url);
    });
    QVERIFY2(cnil >= 3, qPrintable(u"%1 CNIL pages"_s.arg(cnil)));
}

void TestChapters::gdprChapterIsLinkedFromPersonalDataActions()
{
    QStringList linking;
    for (const Action &a : m_builtin->actions) {
        if (std::any_of(a.chapters.cbegin(), a.chapters.cend(), [](const SourceRef &r) { return r.id == u"gdpr"; }))
            linking.append(a.id);
    }
    for (const char *id :
         {"cyber-customer-data-gdpr", "cyber-breach-response", "ecom-privacy-policy", "ai-gdpr-register"})
        QVERIFY2(linking.contains(QLatin1String(id)), qPrintable(linking.join(u", "_s)));
}

void TestChapters::goodFileIsRead()
{
    const auto builtin = BuiltinContent::load();
    QVERIFY(builtin.ok());
    const auto loaded = ContentLoader::load({dataFile(u"good.yaml"_s)}, {true, &*builtin});
    QVERIFY2(loaded.ok() && loaded.diagnostics().isEmpty(), qPrintable(describe(loaded.diagnostics())));
    const Chapter &c = loaded->chapters.value(0);
    QCOMPARE(c.cost.fr, u"De 0 à 200 € par an"_s);
    QCOMPARE(c.duration.en, u"Half a day"_s);
    QCOMPARE(c.freeTools.size(), 2);
    // A brand's name is one plain text, the same in both languages.
    QCOMPARE(c.freeTools[0].fr, u"Duplicati"_s);
    QCOMPARE(c.freeTools[0].en, u"Duplicati"_s);
    QCOMPARE(c.paidTools.size(), 1);
    QCOMPARE(c.start.title.en, u"The 3-2-1 rule"_s);
    QVERIFY(c.start.url.isEmpty());
    QCOMPARE(c.start.steps.size(), 2);
    QCOMPARE(c.localProviders.size(), 2);
    QCOMPARE(c.localProviders[1].id, u"17cyber"_s);
    QCOMPARE(c.localProviders[1].line, 23);
    QCOMPARE(c.localNote.fr, u"Votre prestataire informatique."_s);
}

void TestChapters::mistakes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *file, bool strict, const char *expected) {
        QTest::newRow(file) << QString::fromUtf8(file) << strict << QString::fromUtf8(expected);
    };
    row("cost-not-text.yaml", false,
        "cost-not-text.yaml:12:11: error: the cost of the chapter 'backups' must give the text in each language, as "
        "{fr: \"…\", en: \"…\"}");
    row("cost-no-amount.yaml", true,
        "cost-no-amount.yaml:12:11: error: the cost of the chapter 'backups' gives no amount in euros and does not "
        "say it is free");
    row("no-duration.yaml", true, "no-duration.yaml:4:5: error: the chapter 'backups' has no 'duration': say how long");
    row("tools-unknown-kind.yaml", false,
        "tools-unknown-kind.yaml:15:7: error: unknown key 'gratuit' in the tools of the chapter 'backups'");
    row("tools-empty.yaml", false,
        "tools-empty.yaml:16:13: error: the paid tools of the chapter 'backups' is empty: name at least one");
    row("start-nothing.yaml", false,
        "start-nothing.yaml:18:7: error: the 'startWith' of the chapter 'backups' needs a 'url' (a link to the "
        "template) or 'steps' (the checklist)");
    row("start-bad-url.yaml", false,
        "start-bad-url.yaml:19:12: error: the url of the 'startWith' of the chapter 'backups' must start with "
        "https://");
    row("unknown-provider.yaml", false,
        "unknown-provider.yaml:23:19: error: the chapter 'backups' names an unknown provider 'monaidecyberr' to call; "
        "did you mean 'monaidecyber'?");
    row("home-pages-only.yaml", true,
        "home-pages-only.yaml:4:5: error: the chapter 'backups' has no link to a precise page");
    row("local-help-empty.yaml", false,
        "local-help-empty.yaml:23:7: error: the 'localHelp' of the chapter 'backups' needs 'providers', a 'note' or "
        "both");
}

// Each mistake is refused at its line and column, with words that say what to write instead.
void TestChapters::mistakes()
{
    QFETCH(QString, file);
    QFETCH(bool, strict);
    QFETCH(QString, expected);
    const auto builtin = BuiltinContent::load();
    QVERIFY(builtin.ok());
    const auto loaded = ContentLoader::load({dataFile(file)}, {strict, &*builtin});
    QVERIFY2(!loaded.ok(), qPrintable(file));
    const QString all = describe(loaded.diagnostics());
    QVERIFY2(all.contains(dataFile(expected)), qPrintable(u"expected: %1\ngot:\n%2"_s.arg(expected, all)));
    if (strict) {
        // Without --strict the same file loads, with a warning at the same place.
        const auto lenient = ContentLoader::load({dataFile(file)}, {false, &*builtin});
        QVERIFY2(lenient.ok(), qPrintable(describe(lenient.diagnostics())));
        QVERIFY(describe(lenient.diagnostics()).contains(dataFile(expected).replace(u"error:"_s, u"warning:"_s)));
    }
}

// A chapters file written before these keys still loads (with warnings), so that an association's own
// content keeps working until it is completed; --strict lists what is missing.
void TestChapters::olderChaptersStillLoad()
{
    QTemporaryDir dir;
    const QString older = dir.filePath(u"chapters.yaml"_s);
    QFile file(older);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kind: chapters\nchapters:\n  - id: c1\n    title: {fr: Chapitre, en: Chapter}\n"
               "    summary: {fr: R\xc3\xa9sum\xc3\xa9, en: Summary}\n    keyActions:\n      - {fr: Faire, en: Do}\n"
               "    references:\n      - {title: ANSSI, url: \"https://cyber.gouv.fr/publications\"}\n");
    file.close();
    const auto lenient = ContentLoader::load({older});
    QVERIFY2(lenient.ok(), qPrintable(describe(lenient.diagnostics())));
    QVERIFY(describe(lenient.diagnostics()).contains(u"has no 'cost'"_s));
    QVERIFY(!ContentLoader::load({older}, {true, nullptr}).ok());
}

QTEST_GUILESS_MAIN(TestChapters)
#include "tst_chapters.moc"
