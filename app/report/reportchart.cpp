// Qt Charts 6.4 polar charts need the radial range set by hand (0–100) and the polygon closed by
// repeating the first point at 360°. The angular labels are drawn here rather than by Qt Charts,
// which hides labels that overlap and sizes the plot for labels it does not place where it draws them.
#include "reportchart.h"

#include <QAbstractTextDocumentLayout>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QTextDocument>
#include <QValueAxis>
#include <QtMath>

namespace Phare {

namespace {

constexpr int indexProperty = QTextFormat::UserProperty + 1;

// Opaque colours only: the PDF is PDF/A-1b, which allows no transparency.
const QColor ink(0x1f, 0x29, 0x33);
const QColor muted(0x5b, 0x67, 0x70);
const QColor accent(0x0b, 0x5c, 0xad);
const QColor earlierColour(0x8a, 0x94, 0x9e);
const QColor grid(0xd3, 0xd9, 0xdf);
const QColor track(0xe9, 0xed, 0xf1);

void setUp(QTextDocument &document, const QString &text, const QFont &font, qreal width, Qt::Alignment alignment)
{
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    document.setDefaultFont(font);
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setPlainText(text);
    document.setTextWidth(width);
}

} // namespace

QSizeF plainTextSize(const QString &text, const QFont &font, qreal width)
{
    QTextDocument document;
    setUp(document, text, font, width, Qt::AlignLeft);
    return {std::min(width, document.idealWidth()), document.size().height()};
}

void paintPlainText(QPainter *painter, const QRectF &box, const QString &text, const QFont &font, const QColor &color,
                    Qt::Alignment alignment)
{
    QTextDocument document;
    setUp(document, text, font, box.width(), alignment);
    qreal top = box.top();
    if (alignment & Qt::AlignBottom)
        top = box.bottom() - document.size().height();
    else if (alignment & Qt::AlignVCenter)
        top = box.center().y() - document.size().height() / 2;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, color);
    painter->save();
    painter->translate(box.left(), top);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

struct ReportChart::Built
{
    QGraphicsScene scene;
    QList<QRectF> labels; // where each axis's label goes, in chart coordinates
    QRectF legend;
    QPointF centre;
    qreal radius = 0;
};

ReportChart::ReportChart(qreal pxPerPoint, const QFont &font, QObject *parent)
    : QObject(parent), m_px(pxPerPoint), m_font(font)
{}

ReportChart::~ReportChart() = default;

QFont ReportChart::font(qreal points, bool bold) const
{
    QFont f = m_font;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QTextCharFormat ReportChart::add(const Chart &chart)
{
    Chart kept = chart;
    const auto n = kept.axes.size();
    if (n < 3)
        kept.bars = true;
    if (kept.bars) {
        // Bars: one row per axis, two bars in it when comparing.
        const qreal row = (kept.showEarlier ? 30 : 22) * m_px;
        kept.size.setHeight(static_cast<qreal>(std::max<qsizetype>(n, 1)) * row + (kept.showEarlier ? 20 : 4) * m_px);
    }
    m_charts.append(kept);
    m_built.resize(static_cast<std::size_t>(m_charts.size()));
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(indexProperty, static_cast<int>(m_charts.size() - 1));
    return format;
}

void ReportChart::clear()
{
    m_charts.clear();
    m_built.clear();
}

const ReportChart::Chart *ReportChart::chartOf(const QTextFormat &format) const
{
    const int index = format.property(indexProperty).toInt();
    return index >= 0 && index < m_charts.size() ? &m_charts[index] : nullptr;
}

QSizeF ReportChart::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(indexProperty).toInt();
    return index >= 0 && index < m_charts.size() ? m_charts[index].size : QSizeF();
}

void ReportChart::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(indexProperty).toInt();
    if (index < 0 || index >= m_charts.size())
        return;
    const Chart &chart = m_charts[index];
    if (!chart.bars)
        paintRadar(painter, rect, static_cast<std::size_t>(index));
    else
        paintBars(painter, rect, chart);
}

