// Builds the report as one HTML text with its own style sheet, lays it out on A4 pages with
// QTextDocument (paginated in layout units, painted with the painter scaled to the device), and
// paints the cover, running headers and page numbers around it.
#include "reportdocument.h"

#include "datetext.h"
#include "decidedplan.h"
#include "followup.h"
#include "names.h"
#include "nearyoureport.h"
#include "pdfstructure.h"
#include "peerreport.h"
#include "reportodt.h"
#include "reporttext.h"
#include "translator.h"
#include "workshop.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Phare {

using ReportText::html;

namespace {

// Page geometry, in points.
constexpr qreal marginSide = 56.7; // 20 mm
constexpr qreal marginTop = 72;
constexpr qreal marginBottom = 66;
constexpr qreal headerTop = 30;
constexpr qreal headerRule = 46;
constexpr qreal footerTop = 796;

// Opaque colours only: PDF/A-1b allows no transparency.
const QColor navy(0x0b, 0x3d, 0x6b);
const QColor ink(0x1f, 0x29, 0x33);
const QColor muted(0x5b, 0x67, 0x70);
const QColor rule(0xd3, 0xd9, 0xdf);
const QColor coverSubtle(0xc4, 0xd6, 0xea);

const QString fontFamily = QStringLiteral("DejaVu Sans");

QFont reportFont(qreal points, bool bold = false)
{
    QFont font(fontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // Any letter spacing turns ligatures off: "fi" stays two letters that a reader can search and copy.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // 1/64 px, the least Qt keeps
    return font;
}

// What a note may take of the report. A .phare note may hold 100 000 characters (50 000 short lines);
// printed whole, a few of them made reports of over 30 000 pages, past what Qt's text layout can
// count (it crashed). A note is printed up to these, and the notes together up to the last one; the
// rest is in the file, and the report says so.
constexpr qsizetype maxNoteLines = 40;
constexpr qsizetype maxNoteCharacters = 4000;
constexpr qsizetype maxNotesCharacters = 400'000;

// The part of a note the report prints, with "… (note truncated, see the file)" when it is cut.
// `budget` is what is left of maxNotesCharacters; a note past it is not printed at all.
QString noteForReport(const QString &note, qsizetype &budget, const Language &language)
{
    const Translator &words = Translator::forLanguage(language);
    if (budget <= 0)
        return words.translate("Phare::ReportDocument", "(note not printed: the report is limited, see the file)");
    QString text = note;
    qsizetype cut = std::min({text.size(), maxNoteCharacters, budget});
    qsizetype lines = 0;
    for (qsizetype i = 0; i < cut; ++i) {
        if (text.at(i) == u'\n' && ++lines >= maxNoteLines) {
            cut = i;
            break;
        }
    }
    budget -= cut;
    if (cut >= text.size())
        return text;
    text.truncate(cut);
    return text.trimmed() + QLatin1Char('\n') +
           words.translate("Phare::ReportDocument", "… (note truncated, see the file)");
}

// Kept blocks carry an anchor "kN" so the layout can find them again.
int keptId(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        for (const QString &name : it.fragment().charFormat().anchorNames()) {
            if (name.startsWith(u'k')) {
                bool ok = false;
                const int id = name.mid(1).toInt(&ok);
                if (ok)
                    return id;
            }
        }
    }
    return -1;
}

QString scoreText(const std::optional<double> &score, const Language &language)
{
    return score ? ReportText::score(*score)
                 : Translator::forLanguage(language).translate("Phare::ReportDocument", "not assessed");
}

QString levelText(const Level *level, const Language &language)
{
    return level ? level->name.text(language) : QStringLiteral("—");
}

} // namespace

namespace {
ReportOptions optionsOf(const ReportInput &input)
{
    ReportOptions options;
    options.language = input.language;
    if (input.earlier)
        options.earlier = Evaluation(*input.content, *input.earlier);
    options.date = input.date;
    options.includeAnswers = input.includeAnswers;
    options.showNames = input.showNames;
    options.benchmark = input.benchmark;
    return options;
}
} // namespace

ReportDocument::ReportDocument(const ReportInput &input)
    : ReportDocument(Evaluation(*input.content, input.assessment), optionsOf(input))
{}

