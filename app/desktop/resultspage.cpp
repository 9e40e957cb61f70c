// Builds the results from the document's evaluation each time it changes.
#include "resultspage.h"

#include "assessmentdocument.h"
#include "datetext.h"
#include "decidedplan.h"
#include "followup.h"
#include "peerband.h"
#include "peerreport.h"
#include "radarchart.h"
#include "scoretablemodel.h"
#include "spreadview.h"
#include "uitext.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Phare {

namespace {

// Side by side above this width of the page; the text goes under the chart below it.
constexpr int sideBySideWidth = 720;

// Rows as tall as their text wrapped in its column: QTreeView sizes rows for one line, which cuts long
// questions short on a small screen.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem wrapped = option;
        int width = m_view->columnWidth(index.column());
        if (index.column() == 0) {
            for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
                width -= m_view->indentation();
            width -= m_view->indentation(); // the branch of the top level
        }
        wrapped.rect = QRect(0, 0, std::max(40, width), 1);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView *m_view;
};

} // namespace

ResultsPage::ResultsPage(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_contributions(new QStandardItemModel(this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The page is not a stop of its own: Tab goes to what it holds, which the area scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 16, 24, 16);

    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("overallScore"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    // Reachable by Tab and readable (and copyable) from the keyboard; the ring shows where focus is.
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setStyleSheet(QStringLiteral("QLabel#overallScore { border: 2px solid transparent; padding: 2px; }"
                                            "QLabel#overallScore:focus { border-color: palette(highlight); }"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_summary->setFont(big);
    m_asTables = new QCheckBox(body);
    connect(m_asTables, &QCheckBox::toggled, this, &ResultsPage::setTablesShown);

    // The follow-up of the earlier plan, shown when comparing: the first thing a follow-up workshop asks.
    m_followUpBox = new QGroupBox(body);
    m_followUpBox->setObjectName(QStringLiteral("followUp"));
    auto *followUpLayout = new QVBoxLayout(m_followUpBox);
    m_followUp = new QLabel(m_followUpBox);
    m_followUp->setTextFormat(Qt::RichText); // bold groups; every text in it is escaped
    m_followUp->setWordWrap(true);
    m_followUp->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_followUp->setFocusPolicy(Qt::StrongFocus);
    followUpLayout->addWidget(m_followUp);
    m_followUpBox->hide();

    m_cardsLayout = new QVBoxLayout;
    m_howTitle = new QLabel(body);
    QFont sectionFont = m_howTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    m_howTitle->setFont(sectionFont);
    m_howTitle->setWordWrap(true);
    m_how = new QTreeView(body);
    m_how->setModel(m_contributions);
    m_how->setMinimumHeight(320);
    m_how->setAlternatingRowColors(true);
    m_how->setWordWrap(true);
    m_how->setTabKeyNavigation(false);
    m_how->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_how->header()->setStretchLastSection(false);
    m_how->setItemDelegate(new WrappingDelegate(m_how));
    // A column's new width changes how many lines its texts take.
    connect(m_how->header(), &QHeaderView::sectionResized, m_how, [this] { m_how->doItemsLayout(); });
    m_howTitle->setBuddy(m_how);

    layout->addWidget(m_summary);
    layout->addWidget(m_asTables);
    layout->addWidget(m_followUpBox);
    layout->addLayout(m_cardsLayout);
    layout->addWidget(m_spread = new SpreadView(document, body));
    layout->addWidget(m_howTitle);
    layout->addWidget(m_how);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_document, &AssessmentDocument::evaluationChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_document, &AssessmentDocument::comparisonChanged, this, &ResultsPage::refresh);
}

const AssessmentResult *ResultsPage::earlier() const
{
    return m_document->comparison() ? &m_document->comparison()->earlier.scores() : nullptr;
}

bool ResultsPage::tablesShown() const
{
    return m_asTables->isChecked();
}

void ResultsPage::setTablesShown(bool tables)
{
    if (m_asTables->isChecked() != tables)
        m_asTables->setChecked(tables); // comes back here through toggled()
    emit tablesShownChanged(tables);
    for (QStackedWidget *stack : std::as_const(m_stacks))
        showChartOrTable(stack);
    for (const auto &[band, table] : std::as_const(m_peerViews)) {
        band->setVisible(!tables);
        table->setVisible(tables);
    }
}

void ResultsPage::setBenchmark(std::shared_ptr<const Benchmark> benchmark)
{
    m_benchmark = std::move(benchmark);
    refresh();
}

QWidget *ResultsPage::peerCard(const QString &title, const QList<PeerRow> &rows, QWidget *parent)
{
    const Language lang = Ui::language();
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(QStringLiteral("peers"));
    auto *layout = new QVBoxLayout(box);
    auto *band = new PeerBand(box);
    band->setRows(title, rows, lang);
    auto *table = new QTableView(box);
    auto *model = new QStandardItemModel(table);
    model->setHorizontalHeaderLabels({tr("Score"), tr("You"), tr("Peers: first quartile"), tr("Median"),
                                      tr("Third quartile"), tr("Where you stand")});
    for (const PeerRow &row : rows) {
        QList<QStandardItem *> items;
        const BenchmarkDistribution &d = *row.place.distribution;
        for (const QString &text :
             {row.label, QString::number(row.score), QString::number(d.q1), QString::number(d.median),
              QString::number(d.q3), PeerReport::standing(row.place.quarter, lang)}) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            items.append(item);
        }
        model->appendRow(items);
    }
    table->setModel(model);
    table->setAccessibleName(tr("Table: %1").arg(title));
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            static_cast<int>(rows.size()) * table->verticalHeader()->defaultSectionSize() + 8);
    // Shown one at a time, the layout taking the height of the one shown.
    band->setVisible(!m_asTables->isChecked());
    table->setVisible(m_asTables->isChecked());
    layout->addWidget(band);
    layout->addWidget(table);
    auto *caption = new QLabel(PeerReport::comparedWith(rows, lang), box);
    caption->setObjectName(QStringLiteral("peerGroup"));
    caption->setTextFormat(Qt::PlainText);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    m_peerBands.append(band);
    m_peerCaptions.append(caption);
    m_peerViews.append({band, table});
    return box;
}

void ResultsPage::showChartOrTable(QStackedWidget *stack) const
{
    const bool table = m_asTables->isChecked() || stack->width() < RadarChart::readableWidth();
    stack->setCurrentIndex(table ? 1 : 0);
}

void ResultsPage::arrangeCards()
{
    const QBoxLayout::Direction direction =
        width() >= sideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    for (QBoxLayout *cardLayout : std::as_const(m_cardLayouts))
        cardLayout->setDirection(direction);
}

QStringList ResultsPage::cardTexts() const
{
    QStringList texts;
    if (!m_cards)
        return texts;
    for (const QGroupBox *box : m_cards->findChildren<QGroupBox *>()) {
        QString text = box->title();
        for (const QLabel *label : box->findChildren<QLabel *>())
            text += QLatin1Char('\n') + label->text();
        texts.append(text);
    }
    return texts;
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ResultsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

bool ResultsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (auto *stack = qobject_cast<QStackedWidget *>(watched); stack && m_stacks.contains(stack))
            showChartOrTable(stack);
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *ResultsPage::chartCard(const QString &title, const QList<AxisRow> &rows, QWidget *parent)
{
    auto *stack = new QStackedWidget(parent);
    auto *chart = new RadarChart(stack);
    QList<RadarChart::Axis> axes;
    QList<ScoreTableModel::Row> tableRows;
    for (const AxisRow &row : rows) {
        axes.append({row.label, row.score, row.earlier});
        tableRows.append({row.label, row.score, row.level, row.earlier});
    }
    chart->setData(title, axes, earlier() != nullptr);
    auto *table = new QTableView(stack);
    auto *model = new ScoreTableModel(table);
    model->setRows(tableRows, earlier() != nullptr);
    table->setModel(model);
    table->setAccessibleName(tr("Table: %1").arg(title));
    // Tab and Shift+Tab leave the table (the arrows move between its cells): no keyboard trap.
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    stack->addWidget(chart);
    stack->addWidget(table);
    stack->setMinimumHeight(300);
    stack->installEventFilter(this);
    m_stacks.append(stack);
    showChartOrTable(stack);
    m_charts.append(chart);
    m_tables.append(model);
    return stack;
}

QString ResultsPage::summaryText(const AssessmentResult &result, const AssessmentResult *earlier) const
{
    const Language lang = Ui::language();
    QStringList notAssessed;
    for (const ThemeResult &theme : result.themes) {
        if (!theme.score)
            notAssessed.append(theme.questionnaire->title.text(lang));
    }
    const int total = static_cast<int>(result.themes.size());
    const int assessed = total - static_cast<int>(notAssessed.size());
    QString text;
    if (!result.overall) {
        text = tr("No score yet: answer a few questions first.");
    } else if (notAssessed.isEmpty()) {
        text = tr("Overall score: %1 — %2. %3")
                   .arg(Ui::score(*result.overall), result.overallLevel->name.text(lang),
                        result.overallLevel->description.text(lang));
    } else {
        // A partial assessment says so: the score is of the themes answered, not of the firm.
        text = tr("Overall score: %1 — on %n of %2 themes. %3. %4", "", assessed)
                   .arg(Ui::score(*result.overall))
                   .arg(total)
                   .arg(result.overallLevel->name.text(lang), result.overallLevel->description.text(lang));
        text += QLatin1Char('\n') +
                tr("Not assessed yet, so not counted%1 %2.").arg(Ui::colon(), notAssessed.join(QStringLiteral(", ")));
    }
    if (!earlier)
        return text;

    // Compared on what both assessments cover only: a theme scored in one of them says nothing of a change.
    double now = 0;
    double then = 0;
    int common = 0;
    int earlierAssessed = 0;
    for (const ThemeResult &before : earlier->themes)
        earlierAssessed += before.score ? 1 : 0;
    for (const ThemeResult &theme : result.themes) {
        const ThemeResult *before = earlier->theme(theme.questionnaire->id);
        if (theme.score && before && before->score) {
            now += *theme.score;
            then += *before->score;
            ++common;
        }
    }
    const QString label = m_document->comparison()->label;
    QString compared;
    if (common == 0) {
        compared = tr("Compared with %1: no theme is assessed in both, so there is nothing to compare.").arg(label);
    } else if (common == assessed && common == earlierAssessed) {
        compared = tr("Compared with %1.").arg(label) + QLatin1Char(' ') +
                   tr("Earlier overall score: %1.").arg(Ui::score(*earlier->overall));
    } else {
        compared = tr("Compared with %1 on the themes assessed in both (%n): %2 now, %3 then.", "", common)
                       .arg(label, Ui::score(now / common), Ui::score(then / common));
    }
    return text + QLatin1Char('\n') + compared;
}

void ResultsPage::refresh()
{
    const Language lang = Ui::language();
    m_asTables->setText(tr("Show the charts as &tables"));
    m_howTitle->setText(tr("How the scores were computed"));
    m_how->setAccessibleName(tr("How the scores were computed"));

    delete m_cards;
    m_charts.clear();
    m_tables.clear();
    m_stacks.clear();
    m_cardLayouts.clear();
    m_peerBands.clear();
    m_peerCaptions.clear();
    m_peerViews.clear();
    m_cards = new QWidget(this);
    m_cardsLayout->addWidget(m_cards);
    auto *cards = new QVBoxLayout(m_cards);
    cards->setContentsMargins(0, 0, 0, 0);

    const Evaluation evaluation = m_document->evaluation();
    const AssessmentResult &result = evaluation.scores();
    const AssessmentResult *const earlier = this->earlier();
    m_summary->setText(summaryText(result, earlier));
    m_summary->setAccessibleName(m_summary->text());
    // An earlier score is shown only beside a score of now: a change needs both.
    const auto compared = [](const std::optional<double> &now, const std::optional<double> &then) {
        return now && then ? then : std::nullopt;
    };

    // The overview: one axis per theme.
    if (result.themes.size() >= 1) {
        auto *box = new QGroupBox(tr("All themes"), m_cards);
        auto *boxLayout = new QBoxLayout(QBoxLayout::LeftToRight, box);
        m_cardLayouts.append(boxLayout);
        QList<AxisRow> rows;
        QStringList lines;
        for (const ThemeResult &theme : result.themes) {
            const ThemeResult *before = earlier ? earlier->theme(theme.questionnaire->id) : nullptr;
            rows.append({theme.questionnaire->title.text(lang), theme.score,
                         before ? compared(theme.score, before->score) : std::nullopt,
                         theme.level ? theme.level->name.text(lang) : QString()});
            QString line = QStringLiteral("• %1%2 %3")
                               .arg(theme.questionnaire->title.text(lang), Ui::colon(),
                                    theme.score ? Ui::score(*theme.score) : tr("not assessed"));
            if (theme.level)
                line += QStringLiteral(" — ") + theme.level->name.text(lang);
            if (before && before->score && theme.score)
                line += QLatin1Char(' ') + tr("(earlier: %1)").arg(Ui::score(*before->score));
            lines.append(line);
        }
        boxLayout->addWidget(chartCard(tr("all themes"), rows, box), 3);
        auto *summary = new QLabel(lines.join(QLatin1Char('\n')), box);
        summary->setTextFormat(Qt::PlainText);
        summary->setWordWrap(true);
        summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        summary->setMinimumWidth(220);
        boxLayout->addWidget(summary, 2);
        cards->addWidget(box);
        if (m_benchmark) {
            QList<PeerRow> peers;
            if (const std::optional<PeerRow> overall = PeerReport::overall(evaluation, *m_benchmark, lang))
                peers.append(*overall);
            for (const PeerTheme &theme : PeerReport::themes(evaluation, *m_benchmark, lang)) {
                if (!theme.rows.first().dimension)
                    peers.append(theme.rows.first());
            }
            if (!peers.isEmpty())
                cards->addWidget(peerCard(tr("All themes: you and your peers"), peers, m_cards));
        }
    }
    const QList<PeerTheme> peerThemes =
        m_benchmark ? PeerReport::themes(evaluation, *m_benchmark, lang) : QList<PeerTheme>();

    for (const ThemeResult &theme : result.themes) {
        const Questionnaire &q = *theme.questionnaire;
        const ThemeResult *before = earlier ? earlier->theme(q.id) : nullptr;
        QString title = q.title.text(lang);
        if (theme.score)
            title += QStringLiteral(" — %1, %2").arg(Ui::score(*theme.score), theme.level->name.text(lang));
        else
            title += QStringLiteral(" — ") + tr("not assessed");
        auto *box = new QGroupBox(title, m_cards);
        auto *boxLayout = new QBoxLayout(QBoxLayout::LeftToRight, box);
        m_cardLayouts.append(boxLayout);
        QList<AxisRow> rows;
        QList<const DimensionResult *> scored;
        for (const DimensionResult *d : theme.scoredDimensions()) { // a context dimension is no axis
            const DimensionResult *then = before ? before->dimension(d->dimension->id) : nullptr;
            rows.append({d->dimension->title.text(lang), d->score,
                         then ? compared(d->score, then->score) : std::nullopt,
                         d->level ? d->level->name.text(lang) : QString()});
            if (d->score)
                scored.append(d);
        }
        boxLayout->addWidget(chartCard(q.title.text(lang), rows, box), 3);

        QString side;
        if (scored.isEmpty()) {
            // Nothing answered: no strengths or gaps to speak of, only what is left to do.
            side = tr("Not assessed: no question of this theme is answered yet.");
        } else {
            std::sort(scored.begin(), scored.end(),
                      [](const DimensionResult *a, const DimensionResult *b) { return *a->score > *b->score; });
            QStringList strengths;
            QStringList gaps;
            for (const DimensionResult *d : scored) {
                if (*d->score >= 50 && strengths.size() < 3)
                    strengths.append(
                        QStringLiteral("• %1 (%2)").arg(d->dimension->title.text(lang), Ui::score(*d->score)));
            }
            for (auto it = scored.crbegin(); it != scored.crend(); ++it) {
                if (*(*it)->score < 50 && gaps.size() < 3)
                    gaps.append(
                        QStringLiteral("• %1 (%2)").arg((*it)->dimension->title.text(lang), Ui::score(*(*it)->score)));
            }
            side = tr("Strengths") + Ui::colon() + QLatin1Char('\n') +
                   (strengths.isEmpty() ? tr("none yet above 50/100") : strengths.join(QLatin1Char('\n'))) +
                   QStringLiteral("\n\n") + tr("Gaps") + Ui::colon() + QLatin1Char('\n') +
                   (gaps.isEmpty() ? tr("none below 50/100") : gaps.join(QLatin1Char('\n')));
        }
        side += QStringLiteral("\n\n") + tr("%1 of %2 questions answered.").arg(theme.answered).arg(theme.visible);
        if (theme.dontKnow > 0) {
            // `dontKnow: excluded` leaves them out of the score: say which way they weigh.
            int excluded = 0;
            for (const DimensionResult &d : theme.dimensions) {
                for (const QuestionResult &qr : d.questions)
                    excluded += qr.state == QuestionResult::State::DontKnow && qr.excluded ? 1 : 0;
            }
            side += QLatin1Char(' ');
            if (excluded == 0)
                side += tr("\"Don't know\" answers to check: %1. They count as the lowest answer.").arg(theme.dontKnow);
            else if (excluded == theme.dontKnow)
                side += tr("\"Don't know\" answers to check: %1. They are left out of the score.").arg(theme.dontKnow);
            else
                side += tr("\"Don't know\" answers to check: %1. %2 of them are left out of the score, the others "
                           "count as the lowest answer.")
                            .arg(theme.dontKnow)
                            .arg(excluded);
        }
        auto *sideLabel = new QLabel(side, box);
        sideLabel->setTextFormat(Qt::PlainText);
        sideLabel->setWordWrap(true);
        sideLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        sideLabel->setMinimumWidth(220);
        boxLayout->addWidget(sideLabel, 2);
        cards->addWidget(box);
        for (const PeerTheme &peers : peerThemes) {
            if (peers.id == q.id)
                cards->addWidget(peerCard(tr("%1: you and your peers").arg(peers.title), peers.rows, m_cards));
        }
    }
    arrangeCards();
    fillFollowUp(evaluation);
    fillContributions(evaluation);
}

void ResultsPage::fillFollowUp(const Evaluation &evaluation)
{
    const auto &comparison = m_document->comparison();
    std::optional<FollowUp> followUp;
    if (comparison)
        followUp.emplace(comparison->earlier, evaluation);
    m_followUpBox->setVisible(followUp && !followUp->isEmpty());
    if (!followUp || followUp->isEmpty()) {
        m_followUp->clear();
        return;
    }
    const Language lang = Ui::language();
    const Recommendations &rec = evaluation.recommendations();
    using Followed = FollowedAction::Status;
    const QList<Followed> order = {Followed::Done, Followed::Late, Followed::InProgress, Followed::ToDo,
                                   Followed::Declined};
    m_followUpBox->setTitle(tr("Follow-up of the plan decided on %1")
                                .arg(dateInWords(comparison->earlier.assessment().referenceDate(), lang)));
    QStringList counts;
    for (const Followed status : order)
        counts.append(tr("%1: %2", "a status of the plan's actions and how many have it")
                          .arg(FollowUp::statusName(status, lang))
                          .arg(followUp->count(status)));
    QString text = QStringLiteral("<p>%1</p>").arg(counts.join(QStringLiteral(" · ")).toHtmlEscaped());
    const auto change = [](int points) {
        return points > 0   ? QStringLiteral("+%1").arg(points)
               : points < 0 ? QStringLiteral("\u2212%1").arg(-points)
                            : QStringLiteral("0");
    };
    for (const Followed status : order) {
        const QList<const FollowedAction *> items = followUp->with(status);
        if (items.isEmpty())
            continue;
        QString heading = FollowUp::statusName(status, lang);
        heading[0] = heading[0].toUpper();
        text += QStringLiteral("<p><b>%1</b>").arg(heading.toHtmlEscaped());
        for (const FollowedAction *a : items) {
            QStringList facts;
            if (!a->who().isEmpty())
                facts.append(a->who());
            if (status == Followed::Done && a->doneOn().isValid())
                facts.append(tr("done on %1").arg(dateInWords(a->doneOn(), lang)));
            else if (status != Followed::Declined && a->due().isValid())
                facts.append(tr("due %1").arg(dateInWords(a->due(), lang)));
            if (status == Followed::Late)
                facts.append(DecidedPlan::progressName(a->progress(), lang));
            if (status == Followed::Declined)
                facts.append(a->reason().isEmpty() ? tr("no reason given") : a->reason().simplified());
            QString line = QStringLiteral("• ") + a->text(lang, rec);
            if (!facts.isEmpty())
                line += QStringLiteral(" — ") + facts.join(QStringLiteral(", "));
            text += QStringLiteral("<br>") + line.toHtmlEscaped();
            for (const DimensionChange &c : a->dimensions) {
                QString score = c.dimension->title.text(lang) + Ui::colon() + QLatin1Char(' ') +
                                (c.before ? Ui::score(*c.before) : tr("not assessed")) + QStringLiteral(" → ") +
                                (c.after ? Ui::score(*c.after) : tr("not assessed"));
                if (const std::optional<int> points = c.change())
                    score += QStringLiteral(" (%1)").arg(change(*points));
                text += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;") + score.toHtmlEscaped();
            }
        }
        text += QStringLiteral("</p>");
    }
    m_followUp->setText(text);
    m_followUp->setAccessibleName(m_followUpBox->title());
}

void ResultsPage::fillContributions(const Evaluation &evaluation)
{
    const Language lang = Ui::language();
    m_contributions->clear();
    m_contributions->setHorizontalHeaderLabels(
        {tr("Theme, dimension, question"), tr("Answer"), tr("Question score"), tr("Weight"), tr("Points")});
    const auto cell = [](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        return item;
    };
    for (const ThemeResult &theme : evaluation.scores().themes) {
        QList<QStandardItem *> themeRow = {cell(theme.questionnaire->title.text(lang)), cell(QString()),
                                           cell(theme.score ? Ui::score(*theme.score) : tr("not assessed")),
                                           cell(QString()), cell(QString())};
        for (const DimensionResult &d : theme.dimensions) {
            QList<QStandardItem *> dimRow = {
                cell(d.dimension->title.text(lang)), cell(QString()),
                cell(d.score               ? Ui::score(*d.score)
                     : d.dimension->scored ? tr("not assessed")
                                           : tr("context, not scored")),
                cell(d.dimension->scored ? lang.locale().toString(d.dimension->weight) : QStringLiteral("—")),
                cell(QString())};
            for (const QuestionResult &qr : d.questions) {
                QString answer;
                switch (qr.state) {
                case QuestionResult::State::Hidden:
                    answer = tr("not asked (does not apply given an earlier answer)");
                    break;
                case QuestionResult::State::Unanswered:
                    answer = qr.answer ? tr("answer kept but not counted") : tr("not answered");
                    break;
                default:
                    answer = describeAnswer(*qr.question, *qr.answer, lang);
                    if (qr.prefilled)
                        answer = tr("%1 (pre-filled from an earlier answer)").arg(answer);
                    else if (qr.excluded && qr.question->scored)
                        answer = tr("%1 (left out of the score)").arg(answer);
                }
                dimRow.first()->appendRow(
                    {cell(phraseDates(qr.question->text.text(lang), lang, evaluation.referenceDate())), cell(answer),
                     cell(qr.counted() ? Ui::percent(qr.normalised * 100) : QStringLiteral("—")),
                     cell(qr.counted() ? Ui::percent(qr.share * 100) : QStringLiteral("—")),
                     cell(qr.counted() ? lang.locale().toString(qr.contribution, 'f', 1) : QStringLiteral("—"))});
            }
            themeRow.first()->appendRow(dimRow);
        }
        m_contributions->appendRow(themeRow);
    }
    m_how->expandToDepth(0);
    // The texts share what is left once the numbers have their room: no column cut, no sideways scrolling.
    QHeaderView *header = m_how->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
}

} // namespace Phare
