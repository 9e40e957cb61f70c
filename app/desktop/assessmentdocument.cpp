// Editing, undo, autosave and recovery of the open assessment.
#include "assessmentdocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUndoCommand>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace Phare {

namespace {
// Marks an autosaved copy and says which file it belongs to; removed when the copy is recovered.
const QString kAutosaveKey = QStringLiteral("phareAutosaveOf");

// What the file at path is now: its size, time and a hash of its bytes (a change within the same second
// and size is still seen). Empty when there is no such file.
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.read(Assessment::maxFileBytes + 1));
    return QByteArray::number(file.size()) + ' ' +
           QByteArray::number(file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()) + ' ' +
           hash.result().toHex();
}
} // namespace

class SetAnswerCommand final : public QUndoCommand
{
public:
    SetAnswerCommand(AssessmentDocument *document, QString theme, QString question, std::optional<Answer> before,
                     std::optional<Answer> after)
        : m_document(document), m_theme(std::move(theme)), m_question(std::move(question)), m_before(std::move(before)),
          m_after(std::move(after))
    {}

    void undo() override
    {
        m_document->applyAnswer(m_theme, m_question, m_before);
        emit m_document->answerRestored(m_theme, m_question);
    }
    void redo() override
    {
        m_document->applyAnswer(m_theme, m_question, m_after);
        // The first redo is the answer being given, not restored.
        if (m_done)
            emit m_document->answerRestored(m_theme, m_question);
        m_done = true;
    }

private:
    AssessmentDocument *m_document;
    QString m_theme;
    QString m_question;
    std::optional<Answer> m_before;
    std::optional<Answer> m_after;
    bool m_done = false;
};

// Settling a question the respondents disagree on, and undoing it: the agreed answer and the note on why
// before and after (no answer: disputed, not settled).
class SettleCommand final : public QUndoCommand
{
public:
    struct State
    {
        std::optional<Answer> answer;
        QString why;
    };
    SettleCommand(AssessmentDocument *document, QString theme, QString question, State before, State after)
        : m_document(document), m_theme(std::move(theme)), m_question(std::move(question)), m_before(std::move(before)),
          m_after(std::move(after))
    {}

    void undo() override
    {
        m_document->applySettle(m_theme, m_question, m_before.answer, m_before.why);
        emit m_document->answerRestored(m_theme, m_question);
    }
    void redo() override
    {
        m_document->applySettle(m_theme, m_question, m_after.answer, m_after.why);
        if (m_done)
            emit m_document->answerRestored(m_theme, m_question);
        m_done = true;
    }

private:
    AssessmentDocument *m_document;
    QString m_theme;
    QString m_question;
    State m_before;
    State m_after;
    bool m_done = false;
};

// A workshop's people or one person's answer changed: the whole of what it may change, before and after; the
// question it was about (empty for the people), which undo and redo show.
class WorkshopAnswersCommand final : public QUndoCommand
{
public:
    WorkshopAnswersCommand(AssessmentDocument *document, QString theme, QString question,
                           AssessmentDocument::WorkshopState before, AssessmentDocument::WorkshopState after)
        : m_document(document), m_theme(std::move(theme)), m_question(std::move(question)), m_before(std::move(before)),
          m_after(std::move(after))
    {}

    void undo() override { apply(m_before, true); }
    void redo() override
    {
        apply(m_after, m_done);
        m_done = true;
    }

private:
    void apply(const AssessmentDocument::WorkshopState &state, bool restored)
    {
        m_document->applyWorkshopState(state);
        if (m_question.isEmpty())
            return;
        emit m_document->answersChanged(m_theme, m_question);
        if (restored)
            emit m_document->answerRestored(m_theme, m_question);
    }

    AssessmentDocument *m_document;
    QString m_theme;
    QString m_question;
    AssessmentDocument::WorkshopState m_before;
    AssessmentDocument::WorkshopState m_after;
    bool m_done = false;
};

// An undoable step given by what its undo and redo do (the workshop's fields, a key observation).
class FunctionCommand final : public QUndoCommand
{
public:
    FunctionCommand(std::function<void()> undo, std::function<void()> redo)
        : m_undo(std::move(undo)), m_redo(std::move(redo))
    {}
    void undo() override { m_undo(); }
    void redo() override { m_redo(); }

private:
    std::function<void()> m_undo;
    std::function<void()> m_redo;
};

