// The assessment being edited in the desktop app: answers with undo, its evaluation (and the one it
// is compared with), saving and autosave.
#pragma once

#include "assessment.h"
#include "content.h"
#include "evaluation.h"
#include "result.h"
#include "workshop.h"

#include <QLockFile>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace Phare {

class AssessmentDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentDocument)

public:
    explicit AssessmentDocument(const Content &content, QObject *parent = nullptr);

    const Content &content() const { return m_content; }
    const Assessment &assessment() const { return m_assessment; }
    bool isOpen() const { return m_open; }

    // Starts editing an assessment; path is empty for a new one.
    void reset(const Assessment &assessment, const QString &path, bool modified = false);
    void close();

    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    QUndoStack *undoStack() { return &m_undo; }

    // The themes chosen for this assessment, in the content's order, after the firm profile (which is
    // always there when the content has one).
    QStringList themes() const;
    void setThemes(const QStringList &themeIds);

    std::optional<Answer> answer(const QString &theme, const QString &question) const;
    // Records an answer (nullopt clears it) as one undoable step.
    void setAnswer(const QString &theme, const QString &question, const std::optional<Answer> &answer);
    // A workshop (two respondents or more): where the respondents stand on a question; nullopt when none of
    // them answered it, or in a file of one person. Setting the answer of a question they disagree on settles
    // it (Workshop::settle), as one undoable step like any answer.
    std::optional<QuestionAgreement> agreementOn(const QString &theme, const QString &question) const;
    // The questions the respondents disagree on that are not settled yet, in the content's order.
    QList<QuestionAgreement> toSettle() const;
    // Settles a disputed question with `answer` and the advisor's note on why (nullopt: not settled any more),
    // as one undoable step.
    void settle(const QString &theme, const QString &question, const std::optional<Answer> &answer, const QString &why);
    // Changes the note on why a settled question was settled, as one undoable step.
    void setSettledWhy(const QString &theme, const QString &question, const QString &why);
    // What one person of a workshop answered on their own (nullopt: nothing yet).
    std::optional<Answer> respondentAnswer(const QString &respondent, const QString &theme,
                                           const QString &question) const;
    // Records one person's answer as the advisor types it in during the workshop (nullopt clears it), as one
    // undoable step; the agreed answer follows (Workshop::applyAgreement): the same answers agree, different ones
    // leave the question to settle.
    void setRespondentAnswer(const QString &respondent, const QString &theme, const QString &question,
                             const std::optional<Answer> &answer);
    // The people of the workshop (Edit → People in the workshop…) with their own answers, as one undoable step:
    // none (a plain assessment) or 2 to Assessment::maxRespondents. Someone left out loses their own answers (the
    // dialog asks first); the agreed answers follow those left (Workshop::applyAgreement).
    void setRespondents(const QList<Respondent> &respondents);
    QString note(const QString &theme, const QString &question) const;
    void setNote(const QString &theme, const QString &question, const QString &note);
    void setProfile(const Company &company, const QString &advisor);

    // The advisor's side of the report (issue 16), edited together in the workshop dialog.
    struct Workshop
    {
        QString advisor;
        QString advisorContact;
        QDate assessmentDate;
        QDate nextMeeting; // null when none is planned
        QString context;
        bool operator==(const Workshop &other) const = default;
    };
    Workshop workshop() const;
    // Records the workshop's fields as one undoable step.
    void setWorkshop(const Workshop &workshop);
    // Whether the note on a question is marked as a key observation (printed on the report's page on the firm).
    bool isKeyNote(const QString &theme, const QString &question) const;
    // Marks or unmarks it, as one undoable step. Only a written note can be marked; emptying a note unmarks it.
    void setKeyNote(const QString &theme, const QString &question, bool key);

    // The decisions on the action plan (docs/assessment-format.md, "The decided plan").
    const PlanDecisions &plan() const { return m_assessment.plan; }
    // Records the decision on one of the content's actions (nullopt: back to proposed) as one undoable step.
    void setPlanDecision(const QString &action, const std::optional<PlanDecision> &decision);
    // Adds an action of the advisor's own as one undoable step; returns the id it was given ("own-3").
    QString addOwnAction(const OwnAction &action);
    // Changes an action of the advisor's own (nullopt: removes it) as one undoable step.
    void setOwnAction(const QString &id, const std::optional<OwnAction> &action);

    // The scores and advice of the assessment as it is now. Made when first asked for after a change
    // (evaluationChanged says when), so that a burst of answers is evaluated once, by whoever reads it.
    // A copy shares what was made, and keeps it whole whatever the document does next.
    Evaluation evaluation() const { return current(); }
    // Its scores, valid until the next change.
    const AssessmentResult &result() const { return current().scores(); }

    // An earlier assessment of the same firm that the results and the report set beside this one.
    struct Comparison
    {
        Evaluation earlier;
        QString label; // how the pages name it: "the earlier assessment (12 March 2025)"
    };
    const std::optional<Comparison> &comparison() const { return m_comparison; }
    void setComparison(const Assessment &earlier, const QString &label);
    void clearComparison();

    // Saves atomically; on failure the reason, with the file in question.
    Status save(const QString &path);

    // Autosave: every change is written to a file in this folder, removed after a clean save or close.
    void setAutosaveFolder(const QString &folder);
    QString autosavePath() const { return m_autosavePath; }
    // True when the file at path() was changed on disk (by another window or program) since it was
    // opened or last saved here: saving would replace those changes.
    bool changedOnDisk() const;
    // Autosaved files left behind by a session that did not end cleanly.
    static QStringList recoverableFiles(const QString &folder);
    struct Recovery
    {
        Assessment assessment;
        QString path; // the file it was being saved to; empty for an assessment never saved
    };
    // Reads an autosaved file.
    static Result<Recovery> readRecovery(const QString &file);
    // Removes an autosaved file (recovered or not wanted) and its lock.
    static void discardRecovery(const QString &file);
    void discardAutosave();

