#include "packjobs.h"

#include "catalog/catalogsnapshot.h"
#include "packs/packexporter.h"
#include "packs/packimporter.h"
#include "packs/packreader.h"
#include "repositories/packfilerepository.h"
#include "storage/readsnapshot.h"

#include <QObject>

#include <utility>

namespace ost {

PackJobs::PackJobs(Database db, QString dataDir, QString demoDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_demoDir(std::move(demoDir))
{ }

PackJobs::Checked PackJobs::check(const QString &path, const PackProgress &progress) const
{
    Checked c;
    c.staged = PackReader::read(path, PackFileRepository::folder(m_dataDir), progress);
    if (c.staged)
        c.plan = PackImporter(m_db, m_dataDir).plan(*c.staged);
    return c;
}

Result<void> PackJobs::apply(const PackImportPlan &plan) const
{
    return PackImporter(m_db, m_dataDir).apply(plan);
}

Result<PackManifest> PackJobs::exportTo(const QString &path, const CatalogSelection &selection,
                                        const QString &title, qint64 playlistId,
                                        const PackProgress &progress) const
{
    const ReadSnapshot snapshot(m_db.connection());
    PackExporter exporter(m_db, m_dataDir, m_demoDir);
    CatalogSelection s = selection;
    if (playlistId > 0) {
        auto fromPlaylist = exporter.playlistSelection(playlistId);
        if (!fromPlaylist)
            return std::unexpected(fromPlaylist.error());
        s.dramaIds << fromPlaylist->dramaIds;
        s.songIds << fromPlaylist->songIds;
        if (s.isEmpty())
            return fail(Error::Kind::NotFound, QObject::tr("This playlist has no songs to export."));
    }
    return exporter.exportTo(path, s, title, progress);
}

} // namespace ost
