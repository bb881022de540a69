#include "safearchive.h"

#include "core/logging.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>
#include <KZipFileEntry>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

// Why a name may not be used as a relative path in our folders; empty when it may.
QString unsafeName(const QString &name, int maxLength)
{
    if (name.isEmpty())
        return QObject::tr("an empty name");
    if (name.size() > maxLength)
        return QObject::tr("a name longer than %1 characters").arg(maxLength);
    if (name.startsWith(u'/'))
        return QObject::tr("an absolute path");
    if (name.contains(u'\\'))
        return QObject::tr("a backslash in the name");
    static const QRegularExpression drive(u"^[A-Za-z]:"_s);
    if (drive.match(name).hasMatch())
        return QObject::tr("a Windows drive letter");
    for (const QChar ch : name)
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return QObject::tr("a control character in the name");
    const auto parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part == u".."_s)
            return QObject::tr("a \"..\" path component");
        if (part.isEmpty() || part == u"."_s)
            return QObject::tr("an empty or \".\" path component");
    }
    return {};
}

// Magic numbers of the compressions a backup may use.
KCompressionDevice::CompressionType sniffCompression(const QByteArray &head, bool *plainTar)
{
    *plainTar = false;
    if (head.startsWith(QByteArrayView("\x28\xb5\x2f\xfd", 4)))
        return KCompressionDevice::Zstd;
    if (head.startsWith(QByteArrayView("\xfd"
                                       "7zXZ\0",
                                       6)))
        return KCompressionDevice::Xz;
    if (head.startsWith("\x1f\x8b"))
        return KCompressionDevice::GZip;
    *plainTar = head.size() >= 262 && head.mid(257, 5) == "ustar";
    return KCompressionDevice::None;
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
        QByteArray out(kChunk, Qt::Uninitialized);
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
        if (const QString why = unsafeName(checked, limits.maxNameLength); !why.isEmpty())
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is refused: %2.").arg(name, why));
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

} // namespace

SafeArchive::~SafeArchive()
{
    if (m_archive && m_archive->isOpen())
        m_archive->close();
}

SafeArchive::SafeArchive(SafeArchive &&) noexcept = default;
SafeArchive &SafeArchive::operator=(SafeArchive &&) noexcept = default;

