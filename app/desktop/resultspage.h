// The results: an overview radar of the themes, a radar per theme, strengths and gaps, and how each
// score was computed; every chart has a table alternative.
#pragma once

#include "evaluation.h"

#include <QWidget>

#include <memory>
#include <optional>

class QBoxLayout;
class QCheckBox;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTreeView;
class QVBoxLayout;

namespace Phare {

class AssessmentDocument;
class Benchmark;
class PeerBand;
struct PeerRow;
class RadarChart;
class ScoreTableModel;
class SpreadView;

class ResultsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)

public:
    explicit ResultsPage(AssessmentDocument *document, QWidget *parent = nullptr);

    // Shows the document's evaluation, beside the one it is compared with if any.
    void refresh();
    void setTablesShown(bool tables);
    // A sector benchmark: each card is followed by the firm's place among its peers. Null: none, and the
    // page is as without.
    void setBenchmark(std::shared_ptr<const Benchmark> benchmark);
    bool tablesShown() const;

signals:
    void tablesShownChanged(bool tables);

public:
    // For tests and the table alternative.
    QList<RadarChart *> charts() const { return m_charts; }
    QList<ScoreTableModel *> tables() const { return m_tables; }
    QStandardItemModel *contributions() const { return m_contributions; }

    // The overall score in words, the first stop of the page for the keyboard and a screen reader.
    QLabel *summary() const { return m_summary; }
    // Each theme's card: its title and the text beside its chart (strengths, gaps, answers counted).
    QStringList cardTexts() const;
    // When comparing with an earlier assessment that decided a plan: what became of it (done, late, in
    // progress, to do, declined, and the score change of the dimensions of each action done); else hidden.
    QGroupBox *followUpBox() const { return m_followUpBox; }
    QLabel *followUp() const { return m_followUp; }
    // The peer bands shown (none without a benchmark), and the sentence naming the group under each.
    QList<PeerBand *> peerBands() const { return m_peerBands; }
    QList<QLabel *> peerCaptions() const { return m_peerCaptions; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    // The firm among its peers on these rows: the band, or its table when tables are shown, and the group.
    QWidget *peerCard(const QString &title, const QList<PeerRow> &rows, QWidget *parent);
    void fillContributions(const Evaluation &evaluation);
    void fillFollowUp(const Evaluation &evaluation);
    // The scores of the assessment compared with, or null.
    const AssessmentResult *earlier() const;
    QString summaryText(const AssessmentResult &result, const AssessmentResult *earlier) const;
    // The chart, or its table when tables are asked for or the chart has no room to be read.
    void showChartOrTable(QStackedWidget *stack) const;
    // Side by side when there is room, the text under the chart when there is not.
    void arrangeCards();

    AssessmentDocument *m_document;
    QLabel *m_summary;
    QCheckBox *m_asTables;
    QGroupBox *m_followUpBox;
    QLabel *m_followUp;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_howTitle;
    QTreeView *m_how;
    QStandardItemModel *m_contributions;
    QList<RadarChart *> m_charts;
    QList<ScoreTableModel *> m_tables;
    QList<QStackedWidget *> m_stacks;
    QList<QBoxLayout *> m_cardLayouts;
    std::shared_ptr<const Benchmark> m_benchmark;
    QList<PeerBand *> m_peerBands;
    QList<QLabel *> m_peerCaptions;
    QList<std::pair<PeerBand *, QTableView *>> m_peerViews; // the band, or its table when tables are shown
    SpreadView *m_spread;                                   // a workshop's spread; hidden for a file of one person
};

} // namespace Phare
