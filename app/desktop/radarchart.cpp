// Qt Charts 6.4 polar charts need the radial range set by hand and the polygon closed at 360°.
#include "radarchart.h"

#include "uitext.h"

#include <QCategoryAxis>
#include <QEvent>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace Phare {

RadarChart::RadarChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 320);
    setFocusPolicy(Qt::StrongFocus); // so a screen reader can reach its description
}

void RadarChart::setData(const QString &title, const QList<Axis> &axes, bool showEarlier)
{
    m_title = title;
    m_axes = axes;
    m_showEarlier = showEarlier;
    rebuild();
}

void RadarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void RadarChart::rebuild()
{
    auto *chart = new QPolarChart;
    chart->legend()->setVisible(m_showEarlier);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Follow the system palette, dark ones included.
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    const bool dark = pal.color(QPalette::Base).lightness() < 128;

    const int n = static_cast<int>(m_axes.size());
    const double step = n > 0 ? 360.0 / n : 360.0;

    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setLabelsColor(pal.color(QPalette::Text));
    QFont labelFont = font();
    angular->setLabelsFont(labelFont);
    angular->setGridLineColor(pal.color(QPalette::Mid));
    angular->setLineVisible(false);
    // Axis i sits at i × step; the first one's label is placed at 360°, which is the same place.
    for (int i = 1; i < n; ++i)
        angular->append(m_axes[i].label, i * step);
    if (n > 0)
        angular->append(m_axes[0].label, 360);

    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    radial->setLabelsColor(pal.color(QPalette::PlaceholderText));
    radial->setGridLineColor(pal.color(QPalette::Mid));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    const auto addSeries = [&](const QString &name, bool earlier) {
        auto *series = new QLineSeries;
        series->setName(name);
        for (int i = 0; i <= n && n > 0; ++i) {
            const Axis &axis = m_axes[i % n];
            const std::optional<double> value = earlier ? axis.earlier : axis.score;
            series->append(i == n ? 360.0 : i * step, value.value_or(0));
        }
        QPen pen(earlier ? (dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x70, 0x70, 0x70))
                         : (dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x0b, 0x5c, 0xad)));
        pen.setWidthF(earlier ? 2.0 : 3.0);
        if (earlier)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    };
    if (m_showEarlier)
        addSeries(tr("Earlier assessment"), true);
    addSeries(tr("This assessment"), false);

    QChart *old = this->chart();
    setChart(chart);
    delete old;

    QStringList parts;
    for (const Axis &axis : std::as_const(m_axes)) {
        QString part =
            axis.label + Ui::colon() + QLatin1Char(' ') + (axis.score ? Ui::score(*axis.score) : tr("not assessed"));
        if (m_showEarlier && axis.earlier)
            part += QLatin1Char(' ') + tr("(earlier: %1)").arg(Ui::score(*axis.earlier));
        parts.append(part);
    }
    m_text = tr("Radar chart of %1. %2.").arg(m_title, parts.join(QStringLiteral("; ")));
    setAccessibleName(tr("Radar chart: %1").arg(m_title));
    setAccessibleDescription(m_text);
    setToolTip(m_text);
}

} // namespace Phare
