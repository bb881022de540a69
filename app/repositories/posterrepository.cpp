#include "posterrepository.h"

#include "images/imageheader.h"
#include "repositories/packfilerepository.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ost {

PosterRepository::PosterRepository(Database db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{ }

Result<QString> PosterRepository::setCustomPoster(const QString &dramaId, const QString &imagePath)
{
    const auto header = ImageHeader::readFile(imagePath);
    if (!header)
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr("%1 is not an image OST Shelf can read: %2.").arg(imagePath, header.error().message));
    if (header->width > kMaxDimension || header->height > kMaxDimension)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 is too large (%2×%3); posters can be at most %4 pixels on a side.")
                        .arg(imagePath)
                        .arg(header->width)
                        .arg(header->height)
                        .arg(kMaxDimension));
    QDir dir(m_dataDir);
    if (!dir.mkpath(u"posters"_s))
        return fail(Error::Kind::Io, QObject::tr("Cannot create the poster folder in %1.").arg(m_dataDir));
    const QString suffix = QString::fromLatin1(header->format);
    const QString fileName = u"%1-%2.%3"_s.arg(dramaId).arg(QDateTime::currentMSecsSinceEpoch()).arg(suffix);
    QString target = dir.filePath(u"posters/"_s + fileName);
    if (!QFile::copy(imagePath, target))
        return fail(Error::Kind::Io, QObject::tr("Cannot copy %1 into the library.").arg(imagePath));
    auto old = chosenPosters();
    auto q = runQuery(
        m_db.connection(),
        u"INSERT INTO custom_posters(drama_id, file_name) VALUES (?, ?) ON CONFLICT(drama_id) "
        "DO UPDATE SET file_name = excluded.file_name, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s,
        { dramaId, fileName });
    if (!q) {
        QFile::remove(target);
        return std::unexpected(q.error());
    }
    if (old && old->contains(dramaId))
        QFile::remove(old->value(dramaId));
    return target;
}

Result<void> PosterRepository::clearCustomPoster(const QString &dramaId)
{
    auto old = chosenPosters();
    auto q = runQuery(m_db.connection(), u"DELETE FROM custom_posters WHERE drama_id = ?"_s, { dramaId });
    if (!q)
        return std::unexpected(q.error());
    if (old && old->contains(dramaId))
        QFile::remove(old->value(dramaId));
    return {};
}

Result<QHash<QString, QString>> PosterRepository::customPosters() const
{
    auto out = chosenPosters();
    if (!out)
        return out;
    // A poster that came with a pack shows where the user chose none.
    if (auto fromPacks = PackFileRepository(m_db, m_dataDir).paths(PackFile::Kind::Poster)) {
        for (auto it = fromPacks->cbegin(); it != fromPacks->cend(); ++it)
            if (!out->contains(it.key()))
                out->insert(it.key(), it.value());
    }
    // Then a cover found with the user's files (embedded, or cover.jpg beside them).
    auto covers = runQuery(m_db.connection(), u"SELECT drama_id, path FROM file_covers"_s);
    if (!covers)
        return std::unexpected(covers.error());
    const QDir data(m_dataDir);
    while (covers->next())
        if (!out->contains(covers->value(0).toString()))
            out->insert(covers->value(0).toString(),
                        data.filePath(covers->value(1).toString())); // relative: covers/…
    return out;
}

Result<QHash<QString, QString>> PosterRepository::chosenPosters() const
{
    auto q = runQuery(m_db.connection(), u"SELECT drama_id, file_name FROM custom_posters"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, QString> out;
    const QDir dir(QDir(m_dataDir).filePath(u"posters"_s));
    while (q->next())
        out.insert(q->value(0).toString(), dir.filePath(q->value(1).toString()));
    return out;
}

} // namespace ost
