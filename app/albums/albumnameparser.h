#pragma once

#include "albumname.h"

namespace ost {

// Reads the album titles that Korean stores, streaming services and taggers give OST
// releases ("도깨비 OST Part.3", "tvN 토일드라마 '호텔 델루나' OST Part 5",
// "Goblin (Original Television Soundtrack), Pt. 3"). Table-driven: each rule of the table
// recognises one decoration (marker, part, volume, broadcaster slot, quotes) and strips it;
// what remains is the drama's title. Seasons and numbers inside titles stay in the title.
class AlbumNameParser
{
public:
    static AlbumName parse(const QString &album);

    // The key under which two spellings of one drama meet: NFKC, case, punctuation and
    // spacing ignored, and "Season 2" / "시즌2" / "S2" written as a bare "2" (season 1 as
    // nothing), so "Hospital Playlist Season 2" and "Hospital Playlist 2" share a key while
    // "Reply 1988" keeps its number.
    static QString dramaKey(const QString &title);

    // A broadcaster name as the catalog writes it ("KBS 2TV" -> "KBS2", "tvn" -> "tvN");
    // empty when the text names none.
    static QString canonicalBroadcaster(const QString &name);
};

} // namespace ost
