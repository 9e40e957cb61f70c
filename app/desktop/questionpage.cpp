// One question at a time; the keyboard picks answers (digits), goes on (Enter) and back (Backspace).
#include "questionpage.h"

#include "assessmentdocument.h"
#include "datetext.h"
#include "progressmodel.h"
#include "uitext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <vector>

namespace Phare {

namespace {

// The note as typed: toPlainText() turns no-break spaces into spaces and U+2028 into a new line, which
// changed a note read from a file as soon as one letter was typed in it. Only paragraph breaks are
// the editor's own; they are the note's new lines.
QString noteText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}
constexpr int dontKnowId = 1000;
constexpr int notApplicableId = 1001;
} // namespace

QuestionPage::QuestionPage(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_progress(new ProgressModel(document, this))
{
    auto *splitter = new QSplitter(this);
    m_sidebar = new QTreeView(splitter);
    m_sidebar->setModel(m_progress);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->header()->setStretchLastSection(false);
    m_sidebar->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sidebar->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sidebar->setMinimumWidth(300);
    m_sidebar->setTextElideMode(Qt::ElideMiddle);
    connect(m_sidebar, &QTreeView::activated, this, &QuestionPage::onSidebarActivated);
    connect(m_sidebar, &QTreeView::clicked, this, &QuestionPage::onSidebarActivated);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    m_caption = new QLabel(body);
    m_caption->setObjectName(QStringLiteral("questionCaption"));
    m_text = new QLabel(body);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_text->setFont(big);
    m_help = new QLabel(body);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    QFont helpFont = m_help->font();
    helpFont.setPointSizeF(helpFont.pointSizeF() * 1.1);
    m_help->setFont(helpFont);
    m_source = new QLabel(body);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    m_answersLayout = new QVBoxLayout;
    m_answersLayout->setContentsMargins(0, 8, 0, 8);

    m_notesLabel = new QLabel(body);
    m_notes = new QPlainTextEdit(body);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    m_notesLabel->setBuddy(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_current.question.isEmpty())
            return;
        // A note longer than a .phare file may hold could not be saved: refuse the typing or the paste
        // that went past the cap, and say why, rather than cut the text silently.
        const QString note = noteText(m_notes);
        if (note.size() > Assessment::maxTextLength) {
            const QSignalBlocker quiet(m_notes);
            m_notes->setPlainText(m_document->note(m_current.theme, m_current.question));
            m_notes->moveCursor(QTextCursor::End);
            QToolTip::showText(m_notes->mapToGlobal(QPoint(0, 0)),
                               tr("A note can hold at most %1 characters.").arg(Assessment::maxTextLength), m_notes);
            return;
        }
        m_document->setNote(m_current.theme, m_current.question, note);
    });

    m_back = new QPushButton(body);
    m_next = new QPushButton(body);
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &QuestionPage::back);
    connect(m_next, &QPushButton::clicked, this, &QuestionPage::next);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);

    layout->addWidget(m_caption);
    layout->addWidget(m_text);
    layout->addWidget(m_help);
    layout->addWidget(m_source);
    layout->addLayout(m_answersLayout);
    layout->addStretch();
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);

    splitter->addWidget(m_sidebar);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 920});
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    connect(m_document, &AssessmentDocument::answersChanged, this,
            [this](const QString &theme, const QString &question) {
                if (theme == m_current.theme && question == m_current.question)
                    syncAnswer();
                else
                    retranslate(); // the position "question N of M" may change when a conditional question appears
            });
    connect(m_document, &AssessmentDocument::opened, m_sidebar, &QTreeView::expandAll);
    retranslate();
}

QList<QuestionPage::Step> QuestionPage::steps() const
{
    QList<Step> list;
    const AssessmentResult &result = m_document->result();
    for (const QString &themeId : m_document->themes()) {
        const Questionnaire *q = m_document->content().questionnaire(themeId);
        const ThemeResult *theme = result.theme(themeId);
        for (const Dimension &d : q->dimensions) {
            for (const Question &question : d.questions) {
                const QuestionResult *qr = theme ? theme->question(question.id) : nullptr;
                if (!qr || qr->visible())
                    list.append({themeId, question.id});
            }
        }
    }
    return list;
}

int QuestionPage::positionOf(const Step &step) const
{
    return static_cast<int>(steps().indexOf(step));
}

const Question *QuestionPage::currentQuestion() const
{
    const Questionnaire *q = m_document->content().questionnaire(m_current.theme);
    return q ? q->question(m_current.question) : nullptr;
}

