// Builds the peer rows from an evaluation and a benchmark, and writes them as the report's section.
#include "peerreport.h"

#include "contentids.h"
#include "reporttext.h"
#include "translator.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Phare {

namespace {

QString say(const Language &language, const char *source)
{
    return Translator::forLanguage(language).translate("Phare::PeerReport", source);
}

std::optional<PeerRow> rowOf(const Benchmark &benchmark, const Assessment &assessment, const QString &key,
                             const QString &label, double score, bool dimension)
{
    const QString size = sizeForEmployees(assessment.company.employees);
    const std::optional<PeerPlace> place = benchmark.place(assessment.company.sector, size, key, score);
    if (!place)
        return std::nullopt;
    return PeerRow{key, label, dimension, static_cast<int>(std::lround(score)), *place};
}

// A quartile bar as a one-row table of coloured cells (vector rectangles in the PDF, no picture): the
// track from 0 to 100, the middle half of the peers (Q1 to Q3), the median and the firm's mark.
QString bar(const PeerRow &row)
{
    const BenchmarkDistribution &d = *row.place.distribution;
    enum Paint : char
    {
        Track,
        Box,
        Median,
        Firm
    };
    std::array<Paint, 100> cells{};
    cells.fill(Track);
    for (int i = std::max(0, d.q1); i < std::min(100, d.q3); ++i)
        cells[i] = Box;
    cells[std::clamp(d.median, 0, 99)] = Median;
    const int mark = std::clamp(row.score, 0, 100);
    for (int i = std::max(0, mark - 1); i < std::min(100, mark + 1); ++i)
        cells[i] = Firm;
    static const char *const colours[] = {"#e3e8ed", "#9dbbd8", "#0b3d6b", "#c2570c"};
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                 "style=\"border-collapse: collapse; margin: 0px\"><tr>");
    for (int start = 0; start < 100;) {
        int end = start + 1;
        while (end < 100 && cells[end] == cells[start])
            ++end;
        out += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\" style=\"font-size: 4pt\">&nbsp;</td>")
                   .arg(end - start)
                   .arg(QLatin1String(colours[cells[start]]));
        start = end;
    }
    return out + QStringLiteral("</tr></table>");
}

} // namespace

QList<PeerTheme> PeerReport::themes(const Evaluation &evaluation, const Benchmark &benchmark, const Language &language)
{
    QList<PeerTheme> out;
    const Assessment &assessment = evaluation.assessment();
    for (const ThemeResult &theme : evaluation.scores().themes) {
        if (!theme.score)
            continue;
        const Questionnaire &q = *theme.questionnaire;
        PeerTheme peers{q.id, q.title.text(language), {}};
        if (auto row = rowOf(benchmark, assessment, q.id, q.title.text(language), *theme.score, false))
            peers.rows.append(*row);
        for (const DimensionResult *d : theme.scoredDimensions()) {
            if (!d->score)
                continue;
            if (auto row = rowOf(benchmark, assessment, q.id + QLatin1Char('/') + d->dimension->id,
                                 d->dimension->title.text(language), *d->score, true))
                peers.rows.append(*row);
        }
        if (!peers.rows.isEmpty())
            out.append(peers);
    }
    return out;
}

std::optional<PeerRow> PeerReport::overall(const Evaluation &evaluation, const Benchmark &benchmark,
                                           const Language &language)
{
    const AssessmentResult &scores = evaluation.scores();
    if (!scores.overall)
        return std::nullopt;
    return rowOf(benchmark, evaluation.assessment(), QStringLiteral("overall"),
                 say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "Overall score")), *scores.overall, false);
}

QString PeerReport::comparedWith(const PeerPlace &place, const Language &language)
{
    const QString group = Benchmark::describe(*place.group, language);
    if (!place.wider)
        //: %1: a group of firms ("37 firms of 0 to 9 employees, sector: Food and restaurants").
        return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "Compared with %1.")).arg(group);
    //: %1: a group of firms ("112 firms, sector: Food and restaurants").
    return say(language,
               QT_TRANSLATE_NOOP("Phare::PeerReport",
                                 "Too few firms of your sector and size have shared their results: compared with %1 "
                                 "instead."))
        .arg(group);
}

QString PeerReport::comparedWith(const QList<PeerRow> &rows, const Language &language)
{
    QStringList sentences;
    for (const PeerRow &row : rows) {
        const QString sentence = comparedWith(row.place, language);
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    }
    return sentences.join(QLatin1Char(' '));
}

