// Builds the anonymous file again each time the département choice changes, and shows it two ways.
#include "sharedialog.h"

#include "contentids.h"
#include "mainwindow.h"
#include "names.h"
#include "uitext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Phare {

ShareDialog::ShareDialog(const Evaluation &evaluation, QWidget *parent)
    : QDialog(parent), m_evaluation(evaluation), m_departement(new QCheckBox(this)), m_warning(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_fields(new QPlainTextEdit(m_tabs)), m_file(new QPlainTextEdit(m_tabs))
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share anonymously"));
    auto *intro = new QLabel(tr("This file lets your association compare firms like yours. It holds only what is "
                                "listed here: no name, no town, no person, no note, no text you typed. Check it, "
                                "then save it and send it to the association."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_departement->setText(tr("Share the &département (from the postal code of the location)"));
    m_departement->setObjectName(QStringLiteral("shareDepartement"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    for (QPlainTextEdit *view : {m_fields, m_file}) {
        view->setReadOnly(true);
        view->setTabChangesFocus(true); // Tab leaves the view: no keyboard trap
        view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    }
    m_fields->setObjectName(QStringLiteral("shareFields"));
    m_file->setObjectName(QStringLiteral("shareFile"));
    m_fields->setAccessibleName(tr("What the file holds, in plain words"));
    m_file->setAccessibleName(tr("The file exactly as it will be written"));
    m_file->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = m_file->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_file->setFont(mono);
    m_tabs->addTab(m_fields, tr("&In plain words"));
    m_tabs->addTab(m_file, tr("The e&xact file"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_departement, &QCheckBox::toggled, this, &ShareDialog::rebuild);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_departement);
    layout->addWidget(m_warning);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    rebuild();
    // Fits a 1024×600 screen at 150 % (683×400 points): the views scroll, the rest wraps.
    resize(MainWindow::fittedSize(this, QSize(640, 520)));
    m_fields->setFocus();
}

void ShareDialog::rebuild()
{
    AnonymiseOptions options;
    options.departement = m_departement->isChecked();
    const Result<AnonymousAssessment> made = AnonymousFile::make(m_evaluation, options);
    if (!made.ok()) { // the caller checked: kept for safety, nothing is shown that would not be written
        m_anonymous = {};
        m_fields->setPlainText(made.errorText());
        m_file->clear();
        return;
    }
    m_anonymous = made.value();
    m_warning->setVisible(!made.diagnostics().isEmpty());
    m_warning->setText(made.diagnostics().isEmpty() ? QString() : made.diagnostics().constFirst().message);
    m_fields->setPlainText(fieldsText());
    m_file->setPlainText(fileText());
}

QString ShareDialog::fieldsText() const
{
    const Language lang = Ui::language();
    const AnonymousAssessment &a = m_anonymous;
    const QString colon = Ui::colon() + QLatin1Char(' ');
    QStringList lines;
    lines.append(tr("Sector") + colon + Names::sector(a.sector));
    static const char *const sizes[] = {QT_TR_NOOP("0 to 9 employees"), QT_TR_NOOP("10 to 49 employees"),
                                        QT_TR_NOOP("50 to 249 employees"), QT_TR_NOOP("250 employees or more")};
    const qsizetype size = sizeIds().indexOf(a.size);
    lines.append(tr("Size") + colon + (size >= 0 ? tr(sizes[size]) : a.size));
    lines.append(tr("Quarter of the assessment") + colon + a.quarter);
    lines.append(tr("Département") + colon + (a.departement.isEmpty() ? tr("not shared") : a.departement));
    QStringList versions;
    int answers = 0;
    for (auto it = a.themes.cbegin(); it != a.themes.cend(); ++it) {
        const Questionnaire *q = m_evaluation.content().questionnaire(it.key());
        versions.append(tr("%1, version %2").arg(q ? q->title.text(lang) : it.key()).arg(it->version));
        answers += static_cast<int>(it->answers.size());
    }
    lines.append(tr("Questionnaires answered") + colon + versions.join(QStringLiteral("; ")));
    lines.append(tr("Answers") + colon + tr("%1, each as the code of the option chosen (no text)").arg(answers));
    QStringList scores;
    if (a.overall)
        scores.append(tr("overall %1").arg(a.overall->value));
    for (auto it = a.themes.cbegin(); it != a.themes.cend(); ++it) {
        if (!it->score)
            continue;
        const Questionnaire *q = m_evaluation.content().questionnaire(it.key());
        scores.append(QStringLiteral("%1 %2").arg(q ? q->title.text(lang) : it.key()).arg(it->score->value));
    }
    lines.append(tr("Scores") + colon + scores.join(QStringLiteral("; ")) + QLatin1Char(' ') +
                 tr("(and the score of each dimension)"));
    lines.append(tr("Code of the assessment") + colon +
                 tr("made from its identifier, one way: it cannot be turned back into the file, it only shows "
                    "when the same assessment is shared twice"));
    lines.append(QString());
    lines.append(tr("Not in the file: the firm's name, its town, the advisor, the people met, the notes, and "
                    "every text typed in the assessment."));
    return lines.join(QLatin1Char('\n'));
}

QString ShareDialog::fileText() const
{
    return QString::fromUtf8(m_anonymous.toBytes());
}

} // namespace Phare
