// Tests what the report says and how it is laid out (issue 16), as a reader sees it in the text that
// `pdftotext -layout` extracts: the roadmap on page 2, "not assessed" never printed as a score, the body
// within 12 pages, the cover's advisor line, the advisor's fields, the comparison on like themes, and the
// French typography (ReportText::typeset()).
#include "builtincontent.h"
#include "reportdocument.h"
#include "reporttext.h"
#include "scorer.h"
#include "workshop.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Phare;

namespace {

const QString examplesDir = QStringLiteral(PHARE_SOURCE_DIR "/resources/examples/");

Assessment readExample(const QString &name)
{
    const Result<Assessment> read = AssessmentFile::read(examplesDir + name);
    if (!read.ok())
        qFatal("cannot read the example %s", qPrintable(name));
    return *read;
}

// Every run of white space as one space: a reader searches words, not how a line was wrapped.
QString normalised(QString text)
{
    for (const QChar c : {QChar(0x00a0), QChar(0x202f), QChar(0x2009)})
        text.replace(c, QLatin1Char(' '));
    return text.simplified();
}

QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-')
            out.append(c);
    }
    return out;
}

// A written report: its sections and its pages as pdftotext -layout extracts them (the cover first).
struct Written
{
    QList<ReportDocument::Section> sections;
    QStringList pages;
    QString error;

    // The page where the appendices start, less one: the body's page count, the cover included.
    int bodyPages() const
    {
        for (const ReportDocument::Section &s : sections) {
            if (s.title.startsWith(QStringLiteral("Annexe")) || s.title.startsWith(QStringLiteral("Appendix")))
                return s.page - 1;
        }
        return static_cast<int>(pages.size());
    }
    QString page(int number) const { return pages.value(number - 1); }
    QString all() const { return pages.join(QLatin1Char('\n')); }

    // How far down each page the print goes, in percent of the text area (between the running header
    // and the footer), as a reader sees it: from the page drawn by pdftoppm, charts and tables included.
    QList<int> filled;

    // The pages less than a third full that are not the last page of a section (the layout rule of
    // docs/report.md), as "page N (P %)"; the cover is a page of its own.
    QString sparsePages() const
    {
        QStringList sparse;
        for (qsizetype i = 1; i < filled.size(); ++i) {
            const int page = static_cast<int>(i) + 1;
            // The next page begins a section, or the contents (a section of their own, not in their list).
            const bool lastOfSection =
                page == filled.size() ||
                std::any_of(sections.cbegin(), sections.cend(),
                            [page](const ReportDocument::Section &s) { return s.page == page + 1; }) ||
                contentsPage(page + 1);
            if (filled[i] < 33 && !lastOfSection)
                sparse.append(QStringLiteral("page %1 (%2 %)").arg(page).arg(filled[i]));
        }
        return sparse.join(QStringLiteral(", "));
    }

    bool contentsPage(int number) const
    {
        // The running header's line, then the heading.
        const QStringList lines = page(number).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString heading = lines.value(1).trimmed();
        return heading == u"Contents" || heading == u"Sommaire";
    }
};

// The depth of print of each page of a PDF (see Written::filled), from a 20-dpi greyscale rendering.
QList<int> printDepths(const QString &pdf, const QString &folder)
{
    const QString prefix = QDir(folder).filePath(QStringLiteral("depth"));
    QProcess pdftoppm;
    pdftoppm.start(QStandardPaths::findExecutable(QStringLiteral("pdftoppm")),
                   {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-gray"), pdf, prefix});
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
        return {};
    QList<int> depths;
    QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("depth-*.pgm")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QImage page(dir.filePath(name));
        dir.remove(name);
        if (page.isNull())
            return {};
        // A4 is 842 pt tall: the running header ends above 60 pt, the footer starts below 785 pt.
        const int top = page.height() * 60 / 842;
        const int bottom = page.height() * 785 / 842;
        int last = top;
        for (int y = top; y < bottom; ++y) {
            const auto *row = reinterpret_cast<const uchar *>(page.constScanLine(y));
            const QImage::Format format = page.format();
            for (int x = 0; x < page.width(); ++x) {
                const int grey = format == QImage::Format_Grayscale8 ? row[x] : qGray(page.pixel(x, y));
                if (grey < 200) {
                    last = y;
                    break;
                }
            }
        }
        depths.append(100 * (last - top) / std::max(1, bottom - top));
    }
    return depths;
}

} // namespace