void ReportChart::paintRadar(QPainter *painter, const QRectF &rect, std::size_t index)
{
    const Chart &c = m_charts[static_cast<qsizetype>(index)];
    const QFont labelFont = font(7.5);
    const auto n = c.axes.size();
    const qreal step = 360.0 / static_cast<qreal>(n);
    if (!m_built[index]) {
        auto built = std::make_unique<Built>();
        const QRectF area(QPointF(0, 0), c.size);
        const qreal legendHeight = c.showEarlier ? 18 * m_px : 0;
        const QRectF room = area.adjusted(0, 0, 0, -legendHeight);
        const qreal labelWidth = std::min(area.width() * 0.25, 120 * m_px);
        const qreal gap = 6 * m_px;
        QList<QSizeF> sizes;
        for (const Axis &axis : c.axes)
            sizes.append(plainTextSize(axis.label, labelFont, labelWidth));

        // The largest circle whose labels all fit: each label sits outside the end of its spoke,
        // moving from above the spoke at the top to beside it on the sides and below it at the bottom.
        const QPointF centre = room.center();
        const auto distance = [&](const QRectF &box) {
            const qreal dx = std::max({box.left() - centre.x(), 0.0, centre.x() - box.right()});
            const qreal dy = std::max({box.top() - centre.y(), 0.0, centre.y() - box.bottom()});
            return std::hypot(dx, dy);
        };
        const auto labelBoxes = [&](qreal radius) {
            QList<QRectF> boxes;
            for (qsizetype i = 0; i < n; ++i) {
                const qreal angle = qDegreesToRadians(static_cast<qreal>(i) * step);
                const qreal s = std::sin(angle);
                const qreal k = std::cos(angle);
                const QSizeF size = sizes[i];
                // Out along the spoke until no corner of the label comes nearer the circle than the gap.
                QRectF box;
                for (qreal out = radius + gap; out < radius + gap + 80 * m_px; out += 0.5 * m_px) {
                    const QPointF tip = centre + QPointF(s, -k) * out;
                    box = QRectF(tip.x() - size.width() / 2 + s * size.width() / 2,
                                 tip.y() - size.height() / 2 - k * size.height() / 2, size.width(), size.height());
                    if (distance(box) >= radius + gap)
                        break;
                }
                boxes.append(box);
            }
            return boxes;
        };
        const auto fits = [&](qreal radius) {
            const QRectF allowed = room.adjusted(-0.5, -0.5, 0.5, 0.5);
            for (const QRectF &box : labelBoxes(radius)) {
                if (!allowed.contains(box))
                    return false;
            }
            return true;
        };
        qreal low = 10 * m_px;
        qreal high = std::min(room.width(), room.height()) / 2;
        for (int i = 0; i < 30; ++i) {
            const qreal mid = (low + high) / 2;
            (fits(mid) ? low : high) = mid;
        }
        const qreal radius = low;
        built->labels = labelBoxes(radius);
        built->centre = centre;
        built->radius = radius;
        built->legend = QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight);

        auto *chart = new QPolarChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundVisible(true);
        chart->setBackgroundBrush(Qt::white);
        chart->setBackgroundPen(Qt::NoPen);
        chart->setBackgroundRoundness(0);
        chart->setDropShadowEnabled(false);
        chart->setPlotAreaBackgroundVisible(false);
        chart->legend()->setVisible(false);
        // Qt Charts fits the circle in what the margins leave: leave exactly its square.
        chart->setMargins(QMargins(qFloor(centre.x() - radius), qFloor(centre.y() - radius),
                                   qFloor(area.width() - centre.x() - radius),
                                   qFloor(area.height() - centre.y() - radius)));
        chart->layout()->setContentsMargins(0, 0, 0, 0);

        QPen gridPen(grid);
        gridPen.setWidthF(0.6 * m_px);
        auto *angular = new QValueAxis;
        angular->setRange(0, 360);
        angular->setTickCount(static_cast<int>(n) + 1);
        angular->setLabelsVisible(false);
        angular->setGridLinePen(gridPen);
        QPen circlePen(earlierColour);
        circlePen.setWidthF(0.6 * m_px);
        angular->setLinePen(circlePen);
        angular->setShadesVisible(false);
        angular->setMinorGridLineVisible(false);
        auto *radial = new QValueAxis;
        radial->setRange(0, 100);
        radial->setTickCount(5);
        // The scale's numbers are drawn between the first two spokes, where no point hides them.
        radial->setLabelsVisible(false);
        radial->setGridLinePen(gridPen);
        radial->setLineVisible(false);
        radial->setShadesVisible(false);
        radial->setMinorGridLineVisible(false);
        chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
        chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

        const auto addSeries = [&](bool earlier) {
            auto *series = new QLineSeries;
            // An axis without a score has no point: the line joins the assessed axes on each side of
            // it rather than dropping to the centre, which would read as 0. It closes over the first
            // axis only when that one is assessed.
            for (qsizetype i = 0; i <= n; ++i) {
                const Axis &axis = c.axes[i % n];
                const std::optional<double> value = earlier ? axis.earlier : axis.score;
                if (value)
                    series->append(i == n ? 360.0 : static_cast<qreal>(i) * step, *value);
            }
            QPen pen(earlier ? earlierColour : accent);
            pen.setWidthF((earlier ? 1.2 : 1.8) * m_px);
            if (earlier)
                pen.setStyle(Qt::DashLine);
            series->setPen(pen);
            series->setColor(earlier ? earlierColour : accent);
            series->setPointsVisible(!earlier);
            series->setMarkerSize(3.2 * m_px);
            chart->addSeries(series);
            series->attachAxis(angular);
            series->attachAxis(radial);
        };
        if (c.showEarlier)
            addSeries(true);
        addSeries(false);

        built->scene.addItem(chart);
        built->scene.setSceneRect(area);
        chart->setGeometry(area);
        chart->layout()->activate();
        m_built[index] = std::move(built);
    }
    Built &b = *m_built[index];
    painter->save();
    painter->translate(rect.topLeft());
    const QRectF source = b.scene.sceneRect();
    b.scene.render(painter, source, source);
    const QFont scaleFont = font(6);
    const qreal scaleAngle = qDegreesToRadians(step / 2);
    const QSizeF scaleSize = plainTextSize(QStringLiteral("100"), scaleFont, 100 * m_px);
    for (int value = 25; value <= 100; value += 25) {
        const QPointF at = b.centre + QPointF(std::sin(scaleAngle), -std::cos(scaleAngle)) * (b.radius * value / 100.0);
        paintPlainText(painter,
                       QRectF(at.x() + 1.5 * m_px, at.y() - scaleSize.height(), scaleSize.width(), scaleSize.height()),
                       QString::number(value), scaleFont, muted);
    }
    for (qsizetype i = 0; i < n; ++i) {
        const qreal angle = static_cast<qreal>(i) * step;
        Qt::Alignment alignment = Qt::AlignHCenter;
        if (angle > 20 && angle < 160)
            alignment = Qt::AlignLeft;
        else if (angle > 200 && angle < 340)
            alignment = Qt::AlignRight;
        paintPlainText(painter, b.labels[i], c.axes[i].label, labelFont, ink, alignment);
    }
    if (c.showEarlier)
        paintLegend(painter, b.legend, c);
    painter->restore();
}

