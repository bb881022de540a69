#pragma once

#include "domain/artist.h"
#include "domain/collection.h"
#include "domain/dramadetail.h"
#include "storage/database.h"

#include <functional>

namespace ost {

// Read access to the catalog aggregate: dramas, songs, artists, awards, collections.
// Uses the calling thread's connection, so it can run on a worker thread.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database db);

    // Grid: without the synopsis, which only a drama page shows (a few MiB at 10,000 dramas).
    enum class DramaFields { All, Grid };
    Result<QList<Drama>> dramas(DramaFields fields = DramaFields::All) const;
    Result<DramaDetail> dramaDetail(const QString &id) const;
    Result<Song> song(const QString &id) const;
    Result<QList<Song>> songsOfArtist(const QString &artistId) const; // includes songs of its groups' members
    Result<QList<Song>> songsById(const QStringList &ids) const;
    Result<Artist> artist(const QString &id) const;
    Result<QList<Artist>> artists() const;
    Result<QList<Collection>> collections() const;
    Result<int> count(const QString &table) const;

    // An id, or else a title/alias in any script (case, spacing, NFC/NFD ignored).
    Result<QString> resolveDrama(const QString &idOrTitle) const;
    Result<QString> resolveSong(const QString &idOrTitle) const;

private:
    Result<void> attachDetails(QList<Song> &songs) const;
    Result<QList<Song>> loadSongs(const QString &where, const QVariantList &values) const;

    Database m_db;
};

} // namespace ost
