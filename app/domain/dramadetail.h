#pragma once

#include "award.h"
#include "drama.h"
#include "song.h"

namespace ost {

// A drama with its soundtrack (ordered by OST part) and awards, for the drama page.
struct DramaDetail
{
    Drama drama;
    QList<Song> tracks;
    QList<int> parts; // parallel to tracks
    QList<Award> awards;
};

} // namespace ost
