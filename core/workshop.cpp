// A workshop of several respondents: agreement, each one's scores, the spread and the merge (see workshop.h).
#include "workshop.h"

#include "translator.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <limits>

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

// What the advisor settled in one questionnaire, looked up once for all its questions: the settled questions
// (null: none) and the agreed answers, which hold the advisor's answer to each.
struct SettledIn
{
    const QMap<QString, QString> *settled = nullptr;
    const QMap<QString, Answer> *agreed = nullptr;

    SettledIn() = default;
    SettledIn(const Assessment &assessment, const QString &theme)
    {
        const auto notes = assessment.settled.constFind(theme);
        const auto answers = assessment.themes.constFind(theme);
        if (notes != assessment.settled.cend() && !notes->isEmpty() && answers != assessment.themes.cend()) {
            settled = &*notes;
            agreed = &answers->answers;
        }
    }
};

// Where the respondents stand on one question, without copying their answers: the state and the answer they agree
// on (null when disputed, or for "don't know" from all who answered).
struct Standing
{
    QuestionAgreement::State state = QuestionAgreement::State::Agreed;
    const Answer *agreed = nullptr;
    bool answered = false; // by anyone
};

// One respondent's answer to a question (null: left blank) and, when their scores tell it, the index of the option
// it chose (-1: not known), which compares two answers without comparing their strings.
struct Given
{
    const Answer *answer = nullptr;
    int choice = -1;
};
using Found = QVarLengthArray<Given, Assessment::maxRespondents>;

// What the respondents' answers to one question come to, counted one respondent after another: how many
// answered (blanks aside), how many gave an answer other than "don't know", whether those all say the same, and
// the first of them.
struct Tally
{
    qsizetype given = 0;
    qsizetype substantive = 0;
    bool same = true;
    const Answer *first = nullptr;
    int firstChoice = -1;

    // One respondent's answer (null: blank); `choice` as in Given.
    void add(const Answer *answer, int choice)
    {
        if (!answer)
            return;
        ++given;
        if (answer->kind == Answer::Kind::DontKnow)
            return;
        ++substantive;
        if (!first) {
            first = answer;
            firstChoice = choice;
        } else if (same) {
            same = choice >= 0 && firstChoice >= 0 ? choice == firstChoice : Workshop::sameAnswer(*answer, *first);
        }
    }
};

// The standing of a question from its tally among `everyone` respondents and what the advisor settled.
Standing judge(const Tally &tally, qsizetype everyone, const SettledIn &settledIn, const QString &question)
{
    Standing s;
    s.agreed = tally.first;
    s.answered = tally.given > 0;
    // The advisor's answer, once given, is the agreed one whatever the respondents said: a question they
    // disagree on is settled, and one they agree on may still be corrected in the workshop.
    if (settledIn.settled && settledIn.settled->contains(question)) {
        const auto answer = settledIn.agreed->constFind(question);
        if (answer != settledIn.agreed->cend()) {
            s.state = QuestionAgreement::State::Settled;
            s.agreed = &*answer;
            return s;
        }
    }
    if (!s.agreed) {
        // Only "don't know" (and blanks): nobody knows, which is agreed when all said it.
        s.state = tally.given == everyone ? QuestionAgreement::State::Agreed : QuestionAgreement::State::ToCheck;
        return s;
    }
    if (tally.same) {
        s.state = tally.substantive == everyone ? QuestionAgreement::State::Agreed : QuestionAgreement::State::ToCheck;
        return s;
    }
    s.agreed = nullptr;
    s.state = QuestionAgreement::State::Disputed;
    return s;
}

// The standing from each respondent's answer to the question, in the respondents' order.
Standing standing(const Found &found, const SettledIn &settledIn, const QString &question)
{
    Tally tally;
    for (const Given &g : found)
        tally.add(g.answer, g.choice);
    return judge(tally, found.size(), settledIn, question);
}

// Each respondent's answer to the question, looked up in their answers to its questionnaire.
void findAnswers(const QList<const QMap<QString, Answer> *> &maps, const QString &question, Found &found)
{
    found.resize(maps.size());
    for (qsizetype i = 0; i < maps.size(); ++i) {
        const auto a = maps[i] ? maps[i]->constFind(question) : QMap<QString, Answer>::const_iterator();
        found[i] = {maps[i] && a != maps[i]->cend() ? &*a : nullptr, -1};
    }
}

