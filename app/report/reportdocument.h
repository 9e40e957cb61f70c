// The advisor's report on one assessment: built from the scores and recommendations, laid out on
// A4 pages (cover, one-page roadmap, contents, the firm, the action plan, one page per assessed theme,
// what to read and try, comparison, appendices), and painted on screen, on a printer or into a PDF/A-1b file.
#pragma once

#include "assessment.h"
#include "content.h"
#include "evaluation.h"
#include "language.h"
#include "nearyou.h"
#include "reportchart.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTextCharFormat>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;
class QTextTable;

namespace Phare {

class Benchmark;
class DecidedPlan;

// How to write the report of an evaluation.
struct ReportOptions
{
    Language language = Language::english();
    std::optional<Evaluation> earlier; // an earlier assessment of the same firm to compare with
    QDate date;                        // the report's date; today when not valid
    bool includeAnswers = true;        // the appendix of every answer and note
    bool showNames = false;            // a workshop's respondents by name, not only by role
    // A sector benchmark: adds "You and your peers" (peerreport.h).
    std::shared_ptr<const Benchmark> benchmark;
};

// An assessment not evaluated yet, for callers that hold answers only: the report evaluates it, once.
struct ReportInput
{
    const Content *content = nullptr; // must outlive the report
    Assessment assessment;
    Language language = Language::english(); // the report's, whatever the interface's
    std::optional<Assessment> earlier;       // an earlier assessment of the same firm to compare with
    QDate date;                              // the report's date; today when not valid
    bool includeAnswers = true;              // the appendix of every answer and note
    bool showNames = false;                  // a workshop's respondents by name, not only by role
    // A sector benchmark: adds "You and your peers".
    std::shared_ptr<const Benchmark> benchmark;
};

class ReportDocument final
{
    Q_DISABLE_COPY_MOVE(ReportDocument)

public:
    // A report is read, not searched: it shows the highest-ranked items, and says how many more its
    // appendix lists.

    // Needs a QApplication: Qt Charts draws the radars. The report reads the evaluation (and the
    // content it points into) and never scores anything itself.
    ReportDocument(const Evaluation &evaluation, const ReportOptions &options);
    explicit ReportDocument(const ReportInput &input);
    ~ReportDocument();

    Language language() const { return m_language; }
    // "Digital maturity report — COMPANY", for the PDF's metadata and window titles.
    QString title() const;

    int pageCount() const;
    // An A4 page in the units paintPage() paints in.
    QSizeF pageSize() const { return m_pageSize; }
    // Paints one page (0 is the cover), the painter's coordinates going from (0, 0) to pageSize().
    void paintPage(QPainter *painter, int page) const;
    // Paints every page on a PDF writer or a printer. Returns false when it cannot paint there.
    bool print(QPagedPaintDevice *device) const;
    // Writes the report as a PDF/A-1b file, atomically. A failure's one diagnostic says why, in words.
    Status writePdf(const QString &path) const;

    struct Section
    {
        QString title;
        int page = 0; // 1-based, the cover being page 1
    };
    // The table of contents.
    QList<Section> sections() const { return m_sections; }

    // Where each line of the table of contents is, for the PDF's links: the page it is on (1-based) and
    // its rectangle there, in the units of paintPage(). One per section, in the order of sections().
    struct ContentsLine
    {
        int page = 0;
        QRectF rect;
    };
    QList<ContentsLine> contentsLines() const;
    // Writes the report as OpenDocument Text (reportodt.h), atomically: the copy an advisor edits.
    Status writeOdt(const QString &path) const;

private:
    // Writing the report's text (reportdocument.cpp builds it as HTML with its own style sheet).
    QString writeHtml();
    QString styleSheet() const;
    void writeRoadmap(QString &out);
    void writeContents(QString &out);
    void writeFirm(QString &out);
    void writeActionPlan(QString &out);
    // A workshop of several people: the team's range of scores, and where they disagreed (core/workshop.h).
    void writeDisagreements(QString &out);
    void writeTheme(QString &out, const ThemeResult &theme);
    void writeReading(QString &out);
    void writeComparison(QString &out);
    void writeAnswers(QString &out);
    void writeMethod(QString &out);
    void writeOtherPossibilities(QString &out);
    // The actions the business declined, with its reasons (an appendix).
    void writeDeclined(QString &out, const DecidedPlan &plan);
    // With an earlier assessment: what became of the plan decided then (core/followup.h).
    void writeFollowUp(QString &out);
    void writeGlossary(QString &out, const QString &body);
    // "Appendix B — TITLE": appendices are lettered in the order they come.
    QString appendix(const QString &title);

