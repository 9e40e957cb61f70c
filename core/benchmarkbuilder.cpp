// Builds a benchmark from anonymous files: streamed counting, exact quartiles from histograms, and the
// rules that keep small groups unpublished.
#include "benchmarkbuilder.h"

#include "contentids.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Phare {

namespace {

constexpr int sectors = 8;
constexpr int sizes = 4;

// The value of rank `rank` (1-based) in a histogram of whole scores 0–100.
int valueAtRank(const std::array<BenchmarkBuilder::Counts, 101> &histogram, int group, quint64 rank)
{
    quint64 seen = 0;
    for (int value = 0; value <= 100; ++value) {
        seen += histogram[value][group];
        if (seen >= rank)
            return value;
    }
    return 100;
}

// Nearest-rank quartile p/4 of n values: the value of rank ceil(p·n/4).
quint64 nearestRank(quint64 n, int p)
{
    return (static_cast<quint64>(p) * n + 3) / 4;
}

} // namespace

BenchmarkBuilder::BenchmarkBuilder(int threshold) : m_threshold(std::max(threshold, Benchmark::minimumThreshold)) {}

void BenchmarkBuilder::count(const QString &key, const AnonymousScore &score, const std::array<int, 4> &groups)
{
    auto it = m_keyIndex.constFind(key);
    if (it == m_keyIndex.cend()) {
        it = m_keyIndex.insert(key, static_cast<int>(m_scores.size()));
        m_scores.emplace_back();
        for (Counts &c : m_scores.back())
            c.fill(0);
        m_keyFirms.emplace_back();
        m_keyFirms.back().fill(0);
        m_levels.emplace_back();
    }
    const int k = *it;
    Counts *level = nullptr;
    if (!score.level.isEmpty()) {
        auto l = m_levels[k].find(score.level);
        if (l == m_levels[k].end()) {
            l = m_levels[k].insert(score.level, Counts{});
            l->fill(0);
        }
        level = &*l;
    }
    for (const int g : groups) {
        ++m_scores[k][score.value][g];
        ++m_keyFirms[k][g];
        if (level)
            ++(*level)[g];
    }
}

bool BenchmarkBuilder::add(const AnonymousAssessment &firm)
{
    // The first 128 bits of the hash tell firms apart (a collision among 10^9 firms has odds of 10^-21).
    HashKey key;
    key.high = QStringView(firm.idHash).left(16).toULongLong(nullptr, 16);
    key.low = QStringView(firm.idHash).mid(16, 16).toULongLong(nullptr, 16);
    if (!m_seen.insert(key).second) {
        ++m_duplicates;
        return false;
    }
    const int sector = static_cast<int>(sectorIds().indexOf(firm.sector));
    const int size = static_cast<int>(sizeIds().indexOf(firm.size));
    if (sector < 0 || size < 0) // AnonymousFile::parse refuses such a file; a caller's own may not
        return false;
    const std::array<int, 4> groups = {groupIndex(sector, size), groupIndex(sector, -1), groupIndex(-1, size),
                                       groupIndex(-1, -1)};
    ++m_firms;
    for (const int g : groups)
        ++m_groupFirms[g];
    if (m_from.isEmpty() || firm.quarter < m_from)
        m_from = firm.quarter;
    if (m_to.isEmpty() || firm.quarter > m_to)
        m_to = firm.quarter;
    if (firm.overall)
        count(QStringLiteral("overall"), *firm.overall, groups);
    QString key2;
    for (auto theme = firm.themes.cbegin(); theme != firm.themes.cend(); ++theme) {
        if (theme->score)
            count(theme.key(), *theme->score, groups);
        for (auto d = theme->dimensions.cbegin(); d != theme->dimensions.cend(); ++d) {
            key2 = theme.key();
            key2 += u'/';
            key2 += d.key();
            count(key2, *d, groups);
        }
    }
    return true;
}

void BenchmarkBuilder::addFile(const QString &path)
{
    ++m_filesRead;
    const Result<AnonymousAssessment> read = AnonymousFile::read(path, AnonymousFile::Answers::Skip);
    if (!read.ok()) {
        m_skipped.append(read.diagnostics());
        return;
    }
    add(*read);
}

void BenchmarkBuilder::addFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        m_skipped.append(
            {Diagnostic::Severity::Error, path, 0, 0, info.exists() ? tr("not a folder") : tr("no such folder")});
        return;
    }
    // One folder's names at a time, sorted, so that the first of two copies is always the same one. Only the
    // names are held (QDir::entryList would hold a QFileInfo for each while sorting: 1 KB a file).
    const QDir dir(path);
    QStringList files;
    for (QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files | QDir::Hidden | QDir::System); it.hasNext();) {
        it.next();
        files.append(it.fileName());
    }
    std::sort(files.begin(), files.end());
    for (const QString &name : std::as_const(files))
        addFile(dir.filePath(name));
    files = QStringList();
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        if (!QFileInfo(dir.filePath(name)).isSymLink()) // a link back up would never end
            addFolder(dir.filePath(name));
    }
}

