// The sidebar's model: the chosen themes and their dimensions, with how much of each is answered.
#pragma once

#include <QAbstractItemModel>

namespace Phare {

class AssessmentDocument;

class ProgressModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressModel)

public:
    enum Role
    {
        ThemeIdRole = Qt::UserRole + 1,
        DimensionIdRole,
        CompleteRole
    };

    explicit ProgressModel(AssessmentDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexFor(const QString &theme, const QString &dimension = {}) const;

    // Re-reads the themes (structure) or only the counts.
    void rebuild();
    void refreshCounts();

private:
    AssessmentDocument *m_document;
    QStringList m_themes;
};

} // namespace Phare