Result<SafeArchive> SafeArchive::open(const QString &path, Kind kind, const ArchiveLimits &limits)
{
    SafeArchive a;
    a.m_limits = limits;
    a.m_fileName = path;
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Kind::NotFound, QObject::tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(Error::Kind::InvalidInput, QObject::tr("%1 is not a regular file.").arg(path));

    if (kind == Kind::Zip) {
        a.m_archive = std::make_unique<KZip>(path);
    } else {
        QFile raw(path);
        if (!raw.open(QIODevice::ReadOnly))
            return fail(Error::Kind::Io, QObject::tr("Cannot read %1: %2").arg(path, raw.errorString()));
        bool plain = false;
        const auto type = sniffCompression(raw.read(512), &plain);
        raw.close();
        if (type == KCompressionDevice::None && !plain)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("%1 is not a tar archive compressed with zstd or xz.").arg(path));
        // Decompress once into a private temporary file, counting: a stream that inflates past
        // the caps or is corrupt is refused before the tar reader sees a byte of it.
        auto tmp = std::make_unique<QTemporaryFile>();
        if (!tmp->open())
            return fail(Error::Kind::Io,
                        QObject::tr("Cannot create a temporary file: %1").arg(tmp->errorString()));
        KCompressionDevice dev(path, type);
        if (!dev.open(QIODevice::ReadOnly))
            return fail(Error::Kind::Io, QObject::tr("Cannot read %1: %2").arg(path, dev.errorString()));
        const qint64 cap = std::min<qint64>(limits.maxTotalSize + qint64(limits.maxEntries + 16) * 1024,
                                            qint64(double(std::max<qint64>(info.size(), 1)) * limits.maxRatio)
                                                + (1 << 20));
        QByteArray buf(kChunk, Qt::Uninitialized);
        qint64 total = 0;
        for (;;) {
            const qint64 n = dev.read(buf.data(), kChunk);
            if (n < 0)
                return fail(Error::Kind::InvalidInput,
                            QObject::tr("%1 is damaged: its compressed data cannot be read (%2).")
                                .arg(path, dev.errorString()));
            if (n == 0)
                break;
            total += n;
            if (total > cap)
                return fail(
                    Error::Kind::InvalidInput,
                    QObject::tr("%1 expands to more than %2 (compression ratio or size over the limit); "
                                "it was not opened.")
                        .arg(path, mib(cap)));
            if (tmp->write(buf.constData(), n) != n)
                return fail(Error::Kind::Io,
                            QObject::tr("Cannot write a temporary file: %1").arg(tmp->errorString()));
        }
        if (type != KCompressionDevice::None && dev.error() != 0)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("%1 is damaged: its compressed data cannot be read.").arg(path));
        if (auto r = checkStreamComplete(path, type, total); !r)
            return std::unexpected(r.error());
        tmp->flush();
        tmp->seek(0);
        if (auto r = checkTarHeaders(*tmp, limits); !r)
            return std::unexpected(r.error());
        tmp->seek(0);
        a.m_device = std::move(tmp);
        a.m_archive = std::make_unique<KTar>(a.m_device.get());
    }

    if (!a.m_archive->open(QIODevice::ReadOnly))
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 is not a readable archive (%2).")
                        .arg(path,
                             a.m_archive->errorString().isEmpty() ? QObject::tr("damaged or truncated")
                                                                  : a.m_archive->errorString()));
    if (auto r = a.walk(QString(), a.m_archive->directory(), 0); !r)
        return std::unexpected(r.error());
    if (a.m_declaredTotal > limits.maxTotalSize)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("The archive's files add up to more than %1.").arg(mib(limits.maxTotalSize)));
    for (const auto &e : std::as_const(a.m_files))
        if (e.compressedSize >= 0 && e.size > kChunk
            && double(e.size) > double(std::max<qint64>(e.compressedSize, 1)) * limits.maxRatio)
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr("The archive entry \"%1\" inflates %2 bytes into %3: a compression ratio over "
                            "the limit of %4 (a zip bomb?).")
                    .arg(e.path)
                    .arg(e.compressedSize)
                    .arg(e.size)
                    .arg(limits.maxRatio));
    return a;
}

Result<void> SafeArchive::walk(const QString &prefix, const void *dirPtr, int depth)
{
    const auto *dir = static_cast<const KArchiveDirectory *>(dirPtr);
    if (depth > m_limits.maxDepth)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("The archive nests folders more than %1 deep (at \"%2\").")
                        .arg(m_limits.maxDepth)
                        .arg(prefix));
    const QStringList names = dir->entries();
    for (const QString &n : names) {
        const KArchiveEntry *e = dir->entry(n);
        const QString name = prefix + n;
        if (!e)
            continue;
        QString raw = name;
        if (const auto *z = dynamic_cast<const KZipFileEntry *>(e))
            raw = z->path();
        if (const QString why = unsafeName(raw, m_limits.maxNameLength); !why.isEmpty())
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is refused: %2.").arg(raw, why));
        if (const QString why = unsafeName(name, m_limits.maxNameLength); !why.isEmpty())
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is refused: %2.").arg(name, why));
        const mode_t type = e->permissions() & S_IFMT;
        if (!e->symLinkTarget().isEmpty() || type == S_IFLNK)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is a link (to \"%2\"); links are not allowed.")
                            .arg(name, e->symLinkTarget()));
        if (type == S_IFCHR || type == S_IFBLK || type == S_IFIFO || type == S_IFSOCK)
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr("The archive entry \"%1\" is a device, pipe or socket; only files are allowed.")
                    .arg(name));

        const QString folded = name.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (const QString other = m_folded.value(folded); !other.isNull())
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr("The archive entries \"%1\" and \"%2\" have names that differ only in case or "
                            "Unicode normalization; they would overwrite each other.")
                    .arg(other, name));
        m_folded.insert(folded, name);
        if (m_folded.size() > m_limits.maxEntries)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive has more than %1 entries.").arg(m_limits.maxEntries));

        if (e->isDirectory()) {
            if (auto r = walk(name + u'/', static_cast<const KArchiveDirectory *>(e), depth + 1); !r)
                return r;
            continue;
        }
        if (!e->isFile() || (type != 0 && type != S_IFREG))
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is not a regular file.").arg(name));
        const auto *f = static_cast<const KArchiveFile *>(e);
        ArchiveEntry entry;
        entry.path = name;
        entry.size = f->size();
        if (entry.size < 0 || entry.size > m_limits.maxEntrySize)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is %2, over the limit of %3.")
                            .arg(name, mib(entry.size), mib(m_limits.maxEntrySize)));
        if (const auto *z = dynamic_cast<const KZipFileEntry *>(e)) {
            entry.compressedSize = z->compressedSize();
            entry.crc32 = quint32(z->crc32());
            entry.hasCrc = true;
        }
        m_declaredTotal += entry.size;
        m_files << entry;
        m_entries.insert(name, f);
    }
    return {};
}

