#pragma once

#include "domain/othertrack.h"
#include "storage/database.h"

#include <QHash>

namespace ost {

// What the user's files added to the library: the songs of no drama ("Other music", by
// artist and album) and the file each song plays from.
class FilesRepository
{
public:
    explicit FilesRepository(Database db);

    Result<QList<OtherTrack>> otherTracks() const; // by album artist, album, track
    Result<QHash<QString, QString>> filesOf(const QStringList &songIds) const; // song -> path

private:
    Database m_db;
};

} // namespace ost
