// The spread of a workshop's scores on the results page (see spreadview.h).
#include "spreadview.h"

#include "assessmentdocument.h"
#include "scorer.h"
#include "uitext.h"
#include "workshop.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Phare {

namespace {

// A bar from 0 to 100: the respondents' range as a band, the agreed score as a mark.
class RangeBar final : public QWidget
{
public:
    RangeBar(const ScoreRange &range, QWidget *parent) : QWidget(parent), m_range(range)
    {
        setMinimumSize(120, 18);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return {240, fontMetrics().height() + 6}; }

protected:
    void paintEvent(QPaintEvent * /*event*/) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF track = QRectF(rect()).adjusted(4, height() * 0.3, -4, -height() * 0.3);
        const auto x = [&track](double score) {
            return track.left() + track.width() * std::clamp(score, 0.0, 100.0) / 100;
        };
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(track, 3, 3);
        if (m_range.lowest && m_range.highest) {
            QColor band = palette().color(QPalette::Highlight);
            band.setAlpha(110);
            p.setBrush(band);
            const double left = x(*m_range.lowest);
            // A range of one point is still seen.
            const double right = std::max(x(*m_range.highest), left + 3);
            p.drawRoundedRect(QRectF(left, track.top() - 2, right - left, track.height() + 4), 3, 3);
        }
        if (m_range.agreed) {
            p.setPen(QPen(palette().color(QPalette::WindowText), 3));
            const double at = x(*m_range.agreed);
            p.drawLine(QPointF(at, 1), QPointF(at, height() - 1));
        }
    }

private:
    ScoreRange m_range;
};

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(std::lround(*score)) : SpreadView::tr("–");
}

QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SpreadView::SpreadView(AssessmentDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("spreadView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 12);
    m_title = wrapped(this, QStringLiteral("spreadTitle"));
    QFont section = m_title->font();
    section.setBold(true);
    section.setPointSizeF(section.pointSizeF() * 1.2);
    m_title->setFont(section);
    m_intro = wrapped(this, QStringLiteral("spreadIntro"));
    m_bars = new QWidget(this);
    m_barsLayout = new QGridLayout(m_bars);
    m_barsLayout->setContentsMargins(0, 0, 0, 0);
    m_tableTitle = wrapped(this, QStringLiteral("spreadTableTitle"));
    m_tableTitle->setFont(section);
    m_widestTitle = wrapped(this, QStringLiteral("spreadWidestTitle"));
    m_widestTitle->setFont(section);
    m_widest = wrapped(this, QStringLiteral("spreadWidest"));
    m_widest->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_widest->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_bars);
    layout->addWidget(m_tableTitle);
    layout->addWidget(m_widestTitle);
    layout->addWidget(m_widest);

    connect(m_document, &AssessmentDocument::evaluationChanged, this, &SpreadView::documentChanged);
    connect(m_document, &AssessmentDocument::opened, this, &SpreadView::documentChanged);
    documentChanged();
}

void SpreadView::documentChanged()
{
    m_stale = true;
    const bool workshop = m_document->isOpen() && m_document->assessment().isWorkshop();
    setVisible(workshop);
    if (workshop && isVisible())
        refresh();
}

void SpreadView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SpreadView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        documentChanged();
}

QStringList SpreadView::rangeTexts() const
{
    QStringList texts;
    for (const QWidget *bar : m_bars->findChildren<QWidget *>(QStringLiteral("rangeBar")))
        texts.append(bar->accessibleName());
    return texts;
}

