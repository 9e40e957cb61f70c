// The start page: a new assessment (company profile and themes), open a file, recent files, the
// examples, and recovery of unsaved work after a crash.
#pragma once

#include "assessment.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Phare {

struct Content;

class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(const Content &content, QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    // Unsaved work left by a session that did not end cleanly, most recent first.
    struct Recoverable
    {
        QString autosave; // the file holding it
        QString company;  // whose assessment; empty when the file cannot be read
        QDateTime saved;  // when it was last written
    };
    void setRecoverable(const QList<Recoverable> &recoverable);
    // The banner's words, as a user reads them; empty when there is nothing to recover.
    QString recoveryText() const;
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *discardButton() const { return m_discard; }
    // Fills the form, e.g. to edit the open assessment's profile.
    void setProfile(const Company &company, const QString &advisor, const QStringList &themes);

    // Form fields, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *startButton() const { return m_start; }
    QList<QCheckBox *> themeBoxes() const { return m_themes; }
    QLineEdit *advisorEdit() const { return m_advisor; }
    QListWidget *recentList() const { return m_recent; }
    QListWidget *examplesList() const { return m_examples; }

    static QStringList exampleFiles();
    // How a recent file is shown: its name and its folder's ("devis.phare — Clients").
    static QString fileLabel(const QString &path);
    static QString folderLabel(const QString &path);

    // Editing: the form changes the open assessment's profile instead of starting a new one.
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }

signals:
    void startRequested(const Phare::Company &company, const QString &advisor, const QStringList &themes);
    void openRequested(const QString &path);
    void openDialogRequested();
    void recoverRequested(const QString &autosave);
    void discardRequested(const QString &autosave);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void updateStart();

    const Content &m_content;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFrame *m_recovery;
    QLabel *m_recoveryText;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QList<Recoverable> m_recoverable;
    bool m_editing = false;
    QGroupBox *m_newBox;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_sectorLabel;
    QComboBox *m_sector;
    QLabel *m_employeesLabel;
    QSpinBox *m_employees;
    QLabel *m_locationLabel;
    QLineEdit *m_location;
    QLabel *m_advisorLabel;
    QLineEdit *m_advisor;
    QLabel *m_themesLabel;
    QList<QCheckBox *> m_themes;
    QPushButton *m_start;
    QGroupBox *m_openBox;
    QPushButton *m_open;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
    QLabel *m_examplesLabel;
    QListWidget *m_examples;
};

} // namespace Phare
