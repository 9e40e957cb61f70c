// Runs a fuzz target's entry point on files, without libFuzzer: the normal test suite replays the
// fuzzers' past findings (tests/data/fuzz-regressions/) and their seeds this way, under any compiler.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    // A finding must be refused quickly: each file gets a budget far above what it should take.
    constexpr qint64 budgetMs = 10'000;
    int files = 0;
    int slow = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList paths;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths.append(it.next());
            paths.sort();
        } else {
            paths.append(arg);
        }
        for (const QString &path : paths) {
            if (path.endsWith(QStringLiteral(".md")) || path.endsWith(QStringLiteral("LICENSE")))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray data = file.readAll();
            QElapsedTimer timer;
            timer.start();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()),
                                   static_cast<std::size_t>(data.size()));
            if (timer.elapsed() > budgetMs) {
                std::fprintf(stderr, "too slow: %s took %lld ms\n", qPrintable(path),
                             static_cast<long long>(timer.elapsed()));
                ++slow;
            }
            ++files;
        }
    }
    std::printf("%d files replayed, %d too slow\n", files, slow);
    return files > 0 && slow == 0 ? 0 : 1;
}
