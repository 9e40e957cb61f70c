// Rewrites the ZIP of an OpenDocument package (APPNOTE.TXT 4.3: local entries, central directory, end
// record) with files added: Qt's deflated entries are copied as they are, only their offsets in the
// central directory change; an entry is read back with a small inflater, and deflated by qCompress.
#include "odtpackage.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace Phare {

namespace {

constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr qsizetype localHeaderSize = 30;
constexpr qsizetype centralHeaderSize = 46;
constexpr qsizetype endRecordSize = 22;
constexpr qsizetype maxCommentSize = 0xffff;
constexpr quint16 utf8Names = 0x0800;   // general purpose flag bit 11
constexpr quint16 versionStored = 10;   // "1.0": stored entries need nothing newer
constexpr quint16 versionDeflated = 20; // "2.0": deflate

const QString manifestName = QStringLiteral("META-INF/manifest.xml");

// Little-endian fields; callers check the bounds first.
quint16 u16(const QByteArray &data, qsizetype at)
{
    return static_cast<quint16>(static_cast<quint8>(data[at]) | static_cast<quint8>(data[at + 1]) << 8);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return static_cast<quint32>(u16(data, at)) | static_cast<quint32>(u16(data, at + 2)) << 16;
}

void put16(QByteArray &out, quint16 value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>(value >> 8));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, static_cast<quint16>(value & 0xffff));
    put16(out, static_cast<quint16>(value >> 16));
}

