// One question at a time; the keyboard picks answers (digits), goes on (Enter) and back (Backspace).
#include "questionpage.h"

#include "assessmentdocument.h"
#include "datetext.h"
#include "focusring.h"
#include "gridrowaccessible.h"
#include "progressmodel.h"
#include "respondentanswers.h"
#include "searchablelist.h"
#include "uitext.h"
#include "workshop.h"
#include "wrappingitemdelegate.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
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
// The property of an answer's text label that names its button: a click on the text is a click on it.
constexpr const char *answerButtonProperty = "answerButton";

QLabel *wrappingLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The questions a condition looks at (the profile, sector and size left aside), each once, in order.
void namedQuestions(const Condition &condition, QStringList &out)
{
    for (const Condition &child : condition.children)
        namedQuestions(child, out);
    switch (condition.kind) {
    case Condition::Kind::AnswerIn:
    case Condition::Kind::AnswerNotIn:
    case Condition::Kind::ScoreBelow:
    case Condition::Kind::DontKnow:
        if (!out.contains(condition.question))
            out.append(condition.question);
        break;
    default:
        break;
    }
}

QScrollArea *verticalScrollArea(QWidget *parent, QWidget *content)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The text wraps instead: a sideways scroll bar hid the end of every line.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own (it was an unnamed one): the focus moves to what it holds, which it
    // scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    return scroll;
}
} // namespace

