// A sector benchmark: the published distributions of theme and dimension scores per group of firms
// (sector × size band, sector, size band, all), read from benchmark.json, and where a firm stands in it.
#pragma once

#include "language.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Phare {

// One score's spread in one group: how many firms have it, its quartiles (nearest-rank, see
// Benchmark::quartileDefinition) and how many firms are at each level. Scores are whole numbers 0–100.
struct BenchmarkDistribution
{
    int firms = 0;
    int q1 = 0;
    int median = 0;
    int q3 = 0;
    QMap<QString, int> levels; // firms by level id

    bool operator==(const BenchmarkDistribution &other) const = default;
};

struct BenchmarkGroup
{
    QString sector; // empty: every sector
    QString size;   // empty: every size band
    int firms = 0;
    // By score key: "overall", a theme id ("cybersecurity"), or a theme and dimension ("cybersecurity/backup").
    QMap<QString, BenchmarkDistribution> scores;

    bool operator==(const BenchmarkGroup &other) const = default;
};

// Where one of a firm's scores falls among its peers.
struct PeerPlace
{
    const BenchmarkGroup *group = nullptr;
    const BenchmarkDistribution *distribution = nullptr;
    // True when the firm's own group (its sector and size) is not published, or has no figures for this
    // score, and a wider one is used: the interface says so.
    bool wider = false;
    // 1: at or below the first quartile; 2: up to the median; 3: up to the third quartile; 4: above it.
    int quarter = 0;
};

class Benchmark final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::Benchmark)

public:
    static constexpr int formatVersion = 1;
    // No group of fewer firms is ever published; the threshold can be raised, never lowered below it.
    static constexpr int minimumThreshold = 5;
    static constexpr qsizetype maxFileBytes = 64 * 1024 * 1024;
    static constexpr int maxGroups = 45; // 8 sectors and "all" × 4 sizes and "all"
    static constexpr int maxScores = 5000;
    static QString quartileDefinition() { return QStringLiteral("nearest-rank"); }

    int threshold = minimumThreshold;
    QString from;                 // the earliest quarter of the assessments counted ("2025-Q1")
    QString to;                   // the latest
    QList<BenchmarkGroup> groups; // published groups only: sector × size, then sector, then size, then all

    // The published group with exactly this sector and size (empty: any), or null.
    const BenchmarkGroup *group(const QString &sector, const QString &size) const;
    // The firm's peer group: its sector × size group, else the next wider published one (its sector, then
    // its size band, then all firms); null when none is published.
    const BenchmarkGroup *peerGroup(const QString &sector, const QString &size) const;
    // Where `score` (0–100) of `key` falls in the narrowest published group of the firm that has figures for
    // that key, in the order of peerGroup(); nothing when no group has it.
    std::optional<PeerPlace> place(const QString &sector, const QString &size, const QString &key, double score) const;
    // 1 to 4: the quarter of the distribution `score` falls in (see PeerPlace::quarter).
    static int quarterOf(const BenchmarkDistribution &distribution, double score);
    // The group in words, with its size: "37 firms in food and restaurants, 1–9 employees".
    static QString describe(const BenchmarkGroup &group, const Language &language);

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    // Reads a benchmark whole or refuses it whole, with the reason.
    static Result<Benchmark> read(const QString &path);
    static Result<Benchmark> parse(const QByteArray &data, const QString &path);
    // Saves atomically (QSaveFile).
    Status write(const QString &path) const;
};

} // namespace Phare
