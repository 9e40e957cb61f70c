// The merge dialog: the files chosen, each person's name and role, and what merging them gives (see mergedialog.h).
#include "mergedialog.h"

#include "uitext.h"
#include "workshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Phare {

namespace {
enum Column
{
    FileColumn,
    NameColumn,
    RoleColumn
};
} // namespace

MergeDialog::MergeDialog(const Content &content, QWidget *parent) : QDialog(parent), m_content(content)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge answers"));
    auto *intro = new QLabel(tr("Each person of the firm answered alone, in their own file. Choose 2 to %1 of these "
                                "files: they are merged into one workshop assessment that keeps everyone's answers "
                                "and shows where they differ.")
                                 .arg(Assessment::maxRespondents),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("mergeFiles"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Person"), tr("Role")});
    m_table->setAccessibleName(tr("Files to merge, with each person's name and role"));
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(120);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            update();
    });

    m_add = new QPushButton(tr("&Add files…"), this);
    m_add->setObjectName(QStringLiteral("mergeAdd"));
    m_add->setAccessibleName(tr("Add files to merge"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &MergeDialog::chooseFiles);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("mergeRemove"));
    m_remove->setAccessibleName(tr("Remove the selected file"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &MergeDialog::removeSelected);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setFocusPolicy(Qt::NoFocus);
    summaryScroll->setWidget(m_summary);

    m_sameFirm = new QCheckBox(tr("These files are of the &same firm: merge them anyway"), this);
    m_sameFirm->setObjectName(QStringLiteral("mergeSameFirm"));
    m_sameFirm->setAccessibleName(m_sameFirm->text().remove(QLatin1Char('&')));
    m_sameFirm->setVisible(false);
    connect(m_sameFirm, &QCheckBox::toggled, this, &MergeDialog::update);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setAccessibleName(tr("Merge the files into a workshop assessment"));
    m_merge->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_merged)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(fileButtons);
    layout->addWidget(summaryScroll, 1);
    layout->addWidget(m_sameFirm);
    layout->addWidget(buttons);
    resize(640, 480);
    update();
}

void MergeDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Files to merge"), QString(),
                                                            tr("Phare assessments (*.phare);;All files (*)"));
    addFiles(paths);
}

void MergeDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        bool known = false;
        for (const File &f : std::as_const(m_files))
            known = known || f.path == absolute;
        if (known)
            continue;
        const Result<Assessment> read = AssessmentFile::read(absolute, &m_content);
        if (!read.ok()) {
            const QString why = read.diagnostics().isEmpty() ? QString() : read.diagnostics().first().message;
            m_unreadable.append(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), why));
            continue;
        }
        m_files.append({absolute, *read});
    }
    fillTable();
    update();
}

void MergeDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    fillTable();
    update();
}

void MergeDialog::fillTable()
{
    m_filling = true;
    const Language lang = Ui::language();
    m_table->setRowCount(static_cast<int>(m_files.size()));
    for (int row = 0; row < m_files.size(); ++row) {
        const File &f = m_files[row];
        auto *file = new QTableWidgetItem(QFileInfo(f.path).fileName());
        file->setFlags(file->flags() & ~Qt::ItemIsEditable);
        file->setToolTip(f.path);
        m_table->setItem(row, FileColumn, file);
        if (f.assessment.isWorkshop()) {
            // A workshop already: its people come as they are.
            QStringList people;
            for (const Respondent &r : f.assessment.respondents)
                people.append(Workshop::label(f.assessment, r, lang, true));
            auto *who = new QTableWidgetItem(people.join(QStringLiteral(", ")));
            who->setFlags(who->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, NameColumn, who);
            m_table->removeCellWidget(row, RoleColumn);
            auto *role = new QTableWidgetItem(tr("a workshop"));
            role->setFlags(role->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, RoleColumn, role);
            continue;
        }
        if (!m_table->item(row, NameColumn) || m_table->item(row, NameColumn)->data(Qt::UserRole) != f.path) {
            auto *name = new QTableWidgetItem(QFileInfo(f.path).completeBaseName());
            name->setData(Qt::UserRole, f.path);
            name->setToolTip(tr("The person's name: shown in the app, and in the report only if you ask for it."));
            m_table->setItem(row, NameColumn, name);
            auto *role = new QComboBox(m_table);
            role->setObjectName(QStringLiteral("mergeRole"));
            for (const QString &id : Respondent::roles())
                role->addItem(Workshop::roleName(id, lang), id);
            role->setCurrentIndex(static_cast<int>(Respondent::roles().indexOf(QStringLiteral("other"))));
            role->setAccessibleName(tr("Role of %1").arg(name->text()));
            connect(role, &QComboBox::currentIndexChanged, this, &MergeDialog::update);
            m_table->setCellWidget(row, RoleColumn, role);
        }
    }
    m_filling = false;
    m_remove->setEnabled(!m_files.isEmpty());
    // Tab goes from the list to each person's role, in the list's order, then on to the buttons (the boxes
    // made last were reached after OK).
    QWidget *previous = m_table;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *role = m_table->cellWidget(row, RoleColumn)) {
            setTabOrder(previous, role);
            previous = role;
        }
    }
    setTabOrder(previous, m_add);
}

