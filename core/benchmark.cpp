// A sector benchmark: its JSON form, read strictly, and the lookup of a firm's place among its peers.
#include "benchmark.h"

#include "atomicfile.h"
#include "contentids.h"
#include "names.h"
#include "translator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Phare {

namespace {

const QString formatName = QStringLiteral("phare-benchmark");

bool isWhole(const QJsonValue &v, int low, int high)
{
    const double d = v.toDouble(-1);
    return v.isDouble() && d == std::floor(d) && d >= low && d <= high;
}

bool isKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 260)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
               c == u'_' || c == u'.' || c == u'/';
    });
}

// The order of the groups in the file and of the fallback: sector × size, sector, size, all.
int breadth(const BenchmarkGroup &g)
{
    return (g.sector.isEmpty() ? 2 : 0) + (g.size.isEmpty() ? 1 : 0);
}

} // namespace

const BenchmarkGroup *Benchmark::group(const QString &sector, const QString &size) const
{
    for (const BenchmarkGroup &g : groups) {
        if (g.sector == sector && g.size == size)
            return &g;
    }
    return nullptr;
}

const BenchmarkGroup *Benchmark::peerGroup(const QString &sector, const QString &size) const
{
    for (const auto &[s, z] : {std::pair{sector, size}, std::pair{sector, QString()}, std::pair{QString(), size},
                               std::pair{QString(), QString()}}) {
        if (const BenchmarkGroup *g = group(s, z))
            return g;
    }
    return nullptr;
}

std::optional<PeerPlace> Benchmark::place(const QString &sector, const QString &size, const QString &key,
                                          double score) const
{
    const BenchmarkGroup *own = group(sector, size);
    for (const auto &[s, z] : {std::pair{sector, size}, std::pair{sector, QString()}, std::pair{QString(), size},
                               std::pair{QString(), QString()}}) {
        const BenchmarkGroup *g = group(s, z);
        if (!g)
            continue;
        const auto it = g->scores.constFind(key);
        if (it == g->scores.cend())
            continue;
        PeerPlace place;
        place.group = g;
        place.distribution = &*it;
        place.wider = g != own;
        place.quarter = quarterOf(*it, score);
        return place;
    }
    return std::nullopt;
}

int Benchmark::quarterOf(const BenchmarkDistribution &distribution, double score)
{
    const long value = std::lround(score);
    if (value <= distribution.q1)
        return 1;
    if (value <= distribution.median)
        return 2;
    if (value <= distribution.q3)
        return 3;
    return 4;
}

QString Benchmark::describe(const BenchmarkGroup &group, const Language &language)
{
    // A published group has at least 5 firms: always a plural.
    static const char *const sizes[] = {
        QT_TRANSLATE_NOOP("Phare::Benchmark", "%1 firms of 0 to 9 employees"),
        QT_TRANSLATE_NOOP("Phare::Benchmark", "%1 firms of 10 to 49 employees"),
        QT_TRANSLATE_NOOP("Phare::Benchmark", "%1 firms of 50 to 249 employees"),
        QT_TRANSLATE_NOOP("Phare::Benchmark", "%1 firms of 250 employees or more"),
    };
    static const char *const anySize = QT_TRANSLATE_NOOP("Phare::Benchmark", "%1 firms");
    //: %1: a number of firms and their size ("37 firms of 0 to 9 employees"); %2: a sector ("Food and restaurants").
    static const char *const inSector = QT_TRANSLATE_NOOP("Phare::Benchmark", "%1, sector: %2");
    const Translator &t = Translator::forLanguage(language);
    const qsizetype size = sizeIds().indexOf(group.size);
    QString text = t.translate("Phare::Benchmark", size >= 0 ? sizes[size] : anySize).arg(group.firms);
    if (!group.sector.isEmpty())
        text = t.translate("Phare::Benchmark", inSector).arg(text, Names::sector(group.sector, language));
    return text;
}

QJsonObject Benchmark::toJson() const
{
    QJsonArray groupsArray;
    for (const BenchmarkGroup &g : groups) {
        QJsonObject group;
        if (!g.sector.isEmpty())
            group.insert(QStringLiteral("sector"), g.sector);
        if (!g.size.isEmpty())
            group.insert(QStringLiteral("size"), g.size);
        group.insert(QStringLiteral("firms"), g.firms);
        QJsonObject scores;
        for (auto it = g.scores.cbegin(); it != g.scores.cend(); ++it) {
            QJsonObject levels;
            for (auto l = it->levels.cbegin(); l != it->levels.cend(); ++l)
                levels.insert(l.key(), *l);
            scores.insert(it.key(), QJsonObject{{QStringLiteral("firms"), it->firms},
                                                {QStringLiteral("q1"), it->q1},
                                                {QStringLiteral("median"), it->median},
                                                {QStringLiteral("q3"), it->q3},
                                                {QStringLiteral("levels"), levels}});
        }
        group.insert(QStringLiteral("scores"), scores);
        groupsArray.append(group);
    }
    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("threshold"), threshold},
                     {QStringLiteral("quartiles"), quartileDefinition()},
                     {QStringLiteral("groups"), groupsArray}};
    if (!from.isEmpty())
        root.insert(QStringLiteral("quarters"),
                    QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    return root;
}

QByteArray Benchmark::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<Benchmark> Benchmark::read(const QString &path)
{
    const auto fail = [&](const QString &message) {
        return Result<Benchmark>::failure(Diagnostic{Diagnostic::Severity::Error, path, 0, 0, message});
    };
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return fail(tr("cannot open the file: it is not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file: %1").arg(file.errorString()));
    return parse(file.read(maxFileBytes + 1), path);
}