class TestReportBody final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void typeset_data();
    void typeset();
    void dates();
    void examples_data();
    void examples();
    void oneTheme();
    void empty();
    void comparedOnLikeThemes();
    void advisorsFields();
    void withoutAnswers();
    void workshopDisagreements_data();
    void workshopDisagreements();

private:
    Written write(const Content &content, const Assessment &assessment, const QString &language,
                  const std::optional<Assessment> &earlier = std::nullopt, bool answers = true, bool showNames = false);

    Result<Content> m_content = BuiltinContent::load();
    QTemporaryDir m_dir;
    int m_written = 0;
};

void TestReportBody::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: ./test.sh installs poppler-utils");
    QVERIFY(m_content.ok());
    QVERIFY(m_dir.isValid());
}

Written TestReportBody::write(const Content &content, const Assessment &assessment, const QString &language,
                              const std::optional<Assessment> &earlier, bool answers, bool showNames)
{
    Written w;
    ReportInput input;
    input.content = &content;
    input.assessment = assessment;
    input.language = *Language::fromCode(language);
    input.earlier = earlier;
    input.includeAnswers = answers;
    input.showNames = showNames;
    const ReportDocument report(input);
    w.sections = report.sections();
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(++m_written));
    if (const Status written = report.writePdf(path); !written.ok()) {
        w.error = written.errorText();
        return w;
    }
    QProcess pdftotext;
    pdftotext.start(
        QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0) {
        w.error = QStringLiteral("pdftotext failed on %1").arg(path);
        return w;
    }
    w.pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!w.pages.isEmpty() && w.pages.last().trimmed().isEmpty())
        w.pages.removeLast();
    w.filled = printDepths(path, m_dir.path());
    if (w.filled.size() != w.pages.size())
        w.error = QStringLiteral("pdftoppm drew %1 pages of %2").arg(w.filled.size()).arg(w.pages.size());
    return w;
}

void TestReportBody::workshopDisagreements_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("showNames");
    for (const char *language : {"fr", "en"}) {
        QTest::addRow("%s roles", language) << QString::fromLatin1(language) << false;
        QTest::addRow("%s names", language) << QString::fromLatin1(language) << true;
    }
}

