#pragma once

#include "catalog/catalogsnapshot.h"
#include "packmanifest.h"
#include "packprogress.h"

namespace ost {

// Exports part of a library as a drama pack: the catalog rows of the selection (made
// self-contained by CatalogSnapshot::select), the posters that came with packs and each
// song's preview clip (from a pack, else its demo clip). Favorites, playlists, linked local
// files and paths are never exported, and neither are posters the user chose.
class PackExporter
{
public:
    PackExporter(Database db, QString dataDir, QString demoDir);

    // The dramas of a playlist's songs, plus songs that are in no drama.
    Result<CatalogSelection> playlistSelection(qint64 playlistId) const;
    Result<PackManifest> exportTo(const QString &path, const CatalogSelection &selection,
                                  const QString &title, const PackProgress &progress = {}) const;

private:
    Database m_db;
    QString m_dataDir;
    QString m_demoDir;
};

} // namespace ost