    // The words of the plan: who does an action, what it costs, by when (its horizon from the
    // assessment's day) and the public help of its first chapter (title and web address).
    QString whoText(const QStringList &who) const;
    QString costText(Cost cost) const;
    QDate dueDate(Horizon horizon) const;
    std::pair<QString, QString> helpFor(const Action &action) const;
    // Who can help with an action, as a cell of the roadmap or of the plan table: the association's
    // providers matched to it where the page budget (m_localHelp) lets them in, the public help otherwise.
    QString helpCell(const Action &action, Horizon horizon, bool roadmap);
    // The themes assessed both times, for a comparison that compares like with like.
    QList<const ThemeResult *> comparableThemes() const;
    // The mean of the scores of these themes, now or in the earlier assessment.
    std::optional<double> meanOf(const QList<const ThemeResult *> &themes, bool earlier) const;
    // A heading of level 1 (a section, listed in the contents), 2 or 3; kept with what follows it.
    QString heading(int level, const QString &text, bool inContents = false);
    // A paragraph that is kept on the page of the one that follows it.
    QString keptParagraph(const QString &html, const QString &style = QString());
    // A chart, as a paragraph of its own, the whole width of the text.
    QString chart(const QList<ReportChart::Axis> &axes, bool earlier, qreal heightPoints, bool bars = false);
    // A length in points as the style sheet's pixels.
    QString px(qreal points) const;
    QString earlierLabel() const;

    // Laying it out: headings never end a page, no page is left empty, the contents get their page numbers.
    // The association's local help goes in only as far as the page budget allows (see layOut()).
    void layOut();
    void layOutOnce();
    bool withinPageBudget() const;
    void keepWithNext();
    void keepRowsTogether();
    bool removeEmptyPages();
    void fillContents();
    // The table of the contents page, or null before it is written.
    QTextTable *contentsTable() const;
    int pageOf(qreal y) const;
    qreal firstLineTop(const QTextBlock &block) const;

    void paintCover(QPainter *painter) const;
    void paintRunningHeader(QPainter *painter, int page) const;
    // What the cover says, typeset: painted on the PDF's first page, written at the top of the ODT.
    struct CoverText
    {
        QString heading;                         // "Digital maturity report"
        QString subtitle;                        // with whom and when
        QString company;                         // as typed
        QList<std::pair<QString, QString>> rows; // the profile: label and value, lines split by '\n'
        QString made;                            // the small print at the bottom
    };
    CoverText coverText() const;
    // The footer's text, left of the page number; the page number's words ("Page %1 of %2").
    QString footerText() const;
    QString pageNumberText() const;
    // The report's language as BCP 47 ("fr-FR"), and the document's subject, for the PDF's and ODT's metadata.
    QString languageTag() const;
    QString subject() const;

    // A fixed text of the report in its language: the English source, translated from the catalogue
    // phare_report (translations/phare_report_*.ts). lupdate reads say() as tr() (-tr-function-alias in
    // app/report/CMakeLists.txt), so each call is listed in the context "Phare::ReportDocument".
    QString say(const char *source, const char *disambiguation = nullptr, int n = -1) const;

    // What the report is of, held so that the references below stay valid as long as the report.
    const Evaluation m_evaluation;
    const std::optional<Evaluation> m_earlierEvaluation;
    // Parts of the two evaluations, by the names the writing code uses.
    const Content &m_content;
    const Assessment &m_assessment;
    const Assessment *m_earlier; // null when not comparing
    Language m_language;
    QDate m_date;
    const AssessmentResult &m_result;
    const Recommendations &m_recommendations;
    const AssessmentResult *m_earlierResult; // null when not comparing

    qreal m_px = 1; // layout units per point
    QSizeF m_pageSize;
    std::unique_ptr<QTextDocument> m_document;
    ReportChart *m_charts = nullptr; // owned by m_document
    QList<QTextCharFormat> m_chartFormats;

    bool m_includeAnswers = true;
    bool m_showNames = false;
    // Null: no peer section.
    std::shared_ptr<const Benchmark> m_benchmark;
    int m_appendices = 0;     // lettered so far
    int m_firstAppendix = -1; // the index in m_sections of appendix A, if any

    // The association's events and providers matched to the plan (core/nearyou.h), and how much of them
    // the pages hold: everything first, then less, until the roadmap keeps to its page and the body to
    // its budget (layOut()).
    enum class LocalHelp
    {
        NowInPlan,   // the roadmap's events and providers, and providers for "now" in the plan table
        RoadmapOnly, // the roadmap's events and providers; the plan table gives the public help
        EventsOnly,  // only the roadmap's events
        None         // the public help only
    };
    NearYouMatches m_nearYou;
    LocalHelp m_localHelp = LocalHelp::NowInPlan;
    QList<const Provider *> m_providersShown; // named in this layout, in the order they first come

    // While writing: the numbering of kept blocks (anchors "kN") and the sections.
    int m_nextKept = 0;
    int m_nextSection = 0;
    QList<int> m_sectionKept; // the kept block of each section's heading
    QStringList m_sectionTitles;
    QList<Section> m_sections;
    int m_contentsPage = 0; // 1-based
    int m_textPages = 0;    // the pages after the cover
};

} // namespace Phare
