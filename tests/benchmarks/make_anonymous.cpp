// Writes COUNT synthetic anonymous files for the benchmark-build scale run: the anonymous forms of the
// examples (so each file holds a real set of answers), each with its own hash, a sector, size band and
// quarter, and scores drawn from a seeded generator (so runs repeat), with the levels they fall in.
//   make_anonymous OUTDIR COUNT EXAMPLE.phare...
#include "anonymousfile.h"
#include "builtincontent.h"
#include "contentids.h"
#include "evaluation.h"
#include "scorer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

#include <cstdio>
#include <random>

using namespace Phare;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int count = args.size() >= 4 ? args[2].toInt(&ok) : 0;
    if (!ok || count <= 0) {
        std::fprintf(stderr, "usage: make_anonymous OUTDIR COUNT EXAMPLE.phare...\n");
        return 2;
    }
    const Result<Content> content = BuiltinContent::load();
    if (!content.ok())
        return 1;
    QList<AnonymousAssessment> templates;
    for (const QString &path : args.mid(3)) {
        const Result<Assessment> read = AssessmentFile::read(path);
        if (!read.ok()) {
            std::fprintf(stderr, "make_anonymous: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const Evaluation evaluation(content.value(), *read);
        templates.append(AnonymousFile::make(evaluation).value());
    }
    const QDir out(args[1]);
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    // Firms are not spread evenly: most are micro firms, a few sectors dominate.
    const std::discrete_distribution<int> sectorOf({20, 25, 15, 15, 5, 10, 8, 2});
    const std::discrete_distribution<int> sizeOf({70, 20, 8, 2});
    for (int i = 0; i < count; ++i) {
        std::mt19937 random(static_cast<unsigned>(i) + 1);
        AnonymousAssessment a = templates[i % templates.size()];
        a.idHash =
            QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        auto sectors = sectorOf;
        auto sizes = sizeOf;
        a.sector = sectorIds()[sectors(random)];
        a.size = sizeIds()[sizes(random)];
        a.quarter = QStringLiteral("%1-Q%2").arg(2025 + static_cast<int>(random() % 2)).arg(1 + random() % 4);
        // Scores around a firm's own mean, so that themes of one firm go together as in real answers.
        std::normal_distribution<double> mean(50, 15);
        const double firmMean = mean(random);
        std::normal_distribution<double> spread(firmMean, 15);
        const auto draw = [&] {
            return static_cast<int>(std::clamp(std::lround(spread(random)), 0L, 100L));
        };
        double sum = 0;
        int themes = 0;
        for (auto theme = a.themes.begin(); theme != a.themes.end(); ++theme) {
            const Questionnaire *questionnaire = content->questionnaire(theme.key());
            if (!questionnaire || !theme->score)
                continue;
            theme->score->value = draw();
            const Level *level = questionnaire->levelFor(theme->score->value);
            theme->score->level = level ? level->id : QString();
            for (AnonymousScore &d : theme->dimensions) {
                d.value = draw();
                const Level *dl = questionnaire->levelFor(d.value);
                d.level = dl ? dl->id : QString();
            }
            sum += theme->score->value;
            ++themes;
        }
        if (a.overall && themes) {
            a.overall->value = static_cast<int>(std::lround(sum / themes));
            const Level *level = levelFor(overallLevels(content.value()), a.overall->value);
            a.overall->level = level ? level->id : QString();
        }
        const QString path = out.filePath(QStringLiteral("a%1.json").arg(i, 6, 10, QLatin1Char('0')));
        // A plain write: QSaveFile's sync per file would make 100,000 files take minutes.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(a.toBytes()) < 0) {
            std::fprintf(stderr, "make_anonymous: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
