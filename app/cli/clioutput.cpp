// Text, JSON and CSV renderings of content, scores and recommendations for phare-cli.
#include "clioutput.h"

#include "datetext.h"
#include "decidedplan.h"
#include "names.h"
#include "nearyoureader.h"
#include "nearyoutext.h"
#include "reporttext.h"
#include "translator.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Phare::Cli {

QString say(const Language &language, const char *source)
{
    return Translator::forLanguage(language).translate("Phare::Cli", source);
}

QString colon(const Language &language)
{
    //: After a heading or a title. French puts a no-break space before it.
    return say(language, QT_TRANSLATE_NOOP("Phare::Cli", ":"));
}

QString forTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x") + QString::number(u, 16).toUpper().rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

namespace {

QString number(double value)
{
    return QString::number(qRound(value));
}

QString useCaseDetails(const UseCase &useCase, const Language &language, const QString &indent)
{
    const QString colon = Cli::colon(language) + QLatin1Char(' ');
    QString out;
    const QString cost = Names::costRange(useCase.costRange, language);
    const QString time = Names::setupTime(useCase.setupTime, language);
    QStringList parts;
    if (!cost.isEmpty())
        parts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Cost")) + colon + cost);
    if (!time.isEmpty())
        parts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Set-up")) + colon + time);
    if (!parts.isEmpty())
        out += indent + parts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    const auto tools = [&](const QList<LocalizedText> &list, const char *label) {
        if (list.isEmpty())
            return;
        QStringList names;
        for (const LocalizedText &tool : list)
            names.append(tool.text(language));
        out += indent + say(language, label) + colon + names.join(QStringLiteral("; ")) + QLatin1Char('\n');
    };
    tools(useCase.freeTools, QT_TRANSLATE_NOOP("Phare::Cli", "Free tools"));
    tools(useCase.paidTools, QT_TRANSLATE_NOOP("Phare::Cli", "Paid tools"));
    if (!useCase.gain.isEmpty())
        out += indent + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Expected gain")) + colon +
               useCase.gain.text(language) + QStringLiteral(" (") +
               say(language, QT_TRANSLATE_NOOP("Phare::Cli", "source")) + colon +
               Names::gainSource(useCase.gainSource, language) + QStringLiteral(")\n");
    return out;
}

void addUseCaseDetails(QJsonObject &entry, const UseCase &useCase, const Language &language)
{
    if (!useCase.costRange.per.isEmpty())
        entry.insert(QStringLiteral("costRange"),
                     QJsonObject{{QStringLiteral("from"), useCase.costRange.from},
                                 {QStringLiteral("to"), useCase.costRange.to},
                                 {QStringLiteral("per"), useCase.costRange.per},
                                 {QStringLiteral("text"), Names::costRange(useCase.costRange, language)}});
    if (!useCase.setupTime.unit.isEmpty())
        entry.insert(QStringLiteral("setupTime"),
                     QJsonObject{{QStringLiteral("from"), useCase.setupTime.from},
                                 {QStringLiteral("to"), useCase.setupTime.to},
                                 {QStringLiteral("unit"), useCase.setupTime.unit},
                                 {QStringLiteral("text"), Names::setupTime(useCase.setupTime, language)}});
    const auto texts = [&](const QList<LocalizedText> &list) {
        QJsonArray array;
        for (const LocalizedText &text : list)
            array.append(text.text(language));
        return array;
    };
    if (!useCase.freeTools.isEmpty() || !useCase.paidTools.isEmpty())
        entry.insert(QStringLiteral("tools"), QJsonObject{{QStringLiteral("free"), texts(useCase.freeTools)},
                                                          {QStringLiteral("paid"), texts(useCase.paidTools)}});
    if (!useCase.gain.isEmpty())
        entry.insert(QStringLiteral("gain"), QJsonObject{{QStringLiteral("text"), useCase.gain.text(language)},
                                                         {QStringLiteral("source"), useCase.gainSource}});
    if (!useCase.subSectors.isEmpty()) {
        QJsonArray sectors;
        for (const SubSector &sub : useCase.subSectors)
            sectors.append(sub.sector);
        entry.insert(QStringLiteral("narrowedSectors"), sectors);
    }
}

QString scoreOrNone(const std::optional<double> &score, const Language &language)
{
    return score ? number(*score) + QStringLiteral("/100")
                 : say(language, QT_TRANSLATE_NOOP("Phare::Cli", "not assessed"));
}

QString levelName(const Level *level, const Language &language)
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

QString header(const Assessment &a, const Language &language)
{
    QStringList parts = {Names::sector(a.company.sector, language),
                         say(language, QT_TRANSLATE_NOOP("Phare::Cli", "%1 employees")).arg(a.company.employees)};
    if (!a.company.location.isEmpty())
        parts.append(a.company.location);
    return a.company.name + QStringLiteral(" — ") + parts.join(QStringLiteral(", ")) + QLatin1Char('\n');
}

QJsonArray reasonsJson(const ReasonList &reasons, const Language &language)
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

QString reasonsText(const ReasonList &reasons, const Language &language, const QString &indent)
{
    QString out;
    for (const Reason &r : reasons)
        out += indent + QStringLiteral("• ") + r.describe(language) + QLatin1Char('\n');
    return out;
}

} // namespace

