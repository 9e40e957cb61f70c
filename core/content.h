// Everything Phare knows about: the questionnaires and the catalogues they point to.
#pragma once

#include "catalogue.h"
#include "contentindex.h"
#include "diagnostic.h"
#include "events.h"
#include "providers.h"
#include "questionnaire.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Phare {

struct Content
{
    QList<Questionnaire> questionnaires; // the profile (if any) first, then the themes
    QList<Action> actions;
    QList<Chapter> chapters;
    QList<UseCase> useCases;
    PlanSettings plan;
    Organisation organisation;
    QList<GlossaryTerm> glossary;
    // Local help matched to the plan (NearYou): the association's events, its providers and the areas they cover.
    QList<Event> events;
    QList<Provider> providers;
    QList<Area> areas;

    const Questionnaire *questionnaire(QStringView id) const;
    // The firm profile (Questionnaire::profile), or null when the content has none.
    const Questionnaire *profile() const;
    const Action *action(QStringView id) const;
    const Chapter *chapter(QStringView id) const;
    const UseCase *useCase(QStringView id) const;
    const Area *area(QStringView id) const;
    const Provider *provider(QStringView id) const;

    // What is derived from the fields above (positions, compiled conditions), for the scorer and the
    // recommender; empty until buildIndex().
    const ContentIndex &index() const;
    // Builds the index. Every loader calls it once the content is complete; code that changes a Content
    // afterwards calls it again.
    void buildIndex();

private:
    // Never changed once built (buildIndex() makes a new one), so copies of the content share it.
    std::shared_ptr<const ContentIndex> m_index;
};

} // namespace Phare