ReportDocument::ReportDocument(const Evaluation &evaluation, const ReportOptions &options)
    : m_evaluation(evaluation), m_earlierEvaluation(options.earlier), m_content(m_evaluation.content()),
      m_assessment(m_evaluation.assessment()),
      m_earlier(m_earlierEvaluation ? &m_earlierEvaluation->assessment() : nullptr), m_language(options.language),
      m_date(options.date.isValid() ? options.date : today()), m_result(m_evaluation.scores()),
      m_recommendations(m_evaluation.recommendations()),
      m_earlierResult(m_earlierEvaluation ? &m_earlierEvaluation->scores() : nullptr),
      m_includeAnswers(options.includeAnswers), m_showNames(options.showNames), m_benchmark(options.benchmark)
{
    // Without a paint device, QTextDocument turns points into pixels at the screen's logical
    // resolution; everything else here is measured in those same units, whatever the screen.
    QFont probe = reportFont(720);
    const int pixels = QFontInfo(probe).pixelSize();
    m_px = pixels > 0 ? pixels / 720.0 : 96.0 / 72.0;
    m_pageSize = QPageSize(QPageSize::A4).size(QPageSize::Point) * m_px;

    m_document = std::make_unique<QTextDocument>();
    m_document->setUseDesignMetrics(true);
    m_document->setDefaultFont(reportFont(9.5));
    m_document->setDefaultStyleSheet(styleSheet());
    m_document->setIndentWidth(18 * m_px);
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_charts = new ReportChart(m_px, reportFont(7.5), m_document.get());
    m_document->documentLayout()->registerHandler(ReportChart::objectType, m_charts);
    // Events from the report's day on (and never before the assessment's).
    m_nearYou = NearYou::match(m_content, m_assessment, m_recommendations, m_date);
    layOut();
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::say(const char *source, const char *disambiguation, int n) const
{
    return Translator::forLanguage(m_language).translate("Phare::ReportDocument", source, disambiguation, n);
}

QString ReportDocument::title() const
{
    return say("Digital maturity report — %1").arg(m_assessment.company.name);
}

QString ReportDocument::px(qreal points) const
{
    return QString::number(qRound(points * m_px)) + QStringLiteral("px");
}

QString ReportDocument::earlierLabel() const
{
    if (!m_earlier)
        return {};
    return say("Assessment of %1").arg(ReportText::date(m_earlier->referenceDate(), m_language));
}

// ---------------------------------------------------------------------------------------------
// Writing

QString ReportDocument::styleSheet() const
{
    return QStringLiteral(R"(
p { margin-top: 0px; margin-bottom: %1; line-height: 125%; }
h1 { font-size: 18pt; font-weight: bold; color: #0b3d6b; margin-top: 0px; margin-bottom: %2; }
h2 { font-size: 12.5pt; font-weight: bold; color: #0b3d6b; margin-top: %3; margin-bottom: %4; }
h3 { font-size: 10pt; font-weight: bold; color: #1f2933; margin-top: %5; margin-bottom: %6; }
ul, ol { margin-top: 0px; margin-bottom: %4; }
li { margin-bottom: %6; line-height: 125%; }
th { font-weight: bold; color: #0b3d6b; font-size: 8.5pt; }
td { font-size: 9pt; }
.lede { font-size: 11pt; margin-bottom: %4; }
.muted { color: #5b6770; }
.small { font-size: 8.5pt; }
.tag { font-size: 8.5pt; color: #5b6770; margin-bottom: %6; }
.question { font-weight: bold; margin-top: %4; margin-bottom: %6; }
.answer { margin-left: %7; margin-bottom: %6; }
.note { margin-left: %7; color: #1f2933; white-space: pre-wrap; }
.big { font-size: 14pt; font-weight: bold; color: #0b3d6b; margin-bottom: %4; }
)")
        .arg(px(5), px(10), px(14), px(5), px(10), px(3), px(14));
}

QString ReportDocument::heading(int level, const QString &text, bool inContents)
{
    const int id = m_nextKept++;
    if (inContents) {
        m_sectionKept.append(id);
        m_sectionTitles.append(text);
    }
    // Sections start on a page of their own; any heading moves to the next page rather than end one.
    const bool newPage = level == 1 && id > 0;
    return QStringLiteral("<h%1%2><a name=\"k%3\"></a>%4</h%1>\n")
        .arg(level)
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
        .arg(id)
        .arg(html(text));
}

QString ReportDocument::keptParagraph(const QString &content, const QString &style)
{
    const int id = m_nextKept++;
    return QStringLiteral("<p%1><a name=\"k%2\"></a>%3</p>\n").arg(style).arg(id).arg(content);
}

QString ReportDocument::chart(const QList<ReportChart::Axis> &axes, bool earlier, qreal heightPoints, bool bars)
{
    ReportChart::Chart chart;
    chart.axes = axes;
    chart.showEarlier = earlier;
    chart.bars = bars;
    chart.notAssessed = say("not assessed");
    chart.firstBold = bars && heightPoints <= 0; // the roadmap's: overall first
    chart.currentName = say("This assessment");
    chart.earlierName = earlierLabel();
    chart.size = QSizeF(m_pageSize.width() - 2 * marginSide * m_px - 2, heightPoints * m_px);
    m_chartFormats.append(m_charts->add(chart));
    // The marker is replaced by the chart once the HTML is read.
    return QStringLiteral("<p align=\"center\" style=\"line-height: 100%; margin-top: %1; margin-bottom: %2\">"
                          "\uE000%3\uE001</p>\n")
        .arg(px(4), px(8))
        .arg(m_chartFormats.size() - 1);
}

namespace {

// A table of text: header cells and rows of HTML, with column widths in percent and alignments
// ('l', 'r' or 'c' for each column); `small` sets its cells in the small type. The header row is
// repeated on each page the table runs over.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
              const QString &alignments, int padding, bool small = false, bool joined = false)
{
    const auto align = [&](qsizetype column) {
        const QChar a = column < alignments.size() ? alignments[column] : QChar(u'l');
        return a == u'r' ? QStringLiteral("right") : a == u'c' ? QStringLiteral("center") : QStringLiteral("left");
    };
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                                 "style=\"border-collapse: collapse; margin-top: %2; margin-bottom: %3\">\n")
                      .arg(padding)
                      .arg(joined ? QStringLiteral("0px") : QStringLiteral("4px"),
                           joined ? QStringLiteral("0px") : QStringLiteral("10px"));
    if (!headers.isEmpty()) {
        out += QStringLiteral("<thead><tr>");
        for (qsizetype c = 0; c < headers.size(); ++c) {
            out += QStringLiteral("<th width=\"%1%\" align=\"%2\" style=\"border-bottom: 1px solid #0b3d6b%4\">%3</th>")
                       .arg(widths.value(c, 0))
                       .arg(align(c), headers[c], small ? QStringLiteral("; font-size: 7pt") : QString());
        }
        out += QStringLiteral("</tr></thead>\n");
    }
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c) {
            out += QStringLiteral("<td width=\"%1%\" align=\"%2\" valign=\"top\" style=\"border-bottom: 1px solid "
                                  "#d3d9df%4\">%3</td>")
                       .arg(widths.value(c, 0))
                       .arg(align(c), row[c], small ? QStringLiteral("; font-size: 7.5pt") : QString());
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

// One item of a list set as a table: a line the whole width (an action), then a row of details in
// columns, as a table of its own so that the layout keeps it whole on one page
// (ReportDocument::keepRowsTogether()). The column headers, when given, come first.
QString itemTable(const QString &title, const QStringList &headers, const QStringList &details,
                  const QList<int> &widths, const QString &alignments, int padding)
{
    const auto align = [&](qsizetype column) {
        const QChar a = column < alignments.size() ? alignments[column] : QChar(u'l');
        return a == u'r' ? QStringLiteral("right") : a == u'c' ? QStringLiteral("center") : QStringLiteral("left");
    };
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                                 "style=\"border-collapse: collapse; margin-top: 0px; margin-bottom: 0px\">\n")
                      .arg(padding);
    if (!headers.isEmpty()) {
        out += QStringLiteral("<thead><tr>");
        for (qsizetype c = 0; c < headers.size(); ++c)
            out += QStringLiteral("<th width=\"%1%\" align=\"%2\" style=\"border-bottom: 1px solid #0b3d6b; "
                                  "font-size: 7pt\">%3</th>")
                       .arg(widths.value(c, 0))
                       .arg(align(c), headers[c]);
        out += QStringLiteral("</tr></thead>\n");
    }
    out +=
        QStringLiteral("<tr><td colspan=\"%1\" style=\"font-size: 8pt\">%2</td></tr>\n").arg(details.size()).arg(title);
    out += QStringLiteral("<tr>");
    for (qsizetype c = 0; c < details.size(); ++c)
        out += QStringLiteral("<td width=\"%1%\" align=\"%2\" valign=\"top\" style=\"border-bottom: 1px solid "
                              "#d3d9df; font-size: 7.5pt\">%3</td>")
                   .arg(widths.value(c, 0))
                   .arg(align(c), details[c]);
    return out + QStringLiteral("</tr>\n</table>\n");
}

} // namespace

QString ReportDocument::appendix(const QString &title)
{
    if (m_appendices == 0) // its heading is the next section
        m_firstAppendix = static_cast<int>(m_sectionTitles.size());
    const QChar letter(u'A' + m_appendices++);
    return say("Appendix %1 — %2").arg(letter).arg(title);
}

QString ReportDocument::whoText(const QStringList &who) const
{
    QStringList names;
    for (const QString &id : who) {
        if (id == u"owner")
            names.append(say("owner", "who does an action"));
        else if (id == u"staff")
            names.append(say("staff", "who does an action"));
        else if (id == u"provider")
            names.append(say("provider", "who does an action"));
        else
            names.append(id);
    }
    QString text = names.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString ReportDocument::costText(Cost cost) const
{
    switch (cost) {
    case Cost::None:
        return say("none", "cost of an action");
    case Cost::Low:
        return say("< €1k", "cost of an action, under 1,000 euros");
    case Cost::Medium:
        return say("€1k–10k", "cost of an action, 1,000 to 10,000 euros");
    case Cost::High:
        return say("> €10k", "cost of an action, over 10,000 euros");
    }
    return {};
}

QDate ReportDocument::dueDate(Horizon horizon) const
{
    const QDate day = m_assessment.referenceDate();
    switch (horizon) {
    case Horizon::Now:
        return day.addMonths(1);
    case Horizon::Next:
        return day.addMonths(3);
    case Horizon::Later:
        return day.addYears(1);
    }
    return day;
}

std::pair<QString, QString> ReportDocument::helpFor(const Action &action) const
{
    // The public help until the near-you issue brings local help: the first official reference of
    // the action's first chapter that has one.
    for (const SourceRef &ref : action.chapters) {
        if (const Chapter *chapter = m_content.chapter(ref.id); chapter && !chapter->references.isEmpty()) {
            // "Cybermalveillance.gouv.fr — Les sauvegardes": who helps is the part before the dash.
            const Reference &reference = chapter->references.first();
            return {reference.title.text(m_language).section(QStringLiteral(" — "), 0, 0).trimmed(), reference.url};
        }
    }
    return {};
}

QString ReportDocument::helpCell(const Action &action, Horizon horizon, bool roadmap)
{
    bool local = false;
    switch (m_localHelp) {
    case LocalHelp::NowInPlan:
        local = roadmap || horizon == Horizon::Now;
        break;
    case LocalHelp::RoadmapOnly:
        local = roadmap;
        break;
    case LocalHelp::EventsOnly:
    case LocalHelp::None:
        break;
    }
    if (const ActionHelp *help = local ? m_nearYou.help(action.id) : nullptr; help && !help->providers.isEmpty()) {
        // The nearest first (NearYou's order): one name on the roadmap, two in the plan; who they are is
        // listed once, at the end of "What to read and try".
        const int most = roadmap ? 1 : 2;
        for (qsizetype i = 0; i < help->providers.size() && i < most; ++i) {
            if (!m_providersShown.contains(help->providers[i].provider))
                m_providersShown.append(help->providers[i].provider);
        }
        return NearYouReport::whoCanHelpCell(help, m_language, most);
    }
    return html(helpFor(action).first);
}

QList<const ThemeResult *> ReportDocument::comparableThemes() const
{
    QList<const ThemeResult *> themes;
    if (!m_earlierResult)
        return themes;
    for (const ThemeResult &t : m_result.themes) {
        const ThemeResult *before = m_earlierResult->theme(t.questionnaire->id);
        if (t.score && before && before->score)
            themes.append(&t);
    }
    return themes;
}

std::optional<double> ReportDocument::meanOf(const QList<const ThemeResult *> &themes, bool earlier) const
{
    double sum = 0;
    int count = 0;
    for (const ThemeResult *t : themes) {
        const ThemeResult *which = earlier ? m_earlierResult->theme(t->questionnaire->id) : t;
        if (which && which->score) {
            sum += *which->score;
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

QString ReportDocument::writeHtml()
{
    m_nextKept = 1; // k0 is the contents' heading, written after the roadmap
    m_appendices = 0;
    m_firstAppendix = -1;
    m_providersShown.clear();
    m_sectionKept.clear();
    m_sectionTitles.clear();
    m_charts->clear();
    m_chartFormats.clear();

    QString roadmap;
    writeRoadmap(roadmap);
    // The contents come next but list the sections that follow: write those first.
    QString body;
    writeFirm(body);
    writeActionPlan(body);
    writeDisagreements(body);
    for (const ThemeResult &theme : m_result.themes) {
        if (theme.score)
            writeTheme(body, theme);
    }
    // With a sector benchmark only: the firm's scores among its peers' (peerreport.h).
    if (m_benchmark) {
        if (const QString peers = PeerReport::html(m_evaluation, *m_benchmark, m_language); !peers.isEmpty())
            body += heading(1, PeerReport::title(m_language), true) + peers;
    }
    writeReading(body);
    if (m_earlierResult) {
        writeComparison(body);
        writeFollowUp(body);
    }
    if (m_includeAnswers)
        writeAnswers(body);
    writeMethod(body);
    writeOtherPossibilities(body);
    writeGlossary(body, roadmap + body);

    QString contents;
    writeContents(contents);
    // The language's typography, in one place, on every text the report prints. Qt's HTML reader takes
    // a narrow no-break space for white space and makes it a breaking one: it goes in as U+E002, put
    // back once the HTML is read (layOut()).
    return ReportText::typesetHtml(QStringLiteral("<html><body>") + roadmap + contents + body +
                                       QStringLiteral("</body></html>"),
                                   m_language)
        .replace(QChar(0x202f), QChar(0xE002));
}

void ReportDocument::writeRoadmap(QString &out)
{
    const QString colon = ReportText::colon(m_language);
    // The first page after the cover: a section, without a page break before it.
    const int id = m_nextKept++;
    m_sectionKept.append(id);
    m_sectionTitles.append(say("Your roadmap"));
    out += QStringLiteral("<h1><a name=\"k%1\"></a>%2</h1>\n").arg(id).arg(html(say("Your roadmap")));

    // The scores as bars: overall first, then each theme; with a comparison, the earlier bars on the
    // themes assessed both times only, and the overall compared on those themes.
    const QList<const ThemeResult *> common = comparableThemes();
    const bool comparing = m_earlierResult && !common.isEmpty();
    QList<ReportChart::Axis> axes;
    axes.append({say("Overall"), m_result.overall,
                 comparing && common.size() == m_result.themes.size() ? meanOf(common, true) : std::nullopt});
    for (const ThemeResult &t : m_result.themes) {
        std::optional<double> earlier;
        if (comparing && common.contains(&t))
            earlier = m_earlierResult->theme(t.questionnaire->id)->score;
        axes.append({t.questionnaire->title.text(m_language), t.score, earlier});
    }
    out += chart(axes, comparing, 0, true);

    if (m_result.overall && m_result.overallLevel)
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(html(
                       say("Overall level: %1 · %2")
                           .arg(m_result.overallLevel->name.text(m_language), ReportText::score(*m_result.overall))));
    if (comparing) {
        const auto arrow = [](double before, double now) {
            return QStringLiteral("%1 → %2 (%3)")
                .arg(qRound(before))
                .arg(qRound(now))
                .arg(ReportText::change(std::round(now) - std::round(before)));
        };
        QStringList parts;
        const std::optional<double> before = meanOf(common, true);
        const std::optional<double> now = meanOf(common, false);
        parts.append(say("overall %1").arg(arrow(*before, *now)));
        for (const ThemeResult *t : common)
            parts.append(
                QStringLiteral("%1 %2").arg(t->questionnaire->title.text(m_language),
                                            arrow(*m_earlierResult->theme(t->questionnaire->id)->score, *t->score)));
        const QString since = (common.size() == 1 ? say("Progress since %1, on the one theme assessed both times")
                                                  : say("Progress since %1, on the %n themes assessed both times",
                                                        nullptr, static_cast<int>(common.size())))
                                  .arg(ReportText::date(m_earlier->referenceDate(), m_language));
        out += QStringLiteral("<p class=\"small\"><b>%1</b>%2 %3.</p>\n")
                   .arg(html(since), html(colon), html(parts.join(QStringLiteral(" · "))));
    }

    // What to do this month, and who, by when, with what; for a plan written as one list (PlanStyle::List),
    // its priority measures, without a date.
    const Recommendations &rec = m_recommendations;
    const bool measures = rec.style == PlanStyle::List;
    out += heading(2, measures ? say("Priority measures")
                               : say("This month, by %1").arg(ReportText::date(dueDate(Horizon::Now), m_language)));
    const QStringList headers = {html(say("Who")), html(say("Effort")), html(say("Cost")), html(say("Help available"))};
    // The plan as decided (the computed one while nothing is): what was declined or moved is not this
    // month's, the advisor's own actions of this month are, and what is done is no longer to do.
    const DecidedPlan plan(m_content, m_assessment, rec);
    int shown = 0;
    int open = 0;
    for (const DecidedAction &item : plan.actions()) {
        if (item.progress() == ActionProgress::Done)
            continue;
        ++open;
        if (item.horizon != Horizon::Now)
            continue;
        const QString who = !item.who().isEmpty() ? item.who() : item.action ? whoText(item.action->who) : QString();
        const QString rank = item.computedRank > 0 ? QStringLiteral("<b>%1.</b>&nbsp;").arg(item.computedRank)
                                                   : QStringLiteral("<b>–</b>&nbsp;");
        if (!item.action) { // the advisor's own: no first step, effort or cost known
            out += itemTable(rank + html(item.text(m_language, rec)), shown == 0 ? headers : QStringList(),
                             {html(who), QStringLiteral("—"), QStringLiteral("—"), QString()}, {25, 12, 18, 45},
                             QStringLiteral("llll"), qRound(2 * m_px));
            ++shown;
            continue;
        }
        // Each action with its first step, the whole width; the first one's is what to do on Monday morning.
        const QString step = (shown == 0 ? say("Monday morning") : say("First step")) + colon + QLatin1Char(' ') +
                             phrased(item.action->firstStep, m_language, rec);
        out += itemTable(rank + QStringLiteral("%1<br/><span style=\"color: #5b6770\">%2</span>")
                                    .arg(html(item.text(m_language, rec)), html(step)),
                         shown == 0 ? headers : QStringList(),
                         {html(who), html(say("%1 h").arg(item.action->effort)), html(costText(item.action->cost)),
                          helpCell(*item.action, item.horizon, true)},
                         {25, 12, 18, 45}, QStringLiteral("llll"), qRound(2 * m_px));
        ++shown;
    }
    if (shown == 0) {
        out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                   .arg(html(measures ? say("No measure to advise.") : say("No action to plan for now.")));
    } else if (measures && !rec.others.isEmpty()) {
        out += QStringLiteral("<p class=\"small muted\" style=\"margin-top: %1\">%2</p>\n")
                   .arg(px(4), html(rec.others.size() == 1 ? say("Then one other measure: see the action plan.")
                                                           : say("Then %n other measures: see the action plan.",
                                                                 nullptr, static_cast<int>(rec.others.size()))));
    } else if (const int later = open - shown; later > 0) {
        out += QStringLiteral("<p class=\"small muted\" style=\"margin-top: %1\">%2</p>\n")
                   .arg(px(4),
                        html(say("Then %1 more actions this quarter and this year: see the action plan.").arg(later)));
    }

    // The association's next events on the plan's subjects, where the page has room for them.
    if (m_localHelp != LocalHelp::None)
        out += NearYouReport::upcomingEvents(m_nearYou, m_language);

    // Who to call, and when we meet again.
    QStringList follow;
    if (m_assessment.nextMeeting.isValid())
        follow.append(QStringLiteral("<b>%1</b>%2 %3")
                          .arg(html(say("Next meeting")), html(colon),
                               html(ReportText::date(m_assessment.nextMeeting, m_language))));
    if (!m_assessment.advisor.trimmed().isEmpty() || !m_assessment.advisorContact.trimmed().isEmpty()) {
        QStringList who;
        if (!m_assessment.advisor.trimmed().isEmpty())
            who.append(m_assessment.advisor.trimmed());
        const QString organisation = m_content.organisation.name.text(m_language);
        if (!organisation.isEmpty())
            who.append(organisation);
        if (!m_assessment.advisorContact.trimmed().isEmpty())
            who.append(m_assessment.advisorContact.trimmed());
        follow.append(QStringLiteral("<b>%1</b>%2 %3")
                          .arg(html(say("Your advisor")), html(colon), html(who.join(QStringLiteral(" · ")))));
    }
    if (!follow.isEmpty())
        out += QStringLiteral("<p style=\"margin-top: %1\">%2</p>\n").arg(px(6), follow.join(QStringLiteral("<br/>")));
}

void ReportDocument::writeContents(QString &out)
{
    // The contents' heading is k0, on a page of its own after the roadmap.
    out += QStringLiteral("<h1 style=\"page-break-before: always\"><a name=\"k0\"></a>%1</h1>\n")
               .arg(html(say("Contents")));
    const Company &c = m_assessment.company;
    QStringList assessed;
    QStringList notAssessed;
    for (const ThemeResult &t : m_result.themes)
        (t.score ? assessed : notAssessed).append(t.questionnaire->title.text(m_language));

    QString intro = say("This report presents the digital maturity of <b>%1</b>, as measured with Phare on %2")
                        .arg(html(c.name.trimmed().isEmpty() ? say("the business") : c.name),
                             html(ReportText::date(m_assessment.referenceDate(), m_language)));
    if (!m_assessment.advisor.isEmpty())
        intro += say(" with %1").arg(html(m_assessment.advisor));
    intro += QStringLiteral(". ");
    if (m_result.themes.isEmpty())
        intro += html(say("No theme has been chosen for this assessment yet."));
    else if (assessed.isEmpty())
        intro += html(say("No question has been answered yet."));
    else if (assessed.size() == 1)
        intro += html(say("It covers one theme: %1.").arg(assessed.first()));
    else
        intro += html(say("It covers %1 themes: %2.").arg(assessed.size()).arg(assessed.join(say(", "))));
    if (!notAssessed.isEmpty())
        intro += QLatin1Char(' ') + html(say("Not assessed: %1.").arg(notAssessed.join(say(", "))));
    out += QStringLiteral("<p>%1</p>\n").arg(intro);
    QStringList levels;
    for (const Level &level : overallLevels(m_content))
        levels.append(level.name.text(m_language));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(say("Scores go from 0 to 100 and place each theme on one of %1 levels (%2); the appendix "
                             "on the method explains how they are computed. Each action of the plan comes with the "
                             "answers that led to it.")
                             .arg(levels.size())
                             .arg(levels.join(say(", ")))));
    if (m_content.organisation.factsCheckedOn.isValid())
        out += QStringLiteral("<p class=\"small muted\">%1</p>\n")
                   .arg(html(say("Facts (laws, deadlines, help) up to date on %1.")
                                 .arg(ReportText::date(m_content.organisation.factsCheckedOn, m_language))));

    // fillContents() puts the page numbers in once the text is laid out.
    QList<QStringList> rows;
    for (const QString &title : std::as_const(m_sectionTitles))
        rows.append({html(title), QStringLiteral("000")});
    out += QStringLiteral("<p style=\"margin-top: %1\"></p>\n").arg(px(6));
    out += table({}, rows, {90, 10}, QStringLiteral("lr"), qRound(5 * m_px));
}

void ReportDocument::writeFirm(QString &out)
{
    const QString colon = ReportText::colon(m_language);
    out += heading(1, say("The business"), true);
    if (m_result.overall && m_result.overallLevel) {
        out += QStringLiteral("<p class=\"big\">%1</p>\n")
                   .arg(html(
                       say("Overall level: %1 · %2")
                           .arg(m_result.overallLevel->name.text(m_language), ReportText::score(*m_result.overall))));
        if (!m_result.overallLevel->description.isEmpty())
            out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                       .arg(html(m_result.overallLevel->description.text(m_language)));
    } else {
        out += QStringLiteral("<p class=\"lede\">%1</p>\n")
                   .arg(html(say("No score yet: no question has been answered. The report fills in as the "
                                 "questions are answered.")));
    }

    if (!m_assessment.context.trimmed().isEmpty()) {
        out += heading(2, say("In the advisor's words"));
        qsizetype budget = maxNoteCharacters;
        out += QStringLiteral("<p class=\"note\" style=\"margin-left: 0px\">%1</p>\n")
                   .arg(html(noteForReport(m_assessment.context.trimmed(), budget, m_language)));
    }

    // The notes the advisor marked as key observations, in the order of the questionnaires.
    QString observations;
    qsizetype notesBudget = maxNoteCharacters * 4;
    for (const ThemeResult &t : m_result.themes) {
        const auto found = m_assessment.themes.constFind(t.questionnaire->id);
        if (found == m_assessment.themes.cend() || found->keyNotes.isEmpty())
            continue;
        for (const DimensionResult &d : t.dimensions) {
            for (const QuestionResult &qr : d.questions) {
                const QString note = found->notes.value(qr.question->id).trimmed();
                if (note.isEmpty() || !found->keyNotes.contains(qr.question->id))
                    continue;
                observations += QStringLiteral("<li><b>%1</b>%2 %3</li>")
                                    .arg(html(d.dimension->title.text(m_language)), html(colon),
                                         html(noteForReport(note, notesBudget, m_language)));
            }
        }
    }
    if (!observations.isEmpty()) {
        out += heading(2, say("Key observations"));
        out += QStringLiteral("<ul>%1</ul>\n").arg(observations);
    }

    // Strengths: the best dimensions at 50 or more; weakest points: the lowest below 50.
    struct Scored
    {
        const ThemeResult *theme;
        const DimensionResult *dimension;
    };
    QList<Scored> scored;
    for (const ThemeResult &t : m_result.themes) {
        for (const DimensionResult &d : t.dimensions) {
            if (d.score)
                scored.append({&t, &d});
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return *a.dimension->score > *b.dimension->score; });
    const auto line = [&](const Scored &s) {
        return QStringLiteral("<p>%1<br/><span class=\"muted\">%2 · %3</span></p>")
            .arg(html(s.dimension->dimension->title.text(m_language)),
                 html(s.theme->questionnaire->title.text(m_language)), html(ReportText::score(*s.dimension->score)));
    };
    QString strengths;
    int strong = 0;
    for (const Scored &s : std::as_const(scored)) {
        if (*s.dimension->score >= 50 && strong < 3) {
            strengths += line(s);
            ++strong;
        }
    }
    QString weak;
    int weakCount = 0;
    for (auto it = scored.crbegin(); it != scored.crend() && weakCount < 3; ++it) {
        if (*it->dimension->score < 50) {
            weak += line(*it);
            ++weakCount;
        }
    }
    if (strengths.isEmpty())
        strengths = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No dimension reaches 50/100 yet.")));
    if (weak.isEmpty())
        weak = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No dimension below 50/100.")));
    const QString strengthsTitle = strong == 1   ? say("One strength")
                                   : strong == 2 ? say("Two strengths")
                                   : strong == 3 ? say("Three strengths")
                                                 : say("Strengths");
    const QString weakTitle = weakCount == 1 ? say("The weakest point") : say("The weakest points");

    // The priorities: the first actions of the plan, and always the one for the weakest dimension. An
    // action the workshop declined, postponed or has already done is no priority any more.
    const Recommendations &rec = m_recommendations;
    const auto open = [&](const PlannedAction &item) {
        const auto decision = m_assessment.plan.actions.constFind(item.action->id);
        return decision == m_assessment.plan.actions.cend() ||
               (decision->choice == PlanDecision::Choice::Accepted && decision->progress != ActionProgress::Done);
    };
    QList<const PlannedAction *> chosen;
    for (const PlannedAction &item : rec.plan) {
        if (chosen.size() < 3 && open(item))
            chosen.append(&item);
    }
    if (rec.weakest) {
        const auto forWeakest = [&](const PlannedAction &item) {
            for (const Reason &r : item.reasons) {
                if (r.dimension == rec.weakest->dimension)
                    return true;
                if (r.question) {
                    for (const QuestionResult &qr : rec.weakest->questions) {
                        if (qr.question == r.question)
                            return true;
                    }
                }
            }
            return false;
        };
        const bool covered =
            std::any_of(chosen.cbegin(), chosen.cend(), [&](const PlannedAction *item) { return forWeakest(*item); });
        if (!covered) {
            for (const PlannedAction &item : rec.plan) {
                if (open(item) && forWeakest(item)) {
                    if (chosen.size() == 3)
                        chosen.removeLast();
                    chosen.append(&item);
                    break;
                }
            }
        }
    }
    QString priorities;
    for (const PlannedAction *item : std::as_const(chosen)) {
        priorities += QStringLiteral("<p>%1<br/><span class=\"muted\">%2</span></p>")
                          .arg(html(phrased(item->action->text, m_language, rec)),
                               html(rec.style == PlanStyle::List ? say("Priority measure")
                                                                 : Names::horizon(item->horizon, m_language)));
    }
    if (priorities.isEmpty())
        priorities = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No action to plan for now.")));
    const QString prioritiesTitle = chosen.size() == 1   ? say("One priority")
                                    : chosen.size() == 2 ? say("Two priorities")
                                    : chosen.size() == 3 ? say("Three priorities")
                                                         : say("Priorities");
    out += QStringLiteral("<p style=\"margin-top: %1\"></p>\n").arg(px(6));
    out += table({html(strengthsTitle), html(weakTitle), html(prioritiesTitle)}, {{strengths, weak, priorities}},
                 {31, 31, 38}, QStringLiteral("lll"), qRound(5 * m_px));
}

void ReportDocument::writeActionPlan(QString &out)
{
    const Recommendations &rec = m_recommendations;
    // The plan as decided in the workshop: the computed plan while nothing is decided.
    const DecidedPlan plan(m_content, m_assessment, rec);
    const bool decided = plan.decided();
    out += heading(1, say("Action plan"), true);
    if (plan.actions().isEmpty() && plan.declined().isEmpty()) {
        out += QStringLiteral("<p class=\"lede\">%1</p>\n")
                   .arg(html(say("No action yet: they come from the answers to the questionnaires.")));
        return;
    }
    // The other possibilities not taken into the plan by a decision (those are in the plan, or declined).
    QSet<QString> inPlan;
    for (const QList<DecidedAction> *list : {&plan.actions(), &plan.declined()}) {
        for (const DecidedAction &a : *list)
            inPlan.insert(a.id);
    }
    QList<const PlannedAction *> others;
    for (const PlannedAction &item : rec.others) {
        if (!inPlan.contains(item.action->id))
            others.append(&item);
    }
    // A plan written as one list (PlanStyle::List): numbered measures, the first ones the priority
    // measures, the others after them here rather than in an appendix; no time labels.
    const bool measures = rec.style == PlanStyle::List;
    QString intro =
        measures
            ? say("From the answers, one list of measures in order of priority: the content's own order first, then "
                  "stakes, gap and effort.") +
                  QLatin1Char(' ') +
                  (m_content.plan.measures == 1
                       ? say("The first one is the priority measure.")
                       : say("The first %n are the priority measures.", nullptr, m_content.plan.measures)) +
                  QLatin1Char(' ') + say("Tick each one when it is done.")
            : say("From the answers, a short plan: at most %1 actions this month, %2 this quarter and %3 "
                  "within the year, ranked by stakes, gap, effort and legal deadline. Tick each one when it is "
                  "done.")
                  .arg(m_content.plan.now)
                  .arg(m_content.plan.next)
                  .arg(m_content.plan.later);
    if (decided)
        intro += QLatin1Char(' ') + say("Below is the plan as decided with the business: who does each action, by "
                                        "when, and where it stands; the number is the computed rank, kept for "
                                        "reference.");
    if (!others.isEmpty() && !measures)
        intro += QLatin1Char(' ') + (others.size() == 1
                                         ? say("One other possibility fits the business too, for once the plan is "
                                               "done: the appendix gives it.")
                                         : say("%n other possibilities fit the business too, for once the plan is "
                                               "done: the appendix lists them.",
                                               nullptr, static_cast<int>(others.size())));
    if (!plan.declined().isEmpty())
        intro += QLatin1Char(' ') + (plan.declined().size() == 1
                                         ? say("One action proposed was declined: the appendix gives the reason.")
                                         : say("%n actions proposed were declined: the appendix gives the reasons.",
                                               nullptr, static_cast<int>(plan.declined().size())));
    out += QStringLiteral("<p>%1</p>\n").arg(html(intro));
    if (rec.profileMissing)
        out += QStringLiteral("<p class=\"small muted\">%1</p>\n")
                   .arg(html(say("The business profile was not filled in: advice that depends on it (website, "
                                 "customers, platforms, incidents) is not given.")));
    const QString box = QStringLiteral("\u2610");
    // A reason in a few words: the dimension of the question and the answer given (the question itself is
    // in the appendix of answers).
    QHash<const Question *, const Dimension *> dimensionOf;
    for (const ThemeResult &t : m_result.themes) {
        for (const DimensionResult &d : t.dimensions) {
            for (const QuestionResult &qr : d.questions)
                dimensionOf.insert(qr.question, d.dimension);
        }
    }
    const QString colon = ReportText::colon(m_language);
    const auto shortReason = [&](const Reason &reason) {
        if (reason.question && reason.answer) {
            if (const Dimension *d = dimensionOf.value(reason.question))
                return d->title.text(m_language) + colon + QLatin1Char(' ') +
                       describeAnswer(*reason.question, *reason.answer, m_language);
        }
        return reason.describe(m_language, rec.referenceDate);
    };
    // Where a decided action stands: "accepted, in progress", "done on 13 March 2026", "proposed".
    const auto status = [&](const DecidedAction &item) {
        if (item.progress() == ActionProgress::Done)
            return item.doneOn().isValid() ? say("done on %1").arg(ReportText::date(item.doneOn(), m_language))
                                           : DecidedPlan::progressName(ActionProgress::Done, m_language);
        QString text = item.stateName(m_language);
        if (item.state != DecidedAction::State::Proposed && item.progress() == ActionProgress::InProgress)
            text += say(", ") + DecidedPlan::progressName(ActionProgress::InProgress, m_language);
        return text;
    };
    const auto title = [&](const DecidedAction &item) {
        QString text =
            QStringLiteral("%1&nbsp; <b>%2</b>&nbsp;%3")
                .arg(box, item.computedRank > 0 ? QStringLiteral("%1.").arg(item.computedRank) : QStringLiteral("–"),
                     html(item.text(m_language, rec)));
        if (item.noLongerSuggested() && item.state != DecidedAction::State::Own)
            text += QStringLiteral(" <span style=\"color: #5b6770\">(%1)</span>")
                        .arg(html(say("no longer suggested by the answers")));
        return text;
    };
    bool headed = false;
    const QList<Horizon> horizons =
        measures ? QList<Horizon>{Horizon::Now} : QList<Horizon>{Horizon::Now, Horizon::Next, Horizon::Later};
    // Whether the help column names the association's providers (then "Who can help") or the public help.
    bool localInPlan = false;
    if (m_localHelp == LocalHelp::NowInPlan) {
        for (const ActionHelp &help : m_nearYou.actions)
            localInPlan = localInPlan || (!help.providers.isEmpty() && help.horizon == Horizon::Now);
    }
    for (const Horizon h : horizons) {
        QList<QStringList> rows;
        for (const DecidedAction &item : plan.actions()) {
            if (item.horizon != h)
                continue;
            // The strongest reason with its action, so that a page never separates them (the first
            // steps of this month's actions are on the roadmap). Cut at a word when long (a checklist's
            // answer may list ten items): every answer, and every other reason, is in the appendix.
            QString why;
            if (item.planned && !item.planned->reasons.isEmpty()) {
                QString reason = shortReason(item.planned->reasons[0]);
                constexpr qsizetype longest = 64;
                if (reason.size() > longest) {
                    const qsizetype cut = reason.lastIndexOf(u' ', longest);
                    reason = reason.left(cut > longest / 2 ? cut : longest).trimmed() + QStringLiteral("…");
                }
                why = html(reason);
            } else if (item.state == DecidedAction::State::Own) {
                why = html(say("added in the workshop"));
            }
            const QString who = !item.who().isEmpty() ? item.who()
                                : item.action         ? whoText(item.action->who)
                                                      : QString();
            const QString help = item.action ? helpCell(*item.action, item.horizon, false) : QString();
            if (decided)
                rows.append(
                    {title(item), why, html(who),
                     item.due().isValid() ? html(ReportText::date(item.due(), m_language)) : QStringLiteral("—"),
                     html(status(item)), help});
            else
                rows.append({title(item), why, html(who),
                             item.action ? html(say("%1 h").arg(item.action->effort)) : QStringLiteral("—"),
                             item.action ? html(costText(item.action->cost)) : QStringLiteral("—"), help});
        }
        if (rows.isEmpty())
            continue;
        // Closer to the actions above than a section's heading: the plan is one table in three parts.
        out +=
            heading(
                2, measures
                       ? say("Priority measures")
                       : say("%1 — by %2").arg(Names::horizon(h, m_language), ReportText::date(dueDate(h), m_language)))
                .replace(QStringLiteral("<h2>"), QStringLiteral("<h2 style=\"margin-top: %1\">").arg(px(7)));
        // One table per action, so that keepRowsTogether() can move an action whole to the next page; the
        // column headers once, above the first. A decided plan says who, by when and where it stands.
        const QString helpTitle = localInPlan ? html(NearYouReport::whoCanHelpTitle(m_language)) : html(say("Help"));
        const QStringList headers =
            decided
                ? QStringList{html(say("Why")), html(say("Who")), html(say("Due")), html(say("Status")), helpTitle}
                : QStringList{html(say("Why")), html(say("Who")), html(say("Effort")), html(say("Cost")), helpTitle};
        const QList<int> widths = decided ? QList<int>{34, 12, 15, 15, 24} : QList<int>{50, 12, 6, 8, 24};
        for (qsizetype i = 0; i < rows.size(); ++i)
            out += itemTable(rows[i].first(), i == 0 && !headed ? headers : QStringList(), rows[i].mid(1), widths,
                             QStringLiteral("lllll"), qRound(1.5 * m_px));
        headed = true;
    }
    if (!measures)
        return;
    // The rest of the list, numbered on from the priority measures, one line each: those decided first.
    QString items;
    for (const DecidedAction &item : plan.actions()) {
        if (item.horizon != Horizon::Now)
            items +=
                QStringLiteral("<p class=\"small\" style=\"margin: 0px\">%1 <span class=\"muted\">— %2</span></p>\n")
                    .arg(title(item), html(status(item)));
    }
    for (const PlannedAction *item : std::as_const(others))
        items += QStringLiteral("<p class=\"small\" style=\"margin: 0px\">%1&nbsp; <b>%2.</b>&nbsp;%3</p>\n")
                     .arg(box)
                     .arg(item->rank)
                     .arg(html(phrased(item->action->text, m_language, rec)));
    if (items.isEmpty())
        return;
    out += heading(2, say("Other measures"))
               .replace(QStringLiteral("<h2>"), QStringLiteral("<h2 style=\"margin-top: %1\">").arg(px(7)));
    out += items;
}

void ReportDocument::writeDisagreements(QString &out)
{
    if (m_assessment.respondents.size() < 2)
        return;
    const WorkshopResult workshop = Workshop::evaluate(m_content, m_assessment, m_result);
    out += heading(1, say("Where the team disagreed"), true);

    // Who answered, by role unless the advisor chose to print names (an employer reads this report).
    QStringList people;
    for (const Respondent &r : m_assessment.respondents)
        people.append(Workshop::label(m_assessment, r, m_language, m_showNames));
    const QString colon = ReportText::colon(m_language);
    QString intro =
        say("%n people answered the questionnaires each on their own", nullptr, static_cast<int>(people.size())) +
        colon + QLatin1Char(' ') + people.join(say(", ")) + QLatin1Char('.');
    if (workshop.disagreements == 0)
        intro += QLatin1Char(' ') + say("They gave the same answers everywhere.");
    else if (workshop.disagreements == 1)
        intro += QLatin1Char(' ') + say("Their answers differed on one question; below, with what was agreed.");
    else
        intro += QLatin1Char(' ') + say("Their answers differed on %n questions; the widest gaps are below, with "
                                        "what was agreed.",
                                        nullptr, workshop.disagreements);
    if (workshop.toSettle == 1)
        intro += QLatin1Char(' ') + say("One is still to be settled: until then it counts as not answered, so the "
                                        "scores show only what the team agrees on.");
    else if (workshop.toSettle > 1)
        intro += QLatin1Char(' ') + say("%n are still to be settled: until then they count as not answered, so the "
                                        "scores show only what the team agrees on.",
                                        nullptr, workshop.toSettle);
    if (workshop.toCheck == 1)
        intro += QLatin1Char(' ') + say("One more is a point to check: someone did not know, or did not answer.");
    else if (workshop.toCheck > 1)
        intro += QLatin1Char(' ') + say("%n more are points to check: someone did not know, or did not answer.",
                                        nullptr, workshop.toCheck);
    out += QStringLiteral("<p>%1</p>\n").arg(html(intro));

    // The agreed score of each theme and the range of the team's own scores.
    QString rows;
    for (const ThemeSpread &t : workshop.themes) {
        const ThemeResult *theme = m_result.theme(t.theme);
        if (!theme || !t.range.agreed)
            continue;
        const QString range = t.range.lowest && t.range.highest
                                  ? QStringLiteral("%1 – %2").arg(qRound(*t.range.lowest)).arg(qRound(*t.range.highest))
                                  : QStringLiteral("—");
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>\n")
                    .arg(html(theme->questionnaire->title.text(m_language)), html(ReportText::score(*t.range.agreed)),
                         html(range));
    }
    if (!rows.isEmpty())
        out +=
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><tr><th align=\"left\">%2</th>"
                           "<th align=\"right\">%3</th><th align=\"right\">%4</th></tr>\n%5</table>\n")
                .arg(qRound(2 * m_px))
                .arg(html(say("Theme")), html(say("Agreed score")), html(say("Lowest – highest in the team")), rows);

    // The widest disagreements: the question, who said what, and what was agreed (and why).
    constexpr int most = 8; // two pages at most
    int shown = 0;
    for (const Disagreement &d : workshop.widest) {
        if (shown == most)
            break;
        const Questionnaire *questionnaire = m_content.questionnaire(d.theme);
        const Question *question = questionnaire ? questionnaire->question(d.question) : nullptr;
        if (!question)
            continue;
        QStringList said;
        for (const Disagreement::Said &s : d.said) {
            const Respondent *r = m_assessment.respondent(s.respondent);
            if (!r)
                continue;
            said.append(QStringLiteral("<b>%1</b>%2 %3")
                            .arg(html(Workshop::label(m_assessment, *r, m_language, m_showNames)), html(colon),
                                 html(s.answer ? describeAnswer(*question, *s.answer, m_language) : say("no answer"))));
        }
        QString agreed;
        if (d.state == QuestionAgreement::State::Disputed)
            agreed = QStringLiteral("<b>%1</b>").arg(html(say("To settle")));
        else if (d.agreed)
            agreed = html(describeAnswer(*question, *d.agreed, m_language));
        if (!d.why.trimmed().isEmpty())
            agreed += QStringLiteral("<br/><span style=\"color: #5b6770\">%1</span>").arg(html(d.why.trimmed()));
        out +=
            itemTable(html(question->text.text(m_language)),
                      shown == 0 ? QStringList{html(say("Who said what")), html(say("Agreed"))} : QStringList(),
                      {said.join(QStringLiteral("<br/>")), agreed}, {60, 40}, QStringLiteral("ll"), qRound(1.5 * m_px));
        ++shown;
    }
    if (workshop.disagreements > shown && shown > 0)
        out += QStringLiteral("<p class=\"small muted\" style=\"margin-top: %1\">%2</p>\n")
                   .arg(px(4), html(workshop.disagreements - shown == 1
                                        ? say("One other question had different answers, less far apart.")
                                        : say("%n other questions had different answers, less far apart.", nullptr,
                                              workshop.disagreements - shown)));
}

void ReportDocument::writeTheme(QString &out, const ThemeResult &theme)
{
    const Questionnaire &q = *theme.questionnaire;
    out += heading(1, q.title.text(m_language), true);
    QString lede = say("Score: <b>%1</b> · Level: <b>%2</b>")
                       .arg(html(ReportText::score(*theme.score)), html(levelText(theme.level, m_language)));
    out += QStringLiteral("<p class=\"lede\">%1</p>\n").arg(lede);
    if (theme.level && !theme.level->description.isEmpty())
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(html(theme.level->description.text(m_language)));
    const QString facts = say("%1 of %2 questions answered.").arg(theme.answered).arg(theme.visible);
    out += QStringLiteral("<p class=\"small muted\">%1</p>\n").arg(html(facts));

    // A radar from five dimensions; fewer read better as bars.
    QList<ReportChart::Axis> axes;
    const QList<const DimensionResult *> measured = theme.scoredDimensions(); // a context dimension is no axis
    const bool bars = measured.size() < 5;
    for (const DimensionResult *d : measured)
        axes.append({bars ? d->dimension->title.text(m_language)
                          : d->dimension->title.text(m_language) + QLatin1Char('\n') + scoreText(d->score, m_language),
                     d->score, std::nullopt});
    out += chart(axes, false, 200, bars);

    QList<const DimensionResult *> scored;
    for (const DimensionResult &d : theme.dimensions) {
        if (d.score)
            scored.append(&d);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const DimensionResult *a, const DimensionResult *b) { return *a->score > *b->score; });
    QString strengths;
    QString gaps;
    int count = 0;
    for (const DimensionResult *d : std::as_const(scored)) {
        if (*d->score >= 50 && count++ < 3)
            strengths += QStringLiteral("<p>%1 <span class=\"muted\">(%2)</span></p>")
                             .arg(html(d->dimension->title.text(m_language)), html(ReportText::score(*d->score)));
    }
    count = 0;
    for (auto it = scored.crbegin(); it != scored.crend(); ++it) {
        if (*(*it)->score < 50 && count++ < 3)
            gaps += QStringLiteral("<p>%1 <span class=\"muted\">(%2)</span></p>")
                        .arg(html((*it)->dimension->title.text(m_language)), html(ReportText::score(*(*it)->score)));
    }
    for (const DimensionResult &d : theme.dimensions) {
        if (!d.score && d.dimension->scored)
            gaps += QStringLiteral("<p>%1 <span class=\"muted\">(%2)</span></p>")
                        .arg(html(d.dimension->title.text(m_language)), html(scoreText(d.score, m_language)));
    }
    if (strengths.isEmpty())
        strengths = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No dimension at 50/100 or more.")));
    if (gaps.isEmpty())
        gaps = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No dimension below 50/100.")));
    out += table({html(say("Strengths")), html(say("Gaps"))}, {{strengths, gaps}}, {50, 50}, QStringLiteral("ll"),
                 qRound(5 * m_px));

    // "Don't know" answers: what to find out before the next meeting.
    QString toCheck;
    for (const DimensionResult &d : theme.dimensions) {
        for (const QuestionResult &qr : d.questions) {
            if (qr.answer && qr.answer->kind == Answer::Kind::DontKnow && qr.state != QuestionResult::State::Hidden)
                toCheck += QStringLiteral("<li>%1</li>")
                               .arg(html(phraseDates(qr.question->text.text(m_language), m_language,
                                                     m_assessment.referenceDate())));
        }
    }
    if (!toCheck.isEmpty()) {
        out += heading(3, say("Points to check (answered \"don't know\")"));
        out += QStringLiteral("<ul class=\"small\">%1</ul>\n").arg(toCheck);
    }
}

void ReportDocument::writeReading(QString &out)
{
    const Recommendations &rec = m_recommendations;
    if (rec.chapters.isEmpty() && rec.useCases.isEmpty())
        return;
    out += heading(1, say("What to read and try"), true);
    const QString colon = ReportText::colon(m_language);
    const Organisation &org = m_content.organisation;
    const QString paperTitle = org.whitePaperTitle.text(m_language);
    QString paperWhere = org.whitePaperWhere.text(m_language).trimmed();
    if (paperWhere.endsWith(u'.')) // the sentence around it ends with its own full stop
        paperWhere.chop(1);
    if (!rec.chapters.isEmpty()) {
        QString paper = paperTitle.isEmpty()
                            ? say("The chapters below are those of the white paper that comes with Phare: a short "
                                  "guide, written for small businesses, with one chapter per subject.")
                            : say("The chapters below are those of the white paper %1.")
                                  .arg(ReportText::quoted(paperTitle, m_language));
        if (!paperWhere.isEmpty())
            paper += QLatin1Char(' ') + say("Where to get it: %1.").arg(paperWhere);
        else if (paperTitle.isEmpty())
            paper += QLatin1Char(' ') + say("Your advisor can give you a copy.");
        out += QStringLiteral("<p>%1</p>\n").arg(html(paper));
        out += heading(2, say("Chapters to read"));
    }
    int n = 0;
    for (const ChapterRecommendation &c : rec.chapters) {
        out += heading(3, QStringLiteral("%1. %2").arg(++n).arg(c.chapter->title.text(m_language)));
        // What to do after reading it, and where the official help is.
        QString items;
        constexpr qsizetype keyShown = 2;
        for (qsizetype i = 0; i < std::min(keyShown, c.chapter->keyActions.size()); ++i)
            items += QStringLiteral("<li>%1</li>").arg(html(phrased(c.chapter->keyActions[i], m_language, rec)));
        if (c.chapter->keyActions.isEmpty() && !c.chapter->summary.isEmpty())
            items += QStringLiteral("<li>%1</li>").arg(html(phrased(c.chapter->summary, m_language, rec)));
        if (!c.chapter->references.isEmpty()) {
            const Reference &r = c.chapter->references.first();
            items += QStringLiteral("<li style=\"color: #5b6770\">%1%2 %3</li>")
                         .arg(html(r.title.text(m_language)), html(colon), html(r.url));
        }
        if (!items.isEmpty())
            out += QStringLiteral("<ul class=\"small\" style=\"margin-bottom: %1\">%2</ul>\n").arg(px(2), items);
    }

    if (rec.useCases.isEmpty())
        return;
    out += heading(2, say("Use cases for your business"));
    n = 0;
    QHash<const Action *, int> rankOf;
    for (const PlannedAction &item : rec.plan)
        rankOf.insert(item.action, item.rank);
    for (const UseCaseRecommendation &u : rec.useCases) {
        // Why: the actions of the plan it carries out, by their numbers in the plan.
        QStringList ranks;
        for (const Action *a : u.actions) {
            if (const int rank = rankOf.value(a); rank > 0)
                ranks.append(QString::number(rank));
        }
        QStringList facts;
        if (!u.useCase->effort.isEmpty())
            facts.append(say("Effort") + colon + QLatin1Char(' ') +
                         Names::useCaseEffort(u.useCase->effort, m_language));
        if (!u.useCase->cost.isEmpty())
            facts.append(say("Cost") + colon + QLatin1Char(' ') + Names::useCaseCost(u.useCase->cost, m_language));
        if (!u.useCase->timeToValue.isEmpty())
            facts.append(say("Time to value") + colon + QLatin1Char(' ') +
                         Names::timeToValue(u.useCase->timeToValue, m_language));
        if (!ranks.isEmpty())
            facts.append((ranks.size() == 1 ? say("for action %1 of the plan") : say("for actions %1 of the plan"))
                             .arg(ranks.join(say(", "))));
        out += keptParagraph(QStringLiteral("<b>%1. %2</b>").arg(++n).arg(html(u.useCase->title.text(m_language))),
                             QStringLiteral(" style=\"margin-bottom: 0px\""));
        out += QStringLiteral("<p class=\"small muted\">%1</p>\n").arg(html(facts.join(QStringLiteral(" · "))));
    }
    // Who the providers named on the roadmap and in the plan are, once each, and that the list is the
    // association's, not a recommendation: where the section ends, which has room for it.
    if (!m_providersShown.isEmpty()) {
        out += heading(2, NearYouReport::whoCanHelpTitle(m_language));
        out += NearYouReport::whoIsWho(m_providersShown, m_language);
    }
}

void ReportDocument::writeComparison(QString &out)
{
    const AssessmentResult &before = *m_earlierResult;
    out += heading(1, say("Comparison with the earlier assessment"), true);
    QString intro = say("This assessment is compared with the one of %1")
                        .arg(ReportText::date(m_earlier->referenceDate(), m_language));
    if (!m_earlier->advisor.isEmpty())
        intro += say(", made with %1").arg(m_earlier->advisor);
    intro += say("; this one is of %1").arg(ReportText::date(m_assessment.referenceDate(), m_language));
    intro += QLatin1Char('.');
    out += QStringLiteral("<p>%1</p>\n").arg(html(intro));
    if (m_earlier->company.name.compare(m_assessment.company.name, Qt::CaseInsensitive) != 0)
        out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                   .arg(html(say("Note: the earlier assessment is in the name of %1.")
                                 .arg(ReportText::quoted(m_earlier->company.name, m_language))));
    // Like with like: the overall score of both assessments on the themes assessed both times only.
    const QList<const ThemeResult *> common = comparableThemes();
    const std::optional<double> then = meanOf(common, true);
    const std::optional<double> now = meanOf(common, false);
    if (then && now) {
        const QString overall = common.size() == m_result.themes.size() ? say("Overall score: %1 then, %2 now (%3).")
                                : common.size() == 1
                                    ? say("Overall score on the one theme assessed both times: %1 then, %2 now (%3).")
                                    : say("Overall score on the %n themes assessed both times: %1 then, %2 now (%3).",
                                          nullptr, static_cast<int>(common.size()));
        out += QStringLiteral("<p class=\"lede\">%1</p>\n")
                   .arg(html(overall.arg(ReportText::score(*then), ReportText::score(*now),
                                         ReportText::change(std::round(*now) - std::round(*then)))));
    } else {
        out += QStringLiteral("<p class=\"lede\">%1</p>\n")
                   .arg(html(say("No theme was assessed both times: there is nothing to compare yet.")));
    }

    const auto changeText = [](const std::optional<double> &a, const std::optional<double> &b) {
        return a && b ? ReportText::change(std::round(*b) - std::round(*a)) : QStringLiteral("—");
    };
    QList<ReportChart::Axis> axes;
    QList<QStringList> rows;
    for (const ThemeResult &t : m_result.themes) {
        const ThemeResult *b = before.theme(t.questionnaire->id);
        std::optional<double> earlier;
        if (b)
            earlier = b->score;
        axes.append({t.questionnaire->title.text(m_language), t.score, earlier});
        rows.append({html(t.questionnaire->title.text(m_language)), html(scoreText(earlier, m_language)),
                     html(scoreText(t.score, m_language)), html(changeText(earlier, t.score))});
    }
    if (then && now)
        out += chart(axes, true, 0, true);
    out += table({html(say("Theme")), html(say("Then")), html(say("Now")), html(say("Change"))}, rows, {46, 18, 18, 18},
                 QStringLiteral("lrrr"), qRound(4 * m_px));

    for (const ThemeResult *t : common) {
        const ThemeResult *b = before.theme(t->questionnaire->id);
        out += heading(2, t->questionnaire->title.text(m_language));
        QList<QStringList> dimensionRows;
        for (const DimensionResult *d : t->scoredDimensions()) {
            const DimensionResult *e = b->dimension(d->dimension->id);
            std::optional<double> earlier;
            if (e)
                earlier = e->score;
            dimensionRows.append({html(d->dimension->title.text(m_language)), html(scoreText(earlier, m_language)),
                                  html(scoreText(d->score, m_language)), html(changeText(earlier, d->score))});
        }
        out += table({html(say("Dimension")), html(say("Then")), html(say("Now")), html(say("Change"))}, dimensionRows,
                     {46, 18, 18, 18}, QStringLiteral("lrrr"), qRound(3 * m_px), true);
    }
    QStringList dropped;
    for (const ThemeResult &b : before.themes) {
        const ThemeResult *current = m_result.theme(b.questionnaire->id);
        if (b.score && (!current || !current->score))
            dropped.append(b.questionnaire->title.text(m_language));
    }
    if (!dropped.isEmpty())
        out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                   .arg(html(say("Assessed last time but not this time: %1.").arg(dropped.join(QStringLiteral(", ")))));
}

void ReportDocument::writeAnswers(QString &out)
{
    out += heading(1, appendix(say("Answers and notes")), true);
    if (m_result.themes.isEmpty()) {
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(html(say("No theme was chosen for this assessment.")));
        return;
    }
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(say("Every question of the themes assessed, with the answer given and the advisor's note. "
                             "A question that did not apply, given an earlier answer, was not asked.")));
    const QString colon = ReportText::colon(m_language);
    qsizetype notesBudget = maxNotesCharacters;
    for (const ThemeResult &t : m_result.themes) {
        if (!t.score)
            continue; // a theme not assessed appears only as "not assessed"
        out += heading(2, t.questionnaire->title.text(m_language));
        const ThemeAnswers *answers = nullptr;
        if (auto found = m_assessment.themes.constFind(t.questionnaire->id); found != m_assessment.themes.cend())
            answers = &*found;
        int number = 0;
        for (const DimensionResult &d : t.dimensions) {
            out += heading(3, d.dimension->title.text(m_language));
            for (const QuestionResult &qr : d.questions) {
                out +=
                    keptParagraph(html(QStringLiteral("%1. %2").arg(++number).arg(phraseDates(
                                      qr.question->text.text(m_language), m_language, m_assessment.referenceDate()))),
                                  QStringLiteral(" class=\"question\""));
                QString answer;
                switch (qr.state) {
                case QuestionResult::State::Hidden:
                    answer = say("Not asked (did not apply given an earlier answer)");
                    break;
                case QuestionResult::State::Unanswered:
                    answer = qr.answer ? say("Answer kept but not counted (the questionnaire has changed)")
                                       : say("Not answered");
                    break;
                default:
                    answer = describeAnswer(*qr.question, *qr.answer, m_language);
                    if (qr.prefilled)
                        answer += QLatin1Char(' ') + say("(pre-filled from an earlier answer)");
                }
                const QString note = answers ? answers->notes.value(qr.question->id) : QString();
                const QString answerHtml =
                    QStringLiteral("<span class=\"muted\">%1</span> %2").arg(html(say("Answer") + colon), html(answer));
                if (note.trimmed().isEmpty()) {
                    out += QStringLiteral("<p class=\"answer\">%1</p>\n").arg(answerHtml);
                } else {
                    out += keptParagraph(answerHtml, QStringLiteral(" class=\"answer\""));
                    out += QStringLiteral("<p class=\"note\"><span class=\"muted\">%1</span> %2</p>\n")
                               .arg(html(say("Advisor's note") + colon),
                                    html(noteForReport(note.trimmed(), notesBudget, m_language)));
                }
            }
        }
    }
    if (!m_result.issues.isEmpty()) {
        out += heading(2, say("Answers kept but not counted"));
        out += QStringLiteral("<p>%1</p>\n<ul>")
                   .arg(html(say("The file holds answers that the current questionnaires no longer count. They are "
                                 "kept as they are:")));
        for (const ScoreIssue &issue : m_result.issues) {
            QString where = issue.theme;
            if (!issue.question.isEmpty())
                where += QLatin1Char('/') + issue.question;
            out += QStringLiteral("<li class=\"small\">%1 — %2</li>").arg(html(where), html(issue.message));
        }
        out += QStringLiteral("</ul>\n");
    }
}

void ReportDocument::writeOtherPossibilities(QString &out)
{
    const Recommendations &rec = m_recommendations;
    const DecidedPlan plan(m_content, m_assessment, rec);
    // A plan written as one list shows its other measures in the action plan itself; a possibility
    // decided on is in the plan, or among the actions declined.
    QSet<QString> decided;
    for (const QList<DecidedAction> *list : {&plan.actions(), &plan.declined()}) {
        for (const DecidedAction &a : *list) {
            if (a.state != DecidedAction::State::Proposed)
                decided.insert(a.id);
        }
    }
    QString items;
    if (rec.style != PlanStyle::List) {
        for (const PlannedAction &item : rec.others) {
            if (decided.contains(item.action->id))
                continue;
            items +=
                QStringLiteral("<li>%1 <span class=\"muted\">—\u00a0%2</span></li>")
                    .arg(html(phrased(item.action->text, m_language, rec)), html(say("rank %1, %2\u00a0out of\u00a0"
                                                                                     "100")
                                                                                     .arg(item.rank)
                                                                                     .arg(qRound(item.parts.score))));
        }
    }
    if (!items.isEmpty()) {
        out += heading(1, appendix(say("Other possibilities")), true);
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(html(say("These actions also fit the business, but come after the plan: to take up once it is "
                                 "done.")));
        out += QStringLiteral("<ol class=\"small\">%1</ol>\n").arg(items);
    }
    writeDeclined(out, plan);
}

void ReportDocument::writeDeclined(QString &out, const DecidedPlan &plan)
{
    if (plan.declined().isEmpty())
        return;
    out += heading(1, appendix(say("Actions declined")), true);
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(say("The plan proposed these actions; the business decided not to take them up, for the "
                             "reasons it gave. They stay out of the plan until the decision changes.")));
    const QString colon = ReportText::colon(m_language);
    QString items;
    for (const DecidedAction &a : plan.declined()) {
        const QString reason = a.why(m_language, m_recommendations).trimmed();
        items += QStringLiteral("<li>%1<br/><span class=\"muted\">%2</span>%3</li>")
                     .arg(html(a.text(m_language, m_recommendations)), html(say("Reason") + colon),
                          html(QLatin1Char(' ') + (reason.isEmpty() ? say("none given") : reason)));
    }
    out += QStringLiteral("<ol class=\"small\">%1</ol>\n").arg(items);
}

void ReportDocument::writeFollowUp(QString &out)
{
    const FollowUp followUp(*m_earlierEvaluation, m_evaluation);
    if (followUp.isEmpty())
        return; // nothing was decided: the comparison says all there is
    using Followed = FollowedAction::Status;
    const QString then = ReportText::date(m_earlier->referenceDate(), m_language);
    out += heading(1, say("Follow-up of the plan decided on %1").arg(then), true);
    const int decided = static_cast<int>(followUp.actions().size()) - followUp.count(Followed::Declined);
    QString lede =
        (decided == 1 ? say("Of the one action decided: %1 done, %2 late, %3 in progress, %4 to do.")
                      : say("Of the %n actions decided: %1 done, %2 late, %3 in progress, %4 to do.", nullptr, decided))
            .arg(followUp.count(Followed::Done))
            .arg(followUp.count(Followed::Late))
            .arg(followUp.count(Followed::InProgress))
            .arg(followUp.count(Followed::ToDo));
    if (const int declined = followUp.count(Followed::Declined); declined > 0)
        lede += QLatin1Char(' ') +
                (declined == 1 ? say("One action was declined.") : say("%n actions were declined.", nullptr, declined));
    out += QStringLiteral("<p class=\"lede\">%1</p>\n").arg(html(lede));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(say("An action is late when its due date is before this assessment's day (%1) and it is not "
                             "done. Beside each action done, the scores of the dimensions it belongs to, then and "
                             "now.")
                             .arg(ReportText::date(m_assessment.referenceDate(), m_language))));
    const Recommendations &rec = m_recommendations;
    const auto scores = [&](const FollowedAction &a) {
        QStringList lines;
        for (const DimensionChange &c : a.dimensions) {
            lines.append(
                QStringLiteral("%1%2 %3 → %4%5")
                    .arg(html(c.dimension->title.text(m_language)), html(ReportText::colon(m_language)),
                         html(scoreText(c.before, m_language)), html(scoreText(c.after, m_language)),
                         c.change() ? QStringLiteral(" (<b>%1</b>)").arg(ReportText::change(*c.change())) : QString()));
        }
        if (lines.isEmpty())
            return html(a.own ? say("an action of the business's own: no score of its own")
                              : say("no scored dimension"));
        return lines.join(QStringLiteral("<br/>"));
    };
    const auto date = [&](const QDate &day) {
        return day.isValid() ? html(ReportText::date(day, m_language)) : QStringLiteral("—");
    };
    const QList<std::pair<Followed, QString>> parts = {{Followed::Done, say("Done")},
                                                       {Followed::Late, say("Late")},
                                                       {Followed::InProgress, say("In progress")},
                                                       {Followed::ToDo, say("To do")},
                                                       {Followed::Declined, say("Declined")}};
    for (const auto &[status, title] : parts) {
        const QList<const FollowedAction *> items = followUp.with(status);
        if (items.isEmpty())
            continue;
        out += heading(2, title);
        QList<QStringList> rows;
        for (const FollowedAction *a : items) {
            const QString text = html(a->text(m_language, rec));
            if (status == Followed::Done)
                rows.append({text, html(a->who()), date(a->doneOn()), scores(*a)});
            else if (status == Followed::Declined)
                rows.append({text, html(a->reason().isEmpty() ? say("none given") : a->reason())});
            else
                rows.append(
                    {text, html(a->who()), date(a->due()), html(DecidedPlan::progressName(a->progress(), m_language))});
        }
        if (status == Followed::Done)
            out += table({html(say("Action")), html(say("Who")), html(say("Done on")), html(say("Score change"))}, rows,
                         {38, 12, 18, 32}, QStringLiteral("llll"), qRound(3 * m_px), true);
        else if (status == Followed::Declined)
            out += table({html(say("Action")), html(say("Reason"))}, rows, {50, 50}, QStringLiteral("ll"),
                         qRound(3 * m_px), true);
        else
            out += table({html(say("Action")), html(say("Who")), html(say("Due")), html(say("Status"))}, rows,
                         {48, 14, 20, 18}, QStringLiteral("llll"), qRound(3 * m_px), true);
    }
}

void ReportDocument::writeMethod(QString &out)
{
    out += heading(1, appendix(say("How the scores are computed")), true);
    const auto paragraph = [&](QString text, const QStringList &args = {}) {
        for (const QString &arg : args)
            text = text.arg(arg);
        out += QStringLiteral("<p>%1</p>\n").arg(html(text));
    };
    out += heading(2, say("From answers to scores"));
    paragraph(say("Each theme is a questionnaire, organised in dimensions (the axes of its radar). Each answer gets a "
                  "mark between 0 and 1: for a scale, where the chosen option stands between the lowest and the "
                  "highest; for a checklist, the share of the good practices ticked (ticking \"none of these\" gives "
                  "0); for a grid, the mean of its rows; for a yes-no question, 0 for no, 0.5 for partly and 1 for "
                  "yes."));
    paragraph(say("A dimension's score is the weighted mean of its questions' marks, times 100. A theme's score is the "
                  "weighted mean of its assessed dimensions, and the overall score the mean of the themes assessed."));
    paragraph(say("\"Don't know\" counts as the lowest answer and is flagged as something to check. \"Not "
                  "applicable\" does not count at all. A question that was not asked, because an earlier answer made "
                  "it irrelevant, does not count either. A dimension with no question counted has no score: it is "
                  "shown as \"not assessed\"."));
    // Content written to a framework's rules may score differently (docs/questionnaire-format.md): say where.
    QStringList excluding;
    bool prefilled = false;
    for (const ThemeResult &t : m_result.themes) {
        bool excludes = false;
        for (const DimensionResult &d : t.dimensions) {
            for (const QuestionResult &qr : d.questions) {
                excludes = excludes || (qr.question->allowDontKnow && t.questionnaire->dontKnowExcluded(*qr.question));
                prefilled = prefilled || qr.prefilled;
            }
        }
        if (excludes)
            excluding.append(t.questionnaire->title.text(m_language));
    }
    if (!excluding.isEmpty())
        paragraph(say("In %1, as the questionnaire's own rules say, \"don't know\" does not count in the score, like "
                      "\"not applicable\"; it is still listed as a point to check.")
                      .arg(excluding.join(QStringLiteral(", "))));
    if (prefilled)
        paragraph(say("Some answers are \"not applicable\" because of an earlier answer (marked \"pre-filled\" in "
                      "the answers); the advisor can change them."));

    out += heading(2, say("Levels"));
    paragraph(say("A score is placed on a level from its value rounded to a whole number, as it is shown. The levels "
                  "and their score bands are Phare's own, set in its content; they are not those of an official "
                  "assessment:"));
    const auto levelRows = [&](const QList<Level> &levels) {
        QList<QStringList> rows;
        qreal low = 0;
        for (const Level &level : levels) {
            rows.append({html(level.name.text(m_language)),
                         html(QStringLiteral("%1–%2").arg(qRound(low)).arg(qRound(level.max))),
                         html(level.description.text(m_language))});
            low = level.max + 1;
        }
        return rows;
    };
    const QStringList levelHeaders = {html(say("Level")), html(say("Scores")), html(say("What it means"))};
    out +=
        table(levelHeaders, levelRows(overallLevels(m_content)), {22, 12, 66}, QStringLiteral("lll"), qRound(4 * m_px));
    for (const ThemeResult &t : m_result.themes) {
        if (!t.score)
            continue;
        const QList<Level> &levels = t.questionnaire->levels;
        bool same = levels.size() == overallLevels(m_content).size();
        for (qsizetype i = 0; same && i < levels.size(); ++i)
            same = levels[i].id == overallLevels(m_content)[i].id &&
                   qFuzzyCompare(levels[i].max, overallLevels(m_content)[i].max);
        if (same || levels.isEmpty())
            continue;
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(html(say("The theme %1 has its own levels:")
                                 .arg(ReportText::quoted(t.questionnaire->title.text(m_language), m_language))));
        out += table(levelHeaders, levelRows(levels), {22, 12, 66}, QStringLiteral("lll"), qRound(4 * m_px));
    }

    out += heading(2, say("Recommendations"));
    paragraph(
        say("Each theme holds rules: \"if this answer shows a gap, and if the firm is concerned, then propose this "
            "action\". An action proposed by several rules appears once, with all its reasons. Each action gets a "
            "mark out of 100: 45% for what is at stake (what the gap costs a small firm), 30% for the gap (100 "
            "minus the lowest of the answers involved), 15% for speed (short actions first) and 10% for a legal "
            "deadline already in force or less than a year away."));
    const Recommendations &rec = m_recommendations;
    const auto contentRanked = [](const PlannedAction &item) {
        return item.action->rank > 0;
    };
    const bool ranked = std::any_of(rec.plan.cbegin(), rec.plan.cend(), contentRanked) ||
                        std::any_of(rec.others.cbegin(), rec.others.cend(), contentRanked);
    if (rec.style == PlanStyle::List) {
        paragraph(say("The plan is one list of measures: first those the content ranks itself, in the order of "
                      "their rank, then the others in the order of their marks; a measure comes after those it needs. "
                      "The first %1 are the priority measures; the others follow them. The white-paper chapters (at "
                      "most %2) and the use cases (at most %3, suited to the firm's sector, size and profile) are "
                      "those of the priority measures."),
                  {QString::number(m_content.plan.measures), QString::number(m_content.plan.chapters),
                   QString::number(m_content.plan.useCases)});
    } else {
        paragraph(
            say("The plan takes the actions in the order of their marks, making sure the firm's weakest point is "
                "dealt with this month and that an action comes after those it needs. So that a small firm can carry "
                "it out, it plans at most %1 actions for this month, %2 for this quarter and %3 within the year; the "
                "others are listed in an appendix. The white-paper chapters (at most %4) and the use cases (at most "
                "%5, suited to the firm's sector, size and profile) are those of the planned actions."),
            {QString::number(m_content.plan.now), QString::number(m_content.plan.next),
             QString::number(m_content.plan.later), QString::number(m_content.plan.chapters),
             QString::number(m_content.plan.useCases)});
        if (ranked)
            paragraph(say("The actions the content ranks itself come first, in the order of their rank, and the "
                          "weakest point is then not moved up."));
    }
    if (m_content.organisation.factsCheckedOn.isValid())
        paragraph(say("Facts (laws, deadlines, help) up to date on %1.")
                      .arg(ReportText::date(m_content.organisation.factsCheckedOn, m_language)));
}

void ReportDocument::writeGlossary(QString &out, const QString &body)
{
    // Only the terms the report uses, found as whole words whatever their case.
    QList<std::pair<QString, QString>> terms;
    for (const GlossaryTerm &term : m_content.glossary) {
        const QString word = term.term.text(m_language).trimmed();
        const QString definition = term.definition.text(m_language).trimmed();
        if (word.isEmpty() || definition.isEmpty())
            continue;
        const QRegularExpression used(
            QStringLiteral("(?<!\\p{L})%1(?!\\p{L})").arg(QRegularExpression::escape(html(word))),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (body.contains(used))
            terms.append({word, definition});
    }
    if (terms.isEmpty())
        return;
    std::sort(terms.begin(), terms.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    out += heading(1, appendix(say("Glossary")), true);
    const QString colon = ReportText::colon(m_language);
    for (const auto &[word, definition] : std::as_const(terms))
        out += QStringLiteral("<p><b>%1</b>%2 %3</p>\n").arg(html(word), html(colon), html(definition));
}

// ---------------------------------------------------------------------------------------------
// Laying out

void ReportDocument::layOut()
{
    // The association's help as far as the pages hold it: the roadmap keeps to its one page, and the body
    // to its budget (12 pages, 2 more for a comparison). A layout is redone only when it does not fit, and
    // with less help each time; the public help alone is the last resort.
    for (int level = static_cast<int>(LocalHelp::NowInPlan);; ++level) {
        m_localHelp = static_cast<LocalHelp>(level);
        if (m_localHelp != LocalHelp::None && m_nearYou.isEmpty())
            continue;
        layOutOnce();
        if (m_localHelp == LocalHelp::None || withinPageBudget())
            return;
    }
}

bool ReportDocument::withinPageBudget() const
{
    // The cover is page 1 and the roadmap page 2: the contents must start page 3.
    if (m_contentsPage > 3)
        return false;
    if (m_firstAppendix < 0 || m_firstAppendix >= m_sections.size())
        return true;
    const int body = m_sections[m_firstAppendix].page - 1; // the cover included, as docs/report.md counts
    // A comparison, a workshop's disagreements and a peer comparison may add two pages each (docs/report.md).
    return body <=
           12 + (m_earlierResult ? 2 : 0) + (m_assessment.respondents.size() >= 2 ? 2 : 0) + (m_benchmark ? 2 : 0);
}

void ReportDocument::layOutOnce()
{
    // A null page size keeps QTextDocumentLayout from laying out anything while the text is being
    // built (the HTML, the page margins, the charts): it is laid out once, when the page size is set.
    m_document->setPageSize(QSizeF(0, 0));
    m_document->setHtml(writeHtml());
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    frame.setTopMargin(marginTop * m_px);
    frame.setBottomMargin(marginBottom * m_px);
    frame.setLeftMargin(marginSide * m_px);
    frame.setRightMargin(marginSide * m_px);
    frame.setPadding(0);
    frame.setBorder(0);
    m_document->rootFrame()->setFrameFormat(frame);

    static const QRegularExpression marker(QStringLiteral("\uE000(\\d+)\uE001"));
    for (QTextCursor cursor = m_document->find(marker); !cursor.isNull(); cursor = m_document->find(marker, cursor)) {
        const int index = cursor.selectedText().mid(1).chopped(1).toInt();
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), m_chartFormats.value(index));
    }
    const QString narrow(QChar(0xE002));
    for (QTextCursor cursor = m_document->find(narrow); !cursor.isNull(); cursor = m_document->find(narrow, cursor))
        cursor.insertText(QString(QChar(0x202f)));
    m_document->setPageSize(m_pageSize);
    // Laid out to the end before anything changes: QTextDocumentLayout lays out lazily, a step at a
    // time, and a change made before the last step leaves the text it has not reached yet unlaid.
    m_document->documentLayout()->documentSize();

    // Page breaks are set on the laid-out text, in reading order: each one only moves what follows it.
    for (int attempt = 0; attempt < 8; ++attempt) {
        keepWithNext();
        keepRowsTogether();
        if (!removeEmptyPages())
            break;
    }
    fillContents();
    // The text's pages up to the last that holds any: a last paragraph that ends a page exactly leaves
    // its bottom margin, and no text, on one more.
    m_textPages = m_document->pageCount();
    for (QTextBlock block = m_document->lastBlock(); block.isValid(); block = block.previous()) {
        const QTextLayout *lines = block.layout();
        if (block.text().isEmpty() || !lines || lines->lineCount() == 0)
            continue;
        const qreal top = m_document->documentLayout()->blockBoundingRect(block).top();
        const QTextLine last = lines->lineAt(lines->lineCount() - 1);
        m_textPages = std::clamp(pageOf(top + last.y() + 0.5) + 1, 1, m_textPages);
        break;
    }
}

int ReportDocument::pageOf(qreal y) const
{
    return static_cast<int>(std::floor(y / m_pageSize.height()));
}

qreal ReportDocument::firstLineTop(const QTextBlock &block) const
{
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    return lines && lines->lineCount() > 0 ? rect.top() + lines->lineAt(0).y() : rect.top();
}

void ReportDocument::keepWithNext()
{
    const auto breaks = [](const QTextBlock &block) {
        return (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) != 0;
    };
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (keptId(block) < 0)
            continue;
        const QTextBlock next = block.next();
        // A heading, or a paragraph that introduces the next one, must not be the last thing on its
        // page: the run of kept blocks it ends moves to the next page as a whole.
        if (!next.isValid() || pageOf(firstLineTop(next) + 0.5) <= pageOf(firstLineTop(block) + 0.5))
            continue;
        QTextBlock head = block;
        while (!breaks(head) && head.previous().isValid() && keptId(head.previous()) >= 0)
            head = head.previous();
        const qreal top = firstLineTop(head);
        const qreal pageTop = pageOf(top + 0.5) * m_pageSize.height() + marginTop * m_px;
        if (breaks(head) || top - head.blockFormat().topMargin() <= pageTop + 1)
            continue; // already at the top of a page: moving it would only leave a hole
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // QTextDocumentLayout lays this block out again and moves all that follows it, page by page.
        QTextCursor(head).mergeBlockFormat(format);
        block = head;
    }
}

void ReportDocument::keepRowsTogether()
{
    // Qt splits a table row across pages when its first lines fit: an action would leave its reasons
    // on the next page. The action plan is written as one small table per action (itemTable()); one
    // that runs over a page's end starts on the next page. Tables are taken in reading order, each
    // move only moving what follows it.
    const QList<QTextFrame *> frames = m_document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() - table->format().headerRowCount() > 2 ||
            (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QRectF rect = m_document->documentLayout()->frameBoundingRect(table);
        if (pageOf(rect.top() + 0.5) == pageOf(rect.bottom() - 0.5) || rect.height() > m_pageSize.height() / 2)
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

bool ReportDocument::removeEmptyPages()
{
    const int pages = m_document->pageCount();
    if (pages <= 0) // past Qt's layout range the count overflows; the notes are capped so it does not
        return false;
    QList<bool> used(pages, false);
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (block.text().isEmpty() || !lines)
            continue;
        const qreal top = m_document->documentLayout()->blockBoundingRect(block).top();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const int page = pageOf(top + lines->lineAt(i).y() + 0.5);
            if (page >= 0 && page < pages)
                used[page] = true;
        }
    }
    // A section that begins right after a page filled to the bottom would leave that page empty.
    const auto empty = std::find(used.cbegin(), used.cend(), false);
    if (empty == used.cend())
        return false;
    const int page = static_cast<int>(empty - used.cbegin());
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if ((block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) &&
            pageOf(firstLineTop(block) + 0.5) > page) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(block).mergeBlockFormat(format);
            m_document->markContentsDirty(block.position(), m_document->characterCount() - block.position());
            return true;
        }
    }
    return false;
}

void ReportDocument::fillContents()
{
    QHash<int, int> pages;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const int id = keptId(block);
        if (id >= 0)
            pages.insert(id, pageOf(firstLineTop(block) + 0.5) + 2); // the cover is page 1
    }
    m_contentsPage = pages.value(0);
    m_sections.clear();
    for (qsizetype i = 0; i < m_sectionKept.size(); ++i)
        m_sections.append({m_sectionTitles.value(i), pages.value(m_sectionKept[i])});

    // Its second column holds placeholders of the same width.
    QTextTable *contents = contentsTable();
    if (!contents)
        return;
    // One edit: the text that follows is moved once, not once per row.
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    for (int row = 0; row < contents->rows() && row < m_sections.size(); ++row) {
        const QTextTableCell cell = contents->cellAt(row, 1);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        cursor.insertText(QString::number(m_sections[row].page), cursor.charFormat());
    }
    edit.endEditBlock();
}

QTextTable *ReportDocument::contentsTable() const
{
    // The first table after the contents' heading (k0): the roadmap, before it, has tables too.
    int contentsStart = 0;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (keptId(block) == 0) {
            contentsStart = block.position();
            break;
        }
    }
    for (QTextFrame *frame : m_document->rootFrame()->childFrames()) {
        if (frame->firstPosition() > contentsStart) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                return table;
        }
    }
    return nullptr;
}

