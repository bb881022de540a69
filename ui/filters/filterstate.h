#pragma once

#include <QString>

namespace ost {

// The grid's active filters; they combine.
struct FilterState
{
    int yearFrom = 0;
    int yearTo = 0;
    QString broadcaster;
    QString collectionId;
    QString collectionTitle;
    QString artistId;
    QString artistName;
    bool favoritesOnly = false;
    QString origin; // where the dramas come from: bundled (catalog), files, pack; empty = any

    bool isEmpty() const
    {
        return yearFrom == 0 && yearTo == 0 && broadcaster.isEmpty() && collectionId.isEmpty()
            && artistId.isEmpty() && !favoritesOnly && origin.isEmpty();
    }
    bool operator==(const FilterState &) const = default;
};

} // namespace ost
