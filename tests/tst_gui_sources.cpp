// The sources in the interface's language (issue 14, item 8): the question page's "Source:" line and the
// recommendations' references are English in the English interface, French in the French one, and follow a
// change of language.
#include "builtincontent.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "recommendationspage.h"

#include <QLabel>
#include <QMultiHash>
#include <QScrollArea>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Phare;
using namespace Qt::StringLiterals;

namespace {

const QString example = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/boulangerie-marseille.phare");

} // namespace

class TestGuiSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void questionPageSaysTheSourceInTheInterfaceLanguage();
    void plainSourceIsTheSameInBothLanguages();
    void referencesAreInTheInterfaceLanguage();
    void englishSourcesFitEveryScreen();

private:
    QString shownSource(MainWindow &window, const QString &theme, const QString &question) const;

    Result<Content> m_content = BuiltinContent::load();
};

void TestGuiSources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow::setDialogsAnsweredAutomatically(true);
    QVERIFY(m_content.ok());
}

// Nothing here changes an assessment, so nothing is autosaved; the autosave folder is shared with the GUI tests
// that run alongside and is left to them.
void TestGuiSources::cleanup()
{
    QCOMPARE(MainWindow::clearQueuedAnswers(), 0);
}

// The "Source:" line as the page shows it for that question.
QString TestGuiSources::shownSource(MainWindow &window, const QString &theme, const QString &question) const
{
    QuestionPage *page = window.questionPage();
    page->goTo({theme, question});
    const auto *label = page->findChild<QLabel *>(u"questionSource"_s);
    if (!label || !label->isVisibleTo(page))
        return QString();
    return label->text();
}

void TestGuiSources::questionPageSaysTheSourceInTheInterfaceLanguage()
{
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::english());
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Questions);
    const Question &q = *m_content->questionnaire(u"cybersecurity")->question(u"backup-frequency");
    QVERIFY(q.source.fr != q.source.en);

    const QString english = shownSource(window, u"cybersecurity"_s, u"backup-frequency"_s);
    QCOMPARE(english, u"Source: ANSSI, 13 questions (cybersecurity for small businesses), Q2; CPME–ANSSI, IT "
                      "good-practice guide (Guide des bonnes pratiques de l'informatique), rule 4"_s);

    // A change of language reaches the page that shows it.
    window.setSessionLanguage(Language::french());
    QTRY_COMPARE(shownSource(window, u"cybersecurity"_s, u"backup-frequency"_s),
                 u"Source\u00a0: ANSSI, 13 questions, Q2\u202f; CPME–ANSSI, Guide des bonnes pratiques de "
                 "l'informatique, règle 4"_s);
    window.setSessionLanguage(Language::english());
    QTRY_COMPARE(shownSource(window, u"cybersecurity"_s, u"backup-frequency"_s), english);
}

void TestGuiSources::plainSourceIsTheSameInBothLanguages()
{
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::english());
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Questions);
    const Questionnaire &theme = *m_content->questionnaire(u"ai-readiness");
    const Question *plain = nullptr;
    for (const Dimension &d : theme.dimensions) {
        for (const Question &q : d.questions) {
            if (!plain && q.source.fr == u"EU DMA, dimension 5")
                plain = &q;
        }
    }
    QVERIFY(plain);
    QCOMPARE(shownSource(window, theme.id, plain->id), u"Source: EU DMA, dimension 5"_s);
    window.setSessionLanguage(Language::french());
    QTRY_COMPARE(shownSource(window, theme.id, plain->id), u"Source\u00a0: EU DMA, dimension 5"_s);
}

