// A radar (polar) chart of scores 0–100, with an optional earlier assessment drawn over it.
#pragma once

#include <QChartView>

#include <optional>

namespace Phare {

class RadarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadarChart)

public:
    struct Axis
    {
        QString label;
        std::optional<double> score;   // absent: not assessed, greyed and labelled so, no point drawn
        std::optional<double> earlier; // the compared assessment's score, if any
    };

    explicit RadarChart(QWidget *parent = nullptr);

    void setData(const QString &title, const QList<Axis> &axes, bool showEarlier);
    // The chart in words, for screen readers and the tooltip.
    QString textAlternative() const { return m_text; }
    // The labels drawn around the chart, in axis order (a not assessed axis says so).
    QStringList axisLabels() const;
    // Below this width the disc would be too small to read: the page shows the table instead.
    static int readableWidth();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    // The disc's square: what is left once the labels around it and the legend have their room.
    void placePlotArea();
    QRectF labelRect(int axis, const QString &text, const QPointF &centre, double radius) const;
    QString axisLabel(int axis) const;
    double labelWidth() const;

    QString m_title;
    QList<Axis> m_axes;
    bool m_showEarlier = false;
    QString m_text;
};

} // namespace Phare
