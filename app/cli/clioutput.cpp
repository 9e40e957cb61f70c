// Text, JSON and CSV renderings of content, scores and recommendations for phare-cli.
#include "clioutput.h"

#include "reporttext.h"

#include <QJsonArray>
#include <QLocale>

namespace Phare::Cli {

using ReportText::say;

namespace {

QString number(double value)
{
    return QString::number(qRound(value));
}

QString scoreOrNone(const std::optional<double> &score, QStringView language)
{
    return score ? number(*score) + QStringLiteral("/100") : say(language, "non évalué", "not assessed");
}

QString levelName(const Level *level, QStringView language)
{
    return level ? level->name.text(language) : QString();
}

// "1 question", "12 questions" (the same words in French and English).
QString count(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(n == 1 ? one : many));
}

// " (Average)", or nothing when there is no level to show.
QString inParentheses(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text);
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString header(const Assessment &a, QStringView language)
{
    QStringList parts = {ReportText::sectorName(a.company.sector, language),
                         say(language, "%1 salariés", "%1 employees").arg(a.company.employees)};
    if (!a.company.location.isEmpty())
        parts.append(a.company.location);
    return a.company.name + QStringLiteral(" — ") + parts.join(QStringLiteral(", ")) + QLatin1Char('\n');
}

QJsonArray reasonsJson(const ReasonList &reasons, QStringView language)
{
    QJsonArray array;
    for (const Reason &r : reasons) {
        QJsonObject o;
        o.insert(u"theme", r.questionnaire->id);
        if (r.question) {
            o.insert(u"question", r.question->id);
            if (r.answer)
                o.insert(u"answer", describeAnswer(*r.question, *r.answer, language));
        }
        if (r.dimension)
            o.insert(u"dimension", r.dimension->id);
        if (r.score)
            o.insert(u"score", qRound(*r.score));
        o.insert(u"text", r.describe(language));
        array.append(o);
    }
    return array;
}

QString reasonsText(const ReasonList &reasons, QStringView language, const QString &indent)
{
    QString out;
    for (const Reason &r : reasons)
        out += indent + QStringLiteral("• ") + r.describe(language) + QLatin1Char('\n');
    return out;
}

} // namespace

QJsonObject listJson(const Content &content, QStringView language)
{
    QJsonArray questionnaires;
    for (const Questionnaire &q : content.questionnaires) {
        questionnaires.append(QJsonObject{{QStringLiteral("id"), q.id},
                                          {QStringLiteral("version"), q.version},
                                          {QStringLiteral("title"), q.title.text(language)},
                                          {QStringLiteral("dimensions"), static_cast<int>(q.dimensions.size())},
                                          {QStringLiteral("questions"), q.questionCount()}});
    }
    QJsonArray chapters;
    for (const Chapter &c : content.chapters)
        chapters.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title.text(language)}});
    QJsonArray useCases;
    for (const UseCase &u : content.useCases) {
        useCases.append(QJsonObject{{QStringLiteral("id"), u.id},
                                    {QStringLiteral("title"), u.title.text(language)},
                                    {QStringLiteral("sectors"), QJsonArray::fromStringList(u.sectors)}});
    }
    return {{QStringLiteral("questionnaires"), questionnaires},
            {QStringLiteral("chapters"), chapters},
            {QStringLiteral("useCases"), useCases}};
}

QString listText(const Content &content, QStringView language)
{
    QString out = say(language, "Questionnaires\u00a0:\n", "Questionnaires:\n");
    for (const Questionnaire &q : content.questionnaires) {
        out += QStringLiteral("  %1 (v%2) — %3 — %4\n")
                   .arg(q.id)
                   .arg(q.version)
                   .arg(q.title.text(language),
                        QStringLiteral("%1, %2").arg(count(q.dimensions.size(), "dimension", "dimensions"),
                                                     count(q.questionCount(), "question", "questions")));
    }
    out += say(language, "\nChapitres du livre blanc\u00a0:\n", "\nWhite-paper chapters:\n");
    for (const Chapter &c : content.chapters)
        out += QStringLiteral("  %1 — %2\n").arg(c.id, c.title.text(language));
    out += say(language, "\nCas d'usage\u00a0:\n", "\nUse cases:\n");
    for (const UseCase &u : content.useCases)
        out += QStringLiteral("  %1 — %2\n").arg(u.id, u.title.text(language));
    return out;
}

