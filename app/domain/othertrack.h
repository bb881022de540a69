#pragma once

#include "song.h"

namespace ost {

// A song of the user's files that belongs to no drama, with the album it came on.
struct OtherTrack
{
    Song song;
    QString album;
    QString albumArtist;
    QString path;
    int track = 0;
};

} // namespace ost