QList<ReportDocument::ContentsLine> ReportDocument::contentsLines() const
{
    QList<ContentsLine> lines;
    QTextTable *contents = contentsTable();
    if (!contents)
        return lines;
    const QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const QRectF table = layout->frameBoundingRect(contents);
    for (int row = 0; row < contents->rows() && row < m_sections.size(); ++row) {
        QRectF line;
        for (int column = 0; column < contents->columns(); ++column) {
            const QTextTableCell cell = contents->cellAt(row, column);
            for (QTextBlock block = cell.firstCursorPosition().block();
                 block.isValid() && block.position() <= cell.lastCursorPosition().position(); block = block.next())
                line |= layout->blockBoundingRect(block);
        }
        const int page = pageOf(line.center().y());
        line.setLeft(table.left());
        line.setRight(table.right());
        lines.append({page + 2, line.translated(0, -page * m_pageSize.height())}); // the cover is page 1
    }
    return lines;
}

int ReportDocument::pageCount() const
{
    return 1 + m_textPages;
}

// ---------------------------------------------------------------------------------------------
// Painting

void ReportDocument::paintPage(QPainter *painter, int page) const
{
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), m_pageSize), Qt::white);
    if (page == 0) {
        paintCover(painter);
    } else {
        const QRectF clip(0, (page - 1) * m_pageSize.height(), m_pageSize.width(), m_pageSize.height());
        painter->save();
        painter->translate(0, -clip.top());
        painter->setClipRect(clip, Qt::IntersectClip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, ink);
        m_document->documentLayout()->draw(painter, context);
        painter->restore();
        paintRunningHeader(painter, page);
    }
    painter->restore();
}

