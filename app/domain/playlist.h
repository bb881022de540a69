#pragma once

#include <QString>
#include <QStringList>

namespace ost {

// A personal playlist as the sidebar and the CLI list it.
struct Playlist
{
    qint64 id = 0;
    QString name;
    QString createdAt;
    QString deletedAt; // set while the playlist is in the trash
    int songCount = 0;
    int unavailableCount = 0; // songs with no local file linked
    QStringList coverDramaIds; // up to four distinct dramas, in playlist order

    bool isInTrash() const { return !deletedAt.isEmpty(); }
};

} // namespace ost