QJsonObject listJson(const Content &content, const Language &language)
{
    QJsonArray questionnaires;
    for (const Questionnaire &q : content.questionnaires) {
        if (q.profile)
            continue;
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
    QJsonArray actions;
    for (const Action &a : content.actions)
        actions.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("text"), a.text.text(language)}});
    QJsonObject out{{QStringLiteral("questionnaires"), questionnaires},
                    {QStringLiteral("actions"), actions},
                    {QStringLiteral("chapters"), chapters},
                    {QStringLiteral("useCases"), useCases}};
    if (const Questionnaire *profile = content.profile()) {
        out.insert(QStringLiteral("profile"), QJsonObject{{QStringLiteral("id"), profile->id},
                                                          {QStringLiteral("title"), profile->title.text(language)},
                                                          {QStringLiteral("questions"), profile->questionCount()}});
    }
    return out;
}

QString listText(const Content &content, const Language &language)
{
    QString out;
    if (const Questionnaire *profile = content.profile())
        out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Business profile: %1 — %2\n\n"))
                   .arg(profile->title.text(language), count(profile->questionCount(), "question", "questions"));
    out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Questionnaires:\n"));
    for (const Questionnaire &q : content.questionnaires) {
        if (q.profile)
            continue;
        out += QStringLiteral("  %1 (v%2) — %3 — %4\n")
                   .arg(q.id)
                   .arg(q.version)
                   .arg(q.title.text(language),
                        QStringLiteral("%1, %2").arg(count(q.dimensions.size(), "dimension", "dimensions"),
                                                     count(q.questionCount(), "question", "questions")));
    }
    out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", "\nActions:\n"));
    for (const Action &a : content.actions)
        out += QStringLiteral("  %1 — %2\n").arg(a.id, a.text.text(language));
    out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", "\nWhite-paper chapters:\n"));
    for (const Chapter &c : content.chapters)
        out += QStringLiteral("  %1 — %2\n").arg(c.id, c.title.text(language));
    out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", "\nUse cases:\n"));
    for (const UseCase &u : content.useCases)
        out += QStringLiteral("  %1 — %2\n").arg(u.id, u.title.text(language));
    return out;
}