std::array<bool, BenchmarkBuilder::groupCount>
BenchmarkBuilder::publishable(const Counts &counts, int threshold, const std::array<bool, groupCount> &allowed)
{
    std::array<bool, groupCount> published{};
    for (int g = 0; g < groupCount; ++g)
        published[g] = allowed[g] && counts[g] >= static_cast<quint32>(threshold);
    // Every way a group splits into disjoint parts: {parent, parts...}.
    std::vector<std::pair<int, std::vector<int>>> splits;
    {
        std::vector<int> bySector;
        bySector.reserve(sectors);
        for (int s = 0; s < sectors; ++s)
            bySector.push_back(groupIndex(s, -1));
        splits.emplace_back(groupIndex(-1, -1), bySector);
        std::vector<int> bySize;
        bySize.reserve(sizes);
        for (int z = 0; z < sizes; ++z)
            bySize.push_back(groupIndex(-1, z));
        splits.emplace_back(groupIndex(-1, -1), bySize);
        for (int s = 0; s < sectors; ++s) {
            std::vector<int> parts;
            parts.reserve(sizes);
            for (int z = 0; z < sizes; ++z)
                parts.push_back(groupIndex(s, z));
            splits.emplace_back(groupIndex(s, -1), parts);
        }
        for (int z = 0; z < sizes; ++z) {
            std::vector<int> parts;
            parts.reserve(sectors);
            for (int s = 0; s < sectors; ++s)
                parts.push_back(groupIndex(s, z));
            splits.emplace_back(groupIndex(-1, z), parts);
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto &[parent, parts] : splits) {
            if (!published[parent])
                continue;
            for (;;) {
                quint64 withheld = 0;
                int smallest = -1;
                for (const int p : parts) {
                    if (!published[p])
                        withheld += counts[p];
                    else if (smallest < 0 || counts[p] < counts[smallest])
                        smallest = p;
                }
                if (withheld == 0 || withheld >= static_cast<quint64>(threshold) || smallest < 0)
                    break;
                published[smallest] = false;
                changed = true;
            }
        }
    }
    return published;
}

Benchmark BenchmarkBuilder::build() const
{
    Benchmark b;
    b.threshold = m_threshold;
    b.from = m_from;
    b.to = m_to;
    std::array<bool, groupCount> all{};
    all.fill(true);
    const std::array<bool, groupCount> groups = publishable(m_groupFirms, m_threshold, all);
    std::vector<std::array<bool, groupCount>> keys;
    keys.reserve(m_scores.size());
    for (const Counts &firms : m_keyFirms)
        keys.push_back(publishable(firms, m_threshold, groups));

    // Sector × size, then sector, then size, then all: the order of the fallback.
    std::vector<std::pair<int, int>> order;
    for (int s = 0; s < sectors; ++s)
        for (int z = 0; z < sizes; ++z)
            order.emplace_back(s, z);
    for (int s = 0; s < sectors; ++s)
        order.emplace_back(s, -1);
    for (int z = 0; z < sizes; ++z)
        order.emplace_back(-1, z);
    order.emplace_back(-1, -1);
    for (const auto &[s, z] : order) {
        const int g = groupIndex(s, z);
        if (!groups[g])
            continue;
        BenchmarkGroup group;
        group.sector = s < 0 ? QString() : sectorIds()[s];
        group.size = z < 0 ? QString() : sizeIds()[z];
        group.firms = static_cast<int>(m_groupFirms[g]);
        for (auto it = m_keyIndex.cbegin(); it != m_keyIndex.cend(); ++it) {
            const int k = *it;
            if (!keys[k][g])
                continue;
            BenchmarkDistribution d;
            const quint64 n = m_keyFirms[k][g];
            d.firms = static_cast<int>(n);
            d.q1 = valueAtRank(m_scores[k], g, nearestRank(n, 1));
            d.median = valueAtRank(m_scores[k], g, nearestRank(n, 2));
            d.q3 = valueAtRank(m_scores[k], g, nearestRank(n, 3));
            for (auto l = m_levels[k].cbegin(); l != m_levels[k].cend(); ++l) {
                if ((*l)[g] > 0)
                    d.levels.insert(l.key(), static_cast<int>((*l)[g]));
            }
            group.scores.insert(it.key(), d);
        }
        b.groups.append(std::move(group));
    }
    return b;
}

} // namespace Phare