signals:
    void answersChanged(const QString &theme, const QString &question);
    // Undo or redo changed this answer back (after answersChanged): the pages show where it happened.
    void answerRestored(const QString &theme, const QString &question);
    void notesChanged(const QString &theme, const QString &question);
    void profileChanged();
    void workshopChanged();
    // People were added to the workshop, left out or renamed (done, undone or redone).
    void respondentsChanged();
    void keyNoteChanged(const QString &theme, const QString &question);
    // A decision on the plan or an action of the advisor's own changed (done, undone or redone).
    void planChanged();
    void themesChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void opened();
    void autosaveFailed(const QString &reason);
    void autosaveSucceeded();
    // The answers, profile, themes, notes or dates changed, or another assessment was opened: what
    // evaluation() gives is no longer what it gave.
    void evaluationChanged();
    void comparisonChanged();

private:
    friend class SetAnswerCommand;
    friend class SettleCommand;
    friend class WorkshopAnswersCommand;
    // What a change to the workshop's people or their answers may change: undone by putting it back whole.
    struct WorkshopState
    {
        QMap<QString, ThemeAnswers> themes;
        QList<Respondent> respondents;
        QMap<QString, QMap<QString, QString>> settled;
    };
    WorkshopState workshopState() const;
    void applyWorkshopState(const WorkshopState &state);
    void applySettle(const QString &theme, const QString &question, const std::optional<Answer> &answer,
                     const QString &why);
    void applyAnswer(const QString &theme, const QString &question, const std::optional<Answer> &answer);
    void applyWorkshop(const Workshop &workshop);
    void applyKeyNote(const QString &theme, const QString &question, bool key);
    void setPlan(const PlanDecisions &plan);
    void applyPlan(const PlanDecisions &plan);
    void touch();
    void setModified(bool modified);
    void writeAutosave();
    void invalidateEvaluation();
    const Evaluation &current() const;

    const Content &m_content;
    Assessment m_assessment;
    QString m_path;
    bool m_open = false;
    bool m_modified = false;
    QUndoStack m_undo;
    mutable std::optional<Evaluation> m_evaluation;
    std::optional<Comparison> m_comparison;
    QByteArray m_diskFingerprint; // of the file at m_path when it was opened or saved
    QString m_autosaveFolder;
    QString m_autosavePath;
    std::unique_ptr<QLockFile> m_autosaveLock; // tells other running copies this autosave is alive
};

} // namespace Phare
