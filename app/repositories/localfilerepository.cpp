#include "localfilerepository.h"

#include "scanning/libraryscanner.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ost {

LocalFileRepository::LocalFileRepository(Database db)
    : m_db(std::move(db))
{ }

Result<void> LocalFileRepository::link(const QString &songId, const QString &path)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io, QObject::tr("The library is open read-only; files cannot be linked."));
    const QFileInfo info(path);
    if (!info.isAbsolute() || !info.isFile())
        return fail(Error::Kind::NotFound,
                    QObject::tr("Cannot link \"%1\": it is not an existing local file.").arg(path));
    auto q = runQuery(
        m_db.connection(),
        u"INSERT INTO local_files(song_id, path) VALUES (?, ?) "
        "ON CONFLICT(song_id) DO UPDATE SET path = excluded.path, linked_at = excluded.linked_at"_s,
        { songId, info.absoluteFilePath() });
    if (!q)
        return fail(Error::Kind::NotFound,
                    QObject::tr("Cannot link a file to \"%1\": it is not in the catalog.").arg(songId));
    return {};
}

Result<void> LocalFileRepository::unlink(const QString &songId)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io, QObject::tr("The library is open read-only; files cannot be unlinked."));
    auto q = runQuery(m_db.connection(), u"DELETE FROM local_files WHERE song_id = ?"_s, { songId });
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QHash<QString, QString>> LocalFileRepository::paths(const QStringList &songIds) const
{
    auto q = runQuery(m_db.connection(), u"SELECT song_id, path FROM local_files"_s);
    if (!q)
        return std::unexpected(q.error());
    const QSet<QString> wanted(songIds.begin(), songIds.end());
    QHash<QString, QString> out;
    while (q->next())
        if (wanted.isEmpty() || wanted.contains(q->value(0).toString()))
            out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Result<QHash<QString, qint64>> LocalFileRepository::scannedDurations(const QStringList &paths) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(
            u"SELECT size, mtime, duration_ms FROM scanned_files WHERE path = ? AND duration_ms > 0"_s))
        return fail(Error::Kind::Io, QObject::tr("Cannot read scanned files: %1").arg(q.lastError().text()));
    QHash<QString, qint64> out;
    for (const QString &path : paths) {
        q.addBindValue(path);
        if (!q.exec())
            return fail(Error::Kind::Io,
                        QObject::tr("Cannot read scanned files: %1").arg(q.lastError().text()));
        if (!q.next())
            continue;
        const std::optional<qint64> mtime = LibraryScanner::modificationStamp(path);
        if (mtime && QFileInfo(path).size() == q.value(0).toLongLong() && *mtime == q.value(1).toLongLong())
            out.insert(path, q.value(2).toLongLong());
    }
    return out;
}

Result<QHash<QString, QString>> LocalFileRepository::songsByPath() const
{
    auto all = paths();
    if (!all)
        return std::unexpected(all.error());
    QHash<QString, QString> out;
    for (auto it = all->cbegin(); it != all->cend(); ++it)
        out.insert(it.value().normalized(QString::NormalizationForm_C), it.key());
    return out;
}

} // namespace ost
