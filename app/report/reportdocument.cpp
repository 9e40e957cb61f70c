// Builds the report as one HTML text with its own style sheet, lays it out on A4 pages with
// QTextDocument (paginated in layout units, painted with the painter scaled to the device), and
// paints the cover, running headers and page numbers around it.
#include "reportdocument.h"

#include "datetext.h"
#include "names.h"
#include "pdfstructure.h"
#include "reportodt.h"
#include "reporttext.h"
#include "translator.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

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
      m_date(options.date.isValid() ? options.date : QDate::currentDate()), m_result(m_evaluation.scores()),
      m_recommendations(m_evaluation.recommendations()),
      m_earlierResult(m_earlierEvaluation ? &m_earlierEvaluation->scores() : nullptr)
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
    const QDateTime when = m_earlier->modified.isValid() ? m_earlier->modified : m_earlier->created;
    if (!when.isValid())
        return say("Earlier assessment");
    return say("Assessment of %1").arg(ReportText::date(when.date(), m_language));
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

QString ReportDocument::chart(const QList<ReportChart::Axis> &axes, bool earlier, qreal heightPoints)
{
    ReportChart::Chart chart;
    chart.axes = axes;
    chart.showEarlier = earlier;
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
// ('l', 'r' or 'c' for each column).
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
              const QString &alignments, int padding)
{
    const auto align = [&](qsizetype column) {
        const QChar a = column < alignments.size() ? alignments[column] : QChar(u'l');
        return a == u'r' ? QStringLiteral("right") : a == u'c' ? QStringLiteral("center") : QStringLiteral("left");
    };
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                                 "style=\"border-collapse: collapse; margin-top: 4px; margin-bottom: 10px\">\n")
                      .arg(padding);
    if (!headers.isEmpty()) {
        out += QStringLiteral("<thead><tr>");
        for (qsizetype c = 0; c < headers.size(); ++c) {
            out += QStringLiteral("<th width=\"%1%\" align=\"%2\" style=\"border-bottom: 1px solid #0b3d6b\">%3</th>")
                       .arg(widths.value(c, 0))
                       .arg(align(c), headers[c]);
        }
        out += QStringLiteral("</tr></thead>\n");
    }
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c) {
            out += QStringLiteral("<td width=\"%1%\" align=\"%2\" style=\"border-bottom: 1px solid #d3d9df\">%3</td>")
                       .arg(widths.value(c, 0))
                       .arg(align(c), row[c]);
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString ReportDocument::writeHtml()
{
    m_nextKept = 1; // k0 is the contents' heading, written last
    m_sectionKept.clear();
    m_sectionTitles.clear();
    m_charts->clear();
    m_chartFormats.clear();

    // The contents come first but list the sections that follow: write those first.
    QString body;
    writeSummary(body);
    for (const ThemeResult &theme : m_result.themes)
        writeTheme(body, theme);
    writeRecommendations(body);
    if (m_earlierResult)
        writeComparison(body);
    writeAnswers(body);
    writeMethod(body);
    writeOtherPossibilities(body);

    QString contents;
    writeContents(contents);
    return QStringLiteral("<html><body>") + contents + body + QStringLiteral("</body></html>");
}

void ReportDocument::writeContents(QString &out)
{
    // The first heading, k0, is reserved for the contents page.
    out += QStringLiteral("<h1><a name=\"k0\"></a>%1</h1>\n").arg(html(say("Contents")));
    const Company &c = m_assessment.company;
    const QDateTime when = m_assessment.modified.isValid() ? m_assessment.modified : m_assessment.created;
    QStringList themes;
    for (const ThemeResult &t : m_result.themes)
        themes.append(t.questionnaire->title.text(m_language));

    QString intro = say("This report presents the digital "
                        "maturity of <b>%1</b>")
                        .arg(html(c.name));
    if (when.isValid())
        intro += say(", as measured with Phare on %1").arg(html(ReportText::date(when.date(), m_language)));
    if (!m_assessment.advisor.isEmpty())
        intro += say(" with %1").arg(html(m_assessment.advisor));
    intro += QStringLiteral(". ");
    if (themes.isEmpty())
        intro += say("No theme has been chosen for this assessment yet.");
    else if (themes.size() == 1)
        intro += say("It covers one theme: %1.").arg(html(themes.first()));
    else
        intro += say("It covers %1 themes: %2.").arg(themes.size()).arg(html(themes.join(say(", "))));
    out += QStringLiteral("<p>%1</p>\n").arg(intro);
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(say("Scores go from 0 to 100. The levels follow the bands of the European Union's Digital "
                             "Maturity Assessment (DMA); appendix B explains how each score is computed. Each "
                             "recommendation comes with the answers that led to it.")));

    // fillContents() puts the page numbers in once the text is laid out.
    QList<QStringList> rows;
    for (const QString &title : std::as_const(m_sectionTitles))
        rows.append({html(title), QStringLiteral("000")});
    out += QStringLiteral("<p style=\"margin-top: %1\"></p>\n").arg(px(6));
    out += table({}, rows, {90, 10}, QStringLiteral("lr"), qRound(5 * m_px));
}

