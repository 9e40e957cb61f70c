// The focus ring: follows QApplication's focus, sits beside the focused widget (so scrolling clips it).
#include "focusring.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

#include <cmath>

namespace Phare {

namespace {
constexpr int ringWidth = 2;
constexpr int ringGap = 1; // between the widget and the ring
constexpr double minimumContrast = 3.0;

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
} // namespace

FocusRing::FocusRing(QWidget *scope) : QWidget(scope), m_scope(scope)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

double FocusRing::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor FocusRing::ringColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    QColor ring = palette.color(QPalette::Highlight);
    // On a light window the ring gets darker, on a dark one lighter, until both backgrounds are 3:1 away.
    const bool darken = luminance(window) > 0.2;
    for (int step = 0; step < 20; ++step) {
        if (contrast(ring, window) >= minimumContrast && contrast(ring, base) >= minimumContrast)
            break;
        ring = darken ? ring.darker(115) : ring.lighter(115);
    }
    return ring;
}

void FocusRing::onFocusChanged(QWidget *now)
{
    QWidget *target = nullptr;
    if (now && m_scope && m_scope->isAncestorOf(now)) {
        target = now;
        if (auto *around = qvariant_cast<QWidget *>(now->property("focusRingAround")))
            target = around;
    }
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (!m_target || !m_target->parentWidget()) {
        hide();
        return;
    }
    m_target->installEventFilter(this);
    if (parentWidget() != m_target->parentWidget())
        setParent(m_target->parentWidget());
    follow();
}

void FocusRing::follow()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    const int margin = ringWidth + ringGap;
    // Kept inside the parent: a ring that went past the window's edge would be cut anyway.
    setGeometry(m_target->geometry().adjusted(-margin, -margin, margin, margin).intersected(parentWidget()->rect()));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    if (!m_target)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(ringColor(palette()), ringWidth);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // The ring is drawn around the target's full rectangle even where this widget was clipped to its parent.
    const QRect targetRect(mapFromParent(m_target->pos()), m_target->size());
    const int margin = ringWidth + ringGap;
    const QRectF ring = QRectF(targetRect.adjusted(-margin, -margin, margin, margin))
                            .adjusted(ringWidth / 2.0, ringWidth / 2.0, -ringWidth / 2.0, -ringWidth / 2.0);
    painter.drawRoundedRect(ring, 4, 4);
}

} // namespace Phare
