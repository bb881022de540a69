#pragma once

#include "domain/artist.h"
#include "domain/award.h"
#include "domain/collection.h"
#include "domain/drama.h"
#include "domain/song.h"

#include <QList>

namespace ost {

// Everything a catalog source (bundled text, a pack, the generator) contributes.
struct CatalogData
{
    QList<Drama> dramas;
    QList<Artist> artists;
    QList<Song> songs;
    QList<Award> awards;
    QList<Collection> collections;
};

} // namespace ost
