// Lookups in the content, and the index built once it is complete.
#include "content.h"

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

const Area *Content::area(QStringView id) const
{
    for (const Area &a : areas) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Provider *Content::provider(QStringView id) const
{
    for (const Provider &p : providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ContentIndex &Content::index() const
{
    static const ContentIndex none;
    return m_index ? *m_index : none;
}

void Content::buildIndex()
{
    m_index = std::make_shared<const ContentIndex>(*this);
}

} // namespace Phare
