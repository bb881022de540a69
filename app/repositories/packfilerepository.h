#pragma once

#include "packs/packfile.h"
#include "storage/database.h"

#include <QHash>

namespace ost {

// Posters and preview clips that came with packs: pack_files rows, files under
// <data dir>/packfiles/ named by content hash.
class PackFileRepository
{
public:
    struct Stored
    {
        QString fileName;
        QByteArray sha256;
        qint64 size = 0;
    };

    PackFileRepository(Database db, QString dataDir);

    Result<QHash<QString, Stored>> files(PackFile::Kind kind) const; // owner id -> file
    // Absolute paths of the kind's files for these owners (all owners when ids is empty).
    Result<QHash<QString, QString>> paths(PackFile::Kind kind, const QStringList &ids = {}) const;
    // In the caller's transaction.
    Result<void> put(PackFile::Kind kind, const QString &ownerId, const Stored &file) const;
    // Files in the folder no row points at any more (left by updates); removed after a commit.
    void removeUnreferenced() const;

    QString folder() const;
    static QString folder(const QString &dataDir);

private:
    Database m_db;
    QString m_dataDir;
};

} // namespace ost
