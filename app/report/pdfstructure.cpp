// Adds the language, author, subject, outline and contents links to the PDF Qt wrote, by an
// incremental update (PDF 1.4, 7.5.6 "Incremental Updates"; allowed in PDF/A-1): the changed objects
// (catalog, Info dictionary, XMP metadata, the contents page's annotation array) and the new ones
// (outline, links) are appended with their own cross-reference section, and Qt's bytes stay as they
// are. A small reader of our own is enough for Qt's output (one classic cross-reference table, no object
// streams, no encryption), and keeps the programs free of libqpdf, whose Debian build links GnuTLS
// (tests/tst_datasafety.cpp: no network library in Phare).
#include "pdfstructure.h"

#include <QHash>
#include <QMap>

#include <cstring>
#include <utility>

namespace Phare {

namespace {

using Entries = QList<std::pair<QByteArray, QByteArray>>; // a dictionary's keys and raw values, in order

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c != '\0' && std::strchr("()<>[]{}/%", c) != nullptr;
}

bool isInteger(QByteArrayView token)
{
    if (token.isEmpty())
        return false;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The PDF as far as this file reads it: where each object is, the trailer, the last cross-reference.
class Reader final
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}

    // Empty when it went well, else what is wrong.
    QString read()
    {
        const qsizetype at = m_data.lastIndexOf("startxref");
        if (at < 0)
            return QStringLiteral("no startxref");
        qsizetype i = skipWhite(at + 9);
        const qsizetype end = skipToken(i);
        bool ok = false;
        m_startxref = m_data.mid(i, end - i).toLongLong(&ok);
        if (!ok || m_startxref <= 0 || m_startxref >= m_data.size() || !m_data.mid(m_startxref).startsWith("xref"))
            return QStringLiteral("no classic cross-reference table");
        i = m_startxref + 4;
        while (true) {
            i = skipWhite(i);
            if (m_data.mid(i).startsWith("trailer"))
                break;
            const qsizetype firstEnd = skipToken(i);
            const qsizetype countAt = skipWhite(firstEnd);
            const qsizetype countEnd = skipToken(countAt);
            const int first = m_data.mid(i, firstEnd - i).toInt(&ok);
            const int count = ok ? m_data.mid(countAt, countEnd - countAt).toInt(&ok) : 0;
            if (!ok)
                return QStringLiteral("a damaged cross-reference table");
            i = countEnd;
            for (int n = first; n < first + count; ++n) {
                const qsizetype offsetAt = skipWhite(i);
                const qsizetype offsetEnd = skipToken(offsetAt);
                const qsizetype genAt = skipWhite(offsetEnd);
                const qsizetype genEnd = skipToken(genAt);
                const qsizetype kindAt = skipWhite(genEnd);
                i = skipToken(kindAt);
                if (m_data.mid(kindAt, i - kindAt) == "n")
                    m_objects.insert(n, {m_data.mid(offsetAt, offsetEnd - offsetAt).toLongLong(),
                                         m_data.mid(genAt, genEnd - genAt).toInt()});
            }
        }
        const qsizetype dict = skipWhite(i + 7);
        const qsizetype dictEnd = skipValue(dict);
        if (dictEnd < 0)
            return QStringLiteral("a damaged trailer");
        m_trailer = m_data.mid(dict, dictEnd - dict);
        return {};
    }

    qsizetype startxref() const { return m_startxref; }
    const QByteArray &trailer() const { return m_trailer; }
    int generation(int number) const { return m_objects.value(number).second; }

    // The value of object `number` (a dictionary's "<< … >>", an array…); empty when there is none.
    // `streamData`, when given, gets a stream's bytes.
    QByteArray object(int number, QByteArray *streamData = nullptr) const
    {
        const auto found = m_objects.constFind(number);
        if (found == m_objects.cend() || found->first <= 0 || found->first >= m_data.size())
            return {};
        qsizetype i = found->first;
        for (int token = 0; token < 3; ++token) // "n g obj"
            i = skipToken(skipWhite(i));
        const qsizetype start = skipWhite(i);
        const qsizetype end = skipValue(start);
        if (end < 0)
            return {};
        QByteArray value = m_data.mid(start, end - start);
        if (streamData) {
            qsizetype s = skipWhite(end);
            if (!m_data.mid(s).startsWith("stream"))
                return {};
            s += 6;
            if (s < m_data.size() && m_data[s] == '\r')
                ++s;
            if (s < m_data.size() && m_data[s] == '\n')
                ++s;
            QByteArray length = value_(value, "/Length");
            if (const int ref = reference(length); ref > 0)
                length = object(ref);
            *streamData = m_data.mid(s, length.trimmed().toLongLong());
        }
        return value;
    }

