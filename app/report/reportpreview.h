// A report's pages on screen, one under the other at the width of the view, before it is saved.
#pragma once

#include <QScrollArea>

namespace Phare {

class ReportDocument;

class ReportPreview final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)

public:
    // The report must outlive the preview.
    explicit ReportPreview(const ReportDocument *report, QWidget *parent = nullptr);
    // Shows another report (the same firm's, made with other options), at the same scroll position.
    void setReport(const ReportDocument *report);
    const ReportDocument *report() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace Phare
