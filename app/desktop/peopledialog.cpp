// The dialog naming the people of a workshop, and what adding or leaving someone out does (see peopledialog.h).
#include "peopledialog.h"

#include "uitext.h"
#include "workshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Phare {

namespace {
enum Column
{
    NameColumn,
    RoleColumn,
    RoleTextColumn
};

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

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Role in the firm's words (optional)")});
    m_table->setAccessibleName(tr("People in the workshop, with each one's name and role"));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoleTextColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(140);
    connect(m_table, &QTableWidget::itemChanged, this, &PeopleDialog::update);

    m_add = new QPushButton(tr("&Add a person"), this);
    m_add->setObjectName(QStringLiteral("peopleAdd"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("peopleRemove"));
    m_remove->setAccessibleName(tr("Remove the selected person"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &PeopleDialog::removeSelected);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
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
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_answersSoFar);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (const Respondent &r : m_assessment.respondents)
        addRow(r);
    // A plain assessment becomes a workshop of two: the owner who answered so far, say, and one more.
    if (m_table->rowCount() == 0) {
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
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_ids.append(respondent.id);
    auto *name = new QTableWidgetItem(respondent.name);
    name->setToolTip(tr("The person's name: shown in the app, and in the report only if you ask for it."));
    m_table->setItem(row, NameColumn, name);
    auto *role = new QComboBox(m_table);
    role->setObjectName(QStringLiteral("peopleRole"));
    const Language lang = Ui::language();
    for (const QString &id : Respondent::roles())
        role->addItem(Workshop::roleName(id, lang), id);
    const auto at = Respondent::roles().indexOf(respondent.role.isEmpty() ? QStringLiteral("other") : respondent.role);
    role->setCurrentIndex(static_cast<int>(std::max<qsizetype>(0, at)));
    role->setAccessibleName(tr("Role of the person on row %1").arg(row + 1));
    connect(role, &QComboBox::currentIndexChanged, this, &PeopleDialog::update);
    m_table->setCellWidget(row, RoleColumn, role);
    auto *roleText = new QTableWidgetItem(respondent.roleText);
    roleText->setToolTip(
        tr("How the firm calls the job (\"shop assistant\"): the report uses it instead of the role."));
    m_table->setItem(row, RoleTextColumn, roleText);
}

void PeopleDialog::addPerson()
{
    if (m_table->rowCount() >= Assessment::maxRespondents)
        return;
    Respondent someone;
    someone.role = QStringLiteral("employee");
    addRow(someone);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, NameColumn));
    update();
}

void PeopleDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    m_ids.removeAt(row);
    update();
}

int PeopleDialog::answersSoFar() const
{
    const Questionnaire *profile = m_content.profile();
    int count = 0;
    for (auto t = m_assessment.themes.cbegin(); t != m_assessment.themes.cend(); ++t) {
        if (!profile || t.key() != profile->id)
            count += static_cast<int>(t->answers.size());
    }
    return count;
}

QList<Respondent> PeopleDialog::respondents() const
{
    QList<Respondent> list;
    // New people get the first ids no one has had in this file ("r3" after r1 and r2, even if r2 left).
    int next = 1;
    const auto taken = [this](const QString &id) {
        if (m_assessment.respondent(id))
            return true;
        return m_ids.contains(id);
    };
    const bool plain = !m_assessment.isWorkshop();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Respondent r;
        if (const Respondent *known = m_assessment.respondent(m_ids.value(row)))
            r = *known;
        if (r.id.isEmpty()) {
            while (taken(QStringLiteral("r%1").arg(next)))
                ++next;
            r.id = QStringLiteral("r%1").arg(next++);
            if (plain && row == 0 && m_answersSoFar->isChecked()) {
                const Questionnaire *profile = m_content.profile();
                for (auto t = m_assessment.themes.cbegin(); t != m_assessment.themes.cend(); ++t) {
                    if ((!profile || t.key() != profile->id) && !t->answers.isEmpty())
                        r.answers.insert(t.key(), t->answers);
                }
            }
        }
        r.name = m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->text().trimmed() : QString();
        if (const auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn)))
            r.role = role->currentData().toString();
        r.roleText =
            m_table->item(row, RoleTextColumn) ? m_table->item(row, RoleTextColumn)->text().trimmed() : QString();
        list.append(r);
    }
    return list;
}

void PeopleDialog::update()
{
    const int rows = m_table->rowCount();
    const Language lang = Ui::language();
    QStringList lines;
    bool ok = true;
    m_add->setEnabled(rows < Assessment::maxRespondents);
    m_remove->setEnabled(rows > 0);
    m_add->setAccessibleName(tr("Add a person (at most %1)").arg(Assessment::maxRespondents));

    // The first person may take the answers given before the workshop (a plain assessment only).
    const int soFar = answersSoFar();
    const bool offer = !m_assessment.isWorkshop() && soFar > 0 && rows > 0;
    m_answersSoFar->setVisible(offer);
    if (offer) {
        const QString first = m_table->item(0, NameColumn) ? m_table->item(0, NameColumn)->text().trimmed() : QString();
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
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        if (!name || name->text().trimmed().isEmpty()) {
            ok = false;
            lines.append(tr("Give the person on row %1 a name (a first name is enough).").arg(row + 1));
        } else if (name->text().size() > Assessment::maxTextLength) {
            ok = false;
            lines.append(tr("The name on row %1 is too long.").arg(row + 1));
        }
    }
    // Leaving someone out loses their own answers: said before it is done (Edit → Undo brings them back).
    for (const Respondent &r : m_assessment.respondents) {
        if (m_ids.contains(r.id))
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
