// A workshop of several respondents: agreement, each one's scores, the spread and the merge (see workshop.h).
#include "workshop.h"

#include "translator.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace Phare {

namespace {

// The question ids any respondent answered in `theme`, sorted.
QStringList answeredQuestions(const Assessment &assessment, const QString &theme)
{
    QSet<QString> ids;
    for (const Respondent &r : assessment.respondents) {
        const auto answers = r.answers.constFind(theme);
        if (answers == r.answers.cend())
            continue;
        for (auto q = answers->cbegin(); q != answers->cend(); ++q)
            ids.insert(q.key());
    }
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list;
}

// Each respondent's answers to one questionnaire (null: none), looked up once per questionnaire.
QList<const QMap<QString, Answer> *> answersTo(const Assessment &assessment, const QString &theme)
{
    QList<const QMap<QString, Answer> *> maps;
    maps.reserve(assessment.respondents.size());
    for (const Respondent &r : assessment.respondents) {
        const auto answers = r.answers.constFind(theme);
        maps.append(answers == r.answers.cend() ? nullptr : &*answers);
    }
    return maps;
}

// Where the respondents stand on one question, without copying their answers: the state and the answer they agree
// on (null when disputed, or for "don't know" from all who answered). `found` gets each respondent's answer or null.
struct Standing
{
    QuestionAgreement::State state = QuestionAgreement::State::Agreed;
    const Answer *agreed = nullptr;
    bool answered = false; // by anyone
};

Standing standing(const Assessment &assessment, const QString &theme, const QString &question,
                  const QList<const QMap<QString, Answer> *> &maps, QVarLengthArray<const Answer *, 10> &found)
{
    Standing s;
    found.resize(maps.size());
    qsizetype given = 0;
    qsizetype substantive = 0;
    bool same = true;
    for (qsizetype i = 0; i < maps.size(); ++i) {
        found[i] = nullptr;
        if (!maps[i])
            continue;
        const auto a = maps[i]->constFind(question);
        if (a == maps[i]->cend())
            continue;
        found[i] = &*a;
        ++given;
        if (a->kind == Answer::Kind::DontKnow)
            continue;
        ++substantive;
        if (!s.agreed)
            s.agreed = &*a;
        else if (same && !Workshop::sameAnswer(*a, *s.agreed))
            same = false;
    }
    s.answered = given > 0;
    // The advisor's answer, once given, is the agreed one whatever the respondents said: a question they
    // disagree on is settled, and one they agree on may still be corrected in the workshop.
    const auto settled = assessment.settled.constFind(theme);
    const auto agreedTheme = assessment.themes.constFind(theme);
    if (settled != assessment.settled.cend() && settled->contains(question) &&
        agreedTheme != assessment.themes.cend()) {
        const auto answer = agreedTheme->answers.constFind(question);
        if (answer != agreedTheme->answers.cend()) {
            s.state = QuestionAgreement::State::Settled;
            s.agreed = &*answer;
            return s;
        }
    }
    const qsizetype everyone = maps.size();
    if (!s.agreed) {
        // Only "don't know" (and blanks): nobody knows, which is agreed when all said it.
        s.state = given == everyone ? QuestionAgreement::State::Agreed : QuestionAgreement::State::ToCheck;
        return s;
    }
    if (same) {
        s.state = substantive == everyone ? QuestionAgreement::State::Agreed : QuestionAgreement::State::ToCheck;
        return s;
    }
    s.agreed = nullptr;
    s.state = QuestionAgreement::State::Disputed;
    return s;
}

QuestionAgreement agreementOn(const Assessment &assessment, const QString &theme, const QString &question,
                              const QList<const QMap<QString, Answer> *> &maps)
{
    QVarLengthArray<const Answer *, 10> found;
    const Standing s = standing(assessment, theme, question, maps, found);
    QuestionAgreement q;
    q.theme = theme;
    q.question = question;
    q.state = s.state;
    q.answers.reserve(maps.size());
    for (qsizetype i = 0; i < maps.size(); ++i)
        q.answers.append({assessment.respondents[i].id, found[i] ? std::optional<Answer>(*found[i]) : std::nullopt});
    if (s.agreed) {
        q.agreed = *s.agreed;
        if (s.state != QuestionAgreement::State::Settled)
            q.agreed->extra = {};
    } else if (s.state != QuestionAgreement::State::Disputed) {
        q.agreed = Answer::makeDontKnow();
    }
    if (s.state == QuestionAgreement::State::Settled)
        q.why = assessment.settled.value(theme).value(question);
    return q;
}

} // namespace

