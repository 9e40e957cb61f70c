// Replaces a user's file in one step (QSaveFile), so that a crash, a full disk or a refused write leaves
// the previous file as it was: every file Phare writes goes through here.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Phare {

class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(Phare::AtomicFile)

public:
    enum class NewFile
    {
        Default, // the permissions the system gives a new file
        Private  // readable and writable by its owner only (0600): an assessment is confidential
    };

    // Writes `bytes` to `path`: all of them, or nothing changes. A failure's one diagnostic says
    // "cannot write PATH: REASON" in words a user understands (a full disk is said so). An existing
    // file keeps its permissions, which the user may have widened.
    static Status write(const QString &path, const QByteArray &bytes, NewFile newFile = NewFile::Default);
};

} // namespace Phare
