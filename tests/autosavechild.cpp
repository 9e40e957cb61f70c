// Test helper for tst_datasafety: a desktop editing session that answers questions, autosaving after
// each, and is then killed from outside. Usage: autosavechild AUTOSAVE_FOLDER COUNT [--keep-going]
// Prints "answer THEME QUESTION OPTION" once each answer is autosaved, "ready" after COUNT answers,
// then waits to be killed; with --keep-going it goes on changing answers until it is.
#include "assessmentdocument.h"
#include "builtincontent.h"
#include "contentloader.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Phare;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: autosavechild AUTOSAVE_FOLDER COUNT [--keep-going]\n", stderr);
        return 2;
    }
    const int count = args[2].toInt();
    const bool keepGoing = args.contains(QStringLiteral("--keep-going"));
    const Result<Content> loaded = BuiltinContent::load();
    if (!loaded.ok())
        return 1;

    AssessmentDocument document(loaded.value());
    document.setAutosaveFolder(args[1]);
    Assessment assessment;
    assessment.company = Company{QStringLiteral("Boulangerie du Panier"), QStringLiteral("food"), 6, QString(), {}};
    document.reset(assessment, QString());
    QStringList themes;
    for (const Questionnaire &q : loaded->questionnaires) {
        if (!q.profile)
            themes.append(q.id);
    }
    document.setThemes(themes);
    document.setNote(themes.first(), QStringLiteral("free-note"), QStringLiteral("Written before the crash"));

    // Scale and yes-no questions of every theme in turn, each given one option after another.
    QList<std::pair<QString, const Question *>> questions;
    for (const Questionnaire &q : loaded->questionnaires) {
        if (q.profile)
            continue;
        for (const Dimension &d : q.dimensions) {
            for (const Question &question : d.questions) {
                if (question.type == QuestionType::Scale || question.type == QuestionType::YesNo)
                    questions.append({q.id, &question});
            }
        }
    }
    for (int n = 0; n < count || keepGoing; ++n) {
        const auto &[theme, question] = questions[n % questions.size()];
        const Option &option = question->options[(n / questions.size()) % question->options.size()];
        document.setAnswer(theme, question->id, Answer::makeChoice(option.id));
        say(QStringLiteral("answer %1 %2 %3").arg(theme, question->id, option.id));
        if (n + 1 == count)
            say(QStringLiteral("ready"));
    }
    for (;;)
        QThread::sleep(60);
}