const RespondentScores *WorkshopResult::respondent(QStringView id) const
{
    for (const RespondentScores &r : respondents) {
        if (r.respondent == id)
            return &r;
    }
    return nullptr;
}

bool Workshop::sameAnswer(const Answer &a, const Answer &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Answer::Kind::Choice:
        return a.choice == b.choice;
    case Answer::Kind::Ticked:
        // As sets, without building any: a checklist has a few options, each ticked once.
        return a.ticked == b.ticked || (a.ticked.size() == b.ticked.size() &&
                                        std::all_of(a.ticked.cbegin(), a.ticked.cend(),
                                                    [&b](const QString &t) { return b.ticked.contains(t); }) &&
                                        std::all_of(b.ticked.cbegin(), b.ticked.cend(),
                                                    [&a](const QString &t) { return a.ticked.contains(t); }));
    case Answer::Kind::Rows:
        return a.rows == b.rows;
    case Answer::Kind::DontKnow:
    case Answer::Kind::NotApplicable:
        return true;
    }
    return false;
}

QList<QuestionAgreement> Workshop::agreement(const Assessment &assessment)
{
    QList<QuestionAgreement> list;
    for (auto t = assessment.themes.cbegin(); t != assessment.themes.cend(); ++t) {
        const auto maps = answersTo(assessment, t.key());
        for (const QString &question : answeredQuestions(assessment, t.key()))
            list.append(agreementOn(assessment, t.key(), question, maps));
    }
    return list;
}

QList<QuestionAgreement> Workshop::agreement(const Content &content, const Assessment &assessment)
{
    QList<QuestionAgreement> list;
    QSet<QString> done;
    for (const Questionnaire &questionnaire : content.questionnaires) {
        if (!assessment.themes.contains(questionnaire.id))
            continue;
        done.insert(questionnaire.id);
        const auto maps = answersTo(assessment, questionnaire.id);
        const QStringList answered = answeredQuestions(assessment, questionnaire.id);
        QSet<QString> left(answered.cbegin(), answered.cend());
        for (const Dimension &d : questionnaire.dimensions) {
            for (const Question &question : d.questions) {
                if (left.remove(question.id))
                    list.append(agreementOn(assessment, questionnaire.id, question.id, maps));
            }
        }
        for (const QString &question : answered) { // answers to questions since removed
            if (left.contains(question))
                list.append(agreementOn(assessment, questionnaire.id, question, maps));
        }
    }
    for (auto t = assessment.themes.cbegin(); t != assessment.themes.cend(); ++t) {
        if (done.contains(t.key()))
            continue;
        const auto maps = answersTo(assessment, t.key());
        for (const QString &question : answeredQuestions(assessment, t.key()))
            list.append(agreementOn(assessment, t.key(), question, maps));
    }
    return list;
}