AssessmentDocument::AssessmentDocument(const Content &content, QObject *parent) : QObject(parent), m_content(content)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && m_undo.count() > 0)
            setModified(false);
    });
}

void AssessmentDocument::reset(const Assessment &assessment, const QString &path, bool modified)
{
    discardAutosave();
    m_assessment = assessment;
    m_path = path;
    m_diskFingerprint = fingerprint(path);
    m_open = true;
    m_undo.clear();
    m_modified = !modified; // force the signal below
    setModified(modified);
    if (modified)
        writeAutosave();
    invalidateEvaluation();
    clearComparison(); // it was of the assessment open before
    emit pathChanged(m_path);
    emit opened();
}

void AssessmentDocument::close()
{
    discardAutosave();
    m_assessment = Assessment();
    m_path.clear();
    m_open = false;
    m_undo.clear();
    setModified(false);
    invalidateEvaluation();
    clearComparison();
    emit pathChanged(m_path);
}

QStringList AssessmentDocument::themes() const
{
    QStringList ids;
    for (const Questionnaire &q : m_content.questionnaires) {
        // The profile is always asked first, in older files too (they hold none): it is what fits the
        // advice to the firm.
        if (q.profile || m_assessment.themes.contains(q.id))
            ids.append(q.id);
    }
    return ids;
}

void AssessmentDocument::setThemes(const QStringList &themeIds)
{
    bool changed = false;
    for (const QString &id : themeIds) {
        const Questionnaire *q = m_content.questionnaire(id);
        if (q && !m_assessment.themes.contains(id)) {
            ThemeAnswers answers;
            answers.version = q->version;
            m_assessment.themes.insert(id, answers);
            changed = true;
        }
    }
    // A theme is only removed when nothing was answered in it: answers are never dropped silently.
    for (const QString &id : m_assessment.themes.keys()) {
        const ThemeAnswers &t = m_assessment.themes[id];
        if (!themeIds.contains(id) && t.answers.isEmpty() && t.notes.isEmpty() && m_content.questionnaire(id)) {
            m_assessment.themes.remove(id);
            changed = true;
        }
    }
    if (changed) {
        touch();
        emit themesChanged();
    }
}

std::optional<Answer> AssessmentDocument::answer(const QString &theme, const QString &question) const
{
    const auto t = m_assessment.themes.constFind(theme);
    if (t == m_assessment.themes.cend())
        return std::nullopt;
    const auto a = t->answers.constFind(question);
    if (a == t->answers.cend())
        return std::nullopt;
    return *a;
}

void AssessmentDocument::setAnswer(const QString &theme, const QString &question, const std::optional<Answer> &answer)
{
    const std::optional<Answer> before = this->answer(theme, question);
    if (before == answer)
        return;
    // In a workshop, the advisor's answer to a question the respondents answered settles it (a question
    // they disagree on, or one they agree on and the advisor corrects): set as a plain answer, the next
    // reading of the file would put the team's answer back.
    if (const auto standing = agreementOn(theme, question);
        standing && (standing->state == QuestionAgreement::State::Disputed ||
                     standing->state == QuestionAgreement::State::Settled || answer != standing->agreed)) {
        settle(theme, question, answer, standing->why);
        return;
    }
    m_undo.push(new SetAnswerCommand(this, theme, question, before, answer));
}

void AssessmentDocument::applyAnswer(const QString &theme, const QString &question, const std::optional<Answer> &answer)
{
    ThemeAnswers &t = m_assessment.themes[theme];
    if (const Questionnaire *q = m_content.questionnaire(theme); q && t.answers.isEmpty() && t.notes.isEmpty())
        t.version = q->version;
    if (answer)
        t.answers.insert(question, *answer);
    else
        t.answers.remove(question);
    touch();
    emit answersChanged(theme, question);
}

std::optional<QuestionAgreement> AssessmentDocument::agreementOn(const QString &theme, const QString &question) const
{
    return Phare::Workshop::agreementOn(m_assessment, theme, question);
}

QList<QuestionAgreement> AssessmentDocument::toSettle() const
{
    QList<QuestionAgreement> list;
    if (!m_assessment.isWorkshop())
        return list;
    for (const QuestionAgreement &q : Phare::Workshop::agreement(m_content, m_assessment)) {
        if (q.needsSettling())
            list.append(q);
    }
    return list;
}