void SpreadView::refresh()
{
    m_stale = false;
    const Assessment &assessment = m_document->assessment();
    if (!assessment.isWorkshop())
        return;
    const Content &content = m_document->content();
    const Language lang = Ui::language();
    const WorkshopResult result = Workshop::evaluate(content, assessment, m_document->result());

    m_title->setText(tr("How far apart the team is"));
    QString intro = tr("For each theme and part: the agreed score (the line) and, shaded, the range from the lowest to "
                       "the highest score of the %n person(s) who answered alone.",
                       nullptr, static_cast<int>(assessment.respondents.size()));
    // A question still to settle counts as not answered in the agreed scores: they may then be below everyone's.
    if (result.toSettle > 0)
        intro += QLatin1Char(' ') + tr("The %n question(s) still to settle count as not answered in the agreed "
                                       "scores, which can then be lower than anyone's.",
                                       nullptr, result.toSettle);
    m_intro->setText(intro);

    // The range bars, theme by theme, then their parts.
    delete m_bars;
    m_bars = new QWidget(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_bars);
    m_barsLayout = new QGridLayout(m_bars);
    m_barsLayout->setContentsMargins(0, 4, 0, 4);
    m_barsLayout->setColumnStretch(2, 1);
    QStringList respondents;
    for (const Respondent &r : assessment.respondents)
        respondents.append(Workshop::label(assessment, r, lang, true));
    struct Line
    {
        QString label;
        bool theme;
        ScoreRange range;
        QList<std::optional<double>> scores; // each respondent's
    };
    QList<Line> lines;
    for (const ThemeSpread &t : result.themes) {
        const Questionnaire *q = content.questionnaire(t.theme);
        if (!q)
            continue;
        Line line{q->title.text(lang), true, t.range, {}};
        for (const RespondentScores &r : result.respondents) {
            const ThemeResult *scored = r.scores.theme(t.theme);
            line.scores.append(scored ? scored->score : std::nullopt);
        }
        lines.append(line);
        for (const DimensionSpread &d : t.dimensions) {
            const Dimension *dimension = q->dimension(d.dimension);
            if (!dimension)
                continue;
            Line part{dimension->title.text(lang), false, d.range, {}};
            for (const RespondentScores &r : result.respondents) {
                const ThemeResult *scored = r.scores.theme(t.theme);
                const DimensionResult *dr = scored ? scored->dimension(d.dimension) : nullptr;
                part.scores.append(dr ? dr->score : std::nullopt);
            }
            lines.append(part);
        }
    }
    int row = 0;
    for (const Line &line : std::as_const(lines)) {
        auto *name = wrapped(m_bars, QString());
        name->setText(line.label);
        if (line.theme) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        } else {
            name->setIndent(16);
        }
        auto *figures = wrapped(m_bars, QString());
        figures->setWordWrap(false);
        const QString range = line.range.lowest
                                  ? tr("%1–%2").arg(scoreText(line.range.lowest), scoreText(line.range.highest))
                                  : tr("no score");
        figures->setText(tr("agreed %1 · range %2").arg(scoreText(line.range.agreed), range));
        auto *bar = new RangeBar(line.range, m_bars);
        bar->setObjectName(QStringLiteral("rangeBar"));
        bar->setAccessibleName(
            tr("%1: agreed score %2, the team's scores %3").arg(line.label, scoreText(line.range.agreed), range));
        bar->setToolTip(bar->accessibleName());
        m_barsLayout->addWidget(name, row, 0);
        m_barsLayout->addWidget(figures, row, 1);
        m_barsLayout->addWidget(bar, row, 2);
        ++row;
    }
    m_barsLayout->setColumnStretch(0, 2);
    m_barsLayout->setColumnStretch(2, 3);

    // Each respondent's scores: the table alternative to the bars. Made for the first workshop only: the results
    // page's own tables, made after it, are the ones a file of one person has.
    if (!m_table) {
        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("spreadTable"));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setTabKeyNavigation(false);
        m_table->setAlternatingRowColors(true);
        m_table->setWordWrap(true);
        m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_table->verticalHeader()->setVisible(false);
        m_tableTitle->setBuddy(m_table);
        static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_tableTitle) + 1, m_table);
    }
    m_tableTitle->setText(tr("Each person's &scores"));
    QStringList headers{tr("Theme or part"), tr("Agreed")};
    headers.append(respondents);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    // A column per person, headed by the name only (the role in its tooltip): the roles in the firm's words
    // are long, and squeezed the names of the themes into a sliver at 150 %.
    for (qsizetype i = 0; i < assessment.respondents.size(); ++i) {
        QTableWidgetItem *header = m_table->horizontalHeaderItem(static_cast<int>(2 + i));
        header->setToolTip(header->text());
        header->setText(assessment.respondents[i].name);
    }
    m_table->setRowCount(static_cast<int>(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const Line &line = lines[r];
        auto *name = new QTableWidgetItem(line.theme ? line.label : QStringLiteral("    ") + line.label);
        if (line.theme) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(scoreText(line.range.agreed)));
        for (int c = 0; c < line.scores.size(); ++c)
            m_table->setItem(r, 2 + c, new QTableWidgetItem(scoreText(line.scores[c])));
    }
    m_table->setAccessibleName(tr("Each person's scores, by theme and part"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);

    // The widest disagreements, each with who said what.
    m_widestTitle->setText(tr("Where the answers differ most"));
    QStringList widest;
    for (const Disagreement &d : result.widest) {
        const Questionnaire *q = content.questionnaire(d.theme);
        const Question *question = q ? q->question(d.question) : nullptr;
        if (!question)
            continue;
        QStringList said;
        for (const Disagreement::Said &s : d.said) {
            const Respondent *r = assessment.respondent(s.respondent);
            if (!r || !s.answer)
                continue;
            said.append(tr("%1%2 %3").arg(Workshop::label(assessment, *r, lang, true), Ui::colon(),
                                          describeAnswer(*question, *s.answer, lang)));
        }
        QString agreed;
        switch (d.state) {
        case QuestionAgreement::State::Disputed:
            agreed = tr("to settle");
            break;
        case QuestionAgreement::State::Settled:
            agreed = d.agreed ? tr("settled: %1").arg(describeAnswer(*question, *d.agreed, lang)) : tr("settled");
            if (!d.why.isEmpty())
                agreed += tr(" (%1)").arg(d.why);
            break;
        default:
            agreed = d.agreed ? tr("agreed: %1").arg(describeAnswer(*question, *d.agreed, lang)) : QString();
            break;
        }
        widest.append(
            tr("• %1 (gap %2)\n    %3\n    → %4")
                .arg(question->text.text(lang), Ui::percent(d.gap * 100), said.join(QStringLiteral(" · ")), agreed));
    }
    m_widest->setText(widest.isEmpty() ? tr("The team gave the same answers everywhere.")
                                       : widest.join(QStringLiteral("\n")));
    m_widest->setAccessibleName(m_widestTitle->text());
    m_widest->setAccessibleDescription(m_widest->text());
}

} // namespace Phare
