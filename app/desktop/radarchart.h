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
        std::optional<double> score;   // absent: not assessed, drawn at 0
        std::optional<double> earlier; // the compared assessment's score, if any
    };

    explicit RadarChart(QWidget *parent = nullptr);

    void setData(const QString &title, const QList<Axis> &axes, bool showEarlier);
    // The chart in words, for screen readers and the tooltip.
    QString textAlternative() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QString m_title;
    QList<Axis> m_axes;
    bool m_showEarlier = false;
    QString m_text;
};

} // namespace Phare
