// Completion per theme and dimension, from the document's scores.
#include "progressmodel.h"

#include "assessmentdocument.h"
#include "uitext.h"

namespace Phare {

namespace {
// Internal ids: 0 for a theme row, 1 + theme index for a dimension row.
constexpr quintptr themeMarker = 0;
} // namespace

ProgressModel::ProgressModel(AssessmentDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    rebuild();
    // The counts come from the evaluation; a change of themes or a newly opened assessment changes
    // it too, and refreshCounts() then rebuilds.
    connect(m_document, &AssessmentDocument::evaluationChanged, this, &ProgressModel::refreshCounts);
}

void ProgressModel::rebuild()
{
    beginResetModel();
    m_themes = m_document->themes();
    endResetModel();
}

void ProgressModel::refreshCounts()
{
    if (m_themes != m_document->themes()) {
        rebuild();
        return;
    }
    for (int t = 0; t < m_themes.size(); ++t) {
        const QModelIndex theme = index(t, 0);
        emit dataChanged(theme, index(t, 1), {Qt::DisplayRole, Qt::AccessibleTextRole, CompleteRole});
        const int dims = rowCount(theme);
        if (dims > 0)
            emit dataChanged(index(0, 0, theme), index(dims - 1, 1, theme),
                             {Qt::DisplayRole, Qt::AccessibleTextRole, CompleteRole});
    }
}

QModelIndex ProgressModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, themeMarker);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ProgressModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == themeMarker)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, themeMarker);
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_themes.size());
    if (parent.column() != 0 || parent.internalId() != themeMarker)
        return 0;
    const Questionnaire *q = m_document->content().questionnaire(m_themes.value(parent.row()));
    return q ? static_cast<int>(q->dimensions.size()) : 0;
}

int ProgressModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isTheme = index.internalId() == themeMarker;
    const int themeRow = isTheme ? index.row() : static_cast<int>(index.internalId() - 1);
    const QString themeId = m_themes.value(themeRow);
    const Questionnaire *q = m_document->content().questionnaire(themeId);
    if (!q)
        return {};
    const ThemeResult *theme = m_document->result().theme(themeId);
    const Dimension *dimension = isTheme ? nullptr : &q->dimensions[index.row()];
    const DimensionResult *dr = theme && dimension ? theme->dimension(dimension->id) : nullptr;
    const int answered = isTheme ? (theme ? theme->answered : 0) : (dr ? dr->answered : 0);
    const int visible = isTheme ? (theme ? theme->visible : q->questionCount())
                                : (dr ? dr->visible : static_cast<int>(dimension->questions.size()));
    const QString title = isTheme ? q->title.text(Ui::language()) : dimension->title.text(Ui::language());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return title;
        return tr("%1/%2").arg(answered).arg(visible);
    case Qt::AccessibleTextRole:
        // The count's own cell says only the count: a screen reader read the whole row twice.
        if (index.column() == 1)
            return tr("%1 of %2 questions answered").arg(answered).arg(visible);
        return tr("%1: %2 of %3 questions answered").arg(title).arg(answered).arg(visible);
    case Qt::ToolTipRole:
        return tr("%1 of %2 questions answered").arg(answered).arg(visible);
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ThemeIdRole:
        return themeId;
    case DimensionIdRole:
        return dimension ? dimension->id : QString();
    case CompleteRole:
        return answered >= visible;
    default:
        return {};
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Theme") : tr("Answered");
}

QModelIndex ProgressModel::indexFor(const QString &theme, const QString &dimension) const
{
    const int t = static_cast<int>(m_themes.indexOf(theme));
    if (t < 0)
        return {};
    const QModelIndex themeIndex = index(t, 0);
    if (dimension.isEmpty())
        return themeIndex;
    for (int d = 0; d < rowCount(themeIndex); ++d) {
        const QModelIndex i = index(d, 0, themeIndex);
        if (i.data(DimensionIdRole).toString() == dimension)
            return i;
    }
    return themeIndex;
}

} // namespace Phare
