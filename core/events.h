// The association's events (`kind: events` in the content folder): what a firm can attend to move an action
// of its plan forward (docs/questionnaire-format.md, "Events and providers").
#pragma once

#include "localizedtext.h"
#include "questionnaire.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

// What an event or a provider helps with: references into the catalogues, checked by the loader.
struct HelpTopics
{
    QList<SourceRef> actions;
    QList<SourceRef> useCases;
    QList<SourceRef> chapters;
    QList<SourceRef> dimensions; // "theme/dimension"

    bool isEmpty() const
    {
        return actions.isEmpty() && useCases.isEmpty() && chapters.isEmpty() && dimensions.isEmpty();
    }
};

struct Event
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QDate startDate;
    int startMinutes = -1; // minutes after midnight, local time; -1: the whole day
    QDate endDate;         // the same as startDate for an event of one day
    int endMinutes = -1;
    bool online = false;
    QString town;  // empty for an event only online
    QString venue; // the place in the town, when given
    QString organiser;
    QString link; // where to read more and register (https)
    HelpTopics topics;
    QStringList sectors; // who it is for; empty: every sector
    QStringList sizes;   // empty: every size
    double price = 0;    // euros, tax included; 0: free
    bool sample = false; // made-up sample data, said so wherever it is shown
    QString path;
    int line = 0;
    int column = 0;
};

} // namespace Phare
