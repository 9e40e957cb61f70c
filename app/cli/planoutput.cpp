// The decided plan as phare-cli prints it; the CSV is DecidedPlan::csv(), shared with the desktop.
#include "planoutput.h"

#include "clioutput.h"
#include "contentids.h"
#include "datetext.h"
#include "names.h"

#include <QJsonArray>

namespace Phare::Cli {

namespace {

// "accepted · who: Marie · due: 31 March 2027 · in progress", the facts of one line of the plan.
QString facts(const DecidedAction &a, const Language &language)
{
    QStringList parts = {a.stateName(language)};
    if (a.noLongerSuggested())
        parts.last() += say(language, QT_TRANSLATE_NOOP("Phare::Cli", ", no longer suggested by the answers"));
    if (!a.who().isEmpty())
        parts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "who")) + colon(language) + QLatin1Char(' ') +
                     a.who());
    if (a.due().isValid())
        parts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "due")) + colon(language) + QLatin1Char(' ') +
                     dateInWords(a.due(), language));
    if (a.state != DecidedAction::State::Declined && a.state != DecidedAction::State::Proposed) {
        QString progress = DecidedPlan::progressName(a.progress(), language);
        if (a.doneOn().isValid())
            progress =
                say(language, QT_TRANSLATE_NOOP("Phare::Cli", "done on %1")).arg(dateInWords(a.doneOn(), language));
        parts.append(progress);
    }
    return parts.join(QStringLiteral(" · "));
}

QJsonObject actionJson(const DecidedAction &a, const DecidedPlan &plan, const Language &language)
{
    static const QStringList states = {QStringLiteral("proposed"), QStringLiteral("accepted"),
                                       QStringLiteral("postponed"), QStringLiteral("own"), QStringLiteral("declined")};
    static const QStringList progress = {QStringLiteral("toDo"), QStringLiteral("inProgress"), QStringLiteral("done")};
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("text"), a.text(language, plan.recommendations())},
                  {QStringLiteral("state"), states.value(static_cast<int>(a.state))},
                  {QStringLiteral("noLongerSuggested"), a.noLongerSuggested()},
                  {QStringLiteral("why"), a.why(language, plan.recommendations())}};
    if (a.state != DecidedAction::State::Declined) {
        o.insert(QStringLiteral("horizon"), horizonId(a.horizon));
        o.insert(QStringLiteral("status"), progress.value(static_cast<int>(a.progress())));
    }
    if (a.computedRank > 0)
        o.insert(QStringLiteral("computedRank"), a.computedRank);
    if (!a.who().isEmpty())
        o.insert(QStringLiteral("who"), a.who());
    if (a.due().isValid())
        o.insert(QStringLiteral("due"), a.due().toString(Qt::ISODate));
    if (a.doneOn().isValid())
        o.insert(QStringLiteral("doneOn"), a.doneOn().toString(Qt::ISODate));
    if (!a.note().isEmpty())
        o.insert(QStringLiteral("note"), a.note());
    return o;
}

} // namespace

QString planText(const Assessment &assessment, const DecidedPlan &plan, const Language &language)
{
    const Recommendations &rec = plan.recommendations();
    QString out = say(language, QT_TRANSLATE_NOOP("Phare::Cli", "%1 — action plan")).arg(assessment.company.name) +
                  QLatin1Char('\n');
    if (!plan.decided())
        out +=
            say(language, QT_TRANSLATE_NOOP("Phare::Cli",
                                            "Nothing decided yet: this is the plan Phare proposes from the answers.")) +
            QLatin1Char('\n');
    std::optional<Horizon> heading;
    for (const DecidedAction &a : plan.actions()) {
        if (heading != a.horizon) {
            heading = a.horizon;
            out += QLatin1Char('\n') + Names::horizon(a.horizon, language) + QLatin1Char('\n');
        }
        const QString number = a.computedRank > 0 ? QStringLiteral("%1.").arg(a.computedRank) : QStringLiteral("–");
        out += QStringLiteral("  %1 %2\n").arg(number, a.text(language, rec));
        out += QStringLiteral("     %1\n").arg(facts(a, language));
        if (const QString why = a.why(language, rec); !why.isEmpty())
            out += QStringLiteral("     %1%2 %3\n")
                       .arg(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "why")), colon(language), why);
        if (!a.note().isEmpty())
            out += QStringLiteral("     %1%2 %3\n")
                       .arg(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "note")), colon(language),
                            a.note().simplified());
    }
    if (!plan.declined().isEmpty()) {
        out += QLatin1Char('\n') + say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Declined")) + QLatin1Char('\n');
        for (const DecidedAction &a : plan.declined()) {
            const QString reason = a.why(language, rec);
            out += QStringLiteral("  – %1\n").arg(a.text(language, rec));
            out += QStringLiteral("     %1%2 %3\n")
                       .arg(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "reason")), colon(language),
                            reason.isEmpty() ? say(language, QT_TRANSLATE_NOOP("Phare::Cli", "none given"))
                                             : reason.simplified());
        }
    }
    return out;
}

QJsonObject planJson(const Assessment &assessment, const DecidedPlan &plan, const Language &language)
{
    QJsonArray actions;
    for (const DecidedAction &a : plan.actions())
        actions.append(actionJson(a, plan, language));
    QJsonArray declined;
    for (const DecidedAction &a : plan.declined())
        declined.append(actionJson(a, plan, language));
    return {{QStringLiteral("company"), assessment.company.name},
            {QStringLiteral("language"), language.code()},
            {QStringLiteral("decided"), plan.decided()},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("declined"), declined}};
}

} // namespace Phare::Cli
