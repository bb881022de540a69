#include "backupactions.h"

#include "backup/automaticbackup.h"
#include "backup/backuprestorer.h"
#include "backup/backupstore.h"
#include "common/jobprogress.h"
#include "services/libraryservice.h"

#include <QActionGroup>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QString describe(const BackupManifest::Counts &c)
{
    return QObject::tr("%n playlist(s)", nullptr, c.playlists) + u", "_s
        + QObject::tr("%n favorite drama(s)", nullptr, c.favoriteDramas) + u", "_s
        + QObject::tr("%n favorite song(s)", nullptr, c.favoriteSongs) + u", "_s
        + QObject::tr("%n custom poster(s)", nullptr, c.customPosters) + u", "_s
        + QObject::tr("%n linked music file(s)", nullptr, c.localFiles);
}

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : iso;
}

} // namespace

BackupActions::BackupActions(LibraryService *service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{ }

bool BackupActions::isBackup(const QString &path)
{
    return path.endsWith(u".ostbackup"_s, Qt::CaseInsensitive);
}

void BackupActions::backUp()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + tr("OST Shelf backup %1").arg(QDate::currentDate().toString(Qt::ISODate)) + u".ostbackup"_s;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Back up library"), suggested,
                                                tr("OST Shelf backups (*.ostbackup)"));
    if (path.isEmpty())
        return;
    if (!isBackup(path))
        path += u".ostbackup"_s;
    const BackupJobs jobs = m_service->backupJobs();
    auto progress
        = std::make_shared<JobProgress>(m_window, tr("Backing up to %1…").arg(QFileInfo(path).fileName()));
    m_service->runLongJob(
        this, [jobs, path, cb = progress->callback()] { return jobs.backUp(path, cb); },
        [this, progress, path](BackupJobs::Written d) {
            progress->close();
            if (!d.manifest) {
                QMessageBox::warning(m_window, tr("Back up library"), d.manifest.error().message);
                return;
            }
            if (!d.warnings.isEmpty())
                QMessageBox::information(m_window, tr("Back up library"), d.warnings.join(u'\n'));
            Q_EMIT message(
                tr("Backed up to %1: %2.").arg(QFileInfo(path).fileName(), describe(d.manifest->counts)));
        });
}

void BackupActions::restore(const QString &chosen)
{
    const QString dataDir = m_service->library().dataDir();
    QString path = chosen;
    if (path.isEmpty()) {
        // Start where the automatic backups are; the user's own are usually elsewhere.
        const QString automatic = BackupStore::folder(dataDir);
        path = QFileDialog::getOpenFileName(
            m_window, tr("Restore library from a backup"),
            QFileInfo(automatic).isDir()
                ? automatic
                : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("OST Shelf backups (*.ostbackup)"));
    }
    if (path.isEmpty())
        return;
    auto progress
        = std::make_shared<JobProgress>(m_window, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_service->runLongJob(
        this, [dataDir, path, cb = progress->callback()] { return BackupRestorer(dataDir).stage(path, cb); },
        [this, progress, dataDir, path](Result<StagedBackup> staged) {
            progress->close();
            if (!staged) {
                QMessageBox::warning(m_window, tr("Restore library"), staged.error().message);
                return;
            }
            QMessageBox box(
                QMessageBox::Question, tr("Restore library"),
                tr("Replace your library with the backup of %1?").arg(when(staged->manifest.createdAt)),
                QMessageBox::Cancel, m_window);
            QString details = tr("The backup holds %1.").arg(describe(staged->manifest.counts));
            if (!staged->warnings.isEmpty())
                details += u"\n\n"_s + staged->warnings.join(u'\n');
            details += u"\n\n"_s
                + tr("Your current library is kept in the data folder (before-restore-…). OST Shelf restarts to "
                     "finish the restore.");
            box.setInformativeText(details);
            QPushButton *go = box.addButton(tr("Restore and restart"), QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != go)
                return;
            if (auto r = BackupRestorer(dataDir).schedule(std::move(*staged)); !r) {
                QMessageBox::warning(m_window, tr("Restore library"), r.error().message);
                return;
            }
            Q_EMIT restartRequested();
        });
}

bool BackupActions::automaticEnabled()
{
    return AutomaticBackup::enabled();
}

int BackupActions::automaticKeep()
{
    return AutomaticBackup::keep();
}

QMenu *BackupActions::automaticMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Automatic backups"), parent);
    QAction *daily = menu->addAction(tr("Back up &every day"));
    daily->setObjectName(u"automaticBackupAction"_s);
    daily->setCheckable(true);
    daily->setChecked(automaticEnabled());
    connect(daily, &QAction::toggled, this, [this](bool on) {
        AutomaticBackup::setEnabled(on);
        if (on)
            backUpIfDue();
    });
    QMenu *keep = menu->addMenu(tr("&Keep"));
    auto *group = new QActionGroup(keep);
    for (const int n : { 3, 5, 10, 20 }) {
        QAction *a = keep->addAction(tr("The last %n backup(s)", nullptr, n));
        a->setCheckable(true);
        a->setChecked(n == automaticKeep());
        a->setData(n);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [n] { AutomaticBackup::setKeep(n); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Open backups folder"), this, [this] {
        const QString folder = BackupStore::folder(m_service->library().dataDir());
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    return menu;
}

void BackupActions::backUpIfDue()
{
    if (m_service->library().isReadOnly() || !automaticEnabled())
        return;
    m_service->runLongJob(
        this, [jobs = m_service->backupJobs()] { return jobs.backUpIfDue(); },
        [this](Result<std::optional<QString>> r) {
            if (!r)
                Q_EMIT message(tr("Automatic backup failed: %1").arg(r.error().message));
            else if (r->has_value())
                Q_EMIT message(tr("Automatic backup saved (%1).").arg(QFileInfo(**r).fileName()));
        });
}

} // namespace ost