void QuestionPage::showFirst()
{
    const QList<Step> all = steps();
    goTo(all.isEmpty() ? Step{} : all.first());
}

void QuestionPage::showFirstUnanswered()
{
    const QList<Step> all = steps();
    for (const Step &step : all) {
        if (!m_document->answer(step.theme, step.question)) {
            goTo(step);
            return;
        }
    }
    showFirst();
}

void QuestionPage::goTo(const Step &step)
{
    m_current = step;
    rebuild();
    m_sidebar->expandAll();
    const Questionnaire *q = m_document->content().questionnaire(step.theme);
    if (q) {
        const int d = q->dimensionIndexOf(step.question);
        if (d >= 0)
            m_sidebar->setCurrentIndex(m_progress->indexFor(step.theme, q->dimensions[d].id));
    }
}

void QuestionPage::next()
{
    const QList<Step> all = steps();
    const auto at = all.indexOf(m_current);
    if (at < 0 || at + 1 >= all.size()) {
        emit finished();
        return;
    }
    goTo(all[at + 1]);
}

void QuestionPage::back()
{
    const QList<Step> all = steps();
    const auto at = all.indexOf(m_current);
    if (at > 0)
        goTo(all[at - 1]);
}

void QuestionPage::onSidebarActivated(const QModelIndex &index)
{
    const QString theme = index.data(ProgressModel::ThemeIdRole).toString();
    const QString dimension = index.data(ProgressModel::DimensionIdRole).toString();
    const Questionnaire *q = m_document->content().questionnaire(theme);
    if (!q)
        return;
    for (const Step &step : steps()) {
        if (step.theme != theme)
            continue;
        if (dimension.isEmpty() || q->dimensions[q->dimensionIndexOf(step.question)].id == dimension) {
            goTo(step);
            return;
        }
    }
}

void QuestionPage::rebuild()
{
    // Throw away the previous question's widgets.
    delete m_answers;
    m_answers = new QWidget(this);
    m_answers->setObjectName(QStringLiteral("answers"));
    m_answersLayout->addWidget(m_answers);
    m_choices = nullptr;
    m_checks.clear();
    m_rows.clear();
    m_dontKnow = nullptr;
    m_notApplicable = nullptr;

    const Question *q = currentQuestion();
    retranslate();
    if (!q)
        return;
    const Language lang = Ui::language();
    auto *layout = new QVBoxLayout(m_answers);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont answerFont = m_answers->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.15);
    m_answers->setFont(answerFont);
    int number = 0;
    const auto numbered = [&](const QString &label) {
        return QStringLiteral("%1.  %2").arg(++number).arg(label);
    };

    switch (q->type) {
    case QuestionType::Scale:
    case QuestionType::YesNo: {
        m_choices = new QButtonGroup(m_answers);
        for (int i = 0; i < q->options.size(); ++i) {
            auto *button = new QRadioButton(numbered(q->options[i].label.text(lang)), m_answers);
            m_choices->addButton(button, i);
            layout->addWidget(button);
        }
        if (q->allowDontKnow) {
            auto *button = new QRadioButton(numbered(tr("I don't know")), m_answers);
            m_choices->addButton(button, dontKnowId);
            layout->addWidget(button);
        }
        if (q->allowNotApplicable) {
            auto *button = new QRadioButton(numbered(tr("Not applicable to my business")), m_answers);
            m_choices->addButton(button, notApplicableId);
            layout->addWidget(button);
        }
        connect(m_choices, &QButtonGroup::idClicked, this, &QuestionPage::onChoiceClicked);
        break;
    }
    case QuestionType::Checklist: {
        auto *hint = new QLabel(tr("Tick all that apply."), m_answers);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
        for (const Option &o : q->options) {
            auto *box = new QCheckBox(numbered(o.label.text(lang)), m_answers);
            box->setProperty("optionId", o.id);
            connect(box, &QCheckBox::toggled, this, [this, box, exclusive = o.exclusive](bool checked) {
                // "None of these" and the other options exclude each other.
                if (checked) {
                    for (QAbstractButton *other : std::as_const(m_checks)) {
                        if (other != box && (exclusive || other->property("exclusive").toBool())) {
                            const QSignalBlocker quiet(other);
                            other->setChecked(false);
                        }
                    }
                }
                onChecklistToggled();
            });
            box->setProperty("exclusive", o.exclusive);
            m_checks.append(box);
            layout->addWidget(box);
        }
        break;
    }
    case QuestionType::Grid: {
        auto *form = new QFormLayout;
        form->setLabelAlignment(Qt::AlignLeft);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const GridRow &row : q->rows) {
            auto *combo = new QComboBox(m_answers);
            combo->addItem(tr("— choose —"), QString());
            for (const Option &o : q->options)
                combo->addItem(o.label.text(lang), o.id);
            combo->setProperty("rowId", row.id);
            combo->setAccessibleName(row.label.text(lang));
            connect(combo, &QComboBox::currentIndexChanged, this, &QuestionPage::onGridChanged);
            auto *label = new QLabel(row.label.text(lang), m_answers);
            label->setWordWrap(true);
            label->setBuddy(combo);
            form->addRow(label, combo);
            m_rows.append(combo);
        }
        layout->addLayout(form);
        break;
    }
    }
    if (q->type == QuestionType::Checklist || q->type == QuestionType::Grid) {
        if (q->allowDontKnow) {
            m_dontKnow = new QCheckBox(numbered(tr("I don't know")), m_answers);
            layout->addWidget(m_dontKnow);
            connect(m_dontKnow, &QAbstractButton::toggled, this,
                    [this](bool checked) { onSpecialToggled(m_dontKnow, checked); });
        }
        if (q->allowNotApplicable) {
            m_notApplicable = new QCheckBox(numbered(tr("Not applicable to my business")), m_answers);
            layout->addWidget(m_notApplicable);
            connect(m_notApplicable, &QAbstractButton::toggled, this,
                    [this](bool checked) { onSpecialToggled(m_notApplicable, checked); });
        }
    }
    syncAnswer();
    // Keyboard users land on the answers.
    QWidget *focus = nullptr;
    if (m_choices)
        focus = m_choices->checkedButton() ? m_choices->checkedButton() : m_choices->buttons().value(0);
    else if (!m_checks.isEmpty())
        focus = m_checks.first();
    else if (!m_rows.isEmpty())
        focus = m_rows.first();
    if (focus && isVisible())
        focus->setFocus(Qt::OtherFocusReason);
}