// The answer the respondents agree on as the agreement lists it: the advisor's as given, theirs without the fields
// of a newer version, "don't know" when nobody knows; none while disputed.
std::optional<Answer> agreedAnswer(const Standing &s)
{
    if (s.agreed) {
        std::optional<Answer> agreed = *s.agreed;
        if (s.state != QuestionAgreement::State::Settled)
            agreed->extra = {};
        return agreed;
    }
    if (s.state != QuestionAgreement::State::Disputed)
        return Answer::makeDontKnow();
    return std::nullopt;
}

QuestionAgreement questionAgreement(const Assessment &assessment, const QString &theme, const QString &question,
                                    const QList<const QMap<QString, Answer> *> &maps)
{
    Found found;
    findAnswers(maps, question, found);
    const Standing s = standing(found, SettledIn(assessment, theme), question);
    QuestionAgreement q;
    q.theme = theme;
    q.question = question;
    q.state = s.state;
    q.answers.reserve(maps.size());
    for (qsizetype i = 0; i < maps.size(); ++i)
        q.answers.append(
            {assessment.respondents[i].id, found[i].answer ? std::optional<Answer>(*found[i].answer) : std::nullopt});
    q.agreed = agreedAnswer(s);
    if (s.state == QuestionAgreement::State::Settled)
        q.why = assessment.settled.value(theme).value(question);
    return q;
}

// A respondent's answer to a question as their file has it, read where their scores hold it: the scorer puts each
// stored answer with its question (QuestionResult::answer), so it is read by position instead of looked up by id.
// The "not applicable" that a notApplicableIf filled in is not theirs.
Given storedAnswer(const QuestionResult *scored)
{
    if (!scored || !scored->answer || scored->prefilled)
        return {};
    return {&*scored->answer, scored->answer->kind == Answer::Kind::Choice ? scored->choice : -1};
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
            list.append(questionAgreement(assessment, t.key(), question, maps));
    }
    return list;
}

