#pragma once

#include "domain/playlist.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace ost {

// Deleted playlists, kept across restarts until the user empties the trash.
class TrashDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TrashDialog(QWidget *parent = nullptr);
    void setPlaylists(const QList<Playlist> &trash);

Q_SIGNALS:
    void restoreRequested(qint64 id);
    void emptyRequested();

private:
    QListWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_empty;
};

} // namespace ost
