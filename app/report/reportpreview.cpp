// Paints only the pages in view, straight from the report's layout: nothing is rendered ahead.
#include "reportpreview.h"

#include "reportdocument.h"

#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>

namespace Phare {

namespace {

constexpr int gap = 16;

class Pages final : public QWidget
{
public:
    Pages(const ReportDocument *report, QWidget *parent) : QWidget(parent), m_report(report)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    const ReportDocument *report() const { return m_report; }
    void setReport(const ReportDocument *report)
    {
        m_report = report;
        fitWidth(width());
        update();
    }

    void fitWidth(int width)
    {
        m_pageWidth = std::max(120, width - 2 * gap);
        const QSizeF page = m_report->pageSize();
        m_pageHeight = qRound(m_pageWidth * page.height() / page.width());
        resize(width, gap + m_report->pageCount() * (m_pageHeight + gap));
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().color(QPalette::Dark));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const qreal scale = m_pageWidth / m_report->pageSize().width();
        for (int page = 0; page < m_report->pageCount(); ++page) {
            const QRect frame(gap, gap + page * (m_pageHeight + gap), m_pageWidth, m_pageHeight);
            if (!frame.intersects(event->rect()))
                continue;
            painter.save();
            painter.translate(frame.topLeft());
            painter.setClipRect(QRect(QPoint(0, 0), frame.size()));
            painter.scale(scale, scale);
            m_report->paintPage(&painter, page);
            painter.restore();
        }
    }

private:
    const ReportDocument *m_report;
    int m_pageWidth = 400;
    int m_pageHeight = 566;
};

} // namespace

ReportPreview::ReportPreview(const ReportDocument *report, QWidget *parent) : QScrollArea(parent)
{
    setWidget(new Pages(report, this));
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter);
    verticalScrollBar()->setSingleStep(40);
    // Small enough for the preview dialog to fit a 1366×768 screen at 150 % (911×512 logical pixels)
    // with its buttons; the pages scroll.
    setMinimumSize(360, 280);
}

void ReportPreview::setReport(const ReportDocument *report)
{
    static_cast<Pages *>(widget())->setReport(report);
}

const ReportDocument *ReportPreview::report() const
{
    return static_cast<const Pages *>(widget())->report();
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    static_cast<Pages *>(widget())->fitWidth(viewport()->width());
}

} // namespace Phare
