#include "playlistrepository.h"

#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

constexpr int kMaxNameLength = 200;

const QString kSummary
    = u"SELECT p.id, p.name, p.created_at, p.deleted_at, "
      "(SELECT count(*) FROM playlist_items i WHERE i.playlist_id = p.id), "
      "(SELECT count(*) FROM playlist_items i WHERE i.playlist_id = p.id "
      "   AND NOT EXISTS (SELECT 1 FROM local_files f WHERE f.song_id = i.song_id)), "
      "(SELECT group_concat(drama_id, char(31)) FROM ("
      "   SELECT ds.drama_id FROM playlist_items i JOIN drama_songs ds ON ds.song_id = i.song_id "
      "   WHERE i.playlist_id = p.id GROUP BY ds.drama_id ORDER BY min(i.position) LIMIT 4)) "
      "FROM playlists p "_s;

Playlist playlistFromRow(const QSqlQuery &q)
{
    Playlist p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.createdAt = q.value(2).toString();
    p.deletedAt = q.value(3).toString();
    p.songCount = q.value(4).toInt();
    p.unavailableCount = q.value(5).toInt();
    const QString covers = q.value(6).toString();
    if (!covers.isEmpty())
        p.coverDramaIds = covers.split(QChar(31));
    return p;
}

} // namespace

PlaylistRepository::PlaylistRepository(Database db)
    : m_db(std::move(db))
{ }

Result<QString> PlaylistRepository::checkName(const QString &name)
{
    QString n = name.trimmed().normalized(QString::NormalizationForm_C);
    if (n.isEmpty())
        return fail(Error::Kind::InvalidInput, QObject::tr("A playlist needs a name."));
    if (n.size() > kMaxNameLength)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("A playlist name can have at most %1 characters.").arg(kMaxNameLength));
    for (const QChar c : n)
        if (c.category() == QChar::Other_Control)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("A playlist name cannot contain control characters."));
    return n;
}

Result<void> PlaylistRepository::checkWritable() const
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io,
                    QObject::tr("The library is open read-only; playlists cannot be changed."));
    return {};
}

Result<bool> PlaylistRepository::nameTaken(const QString &name, qint64 except) const
{
    auto q = runQuery(
        m_db.connection(),
        u"SELECT 1 FROM playlists WHERE deleted_at IS NULL AND id <> ? AND lower(name) = lower(?)"_s,
        { except, name });
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}

Result<QString> PlaylistRepository::freeName(const QString &base, qint64 except) const
{
    QString candidate = base;
    for (int n = 2; n < 10000; ++n) {
        auto taken = nameTaken(candidate, except);
        if (!taken)
            return std::unexpected(taken.error());
        if (!*taken)
            return candidate;
        candidate = u"%1 (%2)"_s.arg(base).arg(n);
    }
    return fail(Error::Kind::InvalidInput, QObject::tr("Too many playlists are named \"%1\".").arg(base));
}

Result<void> PlaylistRepository::checkSongs(const QStringList &songIds) const
{
    const QSet<QString> unique(songIds.begin(), songIds.end());
    for (const auto &id : unique) {
        auto q = runQuery(m_db.connection(), u"SELECT 1 FROM songs WHERE id = ?"_s, { id });
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(Error::Kind::NotFound,
                        QObject::tr("No song with id \"%1\" is in the catalog.").arg(id));
    }
    return {};
}

Result<void> PlaylistRepository::writeItems(qint64 id, const QStringList &songIds) const
{
    if (auto r = runQuery(m_db.connection(), u"DELETE FROM playlist_items WHERE playlist_id = ?"_s, { id });
        !r)
        return std::unexpected(r.error());
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO playlist_items(playlist_id, position, song_id) VALUES (?, ?, ?)"_s))
        return fail(Error::Kind::Database,
                    QObject::tr("Database error: cannot prepare the playlist update."));
    for (int i = 0; i < songIds.size(); ++i) {
        q.bindValue(0, id);
        q.bindValue(1, i);
        q.bindValue(2, songIds[i]);
        if (!q.exec())
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("Cannot save the playlist: song \"%1\" was refused.").arg(songIds[i]));
    }
    return {};
}

Result<qint64> PlaylistRepository::create(const QString &name, const QStringList &songIds, qint64 id)
{
    if (auto w = checkWritable(); !w)
        return std::unexpected(w.error());
    auto n = checkName(name);
    if (!n)
        return std::unexpected(n.error());
    if (auto c = checkSongs(songIds); !c)
        return std::unexpected(c.error());
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto taken = nameTaken(*n, id);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("A playlist named \"%1\" already exists.").arg(*n));
    auto q = id > 0
        ? runQuery(m_db.connection(), u"INSERT INTO playlists(id, name) VALUES (?, ?)"_s, { id, *n })
        : runQuery(m_db.connection(), u"INSERT INTO playlists(name) VALUES (?)"_s, { *n });
    if (!q)
        return std::unexpected(q.error());
    const qint64 newId = id > 0 ? id : q->lastInsertId().toLongLong();
    if (auto w = writeItems(newId, songIds); !w)
        return std::unexpected(w.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return newId;
}

Result<void> PlaylistRepository::rename(qint64 id, const QString &name)
{
    if (auto w = checkWritable(); !w)
        return w;
    auto n = checkName(name);
    if (!n)
        return std::unexpected(n.error());
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto p = playlist(id); !p)
        return std::unexpected(p.error());
    auto taken = nameTaken(*n, id);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("A playlist named \"%1\" already exists.").arg(*n));
    if (auto q = runQuery(m_db.connection(), u"UPDATE playlists SET name = ? WHERE id = ?"_s, { *n, id }); !q)
        return std::unexpected(q.error());
    return tx.commit();
}

