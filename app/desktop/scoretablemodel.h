// The table alternative to a radar chart: one row per axis, its score, its level and what moved.
#pragma once

#include <QAbstractTableModel>

#include <optional>

namespace Phare {

class ScoreTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTableModel)

public:
    struct Row
    {
        QString label;
        std::optional<double> score;
        QString level;
        std::optional<double> earlier;
    };
    enum Column
    {
        NameColumn,
        ScoreColumn,
        LevelColumn,
        EarlierColumn,
        ChangeColumn
    };

    explicit ScoreTableModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows, bool compare);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString changeInWords(int change);

    QList<Row> m_rows;
    bool m_compare = false;
};

} // namespace Phare
