#pragma once

#include "backupmanifest.h"
#include "packs/packprogress.h"
#include "storage/database.h"

namespace ost {

// Writes a library backup (.ostbackup): a tar compressed with zstd (or xz) through KTar on a
// KCompressionDevice, holding a consistent snapshot of the database (VACUUM INTO, then
// quick_check on the copy), every playlist also as M3U8 for other players, the custom posters,
// the files that came with packs, and manifest.json with every file's size and SHA-256.
// The archive is written to "<target>.part" and renamed over target only when complete.
class BackupWriter
{
public:
    enum class Compression { Zstd, Xz };

    BackupWriter(Database db, QString dataDir);

    Result<BackupManifest> write(const QString &target, Compression compression = Compression::Zstd,
                                 const PackProgress &progress = {}) const;
    QStringList warnings() const { return m_warnings; }

    // A playlist's file name inside the backup: its position and a name safe on any system.
    static QString playlistFileName(int index, const QString &name);

private:
    Database m_db;
    QString m_dataDir;
    mutable QStringList m_warnings;
};

} // namespace ost
