// Everything Phare knows about: the questionnaires and the catalogues they point to.
#pragma once

#include "catalogue.h"
#include "diagnostic.h"
#include "questionnaire.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

struct Content
{
    QList<Questionnaire> questionnaires; // the profile (if any) first, then the themes
    QList<Action> actions;
    QList<Chapter> chapters;
    QList<UseCase> useCases;
    PlanSettings plan;

    const Questionnaire *questionnaire(QStringView id) const;
    // The firm profile (Questionnaire::profile), or null when the content has none.
    const Questionnaire *profile() const;
    const Action *action(QStringView id) const;
    const Chapter *chapter(QStringView id) const;
    const UseCase *useCase(QStringView id) const;

    // Builds the lookup tables the scorer and recommender use (each questionnaire's index, and
    // what is derived from the authored fields). Every loader calls it once the content is
    // complete; code that changes a Content afterwards calls it again.
    void buildIndex();
};

} // namespace Phare
