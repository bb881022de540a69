#include "favoriterepository.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QString table(FavoriteRepository::Kind k)
{
    return k == FavoriteRepository::Kind::Drama ? u"favorite_dramas"_s : u"favorite_songs"_s;
}
QString column(FavoriteRepository::Kind k)
{
    return k == FavoriteRepository::Kind::Drama ? u"drama_id"_s : u"song_id"_s;
}

} // namespace

FavoriteRepository::FavoriteRepository(Database db)
    : m_db(std::move(db))
{ }

Result<void> FavoriteRepository::setFavorite(Kind kind, const QString &id, bool favorite)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io,
                    QObject::tr("The library is open read-only; favorites cannot be changed."));
    const QString sql = favorite ? u"INSERT OR IGNORE INTO %1(%2) VALUES (?)"_s.arg(table(kind), column(kind))
                                 : u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table(kind), column(kind));
    auto q = runQuery(m_db.connection(), sql, { id });
    if (!q) {
        if (favorite)
            return fail(Error::Kind::NotFound,
                        QObject::tr("Cannot mark \"%1\" as a favorite: it is not in the catalog.").arg(id));
        return std::unexpected(q.error());
    }
    return {};
}

Result<bool> FavoriteRepository::isFavorite(Kind kind, const QString &id) const
{
    auto q = runQuery(m_db.connection(), u"SELECT 1 FROM %1 WHERE %2 = ?"_s.arg(table(kind), column(kind)),
                      { id });
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}

Result<QStringList> FavoriteRepository::list(Kind kind) const
{
    auto q
        = runQuery(m_db.connection(),
                   u"SELECT %2 FROM %1 ORDER BY added_at DESC, rowid DESC"_s.arg(table(kind), column(kind)));
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace ost
