// The dialog naming the people of a workshop, and what adding or leaving someone out does (see peopledialog.h).
#include "peopledialog.h"

#include "uitext.h"
#include "workshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Phare {

namespace {
int answerCount(const QMap<QString, QMap<QString, Answer>> &answers)
{
    int count = 0;
    for (const auto &theme : answers)
        count += static_cast<int>(theme.size());
    return count;
}
} // namespace

PeopleDialog::PeopleDialog(const Content &content, const Assessment &assessment, QWidget *parent)
    : QDialog(parent), m_content(content), m_assessment(assessment)
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People in the workshop"));
    auto *intro = new QLabel(tr("Name each person who answers in the workshop. On the question page you then record "
                                "each one's answer in turn (Ctrl+R goes to the next person), and Phare shows where "
                                "they agree. Names are shown in the app; the report names people by their role "
                                "unless you ask for names."),
                             this);
    intro->setWordWrap(true);

    // One line of fields per person, in a scrolled list: ten people still fit a small screen.
    auto *lines = new QWidget;
    lines->setObjectName(QStringLiteral("peopleLines"));
    m_lines = new QVBoxLayout(lines);
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(lines);
    scroll->setMinimumHeight(120);

    m_add = new QPushButton(tr("&Add a person"), this);
    m_add->setObjectName(QStringLiteral("peopleAdd"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addStretch();

    m_answersSoFar = new QCheckBox(this);
    m_answersSoFar->setObjectName(QStringLiteral("peopleAnswersSoFar"));
    m_answersSoFar->setChecked(true);
    connect(m_answersSoFar, &QCheckBox::toggled, this, &PeopleDialog::update);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("peopleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("peopleOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_answersSoFar);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (const Respondent &r : m_assessment.respondents)
        addRow(r);
    // A plain assessment becomes a workshop of two: the owner who answered so far, say, and one more.
    if (m_rows.isEmpty()) {
        Respondent first;
        first.role = QStringLiteral("owner");
        addRow(first);
        Respondent second;
        second.role = QStringLiteral("employee");
        addRow(second);
    }
    resize(680, 420);
    update();
}

void PeopleDialog::addRow(const Respondent &respondent)
{
    Row row;
    row.id = respondent.id;
    row.line = new QWidget;
    auto *layout = new QHBoxLayout(row.line);
    layout->setContentsMargins(0, 0, 0, 0);
    row.number = new QLabel(row.line);
    row.name = new QLineEdit(respondent.name, row.line);
    row.name->setObjectName(QStringLiteral("peopleName"));
    row.name->setPlaceholderText(tr("Name"));
    row.name->setMaxLength(200);
    row.name->setToolTip(tr("The person's name: shown in the app, and in the report only if you ask for it."));
    row.number->setBuddy(row.name);
    connect(row.name, &QLineEdit::textChanged, this, &PeopleDialog::update);
    row.role = new QComboBox(row.line);
    row.role->setObjectName(QStringLiteral("peopleRole"));
    const Language lang = Ui::language();
    for (const QString &id : Respondent::roles())
        row.role->addItem(Workshop::roleName(id, lang), id);
    const auto at = Respondent::roles().indexOf(respondent.role.isEmpty() ? QStringLiteral("other") : respondent.role);
    row.role->setCurrentIndex(static_cast<int>(std::max<qsizetype>(0, at)));
    row.roleText = new QLineEdit(respondent.roleText, row.line);
    row.roleText->setObjectName(QStringLiteral("peopleRoleText"));
    row.roleText->setPlaceholderText(tr("Job in the firm (optional)"));
    row.roleText->setMaxLength(200);
    row.roleText->setToolTip(
        tr("How the firm calls the job (\"shop assistant\"): the report uses it instead of the role."));
    row.remove = new QPushButton(tr("Remove"), row.line);
    row.remove->setObjectName(QStringLiteral("peopleRemove"));
    row.remove->setAutoDefault(false);
    connect(row.remove, &QPushButton::clicked, this, [this, line = row.line] {
        const auto found =
            std::find_if(m_rows.cbegin(), m_rows.cend(), [line](const Row &r) { return r.line == line; });
        removePerson(static_cast<int>(found - m_rows.cbegin()));
    });
    layout->addWidget(row.number);
    layout->addWidget(row.name, 3);
    layout->addWidget(row.role, 0);
    layout->addWidget(row.roleText, 2);
    layout->addWidget(row.remove, 0);
    m_lines->insertWidget(m_lines->count() - 1, row.line); // before the stretch
    m_rows.append(row);
    renumber();
}

void PeopleDialog::renumber()
{
    // What a screen reader says on each field names the line it is on.
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        row.number->setText(QStringLiteral("%1.").arg(i + 1));
        row.name->setAccessibleName(tr("Name of person %1").arg(i + 1));
        row.role->setAccessibleName(tr("Role of person %1").arg(i + 1));
        row.roleText->setAccessibleName(tr("Job in the firm of person %1 (optional)").arg(i + 1));
        row.remove->setAccessibleName(tr("Remove person %1").arg(i + 1));
    }
    // Tab goes through the people in reading order, then on to the buttons (lines added later were last).
    QWidget *previous = nullptr;
    const auto chain = [&previous](QWidget *next) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    };
    for (const Row &row : std::as_const(m_rows)) {
        chain(row.name);
        chain(row.role);
        chain(row.roleText);
        chain(row.remove);
    }
    chain(m_add);
    chain(m_answersSoFar);
    chain(m_ok);
}