    // The entries of a dictionary "<< … >>".
    static Entries entries(const QByteArray &dict)
    {
        Entries out;
        const Reader r(dict);
        if (!dict.startsWith("<<"))
            return out;
        qsizetype i = 2;
        while (true) {
            i = r.skipWhite(i);
            if (i + 1 >= dict.size() || (dict[i] == '>' && dict[i + 1] == '>'))
                break;
            const qsizetype keyEnd = r.skipToken(i);
            const qsizetype valueAt = r.skipWhite(keyEnd);
            const qsizetype valueEnd = r.skipValue(valueAt);
            if (dict[i] != '/' || valueEnd < 0)
                break;
            out.append({dict.mid(i, keyEnd - i), dict.mid(valueAt, valueEnd - valueAt)});
            i = valueEnd;
        }
        return out;
    }

    static QByteArray value_(const QByteArray &dict, const QByteArray &key)
    {
        for (const auto &[k, v] : entries(dict)) {
            if (k == key)
                return v;
        }
        return {};
    }

    // The items of an array "[ … ]".
    static QList<QByteArray> items(const QByteArray &array)
    {
        QList<QByteArray> out;
        const Reader r(array);
        if (!array.startsWith('['))
            return out;
        qsizetype i = 1;
        while (true) {
            i = r.skipWhite(i);
            if (i >= array.size() || array[i] == ']')
                break;
            const qsizetype end = r.skipValue(i);
            if (end < 0)
                break;
            out.append(array.mid(i, end - i));
            i = end;
        }
        return out;
    }

    // The object number of a reference "n g R"; 0 when it is not one.
    static int reference(const QByteArray &value)
    {
        const QList<QByteArray> parts = value.simplified().split(' ');
        return parts.size() == 3 && parts[2] == "R" && isInteger(parts[0]) ? parts[0].toInt() : 0;
    }

private:
    qsizetype skipWhite(qsizetype i) const
    {
        while (i < m_data.size()) {
            if (m_data[i] == '%') {
                while (i < m_data.size() && m_data[i] != '\n' && m_data[i] != '\r')
                    ++i;
            } else if (isWhite(m_data[i])) {
                ++i;
            } else {
                break;
            }
        }
        return i;
    }

    qsizetype skipToken(qsizetype i) const
    {
        if (i < m_data.size() && m_data[i] == '/')
            ++i;
        while (i < m_data.size() && !isWhite(m_data[i]) && !isDelimiter(m_data[i]))
            ++i;
        return i;
    }

    // The end of the value that starts at i; -1 when it is not one.
    qsizetype skipValue(qsizetype i) const
    {
        const QByteArray &d = m_data;
        i = skipWhite(i);
        if (i >= d.size())
            return -1;
        const char c = d[i];
        if (c == '(') {
            int depth = 0;
            for (; i < d.size(); ++i) {
                if (d[i] == '\\')
                    ++i;
                else if (d[i] == '(')
                    ++depth;
                else if (d[i] == ')' && --depth == 0)
                    return i + 1;
            }
            return -1;
        }
        if (c == '<' && i + 1 < d.size() && d[i + 1] == '<') {
            i += 2;
            while (true) {
                i = skipWhite(i);
                if (i + 1 < d.size() && d[i] == '>' && d[i + 1] == '>')
                    return i + 2;
                i = skipValue(i);
                if (i < 0)
                    return -1;
            }
        }
        if (c == '<') {
            const qsizetype end = d.indexOf('>', i);
            return end < 0 ? -1 : end + 1;
        }
        if (c == '[') {
            ++i;
            while (true) {
                i = skipWhite(i);
                if (i < d.size() && d[i] == ']')
                    return i + 1;
                i = skipValue(i);
                if (i < 0)
                    return -1;
            }
        }
        const qsizetype end = skipToken(i);
        if (end == i)
            return -1;
        // A reference "n g R" is one value.
        if (isInteger(QByteArrayView(d).sliced(i, end - i))) {
            const qsizetype genAt = skipWhite(end);
            const qsizetype genEnd = skipToken(genAt);
            if (genEnd > genAt && isInteger(QByteArrayView(d).sliced(genAt, genEnd - genAt))) {
                const qsizetype r = skipWhite(genEnd);
                if (r < d.size() && d[r] == 'R' && (r + 1 >= d.size() || isWhite(d[r + 1]) || isDelimiter(d[r + 1])))
                    return r + 1;
            }
        }
        return end;
    }

    const QByteArray &m_data;
    qsizetype m_startxref = 0;
    QByteArray m_trailer;
    QHash<int, std::pair<qsizetype, int>> m_objects; // number → offset, generation
};

QByteArray dictionary(const Entries &entries)
{
    QByteArray out = "<<\n";
    for (const auto &[key, value] : entries)
        out += key + ' ' + value + '\n';
    return out + ">>";
}

