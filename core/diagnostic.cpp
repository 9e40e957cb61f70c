// Formatting of diagnostics and the small text helpers that locate them.
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Phare {

namespace {
// Messages are built from translated pieces ("the title of %1" with %1 = "the actions file"); in French
// the joint gives "de le fichier", which French always contracts: "du fichier". No translation holds
// these sequences itself (tst_contentloader checks the contraction), so only a joint is changed.
QString contracted(QString message)
{
    static constexpr std::pair<QStringView, QStringView> joints[] = {
        {u" de le ", u" du "}, {u" de les ", u" des "}, {u" à le ", u" au "}, {u" à les ", u" aux "}};
    for (const auto &[from, to] : joints)
        message.replace(from.toString(), to.toString());
    return message;
}
} // namespace

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QCoreApplication::translate("Phare::Diagnostic", "error")
                                                     : QCoreApplication::translate("Phare::Diagnostic", "warning");
    //: PATH:LINE:COLUMN: error: message, as compilers write it; French puts a space before the colon
    return QCoreApplication::translate("Phare::Diagnostic", "%1:%2:%3: %4: %5")
        .arg(file, QString::number(std::max(line, 1)), QString::number(std::max(column, 1)), kind, contracted(message));
}

QString toText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

qsizetype errorCount(const Diagnostics &diagnostics)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

void lineColumnAt(QByteArrayView text, qsizetype offset, int &line, int &column)
{
    line = 1;
    column = 1;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++column;
        }
    }
}

qsizetype firstInvalidUtf8(QByteArrayView text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Most of a file is ASCII: eight bytes at a time while none has its high bit set.
        if (i + 8 <= n) {
            std::uint64_t word = 0;
            std::memcpy(&word, s + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            code = c & 0x1F;
            minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            code = c & 0x0F;
            minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            code = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace Phare
