// The catalogues the recommendations point to (actions, white-paper chapters and use cases), and who
// publishes them (the organisation, the glossary).
#pragma once

#include "localizedtext.h"
#include "questionnaire.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

struct Reference
{
    LocalizedText title; // the same text in each language when the file gives one plain string
    QString url;
};

// A template or a checklist an owner can start from: a link to it, or its few steps written out.
struct ChapterStart
{
    LocalizedText title;
    QString url;                // empty when the steps are the checklist
    QList<LocalizedText> steps; // empty when the link gives the template
};

struct Chapter
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    QList<LocalizedText> keyActions;
    QList<Reference> references;
    // What an owner needs to act on it (docs/questionnaire-format.md, "White-paper chapters"); all empty in an
    // older content that gives none (a warning, an error with --strict).
    LocalizedText cost;             // a range in euros, or free
    LocalizedText duration;         // how long it takes
    QList<LocalizedText> freeTools; // tool examples, several of a kind or generic kinds, so no brand is favoured
    QList<LocalizedText> paidTools;
    ChapterStart start;              // a template or checklist to start from
    QList<SourceRef> localProviders; // who to call: ids of the content's providers (kind: providers)
    LocalizedText localNote;         // who else, in words (the Région's schemes…); may be empty
    QString path;
    int line = 0;
    int column = 0;
};

// What a use case costs, in whole euros, before any grant: from `from` to `to`, once or every month or year
// (`costRange` in the use-cases file). `per` is empty when the file gives none.
struct CostRange
{
    int from = 0;
    int to = 0;
    QString per; // once | month | year
};

// How long a use case takes to set up, from `from` to `to` units (`setupTime`). `unit` is empty when the file
// gives none.
struct SetupTime
{
    int from = 0;
    int to = 0;
    QString unit; // hours | days | weeks | months
};

// A use case narrowed within one of its sectors (`subSectors`): a firm of `sector` is offered it only when
// `when` holds (a condition on the firm's profile, such as what it sells); firms of its other sectors are
// not concerned.
struct SubSector
{
    QString sector;
    Condition when;
};

struct UseCase
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QStringList sectors; // "all" already expanded
    QStringList sizes;
    QString effort;      // low | medium | high
    QString cost;        // low | medium | high
    QString timeToValue; // days | weeks | months
    QList<LocalizedText> prerequisites;
    QList<LocalizedText> benefits;
    QList<SourceRef> chapters;
    QList<SourceRef> dimensions; // "theme/dimension"
    // Offered only when this holds (conditions on the profile, the sector or the size only).
    std::optional<Condition> when;
    CostRange costRange;
    SetupTime setupTime;
    QList<LocalizedText> freeTools; // examples of tools: several of each, or a kind of tool, no brand favoured
    QList<LocalizedText> paidTools;
    LocalizedText gain; // what the firm can expect from it
    QString gainSource; // where the gain comes from: a web address, or "estimate" (the association's own)
    QList<SubSector> subSectors;
    QString path;
    int line = 0;
    int column = 0;
};

enum class Cost
{
    None = 0,   // no spending
    Low = 1,    // under 1,000 euros
    Medium = 2, // 1,000 to 10,000 euros
    High = 3    // over 10,000 euros
};

// One thing a firm can do, as the action plan shows it (docs/questionnaire-format.md, "Actions").
struct Action
{
    QString id;
    LocalizedText text;      // imperative, fits any horizon
    LocalizedText benefit;   // what it protects or brings
    LocalizedText firstStep; // what to do first, concretely
    Impact impact = Impact::Medium;
    double effort = 1; // hours of work
    Cost cost = Cost::None;
    QStringList who;                 // owner, staff, provider
    QDate deadline;                  // a legal obligation applies from this date; null when none
    Horizon earliest = Horizon::Now; // never planned before this horizon
    int rank = 0;                    // the content's own priority, 1 first (before any computed score); 0: none
    QList<SourceRef> prerequisites;  // other actions, to do before this one
    QList<SourceRef> chapters;
    QList<SourceRef> useCases;
    QString path;
    int line = 0;
    int column = 0;
};

// Who hands the report over (`kind: organisation` in the content folder), so that the app and the CLI
// print the same cover and contact; every field may be empty.
struct Organisation
{
    LocalizedText name;
    QString logo;                  // an image file (PNG or SVG), absolute once loaded; empty when none
    LocalizedText contact;         // address, telephone, web address
    LocalizedText whitePaperTitle; // the white paper the chapters belong to
    LocalizedText whitePaperWhere; // where to get it: a web address or a place
    QDate factsCheckedOn;          // the day the content's facts were last checked ("up to date on …")
    // The levels the overall score (the mean of the themes assessed) is placed on, with their texts;
    // empty: the default bands (defaultLevels()).
    QList<Level> overallLevels;
    QString path;
    int line = 0;
    int column = 0;
};

// A term the report may use and explains in its glossary (`kind: glossary`).
struct GlossaryTerm
{
    QString id;
    LocalizedText term;       // as it is written in the report's text
    LocalizedText definition; // in plain words
    QString path;
    int line = 0;
    int column = 0;
};

// How the plan is laid out: in three horizons (now, next, later), or as one priority list without time
// labels whose first entries are the "priority measures" (as some public frameworks hand them over).
enum class PlanStyle
{
    Horizons = 0,
    List = 1
};

// How long the plan may be (a `plan:` key in an actions file; these are the defaults).
struct PlanSettings
{
    int now = 5;
    int next = 8;
    int later = 12;
    int chapters = 6;
    int useCases = 8;
    PlanStyle style = PlanStyle::Horizons;
    int measures = 0; // with PlanStyle::List: how many priority measures (1 or more); unused otherwise
};

} // namespace Phare
