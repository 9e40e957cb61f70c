// The results: an overview radar of the themes, a radar per theme, strengths and gaps, and how each
// score was computed; every chart has a table alternative.
#pragma once

#include "scorer.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QStandardItemModel;
class QTreeView;
class QVBoxLayout;

namespace Phare {

class AssessmentDocument;
class RadarChart;
class ScoreTableModel;

class ResultsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)

public:
    explicit ResultsPage(AssessmentDocument *document, QWidget *parent = nullptr);

    // An earlier assessment of the same firm to overlay (nullopt: none).
    void setComparison(const std::optional<AssessmentResult> &earlier, const QString &label);
    bool isComparing() const { return m_earlier.has_value(); }

    void refresh();
    void setTablesShown(bool tables);
    bool tablesShown() const;

signals:
    void tablesShownChanged(bool tables);

public:
    // For tests and the table alternative.
    QList<RadarChart *> charts() const { return m_charts; }
    QList<ScoreTableModel *> tables() const { return m_tables; }
    QStandardItemModel *contributions() const { return m_contributions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct AxisRow
    {
        QString label;
        std::optional<double> score;
        std::optional<double> earlier;
        QString level;
    };
    // A chart and its table in one place; the table replaces the chart when tables are shown.
    QWidget *chartCard(const QString &title, const QList<AxisRow> &rows, QWidget *parent);
    void fillContributions();

    AssessmentDocument *m_document;
    std::optional<AssessmentResult> m_earlier;
    QString m_earlierLabel;
    QLabel *m_summary;
    QCheckBox *m_asTables;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_howTitle;
    QTreeView *m_how;
    QStandardItemModel *m_contributions;
    QList<RadarChart *> m_charts;
    QList<ScoreTableModel *> m_tables;
};

} // namespace Phare
