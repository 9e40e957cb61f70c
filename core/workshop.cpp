// A workshop of several respondents: agreement, each one's scores, the spread and the merge (see workshop.h).
#include "workshop.h"

#include "translator.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Phare {

namespace {

QSet<QString> tickedSet(const Answer &a)
{
    return {a.ticked.cbegin(), a.ticked.cend()};
}

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

QuestionAgreement agreementOn(const Assessment &assessment, const QString &theme, const QString &question)
{
    QuestionAgreement q;
    q.theme = theme;
    q.question = question;
    QList<const Answer *> given;
    QList<const Answer *> substantive; // neither blank nor "don't know"
    for (const Respondent &r : assessment.respondents) {
        const auto answers = r.answers.constFind(theme);
        const auto a =
            answers == r.answers.cend() ? QMap<QString, Answer>::const_iterator() : answers->constFind(question);
        if (answers == r.answers.cend() || a == answers->cend()) {
            q.answers.append({r.id, std::nullopt});
            continue;
        }
        q.answers.append({r.id, *a});
        given.append(&*a);
        if (a->kind != Answer::Kind::DontKnow)
            substantive.append(&*a);
    }
    const qsizetype everyone = assessment.respondents.size();
    if (substantive.isEmpty()) {
        // Only "don't know" (and blanks): nobody knows, which is agreed when all said it.
        q.state = given.size() == everyone ? QuestionAgreement::State::Agreed : QuestionAgreement::State::ToCheck;
        q.agreed = Answer::makeDontKnow();
        return q;
    }
    const bool same = std::all_of(substantive.cbegin(), substantive.cend(),
                                  [&](const Answer *a) { return Workshop::sameAnswer(*a, *substantive.first()); });
    if (same) {
        q.state = substantive.size() == everyone ? QuestionAgreement::State::Agreed : QuestionAgreement::State::ToCheck;
        q.agreed = *substantive.first();
        q.agreed->extra = {};
        return q;
    }
    const auto settled = assessment.settled.value(theme);
    const auto agreed = assessment.themes.value(theme).answers.constFind(question);
    if (settled.contains(question) && agreed != assessment.themes.value(theme).answers.cend()) {
        q.state = QuestionAgreement::State::Settled;
        q.agreed = *agreed;
        q.why = settled.value(question);
    } else {
        q.state = QuestionAgreement::State::Disputed;
    }
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
        return tickedSet(a) == tickedSet(b);
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
        for (const QString &question : answeredQuestions(assessment, t.key()))
            list.append(agreementOn(assessment, t.key(), question));
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
        const QStringList answered = answeredQuestions(assessment, questionnaire.id);
        QSet<QString> seen;
        for (const Dimension &d : questionnaire.dimensions) {
            for (const Question &question : d.questions) {
                if (answered.contains(question.id)) {
                    list.append(agreementOn(assessment, questionnaire.id, question.id));
                    seen.insert(question.id);
                }
            }
        }
        for (const QString &question : answered) { // answers to questions since removed
            if (!seen.contains(question))
                list.append(agreementOn(assessment, questionnaire.id, question));
        }
    }
    for (auto t = assessment.themes.cbegin(); t != assessment.themes.cend(); ++t) {
        if (done.contains(t.key()))
            continue;
        for (const QString &question : answeredQuestions(assessment, t.key()))
            list.append(agreementOn(assessment, t.key(), question));
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
    WorkshopResult result;
    result.agreed = Scorer::score(content, assessment);
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
    for (const ThemeResult &theme : result.agreed.themes) {
        ThemeSpread spread;
        spread.theme = theme.questionnaire->id;
        spread.range.agreed = theme.score;
        for (const DimensionResult *d : theme.scoredDimensions())
            spread.dimensions.append({d->dimension->id, {d->score, std::nullopt, std::nullopt}});
        for (const RespondentScores &r : result.respondents) {
            const ThemeResult *own = r.scores.theme(spread.theme);
            if (!own)
                continue;
            widen(spread.range, own->score);
            for (DimensionSpread &d : spread.dimensions) {
                if (const DimensionResult *ownDimension = own->dimension(d.dimension))
                    widen(d.range, ownDimension->score);
            }
        }
        result.themes.append(spread);
    }

    for (const QuestionAgreement &q : agreement(content, assessment)) {
        if (q.state == QuestionAgreement::State::Disputed)
            ++result.toSettle;
        else if (q.state == QuestionAgreement::State::ToCheck)
            ++result.toCheck;
        Disagreement d;
        d.theme = q.theme;
        d.question = q.question;
        d.state = q.state;
        d.agreed = q.agreed;
        d.why = q.why;
        std::optional<double> lowest;
        std::optional<double> highest;
        int given = 0;
        for (qsizetype i = 0; i < q.answers.size(); ++i) {
            Disagreement::Said said{q.answers[i].first, q.answers[i].second, std::nullopt};
            const ThemeResult *theme = result.respondents[i].scores.theme(q.theme);
            const QuestionResult *own = theme ? theme->question(q.question) : nullptr;
            // The gap is between answers given: "don't know" is a point to check, not a position.
            if (own && own->counted() && own->state == QuestionResult::State::Answered) {
                said.normalised = own->normalised;
                lowest = lowest ? std::min(*lowest, own->normalised) : own->normalised;
                highest = highest ? std::max(*highest, own->normalised) : own->normalised;
                ++given;
            }
            d.said.append(said);
        }
        if (given < 2 || *highest - *lowest <= 0)
            continue;
        d.gap = *highest - *lowest;
        result.widest.append(d);
    }
    std::stable_sort(result.widest.begin(), result.widest.end(),
                     [](const Disagreement &a, const Disagreement &b) { return a.gap > b.gap; });
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