void AssessmentDocument::settle(const QString &theme, const QString &question, const std::optional<Answer> &answer,
                                const QString &why)
{
    const auto standing = agreementOn(theme, question);
    if (!standing)
        return;
    SettleCommand::State before;
    if (standing->state == QuestionAgreement::State::Settled)
        before = {standing->agreed, standing->why};
    const SettleCommand::State after{answer, answer ? why : QString()};
    if (before.answer == after.answer && before.why == after.why)
        return;
    m_undo.push(new SettleCommand(this, theme, question, before, after));
}

void AssessmentDocument::setSettledWhy(const QString &theme, const QString &question, const QString &why)
{
    const auto standing = agreementOn(theme, question);
    if (!standing || standing->state != QuestionAgreement::State::Settled || standing->why == why)
        return;
    settle(theme, question, standing->agreed, why);
}

void AssessmentDocument::applySettle(const QString &theme, const QString &question, const std::optional<Answer> &answer,
                                     const QString &why)
{
    if (answer)
        Phare::Workshop::settle(m_assessment, theme, question, *answer, why);
    else
        Phare::Workshop::unsettle(m_assessment, theme, question);
    touch();
    emit answersChanged(theme, question);
}

std::optional<Answer> AssessmentDocument::respondentAnswer(const QString &respondent, const QString &theme,
                                                           const QString &question) const
{
    const Respondent *r = m_assessment.respondent(respondent);
    if (!r)
        return std::nullopt;
    const auto t = r->answers.constFind(theme);
    if (t == r->answers.cend())
        return std::nullopt;
    const auto a = t->constFind(question);
    if (a == t->cend())
        return std::nullopt;
    return *a;
}

void AssessmentDocument::setRespondentAnswer(const QString &respondent, const QString &theme, const QString &question,
                                             const std::optional<Answer> &answer)
{
    if (!m_assessment.isWorkshop() || !m_assessment.respondent(respondent) ||
        respondentAnswer(respondent, theme, question) == answer)
        return;
    const WorkshopState before = workshopState();
    Assessment changed = m_assessment;
    for (Respondent &r : changed.respondents) {
        if (r.id != respondent)
            continue;
        if (answer) {
            r.answers[theme].insert(question, *answer);
        } else if (r.answers.contains(theme)) {
            r.answers[theme].remove(question);
            if (r.answers.value(theme).isEmpty())
                r.answers.remove(theme);
        }
    }
    Phare::Workshop::applyAgreement(changed);
    m_undo.push(new WorkshopAnswersCommand(this, theme, question, before,
                                           {changed.themes, changed.respondents, changed.settled}));
}

void AssessmentDocument::setRespondents(const QList<Respondent> &respondents)
{
    if (respondents == m_assessment.respondents || respondents.size() == 1 ||
        respondents.size() > Assessment::maxRespondents)
        return;
    const WorkshopState before = workshopState();
    Assessment changed = m_assessment;
    changed.respondents = respondents;
    if (respondents.isEmpty())
        changed.settled.clear(); // a plain assessment: its answers are the firm's, nothing is left to settle
    Phare::Workshop::applyAgreement(changed);
    m_undo.push(
        new WorkshopAnswersCommand(this, {}, {}, before, {changed.themes, changed.respondents, changed.settled}));
}

AssessmentDocument::WorkshopState AssessmentDocument::workshopState() const
{
    return {m_assessment.themes, m_assessment.respondents, m_assessment.settled};
}

void AssessmentDocument::applyWorkshopState(const WorkshopState &state)
{
    const bool people = m_assessment.respondents != state.respondents;
    m_assessment.themes = state.themes;
    m_assessment.respondents = state.respondents;
    m_assessment.settled = state.settled;
    touch();
    if (people)
        emit respondentsChanged();
}

QString AssessmentDocument::note(const QString &theme, const QString &question) const
{
    return m_assessment.themes.value(theme).notes.value(question);
}

void AssessmentDocument::setNote(const QString &theme, const QString &question, const QString &note)
{
    if (this->note(theme, question) == note)
        return;
    ThemeAnswers &t = m_assessment.themes[theme];
    if (note.isEmpty())
        t.notes.remove(question);
    else
        t.notes.insert(question, note);
    // A mark with no note has nothing to show (and is not saved).
    const bool unmarked = note.isEmpty() && t.keyNotes.removeAll(question) > 0;
    touch();
    emit notesChanged(theme, question);
    if (unmarked)
        emit keyNoteChanged(theme, question);
}

