#include "backupactions.h"

#include "backup/automaticbackup.h"
#include "common/jobprogress.h"
#include "services/backupservice.h"

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

BackupActions::BackupActions(BackupService *backups, QWidget *window)
    : QObject(window)
    , m_backups(backups)
    , m_window(window)
{
    connect(m_backups, &BackupService::backedUp, this,
            [this](const QString &path, const BackupManifest &manifest, const QStringList &warnings) {
                m_progress.reset();
                if (!warnings.isEmpty())
                    QMessageBox::information(m_window, tr("Back up library"), warnings.join(u'\n'));
                Q_EMIT message(
                    tr("Backed up to %1: %2.").arg(QFileInfo(path).fileName(), describe(manifest.counts)));
            });
    connect(m_backups, &BackupService::backUpFailed, this, [this](const QString &, const QString &why) {
        m_progress.reset();
        QMessageBox::warning(m_window, tr("Back up library"), why);
    });
    connect(m_backups, &BackupService::restoreStaged, this, &BackupActions::confirmRestore);
    connect(m_backups, &BackupService::restoreFailed, this, [this](const QString &, const QString &why) {
        m_progress.reset();
        QMessageBox::warning(m_window, tr("Restore library"), why);
    });
    connect(m_backups, &BackupService::restoreScheduled, this, &BackupActions::restartRequested);
    connect(m_backups, &BackupService::automaticBackupSaved, this, [this](const QString &path) {
        Q_EMIT message(tr("Automatic backup saved (%1).").arg(QFileInfo(path).fileName()));
    });
    connect(m_backups, &BackupService::automaticBackupFailed, this,
            [this](const QString &why) { Q_EMIT message(tr("Automatic backup failed: %1").arg(why)); });
}

BackupActions::~BackupActions() = default;

void BackupActions::backUp()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + tr("OST Shelf backup %1").arg(QDate::currentDate().toString(Qt::ISODate)) + u".ostbackup"_s;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Back up library"), suggested,
                                                tr("OST Shelf backups (*.ostbackup)"));
    if (path.isEmpty())
        return;
    if (!BackupService::isBackup(path))
        path += u".ostbackup"_s;
    m_progress.reset();
    m_progress
        = std::make_unique<JobProgress>(m_window, tr("Backing up to %1…").arg(QFileInfo(path).fileName()));
    m_backups->backUp(path, m_progress->callback());
}

void BackupActions::restore(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        // Start where the automatic backups are; the user's own are usually elsewhere.
        const QString automatic = m_backups->folder();
        path = QFileDialog::getOpenFileName(
            m_window, tr("Restore library from a backup"),
            QFileInfo(automatic).isDir()
                ? automatic
                : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("OST Shelf backups (*.ostbackup)"));
    }
    if (path.isEmpty())
        return;
    m_progress.reset();
    m_progress = std::make_unique<JobProgress>(m_window, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_backups->stageRestore(path, m_progress->callback());
}

void BackupActions::confirmRestore(int ticket, const QString &, const BackupManifest &manifest,
                                   const QStringList &warnings)
{
    m_progress.reset();
    QMessageBox box(QMessageBox::Question, tr("Restore library"),
                    tr("Replace your library with the backup of %1?").arg(when(manifest.createdAt)),
                    QMessageBox::Cancel, m_window);
    QString details = tr("The backup holds %1.").arg(describe(manifest.counts));
    if (!warnings.isEmpty())
        details += u"\n\n"_s + warnings.join(u'\n');
    details += u"\n\n"_s
        + tr("Your current library is kept in the data folder (before-restore-…). OST Shelf restarts to "
             "finish the restore.");
    box.setInformativeText(details);
    QPushButton *go = box.addButton(tr("Restore and restart"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != go) {
        m_backups->discardRestore(ticket);
        return;
    }
    m_backups->scheduleRestore(ticket);
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
        a->setObjectName(u"keepBackups%1"_s.arg(n));
        a->setCheckable(true);
        a->setChecked(n == automaticKeep());
        a->setData(n);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [n] { AutomaticBackup::setKeep(n); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Open backups folder"), this, [this] {
        const QString folder = m_backups->folder();
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    return menu;
}

void BackupActions::backUpIfDue()
{
    m_backups->backUpIfDue();
}

} // namespace ost