void ReportDocument::paintRunningHeader(QPainter *painter, int page) const
{
    const QFont font = reportFont(7.5);
    const QFontMetricsF metrics(font);
    const qreal left = marginSide * m_px;
    const qreal width = m_pageSize.width() - 2 * marginSide * m_px;
    const qreal lineHeight = metrics.height() + 2;

    // The section this page belongs to: the last one starting on it or before.
    QString section;
    for (const Section &s : m_sections) {
        if (s.page <= page + 1)
            section = s.title;
    }
    if (page + 1 == m_contentsPage) // the contents are not a section of their own list
        section = say("Contents");
    const QString company = metrics.elidedText(m_assessment.company.name.simplified(), Qt::ElideRight, width * 0.55);
    section = metrics.elidedText(section, Qt::ElideRight, width * 0.42);
    const qreal top = headerTop * m_px;
    paintPlainText(painter, QRectF(left, top, width * 0.55 + 2, lineHeight), ReportText::typeset(company, m_language),
                   font, muted);
    paintPlainText(painter, QRectF(left + width * 0.58, top, width * 0.42, lineHeight), section, font, muted,
                   Qt::AlignRight);
    QPen pen(rule);
    pen.setWidthF(0.5 * m_px);
    painter->setPen(pen);
    painter->drawLine(QPointF(left, headerRule * m_px), QPointF(left + width, headerRule * m_px));

    const qreal bottom = footerTop * m_px;
    paintPlainText(painter, QRectF(left, bottom, width * 0.6, lineHeight), footerText(), font, muted);
    paintPlainText(painter, QRectF(left + width * 0.6, bottom, width * 0.4, lineHeight),
                   ReportText::typeset(pageNumberText().arg(page + 1).arg(pageCount()), m_language), font, ink,
                   Qt::AlignRight);
}

