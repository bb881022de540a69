#pragma once

#include "archiveentry.h"
#include "archivelimits.h"
#include "core/error.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

class KArchive;
class KArchiveFile;
class QIODevice;

namespace ost {

// Reads an untrusted zip or tar archive by our own rules, never with KArchive's copyTo() or
// data(): on open it walks entries() and refuses the whole archive for an unsafe name (absolute,
// "..", a drive letter, a backslash, control characters), a symlink, hard link or device, two
// names that collide by case or Unicode normalization, too many entries, folders nested too
// deep, or a size over the caps. Files are then read through createDevice() counting bytes, so
// an entry that yields more than it claims, or inflates past the ratio cap, is stopped there.
class SafeArchive
{
public:
    enum class Kind { Zip, Tar };

    static Result<SafeArchive> open(const QString &path, Kind kind, const ArchiveLimits &limits = {});
    ~SafeArchive();
    SafeArchive(SafeArchive &&) noexcept;
    SafeArchive &operator=(SafeArchive &&) noexcept;

    const QList<ArchiveEntry> &files() const { return m_files; }
    const ArchiveEntry *find(const QString &path) const;
    QString fileName() const { return m_fileName; }

    // The whole entry, at most maxBytes (small things: a manifest).
    Result<QByteArray> read(const QString &path, qint64 maxBytes) const;
    // Streams the entry into target (created, never overwritten) and returns its SHA-256 (hex).
    // chunk is called with the bytes done so far, for progress.
    Result<QByteArray> extract(const QString &path, const QString &target,
                               const std::function<void(qint64)> &chunk = {}) const;

private:
    SafeArchive() = default;
    Result<void> walk(const QString &prefix, const void *dir, int depth);
    Result<void> stream(const QString &path,
                        const std::function<Result<void>(const char *, qint64)> &sink) const;

    std::unique_ptr<QIODevice> m_device; // the decompressing device for a compressed tar
    std::unique_ptr<KArchive> m_archive;
    ArchiveLimits m_limits;
    QString m_fileName;
    QList<ArchiveEntry> m_files;
    QHash<QString, const KArchiveFile *> m_entries;
    QHash<QString, QString> m_folded; // case- and normalization-folded name -> name
    qint64 m_declaredTotal = 0;
    mutable qint64 m_readTotal = 0;
};

} // namespace ost