void ReportDocument::writeSummary(QString &out)
{
    out += heading(1, say("Summary"), true);
    if (m_result.overall) {
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

    bool anyScore = false;
    for (const ThemeResult &t : m_result.themes)
        anyScore = anyScore || t.score.has_value();
    if (anyScore) {
        QList<ReportChart::Axis> axes;
        for (const ThemeResult &t : m_result.themes)
            axes.append({t.questionnaire->title.text(m_language) + QLatin1Char('\n') + scoreText(t.score, m_language),
                         t.score, std::nullopt});
        out += chart(axes, false, 205);
    }
    if (!m_result.themes.isEmpty()) {
        QList<QStringList> rows;
        for (const ThemeResult &t : m_result.themes) {
            rows.append({html(t.questionnaire->title.text(m_language)), html(scoreText(t.score, m_language)),
                         html(levelText(t.level, m_language)), html(say("%1 of %2").arg(t.answered).arg(t.visible))});
        }
        out += table({html(say("Theme")), html(say("Score")), html(say("Level")), html(say("Answered"))}, rows,
                     {40, 14, 28, 18}, QStringLiteral("lrll"), qRound(4 * m_px));
    }

    // Three strengths: the best dimensions at 50 or more; three priorities: the first actions planned.
    struct Scored
    {
        const ThemeResult *theme;
        const DimensionResult *dimension;
    };
    QList<Scored> scored;
    for (const ThemeResult &t : m_result.themes) {
        for (const DimensionResult &d : t.dimensions) {
            if (d.score && *d.score >= 50)
                scored.append({&t, &d});
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return *a.dimension->score > *b.dimension->score; });
    QString strengths;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, scored.size()); ++i) {
        strengths += QStringLiteral("<p>%1<br/><span class=\"muted\">%2 · %3</span></p>")
                         .arg(html(scored[i].dimension->dimension->title.text(m_language)),
                              html(scored[i].theme->questionnaire->title.text(m_language)),
                              html(ReportText::score(*scored[i].dimension->score)));
    }
    if (strengths.isEmpty())
        strengths = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No dimension reaches 50/100 yet.")));
    QString priorities;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, m_recommendations.plan.size()); ++i) {
        const PlannedAction &item = m_recommendations.plan[i];
        const Questionnaire *theme = item.themes.isEmpty() ? nullptr : m_content.questionnaire(item.themes.first());
        priorities += QStringLiteral("<p>%1<br/><span class=\"muted\">%2 · %3</span></p>")
                          .arg(html(phrased(item.action->text, m_language, m_recommendations)),
                               html(theme ? theme->title.text(m_language) : QString()),
                               html(Names::horizon(item.horizon, m_language)));
    }
    if (priorities.isEmpty())
        priorities = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No action to plan for now.")));
    out += table({html(say("Three strengths")), html(say("Three priorities"))}, {{strengths, priorities}}, {50, 50},
                 QStringLiteral("ll"), qRound(5 * m_px));
}

