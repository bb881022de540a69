#include "musicfoldersdialog.h"

#include "services/localmusicservice.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace ost {

MusicFoldersDialog::MusicFoldersDialog(QWidget *parent)
    : QDialog(parent)
    , m_folders(new QListWidget(this))
    , m_scan(new QPushButton(tr("&Scan now"), this))
    , m_cancel(new QPushButton(tr("&Cancel scan"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_review(new QTreeWidget(this))
{
    setWindowTitle(tr("Music folders"));
    setObjectName(u"musicFoldersDialog"_s);
    m_folders->setAccessibleName(tr("Music folders"));
    auto *add = new QPushButton(tr("&Add folder…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_review->setAccessibleName(tr("Matches to review"));
    m_review->setHeaderLabels({ tr("File"), tr("Tags"), tr("Proposed song"), tr("Why") });
    m_review->setRootIsDecorated(false);
    m_review->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_review->header()->setStretchLastSection(true);
    auto *accept = new QPushButton(tr("&Link selected"), this);
    auto *reject = new QPushButton(tr("&Not this song"), this);

    auto *folderButtons = new QHBoxLayout;
    folderButtons->addWidget(add);
    folderButtons->addWidget(remove);
    folderButtons->addStretch(1);
    folderButtons->addWidget(m_scan);
    folderButtons->addWidget(m_cancel);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addStretch(1);
    reviewButtons->addWidget(accept);
    reviewButtons->addWidget(reject);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Folders with your music. Scans read tags and link files to catalog songs; "
                      "unchanged files are not read again."),
                   this));
    layout->addWidget(m_folders);
    layout->addLayout(folderButtons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Uncertain matches wait here for you:"), this));
    layout->addWidget(m_review, 1);
    layout->addLayout(reviewButtons);
    layout->addWidget(box);
    resize(760, 560);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Add a music folder"), QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
        if (!dir.isEmpty())
            Q_EMIT addFolderRequested(dir);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (auto *item = m_folders->currentItem())
            Q_EMIT removeFolderRequested(item->text());
    });
    connect(m_scan, &QPushButton::clicked, this, &MusicFoldersDialog::scanRequested);
    connect(m_cancel, &QPushButton::clicked, this, &MusicFoldersDialog::cancelRequested);
    const auto selectedIds = [this] {
        QList<qint64> ids;
        for (auto *item : m_review->selectedItems())
            ids << item->data(0, Qt::UserRole).toLongLong();
        return ids;
    };
    connect(accept, &QPushButton::clicked, this, [this, selectedIds] {
        for (qint64 id : selectedIds())
            Q_EMIT acceptRequested(id);
    });
    connect(reject, &QPushButton::clicked, this, [this, selectedIds] {
        for (qint64 id : selectedIds())
            Q_EMIT rejectRequested(id);
    });
    setScanning(false);
}

void MusicFoldersDialog::setFolders(const QStringList &folders)
{
    m_folders->clear();
    m_folders->addItems(folders);
    m_scan->setEnabled(!folders.isEmpty() && !m_cancel->isEnabled());
}

void MusicFoldersDialog::setReview(const QList<ReviewItem> &items)
{
    m_review->clear();
    for (const auto &i : items) {
        auto *row = new QTreeWidgetItem(
            m_review,
            { i.path, i.artist.isEmpty() ? i.title : i.artist + u" – "_s + i.title, i.songTitle, i.reason });
        row->setData(0, Qt::UserRole, i.id);
        row->setToolTip(0, i.path);
    }
    m_review->resizeColumnToContents(1);
}

void MusicFoldersDialog::setScanning(bool scanning)
{
    m_progress->setVisible(scanning);
    m_cancel->setEnabled(scanning);
    m_scan->setEnabled(!scanning && m_folders->count() > 0);
}

void MusicFoldersDialog::setProgress(int seen, int read, const QString &current)
{
    m_status->setText(tr("%1 audio files, %2 new or changed — %3").arg(seen).arg(read).arg(current));
}

void MusicFoldersDialog::setSummary(const QString &text)
{
    m_status->setText(text);
}

MusicFoldersDialog *MusicFoldersDialog::showFor(LocalMusicService *music, QWidget *parent)
{
    auto *dialog = new MusicFoldersDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(music, &LocalMusicService::foldersReady, dialog, &MusicFoldersDialog::setFolders);
    connect(music, &LocalMusicService::reviewReady, dialog, &MusicFoldersDialog::setReview);
    connect(music, &LocalMusicService::scanProgress, dialog, &MusicFoldersDialog::setProgress);
    connect(music, &LocalMusicService::scanFinished, dialog, [dialog](const QString &text) {
        dialog->setScanning(false);
        dialog->setSummary(text);
    });
    connect(music, &LocalMusicService::errorOccurred, dialog, [dialog](const QString &text) {
        dialog->setScanning(false);
        dialog->setSummary(text);
    });
    connect(dialog, &MusicFoldersDialog::addFolderRequested, music, &LocalMusicService::addFolder);
    connect(dialog, &MusicFoldersDialog::removeFolderRequested, music, &LocalMusicService::removeFolder);
    connect(dialog, &MusicFoldersDialog::scanRequested, music, [music, dialog] {
        dialog->setScanning(true);
        music->scan();
    });
    connect(dialog, &MusicFoldersDialog::cancelRequested, music, &LocalMusicService::cancelScan);
    connect(dialog, &MusicFoldersDialog::acceptRequested, music, &LocalMusicService::accept);
    connect(dialog, &MusicFoldersDialog::rejectRequested, music, &LocalMusicService::reject);
    dialog->setScanning(music->isScanning());
    music->refresh();
    dialog->show();
    return dialog;
}

} // namespace ost
