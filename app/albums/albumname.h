#pragma once

#include <QString>

namespace ost {

// What an album title says about the drama it belongs to. Made by AlbumNameParser.
struct AlbumName
{
    bool isOst = false;
    QString drama; // the drama's title as the album writes it, season and numbers kept
    int part = 0; // "Part.3", "Pt. 3", "파트 3"; 0 when none
    int volume = 0; // "Vol. 2"; 0 when none
    bool special = false; // "OST Special", "스페셜"
    QString broadcaster; // canonical ("tvN", "KBS2", "JTBC"…) when the album names one
    QString why; // when isOst is false: why the album is not read as a drama's OST
};

} // namespace ost