// `entries` with `key` set to `value`, in place when it was there, else at the end.
void set(Entries &entries, const QByteArray &key, const QByteArray &value)
{
    for (auto &entry : entries) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    entries.append({key, value});
}

// A text string as PDF text: UTF-16BE with its byte order mark, in hexadecimal.
QByteArray textString(const QString &text)
{
    QByteArray bytes("\xfe\xff", 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() >> 8));
        bytes.append(static_cast<char>(c.unicode() & 0xff));
    }
    return '<' + bytes.toHex() + '>';
}

QByteArray ref(int number)
{
    return QByteArray::number(number) + " 0 R";
}

// The XMP packet Qt wrote with dc:creator and dc:description added to its Dublin Core description:
// PDF/A-1 wants them to say what the Info dictionary's /Author and /Subject say.
QByteArray withDublinCore(QByteArray xmp, const QString &author, const QString &subject)
{
    QString added;
    if (!author.isEmpty())
        added += QStringLiteral("\n      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>%1</rdf:li>\n        "
                                "</rdf:Seq>\n      </dc:creator>")
                     .arg(author.toHtmlEscaped());
    if (!subject.isEmpty())
        added += QStringLiteral("\n      <dc:description>\n        <rdf:Alt>\n          <rdf:li "
                                "xml:lang=\"x-default\">%1</rdf:li>\n        </rdf:Alt>\n      </dc:description>")
                     .arg(subject.toHtmlEscaped());
    const QByteArray anchor = QByteArrayLiteral("</dc:title>");
    const qsizetype at = xmp.indexOf(anchor);
    if (at < 0)
        return {};
    xmp.insert(at + anchor.size(), added.toUtf8());
    return xmp;
}

struct Page
{
    int number = 0; // the object's
    double box[4] = {0, 0, 595, 842};
};

void collectPages(const Reader &reader, int node, QByteArray mediaBox, QList<Page> &pages, int depth = 0)
{
    const QByteArray dict = reader.object(node);
    if (dict.isEmpty() || depth > 32)
        return;
    if (const QByteArray own = Reader::value_(dict, "/MediaBox"); !own.isEmpty())
        mediaBox = own;
    if (Reader::value_(dict, "/Type") == "/Page") {
        Page page;
        page.number = node;
        const QList<QByteArray> box = Reader::items(mediaBox);
        for (qsizetype i = 0; i < 4 && box.size() == 4; ++i)
            page.box[i] = box[i].toDouble();
        pages.append(page);
        return;
    }
    for (const QByteArray &kid : Reader::items(Reader::value_(dict, "/Kids")))
        collectPages(reader, Reader::reference(kid), mediaBox, pages, depth + 1);
}

QByteArray destination(const Page &page)
{
    return '[' + ref(page.number) + " /XYZ " + QByteArray::number(page.box[0]) + ' ' + QByteArray::number(page.box[3]) +
           " null]";
}

} // namespace