QString scoreText(const Assessment &assessment, const AssessmentResult &result, QStringView language)
{
    const QString colon = language == u"fr" ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
    QString out = header(assessment, language);
    out += say(language, "Score global\u00a0: %1%2\n", "Overall score: %1%2\n")
               .arg(scoreOrNone(result.overall, language), inParentheses(levelName(result.overallLevel, language)));
    for (const ThemeResult &theme : result.themes) {
        out += QStringLiteral("\n%1%2%3%4 — ")
                   .arg(theme.questionnaire->title.text(language), colon, scoreOrNone(theme.score, language),
                        inParentheses(levelName(theme.level, language)));
        out += say(language, "%1 questions sur %2 répondues", "%1 of %2 questions answered")
                   .arg(theme.answered)
                   .arg(theme.visible);
        if (theme.dontKnow > 0)
            out += say(language, ", %1 «\u00a0je ne sais pas\u00a0» à vérifier", ", %1 \"don't know\" to check")
                       .arg(theme.dontKnow);
        out += QLatin1Char('\n');
        for (const DimensionResult &d : theme.dimensions) {
            out += QStringLiteral("  %1  %2  %3\n")
                       .arg(d.dimension->title.text(language).leftJustified(36, QLatin1Char(' ')),
                            scoreOrNone(d.score, language).rightJustified(7, QLatin1Char(' ')),
                            levelName(d.level, language));
            for (const QuestionResult &q : d.questions) {
                if (!q.counted())
                    continue;
                out += QStringLiteral("      +%1  %2 — %3\n")
                           .arg(QString::number(q.contribution, 'f', 1).rightJustified(5, QLatin1Char(' ')),
                                q.question->text.text(language), describeAnswer(*q.question, *q.answer, language));
            }
        }
    }
    return out;
}

QJsonObject scoreJson(const QString &path, const Assessment &assessment, const AssessmentResult &result,
                      QStringView language)
{
    auto scoreValue = [](const std::optional<double> &s) {
        return s ? QJsonValue(*s) : QJsonValue();
    };
    auto levelValue = [&](const Level *l) {
        return l ? QJsonValue(l->name.text(language)) : QJsonValue();
    };
    QJsonArray themes;
    for (const ThemeResult &theme : result.themes) {
        QJsonArray dimensions;
        for (const DimensionResult &d : theme.dimensions) {
            QJsonArray questions;
            for (const QuestionResult &q : d.questions) {
                static const char *states[] = {"unanswered", "answered", "dont-know", "not-applicable", "hidden"};
                QJsonObject qo{{QStringLiteral("id"), q.question->id},
                               {QStringLiteral("state"), QString::fromLatin1(states[static_cast<int>(q.state)])}};
                if (q.counted()) {
                    qo.insert(u"score", q.normalised * 100.0);
                    qo.insert(u"contribution", q.contribution);
                    qo.insert(u"weightShare", q.share);
                }
                if (q.answer && q.visible())
                    qo.insert(u"answer", describeAnswer(*q.question, *q.answer, language));
                questions.append(qo);
            }
            dimensions.append(QJsonObject{{QStringLiteral("id"), d.dimension->id},
                                          {QStringLiteral("title"), d.dimension->title.text(language)},
                                          {QStringLiteral("score"), scoreValue(d.score)},
                                          {QStringLiteral("level"), levelValue(d.level)},
                                          {QStringLiteral("answered"), d.answered},
                                          {QStringLiteral("questions"), d.visible},
                                          {QStringLiteral("details"), questions}});
        }
        themes.append(QJsonObject{{QStringLiteral("id"), theme.questionnaire->id},
                                  {QStringLiteral("title"), theme.questionnaire->title.text(language)},
                                  {QStringLiteral("score"), scoreValue(theme.score)},
                                  {QStringLiteral("level"), levelValue(theme.level)},
                                  {QStringLiteral("answered"), theme.answered},
                                  {QStringLiteral("questions"), theme.visible},
                                  {QStringLiteral("dontKnow"), theme.dontKnow},
                                  {QStringLiteral("dimensions"), dimensions}});
    }
    QJsonArray issues;
    for (const ScoreIssue &i : result.issues) {
        issues.append(QJsonObject{{QStringLiteral("theme"), i.theme},
                                  {QStringLiteral("question"), i.question},
                                  {QStringLiteral("message"), i.message}});
    }
    return {{QStringLiteral("file"), path},
            {QStringLiteral("company"), assessment.company.name},
            {QStringLiteral("overall"), scoreValue(result.overall)},
            {QStringLiteral("level"), levelValue(result.overallLevel)},
            {QStringLiteral("themes"), themes},
            {QStringLiteral("issues"), issues}};
}

QString scoreCsvHeader()
{
    return QStringLiteral("file,theme,dimension,title,score,level,answered,questions\n");
}

