// Writes COUNT assessment files for the scale benchmark: copies of the examples with varied answers
// (each answered question gets another valid answer, drawn from a seeded generator, so runs repeat).
//   make_assessments OUTDIR COUNT EXAMPLE.phare...
#include "assessment.h"
#include "builtincontent.h"
#include "contentloader.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <random>

using namespace Phare;

namespace {

void vary(const Content &content, Assessment &assessment, std::mt19937 &random)
{
    const auto pick = [&](qsizetype n) {
        return static_cast<qsizetype>(random() % static_cast<unsigned>(n));
    };
    for (auto theme = assessment.themes.begin(); theme != assessment.themes.end(); ++theme) {
        const Questionnaire *questionnaire = content.questionnaire(theme.key());
        if (!questionnaire)
            continue;
        for (auto it = theme->answers.begin(); it != theme->answers.end(); ++it) {
            const Question *q = questionnaire->question(it.key());
            if (!q || q->options.isEmpty() || pick(4) == 0) // a quarter of the answers stay as they were
                continue;
            switch (q->type) {
            case QuestionType::Scale:
            case QuestionType::YesNo:
                *it = Answer::makeChoice(q->options[pick(q->options.size())].id);
                break;
            case QuestionType::Checklist: {
                QStringList ticked;
                for (const Option &o : q->options) {
                    if (!o.exclusive && pick(2) == 0)
                        ticked.append(o.id);
                }
                *it = Answer::makeTicked(ticked);
                break;
            }
            case QuestionType::Grid: {
                QMap<QString, QString> rows;
                for (const GridRow &row : q->rows)
                    rows.insert(row.id, q->options[pick(q->options.size())].id);
                *it = Answer::makeRows(rows);
                break;
            }
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int count = args.size() >= 4 ? args[2].toInt(&ok) : 0;
    if (!ok || count <= 0) {
        std::fprintf(stderr, "usage: make_assessments OUTDIR COUNT EXAMPLE.phare...\n");
        return 2;
    }
    const Result<Content> content = BuiltinContent::load();
    if (!content.ok())
        return 1;
    QList<Assessment> examples;
    for (const QString &path : args.mid(3)) {
        Result<Assessment> read = AssessmentFile::read(path);
        if (!read.ok()) {
            std::fprintf(stderr, "make_assessments: cannot read %s\n", qPrintable(path));
            return 1;
        }
        examples.append(std::move(*read));
    }
    const QDir out(args[1]);
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    for (int i = 0; i < count; ++i) {
        std::mt19937 random(static_cast<unsigned>(i) + 1);
        Assessment a = examples[i % examples.size()];
        a.company.name += QStringLiteral(" %1").arg(i);
        a.company.employees = 1 + static_cast<int>(random() % 240);
        vary(content.value(), a, random);
        const QString path = out.filePath(QStringLiteral("a%1.phare").arg(i, 5, 10, QLatin1Char('0')));
        if (const QString problem = AssessmentFile::write(a, path).errorText(); !problem.isEmpty()) {
            std::fprintf(stderr, "make_assessments: %s: %s\n", qPrintable(path), qPrintable(problem));
            return 1;
        }
    }
    return 0;
}