void Workshop::applyAgreement(Assessment &assessment)
{
    if (!assessment.isWorkshop())
        return;
    QMap<QString, QMap<QString, QString>> settled;
    for (const QuestionAgreement &q : agreement(assessment)) {
        QMap<QString, Answer> &agreed = assessment.themes[q.theme].answers;
        switch (q.state) {
        case QuestionAgreement::State::Agreed:
        case QuestionAgreement::State::ToCheck:
            // The agreed answer kept as it is when it says the same (it may hold fields of a newer version).
            if (!agreed.contains(q.question) || !sameAnswer(agreed.value(q.question), *q.agreed))
                agreed.insert(q.question, *q.agreed);
            break;
        case QuestionAgreement::State::Disputed:
            agreed.remove(q.question);
            break;
        case QuestionAgreement::State::Settled:
            settled[q.theme].insert(q.question, q.why);
            break;
        }
    }
    assessment.settled = settled;
}

void Workshop::settle(Assessment &assessment, const QString &theme, const QString &question, const Answer &answer,
                      const QString &why)
{
    assessment.themes[theme].answers.insert(question, answer);
    assessment.settled[theme].insert(question, why);
    applyAgreement(assessment);
}

void Workshop::unsettle(Assessment &assessment, const QString &theme, const QString &question)
{
    if (assessment.settled.contains(theme)) {
        assessment.settled[theme].remove(question);
        if (assessment.settled.value(theme).isEmpty())
            assessment.settled.remove(theme);
    }
    applyAgreement(assessment);
}

Assessment Workshop::respondentAssessment(const Content &content, const Assessment &assessment,
                                          const Respondent &respondent)
{
    Assessment own = assessment;
    own.respondents.clear();
    own.settled.clear();
    const Questionnaire *profile = content.profile();
    for (auto t = own.themes.begin(); t != own.themes.end(); ++t) {
        const auto answers = respondent.answers.constFind(t.key());
        const bool none = answers == respondent.answers.cend() || answers->isEmpty();
        if (none && profile && profile->id == t.key())
            continue; // the firm's profile as agreed: the facts the advice looks at
        t->answers = none ? QMap<QString, Answer>() : *answers;
        t->notes = respondent.notes.value(t.key());
        t->keyNotes.clear();
    }
    return own;
}

WorkshopResult Workshop::evaluate(const Content &content, const Assessment &assessment)
{
    return evaluate(content, assessment, Scorer::score(content, assessment));
}

