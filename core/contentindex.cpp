// Builds the index of a content (contentindex.h): ids turned into positions, conditions compiled.
#include "contentindex.h"

#include "content.h"

#include <algorithm>
#include <functional>

namespace Phare {

namespace {

// The index is keyed by QString and Qt 6.4's QHash cannot look a QStringView up: wrap the caller's
// characters instead of copying them, so that a lookup allocates nothing.
QString borrowed(QStringView id)
{
    return QString::fromRawData(id.data(), id.size());
}

template <typename T> QHash<QString, int> positionsById(const QList<T> &list)
{
    QHash<QString, int> positions;
    positions.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        positions.insert(list[i].id, i);
    return positions;
}

std::vector<int> positionsOf(const QList<SourceRef> &refs, const QHash<QString, int> &positions)
{
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(refs.size()));
    for (const SourceRef &ref : refs)
        out.push_back(positions.value(ref.id, -1));
    return out;
}

// A questionnaire with its index, and the profile's, which its profile conditions name.
struct Target
{
    const Questionnaire *questionnaire = nullptr; // null: a use case's condition, which names no theme
    const QuestionnaireIndex *index = nullptr;
    const Questionnaire *profile = nullptr;
    const QuestionnaireIndex *profileIndex = nullptr;
};

// Points a compiled condition at the question `c` names in q: its position, its row, its options as bits.
void pointAt(CompiledCondition &out, const Condition &c, const Questionnaire &q, const QuestionnaireIndex &index)
{
    const auto [d, i] = index.position(c.question);
    if (d < 0)
        return;
    out.dimension = d;
    out.question = i;
    out.subject = index.firstQuestion.value(d) + i;
    const Question &question = q.dimensions[d].questions[i];
    if (!c.row.isEmpty()) {
        for (int r = 0; r < question.rows.size(); ++r) {
            if (question.rows[r].id == c.row) {
                out.row = r;
                break;
            }
        }
    }
    const QList<Option> &options = question.options;
    // A checklist's or a grid's options (ContentLimits::maxShownOptions, 50) fit in the 64 bits; an option past
    // them (a long single-choice list) is found by its id.
    for (int o = 0; o < std::min<qsizetype>(options.size(), 64); ++o) {
        if (c.options.contains(options[o].id))
            out.optionMask |= quint64(1) << o;
    }
}

CompiledCondition compiled(const Condition &c, const Target &target)
{
    CompiledCondition out;
    out.kind = c.kind;
    out.threshold = c.threshold;
    out.options = c.options;
    out.rowId = c.row;
    out.children.reserve(c.children.size());
    for (const Condition &child : c.children)
        out.children.push_back(compiled(child, target));
    switch (c.kind) {
    case Condition::Kind::ProfileIn:
    case Condition::Kind::ProfileNotIn:
        if (target.profile)
            pointAt(out, c, *target.profile, *target.profileIndex);
        out.subject = -1; // never a reason of its own: the profile says who the firm is, not a gap
        break;
    case Condition::Kind::SectorIn:
    case Condition::Kind::SizeIn:
        break; // name no question
    case Condition::Kind::DimensionScoreBelow:
        for (int d = 0; target.questionnaire && d < target.questionnaire->dimensions.size(); ++d) {
            if (target.questionnaire->dimensions[d].id == c.dimension) {
                out.dimension = d;
                out.subject = target.index->questionCount + d;
                break;
            }
        }
        break;
    default:
        if (target.questionnaire && !c.question.isEmpty())
            pointAt(out, c, *target.questionnaire, *target.index);
        break;
    }
    return out;
}

void compileConditions(QuestionnaireIndex &index, const Target &target, const QHash<QString, int> &actionPositions)
{
    const Questionnaire &q = *target.questionnaire;
    index.showIf.clear();
    index.showIf.reserve(static_cast<std::size_t>(index.questionCount));
    index.notApplicableIf.clear();
    index.notApplicableIf.reserve(static_cast<std::size_t>(index.questionCount));
    for (const Dimension &d : q.dimensions) {
        for (const Question &question : d.questions) {
            index.showIf.push_back(question.showIf ? std::optional(compiled(*question.showIf, target)) : std::nullopt);
            index.notApplicableIf.push_back(
                question.notApplicableIf ? std::optional(compiled(*question.notApplicableIf, target)) : std::nullopt);
        }
    }
    index.rules.clear();
    index.rules.reserve(static_cast<std::size_t>(q.rules.size()));
    for (const Rule &rule : q.rules) {
        CompiledRule &out = index.rules.emplace_back();
        out.when = compiled(rule.when, target);
        if (rule.given)
            out.given = compiled(*rule.given, target);
        out.actions = positionsOf(rule.actions, actionPositions);
    }
}

// When a use case is offered, besides its sectors and sizes: its `when`, and for each sector narrowed by
// `subSectors`, that sector's condition. A firm of a sector that is not narrowed is not concerned by them.
std::optional<Condition> offeredWhen(const UseCase &useCase)
{
    if (useCase.subSectors.isEmpty())
        return useCase.when;
    Condition narrowed;
    narrowed.kind = Condition::Kind::SectorIn;
    for (const SubSector &sub : useCase.subSectors)
        narrowed.options.append(sub.sector);
    Condition other;
    other.kind = Condition::Kind::Not;
    other.children.push_back(narrowed);
    Condition any;
    any.kind = Condition::Kind::Any;
    any.children.push_back(std::move(other));
    for (const SubSector &sub : useCase.subSectors) {
        Condition inSector;
        inSector.kind = Condition::Kind::SectorIn;
        inSector.options = {sub.sector};
        Condition both;
        both.kind = Condition::Kind::All;
        both.children = {std::move(inSector), sub.when};
        any.children.push_back(std::move(both));
    }
    if (!useCase.when)
        return any;
    Condition all;
    all.kind = Condition::Kind::All;
    all.children = {*useCase.when, std::move(any)};
    return all;
}

} // namespace