void PeopleDialog::addPerson()
{
    if (m_rows.size() >= Assessment::maxRespondents)
        return;
    Respondent someone;
    someone.role = QStringLiteral("employee");
    addRow(someone);
    m_rows.last().name->setFocus(Qt::OtherFocusReason);
    update();
}

void PeopleDialog::removePerson(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row gone = m_rows.takeAt(row);
    gone.line->deleteLater();
    gone.line->hide();
    renumber();
    // The cursor stays in the list: on the line that took its place, else on the button adding someone.
    if (row < m_rows.size())
        m_rows[row].name->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
    update();
}

QMap<QString, QMap<QString, Answer>> PeopleDialog::answersSoFar() const
{
    const Questionnaire *profile = m_content.profile();
    QMap<QString, QMap<QString, Answer>> answers;
    for (auto t = m_assessment.themes.cbegin(); t != m_assessment.themes.cend(); ++t) {
        if ((!profile || t.key() != profile->id) && !t->answers.isEmpty())
            answers.insert(t.key(), t->answers);
    }
    return answers;
}

QList<Respondent> PeopleDialog::respondents() const
{
    QList<Respondent> list;
    // New people get the first ids no one has in this file ("r3" after r1 and r2, even if r2 is being left out):
    // every line's id is one of the file's.
    int next = 1;
    const bool plain = !m_assessment.isWorkshop();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        Respondent r;
        if (const Respondent *known = m_assessment.respondent(row.id))
            r = *known;
        if (r.id.isEmpty()) {
            while (m_assessment.respondent(QStringLiteral("r%1").arg(next)))
                ++next;
            r.id = QStringLiteral("r%1").arg(next++);
            if (plain && i == 0 && m_answersSoFar->isChecked())
                r.answers = answersSoFar();
        }
        r.name = row.name->text().trimmed();
        r.role = row.role->currentData().toString();
        r.roleText = row.roleText->text().trimmed();
        list.append(r);
    }
    return list;
}

void PeopleDialog::update()
{
    const auto rows = static_cast<int>(m_rows.size());
    const Language lang = Ui::language();
    QStringList lines;
    bool ok = true;
    m_add->setEnabled(rows < Assessment::maxRespondents);
    m_add->setAccessibleName(tr("Add a person (at most %1)").arg(Assessment::maxRespondents));

    // The first person may take the answers given before the workshop (a plain assessment only).
    const int soFar = answerCount(answersSoFar());
    const bool offer = !m_assessment.isWorkshop() && soFar > 0 && rows > 0;
    m_answersSoFar->setVisible(offer);
    if (offer) {
        const QString first = m_rows.first().name->text().trimmed();
        m_answersSoFar->setText(first.isEmpty()
                                    ? tr("The %n answer(s) given so far are the first person's", nullptr, soFar)
                                    : tr("The %n answer(s) given so far are %1's", nullptr, soFar).arg(first));
    }

    if (rows == 1) {
        ok = false;
        lines.append(tr("A workshop has at least two people. Add someone, or remove everyone to make this a plain "
                        "assessment again."));
    }
    for (int row = 0; row < rows; ++row) {
        if (m_rows[row].name->text().trimmed().isEmpty()) {
            ok = false;
            lines.append(tr("Give person %1 a name (a first name is enough).").arg(row + 1));
        }
    }
    // Leaving someone out loses their own answers: said before it is done (Edit → Undo brings them back).
    for (const Respondent &r : m_assessment.respondents) {
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&r](const Row &row) { return row.id == r.id; }))
            continue;
        const int count = answerCount(r.answers);
        lines.append(count > 0
                         ? tr("%1 is left out: their %n answer(s) will be removed (Edit → Undo brings them back).",
                              nullptr, count)
                               .arg(Workshop::label(m_assessment, r, lang, true))
                         : tr("%1 is left out.").arg(Workshop::label(m_assessment, r, lang, true)));
    }
    if (rows == 0 && m_assessment.isWorkshop())
        lines.append(tr("This becomes a plain assessment: the agreed answers stay, each person's own answers go."));
    else if (rows >= 2 && !m_assessment.isWorkshop())
        lines.append(offer && m_answersSoFar->isChecked()
                         ? tr("The other people's answers are then entered one by one; where they differ, the question "
                              "is to settle.")
                         : tr("The answers given so far stay the agreed ones until the people's own answers are "
                              "entered."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setAccessibleName(m_summary->text());
    m_summary->setVisible(!lines.isEmpty());
    m_ok->setEnabled(ok);
}

} // namespace Phare
