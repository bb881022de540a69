#include "playhistoryrepository.h"

#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

} // namespace

PlayHistoryRepository::PlayHistoryRepository(Database db)
    : m_db(std::move(db))
{ }

Result<qint64> PlayHistoryRepository::record(const PlayRecord &play)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io, QObject::tr("The library is open read-only; the play is not recorded."));
    if (play.songId.isEmpty() || !play.startedAt.isValid() || play.listenedMs < 0 || play.lengthMs < 0)
        return fail(Error::Kind::InvalidInput, QObject::tr("A play without a song, a start or a length."));
    auto q = runQuery(m_db.connection(),
                      u"INSERT INTO plays(song_id, started_at, listened_ms, length_ms, kind, skipped) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s,
                      { play.songId, play.startedAt.toMSecsSinceEpoch(), play.listenedMs, play.lengthMs,
                        play.kind == PlayRecord::Kind::Full ? u"full"_s : u"preview"_s, int(play.skipped) });
    if (!q)
        return std::unexpected(q.error());
    return q->lastInsertId().toLongLong();
}

Result<QList<HistoryEntry>> PlayHistoryRepository::recent(int limit, qint64 beforeId) const
{
    auto q = runQuery(
        m_db.connection(),
        u"SELECT p.id, p.song_id, p.started_at, p.listened_ms, p.length_ms, p.kind, p.skipped, s.title, "
        "(SELECT group_concat(name, ', ') FROM (SELECT a.name FROM song_artists sa JOIN artists a "
        "  ON a.id = sa.artist_id WHERE sa.song_id = p.song_id ORDER BY sa.position)), "
        "(SELECT ds.drama_id FROM drama_songs ds WHERE ds.song_id = p.song_id ORDER BY ds.drama_id LIMIT 1), "
        "(SELECT d.title FROM drama_songs ds JOIN dramas d ON d.id = ds.drama_id WHERE ds.song_id = p.song_id "
        "  ORDER BY ds.drama_id LIMIT 1) "
        "FROM plays p LEFT JOIN songs s ON s.id = p.song_id "
        "WHERE p.cleared IS NULL AND (? = 0 OR (p.started_at, p.id) < (SELECT started_at, id FROM plays WHERE id = ?)) "
        "ORDER BY p.started_at DESC, p.id DESC LIMIT ?"_s,
        { beforeId, beforeId, limit });
    if (!q)
        return std::unexpected(q.error());
    QList<HistoryEntry> out;
    while (q->next()) {
        HistoryEntry e;
        e.id = q->value(0).toLongLong();
        e.play.songId = q->value(1).toString();
        e.play.startedAt = fromMs(q->value(2));
        e.play.listenedMs = q->value(3).toLongLong();
        e.play.lengthMs = q->value(4).toLongLong();
        e.play.kind
            = q->value(5).toString() == u"preview"_s ? PlayRecord::Kind::Preview : PlayRecord::Kind::Full;
        e.play.skipped = q->value(6).toInt() != 0;
        e.title = q->value(7).toString();
        e.artists = q->value(8).toString();
        e.dramaId = q->value(9).toString();
        e.dramaTitle = q->value(10).toString();
        out << e;
    }
    return out;
}

Result<qint64> PlayHistoryRepository::count() const
{
    auto q = runQuery(m_db.connection(), u"SELECT count(*) FROM plays WHERE cleared IS NULL"_s);
    if (!q)
        return std::unexpected(q.error());
    q->next();
    return q->value(0).toLongLong();
}

Result<QHash<QString, SongPlayCounts>> PlayHistoryRepository::counts(const QStringList &songIds) const
{
    QHash<QString, SongPlayCounts> out;
    for (qsizetype from = 0; from < songIds.size(); from += 500) { // SQLite's variable limit
        const QStringList part = songIds.mid(from, 500);
        auto q = runQuery(m_db.connection(),
                          u"SELECT song_id, plays, skips, previews, last_played FROM song_play_counts "
                          "WHERE song_id IN ("_s
                              + placeholders(part.size()) + u')',
                          QVariantList(part.begin(), part.end()));
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            out.insert(q->value(0).toString(),
                       SongPlayCounts { q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(),
                                        fromMs(q->value(4)) });
    }
    return out;
}

Result<qint64> PlayHistoryRepository::clear()
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io,
                    QObject::tr("The library is open read-only; the history cannot be cleared."));
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto token = runQuery(m_db.connection(), u"SELECT coalesce(max(cleared), 0) + 1 FROM plays"_s);
    if (!token)
        return std::unexpected(token.error());
    token->next();
    const qint64 t = token->value(0).toLongLong();
    if (auto q = runQuery(m_db.connection(), u"UPDATE plays SET cleared = ? WHERE cleared IS NULL"_s, { t });
        !q)
        return std::unexpected(q.error());
    if (auto q = runQuery(m_db.connection(), u"DELETE FROM song_play_counts"_s); !q)
        return std::unexpected(q.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return t;
}

Result<void> PlayHistoryRepository::restore(qint64 token)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto q
        = runQuery(m_db.connection(), u"UPDATE plays SET cleared = NULL WHERE cleared = ?"_s, { token });
        !q)
        return std::unexpected(q.error());
    if (auto r = rebuildCounts(); !r)
        return r;
    return tx.commit();
}

Result<void> PlayHistoryRepository::purgeCleared()
{
    if (m_db.isReadOnly())
        return {};
    auto q = runQuery(m_db.connection(), u"DELETE FROM plays WHERE cleared IS NOT NULL"_s);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<void> PlayHistoryRepository::rebuildCounts()
{
    if (auto q = runQuery(m_db.connection(), u"DELETE FROM song_play_counts"_s); !q)
        return std::unexpected(q.error());
    auto q
        = runQuery(m_db.connection(),
                   u"INSERT INTO song_play_counts(song_id, plays, skips, previews, last_played) "
                   "SELECT song_id, sum(kind = 'full' AND NOT skipped), sum(skipped), sum(kind = 'preview'), "
                   "max(CASE WHEN kind = 'full' AND NOT skipped THEN started_at END) "
                   "FROM plays WHERE cleared IS NULL GROUP BY song_id"_s);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace ost
