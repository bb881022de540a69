#pragma once

#include "backupwriter.h"

#include <QDateTime>

namespace ost {

// A backup kept in <data dir>/backups/: automatic .ostbackup archives (auto-<time>.ostbackup,
// the newest kKeepAutomatic kept) and the safety copies of the database taken before a
// migration or a catalog update (library-<time>-…-<reason>.sqlite).
struct BackupInfo
{
    enum class Kind { Automatic, Safety };
    Kind kind = Kind::Automatic;
    QString path;
    QDateTime createdAt; // UTC, from the name
    qint64 bytes = 0;
    QString reason; // safety copies: before-migration, before-catalog-update
};

class BackupStore
{
public:
    BackupStore(Database db, QString dataDir);

    QString folder() const;
    static QString folder(const QString &dataDir);
    QList<BackupInfo> list() const; // newest first
    // Due when the newest automatic backup is older than interval (or there is none).
    bool automaticDue(const QDateTime &now, qint64 intervalSecs = kIntervalSecs) const;
    // Writes a new automatic backup and only then drops the oldest beyond keep. A live library
    // that fails quick_check is not backed up at all, so it never pushes out a good backup.
    Result<QString> createAutomatic(int keep = kKeepAutomatic, const PackProgress &progress = {}) const;

    static constexpr int kKeepAutomatic = 5;
    static constexpr qint64 kIntervalSecs = 24 * 3600;

private:
    QList<BackupInfo> automatic() const;

    Database m_db;
    QString m_dataDir;
};

} // namespace ost
