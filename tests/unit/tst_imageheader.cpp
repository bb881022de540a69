// ImageHeader: the format and size of PNG, JPEG, GIF, BMP and WebP images read from their
// headers alone, checked against what Qt's own image readers say of real encoded images, and
// clear errors for headers that are cut short, lie about their size or name another format.
#include "common/testmain.h"
#include "images/imageheader.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

QByteArray encode(const QSize &size, const char *format, int quality = -1)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        qWarning("cannot write %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

// A sequential device: no seek back, as a pipe or a network reply.
class Pipe : public QIODevice
{
public:
    explicit Pipe(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_bytes.size() - m_at));
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

} // namespace

class TestImageHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQt_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("quality");
        QTest::newRow("png") << "png"_ba
                             << "png"_ba << QSize(300, 450) << -1;
        QTest::newRow("png wide") << "png"_ba
                                  << "png"_ba << QSize(4000, 3) << -1;
        QTest::newRow("jpeg") << "jpeg"_ba
                              << "jpeg"_ba << QSize(640, 960) << -1;
        QTest::newRow("jpeg odd") << "jpeg"_ba
                                  << "jpeg"_ba << QSize(17, 1) << -1;
        QTest::newRow("bmp") << "bmp"_ba
                             << "bmp"_ba << QSize(123, 77) << -1;
        QTest::newRow("webp lossy") << "webp"_ba
                                    << "webp"_ba << QSize(300, 451) << 80;
        QTest::newRow("webp lossless") << "webp"_ba
                                       << "webp"_ba << QSize(333, 222) << 100;
        QTest::newRow("gif") << "gif"_ba
                             << "gif"_ba << QSize(64, 48) << -1;
    }

    void agreesWithQt()
    {
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, expected);
        QFETCH(QSize, size);
        QFETCH(int, quality);
        if (!QImageWriter::supportedImageFormats().contains(format))
            QSKIP(qPrintable(u"Qt has no writer for %1 here"_s.arg(QString::fromLatin1(format))));
        const QByteArray bytes = encode(size, format.constData(), quality);
        QVERIFY(!bytes.isEmpty());

        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        QCOMPARE(reader.size(), size);

        const auto header = ImageHeader::fromBytes(bytes);
        QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
        QCOMPARE(header->format, expected);
        QCOMPARE(QSize(header->width, header->height), size);

        // The same from a file and from a device that cannot seek back.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"image"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto fromFile = ImageHeader::readFile(path);
        QVERIFY(fromFile);
        QCOMPARE(QSize(fromFile->width, fromFile->height), size);
        Pipe pipe(bytes);
        const auto fromPipe = ImageHeader::read(&pipe);
        QVERIFY2(fromPipe, qPrintable(fromPipe ? QString() : fromPipe.error().message));
        QCOMPARE(QSize(fromPipe->width, fromPipe->height), size);
    }

    // A JPEG whose frame header comes after a large metadata segment (an EXIF thumbnail).
    void jpegAfterLongSegments()
    {
        QByteArray bytes = encode(QSize(50, 70), "jpeg");
        QByteArray app1 = "\xff\xe1"_ba;
        const int length = 60000;
        app1.append(char(length >> 8)).append(char(length & 0xff)).append(QByteArray(length - 2, 'x'));
        bytes.insert(2, app1);
        const auto header = ImageHeader::fromBytes(bytes);
        QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
        QCOMPARE(QSize(header->width, header->height), QSize(50, 70));
    }

    // Formats Qt here cannot write: a GIF screen descriptor and an extended (VP8X) WebP.
    void handMade()
    {
        const auto gif = ImageHeader::fromBytes("GIF89a\x40\x01\x30\x00\xf7\x00\x00"_ba);
        QVERIFY(gif);
        QCOMPARE(gif->format, "gif"_ba);
        QCOMPARE(QSize(gif->width, gif->height), QSize(320, 48));
        QByteArray vp8x = "RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\x10\0\0\0"_ba;
        vp8x += "\xff\x03\x00"_ba; // canvas width - 1 = 1023
        vp8x += "\x57\x02\x00"_ba; // canvas height - 1 = 599
        const auto webp = ImageHeader::fromBytes(vp8x);
        QVERIFY2(webp, qPrintable(webp ? QString() : webp.error().message));
        QCOMPARE(QSize(webp->width, webp->height), QSize(1024, 600));
    }

    void bmpTopDown()
    {
        QByteArray bytes = encode(QSize(20, 30), "bmp");
        const qint32 negative = -30;
        memcpy(bytes.data() + 22, &negative, 4); // little-endian machine, as the test runs
        const auto header = ImageHeader::fromBytes(bytes);
        QVERIFY(header);
        QCOMPARE(header->height, 30);
    }

    void refusesWithReasons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray png = encode(QSize(10, 10), "png");
        const QByteArray jpeg = encode(QSize(10, 10), "jpeg");
        QByteArray zeroWidth = png;
        memset(zeroWidth.data() + 16, 0, 4);
        QByteArray noIhdr = png;
        noIhdr.replace(12, 4, "IDAT");
        QByteArray bmpUnknown = encode(QSize(4, 4), "bmp");
        bmpUnknown[14] = char(200);

        QTest::newRow("empty") << QByteArray() << u"not a PNG, JPEG, GIF, BMP or WebP"_s;
        QTest::newRow("text") << "hello, this is no image at all"_ba
                              << u"not a PNG, JPEG, GIF, BMP or WebP"_s;
        QTest::newRow("svg") << "<svg xmlns='http://www.w3.org/2000/svg'/>"_ba << u"not a PNG"_s;
        QTest::newRow("png cut") << png.left(20) << u"PNG header is cut short"_s;
        QTest::newRow("png zero width") << zeroWidth << u"no usable size (0×10)"_s;
        QTest::newRow("png no IHDR") << noIhdr << u"IHDR"_s;
        QTest::newRow("jpeg cut") << jpeg.left(40) << u"JPEG header is cut short"_s;
        QTest::newRow("jpeg no frame") << "\xff\xd8\xff\xda\x00\x04\x00\x00"_ba << u"no frame header"_s;
        QTest::newRow("jpeg out of step") << "\xff\xd8\x12\x34"_ba << u"out of step"_s;
        QTest::newRow("jpeg endless") << "\xff\xd8"_ba + QByteArray(200, '\xff') << u"cut short"_s;
        QTest::newRow("gif cut") << "GIF89a\x01"_ba << u"GIF header is cut short"_s;
        QTest::newRow("bmp unknown") << bmpUnknown << u"unknown size (200 bytes)"_s;
        QTest::newRow("webp unknown")
            << "RIFF\0\0\0\0WEBPVP9 "_ba + QByteArray(20, '\0') << u"unknown kind"_s;
        QTest::newRow("webp no start code")
            << "RIFF\0\0\0\0WEBPVP8 "_ba + QByteArray(20, '\0') << u"no start code"_s;
    }

    void refusesWithReasons()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto header = ImageHeader::fromBytes(bytes);
        QVERIFY2(!header,
                 qPrintable(header ? u"read as %1 %2×%3"_s.arg(QString::fromLatin1(header->format))
                                         .arg(header->width)
                                         .arg(header->height)
                                   : QString()));
        QVERIFY2(header.error().message.contains(reason), qPrintable(header.error().message));
        QCOMPARE(header.error().kind, Error::Kind::InvalidInput);
    }

    void missingFile()
    {
        const auto header = ImageHeader::readFile(u"/nonexistent/poster.png"_s);
        QVERIFY(!header);
        QVERIFY2(header.error().message.contains(u"cannot be opened"_s), qPrintable(header.error().message));
        QCOMPARE(header.error().kind, Error::Kind::Io);
    }

    // Every prefix of a real image is refused with words or read correctly; none crashes.
    void everyPrefix()
    {
        for (const char *format : { "png", "jpeg", "bmp", "gif", "webp" }) {
            const QByteArray bytes = encode(QSize(31, 17), format);
            if (bytes.isEmpty())
                continue;
            for (qsizetype n = 0; n < qMin<qsizetype>(bytes.size(), 700); ++n) {
                const auto header = ImageHeader::fromBytes(bytes.left(n));
                if (header)
                    QCOMPARE(QSize(header->width, header->height), QSize(31, 17));
                else
                    QVERIFY(!header.error().message.isEmpty());
            }
        }
    }
};

OST_TEST_MAIN(TestImageHeader)
#include "tst_imageheader.moc"