void TestReportBody::workshopDisagreements()
{
    QFETCH(QString, language);
    QFETCH(bool, showNames);
    const bool fr = language == u"fr";
    const Language lang = *Language::fromCode(language);
    const Assessment a = readExample(QStringLiteral("fleuriste-aubagne-atelier.phare"));
    QVERIFY(a.respondents.size() >= 2);
    const Written w = write(m_content.value(), a, language, std::nullopt, true, showNames);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));

    // The section is in the contents, right after the plan, and holds at most two pages.
    const QString title = fr ? QStringLiteral("Points de désaccord") : QStringLiteral("Where the team disagreed");
    qsizetype at = -1;
    for (qsizetype i = 0; i < w.sections.size(); ++i) {
        if (w.sections[i].title == title)
            at = i;
    }
    QVERIFY2(at > 0, "no disagreement section in the contents");
    QCOMPARE(w.sections[at - 1].title, fr ? QStringLiteral("Plan d'action") : QStringLiteral("Action plan"));
    const int first = w.sections[at].page;
    const int next = w.sections.value(at + 1).page;
    QVERIFY2(next - first <= 2, qPrintable(QStringLiteral("pages %1 to %2").arg(first).arg(next - 1)));
    QString section;
    for (int page = first; page < next; ++page)
        section += normalised(w.page(page)) + QLatin1Char('\n');

    // The widest disagreement: its question, each person's answer, and what was agreed or is to settle.
    const Evaluation evaluation(m_content.value(), a);
    const WorkshopResult workshop = Workshop::evaluate(m_content.value(), a, evaluation.scores());
    QVERIFY(!workshop.widest.isEmpty());
    const Disagreement &widest = workshop.widest.first();
    const Question *question = m_content.value().questionnaire(widest.theme)->question(widest.question);
    QVERIFY(question);
    QVERIFY2(squeezed(section).contains(squeezed(question->text.text(lang))), qPrintable(section));
    for (const Disagreement::Said &said : widest.said) {
        if (said.answer)
            QVERIFY2(squeezed(section).contains(squeezed(describeAnswer(*question, *said.answer, lang))),
                     qPrintable(said.respondent));
    }

    // Roles by default, names only when the advisor asks: nowhere in the report otherwise.
    const QString all = normalised(w.all());
    for (const Respondent &r : a.respondents) {
        QVERIFY2(squeezed(section).contains(squeezed(Workshop::label(a, r, lang, showNames))), qPrintable(r.id));
        if (!showNames)
            QVERIFY2(!all.contains(r.name), qPrintable(r.name));
    }
    if (showNames)
        QVERIFY(section.contains(a.respondents.first().name));
    if (workshop.toSettle > 0)
        QVERIFY(section.contains(fr ? QStringLiteral("À trancher") : QStringLiteral("To settle")));

    // A workshop's section adds at most two pages to the body.
    QVERIFY2(w.bodyPages() <= 14, qPrintable(QString::number(w.bodyPages())));
}

void TestReportBody::typeset_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // In the expected texts, ^ stands for a narrow no-break space and ~ for a no-break space.
    const auto row = [](const char *name, const char *language, const char *text, const char *expected) {
        QString e = QString::fromUtf8(expected);
        e.replace(u'^', QChar(0x202f)).replace(u'~', QChar(0x00a0));
        QTest::newRow(name) << QString::fromLatin1(language) << QString::fromUtf8(text) << e;
    };
    row("fr question", "fr", "Avez-vous un site ?", "Avez-vous un site^?");
    row("fr no space", "fr", "Pourquoi: parce que!", "Pourquoi^: parce que^!");
    row("fr semicolon", "fr", "un ; deux", "un^; deux");
    row("fr entity kept", "fr", "&gt; x", "&gt; x");
    row("fr web address", "fr", "https://www.cnil.fr/a?b=c", "https://www.cnil.fr/a?b=c");
    row("fr time", "fr", "à 10:30", "à 10:30");
    row("fr guillemets", "fr", "« oui »", "«^oui^»");
    row("fr elision", "fr", "la maturité de Hôtel du Cours et de Usinage", "la maturité d'Hôtel du Cours et d'Usinage");
    row("fr no elision", "fr", "de Marseille, de haut niveau", "de Marseille, de haut niveau");
    row("fr date", "fr", "le 12 mars 2026", "le 12~mars~2026");
    row("fr number unit", "fr", "45 % et 10 000 € en 2 h", "45~% et 10^000~€ en 2~h");
    row("en question", "en", "Do you have a website?", "Do you have a website?");
    row("en date", "en", "on 12 March 2026", "on 12~March~2026");
    row("en unit", "en", "about 4 h of work", "about 4~h of work");
}

void TestReportBody::typeset()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Language lang = *Language::fromCode(language);
    QCOMPARE(ReportText::typeset(text, lang), expected);
    QCOMPARE(ReportText::typeset(expected, lang), expected);
    // On HTML, the text between tags only, entities kept as entities.
    const QString html = QStringLiteral("<p title=\"a:b ?\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
    QCOMPARE(ReportText::typesetHtml(html, lang),
             QStringLiteral("<p title=\"a:b ?\">") + expected.toHtmlEscaped() + QStringLiteral("</p>"));
}

