// Each respondent's answer to the question shown, and where the team stands on it.
#include "respondentanswers.h"

#include "assessmentdocument.h"
#include "scorer.h"
#include "uitext.h"
#include "workshop.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Phare {

namespace {
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

RespondentAnswers::RespondentAnswers(AssessmentDocument *document, QWidget *parent)
    : QFrame(parent), m_document(document)
{
    setObjectName(QStringLiteral("respondentAnswers"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    m_title = plainLabel(this, QStringLiteral("respondentAnswersTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state = plainLabel(this, QStringLiteral("agreementState"));
    m_state->setFont(bold);
    m_list = plainLabel(this, QStringLiteral("respondentAnswerList"));
    // Read by a screen reader like the rest of the page; selectable so it can be copied into a note.
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agreed = plainLabel(this, QStringLiteral("agreedAnswer"));
    m_whyLabel = plainLabel(this, QStringLiteral("settledWhyLabel"));
    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("settledWhy"));
    m_whyLabel->setBuddy(m_why);
    connect(m_why, &QLineEdit::editingFinished, this, [this] {
        if (!m_question.isEmpty())
            m_document->setSettledWhy(m_theme, m_question, m_why->text());
    });
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_list);
    layout->addWidget(m_agreed);
    layout->addWidget(m_whyLabel);
    layout->addWidget(m_why);
    connect(m_document, &AssessmentDocument::answersChanged, this,
            [this](const QString &theme, const QString &question) {
                if (theme == m_theme && question == m_question)
                    refresh();
            });
    setVisible(false);
}

void RespondentAnswers::showQuestion(const QString &theme, const QString &question)
{
    m_theme = theme;
    m_question = question;
    refresh();
}

void RespondentAnswers::setEnteringFor(const QString &respondent)
{
    if (m_enteringFor == respondent)
        return;
    m_enteringFor = respondent;
    refresh();
}

QStringList RespondentAnswers::answerLines() const
{
    return m_list->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void RespondentAnswers::refresh()
{
    const auto standing = m_document->agreementOn(m_theme, m_question);
    const Questionnaire *questionnaire = m_document->content().questionnaire(m_theme);
    const Question *q = questionnaire ? questionnaire->question(m_question) : nullptr;
    const Assessment &assessment = m_document->assessment();
    // Each person's answer is entered here in turn, so every question of a theme shows who said what so far;
    // the firm's profile is the team's alone, unless someone's own file answered it.
    const bool shown = assessment.isWorkshop() && q && (standing || !questionnaire->profile);
    setVisible(shown);
    if (!shown)
        return;
    const Language lang = Ui::language();
    m_title->setText(tr("What each person answered"));
    QStringList lines;
    for (const Respondent &r : assessment.respondents) {
        const auto answer = m_document->respondentAnswer(r.id, m_theme, m_question);
        const QString said = answer ? describeAnswer(*q, *answer, lang) : tr("no answer");
        QString line = tr("%1%2 %3").arg(Workshop::label(assessment, r, lang, true), Ui::colon(), said);
        if (r.id == m_enteringFor)
            line = tr("%1 (being entered)", "the person whose answer is typed in now").arg(line);
        lines.append(line);
    }
    m_list->setText(lines.join(QLatin1Char('\n')));
    const auto agreed = m_document->answer(m_theme, m_question);
    m_agreed->setText(
        tr("Agreed answer%1 %2").arg(Ui::colon(), agreed ? describeAnswer(*q, *agreed, lang) : tr("none yet")));
    QString state = tr("Nobody has answered yet.");
    switch (standing ? standing->state : QuestionAgreement::State::Agreed) {
    case QuestionAgreement::State::Agreed:
        if (standing)
            state = tr("Agreed: everyone gave the same answer.");
        break;
    case QuestionAgreement::State::ToCheck:
        state = tr("To check: the answers given agree, but someone did not know or did not answer.");
        break;
    case QuestionAgreement::State::Disputed:
        // While one person's answer is being typed in, the buttons above are theirs, not the team's.
        state = m_enteringFor.isEmpty()
                    ? tr("To settle: the answers differ. Choose the agreed answer above; until then the question "
                         "counts as not answered.")
                    : tr("To settle: the answers differ. Once everyone has answered, switch to the team's agreed "
                         "answer and choose it; until then the question counts as not answered.");
        break;
    case QuestionAgreement::State::Settled:
        state = tr("Settled: the answers differed, the agreed answer above was chosen.");
        break;
    }
    m_state->setText(state);
    const bool disputed = standing && (standing->state == QuestionAgreement::State::Disputed ||
                                       standing->state == QuestionAgreement::State::Settled);
    m_whyLabel->setText(tr("&Why this answer (optional)"));
    m_why->setAccessibleName(tr("Why this answer was agreed"));
    m_why->setPlaceholderText(tr("What the team found out, in a few words."));
    m_whyLabel->setVisible(disputed);
    m_why->setVisible(disputed);
    // Only a settled question has a note on why: it is written once the agreed answer is chosen.
    m_why->setEnabled(standing && standing->state == QuestionAgreement::State::Settled);
    if (!m_why->hasFocus())
        m_why->setText(standing ? standing->why : QString());
    setAccessibleName(tr("What each person answered"));
    setAccessibleDescription(state + QLatin1Char(' ') + lines.join(QStringLiteral("; ")) + QStringLiteral(". ") +
                             m_agreed->text());
    m_list->setAccessibleName(lines.join(QStringLiteral("; ")));
}

} // namespace Phare