void ReportDocument::writeTheme(QString &out, const ThemeResult &theme)
{
    const Questionnaire &q = *theme.questionnaire;
    out += heading(1, q.title.text(m_language), true);
    if (theme.score) {
        QString lede = say("Score: <b>%1</b> · Level: <b>%2</b>")
                           .arg(html(ReportText::score(*theme.score)), html(levelText(theme.level, m_language)));
        out += QStringLiteral("<p class=\"lede\">%1</p>\n").arg(lede);
        if (theme.level && !theme.level->description.isEmpty())
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(html(theme.level->description.text(m_language)));
    } else {
        out += QStringLiteral("<p class=\"lede\">%1</p>\n")
                   .arg(html(say("Not assessed yet: no question of this theme has been answered.")));
    }
    QString facts = say("%1 of %2 questions answered.").arg(theme.answered).arg(theme.visible);
    if (theme.dontKnow > 0)
        facts += QLatin1Char(' ') +
                 say("\"Don't know\" answers to check: %1; they count as the lowest answer.").arg(theme.dontKnow);
    out += QStringLiteral("<p class=\"small muted\">%1</p>\n").arg(html(facts));

    if (theme.score) {
        QList<ReportChart::Axis> axes;
        for (const DimensionResult &d : theme.dimensions)
            axes.append({d.dimension->title.text(m_language) + QLatin1Char('\n') + scoreText(d.score, m_language),
                         d.score, std::nullopt});
        out += chart(axes, false, 235);
    }

    QList<QStringList> rows;
    for (const DimensionResult &d : theme.dimensions) {
        rows.append({html(d.dimension->title.text(m_language)), html(scoreText(d.score, m_language)),
                     html(levelText(d.level, m_language)), html(say("%1 of %2").arg(d.answered).arg(d.visible))});
    }
    out += table({html(say("Dimension")), html(say("Score")), html(say("Level")), html(say("Answered"))}, rows,
                 {40, 14, 28, 18}, QStringLiteral("lrll"), qRound(4 * m_px));

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
    if (strengths.isEmpty())
        strengths = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No dimension at 50/100 or more.")));
    if (gaps.isEmpty())
        gaps = QStringLiteral("<p class=\"muted\">%1</p>").arg(html(say("No dimension below 50/100.")));
    if (theme.score)
        out += table({html(say("Strengths")), html(say("Gaps"))}, {{strengths, gaps}}, {50, 50}, QStringLiteral("ll"),
                     qRound(5 * m_px));
}

