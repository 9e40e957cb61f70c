// The report's charts: radars drawn by Qt Charts, or horizontal bars (asked for, or when there are fewer
// than three axes), placed
// in the report's text as objects and painted as vectors at whatever resolution the page has.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <optional>
#include <vector>

class QGraphicsScene;
class QPolarChart;

namespace Phare {

// Plain text drawn in a box, wrapped at word boundaries (or anywhere in an overlong word), in the
// report's layout units whatever the painter's device: the size of such a text, and painting it.
QSizeF plainTextSize(const QString &text, const QFont &font, qreal width);
void paintPlainText(QPainter *painter, const QRectF &box, const QString &text, const QFont &font, const QColor &color,
                    Qt::Alignment alignment = Qt::AlignLeft);

class ReportChart final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportChart)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    struct Axis
    {
        QString label;
        std::optional<double> score;   // absent: not assessed, never drawn as 0 (no point, no bar)
        std::optional<double> earlier; // the earlier assessment's score, when comparing; absent likewise
    };
    struct Chart
    {
        QList<Axis> axes;
        bool showEarlier = false;
        QString currentName; // legend entries, shown when comparing
        QString earlierName;
        QSizeF size;            // in layout units
        bool bars = false;      // horizontal bars whatever the number of axes
        QString notAssessed;    // what a bar without a score says in place of its value
        bool firstBold = false; // the first bar is the overall score: its label in bold
    };

    // pxPerPoint: layout units per typographic point; font: the family and size of the labels.
    ReportChart(qreal pxPerPoint, const QFont &font, QObject *parent = nullptr);
    ~ReportChart() override;

    // Keeps the chart and returns the character format that places it in a document.
    QTextCharFormat add(const Chart &chart);
    void clear();
    // The chart a format of add() places, or null: what it shows, for a text alternative.
    const Chart *chartOf(const QTextFormat &format) const;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    struct Built;
    void paintRadar(QPainter *painter, const QRectF &rect, std::size_t index);
    void paintBars(QPainter *painter, const QRectF &rect, const Chart &chart) const;
    void paintLegend(QPainter *painter, const QRectF &rect, const Chart &chart) const;
    QFont font(qreal points, bool bold = false) const;

    qreal m_px;
    QFont m_font;
    QList<Chart> m_charts;
    std::vector<std::unique_ptr<Built>> m_built; // Qt Charts scenes, made when first painted
};

} // namespace Phare
