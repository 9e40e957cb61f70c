// Reads and adds files in the ZIP package of an OpenDocument file Qt's ODF writer made (meta.xml,
// styles.xml, a completed content.xml), without a ZIP library: Qt's other entries are copied byte for byte.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace Phare {

class OdtPackage final
{
public:
    struct File
    {
        QString name;      // its path in the package, such as "meta.xml"
        QString mediaType; // for the manifest, such as "text/xml"
        QByteArray data;
        bool deflated = false; // compressed (by qCompress's zlib), else stored
    };

    // The package `odt` with `added` (stored unless deflated) after its entries, each replacing an entry of
    // the same name, and a new META-INF/manifest.xml that lists every entry: Qt's own cannot be read
    // without inflating it, and must list the added files. `mimetype` stays the first entry. A failure's one
    // diagnostic says what is wrong with `odt` (technical: the caller says it in words); nothing is
    // read outside it, whatever its bytes. The manifest gives the entries already there a media type by
    // their extension, or by their folder in `typesByFolder` ("Pictures/" → "image/png": Qt's writer names
    // its pictures "Pictures/PictureN"), or none.
    static Result<QByteArray> withFiles(const QByteArray &odt, const QList<File> &added,
                                        const QHash<QString, QString> &typesByFolder = {});

    // The names of the entries of `odt`, in the order of its central directory.
    static Result<QStringList> entryNames(const QByteArray &odt);

    // The bytes of the entry `name` of `odt`, inflated when it is deflated (a small inflater of our own,
    // RFC 1951), checked against the size and CRC-32 its ZIP records; a failure when it is not there,
    // damaged, or larger than `maxSize`.
    static Result<QByteArray> entry(const QByteArray &odt, const QString &name, qsizetype maxSize = 64 << 20);

    // The CRC-32 of ZIP (and PNG, gzip): polynomial 0xEDB88320, reflected, inverted.
    static quint32 crc32(QByteArrayView data);
};

} // namespace Phare