QuestionPage::QuestionPage(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_progress(new ProgressModel(document, this))
{
    GridRowAccessible::install();
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("questionSplitter"));
    splitter->setChildrenCollapsible(false);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_sidebarMoved = true; });
    // The side panel sits in a margin that leaves room for the focus ring drawn around it.
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 4, 4, 4);
    m_sidebar = new QTreeView(side);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    sideLayout->addWidget(m_sidebar);
    m_sidebar->setModel(m_progress);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->header()->setStretchLastSection(false);
    m_sidebar->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sidebar->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long names ("Paiement, livraison et suivi des commandes") wrap rather than lose their middle.
    m_sidebar->setItemDelegate(new WrappingItemDelegate(m_sidebar));
    m_sidebar->setMinimumWidth(180);
    m_sidebar->installEventFilter(this);
    connect(m_sidebar, &QTreeView::activated, this, &QuestionPage::onSidebarActivated);
    connect(m_sidebar, &QTreeView::clicked, this, &QuestionPage::onSidebarActivated);
    connect(m_progress, &QAbstractItemModel::modelReset, this, &QuestionPage::expandThemes);

    auto *pane = new QWidget(splitter);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    m_stack = new QStackedWidget(pane);
    paneLayout->addWidget(m_stack, 1);

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("questionBody"));
    m_scroll = verticalScrollArea(m_stack, body);
    m_scroll->setObjectName(QStringLiteral("questionScroll"));
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    m_caption = wrappingLabel(body, QStringLiteral("questionCaption"));
    m_progressLabel = wrappingLabel(body, QStringLiteral("themeProgress"));
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_text = wrappingLabel(body, QStringLiteral("questionText"));
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_text->setFont(big);
    m_help = wrappingLabel(body, QStringLiteral("questionHelp"));
    QFont helpFont = m_help->font();
    helpFont.setPointSizeF(helpFont.pointSizeF() * 1.1);
    m_help->setFont(helpFont);
    m_source = wrappingLabel(body, QStringLiteral("questionSource"));
    m_source->setForegroundRole(QPalette::PlaceholderText);

    // A workshop: whose answer the answers below record, the team's agreed one or one person's, entered in turn.
    m_answerForRow = new QWidget(body);
    m_answerForRow->setObjectName(QStringLiteral("answeringForRow"));
    auto *forLayout = new QHBoxLayout(m_answerForRow);
    forLayout->setContentsMargins(0, 6, 0, 0);
    m_answerForLabel = new QLabel(m_answerForRow);
    m_answerForLabel->setObjectName(QStringLiteral("answeringForLabel"));
    m_answerFor = new QComboBox(m_answerForRow);
    m_answerFor->setObjectName(QStringLiteral("answeringFor"));
    // As wide as its longest name: "The team's agreed answer" must never be cut.
    m_answerFor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_answerForLabel->setBuddy(m_answerFor);
    forLayout->addWidget(m_answerForLabel);
    forLayout->addWidget(m_answerFor);
    forLayout->addStretch(1);
    m_answerForRow->setVisible(false);
    connect(m_answerFor, &QComboBox::activated, this,
            [this](int index) { setAnsweringFor(m_answerFor->itemData(index).toString()); });

    m_answersLayout = new QVBoxLayout;
    m_answersLayout->setContentsMargins(0, 8, 0, 8);

    m_notesLabel = wrappingLabel(body, QStringLiteral("notesLabel"));
    m_notesLabel->setTextFormat(Qt::AutoText);
    m_notes = new QPlainTextEdit(body);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    m_notes->setMinimumHeight(60);
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
        syncKeyNote();
    });
    m_keyNote = new QCheckBox(body);
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    connect(m_keyNote, &QCheckBox::toggled, this, [this](bool key) {
        if (!m_current.question.isEmpty())
            m_document->setKeyNote(m_current.theme, m_current.question, key);
    });

    layout->addWidget(m_caption);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_text);
    layout->addWidget(m_help);
    layout->addWidget(m_source);
    layout->addWidget(m_answerForRow);
    layout->addLayout(m_answersLayout);
    m_respondents = new RespondentAnswers(document, body);
    layout->addWidget(m_respondents);
    layout->addStretch();
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_keyNote);

    // The end of a theme: what is left unanswered, and where to go from there.
    m_summary = new QWidget;
    m_summary->setObjectName(QStringLiteral("themeSummary"));
    auto *summaryScroll = verticalScrollArea(m_stack, m_summary);
    m_stack->addWidget(summaryScroll);
    auto *summaryLayout = new QVBoxLayout(m_summary);
    summaryLayout->setContentsMargins(24, 16, 24, 16);
    summaryLayout->setSpacing(12);
    m_summaryTitle = wrappingLabel(m_summary, QStringLiteral("summaryTitle"));
    m_summaryTitle->setFont(big);
    m_summaryText = wrappingLabel(m_summary, QStringLiteral("summaryText"));
    m_summaryText->setFont(helpFont);
    m_summaryList = wrappingLabel(m_summary, QStringLiteral("summaryList"));
    m_summaryUnanswered = new QPushButton(m_summary);
    m_summaryUnanswered->setObjectName(QStringLiteral("summaryUnanswered"));
    m_summaryResults = new QPushButton(m_summary);
    m_summaryResults->setObjectName(QStringLiteral("summaryResults"));
    connect(m_summaryUnanswered, &QPushButton::clicked, this, [this] {
        for (const Step &step : steps()) {
            if (step.theme == m_current.theme && !m_document->answer(step.theme, step.question)) {
                goTo(step);
                focusFirstAnswer(Qt::OtherFocusReason);
                return;
            }
        }
    });
    connect(m_summaryResults, &QPushButton::clicked, this, [this] {
        leaveSummary();
        emit finished();
    });
    auto *summaryButtons = new QHBoxLayout;
    summaryButtons->addWidget(m_summaryUnanswered);
    summaryButtons->addWidget(m_summaryResults);
    summaryButtons->addStretch();
    // The ways on come before the list, which can be long.
    summaryLayout->addWidget(m_summaryTitle);
    summaryLayout->addWidget(m_summaryText);
    summaryLayout->addLayout(summaryButtons);
    summaryLayout->addWidget(m_summaryList);
    summaryLayout->addStretch();

    // The way on stays below the scrolled text, always in sight.
    m_back = new QPushButton(pane);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(pane);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &QuestionPage::back);
    connect(m_next, &QPushButton::clicked, this, &QuestionPage::next);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 8, 24, 12);
    buttons->addWidget(m_back);
    buttons->addStretch();
    // A workshop: how many questions are left to settle, and the way to the next one.
    m_settleStatus = wrappingLabel(pane, QStringLiteral("settleStatus"));
    m_nextToSettle = new QPushButton(pane);
    m_nextToSettle->setObjectName(QStringLiteral("nextToSettleButton"));
    connect(m_nextToSettle, &QPushButton::clicked, this, &QuestionPage::nextToSettle);
    buttons->addWidget(m_settleStatus, 1);
    buttons->addWidget(m_nextToSettle);
    buttons->addWidget(m_next);
    paneLayout->addLayout(buttons);

    splitter->addWidget(side);
    splitter->addWidget(pane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    const auto navigation = [this](QAction *&action, const QKeySequence &key, void (QuestionPage::*slot)()) {
        action = new QAction(this);
        action->setShortcut(key);
        // Only while the questions are on screen: elsewhere the same keys may mean something else.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    navigation(m_nextThemeAction, QKeySequence(Qt::CTRL | Qt::Key_PageDown), &QuestionPage::nextTheme);
    navigation(m_previousThemeAction, QKeySequence(Qt::CTRL | Qt::Key_PageUp), &QuestionPage::previousTheme);
    navigation(m_nextUnansweredAction, QKeySequence(Qt::CTRL | Qt::Key_U), &QuestionPage::nextUnanswered);
    navigation(m_nextToSettleAction, QKeySequence(Qt::CTRL | Qt::Key_J), &QuestionPage::nextToSettle);
    navigation(m_nextPersonAction, QKeySequence(Qt::CTRL | Qt::Key_R), &QuestionPage::nextPerson);
    navigation(m_previousPersonAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &QuestionPage::previousPerson);

    m_ring = new FocusRing(this);

    connect(m_document, &AssessmentDocument::answersChanged, this,
            [this](const QString &theme, const QString &question) {
                if (theme == m_current.theme && question == m_current.question)
                    syncAnswer();
                retranslate(); // the progress may change, and a conditional question appear
                if (isShowingSummary())
                    updateSummary();
            });
    // Undo and redo show the question they changed: a change out of sight looked like nothing happened.
    connect(m_document, &AssessmentDocument::answerRestored, this,
            [this](const QString &theme, const QString &question) {
                if (!(Step{theme, question} == m_current))
                    goTo({theme, question});
            });
    connect(m_document, &AssessmentDocument::keyNoteChanged, this,
            [this](const QString &theme, const QString &question) {
                if (!(Step{theme, question} == m_current))
                    goTo({theme, question}); // an undo out of sight, as for answers
                syncKeyNote();
            });
    connect(m_document, &AssessmentDocument::opened, this, &QuestionPage::expandThemes);
    // Someone added or left out: the list of whose answer to record changes, and maybe what is shown.
    connect(m_document, &AssessmentDocument::respondentsChanged, this, [this] {
        fillAnsweringFor();
        syncAnswer();
        m_respondents->showQuestion(m_current.theme, m_current.question);
        retranslate();
    });
    connect(m_document, &AssessmentDocument::opened, this, [this] {
        m_answeringFor.clear(); // another assessment, other people
        fillAnsweringFor();
    });
    expandThemes();
    fillAnsweringFor(); // an assessment may be open already
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

QuestionPage::ThemeProgress QuestionPage::themeProgress() const
{
    ThemeProgress progress;
    // A pre-filled "not applicable" (notApplicableIf) counts as answered, as in the side panel.
    const Evaluation evaluation = m_document->evaluation();
    const ThemeResult *theme = evaluation.scores().theme(m_current.theme);
    for (const Step &step : steps()) {
        if (step.theme != m_current.theme)
            continue;
        ++progress.shown;
        if (step == m_current)
            progress.position = progress.shown;
        const QuestionResult *result = theme ? theme->question(step.question) : nullptr;
        if (m_document->answer(step.theme, step.question) || (result && result->prefilled))
            ++progress.answered;
    }
    return progress;
}

const Question *QuestionPage::currentQuestion() const
{
    const Questionnaire *q = m_document->content().questionnaire(m_current.theme);
    return q ? q->question(m_current.question) : nullptr;
}

QList<QAction *> QuestionPage::navigationActions() const
{
    return {m_previousThemeAction, m_nextThemeAction,  m_nextUnansweredAction,
            m_nextToSettleAction,  m_nextPersonAction, m_previousPersonAction};
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
    leaveSummary();
    m_current = step;
    rebuild();
    followInSidebar();
}

void QuestionPage::expandThemes()
{
    // Theme by theme: expandAll() marked the parts, which have no children, expanded too, and a screen
    // reader said so.
    for (int row = 0; row < m_progress->rowCount(); ++row)
        m_sidebar->expand(m_progress->index(row, 0));
}

void QuestionPage::followInSidebar()
{
    const Questionnaire *q = m_document->content().questionnaire(m_current.theme);
    const int d = q ? q->dimensionIndexOf(m_current.question) : -1;
    if (d < 0)
        return;
    const QModelIndex index = m_progress->indexFor(m_current.theme, q->dimensions[d].id);
    if (!m_sidebar->isExpanded(index.parent()))
        expandThemes();
    // The panel shows where the question is without taking the announcement: the view would tell
    // assistive technology its row got the focus while the keyboard stays on the answers.
    {
        const QSignalBlocker quiet(m_sidebar->selectionModel());
        m_sidebar->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_sidebar->scrollTo(index.parent()); // the theme's name in sight too, when there is room
    m_sidebar->scrollTo(index);
    m_sidebar->viewport()->update();
}

void QuestionPage::next()
{
    const QList<Step> all = steps();
    if (isShowingSummary()) {
        // On to the next theme, or to the results after the last one.
        const auto at = all.indexOf(m_current);
        for (auto i = at + 1; at >= 0 && i < all.size(); ++i) {
            if (all[i].theme != m_current.theme) {
                goTo(all[i]);
                return;
            }
        }
        leaveSummary();
        emit finished();
        return;
    }
    const auto at = all.indexOf(m_current);
    const Questionnaire *questionnaire = m_document->content().questionnaire(m_current.theme);
    const bool lastOfTheme = at >= 0 && (at + 1 >= all.size() || all[at + 1].theme != m_current.theme);
    // The firm profile is not a theme: no summary after it.
    if (lastOfTheme && questionnaire && !questionnaire->profile) {
        showSummary();
        return;
    }
    if (at < 0 || at + 1 >= all.size()) {
        emit finished();
        return;
    }
    goTo(all[at + 1]);
}

void QuestionPage::back()
{
    if (isShowingSummary()) {
        leaveSummary();
        focusFirstAnswer(Qt::OtherFocusReason);
        return;
    }
    const QList<Step> all = steps();
    const auto at = all.indexOf(m_current);
    if (at > 0)
        goTo(all[at - 1]);
}

void QuestionPage::goToTheme(int offset)
{
    const QStringList themes = m_document->themes();
    const auto at = themes.indexOf(m_current.theme);
    if (at < 0)
        return;
    const QString theme = themes.value(at + offset);
    for (const Step &step : steps()) {
        if (step.theme == theme) {
            goTo(step);
            focusFirstAnswer(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void QuestionPage::nextTheme()
{
    goToTheme(1);
}

void QuestionPage::previousTheme()
{
    // In a theme's summary, "previous" is the theme it sums up.
    if (isShowingSummary()) {
        goToTheme(0);
        return;
    }
    goToTheme(-1);
}

void QuestionPage::nextUnanswered()
{
    const QList<Step> all = steps();
    const auto at = all.indexOf(m_current);
    for (qsizetype i = 1; i <= all.size(); ++i) {
        const Step &step = all[(std::max<qsizetype>(at, 0) + i) % all.size()];
        if (!m_document->answer(step.theme, step.question)) {
            goTo(step);
            focusFirstAnswer(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void QuestionPage::nextToSettle()
{
    const QList<QuestionAgreement> left = m_document->toSettle();
    if (left.isEmpty())
        return;
    setAnsweringFor({}); // settling is choosing the agreed answer
    const QList<Step> all = steps();
    const auto at = all.indexOf(m_current);
    for (qsizetype i = 1; i <= all.size(); ++i) {
        const Step &step = all[(std::max<qsizetype>(at, 0) + i) % all.size()];
        for (const QuestionAgreement &q : left) {
            if (q.theme == step.theme && q.question == step.question) {
                goTo(step);
                focusFirstAnswer(Qt::ShortcutFocusReason);
                return;
            }
        }
    }
    // A question hidden by a condition still has to be settled: shown all the same.
    goTo({left.first().theme, left.first().question});
    focusFirstAnswer(Qt::ShortcutFocusReason);
}

bool QuestionPage::isShowingSummary() const
{
    return m_stack->currentIndex() == 1;
}

void QuestionPage::showSummary()
{
    m_stack->setCurrentIndex(1);
    updateSummary();
    retranslate();
    m_next->setFocus(Qt::OtherFocusReason);
}

void QuestionPage::leaveSummary()
{
    if (!isShowingSummary())
        return;
    m_stack->setCurrentIndex(0);
    retranslate();
}

void QuestionPage::updateSummary()
{
    const Questionnaire *questionnaire = m_document->content().questionnaire(m_current.theme);
    if (!questionnaire)
        return;
    const Language lang = Ui::language();
    const QDate day = m_document->assessment().referenceDate();
    QStringList unanswered;
    int shown = 0;
    for (const Step &step : steps()) {
        if (step.theme != m_current.theme)
            continue;
        ++shown;
        if (!m_document->answer(step.theme, step.question)) {
            const Question *q = questionnaire->question(step.question);
            unanswered.append(QStringLiteral("• ") + phraseDates(q->text.text(lang), lang, day));
        }
    }
    const QString title = tr("Theme finished: %1").arg(questionnaire->title.text(lang));
    m_summaryTitle->setText(title);
    const QString text = unanswered.isEmpty()
                             ? tr("All %n question(s) answered.", nullptr, shown)
                             : tr("%n question(s) without an answer:", nullptr, static_cast<int>(unanswered.size()));
    m_summaryText->setText(text);
    m_summaryList->setText(unanswered.join(QLatin1Char('\n')));
    m_summaryList->setVisible(!unanswered.isEmpty());
    m_summaryUnanswered->setText(tr("&Answer the questions left"));
    m_summaryUnanswered->setVisible(!unanswered.isEmpty());
    m_summaryResults->setText(tr("See the &results"));
    m_summary->setAccessibleName(title);
    m_summary->setAccessibleDescription(text);
    // Someone on the Next button hears where they are.
    m_next->setAccessibleDescription(title + QLatin1Char(' ') + text);
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

QList<QWidget *> QuestionPage::answerControls() const
{
    QList<QWidget *> controls;
    if (m_choices) {
        for (QAbstractButton *button : m_choices->buttons())
            controls.append(button);
    }
    for (QAbstractButton *box : m_checks)
        controls.append(box);
    for (QComboBox *combo : m_rows)
        controls.append(combo);
    if (m_list)
        controls.append(m_list);
    for (QAbstractButton *special : {m_dontKnow, m_notApplicable}) {
        if (special)
            controls.append(special);
    }
    return controls;
}

void QuestionPage::orderFocus()
{
    // Answers first, then the note, then the way on (the page was built the other way round).
    QWidget *previous = m_sidebar;
    // Whose answer is recorded is said above the answers, and comes before them.
    setTabOrder(previous, m_answerFor);
    previous = m_answerFor;
    for (QWidget *control : answerControls()) {
        setTabOrder(previous, control);
        previous = control;
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_respondents->whyEdit()), static_cast<QWidget *>(m_notes),
                            static_cast<QWidget *>(m_keyNote), static_cast<QWidget *>(m_back),
                            static_cast<QWidget *>(m_nextToSettle), static_cast<QWidget *>(m_next)}) {
        setTabOrder(previous, widget);
        previous = widget;
    }
}

void QuestionPage::focusFirstAnswer(Qt::FocusReason reason)
{
    QWidget *focus = nullptr;
    if (m_choices)
        focus = m_choices->checkedButton() ? m_choices->checkedButton() : m_choices->buttons().value(0);
    else
        focus = answerControls().value(0);
    if (focus && isVisible())
        focus->setFocus(reason);
}

QWidget *QuestionPage::answerRow(QAbstractButton *button, const QString &text)
{
    auto *row = new QWidget(m_answers);
    row->setObjectName(QStringLiteral("answerRow"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(6);
    button->setParent(row);
    // What a screen reader says on the button is the text shown beside it, number included.
    button->setAccessibleName(text);
    button->setProperty("focusRingAround", QVariant::fromValue<QWidget *>(row));
    auto *label = wrappingLabel(row, QStringLiteral("answerText"));
    label->setText(text);
    label->setBuddy(button);
    label->setProperty(answerButtonProperty, QVariant::fromValue<QObject *>(button));
    label->installEventFilter(this);
    layout->addWidget(button, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return row;
}

void QuestionPage::rebuild()
{
    // Throw away the previous question's widgets (the focus ring, drawn beside one of them, stays).
    if (m_answers && m_answers->isAncestorOf(m_ring))
        m_ring->setParent(this);
    delete m_answers;
    auto *group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("answers"));
    group->setFlat(true);
    // A group for assistive technology (named after the question), not a frame on screen.
    group->setStyleSheet(QStringLiteral("QGroupBox#answers { border: none; margin: 0; padding: 0; }"));
    m_answers = group;
    m_answersLayout->addWidget(m_answers);
    m_choices = nullptr;
    m_checks.clear();
    m_rows.clear();
    m_list = nullptr;
    m_dontKnow = nullptr;
    m_notApplicable = nullptr;

    const Question *q = currentQuestion();
    retranslate();
    m_respondents->setEnteringFor(recordingFor());
    m_respondents->showQuestion(m_current.theme, m_current.question);
    if (!q) {
        orderFocus();
        return;
    }
    const Language lang = Ui::language();
    auto *layout = new QVBoxLayout(m_answers);
    // Room for the focus ring drawn around an answer.
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    QFont answerFont = m_answers->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.15);
    m_answers->setFont(answerFont);
    int number = 0;
    const auto numbered = [&](const QString &label) {
        return QStringLiteral("%1.  %2").arg(++number).arg(label);
    };

    const bool longList = q->type == QuestionType::Scale && q->options.size() > maxOptionButtons;
    switch (q->type) {
    case QuestionType::Scale:
    case QuestionType::YesNo: {
        if (longList) {
            m_list = new SearchableList(m_answers);
            m_list->setObjectName(QStringLiteral("longList"));
            QList<std::pair<QString, QString>> choices;
            choices.reserve(q->options.size());
            for (const Option &o : q->options)
                choices.append({o.label.text(lang), o.id});
            m_list->setChoices(choices);
            // What a screen reader says on the box is the question it answers.
            m_list->setAccessibleName(m_text->text());
            connect(m_list, &SearchableList::chosen, this, [this](const QString &id) {
                uncheckSpecials();
                record(Answer::makeChoice(id));
            });
            layout->addWidget(m_list);
            break;
        }
        m_choices = new QButtonGroup(m_answers);
        const auto add = [&](const QString &text, int id) {
            auto *button = new QRadioButton(m_answers);
            m_choices->addButton(button, id);
            layout->addWidget(answerRow(button, numbered(text)));
        };
        for (int i = 0; i < q->options.size(); ++i)
            add(q->options[i].label.text(lang), i);
        if (q->allowDontKnow)
            add(tr("I don't know"), dontKnowId);
        if (q->allowNotApplicable)
            add(tr("Not applicable to my business"), notApplicableId);
        connect(m_choices, &QButtonGroup::idClicked, this, &QuestionPage::onChoiceClicked);
        break;
    }
    case QuestionType::Checklist: {
        auto *hint = wrappingLabel(m_answers, QStringLiteral("checklistHint"));
        hint->setText(tr("Tick all that apply."));
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
        for (const Option &o : q->options) {
            auto *box = new QCheckBox(m_answers);
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
            layout->addWidget(answerRow(box, numbered(o.label.text(lang))));
        }
        break;
    }
    case QuestionType::Grid: {
        auto *form = new QFormLayout;
        form->setLabelAlignment(Qt::AlignLeft);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const GridRow &row : q->rows) {
            auto *combo = new QComboBox(m_answers);
            combo->setObjectName(QStringLiteral("gridRow"));
            combo->addItem(tr("— choose —"), QString());
            for (const Option &o : q->options)
                combo->addItem(o.label.text(lang), o.id);
            combo->setProperty("rowId", row.id);
            combo->setAccessibleName(row.label.text(lang));
            // Narrow windows: the box may be narrower than its longest choice (the open list shows it whole).
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(12);
            combo->installEventFilter(this);
            connect(combo, &QComboBox::currentIndexChanged, this, &QuestionPage::onGridChanged);
            auto *label = wrappingLabel(m_answers, QStringLiteral("gridRowLabel"));
            label->setText(row.label.text(lang));
            label->setBuddy(combo);
            form->addRow(label, combo);
            m_rows.append(combo);
        }
        layout->addLayout(form);
        break;
    }
    }
    if (q->type == QuestionType::Checklist || q->type == QuestionType::Grid || m_list) {
        if (q->allowDontKnow) {
            m_dontKnow = new QCheckBox(m_answers);
            layout->addWidget(answerRow(m_dontKnow, numbered(tr("I don't know"))));
            connect(m_dontKnow, &QAbstractButton::toggled, this,
                    [this](bool checked) { onSpecialToggled(m_dontKnow, checked); });
        }
        if (q->allowNotApplicable) {
            m_notApplicable = new QCheckBox(m_answers);
            layout->addWidget(answerRow(m_notApplicable, numbered(tr("Not applicable to my business"))));
            connect(m_notApplicable, &QAbstractButton::toggled, this,
                    [this](bool checked) { onSpecialToggled(m_notApplicable, checked); });
        }
    }
    if (q->notApplicableIf) {
        // Says where a pre-filled "not applicable" comes from (syncAnswer() shows it when it applies).
        auto *prefilled = wrappingLabel(m_answers, QStringLiteral("prefilledNote"));
        prefilled->setForegroundRole(QPalette::PlaceholderText);
        prefilled->hide();
        layout->addWidget(prefilled);
    }
    // Each answer is described by the question, so that it is heard with the answer, whatever the
    // screen reader makes of the group around it.
    for (QWidget *control : answerControls())
        control->setAccessibleDescription(control == m_list ? m_list->lineEdit()->placeholderText() : m_text->text());
    orderFocus();
    syncAnswer();
    // Shown now rather than when the layout gets round to it: the focus can only go to a shown widget.
    m_answers->show();
    // Keyboard users land on the answers.
    focusFirstAnswer(Qt::OtherFocusReason);
    m_scroll->verticalScrollBar()->setValue(0);
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
    std::optional<Answer> answer = shownAnswer();
    // No answer of its own, and notApplicableIf holds: "not applicable" is shown selected, with where it
    // comes from; any answer picked replaces it.
    QLabel *prefilledNote = m_answers ? m_answers->findChild<QLabel *>(QStringLiteral("prefilledNote")) : nullptr;
    // One person's answer is theirs alone: nothing is pre-filled for them.
    const Evaluation evaluation =
        answer || !prefilledNote || !recordingFor().isEmpty() ? Evaluation() : m_document->evaluation();
    const ThemeResult *theme = evaluation.scores().theme(m_current.theme);
    const QuestionResult *result = theme ? theme->question(m_current.question) : nullptr;
    if (prefilledNote) {
        const bool prefilled = result && result->prefilled && q->notApplicableIf;
        if (prefilled) {
            answer = Answer::makeNotApplicable();
            QStringList from;
            namedQuestions(*q->notApplicableIf, from);
            QStringList texts;
            for (const QString &id : std::as_const(from)) {
                if (const Question *named = theme->questionnaire->question(id))
                    texts.append(tr("\"%1\"", "a question, quoted").arg(named->text.text(Ui::language())));
            }
            prefilledNote->setText(tr("Pre-filled as \"not applicable\" from your answer to %1. Pick another "
                                      "answer if this question does apply.")
                                       .arg(texts.join(QStringLiteral(", "))));
        }
        prefilledNote->setVisible(prefilled);
        // A screen reader says where the selected answer comes from with the answer itself.
        QAbstractButton *notApplicable = m_choices ? m_choices->button(notApplicableId) : m_notApplicable;
        if (notApplicable)
            notApplicable->setAccessibleDescription(
                prefilled ? m_text->text() + QLatin1Char(' ') + prefilledNote->text() : m_text->text());
    }
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
        const int index = std::max(0, combo->findData(option));
        if (combo->currentIndex() != index) {
            combo->setCurrentIndex(index);
            // The signals are held: the value assistive technology reads is told here (undo, for one).
            QAccessibleValueChangeEvent event(combo, combo->currentText());
            QAccessible::updateAccessibility(&event);
        }
    }
    if (m_list)
        m_list->showChosen(answer && kind == Answer::Kind::Choice ? answer->choice : QString());
    if (m_dontKnow)
        m_dontKnow->setChecked(answer && kind == Answer::Kind::DontKnow);
    if (m_notApplicable)
        m_notApplicable->setChecked(answer && kind == Answer::Kind::NotApplicable);
    const QString note = m_document->note(m_current.theme, m_current.question);
    if (noteText(m_notes) != note)
        m_notes->setPlainText(note);
    syncKeyNote();
}

void QuestionPage::syncKeyNote()
{
    const QSignalBlocker quiet(m_keyNote);
    const bool hasNote = !m_document->note(m_current.theme, m_current.question).isEmpty();
    m_keyNote->setEnabled(hasNote);
    m_keyNote->setChecked(hasNote && m_document->isKeyNote(m_current.theme, m_current.question));
}

void QuestionPage::record(const std::optional<Answer> &answer)
{
    if (const QString person = recordingFor(); !person.isEmpty())
        m_document->setRespondentAnswer(person, m_current.theme, m_current.question, answer);
    else
        m_document->setAnswer(m_current.theme, m_current.question, answer);
}

bool QuestionPage::perPerson() const
{
    const Questionnaire *theme = m_document->content().questionnaire(m_current.theme);
    return m_document->assessment().isWorkshop() && theme && !theme->profile;
}

QString QuestionPage::recordingFor() const
{
    if (m_answeringFor.isEmpty() || !perPerson() || !m_document->assessment().respondent(m_answeringFor))
        return {};
    return m_answeringFor;
}

std::optional<Answer> QuestionPage::shownAnswer() const
{
    const QString person = recordingFor();
    return person.isEmpty() ? m_document->answer(m_current.theme, m_current.question)
                            : m_document->respondentAnswer(person, m_current.theme, m_current.question);
}

void QuestionPage::setAnsweringFor(const QString &respondent)
{
    const QString id = m_document->assessment().respondent(respondent) ? respondent : QString();
    if (id == m_answeringFor)
        return;
    m_answeringFor = id;
    {
        const QSignalBlocker quiet(m_answerFor);
        m_answerFor->setCurrentIndex(std::max(0, m_answerFor->findData(id)));
    }
    syncAnswer();
    m_respondents->setEnteringFor(recordingFor());
    retranslate();
}

void QuestionPage::nextPerson()
{
    cyclePerson(1);
}

void QuestionPage::previousPerson()
{
    cyclePerson(-1);
}

void QuestionPage::cyclePerson(int offset)
{
    const Assessment &assessment = m_document->assessment();
    if (!perPerson())
        return;
    // The agreed answer, then each person in the workshop's order, round again.
    QStringList order{QString()};
    for (const Respondent &r : assessment.respondents)
        order.append(r.id);
    const auto at = std::max<qsizetype>(0, order.indexOf(m_answeringFor));
    const auto count = order.size();
    setAnsweringFor(order[((at + offset) % count + count) % count]);
    // Straight on to the answers: a digit key records what the person says.
    focusFirstAnswer(Qt::ShortcutFocusReason);
}

void QuestionPage::fillAnsweringFor()
{
    const Assessment &assessment = m_document->assessment();
    if (!assessment.respondent(m_answeringFor))
        m_answeringFor.clear();
    const QSignalBlocker quiet(m_answerFor);
    m_answerFor->clear();
    const Language lang = Ui::language();
    m_answerFor->addItem(tr("The team's agreed answer"), QString());
    for (const Respondent &r : assessment.respondents)
        m_answerFor->addItem(Workshop::label(assessment, r, lang, true), r.id);
    m_answerFor->setCurrentIndex(std::max(0, m_answerFor->findData(m_answeringFor)));
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
    if (isShowingSummary())
        return;
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
        // Enter on a button is that button (outside dialogs a push button leaves Enter to its parent).
        auto *button = qobject_cast<QPushButton *>(focusWidget());
        if (button && button != m_next && isAncestorOf(button)) {
            button->click();
            return;
        }
        next();
        return;
    }
    if (key == Qt::Key_Backspace) {
        back();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool QuestionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_sidebar && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_sidebar->currentIndex().isValid()) {
            // The view leaves Enter to its parent too, which went on to the next question: the part's
            // first question was skipped. Enter opens the part and lands on its first answer.
            onSidebarActivated(m_sidebar->currentIndex());
            focusFirstAnswer(Qt::OtherFocusReason);
            return true;
        }
    }
    if (auto *combo = qobject_cast<QComboBox *>(watched); combo && m_rows.contains(combo)) {
        // A closed list does not change its answer under the arrow keys or the wheel, unseen: the
        // arrow keys open it, the wheel scrolls the page.
        if (event->type() == QEvent::Wheel) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
            case Qt::Key_Home:
            case Qt::Key_End:
                if (!(key->modifiers() & Qt::AltModifier)) {
                    combo->showPopup();
                    return true;
                }
                break;
            default:
                break;
            }
        }
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        // A click on an answer's text is a click on its button.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (auto *button = qobject_cast<QAbstractButton *>(watched->property(answerButtonProperty).value<QObject *>());
            button && mouse->button() == Qt::LeftButton) {
            button->setFocus(Qt::MouseFocusReason);
            button->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillAnsweringFor(); // the roles' names are in the language
        rebuild();
        if (isShowingSummary())
            updateSummary();
    }
    QWidget::changeEvent(event);
}

void QuestionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Keyboard users land on the answers, after the window has put its focus where it restores it.
    QTimer::singleShot(0, this, [this] {
        QWidget *focus = QApplication::focusWidget();
        if (isVisible() && !isShowingSummary() && (!focus || !isAncestorOf(focus) || focus == m_notes))
            focusFirstAnswer(Qt::OtherFocusReason);
    });
}

void QuestionPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_sidebarMoved)
        fitSidebar();
}

void QuestionPage::fitSidebar()
{
    const QAbstractItemView *view = m_sidebar; // QTreeView hides what QAbstractItemView tells anyone
    const int needed = view->sizeHintForColumn(0) + view->sizeHintForColumn(1) + m_sidebar->indentation() +
                       2 * m_sidebar->frameWidth() + m_sidebar->verticalScrollBar()->sizeHint().width() + 12;
    // The question keeps most of the room; past a third of the page, the names wrap.
    const int side = std::clamp(needed, m_sidebar->minimumWidth(), std::max(m_sidebar->minimumWidth(), width() / 3));
    m_splitter->setSizes({side, width() - side});
}

void QuestionPage::hideEvent(QHideEvent *event)
{
    // Coming back to the questions shows a question, not the summary that was left.
    if (!event->spontaneous())
        leaveSummary();
    QWidget::hideEvent(event);
}

void QuestionPage::retranslate()
{
    m_sidebar->setAccessibleName(tr("Themes and dimensions"));
    m_notesLabel->setText(tr("Advisor's &notes on this question"));
    m_notes->setPlaceholderText(tr("Anything worth remembering: context, what to check, what was said."));
    m_notes->setAccessibleName(tr("Advisor's notes on this question"));
    m_keyNote->setText(tr("&Key observation"));
    m_keyNote->setToolTip(tr("The report's page on the firm lists the notes marked as key observations."));
    m_keyNote->setAccessibleDescription(m_keyNote->toolTip());
    m_nextThemeAction->setText(tr("Next &theme"));
    m_previousThemeAction->setText(tr("&Previous theme"));
    m_nextUnansweredAction->setText(tr("Next &unanswered question"));
    m_nextToSettleAction->setText(tr("Ne&xt question to settle"));
    m_nextPersonAction->setText(tr("Answer of the &next person"));
    m_previousPersonAction->setText(tr("Answer of the pre&vious person"));
    {
        const bool perPerson = this->perPerson();
        m_answerForRow->setVisible(perPerson);
        // Only a workshop has people: a plain assessment's menu does not list them.
        for (QAction *action : {m_nextPersonAction, m_previousPersonAction}) {
            action->setVisible(m_document->assessment().isWorkshop());
            action->setEnabled(perPerson);
        }
        m_answerForLabel->setText(tr("Recording the answer of%1").arg(Ui::colon()));
        m_answerFor->setAccessibleName(tr("Whose answer to record"));
        m_answerFor->setToolTip(tr("Enter each person's answer in turn: Ctrl+R for the next person, Ctrl+Shift+R for "
                                   "the previous one. The agreed answer is the one the scores use."));
        m_answerFor->setAccessibleDescription(m_answerFor->toolTip());
    }
    {
        const bool workshop = m_document->assessment().isWorkshop();
        const auto left = workshop ? static_cast<int>(m_document->toSettle().size()) : 0;
        m_settleStatus->setText(left > 0 ? tr("%n question(s) to settle", nullptr, left)
                                         : tr("Every disagreement settled"));
        m_settleStatus->setVisible(workshop);
        m_nextToSettle->setText(tr("Next to settle"));
        m_nextToSettle->setToolTip(tr("The next question the team disagrees on (Ctrl+J)"));
        m_nextToSettle->setAccessibleName(tr("Next question to settle"));
        m_nextToSettle->setAccessibleDescription(m_settleStatus->text());
        m_nextToSettle->setVisible(workshop);
        m_nextToSettle->setEnabled(left > 0);
        m_nextToSettleAction->setEnabled(left > 0);
    }
    m_back->setText(tr("Back"));
    const QList<Step> all = steps();
    const auto at = all.indexOf(m_current);
    const bool summary = isShowingSummary();
    bool lastTheme = true;
    for (auto i = at + 1; at >= 0 && i < all.size(); ++i)
        lastTheme = lastTheme && all[i].theme == m_current.theme;
    m_back->setEnabled(at > 0 || summary);
    m_back->setToolTip(summary ? tr("Back to the theme's last question (Backspace)")
                               : tr("Previous question (Backspace)"));
    m_back->setAccessibleDescription(m_back->toolTip());
    if (summary) {
        m_next->setText(lastTheme ? tr("See the results") : tr("Next theme"));
        m_next->setToolTip(lastTheme ? tr("See the results (Enter)")
                                     : tr("The first question of the next theme (Enter)"));
    } else {
        const Questionnaire *theme = m_document->content().questionnaire(m_current.theme);
        const bool lastOfTheme = at >= 0 && (at + 1 == all.size() || all[at + 1].theme != m_current.theme);
        if (lastOfTheme && theme && !theme->profile) {
            m_next->setText(tr("Next"));
            m_next->setToolTip(tr("What is left in this theme (Enter)"));
        } else if (at >= 0 && at + 1 == all.size()) {
            m_next->setText(tr("See the results"));
            m_next->setToolTip(tr("See the results (Enter)"));
        } else {
            m_next->setText(tr("Next"));
            m_next->setToolTip(tr("Next question (Enter)"));
        }
        m_next->setAccessibleDescription(m_next->toolTip());
    }
    m_summaryResults->setVisible(!lastTheme);

    const Question *q = currentQuestion();
    const Questionnaire *questionnaire = m_document->content().questionnaire(m_current.theme);
    if (!q || !questionnaire) {
        m_caption->setText(QString());
        m_progressLabel->clear();
        m_text->setText(tr("Choose the themes to answer on the start page."));
        m_help->clear();
        m_source->clear();
        m_next->setEnabled(false);
        return;
    }
    m_next->setEnabled(true);
    const Language lang = Ui::language();
    const Dimension &dimension = questionnaire->dimensions[questionnaire->dimensionIndexOf(q->id)];
    m_caption->setText(tr("%1 · %2").arg(questionnaire->title.text(lang), dimension.title.text(lang)));
    // Counted in the theme: a condition met elsewhere no longer changes the figures of this one.
    const ThemeProgress progress = themeProgress();
    const QString position = tr("Question %1 of %2").arg(progress.position).arg(progress.shown);
    m_progressLabel->setText(
        tr("%1 · %2 of %3 answered in this theme").arg(position).arg(progress.answered).arg(progress.shown));
    // Legal dates in the content are phrased against the assessment's day ("since" / "before").
    const QDate day = m_document->assessment().referenceDate();
    const QString text = phraseDates(q->text.text(lang), lang, day);
    m_text->setText(text);
    m_text->setAccessibleName(text);
    const QString help = phraseDates(q->help.text(lang), lang, day);
    m_help->setText(help);
    m_help->setVisible(!q->help.isEmpty());
    m_source->setText(q->source.isEmpty() ? QString() : tr("Source: %1").arg(q->source.text(lang)));
    m_source->setVisible(!q->source.isEmpty());
    // The answers are one group named after the question: what a screen reader says on entering it.
    if (m_answers) {
        const QString person = recordingFor();
        const Respondent *r = m_document->assessment().respondent(person);
        m_answers->setAccessibleName(
            r ? tr("%1: %2 (the answer of %3)")
                    .arg(position, text, Workshop::label(m_document->assessment(), *r, Ui::language(), true))
              : tr("%1: %2").arg(position, text));
        m_answers->setAccessibleDescription(help);
    }
}

} // namespace Phare