void QuestionPage::syncAnswer()
{
    const Question *q = currentQuestion();
    if (!q)
        return;
    // Showing the stored answer is not answering: the widgets' signals are held meanwhile.
    std::vector<QSignalBlocker> quiet;
    for (QObject *widget : std::as_const(m_checks))
        quiet.emplace_back(widget);
    for (QObject *widget : std::as_const(m_rows))
        quiet.emplace_back(widget);
    for (QObject *widget : {static_cast<QObject *>(m_dontKnow), static_cast<QObject *>(m_notApplicable)}) {
        if (widget)
            quiet.emplace_back(widget);
    }
    quiet.emplace_back(m_notes);
    const std::optional<Answer> answer = m_document->answer(m_current.theme, m_current.question);
    const Answer::Kind kind = answer ? answer->kind : Answer::Kind::Choice;
    if (m_choices) {
        int id = -1;
        if (answer && kind == Answer::Kind::Choice) {
            for (int i = 0; i < q->options.size(); ++i) {
                if (q->options[i].id == answer->choice)
                    id = i;
            }
        } else if (answer && kind == Answer::Kind::DontKnow) {
            id = dontKnowId;
        } else if (answer && kind == Answer::Kind::NotApplicable) {
            id = notApplicableId;
        }
        m_choices->setExclusive(false);
        for (QAbstractButton *b : m_choices->buttons())
            b->setChecked(m_choices->id(b) == id);
        m_choices->setExclusive(true);
    }
    for (QAbstractButton *box : std::as_const(m_checks)) {
        box->setChecked(answer && kind == Answer::Kind::Ticked &&
                        answer->ticked.contains(box->property("optionId").toString()));
    }
    for (QComboBox *combo : std::as_const(m_rows)) {
        const QString option =
            answer && kind == Answer::Kind::Rows ? answer->rows.value(combo->property("rowId").toString()) : QString();
        combo->setCurrentIndex(std::max(0, combo->findData(option)));
    }
    if (m_dontKnow)
        m_dontKnow->setChecked(answer && kind == Answer::Kind::DontKnow);
    if (m_notApplicable)
        m_notApplicable->setChecked(answer && kind == Answer::Kind::NotApplicable);
    const QString note = m_document->note(m_current.theme, m_current.question);
    if (noteText(m_notes) != note)
        m_notes->setPlainText(note);
}

void QuestionPage::record(const std::optional<Answer> &answer)
{
    m_document->setAnswer(m_current.theme, m_current.question, answer);
}