QString scoreText(const Assessment &assessment, const AssessmentResult &result, const Language &language)
{
    const QString colon = Cli::colon(language) + QLatin1Char(' ');
    QString out = header(assessment, language);
    out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Overall score: %1%2\n"))
               .arg(scoreOrNone(result.overall, language), inParentheses(levelName(result.overallLevel, language)));
    for (const ThemeResult &theme : result.themes) {
        out += QStringLiteral("\n%1%2%3%4 — ")
                   .arg(theme.questionnaire->title.text(language), colon, scoreOrNone(theme.score, language),
                        inParentheses(levelName(theme.level, language)));
        out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", "%1 of %2 questions answered"))
                   .arg(theme.answered)
                   .arg(theme.visible);
        if (theme.dontKnow > 0)
            out += say(language, QT_TRANSLATE_NOOP("Phare::Cli", ", %1 \"don't know\" to check")).arg(theme.dontKnow);
        out += QLatin1Char('\n');
        for (const DimensionResult &d : theme.dimensions) {
            if (!d.dimension->scored)
                continue; // context: asked, never a score
            out += QStringLiteral("  %1  %2  %3\n")
                       .arg(d.dimension->title.text(language).leftJustified(36, QLatin1Char(' ')),
                            scoreOrNone(d.score, language).rightJustified(7, QLatin1Char(' ')),
                            levelName(d.level, language));
            for (const QuestionResult &q : d.questions) {
                if (q.prefilled) {
                    out += QStringLiteral("      %1  %2 — %3\n")
                               .arg(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "pre-filled")),
                                    phraseDates(q.question->text.text(language), language, assessment.referenceDate()),
                                    describeAnswer(*q.question, *q.answer, language));
                    continue;
                }
                if (!q.counted())
                    continue;
                out += QStringLiteral("      +%1  %2 — %3\n")
                           .arg(QString::number(q.contribution, 'f', 1).rightJustified(5, QLatin1Char(' ')),
                                phraseDates(q.question->text.text(language), language, assessment.referenceDate()),
                                describeAnswer(*q.question, *q.answer, language));
            }
        }
    }
    return out;
}

QJsonObject scoreJson(const QString &path, const Assessment &assessment, const AssessmentResult &result,
                      const Language &language)
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
                if (q.prefilled)
                    qo.insert(u"prefilled", true); // by notApplicableIf: not in the file
                if (q.excluded && q.question->scored)
                    qo.insert(u"excluded", true); // `score: null` or `dontKnow: excluded`

                questions.append(qo);
            }
            dimensions.append(QJsonObject{{QStringLiteral("id"), d.dimension->id},
                                          {QStringLiteral("title"), d.dimension->title.text(language)},
                                          {QStringLiteral("score"), scoreValue(d.score)},
                                          {QStringLiteral("level"), levelValue(d.level)},
                                          {QStringLiteral("answered"), d.answered},
                                          {QStringLiteral("questions"), d.visible},
                                          {QStringLiteral("details"), questions}});
            if (!d.dimension->scored) { // context: its answers are there, it has no score
                QJsonObject context = dimensions.last().toObject();
                context.insert(u"scored", false);
                dimensions.replace(dimensions.size() - 1, context);
            }
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

QString scoreCsvRows(const QString &path, const AssessmentResult &result, const Language &language)
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
    row(QString(), QString(), say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Overall")), result.overall,
        result.overallLevel, -1, -1);
    for (const ThemeResult &t : result.themes) {
        row(t.questionnaire->id, QString(), t.questionnaire->title.text(language), t.score, t.level, t.answered,
            t.visible);
        for (const DimensionResult *d : t.scoredDimensions()) {
            row(t.questionnaire->id, d->dimension->id, d->dimension->title.text(language), d->score, d->level,
                d->answered, d->visible);
        }
    }
    return out;
}

namespace {

// "15 December 2026, 09:30 – 11:30 · Marseille, Espace exemple · free · Workshop: … (fictitious example)"
QString eventLine(const Event &e, const Language &language)
{
    QString line = NearYouText::when(e, language) + QStringLiteral(" · ") + NearYouText::where(e, language) +
                   QStringLiteral(" · ") + NearYouText::price(e, language) + QStringLiteral(" · ") +
                   e.title.text(language);
    if (e.sample)
        line += QStringLiteral(" (%1)").arg(NearYouText::sample(language));
    return line + QStringLiteral(" <") + e.link + QLatin1Char('>');
}

QString providerLine(const ProviderMatch &m, const Language &language)
{
    const Provider &p = *m.provider;
    QStringList about = {NearYouText::status(p.status, language)};
    if (const QString where = NearYouText::coverage(m.coverage, language); !where.isEmpty())
        about.append(where);
    if (p.sample)
        about.append(NearYouText::sample(language));
    return QStringLiteral("%1 (%2) — %3")
        .arg(p.name, about.join(QStringLiteral(", ")), NearYouText::contact(p).join(QStringLiteral(" · ")));
}

QString nearYouText(const ActionHelp &help, const Language &language, const QString &colon)
{
    QString out;
    if (!help.events.isEmpty()) {
        out += QStringLiteral("       ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Next events")) + colon +
               QLatin1Char('\n');
        for (const Event *e : help.events)
            out += QStringLiteral("         - ") + eventLine(*e, language) + QLatin1Char('\n');
    }
    if (!help.providers.isEmpty()) {
        out += QStringLiteral("       ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Who can help")) + colon +
               QLatin1Char('\n');
        for (const ProviderMatch &m : help.providers)
            out += QStringLiteral("         - ") + providerLine(m, language) + QLatin1Char('\n');
    }
    return out;
}

