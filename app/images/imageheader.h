#pragma once

#include "core/error.h"

#include <QByteArray>

class QIODevice;

namespace ost {

// What an image file says about itself in its header: its format and size, read without
// decoding a pixel and without Qt Gui, so the CLI and the import code can check a poster or a
// cover before anything trusts it. Knows the formats OST Shelf accepts for covers and posters:
// PNG, JPEG, GIF, BMP and WebP. A header that is cut short, names another format or claims a
// zero size is an error that says so.
struct ImageHeader
{
    QByteArray format; // "png", "jpeg", "gif", "bmp" or "webp": also the file suffix we give it
    int width = 0;
    int height = 0;

    // Reads from the device's current position; the position is left somewhere after it.
    static Result<ImageHeader> read(QIODevice *device);
    static Result<ImageHeader> readFile(const QString &path);
    static Result<ImageHeader> fromBytes(const QByteArray &bytes);
};

} // namespace ost
