#include "archivechecks.h"

#include <QFile>
#include <QRegularExpression>

#include <zlib.h>
#include <zstd.h>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace ost::archivechecks {

namespace {

constexpr qint64 kCheckChunk = 64 * 1024;

qint64 tarNumber(const char *field, int length)
{
    if (static_cast<unsigned char>(field[0]) & 0x80) { // base-256 (GNU) for large sizes
        quint64 v = 0;
        for (int i = 1; i < length; ++i) {
            if (v > (quint64(std::numeric_limits<qint64>::max()) >> 8))
                return -1; // more than any file can hold: a damaged header, not a wrap-around
            v = (v << 8) | static_cast<unsigned char>(field[i]);
        }
        return qint64(v);
    }
    bool ok = false;
    const qint64 v = QByteArray(field, length).trimmed().replace('\0', "").toLongLong(&ok, 8);
    return ok ? v : (QByteArray(field, length).trimmed().replace('\0', "").isEmpty() ? 0 : -1);
}

} // namespace

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

Result<void> checkEntryName(const QString &name, const QString &shown, int maxLength)
{
    const auto refuse = [&](const QString &why) -> Result<void> {
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("The archive entry \"%1\" is refused: %2.").arg(shown, why));
    };
    if (name.isEmpty())
        return refuse(QObject::tr("an empty name"));
    if (name.size() > maxLength)
        return refuse(QObject::tr("a name longer than %1 characters").arg(maxLength));
    if (name.startsWith(u'/'))
        return refuse(QObject::tr("an absolute path"));
    if (name.contains(u'\\'))
        return refuse(QObject::tr("a backslash in the name"));
    static const QRegularExpression drive(u"^[A-Za-z]:"_s);
    if (drive.match(name).hasMatch())
        return refuse(QObject::tr("a Windows drive letter"));
    for (const QChar ch : name)
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return refuse(QObject::tr("a control character in the name"));
    const auto parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part == u".."_s)
            return refuse(QObject::tr("a \"..\" path component"));
        if (part.isEmpty() || part == u"."_s)
            return refuse(QObject::tr("an empty or \".\" path component"));
    }
    return {};
}

// KCompressionDevice reports a stream cut short as a clean end, so the framing is checked
// here: every zstd frame complete up to the last byte, the xz stream footer and its CRC, the
// gzip trailer's length. A truncated backup is refused by name, not read as a shorter one.
Result<void> checkStreamComplete(const QString &path, KCompressionDevice::CompressionType type,
                                 qint64 inflated)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const qint64 size = f.size();
    const auto truncated = [&] {
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 is truncated or damaged: its compressed stream does not end properly.")
                        .arg(path));
    };
    const auto damaged = [&] {
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 is damaged: its compressed data cannot be read.").arg(path));
    };
    if (type == KCompressionDevice::Zstd) {
        const uchar *data = f.map(0, size);
        if (!data)
            return fail(Error::Kind::Io, QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
        qint64 at = 0;
        while (at < size) {
            const size_t frame = ZSTD_findFrameCompressedSize(data + at, size_t(size - at));
            if (ZSTD_isError(frame) || frame == 0)
                return truncated();
            at += qint64(frame);
        }
        // Intact framing around a damaged block still reads as a clean, shorter stream through
        // KCompressionDevice; decoding it once more here catches that (and checks frame checksums).
        std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> dctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
        QByteArray out(kCheckChunk, Qt::Uninitialized);
        ZSTD_inBuffer in { data, size_t(size), 0 };
        qint64 decoded = 0;
        size_t ret = 0;
        for (;;) {
            ZSTD_outBuffer o { out.data(), size_t(out.size()), 0 };
            ret = ZSTD_decompressStream(dctx.get(), &o, &in);
            if (ZSTD_isError(ret))
                return fail(Error::Kind::InvalidInput,
                            QObject::tr("%1 is damaged: its compressed data cannot be read (%2).")
                                .arg(path, QString::fromLatin1(ZSTD_getErrorName(ret))));
            decoded += qint64(o.pos);
            if (in.pos == in.size && (ret == 0 || o.pos < o.size))
                break;
        }
        if (ret != 0)
            return truncated();
        if (decoded != inflated)
            return damaged();
        return {};
    }
    if (type == KCompressionDevice::Xz) {
        if (size < 24)
            return truncated();
        f.seek(size - 12);
        const QByteArray footer = f.read(12);
        const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(footer.constData() + 4), 6);
        const quint32 stored = quint32(uchar(footer[0])) | quint32(uchar(footer[1])) << 8
            | quint32(uchar(footer[2])) << 16 | quint32(uchar(footer[3])) << 24;
        if (footer.right(2) != "YZ" || crc != stored)
            return truncated();
        // The index at the end lists every block's uncompressed size; a damaged block makes
        // KCompressionDevice stop early without an error, so the totals must agree.
        const quint32 backward = quint32(uchar(footer[4])) | quint32(uchar(footer[5])) << 8
            | quint32(uchar(footer[6])) << 16 | quint32(uchar(footer[7])) << 24;
        const qint64 indexSize = (qint64(backward) + 1) * 4;
        if (indexSize + 24 > size)
            return damaged();
        f.seek(size - 12 - indexSize);
        const QByteArray index = f.read(indexSize);
        if (index.size() != indexSize || index.at(0) != 0)
            return damaged();
        const quint32 indexCrc = quint32(uchar(index[indexSize - 4]))
            | quint32(uchar(index[indexSize - 3])) << 8 | quint32(uchar(index[indexSize - 2])) << 16
            | quint32(uchar(index[indexSize - 1])) << 24;
        if (crc32(0L, reinterpret_cast<const Bytef *>(index.constData()), uInt(indexSize - 4)) != indexCrc)
            return damaged();
        qsizetype at = 1;
        auto vli = [&](quint64 *v) {
            *v = 0;
            for (int i = 0; i < 9 && at < indexSize - 4; ++i) {
                const uchar b = uchar(index[at++]);
                *v |= quint64(b & 0x7f) << (7 * i);
                if (!(b & 0x80))
                    return true;
            }
            return false;
        };
        quint64 records = 0, unpadded = 0, uncompressed = 0, sum = 0;
        if (!vli(&records) || records > quint64(indexSize))
            return damaged();
        for (quint64 i = 0; i < records; ++i) {
            if (!vli(&unpadded) || !vli(&uncompressed))
                return damaged();
            sum += uncompressed;
        }
        if (sum != quint64(inflated))
            return damaged();
        return {};
    }
    if (type == KCompressionDevice::GZip) {
        if (size < 18)
            return truncated();
        f.seek(size - 4);
        const QByteArray t = f.read(4);
        const quint32 isize = quint32(uchar(t[0])) | quint32(uchar(t[1])) << 8 | quint32(uchar(t[2])) << 16
            | quint32(uchar(t[3])) << 24;
        if (isize != quint32(inflated))
            return truncated();
    }
    return {};
}

