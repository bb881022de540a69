#include "addtoplaylistmenu.h"

#include "models/playlistlistmodel.h"

#include <QAbstractItemModel>

namespace ost {

AddToPlaylistMenu::AddToPlaylistMenu(QAbstractItemModel *playlists, const QStringList &songIds,
                                     QWidget *parent)
    : QMenu(tr("Add to &playlist"), parent)
{
    setObjectName(QStringLiteral("addToPlaylistMenu"));
    const int n = playlists ? playlists->rowCount() : 0;
    for (int r = 0; r < n; ++r) {
        const QModelIndex i = playlists->index(r, 0);
        const qint64 id = i.data(PlaylistListModel::IdRole).toLongLong();
        // Escape '&' so a name like "R&B" is not taken for a mnemonic.
        QString label = i.data(PlaylistListModel::NameRole).toString();
        label.replace(u'&', QStringLiteral("&&"));
        addAction(label, this, [this, id, songIds] { Q_EMIT addRequested(id, songIds); });
    }
    if (n > 0)
        addSeparator();
    addAction(tr("&New playlist…"), this, [this, songIds] { Q_EMIT newPlaylistRequested(songIds); });
    setEnabled(!songIds.isEmpty());
}

} // namespace ost