// A chapter's local contacts: the content's providers it names, or only their ids without the content.
QList<const Provider *> localProviders(const Chapter &chapter, const Content *content)
{
    QList<const Provider *> out;
    for (const SourceRef &ref : chapter.localProviders) {
        if (const Provider *p = content ? content->provider(ref.id) : nullptr)
            out.append(p);
    }
    return out;
}

// What an owner needs to act on a chapter, under its title: its cost and time on one line, then its tools,
// a template or checklist to start from, and who to call.
QString chapterPracticeText(const Chapter &chapter, const Content *content, const Recommendations &rec,
                            const Language &language, const QString &colon)
{
    const QString indent = QStringLiteral("     ");
    QString out;
    QStringList costAndTime;
    if (!chapter.cost.isEmpty())
        costAndTime.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Cost")) + colon + QLatin1Char(' ') +
                           chapter.cost.text(language));
    if (!chapter.duration.isEmpty())
        costAndTime.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Time")) + colon + QLatin1Char(' ') +
                           chapter.duration.text(language));
    if (!costAndTime.isEmpty())
        out += indent + costAndTime.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    const auto joined = [&](const QList<LocalizedText> &items) {
        QStringList texts;
        for (const LocalizedText &t : items)
            texts.append(phrased(t, language, rec));
        // French puts a space before ";", like before ":" (Cli::colon).
        return texts.join(language.code() == u"fr" ? QStringLiteral(" ; ") : QStringLiteral("; "));
    };
    if (!chapter.freeTools.isEmpty())
        out += indent + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Free tools")) + colon + QLatin1Char(' ') +
               joined(chapter.freeTools) + QLatin1Char('\n');
    if (!chapter.paidTools.isEmpty())
        out += indent + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Paid tools")) + colon + QLatin1Char(' ') +
               joined(chapter.paidTools) + QLatin1Char('\n');
    if (!chapter.start.title.isEmpty()) {
        out += indent + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "To start with")) + colon + QLatin1Char(' ') +
               chapter.start.title.text(language);
        if (!chapter.start.url.isEmpty())
            out += QStringLiteral(" <") + chapter.start.url + QLatin1Char('>');
        out += QLatin1Char('\n');
        for (const LocalizedText &step : chapter.start.steps)
            out += indent + QStringLiteral("  - ") + phrased(step, language, rec) + QLatin1Char('\n');
    }
    QStringList contacts;
    const QList<const Provider *> providers = localProviders(chapter, content);
    for (const Provider *p : providers) {
        QString line = p->name;
        if (p->sample)
            line += QStringLiteral(" (%1)").arg(NearYouText::sample(language));
        if (const QStringList reach = NearYouText::contact(*p); !reach.isEmpty())
            line += QStringLiteral(" — ") + reach.join(QStringLiteral(" · "));
        contacts.append(line);
    }
    if (!content) {
        for (const SourceRef &ref : chapter.localProviders)
            contacts.append(ref.id);
    }
    if (!contacts.isEmpty() || !chapter.localNote.isEmpty()) {
        out += indent + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Who to call")) + colon + QLatin1Char('\n');
        for (const QString &line : std::as_const(contacts))
            out += indent + QStringLiteral("  - ") + line + QLatin1Char('\n');
        if (!chapter.localNote.isEmpty())
            out += indent + QStringLiteral("  ") + phrased(chapter.localNote, language, rec) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString recommendText(const Assessment &assessment, const Recommendations &rec, const Language &language,
                      const NearYouMatches &nearYou, const Content *content)
{
    QString out = header(assessment, language);
    const QString colon = Cli::colon(language);
    if (!nearYou.upcoming.isEmpty()) {
        out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Next events near you")) + colon +
               QLatin1Char('\n');
        bool sample = false;
        for (const Event *e : nearYou.upcoming) {
            out += QStringLiteral("  - ") + eventLine(*e, language) + QLatin1Char('\n');
            sample = sample || e->sample;
        }
        if (sample)
            out += QStringLiteral("  ") + NearYouText::sampleEvents(language) + QLatin1Char('\n');
    }
    if (rec.profileMissing)
        out += QLatin1Char('\n') +
               say(language, QT_TRANSLATE_NOOP("Phare::Cli",
                                               "Business profile missing: advice that depends on it is not given.")) +
               QLatin1Char('\n');
    // A plan written as one list (PlanStyle::List) has no horizons: its priority measures, then the others.
    const bool list = rec.style == PlanStyle::List;
    if (list)
        out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Priority measures")) + colon +
               QLatin1Char('\n');
    else
        out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Action plan")) + colon +
               QLatin1Char('\n');
    const QList<Horizon> parts =
        list ? QList<Horizon>{Horizon::Now} : QList<Horizon>{Horizon::Now, Horizon::Next, Horizon::Later};
    for (const Horizon h : parts) {
        if (!list)
            out += QStringLiteral("  ") + Names::horizon(h, language) + colon + QLatin1Char('\n');
        bool any = false;
        for (const PlannedAction &item : rec.plan) {
            if (item.horizon != h)
                continue;
            any = true;
            out += QStringLiteral("%1. %2 [%3]\n")
                       .arg(QString::number(item.rank).rightJustified(5, QLatin1Char(' ')),
                            phrased(item.action->text, language, rec), item.action->id);
            out += QStringLiteral("       ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "First step")) + colon +
                   QLatin1Char(' ') + phrased(item.action->firstStep, language, rec) + QLatin1Char('\n');
            out += QStringLiteral("       ") + item.rankExplanation(language) + QLatin1Char('\n');
            if (!item.reasons.isEmpty()) {
                out += QStringLiteral("       ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Why")) + colon +
                       QLatin1Char('\n');
                out += reasonsText(item.reasons, language, QStringLiteral("         "));
            }
            if (const ActionHelp *help = nearYou.help(item.action->id))
                out += nearYouText(*help, language, colon);
        }
        if (!any)
            out +=
                QStringLiteral("    ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "nothing")) + QLatin1Char('\n');
    }
    if (std::any_of(nearYou.actions.cbegin(), nearYou.actions.cend(),
                    [](const ActionHelp &h) { return !h.providers.isEmpty(); }))
        out += QLatin1Char('\n') + NearYouText::noEndorsement(language) + QLatin1Char('\n');
    out += QLatin1Char('\n') +
           (list ? say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Other measures: %1"))
                 : say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Other possibilities: %1")))
               .arg(rec.others.size()) +
           QLatin1Char('\n');
    for (const PlannedAction &item : rec.others)
        out += QStringLiteral("%1. %2 [%3]\n")
                   .arg(QString::number(item.rank).rightJustified(5, QLatin1Char(' ')),
                        phrased(item.action->text, language, rec), item.action->id);
    out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "White-paper chapters to read")) + colon +
           QLatin1Char('\n');
    if (rec.chapters.isEmpty())
        out += QStringLiteral("  ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "none")) + QLatin1Char('\n');
    int n = 0;
    for (const ChapterRecommendation &c : rec.chapters) {
        out += QStringLiteral("%1. %2 [%3]\n")
                   .arg(QString::number(++n).rightJustified(3, QLatin1Char(' ')), c.chapter->title.text(language),
                        c.chapter->id);
        QStringList ids;
        for (const Action *a : c.actions)
            ids.append(a->id);
        out += QStringLiteral("     ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "For the actions")) + colon +
               QLatin1Char(' ') + ids.join(QStringLiteral(", ")) + QLatin1Char('\n');
        out += chapterPracticeText(*c.chapter, content, rec, language, colon);
    }
    out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Use cases for your firm")) + colon +
           QLatin1Char('\n');
    if (rec.useCases.isEmpty())
        out += QStringLiteral("  ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "none")) + QLatin1Char('\n');
    n = 0;
    for (const UseCaseRecommendation &u : rec.useCases) {
        out += QStringLiteral("%1. %2 [%3]\n")
                   .arg(QString::number(++n).rightJustified(3, QLatin1Char(' ')), u.useCase->title.text(language),
                        u.useCase->id);
        out += QStringLiteral("     ") + phrased(u.useCase->description, language, rec) + QLatin1Char('\n');
        out += useCaseDetails(*u.useCase, language, QStringLiteral("     "));
        QStringList ids;
        for (const Action *a : u.actions)
            ids.append(a->id);
        out += QStringLiteral("     ") + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Proposed for")) + colon +
               QLatin1Char(' ') + ids.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    return out;
}

namespace {

QJsonObject actionJson(const PlannedAction &item, const Recommendations &rec, const Language &language)
{
    const Action &a = *item.action;
    QJsonArray chapterIds;
    for (const SourceRef &ref : a.chapters)
        chapterIds.append(ref.id);
    QJsonArray useCaseIds;
    for (const SourceRef &ref : a.useCases)
        useCaseIds.append(ref.id);
    QJsonArray rules;
    for (const Rule *rule : item.rules)
        rules.append(rule->id);
    const RankParts &p = item.parts;
    QJsonObject rank{{QStringLiteral("score"), qRound(p.score * 10) / 10.0},
                     {QStringLiteral("impact"), impactId(p.impact)},
                     {QStringLiteral("impactPoints"), p.impactPoints},
                     {QStringLiteral("gap"), qRound(p.gap * 10) / 10.0},
                     {QStringLiteral("quickness"), p.quickness},
                     {QStringLiteral("urgency"), p.urgency},
                     {QStringLiteral("weakestDimension"), p.weakestDimension},
                     {QStringLiteral("afterPrerequisite"), p.afterPrerequisite},
                     {QStringLiteral("explanation"), item.rankExplanation(language)}};
    if (a.rank > 0)
        rank.insert(QStringLiteral("contentRank"), a.rank);
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("rank"), item.rank},
                  {QStringLiteral("text"), phrased(a.text, language, rec)},
                  {QStringLiteral("benefit"), phrased(a.benefit, language, rec)},
                  {QStringLiteral("firstStep"), phrased(a.firstStep, language, rec)},
                  {QStringLiteral("effortHours"), a.effort},
                  {QStringLiteral("cost"), costId(a.cost)},
                  {QStringLiteral("who"), QJsonArray::fromStringList(a.who)},
                  {QStringLiteral("themes"), QJsonArray::fromStringList(item.themes)},
                  {QStringLiteral("rules"), rules},
                  {QStringLiteral("chapters"), chapterIds},
                  {QStringLiteral("useCases"), useCaseIds},
                  {QStringLiteral("rankParts"), rank},
                  {QStringLiteral("reasons"), reasonsJson(item.reasons, language)}};
    // A list has no time labels.
    if (rec.style != PlanStyle::List)
        o.insert(QStringLiteral("horizon"), horizonId(item.horizon));
    if (a.deadline.isValid())
        o.insert(QStringLiteral("deadline"), a.deadline.toString(Qt::ISODate));
    return o;
}

QJsonObject eventJson(const Event &e, const Language &language)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("title"), e.title.text(language)},
                  {QStringLiteral("when"), NearYouText::when(e, language)},
                  {QStringLiteral("start"), e.startDate.toString(Qt::ISODate)},
                  {QStringLiteral("online"), e.online},
                  {QStringLiteral("organiser"), e.organiser},
                  {QStringLiteral("link"), e.link},
                  {QStringLiteral("price"), e.price},
                  {QStringLiteral("sample"), e.sample}};
    if (e.startMinutes >= 0)
        o.insert(QStringLiteral("start"), QStringLiteral("%1T%2:%3")
                                              .arg(e.startDate.toString(Qt::ISODate))
                                              .arg(e.startMinutes / 60, 2, 10, QLatin1Char('0'))
                                              .arg(e.startMinutes % 60, 2, 10, QLatin1Char('0')));
    if (!e.town.isEmpty())
        o.insert(QStringLiteral("town"), e.town);
    if (!e.venue.isEmpty())
        o.insert(QStringLiteral("venue"), e.venue);
    return o;
}

QJsonObject providerJson(const ProviderMatch &m, const Language &language)
{
    static const QStringList coverage = {QStringLiteral("local"), QStringLiteral("everywhere"),
                                         QStringLiteral("elsewhere"), QStringLiteral("unknown")};
    const Provider &p = *m.provider;
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("description"), p.description.text(language)},
                  {QStringLiteral("status"), providerStatusIds().value(int(p.status))},
                  {QStringLiteral("public"), p.isPublic()},
                  {QStringLiteral("coverage"), coverage.value(int(m.coverage))},
                  {QStringLiteral("languages"), QJsonArray::fromStringList(p.languages)},
                  {QStringLiteral("sample"), p.sample}};
    if (!p.web.isEmpty())
        o.insert(QStringLiteral("web"), p.web);
    if (!p.phone.isEmpty())
        o.insert(QStringLiteral("phone"), p.phone);
    if (!p.email.isEmpty())
        o.insert(QStringLiteral("email"), p.email);
    return o;
}