void TestReportBody::dates()
{
    const QString nbsp(QChar(0x00a0));
    QCOMPARE(ReportText::date(QDate(2026, 12, 1), Language::french()),
             QStringLiteral("1er") + nbsp + QStringLiteral("décembre") + nbsp + QStringLiteral("2026"));
    QCOMPARE(ReportText::date(QDate(2026, 3, 12), Language::french()),
             QStringLiteral("12") + nbsp + QStringLiteral("mars") + nbsp + QStringLiteral("2026"));
    QCOMPARE(ReportText::date(QDate(2026, 12, 1), Language::english()),
             QStringLiteral("1") + nbsp + QStringLiteral("December") + nbsp + QStringLiteral("2026"));
}

void TestReportBody::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char *file : {"boulangerie-marseille.phare", "hotel-aix-en-provence.phare", "usinage-la-ciotat.phare"}) {
        for (const char *language : {"fr", "en"})
            QTest::addRow("%s %s", file, language) << QString::fromLatin1(file) << QString::fromLatin1(language);
    }
}

void TestReportBody::examples()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const bool fr = language == u"fr";
    const Assessment a = readExample(file);
    const Written w = write(m_content.value(), a, language);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));

    // The cover: the advisor-led workshop, dated by the assessment, not by the file.
    const QString cover = normalised(w.page(1));
    const QString led = fr ? QStringLiteral("Diagnostic réalisé avec %1").arg(a.advisor)
                           : QStringLiteral("Assessment carried out with %1").arg(a.advisor);
    QVERIFY2(cover.contains(led), qPrintable(cover));
    QVERIFY2(!cover.contains(fr ? QStringLiteral("Autodiagnostic") : QStringLiteral("Self-assessment")),
             qPrintable(cover));
    const QString day = normalised(ReportText::date(a.referenceDate(), *Language::fromCode(language)));
    QVERIFY2(cover.contains(day), qPrintable(day));
    // The footer of every page carries the same day.
    QVERIFY2(normalised(w.page(5)).contains(day), qPrintable(w.page(5)));

    // Page 2 is the roadmap, with this month's actions and the first one's first step.
    QCOMPARE(w.sections.value(0).page, 2);
    const QString roadmap = normalised(w.page(2));
    QVERIFY2(roadmap.contains(fr ? QStringLiteral("Votre feuille de route") : QStringLiteral("Your roadmap")),
             qPrintable(roadmap));
    const Evaluation evaluation(m_content.value(), a);
    const Recommendations &rec = evaluation.recommendations();
    QVERIFY(!rec.plan.isEmpty());
    const QString letters = squeezed(roadmap);
    for (const PlannedAction &item : rec.plan) {
        if (item.horizon != Horizon::Now)
            continue;
        const QString action = phrased(item.action->text, *Language::fromCode(language), rec);
        QVERIFY2(letters.contains(squeezed(action)), qPrintable(action));
    }
    const QString monday = fr ? QStringLiteral("Lundi matin") : QStringLiteral("Monday morning");
    QVERIFY2(roadmap.contains(monday), qPrintable(roadmap));
    QVERIFY2(
        letters.contains(squeezed(phrased(rec.plan.first().action->firstStep, *Language::fromCode(language), rec))),
        "the first action's first step is not on the roadmap");
    QVERIFY2(roadmap.contains(fr ? QStringLiteral("Votre conseiller") : QStringLiteral("Your advisor")),
             qPrintable(roadmap));

    // The action plan comes right after the business page, in the contents.
    QVERIFY(w.sections.size() > 3);
    QCOMPARE(w.sections[1].title, fr ? QStringLiteral("Votre entreprise") : QStringLiteral("The business"));
    QCOMPARE(w.sections[2].title, fr ? QStringLiteral("Plan d'action") : QStringLiteral("Action plan"));

    // A single-respondent firm that answered all four themes: the body holds in 12 pages.
    QVERIFY2(w.bodyPages() <= 12, qPrintable(QStringLiteral("body of %1 pages").arg(w.bodyPages())));
    // No page less than a third full but the last of a section.
    QVERIFY2(w.sparsePages().isEmpty(), qPrintable(w.sparsePages()));

    // Nothing sends the owner to a screen of a program they do not have.
    const QString all = normalised(w.all());
    QVERIFY(!all.contains(QStringLiteral("page Recommandations")));
    QVERIFY(!all.contains(QStringLiteral("Recommendations page")));
    // Levels are not called DMA bands (DMARC, the mail-domain check, is another word).
    QVERIFY(!all.contains(QRegularExpression(QStringLiteral("\\bDMA\\b"))));

    // Typography: no line begins with a lone punctuation mark that belongs to the end of the one before.
    static const QRegularExpression lonePunctuation(QStringLiteral("^\\s*[?!:;»]"),
                                                    QRegularExpression::MultilineOption);
    const QRegularExpressionMatch lone = lonePunctuation.match(w.all());
    QVERIFY2(!lone.hasMatch(), qPrintable(w.all().mid(std::max<qsizetype>(0, lone.capturedStart() - 200), 260)));
    if (fr)
        QVERIFY2(!all.contains(QStringLiteral("de Hôtel")) && !all.contains(QStringLiteral("de Usinage")),
                 "no elision before a name");
}

