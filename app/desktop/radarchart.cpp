// Qt Charts 6.4 polar charts need the radial range set by hand and the polygon closed at 360°. The chart
// draws the disc only: the labels around it, the scale and the legend are drawn here, so that they wrap
// instead of being clipped, the scale sits between two data axes on a background (no data line crosses
// it), and an axis not assessed is greyed and says so instead of being drawn at 0.
#include "radarchart.h"

#include "focusring.h"
#include "uitext.h"

#include <QCategoryAxis>
#include <QEvent>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>

namespace Phare {

namespace {

constexpr double gap = 6;

QPointF direction(double degrees)
{
    const double a = qDegreesToRadians(degrees);
    return {std::sin(a), -std::cos(a)};
}

QPen seriesPen(const QPalette &palette, bool earlier)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QPen pen(earlier ? (dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x70, 0x70, 0x70))
                     : (dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x0b, 0x5c, 0xad)));
    pen.setWidthF(earlier ? 2.0 : 3.0);
    if (earlier)
        pen.setStyle(Qt::DashLine);
    return pen;
}

} // namespace

RadarChart::RadarChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // Small enough never to push the page sideways; below readableWidth() the page shows the table.
    setMinimumSize(160, 260);
    setFocusPolicy(Qt::StrongFocus); // so a screen reader can reach its description
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame); // the focus ring is the chart's edge
}

int RadarChart::readableWidth()
{
    return 300;
}

void RadarChart::setData(const QString &title, const QList<Axis> &axes, bool showEarlier)
{
    m_title = title;
    m_axes = axes;
    m_showEarlier = showEarlier;
    rebuild();
}

QStringList RadarChart::axisLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_axes.size(); ++i)
        labels.append(axisLabel(i));
    return labels;
}

QString RadarChart::axisLabel(int axis) const
{
    const Axis &a = m_axes[axis];
    return a.score ? a.label : a.label + QLatin1Char('\n') + tr("(not assessed)");
}

void RadarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange ||
        event->type() == QEvent::FontChange)
        rebuild();
    QChartView::changeEvent(event);
}

void RadarChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placePlotArea();
}

void RadarChart::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void RadarChart::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

double RadarChart::labelWidth() const
{
    return std::clamp(width() * 0.22, 80.0, 170.0);
}

void RadarChart::placePlotArea()
{
    if (!chart())
        return;
    // Margins, not a fixed plot area: the chart lays the disc out in what is left, square and centred.
    const QFontMetricsF fm(font());
    const int side = qCeil(labelWidth() + gap);
    const int above = qCeil(3 * fm.lineSpacing() + gap);
    const int legend = m_showEarlier ? qCeil(fm.lineSpacing() + 2 * gap) : 0;
    chart()->setMargins(QMargins(side, above, side, above + legend));
}

QRectF RadarChart::labelRect(int axis, const QString &text, const QPointF &centre, double radius) const
{
    QFont f = font();
    f.setItalic(!m_axes[axis].score);
    const QFontMetricsF fm(f);
    const double step = 360.0 / static_cast<double>(m_axes.size());
    const QPointF dir = direction(axis * step);
    const QSizeF size =
        fm.boundingRect(QRectF(0, 0, labelWidth(), 1000), Qt::TextWordWrap | Qt::AlignCenter, text).size();
    const QPointF anchor = centre + dir * (radius + gap);
    double x = anchor.x() - size.width() / 2;
    if (dir.x() > 0.25)
        x = anchor.x();
    else if (dir.x() < -0.25)
        x = anchor.x() - size.width();
    double y = anchor.y() - size.height() / 2;
    if (dir.y() < -0.25)
        y = anchor.y() - size.height();
    else if (dir.y() > 0.25)
        y = anchor.y();
    // Never outside the view: a long name wraps rather than being cut at the edge.
    x = std::clamp(x, 2.0, std::max(2.0, viewport()->width() - size.width() - 2));
    y = std::clamp(y, 2.0, std::max(2.0, viewport()->height() - size.height() - 2));
    return {QPointF(x, y), size};
}

void RadarChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!chart())
        return;
    painter->save();
    const QPalette pal = palette();
    const QRectF plot = chart()->plotArea();
    const QPointF centre = plot.center() + chart()->pos();
    const double radius = std::min(plot.width(), plot.height()) / 2;
    const int n = static_cast<int>(m_axes.size());

    for (int i = 0; i < n; ++i) {
        const QString text = axisLabel(i);
        QFont f = font();
        f.setItalic(!m_axes[i].score);
        painter->setFont(f);
        painter->setPen(pal.color(m_axes[i].score ? QPalette::Text : QPalette::PlaceholderText));
        painter->drawText(labelRect(i, text, centre, radius), Qt::TextWordWrap | Qt::AlignCenter, text);
    }

    // The scale, between the first two axes, on the chart's background so that no line crosses it.
    const double scaleAngle = n >= 2 ? 180.0 / n : 45.0;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetricsF fm(small);
    QColor back = pal.color(QPalette::Base);
    back.setAlpha(230);
    for (const int value : {25, 50, 75, 100}) {
        const QString text = Ui::language().locale().toString(value);
        const QPointF at = centre + direction(scaleAngle) * (radius * value / 100.0);
        QRectF box(QPointF(0, 0), fm.size(0, text) + QSizeF(6, 2));
        box.moveCenter(at);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(box, Qt::AlignCenter, text);
    }

    if (m_showEarlier) {
        painter->setFont(font());
        const QFontMetricsF lfm(font());
        const QString now = tr("This assessment");
        const QString before = tr("Earlier assessment");
        const double sample = 28;
        const double total = 2 * sample + lfm.horizontalAdvance(now) + lfm.horizontalAdvance(before) + 5 * gap;
        double x = std::max(2.0, (viewport()->width() - total) / 2);
        const double y = viewport()->height() - gap - lfm.lineSpacing() / 2;
        const auto entry = [&](const QString &text, bool earlier) {
            painter->setPen(seriesPen(pal, earlier));
            painter->drawLine(QPointF(x, y), QPointF(x + sample, y));
            x += sample + gap;
            painter->setPen(pal.color(QPalette::Text));
            painter->drawText(QRectF(x, y - lfm.lineSpacing() / 2, lfm.horizontalAdvance(text) + 2, lfm.lineSpacing()),
                              Qt::AlignLeft | Qt::AlignVCenter, text);
            x += lfm.horizontalAdvance(text) + 2 * gap;
        };
        entry(now, false);
        entry(before, true);
    }

    if (hasFocus()) {
        // 2 px in the colour of the question page's ring: at least 3:1 against the window and the fields.
        QPen ring(FocusRing::ringColor(pal), 2);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

void RadarChart::rebuild()
{
    auto *chart = new QPolarChart;
    chart->legend()->setVisible(false); // drawn in drawForeground, below the disc
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    // Follow the system palette, dark ones included.
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));

    const int n = static_cast<int>(m_axes.size());
    const double step = n > 0 ? 360.0 / n : 360.0;

    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setLabelsVisible(false);
    angular->setGridLineColor(pal.color(QPalette::Mid));
    angular->setLineVisible(false);
    // Axis i sits at i × step; a grid line per axis.
    for (int i = 1; i < n; ++i)
        angular->append(QString::number(i), i * step);
    if (n > 0)
        angular->append(QString::number(0), 360);

    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelsVisible(false);
    radial->setGridLineColor(pal.color(QPalette::Mid));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    // One line per run of assessed axes: a theme not assessed breaks the outline instead of pulling it to 0.
    const auto addSeries = [&](const QString &name, bool earlier) {
        const QPen pen = seriesPen(pal, earlier);
        QLineSeries *series = nullptr;
        const auto close = [&] {
            if (!series)
                return;
            series->setPen(pen);
            series->setPointsVisible(true);
            chart->addSeries(series);
            series->attachAxis(angular);
            series->attachAxis(radial);
            series = nullptr;
        };
        for (int i = 0; i <= n && n > 0; ++i) {
            const std::optional<double> value = earlier ? m_axes[i % n].earlier : m_axes[i % n].score;
            if (!value) {
                close();
                continue;
            }
            if (i == n && !series)
                break; // axis 0 starts a run of its own already
            if (!series) {
                series = new QLineSeries;
                series->setName(name);
            }
            series->append(i == n ? 360.0 : i * step, *value);
        }
        close();
    };
    if (m_showEarlier)
        addSeries(tr("Earlier assessment"), true);
    addSeries(tr("This assessment"), false);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
    placePlotArea();

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
