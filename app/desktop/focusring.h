// A 2-pixel ring around the widget that has keyboard focus inside one page, drawn whatever the style does.
#pragma once

#include <QPointer>
#include <QWidget>

namespace Phare {

class FocusRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    // Rings the focus widgets that are inside scope. A widget whose property "focusRingAround" holds
    // another widget gets the ring around that one (an answer's button and its text, for instance).
    explicit FocusRing(QWidget *scope);

    // The ring's colour: the palette's highlight, darkened or lightened until it stands out at least
    // 3:1 against the window and the base colours (WCAG 2.1, non-text contrast).
    static QColor ringColor(const QPalette &palette);
    static double contrast(const QColor &a, const QColor &b);

    // The widget ringed now, or nullptr.
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onFocusChanged(QWidget *now);
    void follow();

    QPointer<QWidget> m_scope;
    QPointer<QWidget> m_target;
};

} // namespace Phare
