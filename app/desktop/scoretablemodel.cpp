// Scores as a table, for screen readers and for those who prefer numbers.
#include "scoretablemodel.h"

#include "uitext.h"

namespace Phare {

ScoreTableModel::ScoreTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScoreTableModel::setRows(const QList<Row> &rows, bool compare)
{
    beginResetModel();
    m_rows = rows;
    m_compare = compare;
    endResetModel();
}

int ScoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_compare ? 5 : 3);
}

QVariant ScoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn || index.column() == LevelColumn
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole) {
        // A cell read alone still says what it is: "Score: 31/100", not a bare number.
        const QString value = index.column() == ChangeColumn && row.score && row.earlier
                                  ? changeInWords(qRound(*row.score) - qRound(*row.earlier))
                                  : data(index, Qt::DisplayRole).toString();
        return headerData(index.column(), Qt::Horizontal).toString() + Ui::colon() + QLatin1Char(' ') + value;
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case NameColumn:
        return row.label;
    case ScoreColumn:
        if (raw)
            return row.score ? QVariant(*row.score) : QVariant();
        return row.score ? Ui::score(*row.score) : tr("not assessed");
    case LevelColumn:
        return row.level;
    case EarlierColumn:
        if (raw)
            return row.earlier ? QVariant(*row.earlier) : QVariant();
        return row.earlier ? Ui::score(*row.earlier) : tr("not assessed");
    case ChangeColumn: {
        if (!row.score || !row.earlier)
            return raw ? QVariant() : QVariant(QStringLiteral("—"));
        const int change = qRound(*row.score) - qRound(*row.earlier);
        if (raw)
            return change;
        return change > 0   ? QStringLiteral("+%1").arg(change)
               : change < 0 ? QStringLiteral("−%1").arg(-change)
                            : QStringLiteral("0");
    }
    default:
        return {};
    }
}

QString ScoreTableModel::changeInWords(int change)
{
    return change == 0 ? tr("unchanged") : change > 0 ? tr("up by %1").arg(change) : tr("down by %1").arg(-change);
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Area");
    case ScoreColumn:
        return tr("Score");
    case LevelColumn:
        return tr("Level");
    case EarlierColumn:
        return tr("Earlier");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace Phare
