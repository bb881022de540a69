#include "scanrepository.h"

#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ost {

namespace {
const QString kReviewSelect = u"SELECT f.rowid, f.path, f.title, f.artist, f.song_id, s.title, f.reason "
                              "FROM scanned_files f LEFT JOIN songs s ON s.id = f.song_id "_s;

ReviewItem reviewItemFromRow(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString(),   q.value(5).toString(), q.value(6).toString() };
}
} // namespace

ScanRepository::ScanRepository(Database db)
    : m_db(std::move(db))
{ }

Result<QList<ReviewItem>> ScanRepository::reviewList() const
{
    auto q = runQuery(m_db.connection(), kReviewSelect + u"WHERE f.status = 'review' ORDER BY f.path"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<ReviewItem> out;
    while (q->next())
        out << reviewItemFromRow(*q);
    return out;
}

Result<ReviewItem> ScanRepository::item(qint64 id) const
{
    auto q
        = runQuery(m_db.connection(), kReviewSelect + u"WHERE f.rowid = ? AND f.status = 'review'"_s, { id });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Kind::NotFound,
                    QObject::tr("No file with review id %1 is waiting for review.").arg(id));
    return reviewItemFromRow(*q);
}

Result<ReviewItem> ScanRepository::accept(qint64 id)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io, QObject::tr("The library is open read-only."));
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto it = item(id);
    if (!it)
        return it;
    if (it->songId.isEmpty())
        return fail(Error::Kind::NotFound, QObject::tr("\"%1\" has no proposed song to link.").arg(it->path));
    if (auto l
        = runQuery(m_db.connection(),
                   u"INSERT INTO local_files(song_id, path) VALUES (?, ?) ON CONFLICT(song_id) DO UPDATE "
                   "SET path = excluded.path, linked_at = excluded.linked_at"_s,
                   { it->songId, it->path });
        !l)
        return std::unexpected(l.error());
    if (auto u = runQuery(m_db.connection(), u"UPDATE scanned_files SET status = 'linked' WHERE rowid = ?"_s,
                          { id });
        !u)
        return std::unexpected(u.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return it;
}

Result<ReviewItem> ScanRepository::reject(qint64 id)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io, QObject::tr("The library is open read-only."));
    auto it = item(id);
    if (!it)
        return it;
    if (auto u = runQuery(m_db.connection(),
                          u"UPDATE scanned_files SET status = 'rejected' WHERE rowid = ?"_s, { id });
        !u)
        return std::unexpected(u.error());
    return it;
}

Result<QList<MissingFile>> ScanRepository::missing() const
{
    auto q = runQuery(
        m_db.connection(),
        u"SELECT f.song_id, s.title, f.path FROM local_files f JOIN songs s ON s.id = f.song_id ORDER BY s.title"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<MissingFile> out;
    while (q->next())
        if (!QFileInfo::exists(q->value(2).toString()))
            out << MissingFile { q->value(0).toString(), q->value(1).toString(), q->value(2).toString() };
    return out;
}

Result<QStringList> ScanRepository::folders() const
{
    auto q = runQuery(m_db.connection(), u"SELECT path FROM music_folders ORDER BY path"_s);
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<void> ScanRepository::addFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return fail(Error::Kind::InvalidInput, QObject::tr("\"%1\" is not a folder.").arg(path));
    auto q = runQuery(m_db.connection(), u"INSERT OR IGNORE INTO music_folders(path) VALUES (?)"_s,
                      { QDir::cleanPath(info.absoluteFilePath()) });
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<void> ScanRepository::removeFolder(const QString &path)
{
    auto q = runQuery(m_db.connection(), u"DELETE FROM music_folders WHERE path = ?"_s, { path });
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace ost
