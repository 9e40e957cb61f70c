// On the results page of a workshop: how far apart the team is — per theme and dimension the agreed score and
// the range of the respondents' scores (a range bar), each respondent's scores in a table, and the questions
// they disagree on most, with who answered what. Hidden for a file of one person.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace Phare {

class AssessmentDocument;

class SpreadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpreadView)

public:
    explicit SpreadView(AssessmentDocument *document, QWidget *parent = nullptr);

    // Builds the view again from the document (it does so by itself when the answers change).
    void refresh();

    // For tests: the range bars' texts (what a screen reader says on each), the respondents' scores, the
    // widest disagreements in words, and the text above the bars.
    QStringList rangeTexts() const;
    QTableWidget *scoreTable() const { return m_table; } // null until a workshop is shown
    QLabel *disagreements() const { return m_widest; }
    QLabel *intro() const { return m_intro; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void documentChanged();

    AssessmentDocument *m_document;
    bool m_stale = true;
    QLabel *m_title;
    QLabel *m_intro;
    QWidget *m_bars = nullptr;
    QGridLayout *m_barsLayout = nullptr;
    QLabel *m_tableTitle;
    QTableWidget *m_table = nullptr; // made for the first workshop shown
    QLabel *m_widestTitle;
    QLabel *m_widest;
};

} // namespace Phare
