#pragma once

#include <QWidget>

class QLabel;
class QTreeView;
class QToolButton;

namespace ost {

class PlaylistListModel;
class PlaylistModel;

// One playlist: cover, name, count; its songs reorderable by drag-and-drop or Alt+Up/Down,
// removable with Delete; songs dropped here from any view are added where they land.
class PlaylistPage final : public QWidget
{
    Q_OBJECT
public:
    PlaylistPage(PlaylistModel *model, PlaylistListModel *playlists, QWidget *parent = nullptr);

    void showPlaylist(qint64 id);
    qint64 playlistId() const { return m_id; }
    QTreeView *view() const { return m_view; }
    QList<int> selectedRows() const;

Q_SIGNALS:
    void playRequested(int row); // the playlist from that row on
    void removeRowsRequested(const QList<int> &rows);
    void moveRowsRequested(const QList<int> &rows, int destinationRow);
    void renameRequested(qint64 id);
    void duplicateRequested(qint64 id);
    void exportRequested(qint64 id);
    void deleteRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    void moveSelection(int delta);
    void showMenu(const QPoint &pos);

    PlaylistModel *m_model;
    PlaylistListModel *m_playlists;
    qint64 m_id = 0;
    QLabel *m_cover;
    QLabel *m_name;
    QLabel *m_summary;
    QLabel *m_empty;
    QTreeView *m_view;
};

} // namespace ost