void TestReportBody::oneTheme()
{
    // Four themes chosen, one answered: the others are "not assessed" and nowhere drawn or scored as 0.
    Assessment a = readExample(QStringLiteral("boulangerie-marseille.phare"));
    for (auto it = a.themes.begin(); it != a.themes.end(); ++it) {
        if (it.key() != u"cybersecurity" && it.key() != u"profile") {
            it->answers.clear();
            it->notes.clear();
        }
    }
    for (const char *language : {"fr", "en"}) {
        const bool fr = QLatin1String(language) == u"fr";
        const Written w = write(m_content.value(), a, QString::fromLatin1(language));
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const QString all = normalised(w.all());
        static const QRegularExpression zero(QStringLiteral("(?<!\\d)0/100"));
        QVERIFY2(!all.contains(zero), "a theme not assessed is printed as 0/100");
        const QString roadmap = normalised(w.page(2));
        const QString notAssessed = fr ? QStringLiteral("non évalué") : QStringLiteral("not assessed");
        QCOMPARE(roadmap.count(notAssessed), 3);
        // One theme page, for the theme assessed.
        QStringList titles;
        for (const ReportDocument::Section &s : w.sections)
            titles.append(s.title);
        const AssessmentResult result = Scorer::score(m_content.value(), a);
        for (const ThemeResult &t : result.themes) {
            const QString title = t.questionnaire->title.text(QString::fromLatin1(language));
            QCOMPARE(titles.contains(title), t.questionnaire->id == u"cybersecurity");
        }
        QVERIFY2(w.bodyPages() <= 12, qPrintable(QString::number(w.bodyPages())));
        QVERIFY2(w.sparsePages().isEmpty(), qPrintable(w.sparsePages()));
    }
}

void TestReportBody::empty()
{
    Assessment a = readExample(QStringLiteral("hotel-aix-en-provence.phare"));
    a.themes.clear();
    a.advisor.clear();
    for (const char *language : {"fr", "en"}) {
        const bool fr = QLatin1String(language) == u"fr";
        const Written w = write(m_content.value(), a, QString::fromLatin1(language));
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const QString cover = normalised(w.page(1));
        QVERIFY2(cover.contains(fr ? QStringLiteral("Autodiagnostic") : QStringLiteral("Self-assessment")),
                 qPrintable(cover));
        static const QRegularExpression zero(QStringLiteral("(?<!\\d)0/100"));
        QVERIFY2(!normalised(w.all()).contains(zero), "nothing assessed is printed as 0/100");
        QCOMPARE(w.sections.value(0).page, 2);
        QVERIFY2(w.sparsePages().isEmpty(), qPrintable(w.sparsePages()));
    }
}

