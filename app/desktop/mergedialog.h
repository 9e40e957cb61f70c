// File → Merge answers…: 2 to 10 people's .phare files of one firm into one workshop assessment, with who is
// merged, the themes kept and what stands in the way said in plain words before anything is made.
#pragma once

#include "assessment.h"
#include "content.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Phare {

class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    explicit MergeDialog(const Content &content, QWidget *parent = nullptr);

    // Adds files to merge (the file dialog's choice, or a test's); a file that cannot be read is said so.
    void addFiles(const QStringList &paths);
    // The workshop assessment the files make, when they can be merged.
    const std::optional<Assessment> &merged() const { return m_merged; }

    // For tests: the files with each person's name and role, what will be merged, the confirmation that
    // files of different names are one firm, and the button that merges.
    QTableWidget *fileTable() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QCheckBox *sameFirmBox() const { return m_sameFirm; }
    QPushButton *mergeButton() const { return m_merge; }

private:
    struct File
    {
        QString path;
        Assessment assessment;
    };
    void chooseFiles();
    void removeSelected();
    void fillTable();
    // Merges again from the files, the names and roles and the confirmation, and says what comes of it.
    void update();

    const Content &m_content;
    QList<File> m_files;
    QStringList m_unreadable; // "name.phare: why"
    std::optional<Assessment> m_merged;
    QTableWidget *m_table;
    QLabel *m_summary;
    QCheckBox *m_sameFirm;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_merge;
    bool m_filling = false;
};

} // namespace Phare