QString ReportDocument::footerText() const
{
    // The assessment's day, as on the cover.
    return ReportText::typeset(
        say("Phare · assessment of %1").arg(ReportText::date(m_assessment.referenceDate(), m_language)), m_language);
}

QString ReportDocument::pageNumberText() const
{
    return say("Page %1 of %2");
}

ReportDocument::CoverText ReportDocument::coverText() const
{
    const auto typeset = [this](const QString &text) {
        return ReportText::typeset(text, m_language);
    };
    CoverText cover;
    cover.heading = typeset(say("Digital maturity report"));
    const QString advisor = m_assessment.advisor.trimmed();
    const QString organisation = m_content.organisation.name.text(m_language).trimmed();
    QString subtitle;
    if (advisor.isEmpty())
        subtitle = say("Self-assessment");
    else if (organisation.isEmpty())
        subtitle = say("Assessment carried out with %1").arg(advisor);
    else
        subtitle = say("Assessment carried out with %1 (%2)").arg(advisor, organisation);
    subtitle += QStringLiteral(" · ") + ReportText::date(m_assessment.referenceDate(), m_language);
    cover.subtitle = typeset(subtitle);
    cover.company =
        m_assessment.company.name.trimmed().isEmpty() ? say("(business with no name)") : m_assessment.company.name;

    // The profile, as label and value pairs.
    const Company &c = m_assessment.company;
    QList<std::pair<QString, QString>> &rows = cover.rows;
    rows.append({say("Sector"), Names::sector(c.sector, m_language)});
    rows.append({say("Size"), c.employees == 1 ? say("1 employee") : say("%n employees", nullptr, c.employees)});
    if (!c.location.trimmed().isEmpty())
        rows.append({say("Town"), c.location.trimmed()});
    if (!advisor.isEmpty()) {
        QStringList who = {advisor};
        if (!organisation.isEmpty())
            who.append(organisation);
        if (!m_assessment.advisorContact.trimmed().isEmpty())
            who.append(m_assessment.advisorContact.trimmed());
        rows.append({say("Advisor"), who.join(QLatin1Char('\n'))});
    }
    rows.append({say("Date of the assessment"), ReportText::date(m_assessment.referenceDate(), m_language)});
    QStringList themes;
    QStringList notAssessed;
    for (const ThemeResult &t : m_result.themes)
        (t.score ? themes : notAssessed).append(t.questionnaire->title.text(m_language));
    for (const QString &title : std::as_const(notAssessed))
        themes.append(say("%1 (not assessed)").arg(title));
    rows.append({say("Themes"), themes.isEmpty() ? say("none yet") : themes.join(QLatin1Char('\n'))});
    if (m_earlier)
        rows.append({say("Compared with"), earlierLabel()});
    if (m_assessment.nextMeeting.isValid())
        rows.append({say("Next meeting"), ReportText::date(m_assessment.nextMeeting, m_language)});
    for (auto &[label, value] : rows) {
        label = typeset(label);
        value = typeset(value);
    }

    QString made = say("Report made with Phare %1 on %2. Everything in it comes from the answers given "
                       "during the assessment.")
                       .arg(QStringLiteral(PHARE_VERSION), ReportText::date(m_date, m_language));
    const QString contact = m_content.organisation.contact.text(m_language).trimmed();
    if (!organisation.isEmpty() && !contact.isEmpty())
        made += QLatin1Char(' ') + organisation + QStringLiteral(" · ") + contact;
    cover.made = typeset(made);
    return cover;
}

