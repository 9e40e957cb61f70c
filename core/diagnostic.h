// A problem found in a user's or author's file, with where it is and what to do about it.
#pragma once

#include <QList>
#include <QString>

namespace Phare {

struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString message;

    // "PATH:LINE:COL: error: message", the form compilers use and editors understand.
    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
// Every diagnostic in its "PATH:LINE:COL: error: message" form, one a line.
QString toText(const Diagnostics &diagnostics);
qsizetype errorCount(const Diagnostics &diagnostics);

// Line and column (1-based) of a byte offset in a text.
void lineColumnAt(QByteArrayView text, qsizetype offset, int &line, int &column);

// Byte offset of the first byte that is not valid UTF-8, or -1 when the text is valid.
qsizetype firstInvalidUtf8(QByteArrayView text);

} // namespace Phare