Result<Benchmark> Benchmark::parse(const QByteArray &data, const QString &path)
{
    const auto fail = [&](qsizetype offset, const QString &message) {
        int line = 0;
        int column = 0;
        if (offset >= 0)
            lineColumnAt(data, offset, line, column);
        return Result<Benchmark>::failure(Diagnostic{Diagnostic::Severity::Error, path, line, column, message});
    };
    if (data.size() > maxFileBytes)
        return fail(-1, tr("the file is too large to be a benchmark (more than 64 MiB)"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(error.offset, tr("the file is damaged (not JSON: %1)").arg(error.errorString()));
    const QJsonObject root = document.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format == u"phare-anonymous")
        return fail(-1, tr("this is one anonymous file, not a benchmark: build one with phare-cli benchmark build"));
    if (!document.isObject() || format != formatName)
        return fail(-1, tr("not a Phare benchmark (its \"format\" is not \"phare-benchmark\")"));
    if (!isWhole(root.value(QStringLiteral("formatVersion")), 1, 1'000'000))
        return fail(-1, tr("\"formatVersion\" must be a whole number from 1"));
    if (root.value(QStringLiteral("formatVersion")).toInt() > formatVersion)
        return fail(-1, tr("this benchmark was built by a newer version of Phare (format version %1; this version "
                           "reads up to %2): update Phare to use it")
                            .arg(root.value(QStringLiteral("formatVersion")).toInt())
                            .arg(formatVersion));
    Benchmark b;
    if (!isWhole(root.value(QStringLiteral("threshold")), minimumThreshold, 1'000'000))
        return fail(-1, tr("\"threshold\" must be a whole number from %1").arg(minimumThreshold));
    b.threshold = root.value(QStringLiteral("threshold")).toInt();
    if (root.value(QStringLiteral("quartiles")).toString() != quartileDefinition())
        return fail(-1, tr("\"quartiles\" must be \"%1\"").arg(quartileDefinition()));
    if (root.contains(QStringLiteral("quarters"))) {
        const QJsonObject quarters = root.value(QStringLiteral("quarters")).toObject();
        b.from = quarters.value(QStringLiteral("from")).toString().left(7);
        b.to = quarters.value(QStringLiteral("to")).toString().left(7);
    }
    const QJsonValue groupsValue = root.value(QStringLiteral("groups"));
    if (!groupsValue.isArray() || groupsValue.toArray().size() > maxGroups)
        return fail(-1, tr("\"groups\" must be a list of at most %1 groups").arg(maxGroups));
    int index = 0;
    for (const auto &value : groupsValue.toArray()) {
        const QString where = QStringLiteral("groups[%1]").arg(index++);
        const QJsonObject o = value.toObject();
        BenchmarkGroup g;
        g.sector = o.value(QStringLiteral("sector")).toString();
        g.size = o.value(QStringLiteral("size")).toString();
        if (!value.isObject() || (o.contains(QStringLiteral("sector")) && !sectorIds().contains(g.sector)) ||
            (o.contains(QStringLiteral("size")) && !sizeIds().contains(g.size)))
            return fail(-1, tr("\"%1\" must be a group with a known sector and size band").arg(where));
        if (b.group(g.sector, g.size))
            return fail(-1, tr("\"%1\" is a group given twice").arg(where));
        if (!isWhole(o.value(QStringLiteral("firms")), b.threshold, 1'000'000'000))
            return fail(
                -1,
                tr("\"%1.firms\" must be a whole number of at least %2, the threshold").arg(where).arg(b.threshold));
        g.firms = o.value(QStringLiteral("firms")).toInt();
        const QJsonObject scores = o.value(QStringLiteral("scores")).toObject();
        if (!o.value(QStringLiteral("scores")).isObject() || scores.size() > maxScores)
            return fail(-1, tr("\"%1.scores\" must be an object of distributions by score").arg(where));
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            const QJsonObject s = it.value().toObject();
            BenchmarkDistribution d;
            const bool numbers = isWhole(s.value(QStringLiteral("firms")), b.threshold, g.firms) &&
                                 isWhole(s.value(QStringLiteral("q1")), 0, 100) &&
                                 isWhole(s.value(QStringLiteral("median")), 0, 100) &&
                                 isWhole(s.value(QStringLiteral("q3")), 0, 100);
            if (!isKey(it.key()) || !numbers)
                return fail(-1, tr("\"%1.scores.%2\" must give firms (at least the threshold), q1, median and q3 "
                                   "as whole numbers")
                                    .arg(where, it.key().left(60)));
            d.firms = s.value(QStringLiteral("firms")).toInt();
            d.q1 = s.value(QStringLiteral("q1")).toInt();
            d.median = s.value(QStringLiteral("median")).toInt();
            d.q3 = s.value(QStringLiteral("q3")).toInt();
            if (d.q1 > d.median || d.median > d.q3)
                return fail(-1, tr("\"%1.scores.%2\" has quartiles out of order").arg(where, it.key().left(60)));
            const QJsonObject levels = s.value(QStringLiteral("levels")).toObject();
            for (auto l = levels.constBegin(); l != levels.constEnd(); ++l) {
                if (!isKey(l.key()) || !isWhole(l.value(), 0, d.firms))
                    return fail(-1, tr("\"%1.scores.%2.levels\" must give a number of firms by level")
                                        .arg(where, it.key().left(60)));
                d.levels.insert(l.key(), l.value().toInt());
            }
            g.scores.insert(it.key(), d);
        }
        b.groups.append(std::move(g));
    }
    std::stable_sort(b.groups.begin(), b.groups.end(),
                     [](const BenchmarkGroup &x, const BenchmarkGroup &y) { return breadth(x) < breadth(y); });
    return b;
}

Status Benchmark::write(const QString &path) const
{
    return AtomicFile::write(path, toBytes());
}

} // namespace Phare
