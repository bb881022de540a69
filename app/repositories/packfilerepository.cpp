#include "packfilerepository.h"

#include "storage/sqlquery.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

PackFileRepository::PackFileRepository(Database db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{ }

QString PackFileRepository::folder(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"packfiles"_s);
}

QString PackFileRepository::folder() const
{
    return folder(m_dataDir);
}

Result<QHash<QString, PackFileRepository::Stored>> PackFileRepository::files(PackFile::Kind kind) const
{
    auto q = runQuery(m_db.connection(),
                      u"SELECT owner_id, file_name, sha256, size FROM pack_files WHERE kind = ?"_s,
                      { PackFile::kindName(kind) });
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, Stored> out;
    while (q->next())
        out.insert(
            q->value(0).toString(),
            Stored { q->value(1).toString(), q->value(2).toString().toLatin1(), q->value(3).toLongLong() });
    return out;
}

Result<QHash<QString, QString>> PackFileRepository::paths(PackFile::Kind kind, const QStringList &ids) const
{
    auto all = files(kind);
    if (!all)
        return std::unexpected(all.error());
    const QDir dir(folder());
    QHash<QString, QString> out;
    if (ids.isEmpty()) {
        for (auto it = all->cbegin(); it != all->cend(); ++it)
            out.insert(it.key(), dir.filePath(it->fileName));
    } else {
        for (const auto &id : ids)
            if (auto it = all->constFind(id); it != all->cend())
                out.insert(id, dir.filePath(it->fileName));
    }
    return out;
}

Result<void> PackFileRepository::put(PackFile::Kind kind, const QString &ownerId, const Stored &file) const
{
    auto q = runQuery(
        m_db.connection(),
        u"INSERT INTO pack_files(kind, owner_id, file_name, sha256, size) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(kind, owner_id) DO UPDATE SET file_name = excluded.file_name, "
        "sha256 = excluded.sha256, size = excluded.size"_s,
        { PackFile::kindName(kind), ownerId, file.fileName, QString::fromLatin1(file.sha256), file.size });
    if (!q)
        return std::unexpected(q.error());
    return {};
}

void PackFileRepository::removeUnreferenced() const
{
    auto q = runQuery(m_db.connection(), u"SELECT DISTINCT file_name FROM pack_files"_s);
    if (!q)
        return;
    QSet<QString> used;
    while (q->next())
        used.insert(q->value(0).toString());
    static const QRegularExpression ours(u"^[0-9a-f]{64}\\.[a-z0-9]{2,5}$"_s);
    QDir dir(folder());
    for (const QString &name : dir.entryList(QDir::Files))
        if (ours.match(name).hasMatch() && !used.contains(name))
            dir.remove(name);
}

} // namespace ost
