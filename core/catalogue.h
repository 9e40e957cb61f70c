// White-paper chapters and use cases: what the recommendations point to.
#pragma once

#include "localizedtext.h"
#include "questionnaire.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Phare {

struct Reference
{
    QString title;
    QString url;
};

struct Chapter
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    QList<LocalizedText> keyActions;
    QList<Reference> references;
    QString path;
    int line = 0;
    int column = 0;
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
    QString path;
    int line = 0;
    int column = 0;
};

// The sector ids a company and a use case may have.
const QStringList &sectorIds();
// micro (0–9), small (10–49), medium (50–249), large (250+).
QString sizeForEmployees(int employees);
const QStringList &sizeIds();

} // namespace Phare