void ReportDocument::paintCover(QPainter *painter) const
{
    const CoverText cover = coverText();
    const qreal W = m_pageSize.width();
    const qreal H = m_pageSize.height();
    const qreal left = marginSide * m_px;
    const qreal width = W - 2 * left;
    const qreal band = 250 * m_px;
    painter->fillRect(QRectF(0, 0, W, band), navy);

    // The organisation's logo, top right on a white card; a file that cannot be read is left out.
    qreal textWidth = width;
    if (!m_content.organisation.logo.isEmpty()) {
        const QImage logo(m_content.organisation.logo);
        if (!logo.isNull()) {
            const QSizeF room(120 * m_px, 60 * m_px);
            const QSizeF size = QSizeF(logo.size()).scaled(room, Qt::KeepAspectRatio);
            const qreal pad = 8 * m_px;
            const QRectF card(W - left - size.width() - 2 * pad, 40 * m_px, size.width() + 2 * pad,
                              size.height() + 2 * pad);
            painter->fillRect(card, Qt::white);
            // PDF/A-1b allows no transparency: the logo is flattened on white before it is drawn.
            QImage flat(logo.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            {
                QPainter onWhite(&flat);
                onWhite.drawImage(0, 0, logo);
            }
            painter->drawImage(QRectF(card.topLeft() + QPointF(pad, pad), size), flat);
            textWidth = card.left() - left - 12 * m_px;
        }
    }

    qreal y = 70 * m_px;
    paintPlainText(painter, QRectF(left, y, textWidth, 20 * m_px), QStringLiteral("PHARE"), reportFont(10, true),
                   coverSubtle);
    y += 22 * m_px;
    const QString &heading = cover.heading;
    const QFont headingFont = reportFont(26, true);
    const qreal headingHeight = plainTextSize(heading, headingFont, textWidth).height();
    paintPlainText(painter, QRectF(left, y, textWidth, headingHeight), heading, headingFont, Qt::white);
    y += headingHeight + 10 * m_px;
    paintPlainText(painter, QRectF(left, y, textWidth, 40 * m_px), cover.subtitle, reportFont(11), coverSubtle);

    // The company's name, as typed, however long: smaller type until it fits its room.
    const QString &name = cover.company;
    const qreal nameRoom = 150 * m_px;
    qreal nameSize = 22;
    QSizeF nameBox = plainTextSize(name, reportFont(nameSize, true), width);
    while (nameBox.height() > nameRoom && nameSize > 9) {
        nameSize -= 1;
        nameBox = plainTextSize(name, reportFont(nameSize, true), width);
    }
    y = band + 40 * m_px;
    paintPlainText(painter, QRectF(left, y, width, nameBox.height()), name, reportFont(nameSize, true), navy);
    y += nameBox.height() + 24 * m_px;

    // The profile, as label and value pairs.
    const QList<std::pair<QString, QString>> &rows = cover.rows;
    const qreal bottomLimit = H - 70 * m_px;
    const qreal labelWidth = 150 * m_px;
    qreal scale = 1.0;
    const auto rowsHeight = [&](qreal s) {
        qreal total = 0;
        for (const auto &[label, value] : rows)
            total += std::max(plainTextSize(label, reportFont(8 * s), labelWidth).height(),
                              plainTextSize(value, reportFont(10.5 * s), width - labelWidth).height()) +
                     9 * m_px * s;
        return total;
    };
    while (y + rowsHeight(scale) > bottomLimit && scale > 0.5)
        scale -= 0.05;
    QPen pen(rule);
    pen.setWidthF(0.5 * m_px);
    for (const auto &[label, value] : rows) {
        const QFont labelFont = reportFont(8 * scale);
        const QFont valueFont = reportFont(10.5 * scale);
        const qreal h = std::max(plainTextSize(label, labelFont, labelWidth).height(),
                                 plainTextSize(value, valueFont, width - labelWidth).height());
        painter->setPen(pen);
        painter->drawLine(QPointF(left, y - 4.5 * m_px * scale), QPointF(left + width, y - 4.5 * m_px * scale));
        paintPlainText(painter, QRectF(left, y + 1.5 * m_px * scale, labelWidth - 8 * m_px, h), label.toUpper(),
                       labelFont, muted);
        paintPlainText(painter, QRectF(left + labelWidth, y, width - labelWidth, h), value, valueFont, ink);
        y += h + 9 * m_px * scale;
    }

    paintPlainText(painter, QRectF(left, H - 52 * m_px, width, 30 * m_px), cover.made, reportFont(7.5), muted);
}

bool ReportDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal scale = std::min(device->width() / m_pageSize.width(), device->height() / m_pageSize.height());
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        paintPage(&painter, page);
        painter.restore();
    }
    return painter.end();
}