WorkshopResult Workshop::evaluate(const Content &content, const Assessment &assessment, const AssessmentResult &agreed)
{
    WorkshopResult result;
    result.agreed = agreed;
    if (!assessment.isWorkshop())
        return result;
    result.respondents.reserve(assessment.respondents.size());
    for (const Respondent &r : assessment.respondents)
        result.respondents.append({r.id, Scorer::score(content, respondentAssessment(content, assessment, r))});

    const auto widen = [](ScoreRange &range, const std::optional<double> &score) {
        if (!score)
            return;
        range.lowest = range.lowest ? std::min(*range.lowest, *score) : *score;
        range.highest = range.highest ? std::max(*range.highest, *score) : *score;
    };
    // The themes are scored in the content's order for every respondent (the same questionnaires): the same
    // index is the same theme, and the same positions the same dimension and question.
    const qsizetype themeCount = result.agreed.themes.size();
    const auto sameShape = [&](const AssessmentResult &r) {
        if (r.themes.size() != themeCount)
            return false;
        for (qsizetype t = 0; t < themeCount; ++t) {
            if (r.themes[t].questionnaire != result.agreed.themes[t].questionnaire)
                return false;
        }
        return true;
    };
    QList<const AssessmentResult *> scored;
    for (const RespondentScores &r : result.respondents)
        scored.append(sameShape(r.scores) ? &r.scores : nullptr);

    for (qsizetype t = 0; t < themeCount; ++t) {
        const ThemeResult &theme = result.agreed.themes[t];
        ThemeSpread spread;
        spread.theme = theme.questionnaire->id;
        spread.range.agreed = theme.score;
        for (const AssessmentResult *r : scored) {
            if (r)
                widen(spread.range, r->themes[t].score);
        }
        for (qsizetype d = 0; d < theme.dimensions.size(); ++d) {
            if (!theme.dimensions[d].dimension->scored)
                continue;
            DimensionSpread dimension{theme.dimensions[d].dimension->id, {theme.dimensions[d].score, {}, {}}};
            for (const AssessmentResult *r : scored) {
                if (r && d < r->themes[t].dimensions.size())
                    widen(dimension.range, r->themes[t].dimensions[d].score);
            }
            spread.dimensions.append(dimension);
        }
        result.themes.append(spread);
    }

    // Where the team stands on each question of the content: counted, and the gap measured where they differ. The
    // answers are copied only for the disagreements listed (this runs for every score of a workshop).
    QHash<QString, qsizetype> themeIndex;
    for (qsizetype t = 0; t < themeCount; ++t)
        themeIndex.insert(result.agreed.themes[t].questionnaire->id, t);
    QVarLengthArray<const Answer *, 10> found;
    struct Candidate
    {
        double gap;
        qsizetype theme, dimension, position;
        const Questionnaire *questionnaire;
        const QString *question;
    };
    QList<Candidate> candidates;
    for (const Questionnaire &questionnaire : content.questionnaires) {
        if (!assessment.themes.contains(questionnaire.id))
            continue;
        const auto maps = answersTo(assessment, questionnaire.id);
        if (std::all_of(maps.cbegin(), maps.cend(), [](const auto *m) { return !m || m->isEmpty(); }))
            continue;
        const qsizetype t = themeIndex.value(questionnaire.id, -1); // -1: the profile, never scored
        for (qsizetype d = 0; d < questionnaire.dimensions.size(); ++d) {
            const QList<Question> &questions = questionnaire.dimensions[d].questions;
            for (qsizetype position = 0; position < questions.size(); ++position) {
                const QString &id = questions[position].id;
                const Standing s = standing(assessment, questionnaire.id, id, maps, found);
                if (!s.answered)
                    continue;
                if (s.state == QuestionAgreement::State::Disputed)
                    ++result.toSettle;
                else if (s.state == QuestionAgreement::State::ToCheck)
                    ++result.toCheck;
                if (s.state == QuestionAgreement::State::Agreed || t < 0)
                    continue; // the same answer from everyone: no gap
                std::optional<double> lowest;
                std::optional<double> highest;
                int given = 0;
                for (const AssessmentResult *r : scored) {
                    const QuestionResult *own = r && d < r->themes[t].dimensions.size() &&
                                                        position < r->themes[t].dimensions[d].questions.size()
                                                    ? &r->themes[t].dimensions[d].questions[position]
                                                    : nullptr;
                    // The gap is between answers given: "don't know" is a point to check, not a position.
                    if (own && own->counted() && own->state == QuestionResult::State::Answered) {
                        lowest = lowest ? std::min(*lowest, own->normalised) : own->normalised;
                        highest = highest ? std::max(*highest, own->normalised) : own->normalised;
                        ++given;
                    }
                }
                if (given < 2 || *highest - *lowest <= 0)
                    continue;
                candidates.append({*highest - *lowest, t, d, position, &questionnaire, &id});
            }
        }
    }
    // Only the widest are listed with who said what: the answers are copied for those alone.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.gap > b.gap; });
    result.disagreements = int(candidates.size());
    for (const Candidate &c : candidates.first(std::min<qsizetype>(candidates.size(), maxDisagreementsListed))) {
        const QuestionAgreement q =
            agreementOn(assessment, c.questionnaire->id, *c.question, answersTo(assessment, c.questionnaire->id));
        Disagreement gap;
        gap.theme = q.theme;
        gap.question = q.question;
        gap.state = q.state;
        gap.agreed = q.agreed;
        gap.why = q.why;
        gap.gap = c.gap;
        for (qsizetype i = 0; i < q.answers.size(); ++i) {
            const AssessmentResult *r = scored.value(i);
            const QuestionResult *own = r && c.dimension < r->themes[c.theme].dimensions.size() &&
                                                c.position < r->themes[c.theme].dimensions[c.dimension].questions.size()
                                            ? &r->themes[c.theme].dimensions[c.dimension].questions[c.position]
                                            : nullptr;
            const bool counted = own && own->counted() && own->state == QuestionResult::State::Answered;
            gap.said.append({q.answers[i].first, q.answers[i].second,
                             counted ? std::optional<double>(own->normalised) : std::nullopt});
        }
        result.widest.append(gap);
    }
    return result;
}