Result<qint64> PlaylistRepository::duplicate(qint64 id)
{
    if (auto w = checkWritable(); !w)
        return std::unexpected(w.error());
    auto p = playlist(id);
    if (!p)
        return std::unexpected(p.error());
    auto songs = songIds(id);
    if (!songs)
        return std::unexpected(songs.error());
    auto name = freeName(QObject::tr("%1 (copy)").arg(p->name), 0);
    if (!name)
        return std::unexpected(name.error());
    return create(*name, *songs);
}

Result<void> PlaylistRepository::moveToTrash(qint64 id)
{
    if (auto w = checkWritable(); !w)
        return w;
    auto q = runQuery(m_db.connection(),
                      u"UPDATE playlists SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                      "WHERE id = ? AND deleted_at IS NULL"_s,
                      { id });
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Kind::NotFound, QObject::tr("No playlist with id %1 to delete.").arg(id));
    return {};
}

Result<QString> PlaylistRepository::restore(qint64 id)
{
    if (auto w = checkWritable(); !w)
        return std::unexpected(w.error());
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto p = playlist(id);
    if (!p)
        return std::unexpected(p.error());
    if (!p->isInTrash())
        return p->name;
    // A new playlist may have taken the name meanwhile; nothing is overwritten.
    auto name = freeName(p->name, id);
    if (!name)
        return std::unexpected(name.error());
    if (auto q = runQuery(m_db.connection(),
                          u"UPDATE playlists SET deleted_at = NULL, name = ? WHERE id = ?"_s, { *name, id });
        !q)
        return std::unexpected(q.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return *name;
}

Result<void> PlaylistRepository::purge(qint64 id)
{
    if (auto w = checkWritable(); !w)
        return w;
    auto q = runQuery(m_db.connection(), u"DELETE FROM playlists WHERE id = ?"_s, { id });
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<int> PlaylistRepository::emptyTrash()
{
    if (auto w = checkWritable(); !w)
        return std::unexpected(w.error());
    auto q = runQuery(m_db.connection(), u"DELETE FROM playlists WHERE deleted_at IS NOT NULL"_s);
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected();
}

Result<QList<Playlist>> PlaylistRepository::list(bool trash) const
{
    auto q = runQuery(m_db.connection(),
                      kSummary
                          + (trash ? u"WHERE p.deleted_at IS NOT NULL ORDER BY p.deleted_at DESC"_s
                                   : u"WHERE p.deleted_at IS NULL ORDER BY lower(p.name), p.id"_s));
    if (!q)
        return std::unexpected(q.error());
    QList<Playlist> out;
    while (q->next())
        out << playlistFromRow(*q);
    return out;
}

Result<Playlist> PlaylistRepository::playlist(qint64 id) const
{
    auto q = runQuery(m_db.connection(), kSummary + u"WHERE p.id = ?"_s, { id });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Kind::NotFound, QObject::tr("No playlist with id %1.").arg(id));
    return playlistFromRow(*q);
}

Result<QStringList> PlaylistRepository::songIds(qint64 id) const
{
    auto q
        = runQuery(m_db.connection(),
                   u"SELECT song_id FROM playlist_items WHERE playlist_id = ? ORDER BY position"_s, { id });
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<void> PlaylistRepository::setSongIds(qint64 id, const QStringList &songIds)
{
    if (auto w = checkWritable(); !w)
        return w;
    if (auto c = checkSongs(songIds); !c)
        return c;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto p = playlist(id); !p)
        return std::unexpected(p.error());
    if (auto w = writeItems(id, songIds); !w)
        return w;
    return tx.commit();
}

Result<void> PlaylistRepository::addSongs(qint64 id, const QStringList &songIds, int position)
{
    auto current = this->songIds(id);
    if (!current)
        return std::unexpected(current.error());
    if (position < 0 || position > current->size())
        position = int(current->size());
    for (int i = 0; i < songIds.size(); ++i)
        current->insert(position + i, songIds[i]);
    return setSongIds(id, *current);
}

Result<void> PlaylistRepository::removeAt(qint64 id, QList<int> positions)
{
    auto current = songIds(id);
    if (!current)
        return std::unexpected(current.error());
    std::sort(positions.begin(), positions.end(), std::greater<>());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    for (int p : positions) {
        if (p < 0 || p >= current->size())
            return fail(Error::Kind::NotFound,
                        QObject::tr("The playlist has no song at position %1.").arg(p + 1));
        current->removeAt(p);
    }
    return setSongIds(id, *current);
}

Result<void> PlaylistRepository::move(qint64 id, int from, int to)
{
    auto current = songIds(id);
    if (!current)
        return std::unexpected(current.error());
    if (from < 0 || from >= current->size() || to < 0 || to >= current->size())
        return fail(Error::Kind::Io,
                    QObject::tr("Cannot move: the playlist has %n song(s).", nullptr, int(current->size())));
    current->move(from, to);
    return setSongIds(id, *current);
}

Result<qint64> PlaylistRepository::resolve(const QString &idOrName, bool trash) const
{
    bool isNumber = false;
    const qint64 asId = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        if (auto p = playlist(asId); p && p->isInTrash() == trash)
            return asId;
    }
    auto q
        = runQuery(m_db.connection(),
                   u"SELECT id FROM playlists WHERE lower(name) = lower(?) AND (deleted_at IS NOT NULL) = ? "
                   "ORDER BY deleted_at DESC"_s,
                   { idOrName.trimmed().normalized(QString::NormalizationForm_C), trash });
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return q->value(0).toLongLong();
    return fail(Error::Kind::NotFound,
                trash ? QObject::tr("No playlist named \"%1\" is in the trash.").arg(idOrName)
                      : QObject::tr("No playlist named \"%1\".").arg(idOrName));
}

} // namespace ost