void TestReportBody::comparedOnLikeThemes()
{
    // A year earlier, the bakery assessed three themes of the four: the overall is compared on those three.
    Assessment earlier = readExample(QStringLiteral("boulangerie-marseille.phare"));
    earlier.assessmentDate = QDate(2025, 3, 14);
    for (ThemeAnswers &theme : earlier.themes) {
        const QStringList ids = theme.answers.keys();
        for (qsizetype i = 0; i < ids.size(); i += 2)
            theme.answers.remove(ids[i]);
    }
    earlier.themes[QStringLiteral("people-change")].answers.clear();
    const Assessment now = readExample(QStringLiteral("boulangerie-marseille.phare"));
    const AssessmentResult before = Scorer::score(m_content.value(), earlier);
    const AssessmentResult after = Scorer::score(m_content.value(), now);
    double sumBefore = 0;
    double sumAfter = 0;
    int common = 0;
    for (const ThemeResult &t : after.themes) {
        const ThemeResult *b = before.theme(t.questionnaire->id);
        if (t.score && b && b->score) {
            sumBefore += *b->score;
            sumAfter += *t.score;
            ++common;
        }
    }
    QCOMPARE(common, 3);
    const int then = qRound(sumBefore / common);
    const int today = qRound(sumAfter / common);
    for (const char *language : {"fr", "en"}) {
        const Written w = write(m_content.value(), now, QString::fromLatin1(language), earlier);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const QString roadmap = normalised(w.page(2));
        const QString arrow = QStringLiteral("%1 → %2").arg(then).arg(today);
        QVERIFY2(roadmap.contains(arrow), qPrintable(arrow + QStringLiteral(" not in ") + roadmap));
        QVERIFY2(roadmap.contains(QLatin1String(language) == u"fr" ? QStringLiteral("14 mars 2025")
                                                                   : QStringLiteral("14 March 2025")),
                 qPrintable(roadmap));
        // The comparison's overall line is on the same three themes.
        const QString all = normalised(w.all());
        QVERIFY2(all.contains(QStringLiteral("%1/100").arg(then)), qPrintable(QString::number(then)));
        // A body with a comparison adds at most two pages.
        QVERIFY2(w.bodyPages() <= 14, qPrintable(QString::number(w.bodyPages())));
        QVERIFY2(w.sparsePages().isEmpty(), qPrintable(w.sparsePages()));
    }
}

