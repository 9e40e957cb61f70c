// Atomic replacement of a user's file (see atomicfile.h).
#include "atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace Phare {

Status AtomicFile::write(const QString &path, const QByteArray &bytes, NewFile newFile)
{
    const auto fail = [&](const QString &reason) {
        return Status::failure({Diagnostic::Severity::Error, path, 0, 0, tr("cannot write %1: %2").arg(path, reason)});
    };
    // Unbuffered: Qt 6.4's QSaveFile::commit() ignores a failed flush of its buffer (a full disk) and
    // replaces the file with a truncated copy; written unbuffered, a short write is seen here instead.
    const bool created = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    if (created && newFile == NewFile::Private)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        // On a full disk (or past the file size limit) Qt writes what fits and reports no error of
        // its own ("Unknown error"): the reason is in errno.
        const int code = errno;
        QString reason = file.error() != QFileDevice::NoError ? file.errorString() : QString();
        if (code == ENOSPC || code == EFBIG || code == EDQUOT)
            reason = tr("the disk is full, or the file is larger than this system allows (%1)")
                         .arg(QString::fromLocal8Bit(std::strerror(code)));
        else if (reason.isEmpty())
            reason = code ? QString::fromLocal8Bit(std::strerror(code)) : tr("the file was cut short");
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return Status::success();
}

} // namespace Phare
