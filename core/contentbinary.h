// The built-in content compiled at build time (phare-contentc): a binary form of Content that the
// programs read at start-up instead of parsing the YAML, read as defensively as any file.
#pragma once

#include "contentloader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Phare {

// The layout (docs/security.md): a header of
//   magic "PhareCnt" (8 bytes) | format version (quint32) | payload length (quint32) | CRC-32 of the payload (quint32)
// all little-endian, then the payload: every authored field of the Content, in a fixed order, through a
// QDataStream (version Qt_6_4, little-endian). Lookup tables (Content::buildIndex()) are not stored:
// the reader builds them again.
struct ContentBinaryFormat
{
    static constexpr char magic[8] = {'P', 'h', 'a', 'r', 'e', 'C', 'n', 't'};
    // Bump when what is written changes, so that an older or newer file is refused, not misread.
    static constexpr quint32 version = 9;
    static constexpr qsizetype headerSize = 8 + 4 + 4 + 4;
    // Far above the built-in content (under 1 MiB); a larger file is refused before it is read.
    static constexpr qsizetype maxPayload = 64 * 1024 * 1024;
};

// The content in binary form. The same content always gives the same bytes.
QByteArray writeContentBinary(const Content &content);

// Reads what writeContentBinary() wrote. Anything else (another kind of file, another format version,
// a file cut short, a damaged byte, a count beyond ContentLimits) is refused with one error naming
// `name`. Never reads past `bytes`, allocates in proportion to them, never throws. What it accepts
// it would write back byte for byte. It does not repeat the content checks of ContentLoader (those
// ran when the file was compiled). On success, the content's lookup tables are built.
Result<Content> readContentBinary(QByteArrayView bytes, const QString &name = QString());

// For tests and the fuzz target: `bytes` with the payload length and checksum of its header made to
// match what follows the header (magic and version are kept), so that damaged payloads get past the
// checksum to the reader itself. Bytes shorter than a header are returned as they are.
QByteArray resealContentBinary(QByteArray bytes);

} // namespace Phare
