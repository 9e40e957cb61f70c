// Benchmarks of the headless core (QBENCHMARK): loading the built-in content against yaml-cpp merely
// parsing the same files, reading its compiled form, and scoring plus recommending one assessment. Speed is measured,
// never asserted: run it through tests/benchmarks/run.sh, which prints the table (docs/BENCHMARKS.md).
#include "assessment.h"
#include "builtincontent.h"
#include "contentbinary.h"
#include "contentloader.h"
#include "recommender.h"
#include "scorer.h"
#include "workshop.h"
#include "yamlparser.h"

#include <QDirIterator>
#include <QFile>
#include <QResource>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Phare;

class BenchCore final : public QObject
{
    Q_OBJECT

private:
    // The built-in content files, in the order the loader reads them.
    static QStringList contentFiles()
    {
        QStringList files;
        QDirIterator it(BuiltinContent::yamlPath(), {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    Content m_content;

private slots:
    void initTestCase()
    {
        const Result<Content> loaded = BuiltinContent::load();
        QVERIFY(loaded.ok());
        m_content = loaded.value();
        QVERIFY(!contentFiles().isEmpty());
    }

    // Baseline: yaml-cpp reading every built-in file into its own node tree, nothing else.
    void loadingYamlCppParse()
    {
        const QStringList files = contentFiles();
        std::size_t nodes = 0;
        QBENCHMARK
        {
            for (const QString &path : files) {
                const QByteArray data = readAll(path);
                const YAML::Node root =
                    YAML::Load(std::string(data.constData(), static_cast<std::size_t>(data.size())));
                nodes += root.size();
            }
        }
        QVERIFY(nodes > 0);
    }

    // Phare's own reading of the same files into positioned trees, with its checks on the syntax
    // (anchors, tags, duplicate keys, limits) but before any validation of the content.
    void loadingPhareParse()
    {
        const QStringList files = contentFiles();
        QBENCHMARK
        {
            for (const QString &path : files) {
                const Result<YamlNode> parsed = parseYamlFile(path);
                QVERIFY(parsed.ok());
            }
        }
    }

    // Reading and validating every file and the references between them: the same parse and checks
    // as the programs, from the same bytes as the baseline.
    void loadingParseAndValidate()
    {
        const QStringList files = contentFiles();
        QBENCHMARK
        {
            QList<ContentSource> sources;
            for (const QString &path : files)
                sources.append({path, readAll(path)});
            const Result<Content> loaded = ContentLoader::loadData(sources);
            QVERIFY(loaded.ok());
        }
    }

    // Reading the compiled form of the same content (phare-contentc, at build time) from its bytes:
    // checksum, every field, the lookup tables.
    void loadingCompiled()
    {
        const QByteArray bytes = QResource(BuiltinContent::binaryPath()).uncompressedData();
        QVERIFY(!bytes.isEmpty());
        QBENCHMARK
        {
            const Result<Content> loaded = readContentBinary(bytes);
            QVERIFY(loaded.ok());
        }
    }

    // What the programs call at start: the compiled form embedded by the build (its YAML only if that
    // were refused).
    void loadingBuiltin()
    {
        QBENCHMARK
        {
            const Result<Content> loaded = BuiltinContent::load();
            QVERIFY(loaded.ok());
        }
    }

    void scoreAndRecommend_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(PHARE_EXAMPLES_DIR), {QStringLiteral("*.phare")}, QDir::Files);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
    }

    // One assessment, already read: scores per question, dimension and theme, then recommendations.
    void scoreAndRecommend()
    {
        QFETCH(QString, path);
        const Result<Assessment> read = AssessmentFile::read(path);
        QVERIFY(read.ok());
        const Assessment &assessment = *read;
        qsizetype fired = 0;
        QBENCHMARK
        {
            const AssessmentResult result = Scorer::score(m_content, assessment);
            const Recommendations rec = Recommender::recommend(m_content, assessment, result);
            fired += rec.plan.size() + rec.others.size();
        }
        QVERIFY(fired > 0);
    }

    void scoreOnly_data() { scoreAndRecommend_data(); }
    void scoreOnly()
    {
        QFETCH(QString, path);
        const Result<Assessment> read = AssessmentFile::read(path);
        QVERIFY(read.ok());
        QBENCHMARK
        {
            const AssessmentResult result = Scorer::score(m_content, *read);
            QVERIFY(result.overall);
        }
    }

    // A workshop (docs/BENCHMARKS.md, "Workshops"): what `phare-cli score` computes for a file, the agreed scores
    // and, for a workshop, each respondent's scores, the spread and the disagreements (Workshop::evaluate).
    // "1 respondent" is the bakery example as it is (a plain file); "10 respondents" is the same firm answered by
    // ten people, each changing every third answer of theirs to the question's first option.
    void scoreWorkshop_data()
    {
        QTest::addColumn<int>("people");
        QTest::newRow("1 respondent") << 1;
        QTest::newRow("10 respondents") << 10;
    }
    void scoreWorkshop()
    {
        QFETCH(int, people);
        const Result<Assessment> read =
            AssessmentFile::read(QStringLiteral(PHARE_EXAMPLES_DIR "/boulangerie-marseille.phare"));
        QVERIFY(read.ok());
        Assessment a = *read;
        if (people > 1) {
            for (int i = 0; i < people; ++i) {
                Respondent r;
                r.id = QStringLiteral("r%1").arg(i + 1);
                r.name = QStringLiteral("Person %1").arg(i + 1);
                r.role = QStringLiteral("employee");
                int n = 0;
                for (auto t = a.themes.cbegin(); t != a.themes.cend(); ++t) {
                    const Questionnaire *q = m_content.questionnaire(t.key());
                    if (!q || q->profile)
                        continue;
                    for (auto answer = t->answers.cbegin(); answer != t->answers.cend(); ++answer) {
                        const Question *question = q->question(answer.key());
                        Answer given = *answer;
                        if (question && !question->options.isEmpty() && answer->kind == Answer::Kind::Choice &&
                            (n++ + i) % 3 == 0)
                            given = Answer::makeChoice(question->options.first().id);
                        r.answers[t.key()].insert(answer.key(), given);
                    }
                }
                a.respondents.append(r);
            }
            Workshop::applyAgreement(a);
            QVERIFY(a.isWorkshop());
        }
        QBENCHMARK
        {
            const AssessmentResult agreed = Scorer::score(m_content, a);
            const WorkshopResult workshop = Workshop::evaluate(m_content, a, agreed);
            QVERIFY(workshop.agreed.overall);
        }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
