#pragma once

#include "database.h"

#include <QStringList>

namespace ost {

struct LibraryOptions
{
    QString dataDir; // empty: QStandardPaths::AppLocalDataLocation
    bool dataDirExplicit = false; // --data-dir: must exist, never created
    QString bundledCatalog; // empty: <bin>/../share/ostshelf/catalog.sqlite
};

// The user's library: a database in the data directory, made from the bundled catalog on
// first run, migrated and updated with verified backups, and repaired from the last good
// backup when it is found corrupt. notices() says what happened, for the user.
class Library
{
public:
    static Result<Library> open(const LibraryOptions &options);
    ~Library();
    Library(Library &&) noexcept;
    Library &operator=(Library &&) noexcept;
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    const Database &database() const { return m_db; }
    QString dataDir() const { return m_dataDir; }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    QStringList notices() const { return m_notices; }

    // VACUUM INTO a new file under backups/, verified with integrity_check, keeping the newest few.
    Result<QString> backup(const QString &reason);
    QStringList backups() const; // newest first

    static QString defaultDataDir();
    static QString defaultBundledCatalog();
    static QString demoClipDir(); // the demo clips installed beside the bundled catalog
    static constexpr int kKeepBackups = 5;
    static constexpr const char *kFileName = "library.sqlite";

private:
    Library(Database db, QString dataDir, QStringList notices);

    Database m_db;
    QString m_dataDir;
    QStringList m_notices;
    QString m_runMarker;
};

} // namespace ost