void ReportChart::paintLegend(QPainter *painter, const QRectF &rect, const Chart &chart) const
{
    const QFont legendFont = font(7.5);
    const qreal sample = 18 * m_px;
    const qreal space = 4 * m_px;
    const qreal between = 14 * m_px;
    const qreal maxText = rect.width() / 2 - sample - space - between;
    const QSizeF current = plainTextSize(chart.currentName, legendFont, maxText);
    const QSizeF earlier = plainTextSize(chart.earlierName, legendFont, maxText);
    const qreal total = 2 * (sample + space) + current.width() + earlier.width() + between;
    qreal x = rect.center().x() - total / 2;
    const qreal y = rect.center().y();
    const auto entry = [&](const QString &name, const QSizeF &size, bool isEarlier) {
        if (chart.bars) {
            // Bars: a swatch of the bar's colour.
            painter->setPen(Qt::NoPen);
            painter->setBrush(isEarlier ? earlierColour : accent);
            painter->drawRect(QRectF(x + sample / 4, y - 4 * m_px, sample / 2, 8 * m_px));
        } else {
            QPen pen(isEarlier ? earlierColour : accent);
            pen.setWidthF((isEarlier ? 1.2 : 1.8) * m_px);
            if (isEarlier)
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(x, y), QPointF(x + sample, y));
        }
        x += sample + space;
        paintPlainText(painter, QRectF(x, y - size.height() / 2, size.width() + 1, size.height()), name, legendFont,
                       ink);
        x += size.width() + between;
    };
    entry(chart.currentName, current, false);
    entry(chart.earlierName, earlier, true);
}

