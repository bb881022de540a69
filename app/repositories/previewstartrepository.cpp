#include "previewstartrepository.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ost {

PreviewStartRepository::PreviewStartRepository(Database db)
    : m_db(std::move(db))
{ }

Result<void> PreviewStartRepository::set(const QString &songId, qint64 startMs)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io,
                    QObject::tr("The library is open read-only; the preview start cannot be saved."));
    if (startMs < 0)
        return fail(Error::Kind::InvalidInput, QObject::tr("A preview cannot start before the song does."));
    auto q = runQuery(m_db.connection(),
                      u"INSERT INTO preview_starts(song_id, start_ms) VALUES (?, ?) "
                      "ON CONFLICT(song_id) DO UPDATE SET start_ms = excluded.start_ms"_s,
                      { songId, startMs });
    if (!q)
        return fail(
            Error::Kind::NotFound,
            QObject::tr("Cannot save the preview start of \"%1\": it is not in the catalog.").arg(songId));
    return {};
}

Result<qint64> PreviewStartRepository::get(const QString &songId) const
{
    auto q
        = runQuery(m_db.connection(), u"SELECT start_ms FROM preview_starts WHERE song_id = ?"_s, { songId });
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace ost
