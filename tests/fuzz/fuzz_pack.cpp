// libFuzzer harness over everything that reads untrusted pack and backup bytes. The first
// byte picks the target, the rest is the input:
//   0 PackManifest::parse        1 BackupManifest::parse
//   2 PackReader::read (zip)     3 BackupRestorer::stage (tar, plain or compressed)
//   4 ImageHeader::fromBytes (posters and covers: PNG, JPEG, GIF, BMP, WebP headers)
//   5 PlaylistImporter::parse, M3U/M3U8      6 PlaylistImporter::parse, XSPF
//   7 AlbumNameParser (album titles from the user's tags)
//   8 TagReader::read and readCover (TagLib; the next byte picks MP3, FLAC, MP4, Ogg or Opus)
//   9 LrcParser::parse (lyrics files)
// Whatever the bytes, each must return a value or a clear error: no crash, no sanitizer
// report, nothing written outside its own temporary folder.
#include "albums/albumnameparser.h"
#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "images/imageheader.h"
#include "lyrics/lrcparser.h"
#include "packs/packmanifest.h"
#include "packs/packreader.h"
#include "playlists/playlistimporter.h"
#include "tags/tagreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// KArchive and QImageReader want an application object (plugins, temporary paths).
QCoreApplication *application()
{
    static int argc = 1;
    static char name[] = "fuzz_pack";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    return app;
}

void check(bool ok)
{
    if (!ok)
        std::abort(); // an error without words is a bug too
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    application();
    if (size < 1 || size > (8u << 20))
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static QTemporaryDir dir;
    switch (data[0] % 10) {
    case 0:
        if (auto m = ost::PackManifest::parse(input); !m)
            check(!m.error().message.isEmpty());
        break;
    case 1:
        if (auto m = ost::BackupManifest::parse(input); !m)
            check(!m.error().message.isEmpty());
        break;
    case 4:
        if (auto h = ost::ImageHeader::fromBytes(input); !h)
            check(!h.error().message.isEmpty());
        else
            check(h->width > 0 && h->height > 0 && !h->format.isEmpty());
        break;
    case 5:
    case 6: {
        const ost::SongMatcher matcher;
        const ost::PlaylistImporter importer(matcher, {});
        const auto report = importer.parse(input, data[0] % 10 == 5 ? u"input.m3u8"_s : u"input.xspf"_s);
        if (!report)
            check(!report.error().message.isEmpty());
        break;
    }
    case 7: {
        const QString album = QString::fromUtf8(input);
        const ost::AlbumName name = ost::AlbumNameParser::parse(album);
        (void)ost::AlbumNameParser::dramaKey(name.drama);
        (void)ost::AlbumNameParser::canonicalBroadcaster(album);
        break;
    }
    case 9: {
        const auto lyrics = ost::LrcParser::parse(input);
        if (!lyrics) {
            check(!lyrics.error().message.isEmpty());
            break;
        }
        check(lyrics->lines.size() <= ost::LrcParser::kMaxLines);
        for (qsizetype i = 1; i < lyrics->lines.size(); ++i) // sorted, never negative
            check(!lyrics->synced
                  || (lyrics->lines.at(i - 1).timeMs <= lyrics->lines.at(i).timeMs
                      && lyrics->lines.at(i).timeMs >= 0));
        (void)lyrics->lineAt(12345);
        break;
    }
    case 8: {
        if (input.isEmpty())
            return 0;
        static const QString suffixes[] = { u"mp3"_s, u"flac"_s, u"m4a"_s, u"ogg"_s, u"opus"_s };
        const QString file = dir.filePath(u"input."_s + suffixes[quint8(input[0]) % 5]);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(input.mid(1)) != input.size() - 1)
            return 0;
        f.close();
        if (auto tags = ost::TagReader::read(file); !tags)
            check(!tags.error().message.isEmpty());
        if (auto cover = ost::TagReader::readCover(file); !cover)
            check(!cover.error().message.isEmpty());
        QFile::remove(file);
        break;
    }
    default: {
        const QString file = dir.filePath(data[0] % 10 == 2 ? u"input.ostpack"_s : u"input.ostbackup"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(input) != input.size())
            return 0;
        f.close();
        if (data[0] % 10 == 2) {
            if (auto staged = ost::PackReader::read(file, dir.path()); !staged)
                check(!staged.error().message.isEmpty());
        } else {
            if (auto staged = ost::BackupRestorer(dir.path()).stage(file); !staged)
                check(!staged.error().message.isEmpty());
        }
        break;
    }
    }
    return 0;
}
