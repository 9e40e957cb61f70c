// A drop-down for a long list of answers (a question with many options): type part of an answer to narrow
// the list, whatever its accents and case, pick it with the arrows and Enter.
#pragma once

#include <QComboBox>

#include <utility>

namespace Phare {

class SearchableList final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchableList)

public:
    explicit SearchableList(QWidget *parent = nullptr);

    // The answers offered, as (label, id).
    void setChoices(const QList<std::pair<QString, QString>> &choices);
    // The id of the answer shown, or empty.
    QString chosenId() const;
    // Shows the answer `id` (empty or unknown: none) without telling chosen(): a stored answer is not an answer.
    void showChosen(const QString &id);
    // The text as searched: case folded, accents dropped ("Hérault" and "HERAULT" are "herault").
    static QString folded(const QString &text);

signals:
    // The user picked an answer.
    void chosen(const QString &id);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void pick(int row);
    // Back to the label of the answer shown, after a search that picked nothing.
    void restoreText();
    int m_shown = -1; // the row of the answer shown
};

} // namespace Phare