QString PeerReport::standing(int quarter, const Language &language)
{
    switch (quarter) {
    case 1:
        return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "in the lowest quarter of its peers"));
    case 2:
        return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "at or below the median of its peers"));
    case 3:
        return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "above the median of its peers"));
    default:
        return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "in the top quarter of its peers"));
    }
}

QString PeerReport::spread(const BenchmarkDistribution &distribution, const Language &language)
{
    //: the quartiles of a group's scores: %1 the first quartile, %2 the median, %3 the third quartile
    return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "Q1 %1 · median %2 · Q3 %3"))
        .arg(distribution.q1)
        .arg(distribution.median)
        .arg(distribution.q3);
}

QString PeerReport::describe(const PeerRow &row, const Language &language)
{
    //: %1: a theme or dimension; %2: the firm's score; %3: the peers' quartiles; %4: where the score falls
    return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "%1: %2 — peers %3; %4"))
        .arg(row.label, ReportText::score(row.score), spread(*row.place.distribution, language),
             standing(row.place.quarter, language));
}

QString PeerReport::title(const Language &language)
{
    return say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "You and your peers"));
}

QString PeerReport::html(const Evaluation &evaluation, const Benchmark &benchmark, const Language &language)
{
    const QList<PeerTheme> themes = PeerReport::themes(evaluation, benchmark, language);
    if (themes.isEmpty())
        return {};
    using ReportText::html;
    QList<PeerRow> all;
    for (const PeerTheme &t : themes)
        all += t.rows;
    QString out = QStringLiteral("<p>%1</p>\n").arg(html(comparedWith(all, language)));
    QString period;
    if (!benchmark.from.isEmpty())
        period = QLatin1Char(' ') +
                 say(language,
                     QT_TRANSLATE_NOOP("Phare::PeerReport", "The benchmark counts assessments made from %1 to %2."))
                     .arg(benchmark.from, benchmark.to);
    out += QStringLiteral("<p class=\"small muted\">%1</p>\n")
               .arg(html(say(language,
                             QT_TRANSLATE_NOOP("Phare::PeerReport",
                                               "Each bar runs from 0 to 100: the blue box holds the middle half of the "
                                               "peers (from the first to the third quartile), the dark line is their "
                                               "median, the orange mark is you.")) +
                         period));
    const QString head = QStringLiteral("<th width=\"%1%\" align=\"%2\" style=\"border-bottom: 1px solid #0b3d6b; "
                                        "font-size: 7pt\">%3</th>");
    const QString cell = QStringLiteral("<td width=\"%1%\" align=\"%2\" valign=\"middle\" style=\"border-bottom: "
                                        "1px solid #d3d9df; font-size: 7.5pt%4\">%3</td>");
    for (const PeerTheme &theme : themes) {
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"border-collapse: "
                              "collapse; margin-top: 4px; margin-bottom: 8px\">\n<thead><tr>");
        out += head.arg(30).arg(QStringLiteral("left"), html(theme.title));
        out += head.arg(8).arg(QStringLiteral("right"),
                               html(say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "You"))));
        out += head.arg(24).arg(QStringLiteral("center"),
                                html(say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "Peers: Q1 · median · Q3"))));
        out += head.arg(38).arg(QStringLiteral("left"),
                                html(say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "0 to 100"))));
        out += QStringLiteral("</tr></thead>\n");
        for (const PeerRow &row : theme.rows) {
            const QString weight = row.dimension ? QString() : QStringLiteral("; font-weight: bold");
            const BenchmarkDistribution &d = *row.place.distribution;
            out += QStringLiteral("<tr>");
            out += cell.arg(30).arg(QStringLiteral("left"),
                                    row.dimension
                                        ? QStringLiteral("&nbsp;&nbsp;") + html(row.label)
                                        : html(say(language, QT_TRANSLATE_NOOP("Phare::PeerReport", "Theme score"))),
                                    weight);
            out += cell.arg(8).arg(QStringLiteral("right"), html(ReportText::score(row.score)), weight);
            out += cell.arg(24).arg(QStringLiteral("center"),
                                    QStringLiteral("%1 · %2 · %3").arg(d.q1).arg(d.median).arg(d.q3), QString());
            out += cell.arg(38).arg(QStringLiteral("left"), bar(row), QString());
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    return out;
}

} // namespace Phare