QString Workshop::roleName(const QString &role, const Language &language)
{
    static const char *const names[][2] = {
        {"owner", QT_TRANSLATE_NOOP("Phare::Workshop", "owner")},
        {"manager", QT_TRANSLATE_NOOP("Phare::Workshop", "manager")},
        {"employee", QT_TRANSLATE_NOOP("Phare::Workshop", "employee")},
        {"accountant", QT_TRANSLATE_NOOP("Phare::Workshop", "accountant")},
        {"other", QT_TRANSLATE_NOOP("Phare::Workshop", "other")},
    };
    for (const auto &name : names) {
        if (role == QLatin1String(name[0]))
            return Translator::forLanguage(language).translate("Phare::Workshop", name[1]);
    }
    return role;
}

QString Workshop::label(const Assessment &assessment, const Respondent &respondent, const Language &language,
                        bool showNames)
{
    const QString role = respondent.roleText.isEmpty() ? roleName(respondent.role, language) : respondent.roleText;
    if (showNames)
        return QStringLiteral("%1 (%2)").arg(respondent.name, role);
    int same = 0;
    int number = 0;
    for (const Respondent &r : assessment.respondents) {
        if (r.role == respondent.role && r.roleText == respondent.roleText) {
            ++same;
            if (r.id == respondent.id)
                number = same;
        }
    }
    return same > 1 ? QStringLiteral("%1 %2").arg(role).arg(number) : role;
}

QString Workshop::firmKey(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing || c.isSpace())
            continue;
        key += c;
    }
    return key.toCaseFolded();
}