Status ReportDocument::writePdf(const QString &path) const
{
    // The reason alone is the message: the callers say which file it is about in their own words.
    const auto failure = [&path](const QString &reason) {
        return Status::failure(Diagnostic{Diagnostic::Severity::Error, path, 0, 0, reason});
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    // Written in memory first: what Qt's writer cannot add (pdfstructure.h) is added before the file.
    QBuffer drawn;
    drawn.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&drawn);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(1200);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Phare %1").arg(QStringLiteral(PHARE_VERSION)));
        if (!print(&writer)) {
            file.cancelWriting();
            return failure(say("the pages could not be drawn"));
        }
    }
    PdfStructure structure;
    structure.language = languageTag();
    structure.author = m_assessment.advisor.simplified();
    structure.subject = subject();
    for (const Section &section : m_sections)
        structure.outline.append({section.title, section.page});
    const QList<ContentsLine> lines = contentsLines();
    for (qsizetype i = 0; i < lines.size() && i < m_sections.size(); ++i) {
        const QRectF &r = lines[i].rect;
        const QRectF fraction(r.x() / m_pageSize.width(), r.y() / m_pageSize.height(), r.width() / m_pageSize.width(),
                              r.height() / m_pageSize.height());
        structure.links.append({lines[i].page, fraction, m_sections[i].page});
    }
    const Result<QByteArray> pdf = structure.applyTo(drawn.data());
    if (!pdf.ok()) {
        file.cancelWriting();
        return failure(say("the bookmarks and links of the PDF could not be added (%1)")
                           .arg(pdf.diagnostics().constFirst().message));
    }
    if (file.write(*pdf) != pdf->size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return Status::success();
}

