// Synthetic anonymous files for the peer tests (see peerfixture.h).
#include "peerfixture.h"

#include "benchmarkbuilder.h"

#include <QCryptographicHash>
#include <QDir>

namespace Phare::Test {

void writePeerFiles(const AnonymousAssessment &model, const QString &sector, const QString &size, int count,
                    const QString &folder)
{
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        AnonymousAssessment firm = model;
        firm.sector = sector;
        firm.size = size;
        const QByteArray seed = sector.toUtf8() + '/' + size.toUtf8() + '/' + QByteArray::number(i);
        firm.idHash = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
        // Spread evenly over 0–100, each key shifted a little so that the keys differ.
        const auto spread = [&](int key) {
            return (i * 100 / std::max(1, count - 1) + key * 7) % 101;
        };
        int key = 0;
        if (firm.overall)
            firm.overall->value = spread(key++);
        for (AnonymousTheme &theme : firm.themes) {
            if (theme.score)
                theme.score->value = spread(key++);
            for (AnonymousScore &d : theme.dimensions)
                d.value = spread(key++);
        }
        if (!AnonymousFile::write(firm, QDir(folder).filePath(AnonymousFile::fileName(firm))).ok())
            qWarning("peerfixture: cannot write into %s", qPrintable(folder));
    }
}

bool buildBenchmark(const QString &folder, const QString &path)
{
    BenchmarkBuilder builder;
    builder.addFolder(folder);
    return builder.skipped().isEmpty() && builder.build().write(path).ok();
}

} // namespace Phare::Test
