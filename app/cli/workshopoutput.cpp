// How phare-cli prints a workshop (see workshopoutput.h).
#include "workshopoutput.h"

#include "clioutput.h"
#include "decidedplan.h"

#include <QJsonArray>

namespace Phare::Cli {

namespace {

QString score(const std::optional<double> &value)
{
    return value ? QString::number(qRound(*value)) : QStringLiteral("–");
}

QJsonValue jsonScore(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString csvScore(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

// "12–75": the respondents' lowest and highest.
QString range(const ScoreRange &r)
{
    if (!r.lowest)
        return QStringLiteral("–");
    return QStringLiteral("%1–%2").arg(score(r.lowest), score(r.highest));
}

QString stateId(QuestionAgreement::State state)
{
    switch (state) {
    case QuestionAgreement::State::Agreed:
        return QStringLiteral("agreed");
    case QuestionAgreement::State::ToCheck:
        return QStringLiteral("to-check");
    case QuestionAgreement::State::Disputed:
        return QStringLiteral("disputed");
    case QuestionAgreement::State::Settled:
        return QStringLiteral("settled");
    }
    return {};
}

QString answerText(const Question *question, const std::optional<Answer> &answer, const Language &language)
{
    if (!answer)
        return say(language, QT_TRANSLATE_NOOP("Phare::Cli", "no answer"));
    return question ? describeAnswer(*question, *answer, language) : QString();
}

std::optional<double> overallOf(const AssessmentResult &r)
{
    return r.overall;
}

} // namespace

QString workshopSummary(const Assessment &assessment, const WorkshopResult &result, const Language &language)
{
    const int people = int(assessment.respondents.size());
    QString out = say(language, QT_TRANSLATE_NOOP("Phare::Cli", "%1 respondents")).arg(people);
    out += QStringLiteral(" — ");
    out += result.toSettle == 1
               ? say(language, QT_TRANSLATE_NOOP("Phare::Cli", "1 question to settle"))
               : say(language, QT_TRANSLATE_NOOP("Phare::Cli", "%1 questions to settle")).arg(result.toSettle);
    out += QStringLiteral(", ");
    out += result.toCheck == 1
               ? say(language, QT_TRANSLATE_NOOP("Phare::Cli", "1 point to check"))
               : say(language, QT_TRANSLATE_NOOP("Phare::Cli", "%1 points to check")).arg(result.toCheck);
    return out;
}

QString workshopText(const Content &content, const Assessment &assessment, const WorkshopResult &result,
                     const Language &language)
{
    const QString colon = Cli::colon(language);
    QString out = QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Workshop")) + colon +
                  QLatin1Char(' ') + workshopSummary(assessment, result, language) + QLatin1Char('\n');
    out += say(language,
               QT_TRANSLATE_NOOP("Phare::Cli", "The scores above are those of the agreed answers: a question to settle "
                                               "counts as not answered until the advisor settles it.")) +
           QLatin1Char('\n');

    out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Each respondent's scores")) + colon +
           QLatin1Char('\n');
    for (qsizetype i = 0; i < result.respondents.size(); ++i) {
        const Respondent &r = assessment.respondents[i];
        QStringList themes;
        for (const ThemeResult &t : result.respondents[i].scores.themes)
            themes.append(QStringLiteral("%1 %2").arg(t.questionnaire->title.text(language), score(t.score)));
        out += QStringLiteral("  %1  %2 %3 · %4\n")
                   .arg(Workshop::label(assessment, r, language, true).leftJustified(30, QLatin1Char(' ')),
                        say(language, QT_TRANSLATE_NOOP("Phare::Cli", "overall")),
                        score(overallOf(result.respondents[i].scores)), themes.join(QStringLiteral(" · ")));
    }

    out += QLatin1Char('\n') +
           say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Spread (agreed score, lowest–highest of the respondents)")) +
           colon + QLatin1Char('\n');
    for (const ThemeSpread &t : result.themes) {
        const Questionnaire *q = content.questionnaire(t.theme);
        out += QStringLiteral("  %1  %2  %3\n")
                   .arg((q ? q->title.text(language) : t.theme).leftJustified(36, QLatin1Char(' ')),
                        score(t.range.agreed).rightJustified(4, QLatin1Char(' ')), range(t.range));
        for (const DimensionSpread &d : t.dimensions) {
            const Dimension *dimension = q ? q->dimension(d.dimension) : nullptr;
            out +=
                QStringLiteral("    %1  %2  %3\n")
                    .arg(
                        (dimension ? dimension->title.text(language) : d.dimension).leftJustified(34, QLatin1Char(' ')),
                        score(d.range.agreed).rightJustified(4, QLatin1Char(' ')), range(d.range));
        }
    }

    if (result.widest.isEmpty())
        return out;
    out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Widest disagreements")) + colon +
           QLatin1Char('\n');
    int n = 0;
    for (const Disagreement &d : result.widest) {
        if (++n > Workshop::maxDisagreementsListed)
            break;
        const Questionnaire *q = content.questionnaire(d.theme);
        const Question *question = q ? q->question(d.question) : nullptr;
        out += QStringLiteral("  %1. %2 — %3 (%4)\n")
                   .arg(n)
                   .arg(q ? q->title.text(language) : d.theme, question ? question->text.text(language) : d.question,
                        say(language, QT_TRANSLATE_NOOP("Phare::Cli", "gap %1")).arg(qRound(d.gap * 100)));
        for (qsizetype i = 0; i < d.said.size(); ++i) {
            out += QStringLiteral("       %1%2 %3\n")
                       .arg(Workshop::label(assessment, assessment.respondents[i], language, true), colon,
                            answerText(question, d.said[i].answer, language));
        }
        QString agreed;
        switch (d.state) {
        case QuestionAgreement::State::Disputed:
            agreed = say(language, QT_TRANSLATE_NOOP("Phare::Cli", "to settle: not counted in the scores yet"));
            break;
        case QuestionAgreement::State::Settled:
            agreed = say(language, QT_TRANSLATE_NOOP("Phare::Cli", "settled: %1"))
                         .arg(answerText(question, d.agreed, language));
            if (!d.why.isEmpty())
                agreed += QStringLiteral(" — ") + d.why;
            break;
        default:
            agreed = say(language, QT_TRANSLATE_NOOP("Phare::Cli", "agreed: %1"))
                         .arg(answerText(question, d.agreed, language));
            break;
        }
        out += QStringLiteral("       → %1\n").arg(agreed);
    }
    return out;
}

QJsonObject workshopJson(const Content &content, const Assessment &assessment, const WorkshopResult &result,
                         const Language &language)
{
    QJsonArray people;
    for (qsizetype i = 0; i < result.respondents.size(); ++i) {
        const Respondent &r = assessment.respondents[i];
        QJsonArray themes;
        for (const ThemeResult &t : result.respondents[i].scores.themes) {
            QJsonArray dimensions;
            for (const DimensionResult *d : t.scoredDimensions())
                dimensions.append(QJsonObject{{QStringLiteral("id"), d->dimension->id},
                                              {QStringLiteral("score"), jsonScore(d->score)}});
            themes.append(QJsonObject{{QStringLiteral("id"), t.questionnaire->id},
                                      {QStringLiteral("score"), jsonScore(t.score)},
                                      {QStringLiteral("dimensions"), dimensions}});
        }
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("name"), r.name},
                      {QStringLiteral("role"), r.role},
                      {QStringLiteral("overall"), jsonScore(result.respondents[i].scores.overall)},
                      {QStringLiteral("themes"), themes}};
        if (!r.roleText.isEmpty())
            o.insert(u"roleText", r.roleText);
        people.append(o);
    }
    const auto rangeJson = [](QJsonObject o, const ScoreRange &r) {
        o.insert(u"agreed", jsonScore(r.agreed));
        o.insert(u"lowest", jsonScore(r.lowest));
        o.insert(u"highest", jsonScore(r.highest));
        return o;
    };
    QJsonArray spread;
    for (const ThemeSpread &t : result.themes) {
        QJsonArray dimensions;
        for (const DimensionSpread &d : t.dimensions)
            dimensions.append(rangeJson({{QStringLiteral("id"), d.dimension}}, d.range));
        QJsonObject o = rangeJson({{QStringLiteral("theme"), t.theme}}, t.range);
        o.insert(u"dimensions", dimensions);
        spread.append(o);
    }
    QJsonArray disagreements;
    for (const Disagreement &d : result.widest) {
        const Questionnaire *q = content.questionnaire(d.theme);
        const Question *question = q ? q->question(d.question) : nullptr;
        QJsonArray said;
        for (const Disagreement::Said &s : d.said) {
            QJsonObject o{{QStringLiteral("respondent"), s.respondent},
                          {QStringLiteral("answer"),
                           s.answer ? QJsonValue(answerText(question, s.answer, language)) : QJsonValue()}};
            o.insert(u"score", s.normalised ? QJsonValue(*s.normalised * 100) : QJsonValue());
            said.append(o);
        }
        QJsonObject o{{QStringLiteral("theme"), d.theme},
                      {QStringLiteral("question"), d.question},
                      {QStringLiteral("text"), question ? question->text.text(language) : QString()},
                      {QStringLiteral("gap"), d.gap * 100},
                      {QStringLiteral("state"), stateId(d.state)},
                      {QStringLiteral("answers"), said}};
        if (d.agreed && d.state != QuestionAgreement::State::Disputed)
            o.insert(u"agreed", answerText(question, d.agreed, language));
        if (!d.why.isEmpty())
            o.insert(u"why", d.why);
        disagreements.append(o);
    }
    return {{QStringLiteral("respondents"), people},     {QStringLiteral("toSettle"), result.toSettle},
            {QStringLiteral("toCheck"), result.toCheck}, {QStringLiteral("disagreementCount"), result.disagreements},
            {QStringLiteral("spread"), spread},          {QStringLiteral("disagreements"), disagreements}};
}

QString workshopCsvColumns()
{
    return QStringLiteral(",respondent,lowest,highest");
}

QString workshopCsvRows(const QString &path, const WorkshopResult &result, const Language &language)
{
    // The agreed rows, each with the respondents' lowest and highest.
    const QStringList agreed = scoreCsvRows(path, result.agreed, language).split(u'\n', Qt::SkipEmptyParts);
    ScoreRange overall;
    for (const RespondentScores &r : result.respondents) {
        if (!r.scores.overall)
            continue;
        overall.lowest = overall.lowest ? std::min(*overall.lowest, *r.scores.overall) : *r.scores.overall;
        overall.highest = overall.highest ? std::max(*overall.highest, *r.scores.overall) : *r.scores.overall;
    }
    QList<ScoreRange> ranges = {
        overall}; // in the order scoreCsvRows writes: overall, then each theme and its dimensions
    for (const ThemeResult &t : result.agreed.themes) {
        const ThemeSpread *spread = nullptr;
        for (const ThemeSpread &s : result.themes) {
            if (s.theme == t.questionnaire->id)
                spread = &s;
        }
        ranges.append(spread ? spread->range : ScoreRange());
        for (const DimensionResult *d : t.scoredDimensions()) {
            ScoreRange r;
            if (spread) {
                for (const DimensionSpread &ds : spread->dimensions) {
                    if (ds.dimension == d->dimension->id)
                        r = ds.range;
                }
            }
            ranges.append(r);
        }
    }
    QString out;
    for (qsizetype i = 0; i < agreed.size(); ++i) {
        const ScoreRange r = ranges.value(i);
        out += agreed[i] + QStringLiteral(",,%1,%2\n").arg(csvScore(r.lowest), csvScore(r.highest));
    }
    for (const RespondentScores &r : result.respondents) {
        for (const QString &row : scoreCsvRows(path, r.scores, language).split(u'\n', Qt::SkipEmptyParts))
            out += row + QStringLiteral(",%1,,\n").arg(csvField(r.respondent));
    }
    return out;
}

} // namespace Phare::Cli
