#include "packexporter.h"

#include "packwriter.h"
#include "repositories/packfilerepository.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ost {

PackExporter::PackExporter(Database db, QString dataDir, QString demoDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_demoDir(std::move(demoDir))
{ }

Result<CatalogSelection> PackExporter::playlistSelection(qint64 playlistId) const
{
    auto q = runQuery(m_db.connection(),
                      u"SELECT DISTINCT pi.song_id, ds.drama_id FROM playlist_items pi "
                      "LEFT JOIN drama_songs ds ON ds.song_id = pi.song_id WHERE pi.playlist_id = ?"_s,
                      { playlistId });
    if (!q)
        return std::unexpected(q.error());
    CatalogSelection s;
    while (q->next()) {
        const QString drama = q->value(1).toString();
        if (drama.isEmpty())
            s.songIds << q->value(0).toString();
        else if (!s.dramaIds.contains(drama))
            s.dramaIds << drama;
    }
    return s;
}

Result<PackManifest> PackExporter::exportTo(const QString &path, const CatalogSelection &selection,
                                            const QString &title, const PackProgress &progress) const
{
    if (selection.isEmpty())
        return fail(Error::Kind::InvalidInput, QObject::tr("Nothing is selected to export."));
    auto all = CatalogSnapshot::read(m_db);
    if (!all)
        return std::unexpected(all.error());
    QStringList missing;
    PackManifest manifest;
    manifest.title = title;
    manifest.catalog = CatalogSnapshot::select(*all, selection, &missing);
    if (!missing.isEmpty())
        return fail(Error::Kind::NotFound,
                    QObject::tr("These are not in the library: %1").arg(missing.join(u", "_s)));

    const PackFileRepository files(m_db, m_dataDir);
    auto posters = files.paths(PackFile::Kind::Poster);
    auto previews = files.paths(PackFile::Kind::Preview);
    if (!posters || !previews)
        return std::unexpected(!posters ? posters.error() : previews.error());
    QList<PackSource> sources;
    for (const auto &d : std::as_const(manifest.catalog.dramas))
        if (const QString p = posters->value(d.id); !p.isEmpty() && QFileInfo(p).isFile())
            sources << PackSource { PackFile::Kind::Poster, d.id, p };
    const QDir demo(m_demoDir);
    for (const auto &s : std::as_const(manifest.catalog.songs)) {
        QString p = previews->value(s.id);
        if (p.isEmpty() || !QFileInfo(p).isFile())
            p = demo.filePath(s.id + u".wav"_s);
        if (QFileInfo(p).isFile())
            sources << PackSource { PackFile::Kind::Preview, s.id, p };
    }
    return PackWriter::write(path, std::move(manifest), sources, progress);
}

} // namespace ost
