// The decided plan as phare-cli prints it; the CSV is DecidedPlan::csv(), shared with the desktop.
#include "planoutput.h"

#include "clioutput.h"
#include "contentids.h"
#include "datetext.h"
#include "names.h"

#include <QJsonArray>

#include <cmath>

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

// "Accounts and passwords: 29 → 54 (+25)", or "not assessed" on the side that has no score.
QString changeText(const DimensionChange &c, const Language &language)
{
    const auto score = [&](const std::optional<double> &value) {
        return value ? QString::number(std::lround(*value))
                     : say(language, QT_TRANSLATE_NOOP("Phare::Cli", "not assessed"));
    };
    QString text = c.dimension->title.text(language) + colon(language) + QLatin1Char(' ') + score(c.before) +
                   QStringLiteral(" → ") + score(c.after);
    if (const std::optional<int> change = c.change())
        text += QStringLiteral(" (%1)").arg(*change > 0   ? QStringLiteral("+%1").arg(*change)
                                            : *change < 0 ? QStringLiteral("\u2212%1").arg(-*change)
                                                          : QStringLiteral("0"));
    return text;
}

} // namespace

QString followUpText(const FollowUp &followUp, const Language &language)
{
    const Recommendations &rec = followUp.current().recommendations();
    const QDate then = followUp.earlier().assessment().referenceDate();
    QString out = say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Follow-up of the plan decided on %1"))
                      .arg(dateInWords(then, language)) +
                  QLatin1Char('\n');
    if (followUp.isEmpty())
        return out +
               say(language,
                   QT_TRANSLATE_NOOP("Phare::Cli", "Nothing was decided then: there is no plan to follow up.")) +
               QLatin1Char('\n');
    using Followed = FollowedAction::Status;
    QStringList counts;
    for (const Followed status :
         {Followed::Done, Followed::Late, Followed::InProgress, Followed::ToDo, Followed::Declined})
        counts.append(QStringLiteral("%1%2 %3")
                          .arg(FollowUp::statusName(status, language), colon(language))
                          .arg(followUp.count(status)));
    out += counts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    const QList<std::pair<Followed, const char *>> parts = {
        {Followed::Done, QT_TRANSLATE_NOOP("Phare::Cli", "Done")},
        {Followed::Late, QT_TRANSLATE_NOOP("Phare::Cli", "Late")},
        {Followed::InProgress, QT_TRANSLATE_NOOP("Phare::Cli", "In progress")},
        {Followed::ToDo, QT_TRANSLATE_NOOP("Phare::Cli", "To do")},
        {Followed::Declined, QT_TRANSLATE_NOOP("Phare::Cli", "Declined")}};
    for (const auto &[status, title] : parts) {
        const QList<const FollowedAction *> items = followUp.with(status);
        if (items.isEmpty())
            continue;
        out += QLatin1Char('\n') + say(language, title) + QLatin1Char('\n');
        for (const FollowedAction *a : items) {
            out += QStringLiteral("  – %1\n").arg(a->text(language, rec));
            QStringList facts;
            if (!a->who().isEmpty())
                facts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "who")) + colon(language) +
                             QLatin1Char(' ') + a->who());
            if (status == Followed::Done && a->doneOn().isValid())
                facts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "done on %1"))
                                 .arg(dateInWords(a->doneOn(), language)));
            else if (status != Followed::Declined && a->due().isValid())
                facts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "due")) + colon(language) +
                             QLatin1Char(' ') + dateInWords(a->due(), language));
            if (status == Followed::Late)
                facts.append(DecidedPlan::progressName(a->progress(), language));
            if (status == Followed::Declined)
                facts.append(say(language, QT_TRANSLATE_NOOP("Phare::Cli", "reason")) + colon(language) +
                             QLatin1Char(' ') +
                             (a->reason().isEmpty() ? say(language, QT_TRANSLATE_NOOP("Phare::Cli", "none given"))
                                                    : a->reason().simplified()));
            if (!facts.isEmpty())
                out += QStringLiteral("     %1\n").arg(facts.join(QStringLiteral(" · ")));
            for (const DimensionChange &c : a->dimensions)
                out += QStringLiteral("     %1\n").arg(changeText(c, language));
        }
    }
    return out;
}

QJsonObject followUpJson(const FollowUp &followUp, const Language &language)
{
    static const QStringList statuses = {QStringLiteral("done"), QStringLiteral("late"), QStringLiteral("inProgress"),
                                         QStringLiteral("toDo"), QStringLiteral("declined")};
    const Recommendations &rec = followUp.current().recommendations();
    QJsonArray actions;
    for (const FollowedAction &a : followUp.actions()) {
        QJsonObject o{{QStringLiteral("id"), a.id},
                      {QStringLiteral("text"), a.text(language, rec)},
                      {QStringLiteral("status"), statuses.value(static_cast<int>(a.status))},
                      {QStringLiteral("own"), a.own != nullptr}};
        if (!a.who().isEmpty())
            o.insert(QStringLiteral("who"), a.who());
        if (a.due().isValid())
            o.insert(QStringLiteral("due"), a.due().toString(Qt::ISODate));
        if (a.doneOn().isValid())
            o.insert(QStringLiteral("doneOn"), a.doneOn().toString(Qt::ISODate));
        if (!a.reason().isEmpty())
            o.insert(QStringLiteral("reason"), a.reason());
        if (a.status == FollowedAction::Status::Done && a.action) {
            QJsonArray dimensions;
            for (const DimensionChange &c : a.dimensions) {
                QJsonObject d{{QStringLiteral("theme"), c.theme->id}, {QStringLiteral("dimension"), c.dimension->id}};
                if (c.before)
                    d.insert(QStringLiteral("before"), *c.before);
                if (c.after)
                    d.insert(QStringLiteral("after"), *c.after);
                if (const std::optional<int> change = c.change())
                    d.insert(QStringLiteral("change"), *change);
                dimensions.append(d);
            }
            o.insert(QStringLiteral("dimensions"), dimensions);
        }
        actions.append(o);
    }
    return {{QStringLiteral("since"), followUp.earlier().assessment().referenceDate().toString(Qt::ISODate)},
            {QStringLiteral("actions"), actions}};
}

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
    // A plan written as one list (PlanStyle::List) has no now, next or later: its priority measures,
    // then the other measures decided on.
    const bool measures = rec.style == PlanStyle::List;
    std::optional<QString> heading;
    for (const DecidedAction &a : plan.actions()) {
        const QString title = !measures ? Names::horizon(a.horizon, language)
                              : a.horizon == Horizon::Now
                                  ? say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Priority measures"))
                                  : say(language, QT_TRANSLATE_NOOP("Phare::Cli", "Other measures"));
        if (heading != title) {
            heading = title;
            out += QLatin1Char('\n') + title + QLatin1Char('\n');
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
