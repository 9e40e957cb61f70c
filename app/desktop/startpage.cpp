// The first thing a shopkeeper sees: start, open, or recover.
#include "startpage.h"

#include "catalogue.h"
#include "content.h"
#include "uitext.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Phare {

namespace {

const QString kRecoveryBanner = QStringLiteral("recoveryBanner");

// The recovery banner is an alert for assistive technology (AT-SPI's "alert" role), so that a screen
// reader presents it when it appears rather than leaving it among the page's static texts.
QAccessibleInterface *recoveryBannerAccessible(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (className == u"QFrame" && widget && widget->objectName() == kRecoveryBanner)
        return new QAccessibleWidget(widget, QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

QString StartPage::folderLabel(const QString &path)
{
    // The folder's own name (the full path is in the tool tip): short enough for a narrow list.
    const QFileInfo file(path);
    if (file.absolutePath() == QDir::homePath())
        return tr("home folder");
    return file.absoluteDir().dirName();
}

QString StartPage::fileLabel(const QString &path)
{
    return tr("%1 — %2").arg(QFileInfo(path).fileName(), folderLabel(path));
}

StartPage::StartPage(const Content &content, QWidget *parent) : QWidget(parent), m_content(content)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);

    static const bool factoryInstalled = [] {
        QAccessible::installFactory(recoveryBannerAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    m_recovery = new QFrame(this);
    m_recovery->setObjectName(kRecoveryBanner);
    m_recovery->setFrameShape(QFrame::StyledPanel);
    m_recovery->setAutoFillBackground(true);
    m_recovery->setBackgroundRole(QPalette::AlternateBase);
    m_recoveryText = new QLabel(m_recovery);
    m_recoveryText->setWordWrap(true);
    m_recover = new QPushButton(m_recovery);
    m_discard = new QPushButton(m_recovery);
    auto *recoveryLayout = new QHBoxLayout(m_recovery);
    recoveryLayout->addWidget(m_recoveryText, 1);
    recoveryLayout->addWidget(m_recover);
    recoveryLayout->addWidget(m_discard);
    m_recovery->hide();
    connect(m_recover, &QPushButton::clicked, this, [this] {
        if (!m_recoverable.isEmpty())
            emit recoverRequested(m_recoverable.first().autosave);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (!m_recoverable.isEmpty())
            emit discardRequested(m_recoverable.first().autosave);
    });

    m_newBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_newBox);
    m_name = new QLineEdit(m_newBox);
    // The limits of the file format (docs/security.md), no lower: a profile read from a file must come
    // back from this form unchanged when nothing was touched.
    m_name->setMaxLength(Assessment::maxTextLength);
    m_sector = new QComboBox(m_newBox);
    for (const QString &sector : sectorIds())
        m_sector->addItem(QString(), sector);
    m_employees = new QSpinBox(m_newBox);
    m_employees->setRange(0, Assessment::maxEmployees);
    m_employees->setValue(1);
    m_location = new QLineEdit(m_newBox);
    m_location->setMaxLength(Assessment::maxTextLength);
    m_advisor = new QLineEdit(m_newBox);
    m_advisor->setMaxLength(Assessment::maxTextLength);
    m_nameLabel = new QLabel(m_newBox);
    m_sectorLabel = new QLabel(m_newBox);
    m_employeesLabel = new QLabel(m_newBox);
    m_locationLabel = new QLabel(m_newBox);
    m_advisorLabel = new QLabel(m_newBox);
    m_themesLabel = new QLabel(m_newBox);
    m_nameLabel->setBuddy(m_name);
    m_sectorLabel->setBuddy(m_sector);
    m_employeesLabel->setBuddy(m_employees);
    m_locationLabel->setBuddy(m_location);
    m_advisorLabel->setBuddy(m_advisor);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_sectorLabel, m_sector);
    form->addRow(m_employeesLabel, m_employees);
    form->addRow(m_locationLabel, m_location);
    form->addRow(m_advisorLabel, m_advisor);
    auto *themes = new QVBoxLayout;
    for (const Questionnaire &q : m_content.questionnaires) {
        if (q.profile)
            continue; // always asked, not a theme to choose
        auto *box = new QCheckBox(m_newBox);
        box->setProperty("themeId", q.id);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &StartPage::updateStart);
        themes->addWidget(box);
        m_themes.append(box);
    }
    form->addRow(m_themesLabel, themes);
    m_start = new QPushButton(m_newBox);
    m_start->setDefault(true);
    form->addRow(QString(), m_start);
    connect(m_name, &QLineEdit::textChanged, this, &StartPage::updateStart);
    // Enter in any field of the form starts (keyPressEvent): the fields pass it on to the page.
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_start->isEnabled())
            return;
        Company company;
        // What the user typed is trimmed; what came from the file and was not touched is kept as it is.
        const auto typed = [](const QLineEdit *edit) {
            return edit->isModified() ? edit->text().trimmed() : edit->text();
        };
        company.name = typed(m_name);
        company.sector = m_sector->currentData().toString();
        company.employees = m_employees->value();
        company.location = typed(m_location);
        QStringList chosen;
        for (QCheckBox *box : std::as_const(m_themes)) {
            if (box->isChecked())
                chosen.append(box->property("themeId").toString());
        }
        emit startRequested(company, typed(m_advisor), chosen);
    });

    m_openBox = new QGroupBox(this);
    auto *openLayout = new QVBoxLayout(m_openBox);
    m_open = new QPushButton(m_openBox);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    m_recentLabel = new QLabel(m_openBox);
    m_recent = new QListWidget(m_openBox);
    m_recentLabel->setBuddy(m_recent);
    m_examplesLabel = new QLabel(m_openBox);
    m_examples = new QListWidget(m_openBox);
    m_examplesLabel->setBuddy(m_examples);
    openLayout->addWidget(m_open);
    openLayout->addWidget(m_recentLabel);
    openLayout->addWidget(m_recent);
    openLayout->addWidget(m_examplesLabel);
    openLayout->addWidget(m_examples);
    openLayout->addStretch();
    for (QListWidget *list : {m_recent, m_examples}) {
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { emit openRequested(item->data(Qt::UserRole).toString()); });
    }
    for (const QString &file : exampleFiles()) {
        // Shown by the firm's name and town, read from the example itself.
        const Result<Assessment> read = AssessmentFile::read(file);
        const QString name = read.ok() ? QStringLiteral("%1 — %2").arg(read->company.name, read->company.location)
                                       : QFileInfo(file).completeBaseName();
        auto *item = new QListWidgetItem(name, m_examples);
        item->setData(Qt::UserRole, file);
    }
    m_examples->setMaximumHeight(m_examples->sizeHintForRow(0) * (m_examples->count() + 1) + 8);
    // Focus on the list shows and announces its first item; without a current item Qt made the first
    // one current unselected and the first Down arrow went to the second.
    m_examples->setCurrentRow(0);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_newBox, 3, Qt::AlignTop);
    columns->addWidget(m_openBox, 2);
    // The page scrolls up and down when the screen is too low for it (1366×768 at 150 % leaves 512
    // pixels, the recovery banner and the form need more), never sideways.
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_recovery);
    layout->addLayout(columns, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("startPageScroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // not a stop of its own: Tab goes through the fields it holds
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

QStringList StartPage::exampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.phare")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

void StartPage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &file : files) {
        // The name, and under it the folder: two lines fit the list where one would be cut.
        auto *item = new QListWidgetItem(QFileInfo(file).fileName() + u'\n' + folderLabel(file), m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    m_recent->setCurrentRow(0);
    m_recentLabel->setVisible(!files.isEmpty());
    m_recent->setVisible(!files.isEmpty());
}

void StartPage::setRecoverable(const QList<Recoverable> &recoverable)
{
    const bool appears = !recoverable.isEmpty() &&
                         (m_recoverable.isEmpty() || m_recoverable.first().autosave != recoverable.first().autosave);
    m_recoverable = recoverable;
    m_recovery->setVisible(!recoverable.isEmpty());
    retranslate();
    if (appears) {
        // Announced at once, and the first thing the keyboard reaches.
        QAccessibleEvent shown(m_recovery, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
        QAccessibleEvent alert(m_recovery, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        m_recover->setFocus();
    }
}

QString StartPage::recoveryText() const
{
    return m_recovery->isVisibleTo(this) ? m_recoveryText->text() : QString();
}

void StartPage::setProfile(const Company &company, const QString &advisor, const QStringList &themes)
{
    m_name->setText(company.name);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(company.sector)));
    m_employees->setValue(company.employees);
    m_location->setText(company.location);
    m_advisor->setText(advisor);
    for (QCheckBox *box : std::as_const(m_themes))
        box->setChecked(themes.contains(box->property("themeId").toString()));
}

void StartPage::setEditing(bool editing)
{
    m_editing = editing;
    retranslate();
}

void StartPage::updateStart()
{
    const bool anyTheme = std::any_of(m_themes.cbegin(), m_themes.cend(), [](QCheckBox *b) { return b->isChecked(); });
    m_start->setEnabled(!m_name->text().trimmed().isEmpty() && anyTheme);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::keyPressEvent(QKeyEvent *event)
{
    // Enter in a field of the form (line edits, spin box, drop-down and check boxes pass it on) starts,
    // as in a dialog; buttons and the lists of files handle their own.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier &&
        m_newBox->isAncestorOf(focusWidget()) && m_start->isEnabled()) {
        m_start->click();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void StartPage::retranslate()
{
    const Language lang = Ui::language();
    m_title->setText(tr("Phare"));
    m_subtitle->setText(tr("Where does your business stand with digital tools, and what should you do next? "
                           "Answer a few questions per theme (15 to 30 minutes each); you can stop and come back "
                           "at any time. Everything stays on this computer."));
    if (!m_recoverable.isEmpty()) {
        const Recoverable &first = m_recoverable.first();
        //: How the recovery banner gives the time of a backup, as QDateTime formats it: "December 6 at
        //: 2:32 PM"; in French "6 décembre à 14 h 32".
        const QString when = lang.locale().toString(first.saved.toLocalTime(), tr("MMMM d 'at' h:mm AP"));
        QString text =
            first.company.isEmpty()
                ? tr("An automatic backup from %1 was found: Phare was closed before it was saved. Do you want "
                     "to get it back?")
                      .arg(when)
                : tr("An automatic backup of “%1” from %2 was found: Phare was closed before it was saved. Do "
                     "you want to get it back?")
                      .arg(first.company, when);
        if (m_recoverable.size() > 1)
            text += QLatin1Char(' ') + tr("%n other backup(s) will be offered after this one.", nullptr,
                                          static_cast<int>(m_recoverable.size() - 1));
        m_recoveryText->setText(text);
        m_recovery->setAccessibleName(tr("Unsaved work found"));
        m_recovery->setAccessibleDescription(text);
        // Read with the button that takes the focus, so that the message is heard before the choice.
        m_recover->setAccessibleDescription(text);
    }
    m_recover->setText(tr("&Recover"));
    m_discard->setText(tr("&Discard"));
    m_newBox->setTitle(m_editing ? tr("Business profile and themes") : tr("New assessment"));
    m_nameLabel->setText(tr("Business &name:"));
    m_sectorLabel->setText(tr("&Sector:"));
    for (int i = 0; i < m_sector->count(); ++i)
        m_sector->setItemText(i, Ui::sectorName(m_sector->itemData(i).toString()));
    m_employeesLabel->setText(tr("Em&ployees:"));
    m_employees->setToolTip(tr("Number of people working in the business, the owner included."));
    m_locationLabel->setText(tr("To&wn:"));
    m_advisorLabel->setText(tr("&Advisor (optional):"));
    m_themesLabel->setText(tr("Themes to answer:"));
    for (QCheckBox *box : std::as_const(m_themes)) {
        const Questionnaire *q = m_content.questionnaire(box->property("themeId").toString());
        box->setText(q ? q->title.text(lang) : QString());
        box->setToolTip(q ? q->description.text(lang) : QString());
    }
    m_start->setText(m_editing ? tr("&Apply and continue") : tr("S&tart the assessment"));
    m_openBox->setTitle(tr("Continue"));
    m_open->setText(tr("&Open a file…"));
    m_recentLabel->setText(tr("Recent f&iles:"));
    m_examplesLabel->setText(tr("E&xamples:"));
    // Lists take no name from their label: say what each holds.
    m_recent->setAccessibleName(tr("Recent files"));
    m_examples->setAccessibleName(tr("Examples"));
    updateStart();
}

} // namespace Phare
