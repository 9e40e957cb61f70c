// Lookups on the questionnaire model and the default maturity levels.
#include "questionnaire.h"

#include "catalogue.h"

#include <algorithm>
#include <cmath>

namespace Phare {

const Option *Question::option(QStringView optionId) const
{
    for (const Option &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

double Question::normalisedOptionScore(const Option &option) const
{
    double lowest = option.score;
    double highest = option.score;
    for (const Option &o : options) {
        if (!o.scored)
            continue; // `score: null` places nothing on the scale
        lowest = std::min(lowest, o.score);
        highest = std::max(highest, o.score);
    }
    return highest > lowest ? (option.score - lowest) / (highest - lowest) : 0.0;
}

const Question *Questionnaire::question(QStringView questionId) const
{
    const auto [d, q] = position(questionId);
    return d < 0 ? nullptr : &dimensions[d].questions[q];
}

const Dimension *Questionnaire::dimension(QStringView dimensionId) const
{
    for (const Dimension &d : dimensions) {
        if (d.id == dimensionId)
            return &d;
    }
    return nullptr;
}

int Questionnaire::dimensionIndexOf(QStringView questionId) const
{
    return position(questionId).first;
}

std::pair<int, int> Questionnaire::position(QStringView questionId) const
{
    for (int d = 0; d < dimensions.size(); ++d) {
        const QList<Question> &questions = dimensions[d].questions;
        for (int q = 0; q < questions.size(); ++q) {
            if (questions[q].id == questionId)
                return {d, q};
        }
    }
    return {-1, -1};
}

int Questionnaire::questionCount() const
{
    int n = 0;
    for (const Dimension &d : dimensions)
        n += static_cast<int>(d.questions.size());
    return n;
}

const Level *Questionnaire::levelFor(double score) const
{
    return Phare::levelFor(levels, score);
}

int Questionnaire::subjectCount() const
{
    return questionCount() + static_cast<int>(dimensions.size());
}

QList<Level> defaultLevels()
{
    return {
        {QStringLiteral("basic"),
         25,
         {QStringLiteral("Débutant"), QStringLiteral("Basic")},
         {QStringLiteral("Les outils numériques sont peu ou pas utilisés."),
          QStringLiteral("Digital tools are used little or not at all.")}},
        {QStringLiteral("average"),
         50,
         {QStringLiteral("Intermédiaire"), QStringLiteral("Average")},
         {QStringLiteral("Les bases sont en place, mais sans plan d'ensemble."),
          QStringLiteral("The basics are in place, without an overall plan.")}},
        {QStringLiteral("moderately-advanced"),
         75,
         {QStringLiteral("Assez avancé"), QStringLiteral("Moderately advanced")},
         {QStringLiteral("Le numérique est organisé et suivi dans la plupart des activités."),
          QStringLiteral("Digital is organised and followed up in most activities.")}},
        {QStringLiteral("advanced"),
         100,
         {QStringLiteral("Avancé"), QStringLiteral("Advanced")},
         {QStringLiteral("Le numérique est maîtrisé et sert la stratégie de l'entreprise."),
          QStringLiteral("Digital is mastered and serves the firm's strategy.")}},
    };
}

const Level *levelFor(const QList<Level> &levels, double score)
{
    for (const Level &level : levels) {
        // Scores are shown rounded, so a level's band is judged on the rounded score.
        if (std::round(score) <= level.max)
            return &level;
    }
    return levels.isEmpty() ? nullptr : &levels.last();
}

} // namespace Phare