AssessmentDocument::Workshop AssessmentDocument::workshop() const
{
    return {m_assessment.advisor, m_assessment.advisorContact, m_assessment.assessmentDate, m_assessment.nextMeeting,
            m_assessment.context};
}

void AssessmentDocument::setWorkshop(const Workshop &workshop)
{
    const Workshop before = this->workshop();
    if (before == workshop)
        return; // nothing changed: the file is not marked modified
    m_undo.push(
        new FunctionCommand([this, before] { applyWorkshop(before); }, [this, workshop] { applyWorkshop(workshop); }));
}

void AssessmentDocument::applyWorkshop(const Workshop &workshop)
{
    m_assessment.advisor = workshop.advisor;
    m_assessment.advisorContact = workshop.advisorContact;
    m_assessment.assessmentDate = workshop.assessmentDate;
    m_assessment.nextMeeting = workshop.nextMeeting;
    m_assessment.context = workshop.context;
    touch(); // the assessment's date changes how deadlines are phrased
    emit workshopChanged();
    emit profileChanged(); // the advisor's name is shown with the profile too
}

bool AssessmentDocument::isKeyNote(const QString &theme, const QString &question) const
{
    const auto t = m_assessment.themes.constFind(theme);
    return t != m_assessment.themes.cend() && t->keyNotes.contains(question);
}

void AssessmentDocument::setKeyNote(const QString &theme, const QString &question, bool key)
{
    if (isKeyNote(theme, question) == key || (key && note(theme, question).isEmpty()))
        return;
    m_undo.push(new FunctionCommand([this, theme, question, key] { applyKeyNote(theme, question, !key); },
                                    [this, theme, question, key] { applyKeyNote(theme, question, key); }));
}

void AssessmentDocument::applyKeyNote(const QString &theme, const QString &question, bool key)
{
    QStringList &marks = m_assessment.themes[theme].keyNotes;
    if (key && !marks.contains(question))
        marks.append(question);
    else if (!key)
        marks.removeAll(question);
    touch();
    emit keyNoteChanged(theme, question);
}

void AssessmentDocument::setPlanDecision(const QString &action, const std::optional<PlanDecision> &decision)
{
    PlanDecisions plan = m_assessment.plan;
    if (decision) {
        PlanDecision kept = *decision;
        kept.extra = plan.actions.value(action).extra; // fields of a later version stay
        plan.actions.insert(action, kept);
    } else {
        plan.actions.remove(action);
    }
    setPlan(plan);
}

QString AssessmentDocument::addOwnAction(const OwnAction &action)
{
    PlanDecisions plan = m_assessment.plan;
    // The first "own-N" free: ids stay unique, even after a removal.
    QString id;
    for (int n = 1; id.isEmpty(); ++n) {
        const QString candidate = QStringLiteral("own-%1").arg(n);
        if (std::none_of(plan.own.cbegin(), plan.own.cend(), [&](const OwnAction &o) { return o.id == candidate; }))
            id = candidate;
    }
    OwnAction added = action;
    added.id = id;
    plan.own.append(added);
    setPlan(plan);
    return id;
}

void AssessmentDocument::setOwnAction(const QString &id, const std::optional<OwnAction> &action)
{
    PlanDecisions plan = m_assessment.plan;
    for (qsizetype i = 0; i < plan.own.size(); ++i) {
        if (plan.own.at(i).id != id)
            continue;
        if (action) {
            OwnAction changed = *action;
            changed.id = id;
            changed.extra = plan.own.at(i).extra;
            plan.own[i] = changed;
        } else {
            plan.own.removeAt(i);
        }
        setPlan(plan);
        return;
    }
}

void AssessmentDocument::setPlan(const PlanDecisions &plan)
{
    const PlanDecisions before = m_assessment.plan;
    if (before == plan)
        return; // nothing changed: the file is not marked modified
    m_undo.push(new FunctionCommand([this, before] { applyPlan(before); }, [this, plan] { applyPlan(plan); }));
}

void AssessmentDocument::applyPlan(const PlanDecisions &plan)
{
    m_assessment.plan = plan;
    touch(); // the decided plan is part of what the pages and the report read
    emit planChanged();
}