Result<Assessment> Workshop::merge(const QList<MergeInput> &inputs, bool force)
{
    Diagnostics diagnostics;
    const auto problem = [&](const QString &path, const QString &message, bool error = true) {
        diagnostics.append({error ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, path, 0, 0, message});
    };
    if (inputs.size() < 2 || inputs.size() > Assessment::maxRespondents) {
        problem(QString(),
                tr("a workshop merges 2 to %1 files; %2 given").arg(Assessment::maxRespondents).arg(inputs.size()));
        return Result<Assessment>::failure(std::move(diagnostics));
    }

    // The same firm: the same name (case, accents and spaces aside) and the same sector, or the advisor says so.
    const Assessment &first = inputs.first().assessment;
    for (const MergeInput &input : inputs.mid(1)) {
        const Company &c = input.assessment.company;
        QStringList differs;
        if (firmKey(c.name) != firmKey(first.company.name))
            differs.append(tr("the firm is \"%1\", not \"%2\"").arg(c.name, first.company.name));
        if (c.sector != first.company.sector)
            differs.append(tr("the sector is \"%1\", not \"%2\"").arg(c.sector, first.company.sector));
        if (differs.isEmpty())
            continue;
        const QString said = differs.join(QStringLiteral("; "));
        if (force)
            problem(input.path, tr("%1 (merged all the same: --force)").arg(said), false);
        else
            problem(input.path, tr("%1 (as in %2): these may not be the same firm; if they are, confirm with --force")
                                    .arg(said, inputs.first().path));
    }

    // A questionnaire answered in two versions cannot be compared question by question: it is left out.
    QMap<QString, QMap<int, QStringList>> versions; // theme -> version -> files
    QMap<QString, QString> blamed;                  // theme -> the first file whose version differs
    for (const MergeInput &input : inputs) {
        for (auto t = input.assessment.themes.cbegin(); t != input.assessment.themes.cend(); ++t) {
            QMap<int, QStringList> &seen = versions[t.key()];
            if (!seen.isEmpty() && !seen.contains(t->version) && !blamed.contains(t.key()))
                blamed.insert(t.key(), input.path);
            seen[t->version].append(QFileInfo(input.path).fileName());
        }
    }
    QMap<QString, int> kept; // theme -> version
    QStringList leftOut;
    for (auto t = versions.cbegin(); t != versions.cend(); ++t) {
        if (t->size() == 1) {
            kept.insert(t.key(), t->firstKey());
            continue;
        }
        QStringList which;
        for (auto v = t->cbegin(); v != t->cend(); ++v)
            which.append(tr("version %1 in %2").arg(v.key()).arg(v->join(QStringLiteral(", "))));
        leftOut.append(t.key());
        problem(blamed.value(t.key()),
                tr("the questionnaire \"%1\" was answered in different versions (%2): it is left out of the workshop")
                    .arg(t.key(), which.join(QStringLiteral("; "))),
                false);
    }
    const QString firstPath = inputs.first().path;
    if (kept.isEmpty())
        problem(firstPath, tr("no questionnaire was answered in the same version in every file: nothing to merge"));
    else if (!leftOut.isEmpty())
        problem(firstPath,
                tr("merged: %1; left out: %2").arg(QStringList(kept.keys()).join(u", "), leftOut.join(u", ")), false);

    Assessment out = Assessment::makeNew();
    out.company = first.company;
    out.advisor = first.advisor;
    out.advisorContact = first.advisorContact;
    out.context = first.context;
    out.language = first.language;
    for (auto t = kept.cbegin(); t != kept.cend(); ++t)
        out.themes[t.key()].version = t.value();

    const auto keptOnly = [&kept](auto map) {
        for (auto it = map.begin(); it != map.end();) {
            if (kept.contains(it.key()))
                ++it;
            else
                it = map.erase(it);
        }
        return map;
    };
    for (const MergeInput &input : inputs) {
        const Assessment &a = input.assessment;
        if (a.isWorkshop()) { // its people, each as they were; the advisor settles again
            for (Respondent r : a.respondents) {
                r.answers = keptOnly(r.answers);
                r.notes = keptOnly(r.notes);
                out.respondents.append(r);
            }
            continue;
        }
        Respondent r;
        r.name = input.name.isEmpty() ? QFileInfo(input.path).completeBaseName() : input.name;
        r.role = input.role.isEmpty() ? QStringLiteral("other") : input.role;
        if (!Respondent::roles().contains(r.role)) {
            r.roleText = r.role;
            r.role = QStringLiteral("other");
        }
        for (auto t = a.themes.cbegin(); t != a.themes.cend(); ++t) {
            if (!kept.contains(t.key()))
                continue;
            if (!t->answers.isEmpty())
                r.answers.insert(t.key(), t->answers);
            QMap<QString, QString> notes;
            for (auto n = t->notes.cbegin(); n != t->notes.cend(); ++n) {
                if (!n.value().isEmpty())
                    notes.insert(n.key(), n.value());
            }
            if (!notes.isEmpty())
                r.notes.insert(t.key(), notes);
        }
        out.respondents.append(r);
    }
    if (out.respondents.size() > Assessment::maxRespondents)
        problem(firstPath, tr("a workshop has at most %1 respondents; these files hold %2")
                               .arg(Assessment::maxRespondents)
                               .arg(out.respondents.size()));
    for (qsizetype i = 0; i < out.respondents.size(); ++i)
        out.respondents[i].id = QStringLiteral("r%1").arg(i + 1);
    if (hasErrors(diagnostics))
        return Result<Assessment>::failure(std::move(diagnostics));
    applyAgreement(out);
    return {std::move(out), std::move(diagnostics)};
}

} // namespace Phare
