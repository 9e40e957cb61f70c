// "You and your peers": where each theme and dimension score of a firm falls among its peer group in a
// sector benchmark (core/benchmark.h), as rows the results page and the report both show, and as the
// report's section.
#pragma once

#include "benchmark.h"
#include "evaluation.h"
#include "language.h"

#include <QList>
#include <QString>

#include <optional>

namespace Phare {

// One score of the firm and its place among its peers. The place points into the Benchmark it came from.
struct PeerRow
{
    QString key;   // the benchmark's key: "overall", "cybersecurity", "cybersecurity/backup"
    QString label; // the theme's or dimension's title
    bool dimension = false;
    int score = 0; // 0–100, rounded as shared
    PeerPlace place;
};

// A theme's row then its dimensions' rows (those the benchmark has figures for).
struct PeerTheme
{
    QString id; // the questionnaire's
    QString title;
    QList<PeerRow> rows;
};

class PeerReport final
{
public:
    // Every assessed theme the benchmark has figures for, in the questionnaire's order; empty when none.
    static QList<PeerTheme> themes(const Evaluation &evaluation, const Benchmark &benchmark, const Language &language);
    // The overall score's row, when the firm has one and the benchmark has figures for it.
    static std::optional<PeerRow> overall(const Evaluation &evaluation, const Benchmark &benchmark,
                                          const Language &language);
    // "Compared with 37 firms of 0 to 9 employees, sector: Food and restaurants." and, when a wider group
    // is used, says why first.
    static QString comparedWith(const PeerPlace &place, const Language &language);
    // The distinct comparedWith() sentences of some rows, in order, joined by a space.
    static QString comparedWith(const QList<PeerRow> &rows, const Language &language);
    // Where the score falls, in words: "in the top quarter of its peers".
    static QString standing(int quarter, const Language &language);
    // "Q1 40 · median 55 · Q3 70".
    static QString spread(const BenchmarkDistribution &distribution, const Language &language);
    // One row in words, for screen readers and the tables: "Backup: 62 — peers Q1 40 · median 55 · Q3 70; …".
    static QString describe(const PeerRow &row, const Language &language);
    // The section's title: "You and your peers".
    static QString title(const Language &language);
    // The section's body in the report's HTML (a lede, then a compact table per theme with quartile bars);
    // empty when the benchmark has nothing for this firm.
    static QString html(const Evaluation &evaluation, const Benchmark &benchmark, const Language &language);
};

} // namespace Phare
