// Paints the peer band with the palette's colours, so that it reads in a dark theme and in high contrast.
#include "peerband.h"

#include "focusring.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Phare {

PeerBand::PeerBand(QWidget *parent) : QWidget(parent)
{
    // A stop of its own: a screen reader reads its description, as it does a chart's.
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PeerBand::setRows(const QString &title, const QList<PeerRow> &rows, const Language &language)
{
    m_rows = rows;
    QStringList lines;
    for (const PeerRow &row : rows)
        lines.append(PeerReport::describe(row, language));
    m_text = lines.join(QLatin1Char('\n'));
    setAccessibleName(title);
    setAccessibleDescription(m_text);
    setToolTip(m_text);
    updateGeometry();
    update();
}

int PeerBand::rowHeight() const
{
    return std::max(22, fontMetrics().height() * 3 / 2 + 4);
}

int PeerBand::scaleHeight() const
{
    return fontMetrics().height() + 2;
}

QSize PeerBand::sizeHint() const
{
    return {480, scaleHeight() + static_cast<int>(m_rows.size()) * rowHeight() + 8};
}

QSize PeerBand::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void PeerBand::paintEvent(QPaintEvent * /*event*/)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int h = rowHeight();
    const int scoreWidth = fm.horizontalAdvance(QStringLiteral("100")) + 8;
    // The labels take what the longest needs, up to 45 % of the width; the track the rest.
    QFont bold = font();
    bold.setBold(true);
    int longest = 0;
    for (const PeerRow &row : m_rows) {
        const int needed = row.dimension ? QFontMetrics(font()).horizontalAdvance(row.label) + 12
                                         : QFontMetrics(bold).horizontalAdvance(row.label);
        longest = std::max(longest, needed + 8);
    }
    const int labelWidth = std::min(width() * 45 / 100, longest);
    const int trackLeft = labelWidth + scoreWidth + 8;
    const int trackWidth = std::max(40, width() - trackLeft - 6);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor track = pal.color(QPalette::Mid);
    QColor box = pal.color(QPalette::Highlight);
    box.setAlphaF(0.45);
    const QColor median = pal.color(QPalette::Highlight).darker(150);
    const QColor mark = FocusRing::contrast(QColor(0xc2, 0x57, 0x0c), pal.color(QPalette::Window)) >= 3
                            ? QColor(0xc2, 0x57, 0x0c)
                            : QColor(0xff, 0xa0, 0x50);
    const auto x = [&](int score) {
        return trackLeft + trackWidth * std::clamp(score, 0, 100) / 100.0;
    };
    // The scale, above the tracks, and faint lines at its quarters.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const int scaleBottom = 4 + scaleHeight();
    const int tracksBottom = scaleBottom + static_cast<int>(m_rows.size()) * h;
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.35);
    for (const int tick : {0, 25, 50, 75, 100}) {
        const double at = x(tick);
        p.setPen(grid);
        p.drawLine(QPointF(at, scaleBottom), QPointF(at, tracksBottom));
        p.setPen(pal.color(QPalette::PlaceholderText));
        const int w = QFontMetrics(small).horizontalAdvance(QString::number(tick));
        const double left = tick == 0 ? at : tick == 100 ? at - w : at - w / 2.0;
        p.drawText(QRectF(left, 4, w, scaleHeight()), Qt::AlignCenter | Qt::AlignBottom, QString::number(tick));
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const PeerRow &row = m_rows[i];
        const int top = scaleBottom + static_cast<int>(i) * h;
        const int mid = top + h / 2;
        QFont font = this->font();
        font.setBold(!row.dimension);
        p.setFont(font);
        p.setPen(text);
        const QRect labelRect(row.dimension ? 12 : 0, top, labelWidth - (row.dimension ? 12 : 0), h);
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(font).elidedText(row.label, Qt::ElideRight, labelRect.width()));
        p.drawText(QRect(labelWidth, top, scoreWidth, h), Qt::AlignVCenter | Qt::AlignRight,
                   QString::number(row.score));
        const BenchmarkDistribution &d = *row.place.distribution;
        const int barHeight = std::max(8, h / 3);
        p.fillRect(QRectF(trackLeft, mid - 1.5, trackWidth, 3), track);
        p.fillRect(QRectF(x(d.q1), mid - barHeight / 2.0, std::max(2.0, x(d.q3) - x(d.q1)), barHeight), box);
        p.fillRect(QRectF(x(d.median) - 1, mid - barHeight / 2.0 - 2, 3, barHeight + 4), median);
        // The firm: a diamond, easy to tell from the median's bar without colour.
        const double cx = x(row.score);
        const double r = h / 3.0;
        QPainterPath diamond;
        diamond.moveTo(cx, mid - r);
        diamond.lineTo(cx + r * 0.7, mid);
        diamond.lineTo(cx, mid + r);
        diamond.lineTo(cx - r * 0.7, mid);
        diamond.closeSubpath();
        p.setPen(QPen(pal.color(QPalette::Window), 1));
        p.setBrush(mark);
        p.drawPath(diamond);
    }
}

} // namespace Phare