void QuestionPage::onChoiceClicked(int id)
{
    const Question *q = currentQuestion();
    if (!q)
        return;
    if (id == dontKnowId)
        record(Answer::makeDontKnow());
    else if (id == notApplicableId)
        record(Answer::makeNotApplicable());
    else if (id >= 0 && id < q->options.size())
        record(Answer::makeChoice(q->options[id].id));
}

void QuestionPage::onChecklistToggled()
{
    QStringList ticked;
    for (QAbstractButton *box : std::as_const(m_checks)) {
        if (box->isChecked())
            ticked.append(box->property("optionId").toString());
    }
    // Ticking an option clears "don't know" and "not applicable", and the other way round.
    if (!ticked.isEmpty())
        uncheckSpecials();
    record(ticked.isEmpty() ? std::nullopt : std::optional<Answer>(Answer::makeTicked(ticked)));
}

void QuestionPage::onGridChanged()
{
    QMap<QString, QString> rows;
    for (QComboBox *combo : std::as_const(m_rows)) {
        const QString option = combo->currentData().toString();
        if (!option.isEmpty())
            rows.insert(combo->property("rowId").toString(), option);
    }
    if (!rows.isEmpty())
        uncheckSpecials();
    record(rows.isEmpty() ? std::nullopt : std::optional<Answer>(Answer::makeRows(rows)));
}

void QuestionPage::uncheckSpecials()
{
    for (QAbstractButton *special : {m_dontKnow, m_notApplicable}) {
        if (special) {
            const QSignalBlocker quiet(special); // the answer that unchecks it is recorded by the caller
            special->setChecked(false);
        }
    }
}

void QuestionPage::onSpecialToggled(QAbstractButton *button, bool checked)
{
    if (!checked) {
        record(std::nullopt);
        return;
    }
    record(button == m_dontKnow ? Answer::makeDontKnow() : Answer::makeNotApplicable());
}

void QuestionPage::pickByNumber(int number)
{
    QList<QAbstractButton *> buttons;
    if (m_choices)
        buttons = m_choices->buttons();
    else
        buttons = m_checks;
    if (m_dontKnow)
        buttons.append(m_dontKnow);
    if (m_notApplicable)
        buttons.append(m_notApplicable);
    if (number < 1 || number > buttons.size())
        return;
    QAbstractButton *button = buttons[number - 1];
    button->setFocus(Qt::ShortcutFocusReason);
    button->click();
}

void QuestionPage::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        pickByNumber(key - Qt::Key_0);
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        next();
        return;
    }
    if (key == Qt::Key_Backspace) {
        back();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuestionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void QuestionPage::retranslate()
{
    m_sidebar->setAccessibleName(tr("Themes and dimensions"));
    m_notesLabel->setText(tr("Advisor's &notes on this question"));
    m_notes->setPlaceholderText(tr("Anything worth remembering: context, what to check, what was said."));
    m_notes->setAccessibleName(tr("Advisor's notes on this question"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Previous question (Backspace)"));
    const QList<Step> all = steps();
    const auto at = all.indexOf(m_current);
    m_back->setEnabled(at > 0);
    m_next->setText(at >= 0 && at + 1 == all.size() ? tr("See the results") : tr("Next"));
    m_next->setToolTip(tr("Next question (Enter)"));

    const Question *q = currentQuestion();
    const Questionnaire *questionnaire = m_document->content().questionnaire(m_current.theme);
    if (!q || !questionnaire) {
        m_caption->setText(QString());
        m_text->setText(tr("Choose the themes to answer on the start page."));
        m_help->clear();
        m_source->clear();
        m_next->setEnabled(false);
        return;
    }
    m_next->setEnabled(true);
    const Language lang = Ui::language();
    const Dimension &dimension = questionnaire->dimensions[questionnaire->dimensionIndexOf(q->id)];
    m_caption->setText(tr("%1 · %2 — question %3 of %4")
                           .arg(questionnaire->title.text(lang), dimension.title.text(lang))
                           .arg(at + 1)
                           .arg(all.size()));
    // Legal dates in the content are phrased against the assessment's day ("since" / "before").
    const QDate day = m_document->assessment().referenceDate();
    const QString text = phraseDates(q->text.text(lang), lang, day);
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_help->setText(phraseDates(q->help.text(lang), lang, day));
    m_help->setVisible(!q->help.isEmpty());
    m_source->setText(q->source.isEmpty() ? QString() : tr("Source: %1").arg(q->source));
    m_source->setVisible(!q->source.isEmpty());
}

} // namespace Phare
