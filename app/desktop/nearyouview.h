// "Near you": the next events and the providers who can help with the plan's actions, given the matches
// (NearYou::match); a self-contained view that the Recommendations page places.
#pragma once

#include "nearyou.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace Phare {

class NearYouView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NearYouView)

public:
    explicit NearYouView(QWidget *parent = nullptr);

    // Shows the matches, in the interface's language (Ui::language()). The view keeps pointers into the
    // content the matches point to: keep it for as long as the matches are shown.
    void setMatches(const NearYouMatches &matches);
    const NearYouMatches &matches() const { return m_matches; }

    // What opening a link does (the browser, by default); a test sets its own and restores the default
    // with an empty function. A link opens only when the user activates it.
    static void setUrlOpener(std::function<void(const QUrl &)> opener);

signals:
    // A link was activated and handed to the opener.
    void linkOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QLabel *addText(const QString &html, const QString &objectName = {});
    void onLinkActivated(const QString &link);

    NearYouMatches m_matches;
    QVBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_parts; // everything below the title, made again by rebuild()
    QLabel *m_title = nullptr;
};

} // namespace Phare