QuestionnaireIndex QuestionnaireIndex::lookups(const Questionnaire &questionnaire)
{
    QuestionnaireIndex index;
    const QList<Dimension> &dimensions = questionnaire.dimensions;
    for (int d = 0; d < dimensions.size(); ++d) {
        index.firstQuestion.append(index.questionCount);
        for (int q = 0; q < dimensions[d].questions.size(); ++q) {
            const QString &id = dimensions[d].questions[q].id;
            if (!index.m_positions.contains(id))
                index.m_positions.insert(id, {d, q});
            index.byId.push_back({id, {d, q}});
        }
        index.questionCount += static_cast<int>(dimensions[d].questions.size());
    }
    index.subjectCount = index.questionCount + static_cast<int>(dimensions.size());
    // QMap orders its keys with operator<; the same order here. Equal ids (an error the loader
    // reports) stay in reading order, and the first one is the one position() finds.
    std::stable_sort(index.byId.begin(), index.byId.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return index;
}

std::pair<int, int> QuestionnaireIndex::position(QStringView questionId) const
{
    const auto it = m_positions.constFind(borrowed(questionId));
    return it == m_positions.cend() ? std::pair<int, int>{-1, -1} : *it;
}

const Question *QuestionnaireIndex::question(const Questionnaire &questionnaire, QStringView questionId) const
{
    const auto [d, q] = position(questionId);
    if (d < 0 || d >= questionnaire.dimensions.size() || q >= questionnaire.dimensions[d].questions.size())
        return nullptr;
    return &questionnaire.dimensions[d].questions[q];
}

ContentIndex::ContentIndex(const Content &content)
{
    questionnaires.reserve(static_cast<std::size_t>(content.questionnaires.size()));
    for (const Questionnaire &q : content.questionnaires)
        questionnaires.push_back(QuestionnaireIndex::lookups(q));
    const Questionnaire *profile = content.profile();
    const QuestionnaireIndex *profileIndex =
        profile ? &questionnaires[static_cast<std::size_t>(profile - content.questionnaires.constData())] : nullptr;
    const QHash<QString, int> actionPositions = positionsById(content.actions);
    for (std::size_t i = 0; i < questionnaires.size(); ++i) {
        const Target target{&content.questionnaires[static_cast<qsizetype>(i)], &questionnaires[i], profile,
                            profileIndex};
        compileConditions(questionnaires[i], target, actionPositions);
    }
    const QHash<QString, int> chapterPositions = positionsById(content.chapters);
    const QHash<QString, int> useCasePositions = positionsById(content.useCases);
    actions.reserve(static_cast<std::size_t>(content.actions.size()));
    for (const Action &action : content.actions) {
        actions.push_back({positionsOf(action.prerequisites, actionPositions),
                           positionsOf(action.chapters, chapterPositions),
                           positionsOf(action.useCases, useCasePositions)});
    }
    const Target firmOnly{nullptr, nullptr, profile, profileIndex};
    useCaseWhen.reserve(static_cast<std::size_t>(content.useCases.size()));
    for (const UseCase &useCase : content.useCases) {
        const std::optional<Condition> when = offeredWhen(useCase);
        useCaseWhen.push_back(when ? std::optional(compiled(*when, firmOnly)) : std::nullopt);
    }
}

bool ContentIndex::fits(const Content &content) const
{
    return questionnaires.size() == static_cast<std::size_t>(content.questionnaires.size()) &&
           actions.size() == static_cast<std::size_t>(content.actions.size()) &&
           useCaseWhen.size() == static_cast<std::size_t>(content.useCases.size());
}

const QuestionnaireIndex *ContentIndex::of(const Content &content, const Questionnaire &questionnaire) const
{
    // Compared with std::less, which orders any two pointers, before subtracting.
    const std::less<const Questionnaire *> before;
    const Questionnaire *first = content.questionnaires.constData();
    if (before(&questionnaire, first) || !before(&questionnaire, first + content.questionnaires.size()))
        return nullptr;
    const auto i = static_cast<std::size_t>(&questionnaire - first);
    return i < questionnaires.size() ? &questionnaires[i] : nullptr;
}

QuestionnaireIndex ContentIndex::compile(const Questionnaire &questionnaire, const Content &content)
{
    const Questionnaire *profile = content.profile();
    QuestionnaireIndex index = QuestionnaireIndex::lookups(questionnaire);
    const QuestionnaireIndex profileIndex =
        profile && profile != &questionnaire ? QuestionnaireIndex::lookups(*profile) : QuestionnaireIndex();
    const Target target{&questionnaire, &index, profile, profile == &questionnaire ? &index : &profileIndex};
    compileConditions(index, target, positionsById(content.actions));
    return index;
}

} // namespace Phare