void TestGuiSources::referencesAreInTheInterfaceLanguage()
{
    QMultiHash<QString, LocalizedText> titles; // by address (two references may share one)
    for (const Chapter &c : m_content->chapters) {
        for (const Reference &r : c.references)
            titles.insert(r.url, r.title);
    }
    MainWindow window(m_content.value());
    window.setSessionLanguage(Language::english());
    window.show();
    QVERIFY(window.openFile(example));
    window.showPage(MainWindow::Page::Recommendations);
    const auto linksSay = [&window] {
        QStringList shown;
        for (const QLabel *link : window.recommendationsPage()->findChildren<QLabel *>(u"link"_s))
            shown.append(link->toolTip() + u" → "_s + link->text());
        return shown;
    };
    // Each link shows one of its address's titles in that language.
    const auto expected = [&](const QStringList &shown, const Language &language) {
        QStringList wanted;
        for (const QString &line : shown) {
            const QString url = line.section(u" → "_s, 0, 0);
            QString title = titles.value(url).text(language);
            for (const LocalizedText &t : titles.values(url)) {
                if (line.endsWith(u" → "_s + t.text(language)))
                    title = t.text(language);
            }
            wanted.append(url + u" → "_s + title);
        }
        return wanted;
    };
    const QStringList english = linksSay();
    QVERIFY2(english.size() >= 5, qPrintable(english.join(u'\n')));
    QCOMPARE(english, expected(english, Language::english()));
    QVERIFY(std::any_of(english.cbegin(), english.cend(),
                        [](const QString &line) { return line.endsWith(u" (in French)"); }));

    window.setSessionLanguage(Language::french());
    QTRY_VERIFY(linksSay() != english);
    const QStringList french = linksSay();
    QCOMPARE(french, expected(french, Language::french()));
    QVERIFY(std::none_of(french.cbegin(), french.cend(),
                         [](const QString &line) { return line.contains(u"(in French)"); }));
}

// The English sources are longer than the French ones (an official French title stays in parentheses): every
// question whose source differs still fits the small screens, its "Source:" line whole.
void TestGuiSources::englishSourcesFitEveryScreen()
{
    QStringList problems;
    for (const Test::ScreenCase &screen : Test::screenCases()) {
        MainWindow window(m_content.value());
        window.setSessionLanguage(Language::english());
        window.resize(screen.logicalSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(example));
        window.showPage(MainWindow::Page::Questions);
        QuestionPage *page = window.questionPage();
        const Question *longest = nullptr;
        for (const Questionnaire &q : m_content->questionnaires) {
            for (const Dimension &d : q.dimensions) {
                for (const Question &question : d.questions) {
                    if (question.source.fr == question.source.en)
                        continue;
                    const QString shown = shownSource(window, q.id, question.id);
                    QCOMPARE(shown, u"Source: "_s + question.source.en);
                    QTest::qWait(20);
                    const QString where = screen.name + u", "_s + q.id + u'/' + question.id + u": "_s;
                    for (const QString &problem : Test::layoutProblems(&window))
                        problems.append(where + problem);
                    const QSize room = screen.logicalSize - (window.size() - page->size());
                    if (page->minimumSizeHint().height() > room.height() ||
                        page->minimumSizeHint().width() > room.width())
                        problems.append(where + u"the page needs more than the window leaves it"_s);
                    if (!longest || question.source.en.size() > longest->source.en.size())
                        longest = &question;
                }
            }
        }
        // PHARE_TEST_GRAB=DIR: the longest source drawn, to look at.
        if (longest && !qEnvironmentVariableIsEmpty("PHARE_TEST_GRAB")) {
            for (const Questionnaire &q : m_content->questionnaires) {
                if (q.question(longest->id) == longest)
                    shownSource(window, q.id, longest->id);
            }
            window.grab().save(qEnvironmentVariable("PHARE_TEST_GRAB") + u"/source-"_s + screen.name + u".png"_s);
            window.showPage(MainWindow::Page::Recommendations);
            auto *link = window.recommendationsPage()->findChild<QLabel *>(u"link"_s);
            if (auto *scroll = window.recommendationsPage()->findChild<QScrollArea *>(); scroll && link)
                scroll->ensureWidgetVisible(link, 0, 200);
            window.grab().save(qEnvironmentVariable("PHARE_TEST_GRAB") + u"/references-"_s + screen.name + u".png"_s);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestGuiSources)
#include "tst_gui_sources.moc"