QString ReportDocument::languageTag() const
{
    return m_language.code() == u"fr"   ? QStringLiteral("fr-FR")
           : m_language.code() == u"en" ? QStringLiteral("en-GB")
                                        : m_language.code();
}

QString ReportDocument::subject() const
{
    return say("Digital maturity assessment — %1").arg(m_assessment.company.name.simplified());
}

Status ReportDocument::writeOdt(const QString &path) const
{
    ReportOdt::Details details;
    details.title = title();
    details.author = m_assessment.advisor.simplified(); // as the PDF's
    details.subject = subject();
    details.language = languageTag();
    details.footer = footerText();
    details.pageNumber = ReportText::typeset(pageNumberText(), m_language);
    const CoverText cover = coverText();
    details.coverSubtitle = cover.subtitle;
    details.coverRows = cover.rows;
    details.coverNote = cover.made;
    if (const QTextTable *contents = contentsTable())
        details.contentsTable = contents->firstPosition();
    Status written = ReportOdt::write(m_document.get(), m_px, details, path);
    if (written.ok() || !written.diagnostics().constFirst().message.isEmpty())
        return written;
    return Status::failure(
        Diagnostic{Diagnostic::Severity::Error, path, 0, 0, say("the editable document could not be made")});
}

} // namespace Phare