void ReportDocument::writeRecommendations(QString &out)
{
    const Recommendations &rec = m_recommendations;
    out += heading(1, say("Recommendations"), true);
    if (rec.chapters.isEmpty() && rec.useCases.isEmpty() && rec.plan.isEmpty()) {
        out += QStringLiteral("<p class=\"lede\">%1</p>\n")
                   .arg(html(say("No recommendation yet: they come from the answers to the questionnaires.")));
        return;
    }
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(say("From the answers, here is a short plan: at most %1 actions this month, %2 this quarter "
                             "and %3 within the year, ranked by stakes, gap, effort and legal deadline. Each says "
                             "why it is proposed and where to start.")
                             .arg(m_content.plan.now)
                             .arg(m_content.plan.next)
                             .arg(m_content.plan.later)));
    if (rec.profileMissing)
        out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                   .arg(html(say("The business profile was not filled in: advice that depends on it (website, "
                                 "customers, platforms, incidents) is not given.")));
    const QString colon = ReportText::colon(m_language);
    const auto themeTitles = [&](const QStringList &ids) {
        QStringList titles;
        for (const QString &id : ids) {
            if (const Questionnaire *q = m_content.questionnaire(id))
                titles.append(q->title.text(m_language));
        }
        return titles.join(QStringLiteral(", "));
    };
    const auto reasons = [&](const ReasonList &list) {
        if (list.isEmpty())
            return QString();
        QString text = keptParagraph(QStringLiteral("<b>%1</b>").arg(html(say("Why") + colon)),
                                     QStringLiteral(" class=\"small\" style=\"margin-bottom: 2px\"")) +
                       QStringLiteral("<ul>");
        // The strongest reasons; the others are in the answers of appendix A.
        constexpr qsizetype shown = 4;
        for (qsizetype i = 0; i < std::min(shown, list.size()); ++i)
            text += QStringLiteral("<li class=\"small\">%1</li>")
                        .arg(html(list[i].describe(m_language, rec.referenceDate)));
        if (list.size() > shown) {
            const qsizetype more = list.size() - shown;
            text += QStringLiteral("<li class=\"small muted\">%1</li>")
                        .arg(html(more == 1 ? say("and one more answer (see appendix A).")
                                            : say("and %1 more answers (see appendix A).").arg(more)));
        }
        return text + QStringLiteral("</ul>\n");
    };

    out += heading(2, say("Action plan"));
    for (Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later}) {
        out += heading(3, Names::horizon(h, m_language));
        bool any = false;
        for (const PlannedAction &item : rec.plan) {
            if (item.horizon != h)
                continue;
            any = true;
            out += keptParagraph(
                QStringLiteral("<b>%1. %2</b>").arg(item.rank).arg(html(phrased(item.action->text, m_language, rec))),
                QString());
            QStringList facts;
            facts.append(themeTitles(item.themes));
            facts.append(say("about %1 h").arg(item.action->effort));
            out +=
                QStringLiteral("<p class=\"small\">%1</p>\n").arg(html(phrased(item.action->benefit, m_language, rec)));
            out +=
                QStringLiteral("<p class=\"small\"><b>%1</b>%2 %3</p>\n")
                    .arg(html(say("First step")), html(colon), html(phrased(item.action->firstStep, m_language, rec)));
            out += reasons(item.reasons);
            out += QStringLiteral("<p class=\"small muted\">%1</p>\n")
                       .arg(html(facts.join(QStringLiteral(" · ")) + QStringLiteral(" · ") +
                                 item.rankExplanation(m_language)));
        }
        if (!any)
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(html(say("Nothing planned.")));
    }
    if (!rec.others.isEmpty())
        out +=
            QStringLiteral("<p class=\"muted\">%1</p>\n")
                .arg(html(say("Other possibilities, for later: %1 (listed in the appendix).").arg(rec.others.size())));

    out += heading(2, say("White-paper chapters to read"));
    if (rec.chapters.isEmpty())
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(html(say("None.")));
    int n = 0;
    for (const ChapterRecommendation &c : rec.chapters) {
        out += heading(3, QStringLiteral("%1. %2").arg(++n).arg(c.chapter->title.text(m_language)));
        out += keptParagraph(html(themeTitles(c.themes)), QStringLiteral(" class=\"tag\""));
        if (!c.chapter->summary.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(html(phrased(c.chapter->summary, m_language, rec)));
        QStringList supported;
        for (const Action *a : c.actions)
            supported.append(phrased(a->text, m_language, rec));
        out += QStringLiteral("<p class=\"small muted\">%1</p>\n")
                   .arg(html(say("For the actions: ") + supported.join(QStringLiteral(" · "))));
    }

    out += heading(2, say("Use cases for your business"));
    if (rec.useCases.isEmpty())
        out +=
            QStringLiteral("<p class=\"muted\">%1</p>\n").arg(html(say("None for this sector and size of business.")));
    n = 0;
    for (const UseCaseRecommendation &u : rec.useCases) {
        out += heading(3, QStringLiteral("%1. %2").arg(++n).arg(u.useCase->title.text(m_language)));
        out += keptParagraph(html(themeTitles(u.themes)), QStringLiteral(" class=\"tag\""));
        if (!u.useCase->description.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(html(phrased(u.useCase->description, m_language, rec)));
        QStringList facts;
        if (!u.useCase->effort.isEmpty())
            facts.append(say("Effort") + colon + QLatin1Char(' ') +
                         Names::useCaseEffort(u.useCase->effort, m_language));
        if (!u.useCase->cost.isEmpty())
            facts.append(say("Cost") + colon + QLatin1Char(' ') + Names::useCaseCost(u.useCase->cost, m_language));
        if (!u.useCase->timeToValue.isEmpty())
            facts.append(say("Time to value") + colon + QLatin1Char(' ') +
                         Names::timeToValue(u.useCase->timeToValue, m_language));
        if (!facts.isEmpty())
            out += QStringLiteral("<p class=\"small muted\">%1</p>\n").arg(html(facts.join(QStringLiteral(" · "))));
        QStringList why;
        for (const Action *a : u.actions)
            why.append(phrased(a->text, m_language, rec));
        out += QStringLiteral("<p class=\"small muted\">%1</p>\n")
                   .arg(html(say("Proposed for: ") + why.join(QStringLiteral(" · "))));
    }
}

void ReportDocument::writeComparison(QString &out)
{
    const AssessmentResult &before = *m_earlierResult;
    out += heading(1, say("Comparison with the earlier assessment"), true);
    const QDateTime then = m_earlier->modified.isValid() ? m_earlier->modified : m_earlier->created;
    const QDateTime now = m_assessment.modified.isValid() ? m_assessment.modified : m_assessment.created;
    QString intro = then.isValid() ? say("This assessment is compared "
                                         "with the one of %1")
                                         .arg(ReportText::date(then.date(), m_language))
                                   : say("This assessment is compared with an earlier one");
    if (!m_earlier->advisor.isEmpty())
        intro += say(", made with %1").arg(m_earlier->advisor);
    if (now.isValid())
        intro += say("; this one is of %1").arg(ReportText::date(now.date(), m_language));
    intro += QLatin1Char('.');
    out += QStringLiteral("<p>%1</p>\n").arg(html(intro));
    if (m_earlier->company.name.compare(m_assessment.company.name, Qt::CaseInsensitive) != 0)
        out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                   .arg(html(say("Note: the earlier assessment is in the name of %1.")
                                 .arg(ReportText::quoted(m_earlier->company.name, m_language))));
    if (before.overall && m_result.overall) {
        out += QStringLiteral("<p class=\"lede\">%1</p>\n")
                   .arg(html(say("Overall score: %1 then, %2 now (%3).")
                                 .arg(ReportText::score(*before.overall), ReportText::score(*m_result.overall),
                                      ReportText::change(*m_result.overall - *before.overall))));
    }

    const auto changeText = [](const std::optional<double> &a, const std::optional<double> &b) {
        return a && b ? ReportText::change(*b - *a) : QStringLiteral("—");
    };
    QList<ReportChart::Axis> axes;
    QList<QStringList> rows;
    bool anyScore = false;
    for (const ThemeResult &t : m_result.themes) {
        const ThemeResult *b = before.theme(t.questionnaire->id);
        const std::optional<double> earlier = b ? b->score : std::nullopt;
        anyScore = anyScore || t.score || earlier;
        axes.append({t.questionnaire->title.text(m_language), t.score, earlier});
        rows.append({html(t.questionnaire->title.text(m_language)), html(scoreText(earlier, m_language)),
                     html(scoreText(t.score, m_language)), html(changeText(earlier, t.score))});
    }
    if (anyScore)
        out += chart(axes, true, 240);
    out += table({html(say("Theme")), html(say("Then")), html(say("Now")), html(say("Change"))}, rows, {46, 18, 18, 18},
                 QStringLiteral("lrrr"), qRound(4 * m_px));

    for (const ThemeResult &t : m_result.themes) {
        const ThemeResult *b = before.theme(t.questionnaire->id);
        out += heading(2, t.questionnaire->title.text(m_language));
        if (!b) {
            out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                       .arg(html(say("This theme was not in the earlier assessment.")));
            continue;
        }
        QList<QStringList> dimensionRows;
        for (const DimensionResult &d : t.dimensions) {
            const DimensionResult *e = b->dimension(d.dimension->id);
            const std::optional<double> earlier = e ? e->score : std::nullopt;
            dimensionRows.append({html(d.dimension->title.text(m_language)), html(scoreText(earlier, m_language)),
                                  html(scoreText(d.score, m_language)), html(changeText(earlier, d.score))});
        }
        out += table({html(say("Dimension")), html(say("Then")), html(say("Now")), html(say("Change"))}, dimensionRows,
                     {46, 18, 18, 18}, QStringLiteral("lrrr"), qRound(4 * m_px));
    }
    QStringList dropped;
    for (const ThemeResult &b : before.themes) {
        if (!m_result.theme(b.questionnaire->id))
            dropped.append(b.questionnaire->title.text(m_language));
    }
    if (!dropped.isEmpty())
        out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                   .arg(html(say("Assessed last time but not this time: %1.").arg(dropped.join(QStringLiteral(", ")))));
}

void ReportDocument::writeAnswers(QString &out)
{
    out += heading(1, say("Appendix A — Answers and notes"), true);
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
    if (rec.others.isEmpty())
        return;
    out += heading(1, say("Appendix C — Other possibilities"), true);
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(say("These actions also fit the business, but come after the plan: to take up once it is "
                             "done.")));
    QString items;
    for (const PlannedAction &item : rec.others)
        items += QStringLiteral("<li>%1 <span class=\"muted\">—\u00a0%2</span></li>")
                     .arg(html(phrased(item.action->text, m_language, rec)), html(say("rank %1, %2\u00a0out of\u00a0"
                                                                                      "100")
                                                                                      .arg(item.rank)
                                                                                      .arg(qRound(item.parts.score))));
    out += QStringLiteral("<ol class=\"small\">%1</ol>\n").arg(items);
}

