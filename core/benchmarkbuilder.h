// Builds a benchmark from anonymous files, one file at a time: per group, integer histograms of every
// score (flat memory whatever the number of files), then the publication rules (docs/benchmark.md).
#pragma once

#include "anonymousfile.h"
#include "benchmark.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <array>
#include <unordered_set>
#include <vector>

namespace Phare {

class BenchmarkBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::BenchmarkBuilder)

public:
    // 8 sectors and "any" × 4 size bands and "any".
    static constexpr int groupCount = 9 * 5;
    using Counts = std::array<quint32, groupCount>;

    // `threshold` below Benchmark::minimumThreshold is raised to it.
    explicit BenchmarkBuilder(int threshold = Benchmark::minimumThreshold);

    // Counts one firm. False, and nothing counted, when a firm with the same idHash was counted already.
    bool add(const AnonymousAssessment &firm);
    // Reads one file and counts it; a file that cannot be read whole is skipped and its problem kept.
    void addFile(const QString &path);
    // Every *.json file below the folder, in name order (sub-folders included), one at a time.
    void addFolder(const QString &path);

    // The published groups and scores.
    Benchmark build() const;

    int filesRead() const { return m_filesRead; }
    int firms() const { return m_firms; }
    int duplicates() const { return m_duplicates; }
    // The files skipped, each with its path and why.
    const Diagnostics &skipped() const { return m_skipped; }

    // Which groups may be published, given how many firms each holds and which may be at all (`allowed`):
    // every group of fewer than `threshold` firms is withheld, then, for every group published and every
    // way of splitting it (all firms by sector or by size, a sector by size, a size by sector), the firms of
    // the withheld parts must be none or at least `threshold`, else the smallest part still published is
    // withheld too, until that holds. So no group's firms can be found by subtracting published groups.
    static std::array<bool, groupCount> publishable(const Counts &counts, int threshold,
                                                    const std::array<bool, groupCount> &allowed);
    // The group index of a sector and size (-1: any).
    static int groupIndex(int sector, int size) { return (sector + 1) * 5 + (size + 1); }

private:
    struct HashKey
    {
        quint64 high = 0;
        quint64 low = 0;
        bool operator==(const HashKey &other) const = default;
    };
    struct HashKeyHash
    {
        std::size_t operator()(const HashKey &k) const { return k.high ^ (k.low * 0x9E3779B97F4A7C15ULL); }
    };

    void count(const QString &key, const AnonymousScore &score, const std::array<int, 4> &groups);

    int m_threshold;
    int m_filesRead = 0;
    int m_firms = 0;
    int m_duplicates = 0;
    Diagnostics m_skipped;
    Counts m_groupFirms{};
    QHash<QString, int> m_keyIndex;
    std::vector<std::array<Counts, 101>> m_scores; // per key: per score value, per group
    std::vector<Counts> m_keyFirms;                // per key: firms with that score, per group
    std::vector<QHash<QString, Counts>> m_levels;  // per key: firms by level, per group
    std::unordered_set<HashKey, HashKeyHash> m_seen;
    QString m_from;
    QString m_to;
};

} // namespace Phare