const ArchiveEntry *SafeArchive::find(const QString &path) const
{
    for (const auto &e : m_files)
        if (e.path == path)
            return &e;
    return nullptr;
}

Result<void> SafeArchive::stream(const QString &path,
                                 const std::function<Result<void>(const char *, qint64)> &sink) const
{
    const ArchiveEntry *entry = find(path);
    const KArchiveFile *file = m_entries.value(path);
    if (!entry || !file)
        return fail(Error::Kind::NotFound, QObject::tr("The archive has no file \"%1\".").arg(path));
    std::unique_ptr<QIODevice> dev(file->createDevice());
    if (!dev || (!dev->isOpen() && !dev->open(QIODevice::ReadOnly)))
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("The archive entry \"%1\" cannot be read.").arg(path));
    QByteArray buf(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    uLong crc = crc32(0L, Z_NULL, 0);
    for (;;) {
        const qint64 want = std::min<qint64>(kChunk, entry->size - done + 1); // one more: a liar shows itself
        const qint64 n = want > 0 ? dev->read(buf.data(), want) : 0;
        if (n < 0)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" is damaged: its data cannot be decompressed.")
                            .arg(path));
        if (n == 0)
            break;
        done += n;
        m_readTotal += n;
        if (done > entry->size)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The archive entry \"%1\" holds more data than the %2 bytes it claims.")
                            .arg(path)
                            .arg(entry->size));
        if (m_readTotal > m_limits.maxTotalSize)
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr("The archive's files add up to more than %1.").arg(mib(m_limits.maxTotalSize)));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(buf.constData()), uInt(n));
        if (auto r = sink(buf.constData(), n); !r)
            return r;
    }
    if (done != entry->size)
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr("The archive entry \"%1\" is damaged or truncated: %2 of %3 bytes could be read.")
                .arg(path)
                .arg(done)
                .arg(entry->size));
    if (entry->hasCrc && quint32(crc) != entry->crc32)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("The archive entry \"%1\" is damaged: its CRC does not match.").arg(path));
    return {};
}

Result<QByteArray> SafeArchive::read(const QString &path, qint64 maxBytes) const
{
    const ArchiveEntry *entry = find(path);
    if (!entry)
        return fail(Error::Kind::NotFound, QObject::tr("The archive has no file \"%1\".").arg(path));
    if (entry->size > maxBytes)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("\"%1\" in the archive is %2 bytes, more than the %3 allowed.")
                        .arg(path)
                        .arg(entry->size)
                        .arg(maxBytes));
    QByteArray out;
    out.reserve(entry->size);
    auto r = stream(path, [&](const char *data, qint64 n) -> Result<void> {
        out.append(data, n);
        return {};
    });
    if (!r)
        return std::unexpected(r.error());
    return out;
}

Result<QByteArray> SafeArchive::extract(const QString &path, const QString &target,
                                        const std::function<void(qint64)> &chunk) const
{
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(Error::Kind::Io, QObject::tr("Cannot create %1: %2").arg(target, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    auto r = stream(path, [&](const char *data, qint64 n) -> Result<void> {
        if (out.write(data, n) != n)
            return fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(target, out.errorString()));
        hash.addData(QByteArrayView(data, n));
        done += n;
        if (chunk)
            chunk(done);
        return {};
    });
    if (r && !out.flush())
        r = fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(target, out.errorString()));
    out.close();
    if (!r) {
        QFile::remove(target);
        return std::unexpected(r.error());
    }
    return hash.result().toHex();
}

} // namespace ost
