#pragma once

#include "repositories/scanrepository.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ost {

// Music folders, the scan with progress and cancel, and the review list of uncertain
// matches. Emits intents; the owner runs the scan off the GUI thread and reports back.
class LocalMusicService;

class MusicFoldersDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MusicFoldersDialog(QWidget *parent = nullptr);
    // Opens the dialog (deleted on close) wired to music: its folders, review list, scans.
    static MusicFoldersDialog *showFor(LocalMusicService *music, QWidget *parent);

    void setFolders(const QStringList &folders);
    void setReview(const QList<ReviewItem> &items);
    void setScanning(bool scanning);
    void setProgress(int seen, int read, const QString &current);
    void setSummary(const QString &text);

Q_SIGNALS:
    void addFolderRequested(const QString &path);
    void removeFolderRequested(const QString &path);
    void scanRequested();
    void cancelRequested();
    void acceptRequested(qint64 reviewId);
    void rejectRequested(qint64 reviewId);

private:
    QListWidget *m_folders;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_review;
};

} // namespace ost
