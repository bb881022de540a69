#pragma once

#include <QObject>
#include <QPointer>

class QPoint;
class QWidget;

namespace ost {

class PlaylistEditor;
class TrashDialog;

// The dialogs around playlists (name, rename, export, import report, trash), turning the
// user's answers into PlaylistEditor calls.
class PlaylistActions final : public QObject
{
    Q_OBJECT
public:
    PlaylistActions(PlaylistEditor *editor, QWidget *window);

    void newPlaylist(const QStringList &songIds = {});
    void rename(qint64 id);
    void exportPlaylist(qint64 id);
    void importPlaylist();
    void showTrash();
    // A playlist's context menu (open, rename, duplicate, export, delete) at globalPos.
    void showPlaylistMenu(qint64 id, const QPoint &globalPos);

Q_SIGNALS:
    void openRequested(qint64 playlistId);

private:
    std::optional<QString> askName(const QString &title, const QString &initial, qint64 except);

    PlaylistEditor *m_editor;
    QWidget *m_window;
    QPointer<TrashDialog> m_trash;
    bool m_openCreated = false;
};

} // namespace ost
