#pragma once

#include "services/navigationhistory.h"

#include <QListView>
#include <QString>

namespace ost {

// The library sections, collections and playlists of a SidebarModel. Songs dragged from any
// view can be dropped on a playlist (added at its end) or on "New playlist…". The selected
// entry stays selected when the model is reset.
class SidebarView final : public QListView
{
    Q_OBJECT
public:
    explicit SidebarView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    // What the user chose, by click, Enter, drop or context menu.
    void navigationRequested(const ost::Location &location);
    void newPlaylistRequested(const QStringList &songIds); // empty, or the songs dropped on it
    void trashRequested();
    void songsDroppedOnPlaylist(qint64 playlistId, const QStringList &songIds);
    void playlistMenuRequested(qint64 playlistId, const QPoint &globalPos);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QModelIndex dropTarget(const QDropEvent *event) const;
    void activate(const QModelIndex &index);

    int m_keptKind = -1; // the selected entry across a reset: its kind and id
    QString m_keptId;
};

} // namespace ost
