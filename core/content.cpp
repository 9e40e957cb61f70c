// Lookups in the content, and the index built once it is complete.
#include "content.h"

#include <QHash>

namespace Phare {

const Questionnaire *Content::questionnaire(QStringView id) const
{
    for (const Questionnaire &q : questionnaires) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

const Questionnaire *Content::profile() const
{
    for (const Questionnaire &q : questionnaires) {
        if (q.profile)
            return &q;
    }
    return nullptr;
}

const Action *Content::action(QStringView id) const
{
    for (const Action &a : actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Chapter *Content::chapter(QStringView id) const
{
    for (const Chapter &c : chapters) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const UseCase *Content::useCase(QStringView id) const
{
    for (const UseCase &u : useCases) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

void Content::buildIndex()
{
    const auto indexOf = [](const auto &list) {
        QHash<QString, int> index;
        for (int i = 0; i < list.size(); ++i)
            index.insert(list[i].id, i);
        return index;
    };
    const QHash<QString, int> actionIndex = indexOf(actions);
    const QHash<QString, int> chapterIndex = indexOf(chapters);
    const QHash<QString, int> useCaseIndex = indexOf(useCases);
    // A reference found shares the characters of the id it names, so that the recommender can check
    // it by address.
    const auto resolve = [](SourceRef &ref, const QHash<QString, int> &index, const auto &list) {
        ref.index = index.value(ref.id, -1);
        if (ref.index >= 0)
            ref.id = list[ref.index].id;
    };
    const Questionnaire *profileQuestionnaire = profile();
    for (Questionnaire &q : questionnaires) {
        q.buildIndex();
        for (Dimension &d : q.dimensions) {
            for (Question &question : d.questions) {
                if (question.showIf)
                    resolveProfile(*question.showIf, profileQuestionnaire);
            }
        }
        for (Rule &rule : q.rules) {
            resolveProfile(rule.when, profileQuestionnaire);
            if (rule.given)
                resolveProfile(*rule.given, profileQuestionnaire);
            for (SourceRef &ref : rule.actions)
                resolve(ref, actionIndex, actions);
        }
    }
    for (Action &action : actions) {
        for (SourceRef &ref : action.prerequisites)
            resolve(ref, actionIndex, actions);
        for (SourceRef &ref : action.chapters)
            resolve(ref, chapterIndex, chapters);
        for (SourceRef &ref : action.useCases)
            resolve(ref, useCaseIndex, useCases);
    }
    for (UseCase &useCase : useCases) {
        if (useCase.when)
            resolveProfile(*useCase.when, profileQuestionnaire);
    }
}

} // namespace Phare
