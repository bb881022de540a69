#include "packservice.h"

#include "catalog/catalogsnapshot.h"
#include "libraryservice.h"
#include "packs/packjobs.h"
#include "packs/stagedpack.h"

using namespace Qt::StringLiterals;

namespace ost {

struct PackService::Pending
{
    StagedPack staged; // its files live until the import is done
    PackImportPlan plan;
};

PackService::PackService(LibraryService *library)
    : QObject(library)
    , m_library(library)
{ }

PackService::~PackService() = default;

bool PackService::isPack(const QString &path)
{
    return path.endsWith(u".ostpack"_s, Qt::CaseInsensitive);
}

bool PackService::isReadOnly() const
{
    return m_library->library().isReadOnly();
}

void PackService::check(const QString &path, const PackProgress &progress)
{
    if (isReadOnly()) {
        Q_EMIT checkFailed(path, tr("This library is open read-only; nothing can be imported into it."));
        return;
    }
    m_library->runLongJob(
        this, [jobs = m_library->packJobs(), path, progress] { return jobs.check(path, progress); },
        [this, path](PackJobs::Checked c) {
            if (!c.staged || !c.plan) {
                Q_EMIT checkFailed(path, !c.staged ? c.staged.error().message : c.plan.error().message);
                return;
            }
            const int ticket = m_nextTicket++;
            auto pending = std::make_shared<Pending>(Pending { std::move(*c.staged), std::move(*c.plan) });
            m_pending.insert(ticket, pending);
            Q_EMIT checked(ticket, path, pending->staged.manifest.title, pending->plan);
        });
}

void PackService::import(int ticket)
{
    const std::shared_ptr<Pending> pending = m_pending.take(ticket);
    if (!pending) {
        Q_EMIT importFailed(tr("This pack was not checked, or was already imported; open it again."));
        return;
    }
    m_library->executor()->run(
        this, [jobs = m_library->packJobs(), pending] { return jobs.apply(pending->plan); },
        [this, pending](Result<void> r) {
            if (!r)
                Q_EMIT importFailed(r.error().message);
            else
                Q_EMIT imported(pending->plan);
        });
}

void PackService::discard(int ticket)
{
    m_pending.remove(ticket);
}

void PackService::exportTo(const QString &path, const CatalogSelection &selection, const QString &title,
                           qint64 playlistId, const PackProgress &progress)
{
    m_library->runLongJob(
        this,
        [jobs = m_library->packJobs(), path, selection, title, playlistId, progress] {
            return jobs.exportTo(path, selection, title, playlistId, progress);
        },
        [this, path](Result<PackManifest> r) {
            if (!r)
                Q_EMIT exportFailed(path, r.error().message);
            else
                Q_EMIT exported(path, int(r->catalog.dramas.size()), int(r->catalog.songs.size()));
        });
}

} // namespace ost