void ReportDocument::writeMethod(QString &out)
{
    out += heading(1, say("Appendix B — How the scores are computed"), true);
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

    out += heading(2, say("Levels"));
    paragraph(say("A score is placed on a level from its value rounded to a whole number, as it is shown. The levels "
                  "are those of the European Union's Digital Maturity Assessment (DMA):"));
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
    out += table(levelHeaders, levelRows(overallLevels()), {22, 12, 66}, QStringLiteral("lll"), qRound(4 * m_px));
    for (const ThemeResult &t : m_result.themes) {
        const QList<Level> &levels = t.questionnaire->levels;
        bool same = levels.size() == overallLevels().size();
        for (qsizetype i = 0; same && i < levels.size(); ++i)
            same = levels[i].id == overallLevels()[i].id && qFuzzyCompare(levels[i].max, overallLevels()[i].max);
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
    paragraph(
        say("The plan takes the actions in the order of their marks, making sure the firm's weakest point is dealt "
            "with this month and that an action comes after those it needs. So that a small firm can carry it "
            "out, it plans at most %1 actions for this month, %2 for this quarter and %3 within the year; the "
            "others are listed in appendix C. The white-paper chapters (at most %4) and the use cases (at most "
            "%5, suited to the firm's sector, size and profile) are those of the planned actions."),
        {QString::number(m_content.plan.now), QString::number(m_content.plan.next),
         QString::number(m_content.plan.later), QString::number(m_content.plan.chapters),
         QString::number(m_content.plan.useCases)});
}

// ---------------------------------------------------------------------------------------------
// Laying out

void ReportDocument::layOut()
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
    m_document->setPageSize(m_pageSize);
    // Laid out to the end before anything changes: QTextDocumentLayout lays out lazily, a step at a
    // time, and a change made before the last step leaves the text it has not reached yet unlaid.
    m_document->documentLayout()->documentSize();

    // Page breaks are set on the laid-out text, in reading order: each one only moves what follows it.
    for (int attempt = 0; attempt < 8; ++attempt) {
        keepWithNext();
        if (!removeEmptyPages())
            break;
    }
    fillContents();
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
    m_sections.clear();
    for (qsizetype i = 0; i < m_sectionKept.size(); ++i)
        m_sections.append({m_sectionTitles.value(i), pages.value(m_sectionKept[i])});

    // The contents table is the first table; its second column holds placeholders of the same width.
    QTextTable *contents = nullptr;
    for (QTextFrame *frame : m_document->rootFrame()->childFrames()) {
        if ((contents = qobject_cast<QTextTable *>(frame)))
            break;
    }
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

QList<ReportDocument::ContentsLine> ReportDocument::contentsLines() const
{
    QList<ContentsLine> lines;
    QTextTable *contents = nullptr; // the first table, as in fillContents()
    for (QTextFrame *frame : m_document->rootFrame()->childFrames()) {
        if ((contents = qobject_cast<QTextTable *>(frame)))
            break;
    }
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
    return 1 + m_document->pageCount();
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
    const QString company = metrics.elidedText(m_assessment.company.name.simplified(), Qt::ElideRight, width * 0.55);
    section = metrics.elidedText(section, Qt::ElideRight, width * 0.42);
    const qreal top = headerTop * m_px;
    paintPlainText(painter, QRectF(left, top, width * 0.55 + 2, lineHeight), company, font, muted);
    paintPlainText(painter, QRectF(left + width * 0.58, top, width * 0.42, lineHeight), section, font, muted,
                   Qt::AlignRight);
    QPen pen(rule);
    pen.setWidthF(0.5 * m_px);
    painter->setPen(pen);
    painter->drawLine(QPointF(left, headerRule * m_px), QPointF(left + width, headerRule * m_px));

    const qreal bottom = footerTop * m_px;
    const QString made = say("Phare · report of %1").arg(ReportText::date(m_date, m_language));
    paintPlainText(painter, QRectF(left, bottom, width * 0.6, lineHeight), made, font, muted);
    paintPlainText(painter, QRectF(left + width * 0.6, bottom, width * 0.4, lineHeight),
                   say("Page %1 of %2").arg(page + 1).arg(pageCount()), font, ink, Qt::AlignRight);
}

void ReportDocument::paintCover(QPainter *painter) const
{
    const qreal W = m_pageSize.width();
    const qreal H = m_pageSize.height();
    const qreal left = marginSide * m_px;
    const qreal width = W - 2 * left;
    const qreal band = 250 * m_px;
    painter->fillRect(QRectF(0, 0, W, band), navy);

    qreal y = 70 * m_px;
    paintPlainText(painter, QRectF(left, y, width, 20 * m_px), QStringLiteral("PHARE"), reportFont(10, true),
                   coverSubtle);
    y += 22 * m_px;
    const QString heading = say("Digital maturity report");
    const QFont headingFont = reportFont(26, true);
    const qreal headingHeight = plainTextSize(heading, headingFont, width).height();
    paintPlainText(painter, QRectF(left, y, width, headingHeight), heading, headingFont, Qt::white);
    y += headingHeight + 10 * m_px;
    const QDateTime when = m_assessment.modified.isValid() ? m_assessment.modified : m_assessment.created;
    QString subtitle = say("Self-assessment of a small business");
    if (when.isValid())
        subtitle += QStringLiteral(" · ") + ReportText::date(when.date(), m_language);
    paintPlainText(painter, QRectF(left, y, width, 40 * m_px), subtitle, reportFont(11), coverSubtle);

    // The company's name, as typed, however long: smaller type until it fits its room.
    const QString name =
        m_assessment.company.name.trimmed().isEmpty() ? say("(business with no name)") : m_assessment.company.name;
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
    const Company &c = m_assessment.company;
    QList<std::pair<QString, QString>> rows;
    rows.append({say("Sector"), Names::sector(c.sector, m_language)});
    rows.append({say("Employees"), say("%1 employees").arg(c.employees)});
    if (!c.location.trimmed().isEmpty())
        rows.append({say("Location"), c.location.trimmed()});
    if (!m_assessment.advisor.trimmed().isEmpty())
        rows.append({say("Advisor"), m_assessment.advisor.trimmed()});
    if (when.isValid())
        rows.append({say("Date of the assessment"), ReportText::date(when.date(), m_language)});
    QStringList themes;
    for (const ThemeResult &t : m_result.themes)
        themes.append(t.questionnaire->title.text(m_language));
    rows.append({say("Themes assessed"), themes.isEmpty() ? say("none yet") : themes.join(QLatin1Char('\n'))});
    if (m_earlier)
        rows.append({say("Compared with"), earlierLabel()});

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

    const QString made = say("Report made with Phare %1 on %2. Everything in it comes from the answers given "
                             "during the assessment.")
                             .arg(QStringLiteral(PHARE_VERSION), ReportText::date(m_date, m_language));
    paintPlainText(painter, QRectF(left, H - 52 * m_px, width, 30 * m_px), made, reportFont(7.5), muted);
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
    structure.language = m_language.code() == u"fr"   ? QStringLiteral("fr-FR")
                         : m_language.code() == u"en" ? QStringLiteral("en-GB")
                                                      : m_language.code();
    structure.author = m_assessment.advisor.simplified();
    structure.subject = say("Digital maturity assessment — %1").arg(m_assessment.company.name.simplified());
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

Status ReportDocument::writeOdt(const QString &path) const
{
    const Status written = ReportOdt::write(m_document.get(), m_px, title(), path);
    if (written.ok() || !written.diagnostics().constFirst().message.isEmpty())
        return written;
    return Status::failure(
        Diagnostic{Diagnostic::Severity::Error, path, 0, 0, say("the editable document could not be made")});
}

} // namespace Phare
