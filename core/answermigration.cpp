// Moves answers stored under a replaced question's id to the question that replaced it (answermigration.h).
#include "answermigration.h"

#include <QCoreApplication>

namespace Phare {

namespace {

bool hasOption(const Question &question, const QString &id)
{
    return question.option(id) != nullptr;
}

} // namespace

std::optional<Answer> AnswerMigration::map(const Question &question, const Replacement &replaced, const Answer &old,
                                           const std::optional<Answer> &into, QString *why)
{
    const auto refuse = [&](const QString &reason) -> std::optional<Answer> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    switch (old.kind) {
    case Answer::Kind::DontKnow:
        if (!question.allowDontKnow)
            return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                      "the new question does not offer \"don't know\""));
        if (into)
            return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                      "\"don't know\" cannot join the rows already carried over"));
        return Answer::makeDontKnow();
    case Answer::Kind::NotApplicable:
        if (!question.allowNotApplicable)
            return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                      "the new question does not offer \"not applicable\""));
        if (into)
            return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                      "\"not applicable\" cannot join the rows already carried over"));
        return Answer::makeNotApplicable();
    case Answer::Kind::Choice:
        if (!replaced.row.isEmpty()) {
            // One choice fills one row of the grid, when the grid offers the same option.
            if (!hasOption(question, old.choice))
                return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                          "the new question has no answer '%1' for its row '%2'")
                                  .arg(old.choice, replaced.row));
            QMap<QString, QString> rows;
            if (into) {
                if (into->kind != Answer::Kind::Rows)
                    return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                              "the new question already holds another kind of answer"));
                rows = into->rows;
            }
            if (rows.contains(replaced.row))
                return refuse(QCoreApplication::translate("Phare::AnswerMigration", "the row '%1' is already answered")
                                  .arg(replaced.row));
            rows.insert(replaced.row, old.choice);
            return Answer::makeRows(rows);
        }
        if (question.type != QuestionType::Scale && question.type != QuestionType::YesNo)
            return refuse(QCoreApplication::translate(
                "Phare::AnswerMigration", "a single choice does not fit the new question's kind of answer"));
        if (!hasOption(question, old.choice))
            return refuse(QCoreApplication::translate("Phare::AnswerMigration", "the new question has no answer '%1'")
                              .arg(old.choice));
        return Answer::makeChoice(old.choice);
    case Answer::Kind::Ticked:
        if (question.type != QuestionType::Checklist || !replaced.row.isEmpty())
            return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                      "ticked options do not fit the new question's kind of answer"));
        for (const QString &ticked : old.ticked) {
            if (!hasOption(question, ticked))
                return refuse(
                    QCoreApplication::translate("Phare::AnswerMigration", "the new question has no option '%1'")
                        .arg(ticked));
        }
        return Answer::makeTicked(old.ticked);
    case Answer::Kind::Rows:
        if (question.type != QuestionType::Grid || !replaced.row.isEmpty() || into)
            return refuse(QCoreApplication::translate("Phare::AnswerMigration",
                                                      "a grid's rows do not fit the new question's kind of answer"));
        // Rows or options the new grid lacks stay in the answer: the scorer leaves them out and says so.
        return Answer::makeRows(old.rows);
    }
    return refuse(QCoreApplication::translate("Phare::AnswerMigration", "unknown kind of answer"));
}

AnswerMigration::Outcome AnswerMigration::migrate(const Content &content, const Assessment &assessment)
{
    Outcome outcome;
    outcome.assessment = assessment;
    for (const Questionnaire &questionnaire : content.questionnaires) {
        const auto theme = outcome.assessment.themes.find(questionnaire.id);
        if (theme == outcome.assessment.themes.end())
            continue;
        ThemeAnswers &t = *theme;
        for (const Dimension &dimension : questionnaire.dimensions) {
            for (const Question &question : dimension.questions) {
                if (question.replaces.isEmpty())
                    continue;
                // An answer given to the new question itself wins: the old ones are left where they are.
                const bool answered = t.answers.contains(question.id);
                std::optional<Answer> built;
                QStringList carried;
                for (const Replacement &replaced : question.replaces) {
                    const auto old = t.answers.constFind(replaced.question);
                    if (old == t.answers.cend())
                        continue;
                    QString why;
                    std::optional<Answer> mapped;
                    if (answered)
                        why = QCoreApplication::translate("Phare::AnswerMigration",
                                                          "the new question is answered already");
                    else
                        mapped = map(question, replaced, *old, built, &why);
                    if (!mapped) {
                        outcome.issues.append(
                            {questionnaire.id, replaced.question,
                             QCoreApplication::translate(
                                 "Phare::AnswerMigration",
                                 "answer to the question '%1', which '%2' replaced, not carried over (%3); kept in "
                                 "the file under its old id")
                                 .arg(replaced.question, question.id, why)});
                        continue;
                    }
                    built = mapped;
                    carried.append(replaced.question);
                }
                if (!built)
                    continue;
                t.answers.insert(question.id, *built);
                for (const QString &oldId : carried) {
                    t.answers.remove(oldId);
                    ++outcome.carried;
                    // The advisor's note goes with the answer it explains.
                    const QString note = t.notes.take(oldId);
                    if (!note.isEmpty()) {
                        QString &kept = t.notes[question.id];
                        kept = kept.isEmpty() ? note : kept + QLatin1Char('\n') + note;
                    }
                    if (t.keyNotes.removeAll(oldId) > 0 && !t.keyNotes.contains(question.id))
                        t.keyNotes.append(question.id);
                }
            }
        }
    }
    return outcome;
}

} // namespace Phare
