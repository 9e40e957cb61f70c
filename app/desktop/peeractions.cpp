// The share and benchmark actions; the benchmark in use is read once, whole, and replaced only by a good one.
#include "peeractions.h"

#include "anonymousfile.h"
#include "assessmentdocument.h"
#include "settings.h"
#include "sharedialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

namespace Phare {

PeerActions::PeerActions(AssessmentDocument *document, QWidget *window, Asking asking)
    : QObject(window), m_document(document), m_window(window), m_asking(std::move(asking)), m_share(new QAction(this)),
      m_menu(new QMenu(window)), m_choose(new QAction(this)), m_clear(new QAction(this)), m_inUse(new QAction(this))
{
    m_share->setObjectName(QStringLiteral("shareAnonymouslyAction"));
    m_choose->setObjectName(QStringLiteral("chooseBenchmarkAction"));
    m_clear->setObjectName(QStringLiteral("clearBenchmarkAction"));
    m_inUse->setObjectName(QStringLiteral("benchmarkInUseAction"));
    m_inUse->setEnabled(false);
    m_menu->addAction(m_choose);
    m_menu->addAction(m_clear);
    m_menu->addSeparator();
    m_menu->addAction(m_inUse);
    connect(m_share, &QAction::triggered, this, &PeerActions::share);
    connect(m_choose, &QAction::triggered, this, &PeerActions::chooseBenchmarkFile);
    connect(m_clear, &QAction::triggered, this, &PeerActions::clearBenchmarkFile);
    reload();
    retranslate();
}

void PeerActions::retranslate()
{
    m_share->setText(tr("S&hare anonymously…"));
    m_share->setToolTip(tr("Save a file without name, place or text, for your association's sector benchmark"));
    m_menu->setTitle(tr("&Settings"));
    m_choose->setText(tr("Choose a &benchmark file…"));
    m_clear->setText(tr("S&top using the chosen benchmark file"));
    updateActions();
}

void PeerActions::updateActions()
{
    m_share->setEnabled(m_document->isOpen());
    m_clear->setEnabled(!Settings::benchmarkFile().isEmpty());
    m_inUse->setText(m_benchmark ? tr("Benchmark in use: %1").arg(QFileInfo(m_path).fileName())
                                 : tr("No benchmark in use"));
}

void PeerActions::reload()
{
    const QString path = Settings::effectiveBenchmarkFile();
    const std::shared_ptr<const Benchmark> before = m_benchmark;
    m_benchmark.reset();
    m_path.clear();
    if (!path.isEmpty()) {
        Result<Benchmark> read = Benchmark::read(path);
        if (read.ok()) {
            m_benchmark = std::make_shared<const Benchmark>(std::move(read).value());
            m_path = path;
        } else {
            // A file chosen earlier and damaged since is not used; the menu says none is in use.
            qWarning("phare: the benchmark %s cannot be used: %s", qPrintable(path), qPrintable(read.errorText()));
        }
    }
    updateActions();
    if (before != m_benchmark)
        emit benchmarkChanged();
}

bool PeerActions::useBenchmarkFile(const QString &path)
{
    const Result<Benchmark> read = Benchmark::read(path);
    if (!read.ok()) {
        m_asking.warn(tr("This benchmark file cannot be used"),
                      tr("%1 is not a benchmark Phare can read:\n\n%2\n\nNothing was changed: the benchmark in use "
                         "stays as it was.")
                          .arg(QDir::toNativeSeparators(path), read.errorText()));
        return false;
    }
    Settings::setBenchmarkFile(path);
    m_benchmark = std::make_shared<const Benchmark>(read.value());
    m_path = QFileInfo(path).absoluteFilePath();
    updateActions();
    emit benchmarkChanged();
    return true;
}

bool PeerActions::chooseBenchmarkFile()
{
    const QString path =
        m_asking.fileName(tr("Choose a benchmark file"), m_asking.folder(), tr("Benchmarks (*.json)"), true);
    return !path.isEmpty() && useBenchmarkFile(path);
}

void PeerActions::clearBenchmarkFile()
{
    Settings::setBenchmarkFile(QString());
    reload();
}

bool PeerActions::share()
{
    if (!m_document->isOpen())
        return false;
    const Evaluation evaluation = m_document->evaluation();
    const Result<AnonymousAssessment> made = AnonymousFile::make(evaluation);
    if (!made.ok()) {
        m_asking.warn(tr("This assessment cannot be shared"), made.diagnostics().constFirst().message);
        return false;
    }
    AnonymousAssessment anonymous = made.value();
    if (const auto answer = m_asking.queued()) {
        // A test hook stands for the user's click; the département is then left out, as the dialog starts.
        if (*answer != QMessageBox::Save)
            return false;
    } else {
        ShareDialog dialog(evaluation, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        anonymous = dialog.anonymous();
    }
    const QString path = m_asking.fileName(tr("Save the anonymous file"),
                                           QDir(m_asking.folder()).filePath(AnonymousFile::fileName(anonymous)),
                                           tr("Anonymous files (*.json)"), false);
    if (path.isEmpty())
        return false;
    if (const Status written = AnonymousFile::write(anonymous, path); !written.ok()) {
        m_asking.warn(tr("The anonymous file was not saved"), written.diagnostics().constFirst().message);
        return false;
    }
    return true;
}

} // namespace Phare
