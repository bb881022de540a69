#include "imageheader.h"

#include <QBuffer>
#include <QFile>
#include <QObject>
#include <QtEndian>

#include <limits>

namespace ost {

namespace {

// JPEG puts its size in the frame header, after any number of metadata segments (EXIF,
// ICC profiles, thumbnails); give up after this many bytes of them.
constexpr qint64 kMaxJpegScan = 4 * 1024 * 1024;

Result<ImageHeader> notAnImage()
{
    return fail(Error::Kind::InvalidInput, QObject::tr("it is not a PNG, JPEG, GIF, BMP or WebP image"));
}

Result<ImageHeader> cutShort(const char *format)
{
    return fail(Error::Kind::InvalidInput,
                QObject::tr("its %1 header is cut short").arg(QString::fromLatin1(format)));
}

Result<ImageHeader> sized(const char *format, qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0 || width > std::numeric_limits<int>::max()
        || height > std::numeric_limits<int>::max())
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("its %1 header gives no usable size (%2×%3)")
                        .arg(QString::fromLatin1(format))
                        .arg(width)
                        .arg(height));
    return ImageHeader { QByteArray(format), int(width), int(height) };
}

quint16 be16(const char *p)
{
    return qFromBigEndian<quint16>(p);
}
quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}
quint16 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

Result<ImageHeader> png(const QByteArray &h)
{
    // Signature, then the IHDR chunk first of all: length, type, width, height.
    if (h.size() < 24)
        return cutShort("PNG");
    if (h.mid(12, 4) != "IHDR")
        return fail(Error::Kind::InvalidInput, QObject::tr("its PNG header does not start with IHDR"));
    return sized("png", be32(h.constData() + 16), be32(h.constData() + 20));
}

Result<ImageHeader> gif(const QByteArray &h)
{
    if (h.size() < 10)
        return cutShort("GIF");
    return sized("gif", le16(h.constData() + 6), le16(h.constData() + 8));
}

Result<ImageHeader> bmp(const QByteArray &h)
{
    if (h.size() < 26)
        return cutShort("BMP");
    const quint32 infoSize = le32(h.constData() + 14);
    if (infoSize == 12) // OS/2 BITMAPCOREHEADER: 16-bit sizes
        return sized("bmp", le16(h.constData() + 18), le16(h.constData() + 20));
    if (infoSize < 40 || infoSize > 124)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("its BMP header has an unknown size (%1 bytes)").arg(infoSize));
    // Height is negative for a top-down bitmap.
    const qint64 width = qint32(le32(h.constData() + 18));
    const qint64 height = qint32(le32(h.constData() + 22));
    return sized("bmp", width, height < 0 ? -height : height);
}

Result<ImageHeader> webp(const QByteArray &h)
{
    if (h.size() < 30)
        return cutShort("WebP");
    const char *p = h.constData();
    const QByteArray chunk = h.mid(12, 4);
    if (chunk == "VP8 ") {
        // Lossy: a three-byte frame tag, the start code 9d 01 2a, then 14-bit sizes.
        if (quint8(p[23]) != 0x9d || quint8(p[24]) != 0x01 || quint8(p[25]) != 0x2a)
            return fail(Error::Kind::InvalidInput, QObject::tr("its WebP frame has no start code"));
        return sized("webp", le16(p + 26) & 0x3fff, le16(p + 28) & 0x3fff);
    }
    if (chunk == "VP8L") {
        // Lossless: a signature byte, then width - 1 and height - 1 in 14 bits each.
        if (quint8(p[20]) != 0x2f)
            return fail(Error::Kind::InvalidInput, QObject::tr("its lossless WebP has no signature"));
        const quint32 bits = le32(p + 21);
        return sized("webp", (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (chunk == "VP8X") {
        // Extended: canvas width - 1 and height - 1 in 24 bits each.
        const auto u24 = [p](int at) {
            return quint32(quint8(p[at])) | quint32(quint8(p[at + 1])) << 8
                | quint32(quint8(p[at + 2])) << 16;
        };
        return sized("webp", qint64(u24(24)) + 1, qint64(u24(27)) + 1);
    }
    return fail(Error::Kind::InvalidInput, QObject::tr("its WebP holds an unknown kind of image"));
}

// Walks the marker segments up to the frame header (SOF0..SOF15 except DHT, JPG and DAC).
Result<ImageHeader> jpeg(QIODevice *device)
{
    qint64 scanned = 0;
    while (scanned < kMaxJpegScan) {
        char c = 0;
        if (!device->getChar(&c))
            return cutShort("JPEG");
        ++scanned;
        if (quint8(c) != 0xff)
            return fail(Error::Kind::InvalidInput, QObject::tr("its JPEG segments are out of step"));
        quint8 marker = 0xff;
        while (marker == 0xff) { // fill bytes
            if (!device->getChar(&c))
                return cutShort("JPEG");
            ++scanned;
            marker = quint8(c);
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // no length
        if (marker == 0xd9 || marker == 0xda)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("its JPEG has no frame header before the image data"));
        const QByteArray len = device->read(2);
        if (len.size() < 2)
            return cutShort("JPEG");
        const int length = be16(len.constData());
        if (length < 2)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("its JPEG has a segment of impossible length"));
        scanned += 2;
        const bool frame
            = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (frame) {
            const QByteArray f = device->read(5);
            if (f.size() < 5 || length < 7)
                return cutShort("JPEG");
            return sized("jpeg", be16(f.constData() + 3), be16(f.constData() + 1));
        }
        if (device->skip(length - 2) != length - 2)
            return cutShort("JPEG");
        scanned += length - 2;
    }
    return fail(Error::Kind::InvalidInput,
                QObject::tr("its JPEG has no frame header in the first %1 MiB").arg(kMaxJpegScan >> 20));
}

} // namespace

Result<ImageHeader> ImageHeader::read(QIODevice *device)
{
    const QByteArray h = device->read(32);
    if (h.startsWith("\x89PNG\r\n\x1a\n"))
        return png(h);
    if (h.startsWith("\xff\xd8")) {
        if (device->isSequential() || !device->seek(device->pos() - h.size() + 2)) {
            // A sequential device: go on from the bytes already read.
            QBuffer rest;
            rest.setData(h.mid(2) + device->read(kMaxJpegScan));
            rest.open(QIODevice::ReadOnly);
            return jpeg(&rest);
        }
        return jpeg(device);
    }
    if (h.startsWith("GIF87a") || h.startsWith("GIF89a"))
        return gif(h);
    if (h.startsWith("BM"))
        return bmp(h);
    if (h.startsWith("RIFF") && h.mid(8, 4) == "WEBP")
        return webp(h);
    return notAnImage();
}

Result<ImageHeader> ImageHeader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, QObject::tr("it cannot be opened (%1)").arg(file.errorString()));
    return read(&file);
}

Result<ImageHeader> ImageHeader::fromBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer);
}

} // namespace ost