void MergeDialog::update()
{
    m_merged.reset();
    const Language lang = Ui::language();
    QStringList lines = m_unreadable;
    const auto finish = [&] {
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_summary->setAccessibleName(m_summary->text());
        m_merge->setEnabled(m_merged.has_value());
    };
    if (m_files.size() < 2) {
        m_sameFirm->setVisible(false);
        lines.prepend(tr("Choose at least two files to merge."));
        finish();
        return;
    }

    // The same firm: the same name (case, accents and spaces aside) and sector, or the advisor says so.
    const Company &first = m_files.first().assessment.company;
    QStringList differs;
    for (const File &f : std::as_const(m_files).mid(1)) {
        const Company &c = f.assessment.company;
        if (Workshop::firmKey(c.name) != Workshop::firmKey(first.name))
            differs.append(tr("%1 is about \"%2\", not \"%3\".").arg(QFileInfo(f.path).fileName(), c.name, first.name));
        else if (c.sector != first.sector)
            differs.append(
                tr("%1 gives the sector \"%2\", not \"%3\".")
                    .arg(QFileInfo(f.path).fileName(), Ui::sectorName(c.sector), Ui::sectorName(first.sector)));
    }
    m_sameFirm->setVisible(!differs.isEmpty());
    if (!differs.isEmpty()) {
        lines.append(tr("These files may not be of the same firm:"));
        lines.append(differs);
        if (!m_sameFirm->isChecked()) {
            lines.append(tr("If they are (a name written differently), tick the box below: the workshop takes the "
                            "name and sector of %1.")
                             .arg(QFileInfo(m_files.first().path).fileName()));
            finish();
            return;
        }
        lines.append(
            tr("Merged as one firm, under the name and sector of %1.").arg(QFileInfo(m_files.first().path).fileName()));
    }

    QList<MergeInput> inputs;
    for (int row = 0; row < m_files.size(); ++row) {
        MergeInput input;
        input.assessment = m_files[row].assessment;
        input.assessment.company = first; // confirmed above when they differed
        input.path = QFileInfo(m_files[row].path).fileName();
        if (!input.assessment.isWorkshop()) {
            if (const QTableWidgetItem *name = m_table->item(row, NameColumn))
                input.name = name->text().trimmed();
            if (const auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn)))
                input.role = role->currentData().toString();
        }
        inputs.append(input);
    }
    const Result<Assessment> merged = Workshop::merge(inputs, false);
    for (const Diagnostic &d : merged.diagnostics())
        lines.append(d.file.isEmpty() ? d.message : tr("%1: %2").arg(d.file, d.message));
    if (!merged.ok()) {
        finish();
        return;
    }
    m_merged = *merged;
    QStringList people;
    for (const Respondent &r : m_merged->respondents)
        people.append(Workshop::label(*m_merged, r, lang, true));
    QStringList themes;
    for (const Questionnaire &q : m_content.questionnaires) {
        if (m_merged->themes.contains(q.id))
            themes.append(q.title.text(lang));
    }
    int toSettle = 0;
    for (const QuestionAgreement &q : Workshop::agreement(m_content, *m_merged))
        toSettle += q.needsSettling() ? 1 : 0;
    QStringList head;
    head.append(tr("Firm: %1").arg(m_merged->company.name));
    head.append(
        tr("%n person(s): %1", nullptr, static_cast<int>(people.size())).arg(people.join(QStringLiteral(", "))));
    head.append(tr("Themes: %1").arg(themes.join(QStringLiteral(", "))));
    head.append(tr("%n question(s) to settle where the answers differ.", nullptr, toSettle));
    lines = head + lines;
    finish();
}

} // namespace Phare