void AssessmentDocument::setProfile(const Company &company, const QString &advisor)
{
    Company merged = company;
    merged.extra = m_assessment.company.extra;
    const Company &current = m_assessment.company;
    if (merged.name == current.name && merged.sector == current.sector && merged.employees == current.employees &&
        merged.location == current.location && advisor == m_assessment.advisor)
        return; // nothing changed: the file is not marked modified
    m_assessment.company = merged;
    m_assessment.advisor = advisor;
    touch();
    emit profileChanged();
}

const Evaluation &AssessmentDocument::current() const
{
    if (!m_evaluation)
        m_evaluation = Evaluation(m_content, m_assessment);
    return *m_evaluation;
}

void AssessmentDocument::invalidateEvaluation()
{
    m_evaluation.reset();
    emit evaluationChanged();
}

void AssessmentDocument::setComparison(const Assessment &earlier, const QString &label)
{
    m_comparison = Comparison{Evaluation(m_content, earlier), label};
    emit comparisonChanged();
}

void AssessmentDocument::clearComparison()
{
    if (!m_comparison)
        return;
    m_comparison.reset();
    emit comparisonChanged();
}

Status AssessmentDocument::save(const QString &path)
{
    Assessment copy = m_assessment;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!copy.created.isValid())
        copy.created = now;
    copy.modified = now;
    if (Status written = AssessmentFile::write(copy, path); !written.ok())
        return written;
    m_assessment.created = copy.created;
    m_assessment.modified = copy.modified;
    invalidateEvaluation(); // the report dates the assessment by its last save
    m_diskFingerprint = fingerprint(path);
    if (m_path != path) {
        m_path = path;
        emit pathChanged(m_path);
    }
    m_undo.setClean();
    setModified(false);
    discardAutosave();
    return Status::success();
}

bool AssessmentDocument::changedOnDisk() const
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return false;
    return fingerprint(m_path) != m_diskFingerprint;
}

void AssessmentDocument::touch()
{
    invalidateEvaluation();
    setModified(true);
    writeAutosave();
}

void AssessmentDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void AssessmentDocument::setAutosaveFolder(const QString &folder)
{
    m_autosaveFolder = folder;
}

void AssessmentDocument::writeAutosave()
{
    if (m_autosaveFolder.isEmpty() || !m_open)
        return;
    if (m_autosavePath.isEmpty()) {
        // The autosaves hold a firm's answers: the folder is its owner's only (0700), as are the files.
        QDir().mkpath(m_autosaveFolder);
        QFile::setPermissions(m_autosaveFolder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_autosavePath = QDir(m_autosaveFolder)
                             .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".phare"));
        m_autosaveLock = std::make_unique<QLockFile>(m_autosavePath + QStringLiteral(".lock"));
        m_autosaveLock->setStaleLockTime(0);
        m_autosaveLock->tryLock(0);
    }
    Assessment copy = m_assessment;
    copy.extra.insert(kAutosaveKey, m_path);
    QDir().mkpath(m_autosaveFolder); // again, should it have gone since
    if (const Status written = AssessmentFile::write(copy, m_autosavePath); !written.ok())
        emit autosaveFailed(written.diagnostics().constFirst().message);
    else
        emit autosaveSucceeded();
}

void AssessmentDocument::discardAutosave()
{
    if (!m_autosavePath.isEmpty())
        QFile::remove(m_autosavePath);
    m_autosavePath.clear();
    m_autosaveLock.reset();
}

QStringList AssessmentDocument::recoverableFiles(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.phare")}, QDir::Files, QDir::Time)) {
        // A lock that can be taken belongs to no running Phare: its session ended without cleaning up.
        QLockFile lock(info.absoluteFilePath() + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock();
            files.append(info.absoluteFilePath());
        }
    }
    return files;
}

Result<AssessmentDocument::Recovery> AssessmentDocument::readRecovery(const QString &file)
{
    Result<Assessment> read = AssessmentFile::read(file);
    if (!read.ok())
        return Result<Recovery>::failure(read.diagnostics());
    Recovery recovery{*read, QString()};
    recovery.path = recovery.assessment.extra.take(kAutosaveKey).toString();
    return Result<Recovery>(recovery, read.diagnostics());
}

void AssessmentDocument::discardRecovery(const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".lock"));
}

} // namespace Phare
