#include "packactions.h"

#include "common/jobprogress.h"
#include "packimportdialog.h"
#include "services/libraryservice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace ost {

PackActions::PackActions(LibraryService *service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{ }

bool PackActions::isPack(const QString &path)
{
    return path.endsWith(u".ostpack"_s, Qt::CaseInsensitive);
}

void PackActions::importPack(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path
            = QFileDialog::getOpenFileName(m_window, tr("Import a drama pack"),
                                           QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                           tr("OST Shelf packs (*.ostpack)"));
    if (path.isEmpty())
        return;
    if (m_service->library().isReadOnly()) {
        QMessageBox::warning(m_window, tr("Import pack"),
                             tr("This library is open read-only; nothing can be imported into it."));
        return;
    }
    const PackJobs jobs = m_service->packJobs();
    auto progress
        = std::make_shared<JobProgress>(m_window, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_service->runLongJob(
        this, [jobs, path, cb = progress->callback()] { return jobs.check(path, cb); },
        [this, progress, jobs, path](PackJobs::Checked c) {
            progress->close();
            if (!c.staged || !c.plan) {
                const QString why = !c.staged ? c.staged.error().message : c.plan.error().message;
                QMessageBox::warning(m_window, tr("Import pack"), why);
                return;
            }
            if (c.plan->isEmpty()) {
                QMessageBox::information(m_window, tr("Import pack"),
                                         tr("Nothing to import: your library already has everything in %1.")
                                             .arg(QFileInfo(path).fileName()));
                return;
            }
            PackImportDialog dialog(QFileInfo(path).fileName(), c.staged->manifest.title, *c.plan, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            auto staged
                = std::make_shared<StagedPack>(std::move(*c.staged)); // its files live until apply is done
            auto plan = std::make_shared<PackImportPlan>(std::move(*c.plan));
            m_service->executor()->run(
                this, [jobs, staged, plan] { return jobs.apply(*plan); },
                [this, plan](Result<void> r) {
                    if (!r) {
                        QMessageBox::warning(m_window, tr("Import pack"), r.error().message);
                        return;
                    }
                    Q_EMIT imported(plan->summary());
                    Q_EMIT message(
                        tr("Pack imported: %n new drama(s), ", nullptr, int(plan->dramas.added.size()))
                        + tr("%n updated.", nullptr, int(plan->dramas.updated.size())));
                });
        });
}

void PackActions::exportSelection(const CatalogSelection &selection, const QString &title, qint64 playlistId)
{
    if (selection.isEmpty() && playlistId <= 0) {
        QMessageBox::information(
            m_window, tr("Export pack"),
            tr("Select dramas in the grid, or open a drama, collection or playlist first."));
        return;
    }
    QString suggested = title;
    suggested.replace(QRegularExpression(u"[^\\w\\s-]"_s), QString());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as drama pack"),
                                                dir + u'/' + suggested.simplified() + u".ostpack"_s,
                                                tr("OST Shelf packs (*.ostpack)"));
    if (path.isEmpty())
        return;
    if (!isPack(path))
        path += u".ostpack"_s;
    const PackJobs jobs = m_service->packJobs();
    auto progress
        = std::make_shared<JobProgress>(m_window, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_service->runLongJob(
        this,
        [jobs, path, selection, title, playlistId, cb = progress->callback()] {
            return jobs.exportTo(path, selection, title, playlistId, cb);
        },
        [this, progress, path](Result<PackManifest> r) {
            progress->close();
            if (!r) {
                QMessageBox::warning(m_window, tr("Export pack"), r.error().message);
                return;
            }
            Q_EMIT message(tr("Exported %1: %n drama(s), ", nullptr, int(r->catalog.dramas.size()))
                               .arg(QFileInfo(path).fileName())
                           + tr("%n song(s).", nullptr, int(r->catalog.songs.size())));
        });
}

} // namespace ost
