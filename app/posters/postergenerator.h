#pragma once

#include "posterspec.h"

#include <QImage>

namespace ost {

// Our own poster art: colors, shapes and typography derived from the drama's titles.
// Pure QImage painting, safe on worker threads.
class PosterGenerator
{
public:
    static QImage generate(const PosterSpec &spec, QSize size, qreal dpr = 1.0);
    static constexpr int kVersion = 1; // bump to invalidate cached thumbnails
};

} // namespace ost
