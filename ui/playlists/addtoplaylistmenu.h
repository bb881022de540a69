#pragma once

#include <QMenu>

class QAbstractItemModel;

namespace ost {

// "Add to playlist ▸": every playlist, then "New playlist…". Emits intents only.
class AddToPlaylistMenu final : public QMenu
{
    Q_OBJECT
public:
    AddToPlaylistMenu(QAbstractItemModel *playlists, const QStringList &songIds, QWidget *parent = nullptr);

    static QKeySequence shortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P); }

Q_SIGNALS:
    void addRequested(qint64 playlistId, const QStringList &songIds);
    void newPlaylistRequested(const QStringList &songIds);
};

} // namespace ost
