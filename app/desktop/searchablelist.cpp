// A searchable drop-down for long lists of answers (see searchablelist.h).
#include "searchablelist.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

namespace Phare {

namespace {

constexpr int foldedRole = Qt::UserRole + 1;

// Matches what is typed against the labels without accents or case, and puts the label itself in the box
// (Enter is the box's: SearchableList::keyPressEvent).
class FoldingCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {SearchableList::folded(path)}; }
    QString pathFromIndex(const QModelIndex &index) const override { return index.data(Qt::DisplayRole).toString(); }
};

} // namespace

SearchableList::SearchableList(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    // What is typed searches; it never becomes an answer of its own.
    setInsertPolicy(QComboBox::NoInsert);
    // Narrow windows: the box may be narrower than its longest answer (the open list shows it whole).
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setMaxVisibleItems(12);
    auto *completer = new FoldingCompleter(this);
    completer->setModel(model());
    completer->setCompletionRole(foldedRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(8);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type to search, then Enter"));
    connect(this, &QComboBox::activated, this, &SearchableList::pick);
}

QString SearchableList::folded(const QString &text)
{
    const QString parts = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(parts.size());
    for (const QChar c : parts) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

void SearchableList::setChoices(const QList<std::pair<QString, QString>> &choices)
{
    const QSignalBlocker quiet(this);
    clear();
    for (const auto &[label, id] : choices) {
        addItem(label, id);
        setItemData(count() - 1, folded(label), foldedRole);
    }
    m_shown = -1;
    setCurrentIndex(-1);
}

QString SearchableList::chosenId() const
{
    return itemData(m_shown).toString();
}

void SearchableList::showChosen(const QString &id)
{
    const QSignalBlocker quiet(this);
    m_shown = id.isEmpty() ? -1 : findData(id);
    setCurrentIndex(m_shown);
    restoreText();
}

void SearchableList::pick(int row)
{
    if (row < 0 || row >= count())
        return;
    m_shown = row;
    if (currentIndex() != row)
        setCurrentIndex(row);
    restoreText();
    emit chosen(itemData(row).toString());
}

void SearchableList::restoreText()
{
    const QString label = m_shown >= 0 ? itemText(m_shown) : QString();
    if (lineEdit()->text() != label)
        lineEdit()->setText(label);
    // The matches of the search are gone with it.
    completer()->popup()->hide();
}

bool SearchableList::event(QEvent *event)
{
    // Undo and redo are the window's (the answer's) once the box has no typing of its own to undo.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && !lineEdit()->isUndoAvailable()) ||
            (key->matches(QKeySequence::Redo) && !lineEdit()->isRedoAvailable())) {
            event->ignore();
            return false;
        }
    }
    return QComboBox::event(event);
}

void SearchableList::keyPressEvent(QKeyEvent *event)
{
    const QString typed = folded(lineEdit()->text());
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // Enter on the answer shown (or on nothing typed) goes on, as on any question; on a search it picks
        // the first answer found and stays.
        if (typed.isEmpty() || (m_shown >= 0 && lineEdit()->text() == itemText(m_shown))) {
            event->ignore();
            return;
        }
        int first = -1;
        for (int row = 0; row < count(); ++row) {
            const QString label = itemData(row, foldedRole).toString();
            if (label == typed) {
                first = row;
                break;
            }
            if (first < 0 && label.contains(typed))
                first = row;
        }
        if (first >= 0)
            pick(first);
        event->accept();
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // A closed list does not change its answer under the arrow keys, unseen: they open it.
        if (!(event->modifiers() & Qt::AltModifier)) {
            if (typed.isEmpty() || (m_shown >= 0 && lineEdit()->text() == itemText(m_shown))) {
                showPopup();
            } else {
                completer()->setCompletionPrefix(lineEdit()->text());
                completer()->complete();
            }
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (lineEdit()->text() != (m_shown >= 0 ? itemText(m_shown) : QString())) {
            restoreText();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QComboBox::keyPressEvent(event);
}

void SearchableList::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // A search left half-typed is not an answer: the box shows the answer again.
    if (event->reason() != Qt::PopupFocusReason)
        restoreText();
}

void SearchableList::wheelEvent(QWheelEvent *event)
{
    // The wheel scrolls the page (the event goes on to it): a list under the pointer does not change its
    // answer unseen.
    event->ignore();
}

} // namespace Phare
