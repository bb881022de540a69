#pragma once

#include <QString>

namespace ost {

// What a poster is drawn from; customPath set when the user chose an image.
struct PosterSpec
{
    QString dramaId;
    QString title;
    QString titleKo;
    int year = 0;
    QString broadcaster;
    QString customPath;
};

} // namespace ost