QString scoreCsvRows(const QString &path, const AssessmentResult &result, QStringView language)
{
    QString out;
    auto row = [&](const QString &theme, const QString &dimension, const QString &title,
                   const std::optional<double> &score, const Level *level, int answered, int questions) {
        out += QStringList{csvField(path),
                           theme,
                           dimension,
                           csvField(title),
                           score ? QString::number(*score, 'f', 1) : QString(),
                           csvField(levelName(level, language)),
                           answered < 0 ? QString() : QString::number(answered),
                           questions < 0 ? QString() : QString::number(questions)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    };
    row(QString(), QString(), say(language, "Global", "Overall"), result.overall, result.overallLevel, -1, -1);
    for (const ThemeResult &t : result.themes) {
        row(t.questionnaire->id, QString(), t.questionnaire->title.text(language), t.score, t.level, t.answered,
            t.visible);
        for (const DimensionResult &d : t.dimensions) {
            row(t.questionnaire->id, d.dimension->id, d.dimension->title.text(language), d.score, d.level, d.answered,
                d.visible);
        }
    }
    return out;
}

QString recommendText(const Assessment &assessment, const Recommendations &rec, QStringView language)
{
    QString out = header(assessment, language);
    const QString colon = language == u"fr" ? QStringLiteral("\u00a0:") : QStringLiteral(":");
    out += QLatin1Char('\n') + say(language, "Chapitres du livre blanc à lire", "White-paper chapters to read") +
           colon + QLatin1Char('\n');
    if (rec.chapters.isEmpty())
        out += QStringLiteral("  ") + say(language, "aucun", "none") + QLatin1Char('\n');
    int n = 0;
    for (const ChapterRecommendation &c : rec.chapters) {
        out += QStringLiteral("%1. %2 (%3)\n")
                   .arg(QString::number(++n).rightJustified(3, QLatin1Char(' ')), c.chapter->title.text(language),
                        ReportText::priorityName(c.priority, language));
        out += QStringLiteral("     ") + say(language, "Pourquoi", "Why") + colon + QLatin1Char('\n');
        out += reasonsText(c.reasons, language, QStringLiteral("       "));
    }
    out += QLatin1Char('\n') + say(language, "Cas d'usage pour votre entreprise", "Use cases for your firm") + colon +
           QLatin1Char('\n');
    if (rec.useCases.isEmpty())
        out += QStringLiteral("  ") + say(language, "aucun", "none") + QLatin1Char('\n');
    n = 0;
    for (const UseCaseRecommendation &u : rec.useCases) {
        out += QStringLiteral("%1. %2 (%3)\n")
                   .arg(QString::number(++n).rightJustified(3, QLatin1Char(' ')), u.useCase->title.text(language),
                        ReportText::priorityName(u.priority, language));
        out += QStringLiteral("     ") + u.useCase->description.text(language) + QLatin1Char('\n');
        out += QStringLiteral("     ") + say(language, "Pourquoi", "Why") + colon + QLatin1Char('\n');
        out += reasonsText(u.reasons, language, QStringLiteral("       "));
    }
    out += QLatin1Char('\n') + say(language, "Plan d'action", "Action plan") + colon + QLatin1Char('\n');
    for (Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later}) {
        out += QStringLiteral("  ") + ReportText::horizonName(h, language) + colon + QLatin1Char('\n');
        bool any = false;
        for (const ActionItem &item : rec.plan) {
            if (item.horizon != h)
                continue;
            any = true;
            out += QStringLiteral("    - %1 [%2]\n")
                       .arg(item.rule->action.text(language), item.questionnaire->title.text(language));
        }
        if (!any)
            out += QStringLiteral("    ") + say(language, "rien", "nothing") + QLatin1Char('\n');
    }
    return out;
}

QJsonObject recommendJson(const Assessment &assessment, const Recommendations &rec, QStringView language)
{
    QJsonArray chapters;
    for (const ChapterRecommendation &c : rec.chapters) {
        chapters.append(QJsonObject{{QStringLiteral("id"), c.chapter->id},
                                    {QStringLiteral("title"), c.chapter->title.text(language)},
                                    {QStringLiteral("priority"), priorityId(c.priority)},
                                    {QStringLiteral("gap"), c.gap},
                                    {QStringLiteral("themes"), QJsonArray::fromStringList(c.themes)},
                                    {QStringLiteral("reasons"), reasonsJson(c.reasons, language)}});
    }
    QJsonArray useCases;
    for (const UseCaseRecommendation &u : rec.useCases) {
        useCases.append(QJsonObject{{QStringLiteral("id"), u.useCase->id},
                                    {QStringLiteral("title"), u.useCase->title.text(language)},
                                    {QStringLiteral("priority"), priorityId(u.priority)},
                                    {QStringLiteral("gap"), u.gap},
                                    {QStringLiteral("themes"), QJsonArray::fromStringList(u.themes)},
                                    {QStringLiteral("reasons"), reasonsJson(u.reasons, language)}});
    }
    QJsonObject plan{{QStringLiteral("now"), QJsonArray()},
                     {QStringLiteral("next"), QJsonArray()},
                     {QStringLiteral("later"), QJsonArray()}};
    for (const ActionItem &item : rec.plan) {
        QJsonArray list = plan.value(horizonId(item.horizon)).toArray();
        QJsonArray chapterIds;
        for (const SourceRef &ref : item.rule->chapters)
            chapterIds.append(ref.id);
        list.append(QJsonObject{{QStringLiteral("action"), item.rule->action.text(language)},
                                {QStringLiteral("theme"), item.questionnaire->id},
                                {QStringLiteral("rule"), item.rule->id},
                                {QStringLiteral("priority"), priorityId(item.priority)},
                                {QStringLiteral("chapters"), chapterIds},
                                {QStringLiteral("reasons"), reasonsJson(item.reasons, language)}});
        plan.insert(horizonId(item.horizon), list);
    }
    return {{QStringLiteral("company"), assessment.company.name},
            {QStringLiteral("chapters"), chapters},
            {QStringLiteral("useCases"), useCases},
            {QStringLiteral("actionPlan"), plan}};
}

} // namespace Phare::Cli
