// What the desktop does about peers: File → Share anonymously… and Settings → the benchmark file (choose,
// stop using, and the content folder's benchmark.json), holding the benchmark in use for the results page
// and the report.
#pragma once

#include "benchmark.h"

#include <QMessageBox>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Phare {

class AssessmentDocument;

class PeerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerActions)

public:
    // How the window asks the user, so that its test hooks answer these dialogs too.
    struct Asking
    {
        // A file name to save (or open when `open`), with a suggested name and a filter; empty: cancelled.
        std::function<QString(const QString &title, const QString &suggested, const QString &filter, bool open)>
            fileName;
        // A warning with an OK button.
        std::function<void(const QString &title, const QString &text)> warn;
        // The answer queued for the next dialog (Save or Cancel), or nothing: show the dialog.
        std::function<std::optional<QMessageBox::StandardButton>()> queued;
        // Where the file dialogs start.
        std::function<QString()> folder;
    };

    PeerActions(AssessmentDocument *document, QWidget *window, Asking asking);

    QAction *shareAction() const { return m_share; }
    // Settings → benchmark: choose, stop using, and which one is in use (not clickable).
    QMenu *menu() const { return m_menu; }
    void retranslate();
    void updateActions();

    // The benchmark in use, or null.
    std::shared_ptr<const Benchmark> benchmark() const { return m_benchmark; }
    QString benchmarkPath() const { return m_path; }

    // Uses the benchmark at path and keeps the choice. A file that is not a benchmark, or damaged, is
    // refused with the reason, and nothing changes. Returns true when in use.
    bool useBenchmarkFile(const QString &path);
    // Settings → "Choose a benchmark file…".
    bool chooseBenchmarkFile();
    // Settings → "Stop using the chosen benchmark file": the content folder's is used, if there is one.
    void clearBenchmarkFile();
    // Reads the benchmark of the settings again (the chosen one, else the content folder's).
    void reload();
    // File → Share anonymously…: the preview, then the file, written atomically. True when written.
    bool share();

signals:
    void benchmarkChanged();

private:
    AssessmentDocument *m_document;
    QWidget *m_window;
    Asking m_asking;
    std::shared_ptr<const Benchmark> m_benchmark;
    QString m_path;
    QAction *m_share;
    QMenu *m_menu;
    QAction *m_choose;
    QAction *m_clear;
    QAction *m_inUse;
};

} // namespace Phare