Result<QByteArray> PdfStructure::applyTo(const QByteArray &pdf) const
{
    const auto failure = [](const QString &why) {
        return Result<QByteArray>::failure(Diagnostic{Diagnostic::Severity::Error, QString(), 0, 0, why});
    };
    Reader reader(pdf);
    if (const QString problem = reader.read(); !problem.isEmpty())
        return failure(problem);
    Entries trailer = Reader::entries(reader.trailer());
    const int size = Reader::value_(reader.trailer(), "/Size").toInt();
    const int rootNumber = Reader::reference(Reader::value_(reader.trailer(), "/Root"));
    const QByteArray catalogDict = reader.object(rootNumber);
    if (size <= 0 || catalogDict.isEmpty())
        return failure(QStringLiteral("no catalog"));
    QList<Page> pages;
    collectPages(reader, Reader::reference(Reader::value_(catalogDict, "/Pages")), QByteArray(), pages);
    const auto page = [&pages](int number) -> const Page * {
        return number >= 1 && number <= pages.size() ? &pages[number - 1] : nullptr;
    };

    QMap<int, QByteArray> written; // object number → its new value
    int next = size;
    Entries catalog = Reader::entries(catalogDict);
    if (!language.isEmpty())
        set(catalog, "/Lang", textString(language));

    if (!author.isEmpty() || !subject.isEmpty()) {
        int infoNumber = Reader::reference(Reader::value_(reader.trailer(), "/Info"));
        Entries info = Reader::entries(reader.object(infoNumber));
        if (infoNumber <= 0) {
            infoNumber = next++;
            set(trailer, "/Info", ref(infoNumber));
        }
        if (!author.isEmpty())
            set(info, "/Author", textString(author));
        if (!subject.isEmpty())
            set(info, "/Subject", textString(subject));
        written.insert(infoNumber, dictionary(info));

        const int metadataNumber = Reader::reference(Reader::value_(catalogDict, "/Metadata"));
        QByteArray xmp;
        const QByteArray metadataDict = reader.object(metadataNumber, &xmp);
        if (metadataDict.isEmpty() || !Reader::value_(metadataDict, "/Filter").isEmpty())
            return failure(QStringLiteral("no XMP metadata"));
        xmp = withDublinCore(xmp, author, subject);
        if (xmp.isEmpty())
            return failure(QStringLiteral("no Dublin Core title in the XMP metadata"));
        Entries metadata = Reader::entries(metadataDict);
        set(metadata, "/Length", QByteArray::number(xmp.size()));
        // Unfiltered: PDF/A-1 wants the metadata readable without decoding.
        written.insert(metadataNumber, dictionary(metadata) + "\nstream\n" + xmp + "\nendstream");
    }

    QList<int> items;
    for (const Bookmark &bookmark : outline) {
        if (page(bookmark.page))
            items.append(next++);
    }
    if (!items.isEmpty()) {
        const int root = next++;
        int at = 0;
        for (const Bookmark &bookmark : outline) {
            const Page *target = page(bookmark.page);
            if (!target)
                continue;
            Entries item{
                {"/Title", textString(bookmark.title)}, {"/Parent", ref(root)}, {"/Dest", destination(*target)}};
            if (at > 0)
                item.append({"/Prev", ref(items[at - 1])});
            if (at + 1 < items.size())
                item.append({"/Next", ref(items[at + 1])});
            written.insert(items[at++], dictionary(item));
        }
        written.insert(root, dictionary({{"/Type", "/Outlines"},
                                         {"/First", ref(items.first())},
                                         {"/Last", ref(items.last())},
                                         {"/Count", QByteArray::number(items.size())}}));
        set(catalog, "/Outlines", ref(root));
        set(catalog, "/PageMode", "/UseOutlines");
    }
    written.insert(rootNumber, dictionary(catalog));

    QHash<int, QList<int>> annotations; // page object → the links added on it
    for (const Link &link : links) {
        const Page *on = page(link.page);
        const Page *target = page(link.target);
        if (!on || !target)
            continue;
        const double width = on->box[2] - on->box[0];
        const double height = on->box[3] - on->box[1];
        const QByteArray rect = '[' + QByteArray::number(on->box[0] + link.rect.left() * width, 'f', 2) + ' ' +
                                QByteArray::number(on->box[3] - link.rect.bottom() * height, 'f', 2) + ' ' +
                                QByteArray::number(on->box[0] + link.rect.right() * width, 'f', 2) + ' ' +
                                QByteArray::number(on->box[3] - link.rect.top() * height, 'f', 2) + ']';
        const int number = next++;
        // /F 4 (print) and a plain destination, no action: what PDF/A-1b allows of a link.
        written.insert(number, dictionary({{"/Type", "/Annot"},
                                           {"/Subtype", "/Link"},
                                           {"/F", "4"},
                                           {"/Border", "[0 0 0]"},
                                           {"/Rect", rect},
                                           {"/Dest", destination(*target)}}));
        annotations[on->number].append(number);
    }
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        const QByteArray pageDict = reader.object(it.key());
        const QByteArray current = Reader::value_(pageDict, "/Annots");
        const int arrayNumber = Reader::reference(current);
        QList<QByteArray> list = Reader::items(arrayNumber > 0 ? reader.object(arrayNumber) : current);
        for (const int number : it.value())
            list.append(ref(number));
        const QByteArray array = '[' + list.join(' ') + ']';
        if (arrayNumber > 0) {
            written.insert(arrayNumber, array);
        } else {
            Entries entries = Reader::entries(pageDict);
            set(entries, "/Annots", array);
            written.insert(it.key(), dictionary(entries));
        }
    }

    // The update: the objects, their cross-reference section, a trailer pointing back to Qt's.
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> offsets;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        offsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(reader.generation(it.key())) + " obj\n" +
               it.value() + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n";
    for (auto it = offsets.cbegin(); it != offsets.cend();) {
        auto end = it;
        int count = 0;
        while (end != offsets.cend() && end.key() == it.key() + count) {
            ++end;
            ++count;
        }
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it)
            out += QByteArray::number(it.value()).rightJustified(10, '0') + ' ' +
                   QByteArray::number(reader.generation(it.key())).rightJustified(5, '0') + " n\r\n";
    }
    set(trailer, "/Size", QByteArray::number(std::max(next, size)));
    set(trailer, "/Prev", QByteArray::number(reader.startxref()));
    out += "trailer\n" + dictionary(trailer) + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace Phare