QJsonArray actionIds(const QList<const Action *> &actions)
{
    QJsonArray ids;
    for (const Action *a : actions)
        ids.append(a->id);
    return ids;
}

QJsonArray textsJson(const QList<LocalizedText> &items, const Recommendations &rec, const Language &language)
{
    QJsonArray out;
    for (const LocalizedText &t : items)
        out.append(phrased(t, language, rec));
    return out;
}

// A chapter's cost, time, tools, template or checklist, and local contacts (the providers it names, with
// their ways to reach them; by id alone without the content).
void addChapterPracticeJson(QJsonObject &o, const Chapter &chapter, const Content *content, const Recommendations &rec,
                            const Language &language)
{
    if (!chapter.cost.isEmpty())
        o.insert(QStringLiteral("cost"), chapter.cost.text(language));
    if (!chapter.duration.isEmpty())
        o.insert(QStringLiteral("duration"), chapter.duration.text(language));
    if (!chapter.freeTools.isEmpty() || !chapter.paidTools.isEmpty())
        o.insert(QStringLiteral("tools"),
                 QJsonObject{{QStringLiteral("free"), textsJson(chapter.freeTools, rec, language)},
                             {QStringLiteral("paid"), textsJson(chapter.paidTools, rec, language)}});
    if (!chapter.start.title.isEmpty()) {
        QJsonObject start{{QStringLiteral("title"), chapter.start.title.text(language)}};
        if (!chapter.start.url.isEmpty())
            start.insert(QStringLiteral("url"), chapter.start.url);
        if (!chapter.start.steps.isEmpty())
            start.insert(QStringLiteral("steps"), textsJson(chapter.start.steps, rec, language));
        o.insert(QStringLiteral("startWith"), start);
    }
    if (chapter.localProviders.isEmpty() && chapter.localNote.isEmpty())
        return;
    QJsonArray providers;
    for (const SourceRef &ref : chapter.localProviders) {
        const Provider *p = content ? content->provider(ref.id) : nullptr;
        QJsonObject provider{{QStringLiteral("id"), ref.id}};
        if (p) {
            provider.insert(QStringLiteral("name"), p->name);
            provider.insert(QStringLiteral("status"), providerStatusIds().value(int(p->status)));
            provider.insert(QStringLiteral("sample"), p->sample);
            if (!p->web.isEmpty())
                provider.insert(QStringLiteral("web"), p->web);
            if (!p->phone.isEmpty())
                provider.insert(QStringLiteral("phone"), p->phone);
            if (!p->email.isEmpty())
                provider.insert(QStringLiteral("email"), p->email);
        }
        providers.append(provider);
    }
    QJsonObject help{{QStringLiteral("providers"), providers}};
    if (!chapter.localNote.isEmpty())
        help.insert(QStringLiteral("note"), phrased(chapter.localNote, language, rec));
    o.insert(QStringLiteral("localHelp"), help);
}

} // namespace