std::optional<QuestionAgreement> Workshop::agreementOn(const Assessment &assessment, const QString &theme,
                                                       const QString &question)
{
    if (!assessment.isWorkshop() || !assessment.themes.contains(theme))
        return std::nullopt;
    const auto maps = answersTo(assessment, theme);
    if (std::none_of(maps.cbegin(), maps.cend(),
                     [&question](const QMap<QString, Answer> *m) { return m && m->contains(question); }))
        return std::nullopt;
    return questionAgreement(assessment, theme, question, maps);
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
                    list.append(questionAgreement(assessment, questionnaire.id, question.id, maps));
            }
        }
        for (const QString &question : answered) { // answers to questions since removed
            if (left.contains(question))
                list.append(questionAgreement(assessment, questionnaire.id, question, maps));
        }
    }
    for (auto t = assessment.themes.cbegin(); t != assessment.themes.cend(); ++t) {
        if (done.contains(t.key()))
            continue;
        const auto maps = answersTo(assessment, t.key());
        for (const QString &question : answeredQuestions(assessment, t.key()))
            list.append(questionAgreement(assessment, t.key(), question, maps));
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
    const QList<Respondent> &people = assessment.respondents;
    const qsizetype n = people.size();
    const QList<Questionnaire> &questionnaires = content.questionnaires;
    const qsizetype qn = questionnaires.size();

    // The questionnaires the file holds, in the content's order: its agreed answers to each (null: not in the file),
    // and the place of each in every respondent's themes (-1: the profile, or not in the file).
    QVarLengthArray<const ThemeAnswers *, 16> inFile(qn);
    QVarLengthArray<qsizetype, 16> place(qn);
    qsizetype themeCount = 0;
    for (qsizetype q = 0; q < qn; ++q) {
        const auto theme = assessment.themes.constFind(questionnaires[q].id);
        inFile[q] = theme == assessment.themes.cend() ? nullptr : &*theme;
        place[q] = inFile[q] && !questionnaires[q].profile ? themeCount++ : -1;
    }
    // Whether respondent i answered anything of questionnaire q: answered[q * n + i].
    QVarLengthArray<bool, 64> answered(qn * n, false);

    // Each respondent's scores are Scorer::score of respondentAssessment(), the agreed file with their answers
    // (tst_workshop checks it figure by figure), made here theme by theme without copying the file. What is the
    // same for all of them is scored once: the issues about questionnaires the content does not have, and the firm
    // profile as agreed, which everyone who answered none of it is scored against.
    const Questionnaire *profile = content.profile();
    const qsizetype profileAt = profile ? profile - questionnaires.constData() : -1;
    // The issues about answers to questionnaires the content does not have, in Scorer::score's words and order
    // (scored only when there are some).
    QList<ScoreIssue> unknownThemes;
    {
        Assessment unknown;
        for (auto t = assessment.themes.cbegin(); t != assessment.themes.cend(); ++t) {
            if (!content.questionnaire(t.key()))
                unknown.themes.insert(t.key(), {});
        }
        if (!unknown.themes.isEmpty())
            unknownThemes = Scorer::score(content, unknown).issues.first(unknown.themes.size());
    }
    // The profile as Scorer::score scores it: its answers alone, no firm facts.
    ThemeResult sharedProfile;
    QList<ScoreIssue> profileIssues;
    const bool sharedHasProfile = profile && inFile[profileAt] && !inFile[profileAt]->answers.isEmpty();
    if (profile)
        sharedProfile = Scorer::scoreTheme(content, *profile, inFile[profileAt], &profileIssues);

    FirmFacts firm;
    firm.sector = assessment.company.sector;
    firm.size = sizeForEmployees(assessment.company.employees);
    result.respondents.reserve(n);
    ThemeAnswers answers;
    for (qsizetype i = 0; i < n; ++i) {
        const Respondent &r = people[i];
        result.respondents.append({r.id, {}});
        AssessmentResult &own = result.respondents.last().scores;
        own.issues = unknownThemes;
        // Their own answers to the profile, when they gave some, decide what they are asked; else the agreed ones.
        const auto theirProfile = profile && inFile[profileAt] ? r.answers.constFind(profile->id) : r.answers.cend();
        const bool ownProfile = theirProfile != r.answers.cend() && !theirProfile->isEmpty();
        if (ownProfile) {
            answered[profileAt * n + i] = true;
            answers.version = inFile[profileAt]->version;
            answers.answers = *theirProfile;
            own.hasProfile = true;
            own.profile = Scorer::scoreTheme(content, *profile, &answers, &own.issues);
        } else {
            own.hasProfile = sharedHasProfile;
            own.profile = sharedProfile;
            own.issues += profileIssues;
        }
        firm.profile = own.hasProfile ? &own.profile : nullptr;
        own.themes.reserve(themeCount);
        double sum = 0;
        int count = 0;
        for (qsizetype q = 0; q < qn; ++q) {
            if (place[q] < 0)
                continue;
            const auto theirs = r.answers.constFind(questionnaires[q].id);
            const bool any = theirs != r.answers.cend() && !theirs->isEmpty();
            answered[q * n + i] = any;
            answers.version = inFile[q]->version;
            answers.answers = any ? *theirs : QMap<QString, Answer>();
            ThemeResult scored = Scorer::scoreTheme(content, questionnaires[q], &answers, &own.issues, &firm);
            if (scored.score) {
                sum += *scored.score;
                ++count;
            }
            own.themes.append(std::move(scored));
        }
        if (count > 0) {
            own.overall = sum / count;
            own.overallLevel = levelFor(overallLevels(content), *own.overall);
        }
    }

    const auto widen = [](ScoreRange &range, const std::optional<double> &score) {
        if (!score)
            return;
        range.lowest = range.lowest ? std::min(*range.lowest, *score) : *score;
        range.highest = range.highest ? std::max(*range.highest, *score) : *score;
    };
    // The themes are scored in the content's order for every respondent (the same questionnaires): the same
    // index is the same theme, and the same positions the same dimension and question.
    const qsizetype agreedCount = result.agreed.themes.size();
    const auto sameShape = [&](const AssessmentResult &r) {
        if (r.themes.size() != agreedCount)
            return false;
        for (qsizetype t = 0; t < agreedCount; ++t) {
            if (r.themes[t].questionnaire != result.agreed.themes[t].questionnaire)
                return false;
        }
        return true;
    };
    QVarLengthArray<const AssessmentResult *, Assessment::maxRespondents> scored;
    for (const RespondentScores &r : result.respondents)
        scored.append(sameShape(r.scores) ? &r.scores : nullptr);

    result.themes.reserve(agreedCount);
    for (qsizetype t = 0; t < agreedCount; ++t) {
        const ThemeResult &theme = result.agreed.themes[t];
        ThemeSpread spread;
        spread.theme = theme.questionnaire->id;
        spread.range.agreed = theme.score;
        for (const AssessmentResult *r : scored) {
            if (r)
                widen(spread.range, r->themes[t].score);
        }
        spread.dimensions.reserve(theme.dimensions.size());
        for (qsizetype d = 0; d < theme.dimensions.size(); ++d) {
            if (!theme.dimensions[d].dimension->scored)
                continue;
            DimensionSpread dimension{theme.dimensions[d].dimension->id, {theme.dimensions[d].score, {}, {}}};
            for (const AssessmentResult *r : scored) {
                if (r && d < r->themes[t].dimensions.size())
                    widen(dimension.range, r->themes[t].dimensions[d].score);
            }
            spread.dimensions.append(std::move(dimension));
        }
        result.themes.append(std::move(spread));
    }

    // Where the team stands on each question of the content: counted, and the gap measured where they differ. Each
    // respondent's answers are read where their scores hold them, by position; they are copied only for the
    // disagreements listed (this runs for every score of a workshop).
    // Respondent i's scores of questionnaire q, which hold their answers to it; null when they answered none of it.
    const auto scoresOf = [&](qsizetype q, qsizetype i) -> const ThemeResult * {
        if (!answered[q * n + i])
            return nullptr;
        const AssessmentResult &scores = std::as_const(result.respondents)[i].scores;
        return q == profileAt ? &scores.profile : &scores.themes[place[q]];
    };
    // The questionnaire's place in the agreed scores, where the gaps are measured; -1 for the profile (never scored).
    const auto agreedPlace = [&](qsizetype q) {
        const qsizetype t = place[q];
        return t >= 0 && t < agreedCount && result.agreed.themes[t].questionnaire == &questionnaires[q] ? t : -1;
    };
    // A question of respondent i's scores of questionnaire q (null: none).
    const auto questionOf = [](const ThemeResult *scores, qsizetype d, qsizetype position) -> const QuestionResult * {
        if (!scores || d >= scores->dimensions.size() || position >= scores->dimensions[d].questions.size())
            return nullptr;
        return &scores->dimensions[d].questions[position];
    };
    // The results of a dimension's questions in a theme's scores, by position (null: none).
    const auto rowsOf = [](const ThemeResult *scores, qsizetype d, qsizetype count) -> const QuestionResult * {
        if (!scores || d >= scores->dimensions.size() || scores->dimensions[d].questions.size() != count)
            return nullptr;
        return scores->dimensions[d].questions.constData();
    };
    struct Candidate
    {
        double gap;
        qsizetype questionnaire, dimension, position;
    };
    QVarLengthArray<const ThemeResult *, Assessment::maxRespondents> mine(n, nullptr);
    QVarLengthArray<const ThemeResult *, Assessment::maxRespondents> measured(
        n, nullptr); // their scores of the agreed theme
    Found found(n);
    QVarLengthArray<SettledIn, 16> settledIn(qn);
    QList<Candidate> candidates;
    candidates.reserve(64);
    for (qsizetype q = 0; q < qn; ++q) {
        if (!inFile[q])
            continue;
        bool anyone = false;
        for (qsizetype i = 0; i < n; ++i) {
            mine[i] = scoresOf(q, i);
            anyone = anyone || mine[i];
        }
        if (!anyone)
            continue;
        const Questionnaire &questionnaire = questionnaires[q];
        settledIn[q] = SettledIn(assessment, questionnaire.id);
        const qsizetype t = agreedPlace(q);
        for (qsizetype i = 0; i < n; ++i) {
            measured[i] = t >= 0 && scored[i] ? &scored[i]->themes[t] : nullptr;
            Q_ASSERT(!measured[i] || !mine[i] || measured[i] == mine[i]);
        }
        for (qsizetype d = 0; d < questionnaire.dimensions.size(); ++d) {
            const QList<Question> &questions = questionnaire.dimensions[d].questions;
            // The gap is measured in the respondents' scores of the agreed theme (the same theme as `mine` when they
            // answered some of it; one who answered none of it has no answer that counts).
            // The respondents who answered some of the questionnaire, each with their results of the dimension.
            struct Row
            {
                const QuestionResult *results;
                bool measured;
            };
            std::array<Row, Assessment::maxRespondents> live{};
            std::size_t liveCount = 0;
            for (qsizetype i = 0; i < n && liveCount < live.size(); ++i) {
                if (const QuestionResult *results = rowsOf(mine[i], d, questions.size()))
                    live[liveCount++] = {results, measured[i] != nullptr};
            }
            for (qsizetype position = 0; position < questions.size(); ++position) {
                // One pass over the respondents: what each answered (storedAnswer, inline) and the gap.
                Tally tally;
                double lowest = std::numeric_limits<double>::infinity();
                double highest = -std::numeric_limits<double>::infinity();
                int counted = 0;
                for (std::size_t r = 0; r < liveCount; ++r) {
                    const QuestionResult &own = live[r].results[position];
                    if (!own.answer || own.prefilled)
                        continue;
                    tally.add(&*own.answer, own.answer->kind == Answer::Kind::Choice ? own.choice : -1);
                    // The gap is between answers given: "don't know" is a point to check, not a position.
                    if (own.state == QuestionResult::State::Answered && live[r].measured && own.counted()) {
                        lowest = std::min(lowest, own.normalised);
                        highest = std::max(highest, own.normalised);
                        ++counted;
                    }
                }
                if (tally.given == 0)
                    continue; // nobody answered it
                const Standing s = judge(tally, n, settledIn[q], questions[position].id);
                if (s.state == QuestionAgreement::State::Disputed)
                    ++result.toSettle;
                else if (s.state == QuestionAgreement::State::ToCheck)
                    ++result.toCheck;
                if (s.state == QuestionAgreement::State::Agreed || t < 0)
                    continue; // the same answer from everyone: no gap
                if (counted < 2 || highest - lowest <= 0)
                    continue;
                candidates.append({highest - lowest, q, d, position});
            }
        }
    }
    // Only the widest are listed with who said what: the answers are copied for those alone.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.gap > b.gap; });
    result.disagreements = int(candidates.size());
    const qsizetype listed = std::min<qsizetype>(candidates.size(), maxDisagreementsListed);
    result.widest.reserve(listed);
    for (const Candidate &c : candidates.first(listed)) {
        const Questionnaire &questionnaire = questionnaires[c.questionnaire];
        const QString &question = questionnaire.dimensions[c.dimension].questions[c.position].id;
        for (qsizetype i = 0; i < n; ++i)
            found[i] = storedAnswer(questionOf(scoresOf(c.questionnaire, i), c.dimension, c.position));
        const Standing s = standing(found, settledIn[c.questionnaire], question);
        Disagreement gap;
        gap.theme = questionnaire.id;
        gap.question = question;
        gap.state = s.state;
        gap.agreed = agreedAnswer(s);
        if (s.state == QuestionAgreement::State::Settled)
            gap.why = assessment.settled.value(gap.theme).value(question);
        gap.gap = c.gap;
        gap.said.resize(n);
        Disagreement::Said *said = gap.said.data();
        const qsizetype t = agreedPlace(c.questionnaire);
        for (qsizetype i = 0; i < n; ++i) {
            const QuestionResult *own =
                questionOf(scored[i] ? &scored[i]->themes[t] : nullptr, c.dimension, c.position);
            said[i].respondent = people[i].id;
            if (found[i].answer)
                said[i].answer = *found[i].answer;
            if (own && own->counted() && own->state == QuestionResult::State::Answered)
                said[i].normalised = own->normalised;
        }
        result.widest.append(std::move(gap));
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
