// The recommendations: ranked white-paper chapters and use cases with their reasons, and the action
// plan (now, next, later), filterable by theme.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace Phare {

class AssessmentDocument;

class RecommendationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationsPage)

public:
    explicit RecommendationsPage(AssessmentDocument *document, QWidget *parent = nullptr);

    void refresh();
    // Empty: all themes.
    void setThemeFilter(const QString &theme);
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    AssessmentDocument *m_document;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTextBrowser *m_view;
};

} // namespace Phare