// KTar hides what a hostile tar says (it strips a leading '/', reports devices and pipes as
// plain files), so the raw headers are read first: every name, every type.
Result<void> checkTarHeaders(QIODevice &dev, const ArchiveLimits &limits)
{
    char h[512];
    QString longName;
    int count = 0;
    for (;;) {
        // KTar ends its archives right after the last file, without the two zero blocks; a cut
        // elsewhere is caught here or by the manifest's list of files.
        const qint64 got = dev.read(h, 512);
        if (got == 0 && longName.isNull())
            return {};
        if (got != 512)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive is truncated (a tar header is cut off)."));
        if (std::all_of(h, h + 512, [](char c) { return c == 0; }))
            return {};
        const char type = h[156];
        const qint64 size = tarNumber(h + 124, 12);
        if (size < 0 || size > (qint64(1) << 62)) // so rounding up to a block cannot overflow
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive has a damaged tar header (bad size field)."));
        QString name;
        if (!longName.isNull()) {
            name = std::exchange(longName, QString());
        } else {
            QByteArray n(h, int(qstrnlen(h, 100)));
            if (QByteArray(h + 257, 5) == "ustar" && h[345] != 0)
                n = QByteArray(h + 345, int(qstrnlen(h + 345, 155))) + '/' + n;
            name = QString::fromUtf8(n);
        }
        const qint64 padded = (size + 511) / 512 * 512;
        if (type == 'L' || type == 'x') {
            if (size > 64 * 1024)
                return fail(Error::Kind::InvalidInput,
                            QObject::tr("The archive has a damaged tar header (an oversized long name)."));
            const QByteArray data = dev.read(padded).left(size);
            if (data.size() != size)
                return fail(Error::Kind::InvalidInput,
                            QObject::tr("The archive is truncated (a tar header is cut off)."));
            if (type == 'L') {
                longName = QString::fromUtf8(
                    data.left(qsizetype(qstrnlen(data.constData(), size_t(data.size())))));
            } else {
                for (const QByteArray &record : data.split('\n')) {
                    const auto eq = record.indexOf("path=");
                    if (eq > 0 && record.at(eq - 1) == ' ')
                        longName = QString::fromUtf8(record.mid(eq + 5));
                }
            }
            continue;
        }
        if (type == 'g') {
            dev.skip(padded);
            continue;
        }
        if (++count > limits.maxEntries)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive has more than %1 entries.").arg(limits.maxEntries));
        QString checked = name;
        if (type == '5' && checked.endsWith(u'/'))
            checked.chop(1);
        if (auto ok = checkEntryName(checked, name, limits.maxNameLength); !ok)
            return ok;
        switch (type) {
        case '0':
        case '\0':
        case '7':
        case '5': break;
        case '1':
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr("The archive entry \"%1\" is a hard link; links are not allowed.").arg(name));
        case '2':
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is a link (to \"%2\"); links are not allowed.")
                            .arg(name, QString::fromUtf8(QByteArray(h + 157, int(qstrnlen(h + 157, 100))))));
        case '3':
        case '4':
        case '6':
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr("The archive entry \"%1\" is a device, pipe or socket; only files are allowed.")
                    .arg(name));
        default:
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" has an unknown type '%2'.")
                            .arg(name, QChar::fromLatin1(type)));
        }
        if (size > limits.maxEntrySize)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is %2, over the limit of %3.")
                            .arg(name, mib(size), mib(limits.maxEntrySize)));
        if (type != '5' && dev.skip(padded) != padded)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive is truncated (in \"%1\").").arg(name));
        if (dev.pos() > dev.size())
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive is truncated (in \"%1\").").arg(name));
    }
}

} // namespace ost::archivechecks
