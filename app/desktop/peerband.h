// The firm among its peers, drawn: one line per score, its label, a 0–100 track with the peers' middle half
// (first to third quartile) and median, and the firm's mark with its score. Its text alternative is its
// accessible description; the results page shows a table instead when tables are asked for.
#pragma once

#include "peerreport.h"

#include <QWidget>

namespace Phare {

class PeerBand final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerBand)

public:
    explicit PeerBand(QWidget *parent = nullptr);

    // The rows point into a benchmark that must outlive the band (the results page holds it).
    void setRows(const QString &title, const QList<PeerRow> &rows, const Language &language);
    const QList<PeerRow> &rows() const { return m_rows; }
    // The band in words: one line per row (PeerReport::describe).
    QString textAlternative() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int scaleHeight() const; // the 0–100 scale above the tracks

    QList<PeerRow> m_rows;
    QString m_text;
};

} // namespace Phare
