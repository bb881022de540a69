#pragma once

#include "catalogdata.h"
#include "storage/database.h"

namespace ost {

// What to take out of a library: dramas, collections and single songs by id.
struct CatalogSelection
{
    QStringList dramaIds;
    QStringList collectionIds;
    QStringList songIds;
    bool everything = false; // the whole catalog, artists without songs included
    bool isEmpty() const
    {
        return !everything && dramaIds.isEmpty() && collectionIds.isEmpty() && songIds.isEmpty();
    }
};

// The catalog rows of a library as CatalogData, the form packs and the bundled catalog share:
// every alias, credit, appearance (with its part and position), member, award and item.
class CatalogSnapshot
{
public:
    enum class Retired { Skip, Include };
    static Result<CatalogData> read(const Database &db, Retired retired = Retired::Skip);

    // A self-contained part of all: the chosen dramas with their whole soundtracks, the chosen
    // collections with their items, the chosen songs; then every drama those songs appear in,
    // every credited artist, the members of credited groups and the awards of chosen songs.
    // Unknown ids are returned in missing.
    static CatalogData select(const CatalogData &all, const CatalogSelection &selection,
                              QStringList *missing = nullptr);
};

} // namespace ost