void set32(QByteArray &out, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

struct Entry
{
    QString name;
    qsizetype central = 0;    // where its central directory record starts
    qsizetype centralEnd = 0; // and ends
    qsizetype local = 0;      // where its local header starts
    qsizetype localEnd = 0;   // where its data (and data descriptor, if any) ends
    qsizetype dataStart = 0;
    qsizetype dataSize = 0;
    qsizetype size = 0; // inflated
    quint32 crc = 0;
    quint16 method = 0;
};

struct Archive
{
    QList<Entry> entries; // in the order of the central directory
    qsizetype centralStart = 0;
    // Of the first entry, for the added ones: time and date (MS-DOS format), the system that made it
    // and the file's attributes there (Qt: Unix, read and write by the owner).
    quint16 time = 0;
    quint16 date = 0;
    quint16 madeBy = 0;
    quint32 attributes = 0;
};

Result<Archive> readArchive(const QByteArray &zip)
{
    const auto failure = [](const QString &why) {
        return Result<Archive>::failure(Diagnostic{Diagnostic::Severity::Error, QString(), 0, 0, why});
    };
    const qsizetype size = zip.size();
    // The end record is the last one whose comment reaches the end of the file.
    qsizetype end = -1;
    for (qsizetype at = size - endRecordSize; at >= 0 && at >= size - endRecordSize - maxCommentSize; --at) {
        if (u32(zip, at) == endSignature && at + endRecordSize + u16(zip, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return failure(QStringLiteral("no ZIP end record"));
    const quint16 disk = u16(zip, end + 4);
    const quint16 centralDisk = u16(zip, end + 6);
    const quint16 onDisk = u16(zip, end + 8);
    const quint16 count = u16(zip, end + 10);
    const qsizetype centralSize = u32(zip, end + 12);
    const qsizetype centralStart = u32(zip, end + 16);
    if (disk != 0 || centralDisk != 0 || onDisk != count)
        return failure(QStringLiteral("a ZIP split over several disks"));
    if (count == 0xffff || centralStart == 0xffffffff || centralSize == 0xffffffff)
        return failure(QStringLiteral("a ZIP64 archive"));
    if (centralStart + centralSize > end)
        return failure(QStringLiteral("the ZIP central directory lies outside the file"));

    Archive archive;
    archive.centralStart = centralStart;
    qsizetype at = centralStart;
    const qsizetype centralEnd = centralStart + centralSize;
    for (int i = 0; i < count; ++i) {
        if (at + centralHeaderSize > centralEnd || u32(zip, at) != centralSignature)
            return failure(QStringLiteral("a damaged ZIP central directory record"));
        Entry entry;
        entry.central = at;
        entry.centralEnd = at + centralHeaderSize + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
        if (entry.centralEnd > centralEnd)
            return failure(QStringLiteral("a damaged ZIP central directory record"));
        entry.name = QString::fromUtf8(zip.mid(at + centralHeaderSize, u16(zip, at + 28)));
        entry.method = u16(zip, at + 10);
        entry.crc = u32(zip, at + 16);
        entry.dataSize = u32(zip, at + 20);
        entry.size = u32(zip, at + 24);
        entry.local = u32(zip, at + 42);
        if (entry.local + localHeaderSize > centralStart || u32(zip, entry.local) != localSignature)
            return failure(QStringLiteral("no ZIP local header for %1").arg(entry.name));
        entry.dataStart = entry.local + localHeaderSize + u16(zip, entry.local + 26) + u16(zip, entry.local + 28);
        if (entry.dataStart + entry.dataSize > centralStart)
            return failure(QStringLiteral("the data of %1 lies outside the file").arg(entry.name));
        if (i == 0) {
            archive.madeBy = u16(zip, at + 4);
            archive.time = u16(zip, at + 12);
            archive.date = u16(zip, at + 14);
            archive.attributes = u32(zip, at + 38);
        }
        archive.entries.append(entry);
        at = entry.centralEnd;
    }

    // An entry runs up to the next one (its data descriptor, if any, included) or the central directory.
    QList<qsizetype> starts;
    for (const Entry &entry : std::as_const(archive.entries))
        starts.append(entry.local);
    std::sort(starts.begin(), starts.end());
    for (Entry &entry : archive.entries) {
        const auto next = std::upper_bound(starts.cbegin(), starts.cend(), entry.local);
        entry.localEnd = next == starts.cend() ? centralStart : *next;
        if (entry.localEnd < entry.dataStart + entry.dataSize)
            return failure(QStringLiteral("the entries %1 and the next one overlap").arg(entry.name));
    }
    return archive;
}

// RFC 1951 inflate, after zlib's contrib/puff: canonical Huffman codes decoded a bit at a time, which is
// fast enough for a few hundred kilobytes of XML. Every read is bounded; a damaged stream is refused.
class Inflater final
{
public:
    Inflater(const QByteArray &in, qsizetype maxOut) : m_in(in), m_maxOut(maxOut) {}

    bool run()
    {
        int last = 0;
        do {
            int type = 0;
            if (!bits(1, last) || !bits(2, type))
                return false;
            const bool ok = type == 0 ? stored() : type == 1 ? fixed() : type == 2 ? dynamic() : false;
            if (!ok)
                return false;
        } while (!last);
        return true;
    }
    const QByteArray &out() const { return m_out; }

private:
    struct Huffman
    {
        std::array<short, 16> count{};
        std::array<short, 288> symbol{};
    };

    bool bits(int need, int &value)
    {
        quint32 buffer = m_bitBuffer;
        while (m_bitCount < need) {
            if (m_pos >= m_in.size())
                return false;
            buffer |= static_cast<quint32>(static_cast<quint8>(m_in[m_pos++])) << m_bitCount;
            m_bitCount += 8;
        }
        m_bitBuffer = buffer >> need;
        m_bitCount -= need;
        value = static_cast<int>(buffer & ((1u << need) - 1));
        return true;
    }

    bool stored()
    {
        m_bitBuffer = 0;
        m_bitCount = 0;
        if (m_pos + 4 > m_in.size())
            return false;
        const quint16 length = u16(m_in, m_pos);
        if (static_cast<quint16>(~u16(m_in, m_pos + 2)) != length)
            return false;
        m_pos += 4;
        if (m_pos + length > m_in.size() || m_out.size() + length > m_maxOut)
            return false;
        m_out.append(m_in.mid(m_pos, length));
        m_pos += length;
        return true;
    }

    // Returns 0 for a complete code, more for an incomplete one, less for an over-subscribed one.
    static int construct(Huffman &h, const short *length, int n)
    {
        h.count.fill(0);
        for (int symbol = 0; symbol < n; ++symbol)
            ++h.count[length[symbol]];
        if (h.count[0] == n)
            return 0;
        int left = 1;
        for (int len = 1; len < 16; ++len) {
            left <<= 1;
            left -= h.count[len];
            if (left < 0)
                return left;
        }
        std::array<short, 16> offsets{};
        for (int len = 1; len < 15; ++len)
            offsets[len + 1] = static_cast<short>(offsets[len] + h.count[len]);
        for (int symbol = 0; symbol < n; ++symbol) {
            if (length[symbol] != 0)
                h.symbol[offsets[length[symbol]]++] = static_cast<short>(symbol);
        }
        return left;
    }

    int decode(const Huffman &h)
    {
        int code = 0;
        int first = 0;
        int index = 0;
        for (int len = 1; len < 16; ++len) {
            int bit = 0;
            if (!bits(1, bit))
                return -1;
            code |= bit;
            const int count = h.count[len];
            if (code - count < first)
                return h.symbol[index + (code - first)];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        return -1;
    }

    bool codes(const Huffman &lengths, const Huffman &distances)
    {
        static constexpr std::array<short, 29> lengthBase = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                             15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                             67, 83, 99, 115, 131, 163, 195, 227, 258};
        static constexpr std::array<short, 29> lengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        static constexpr std::array<short, 30> distanceBase = {
            1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
            193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
        static constexpr std::array<short, 30> distanceExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                                6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
        for (;;) {
            int symbol = decode(lengths);
            if (symbol < 0)
                return false;
            if (symbol < 256) {
                if (m_out.size() >= m_maxOut)
                    return false;
                m_out.append(static_cast<char>(symbol));
            } else if (symbol == 256) {
                return true;
            } else {
                symbol -= 257;
                if (symbol >= 29)
                    return false;
                int extra = 0;
                if (!bits(lengthExtra[symbol], extra))
                    return false;
                const int length = lengthBase[symbol] + extra;
                symbol = decode(distances);
                if (symbol < 0 || symbol >= 30 || !bits(distanceExtra[symbol], extra))
                    return false;
                const qsizetype distance = distanceBase[symbol] + extra;
                if (distance > m_out.size() || m_out.size() + length > m_maxOut)
                    return false;
                for (int i = 0; i < length; ++i)
                    m_out.append(m_out.at(m_out.size() - distance));
            }
        }
    }

    bool fixed()
    {
        std::array<short, 288> length{};
        for (int symbol = 0; symbol < 288; ++symbol)
            length[symbol] = symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8;
        Huffman lengths;
        construct(lengths, length.data(), 288);
        std::array<short, 30> distance{};
        distance.fill(5);
        Huffman distances;
        construct(distances, distance.data(), 30);
        return codes(lengths, distances);
    }

    bool dynamic()
    {
        static constexpr std::array<short, 19> order = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                        11, 4,  12, 3, 13, 2, 14, 1, 15};
        int nlen = 0;
        int ndist = 0;
        int ncode = 0;
        if (!bits(5, nlen) || !bits(5, ndist) || !bits(4, ncode))
            return false;
        nlen += 257;
        ndist += 1;
        ncode += 4;
        if (nlen > 286 || ndist > 30)
            return false;
        std::array<short, 320> length{};
        for (int i = 0; i < ncode; ++i) {
            int value = 0;
            if (!bits(3, value))
                return false;
            length[order[i]] = static_cast<short>(value);
        }
        Huffman lengthCode;
        if (construct(lengthCode, length.data(), 19) != 0)
            return false;
        length.fill(0);
        int index = 0;
        while (index < nlen + ndist) {
            int symbol = decode(lengthCode);
            if (symbol < 0)
                return false;
            if (symbol < 16) {
                length[index++] = static_cast<short>(symbol);
                continue;
            }
            int repeat = 0;
            short value = 0;
            if (symbol == 16) {
                if (index == 0 || !bits(2, repeat))
                    return false;
                value = length[index - 1];
                repeat += 3;
            } else if (symbol == 17) {
                if (!bits(3, repeat))
                    return false;
                repeat += 3;
            } else {
                if (!bits(7, repeat))
                    return false;
                repeat += 11;
            }
            if (index + repeat > nlen + ndist)
                return false;
            while (repeat--)
                length[index++] = value;
        }
        if (length[256] == 0)
            return false;
        Huffman lengths;
        Huffman distances;
        const int lengthsLeft = construct(lengths, length.data(), nlen);
        if (lengthsLeft < 0 || (lengthsLeft > 0 && nlen - lengths.count[0] != 1))
            return false;
        const int distancesLeft = construct(distances, length.data() + nlen, ndist);
        if (distancesLeft < 0 || (distancesLeft > 0 && ndist - distances.count[0] != 1))
            return false;
        return codes(lengths, distances);
    }

    const QByteArray &m_in;
    qsizetype m_maxOut;
    qsizetype m_pos = 0;
    quint32 m_bitBuffer = 0;
    int m_bitCount = 0;
    QByteArray m_out;
};

// For Qt's entries, whose media types were in its manifest: by the name's extension, else its folder.
QString mediaTypeOf(const QString &name, const QHash<QString, QString> &typesByFolder)
{
    const QString file = name.section(QLatin1Char('/'), -1);
    const QString suffix = file.contains(QLatin1Char('.')) ? file.section(QLatin1Char('.'), -1).toLower() : QString();
    if (suffix == u"xml")
        return QStringLiteral("text/xml");
    if (suffix == u"png")
        return QStringLiteral("image/png");
    if (suffix == u"jpg" || suffix == u"jpeg")
        return QStringLiteral("image/jpeg");
    if (suffix == u"gif")
        return QStringLiteral("image/gif");
    if (suffix == u"svg")
        return QStringLiteral("image/svg+xml");
    if (suffix.isEmpty())
        return typesByFolder.value(name.left(name.size() - file.size()));
    return QString(); // ODF allows an empty media type for a file of unknown type
}

QString attribute(const QString &value)
{
    return value.toHtmlEscaped();
}

} // namespace

quint32 OdtPackage::crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320 ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffff;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffff;
}

Result<QStringList> OdtPackage::entryNames(const QByteArray &odt)
{
    const Result<Archive> archive = readArchive(odt);
    if (!archive.ok())
        return Result<QStringList>::failure(archive.diagnostics());
    QStringList names;
    for (const Entry &entry : archive->entries)
        names.append(entry.name);
    return names;
}

Result<QByteArray> OdtPackage::entry(const QByteArray &odt, const QString &name, qsizetype maxSize)
{
    const auto failure = [&name](const QString &why) {
        return Result<QByteArray>::failure(
            Diagnostic{Diagnostic::Severity::Error, QString(), 0, 0, QStringLiteral("%1: %2").arg(name, why)});
    };
    const Result<Archive> archive = readArchive(odt);
    if (!archive.ok())
        return Result<QByteArray>::failure(archive.diagnostics());
    const auto found = std::find_if(archive->entries.cbegin(), archive->entries.cend(),
                                    [&name](const Entry &e) { return e.name == name; });
    if (found == archive->entries.cend())
        return failure(QStringLiteral("not in the package"));
    if (found->size > maxSize)
        return failure(QStringLiteral("too large"));
    const QByteArray data = odt.mid(found->dataStart, found->dataSize);
    QByteArray bytes;
    if (found->method == 0) {
        bytes = data;
    } else if (found->method == 8) {
        Inflater inflater(data, found->size);
        if (!inflater.run())
            return failure(QStringLiteral("damaged compressed data"));
        bytes = inflater.out();
    } else {
        return failure(QStringLiteral("compressed by method %1").arg(found->method));
    }
    if (bytes.size() != found->size || crc32(bytes) != found->crc)
        return failure(QStringLiteral("wrong size or CRC"));
    return bytes;
}

Result<QByteArray> OdtPackage::withFiles(const QByteArray &odt, const QList<File> &added,
                                         const QHash<QString, QString> &typesByFolder)
{
    const auto failure = [](const QString &why) {
        return Result<QByteArray>::failure(Diagnostic{Diagnostic::Severity::Error, QString(), 0, 0, why});
    };
    const Result<Archive> read = readArchive(odt);
    if (!read.ok())
        return Result<QByteArray>::failure(read.diagnostics());
    const Archive &archive = *read;
    // ODF 1.2 part 3, 3.3: the first entry is "mimetype", stored, so that its type is read at a fixed place.
    const auto first = std::min_element(archive.entries.cbegin(), archive.entries.cend(),
                                        [](const Entry &a, const Entry &b) { return a.local < b.local; });
    if (first == archive.entries.cend() || first->name != u"mimetype" || first->method != 0)
        return failure(QStringLiteral("the first entry is not a stored mimetype"));
    const QString packageType = QString::fromUtf8(odt.mid(first->dataStart, first->dataSize));

    QSet<QString> replaced = {manifestName};
    for (const File &file : added)
        replaced.insert(file.name);

    QByteArray out;
    out.reserve(odt.size() + 4096);
    QByteArray central;
    QList<std::pair<QString, QString>> listed; // name, media type
    int count = 0;

    // Qt's entries, in the order they are in the file (mimetype first).
    QList<const Entry *> kept;
    for (const Entry &entry : archive.entries) {
        if (!replaced.contains(entry.name))
            kept.append(&entry);
    }
    std::sort(kept.begin(), kept.end(), [](const Entry *a, const Entry *b) { return a->local < b->local; });
    for (const Entry *entry : std::as_const(kept)) {
        const qsizetype offset = out.size();
        out.append(odt.mid(entry->local, entry->localEnd - entry->local));
        const qsizetype record = central.size();
        central.append(odt.mid(entry->central, entry->centralEnd - entry->central));
        set32(central, record + 42, static_cast<quint32>(offset));
        ++count;
        if (entry->name != u"mimetype" && !entry->name.endsWith(QLatin1Char('/')))
            listed.append({entry->name, mediaTypeOf(entry->name, typesByFolder)});
    }

    QList<File> files = added;
    for (const File &file : added)
        listed.append({file.name, file.mediaType});
    QString manifest = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                                      "manifest:1.0\" manifest:version=\"1.2\">\n"
                                      " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
                                      "manifest:media-type=\"%1\"/>\n")
                           .arg(attribute(packageType));
    for (const auto &[name, type] : std::as_const(listed))
        manifest += QStringLiteral(" <manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"%2\"/>\n")
                        .arg(attribute(name), attribute(type));
    manifest += QStringLiteral("</manifest:manifest>\n");
    files.append({manifestName, QStringLiteral("text/xml"), manifest.toUtf8()});

    for (const File &file : std::as_const(files)) {
        const QByteArray name = file.name.toUtf8();
        const qsizetype offset = out.size();
        if (name.isEmpty() || name.size() > 0xffff || file.data.size() >= 0xffffffff ||
            offset + file.data.size() >= 0xffffffff)
            return failure(QStringLiteral("%1 does not fit in a ZIP without ZIP64").arg(file.name));
        const bool ascii = std::all_of(name.cbegin(), name.cend(), [](char c) { return c > 0; });
        const quint16 flags = ascii ? 0 : utf8Names;
        const quint32 crc = crc32(file.data);
        const auto size = static_cast<quint32>(file.data.size());
        // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, the raw deflate data ZIP
        // wants, a 4-byte Adler-32.
        QByteArray data = file.data;
        if (file.deflated) {
            const QByteArray zlib = qCompress(file.data, 6);
            if (zlib.size() < 10)
                return failure(QStringLiteral("%1 could not be compressed").arg(file.name));
            data = zlib.mid(6, zlib.size() - 10);
        }
        const auto stored = static_cast<quint32>(data.size());
        const quint16 version = file.deflated ? versionDeflated : versionStored;
        const quint16 method = file.deflated ? 8 : 0;
        const auto nameSize = static_cast<quint16>(name.size());

        // The fields the local header and the central directory's entry share, in the same order.
        const auto putEntry = [&](QByteArray &to) {
            put16(to, version);
            put16(to, flags);
            put16(to, method);
            put16(to, archive.time);
            put16(to, archive.date);
            put32(to, crc);
            put32(to, stored);
            put32(to, size);
            put16(to, nameSize);
            put16(to, 0); // no extra field
        };
        put32(out, localSignature);
        putEntry(out);
        out.append(name);
        out.append(data);

        put32(central, centralSignature);
        put16(central, archive.madeBy);
        putEntry(central);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, archive.attributes);
        put32(central, static_cast<quint32>(offset));
        central.append(name);
        ++count;
    }

    const qsizetype centralStart = out.size();
    if (count >= 0xffff || centralStart + central.size() >= 0xffffffff)
        return failure(QStringLiteral("too large for a ZIP without ZIP64"));
    out.append(central);
    put32(out, endSignature);
    put16(out, 0); // this disk
    put16(out, 0); // the central directory's disk
    put16(out, static_cast<quint16>(count));
    put16(out, static_cast<quint16>(count));
    put32(out, static_cast<quint32>(central.size()));
    put32(out, static_cast<quint32>(centralStart));
    put16(out, 0); // no comment
    return out;
}

} // namespace Phare