QJsonObject recommendJson(const Assessment &assessment, const Recommendations &rec, const Language &language,
                          const NearYouMatches &nearYou, const Content *content)
{
    QJsonArray plan;
    for (const PlannedAction &item : rec.plan) {
        QJsonObject action = actionJson(item, rec, language);
        // Every action of "now" and "next" says who can help, even when nobody can (empty lists).
        if (item.horizon == Horizon::Now || item.horizon == Horizon::Next) {
            QJsonArray events;
            QJsonArray providers;
            if (const ActionHelp *help = nearYou.help(item.action->id)) {
                for (const Event *e : help->events)
                    events.append(eventJson(*e, language));
                for (const ProviderMatch &m : help->providers)
                    providers.append(providerJson(m, language));
            }
            action.insert(QStringLiteral("events"), events);
            action.insert(QStringLiteral("providers"), providers);
        }
        plan.append(action);
    }
    QJsonArray others;
    for (const PlannedAction &item : rec.others)
        others.append(actionJson(item, rec, language));
    QJsonArray chapters;
    for (const ChapterRecommendation &c : rec.chapters) {
        QJsonObject chapter{{QStringLiteral("id"), c.chapter->id},
                            {QStringLiteral("title"), c.chapter->title.text(language)},
                            {QStringLiteral("score"), qRound(c.score * 10) / 10.0},
                            {QStringLiteral("themes"), QJsonArray::fromStringList(c.themes)},
                            {QStringLiteral("actions"), actionIds(c.actions)},
                            {QStringLiteral("reasons"), reasonsJson(c.reasons, language)}};
        addChapterPracticeJson(chapter, *c.chapter, content, rec, language);
        chapters.append(chapter);
    }
    QJsonArray useCases;
    for (const UseCaseRecommendation &u : rec.useCases) {
        QJsonObject entry{{QStringLiteral("id"), u.useCase->id},
                          {QStringLiteral("title"), u.useCase->title.text(language)},
                          {QStringLiteral("score"), qRound(u.score * 10) / 10.0},
                          {QStringLiteral("themes"), QJsonArray::fromStringList(u.themes)},
                          {QStringLiteral("actions"), actionIds(u.actions)},
                          {QStringLiteral("reasons"), reasonsJson(u.reasons, language)}};
        addUseCaseDetails(entry, *u.useCase, language);
        useCases.append(entry);
    }
    QJsonObject out{{QStringLiteral("company"), assessment.company.name},
                    {QStringLiteral("profileMissing"), rec.profileMissing},
                    {QStringLiteral("referenceDate"), rec.referenceDate.toString(Qt::ISODate)},
                    {QStringLiteral("plan"), plan},
                    {QStringLiteral("otherPossibilities"),
                     QJsonObject{{QStringLiteral("count"), others.size()}, {QStringLiteral("actions"), others}}},
                    {QStringLiteral("chapters"), chapters},
                    {QStringLiteral("useCases"), useCases}};
    if (rec.style == PlanStyle::List)
        out.insert(QStringLiteral("planStyle"), QStringLiteral("list"));
    QJsonArray upcoming;
    for (const Event *e : nearYou.upcoming)
        upcoming.append(eventJson(*e, language));
    out.insert(QStringLiteral("upcomingEvents"), upcoming);
    if (nearYou.from.isValid())
        out.insert(QStringLiteral("eventsFrom"), nearYou.from.toString(Qt::ISODate));
    if (rec.weakest && rec.weakestTheme)
        out.insert(QStringLiteral("weakestDimension"),
                   rec.weakestTheme->questionnaire->id + QLatin1Char('/') + rec.weakest->dimension->id);
    return out;
}

} // namespace Phare::Cli
