#pragma once

#include "core/error.h"

#include <QString>

namespace ost {

struct TrackTags
{
    QString title;
    QString artist;
    QString album;
    qint64 durationMs = 0;
};

// Reads tags with TagLib. Legacy players stored CP949/EUC-KR bytes in Latin-1 frames;
// such strings are recognized and decoded as Korean.
class TagReader
{
public:
    static Result<TrackTags> read(const QString &path);
    static QString repairLegacy(const QString &latin1Text); // CP949 hidden in Latin-1, else unchanged
};

} // namespace ost