void ReportChart::paintBars(QPainter *painter, const QRectF &rect, const Chart &chart) const
{
    const QFont labelFont = font(8);
    const QFont valueFont = font(8, true);
    const QFont missingFont = font(7.5);
    const qreal row = (chart.showEarlier ? 30 : 22) * m_px;
    const qreal labelWidth = rect.width() * 0.34;
    const qreal valueWidth =
        std::max(46 * m_px, plainTextSize(chart.notAssessed, missingFont, rect.width()).width() + 10 * m_px);
    const qreal trackLeft = rect.left() + labelWidth + 8 * m_px;
    const qreal trackWidth = rect.right() - valueWidth - trackLeft;
    const qreal barHeight = 8 * m_px;
    painter->save();
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i < chart.axes.size(); ++i) {
        const Axis &axis = chart.axes[i];
        const qreal top = rect.top() + static_cast<qreal>(i) * row;
        paintPlainText(painter, QRectF(rect.left(), top, labelWidth, row), axis.label,
                       i == 0 && chart.firstBold ? font(8, true) : labelFont, ink, Qt::AlignLeft | Qt::AlignVCenter);
        // A missing score is said in words, with no bar at all: an empty track would read as 0.
        const auto bar = [&](qreal y, const std::optional<double> &value, const QColor &colour) {
            painter->setPen(Qt::NoPen);
            if (value) {
                painter->setBrush(track);
                painter->drawRect(QRectF(trackLeft, y, trackWidth, barHeight));
                painter->setBrush(colour);
                painter->drawRect(QRectF(trackLeft, y, trackWidth * std::clamp(*value, 0.0, 100.0) / 100.0, barHeight));
            }
            const QString text = value ? QStringLiteral("%1").arg(qRound(*value))
                                       : (chart.notAssessed.isEmpty() ? QStringLiteral("—") : chart.notAssessed);
            paintPlainText(painter, QRectF(trackLeft + trackWidth, y - 4 * m_px, valueWidth, barHeight + 8 * m_px),
                           text, value ? valueFont : missingFont, value ? ink : muted,
                           Qt::AlignRight | Qt::AlignVCenter);
        };
        if (chart.showEarlier) {
            bar(top + row / 2 - barHeight - 1 * m_px, axis.score, accent);
            // The earlier bar only where there was an earlier score.
            if (axis.earlier)
                bar(top + row / 2 + 1 * m_px, axis.earlier, earlierColour);
        } else {
            bar(top + (row - barHeight) / 2, axis.score, accent);
        }
    }
    painter->restore();
    if (chart.showEarlier) {
        const qreal used = static_cast<qreal>(chart.axes.size()) * row;
        paintLegend(painter, QRectF(rect.left(), rect.top() + used, rect.width(), rect.height() - used), chart);
    }
}

} // namespace Phare
