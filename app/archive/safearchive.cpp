#include "safearchive.h"

#include "archivechecks.h"
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
#include <QTemporaryFile>

#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace ost {

using namespace archivechecks;

namespace {

constexpr qint64 kChunk = 64 * 1024;

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
        if (auto ok = checkEntryName(raw, raw, m_limits.maxNameLength); !ok)
            return ok;
        if (auto ok = checkEntryName(name, name, m_limits.maxNameLength); !ok)
            return ok;
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