void TestReportBody::advisorsFields()
{
    Content content = m_content.value();
    content.organisation.name = {QStringLiteral("CCI Provence"), QStringLiteral("CCI Provence")};
    content.organisation.contact = {QStringLiteral("04 91 00 00 00"), QStringLiteral("+33 4 91 00 00 00")};
    content.organisation.whitePaperTitle = {QStringLiteral("Le numérique pour les TPE"),
                                            QStringLiteral("Digital for small firms")};
    content.organisation.whitePaperWhere = {QStringLiteral("cci-provence.example/livre-blanc"),
                                            QStringLiteral("cci-provence.example/white-paper")};
    content.organisation.factsCheckedOn = QDate(2026, 1, 15);
    QImage logo(40, 20, QImage::Format_ARGB32);
    logo.fill(QColor(200, 30, 30, 128));
    const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(logoPath));
    content.organisation.logo = logoPath;
    GlossaryTerm term;
    term.id = QStringLiteral("backup");
    term.term = {QStringLiteral("sauvegarde"), QStringLiteral("backup")};
    term.definition = {QStringLiteral("Une copie des données gardée à part."),
                       QStringLiteral("A copy of the data kept apart.")};
    GlossaryTerm unused;
    unused.id = QStringLiteral("unused");
    unused.term = {QStringLiteral("zygomorphe"), QStringLiteral("zygomorphic")};
    unused.definition = {QStringLiteral("Jamais employé."), QStringLiteral("Never used.")};
    content.glossary = {term, unused};

    Assessment a = readExample(QStringLiteral("boulangerie-marseille.phare"));
    a.advisorContact = QStringLiteral("claire.martin@example.org");
    a.nextMeeting = QDate(2026, 4, 9);
    a.context = QStringLiteral("Boulangerie familiale, deux boutiques, une caisse partagée.");
    ThemeAnswers &cyber = a.themes[QStringLiteral("cybersecurity")];
    cyber.notes[QStringLiteral("backup-frequency")] = QStringLiteral("La base de la caisse n'est jamais copiée.");
    cyber.keyNotes = {QStringLiteral("backup-frequency")};

    for (const char *language : {"fr", "en"}) {
        const bool fr = QLatin1String(language) == u"fr";
        const Written w = write(content, a, QString::fromLatin1(language));
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const QString cover = normalised(w.page(1));
        QVERIFY2(cover.contains(fr ? QStringLiteral("Diagnostic réalisé avec Claire Martin (CCI Provence)")
                                   : QStringLiteral("Assessment carried out with Claire Martin (CCI Provence)")),
                 qPrintable(cover));
        const QString roadmap = normalised(w.page(2));
        QVERIFY2(roadmap.contains(QStringLiteral("claire.martin@example.org")), qPrintable(roadmap));
        QVERIFY2(roadmap.contains(fr ? QStringLiteral("Prochaine séance de suivi : 9 avril 2026")
                                     : QStringLiteral("Next meeting: 9 April 2026")),
                 qPrintable(roadmap));
        // The business page: the context and the key observation, not only in the appendix.
        const int business = w.sections.value(1).page;
        const QString firm = normalised(w.page(business));
        QVERIFY2(firm.contains(QStringLiteral("Boulangerie familiale, deux boutiques")), qPrintable(firm));
        QVERIFY2(firm.contains(QStringLiteral("La base de la caisse n'est jamais copiée.")), qPrintable(firm));
        const QString all = normalised(w.all());
        QVERIFY2(
            all.contains(fr ? QStringLiteral("Le numérique pour les TPE") : QStringLiteral("Digital for small firms")),
            "the white paper is not named");
        QVERIFY2(all.contains(fr ? QStringLiteral("à jour au 15 janvier 2026")
                                 : QStringLiteral("up to date on 15 January 2026")),
                 "the day the facts were checked is not given");
        // The glossary holds the terms the report uses, and those only.
        QVERIFY2(all.contains(fr ? QStringLiteral("Glossaire") : QStringLiteral("Glossary")), "no glossary");
        QVERIFY(all.contains(fr ? QStringLiteral("Une copie des données gardée à part.")
                                : QStringLiteral("A copy of the data kept apart.")));
        QVERIFY(!all.contains(fr ? QStringLiteral("Jamais employé.") : QStringLiteral("Never used.")));
    }
}

void TestReportBody::withoutAnswers()
{
    const Assessment a = readExample(QStringLiteral("usinage-la-ciotat.phare"));
    const Written with = write(m_content.value(), a, QStringLiteral("en"));
    const Written without = write(m_content.value(), a, QStringLiteral("en"), std::nullopt, false);
    QVERIFY(with.error.isEmpty() && without.error.isEmpty());
    QVERIFY(normalised(with.all()).contains(QStringLiteral("Answers and notes")));
    QVERIFY(!normalised(without.all()).contains(QStringLiteral("Answers and notes")));
    QVERIFY(without.pages.size() < with.pages.size());
    // The appendices are lettered in the order they come.
    QVERIFY(normalised(without.all()).contains(QStringLiteral("Appendix A — How the scores are computed")));

    // phare-cli report --no-answers does the same.
    const QString out = m_dir.filePath(QStringLiteral("cli-no-answers.pdf"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(PHARE_CLI),
              {QStringLiteral("report"), examplesDir + QStringLiteral("usinage-la-ciotat.phare"), QStringLiteral("-o"),
               out, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--no-answers")});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    QProcess pdftotext;
    pdftotext.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = normalised(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    QVERIFY(text.contains(QStringLiteral("Your roadmap")));
    QVERIFY(!text.contains(QStringLiteral("Answers and notes")));
}

QTEST_MAIN(TestReportBody)
#include "tst_reportbody.moc"
