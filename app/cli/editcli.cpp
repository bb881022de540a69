#include "editcli.h"

#include "clioutput.h"
#include "edits/libraryedits.h"
#include "repositories/catalogrepository.h"
#include "repositories/filesrepository.h"
#include "repositories/posterrepository.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ost::cli {

namespace {

// An optional whole number option: absent, a number, or an error naming the option.
Result<std::optional<int>> number(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return std::optional<int> {};
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok)
        return fail(Error::Kind::InvalidInput,
                    u"--%1 needs a whole number, not \"%2\""_s.arg(name, p.value(name)));
    return std::optional<int>(v);
}

std::optional<QString> text(const QCommandLineParser &p, const QString &name)
{
    return p.isSet(name) ? std::optional<QString>(p.value(name)) : std::nullopt;
}

} // namespace

int runDramaEdit(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                 const QCommandLineParser &p)
{
    if (args.isEmpty())
        return failUsage(
            u"usage: drama edit ID|TITLE [--title T] [--title-ko T] [--year N] [--broadcaster B] [--poster FILE]"_s);
    auto id = catalog.resolveDrama(args.join(u' '));
    if (!id)
        return failWith(id.error());
    auto year = number(p, u"year"_s);
    if (!year)
        return failUsage(year.error().message);
    const DramaEdit edit { text(p, u"title"_s), text(p, u"title-ko"_s), *year, text(p, u"broadcaster"_s) };
    if (edit.isEmpty() && !p.isSet(u"poster"_s))
        return failUsage(
            u"drama edit: nothing to change; give --title, --title-ko, --year, --broadcaster or --poster"_s);
    // The poster is checked first, so a bad image changes nothing.
    if (p.isSet(u"poster"_s)) {
        auto poster
            = PosterRepository(lib.database(), lib.dataDir()).setCustomPoster(*id, p.value(u"poster"_s));
        if (!poster)
            return failWith(poster.error());
    }
    if (!edit.isEmpty())
        if (auto r = LibraryEdits(lib.database()).editDrama(*id, edit); !r)
            return failWith(r.error());
    out() << "edited " << *id << "\n";
    return 0;
}

int runDramaMerge(Library &lib, const CatalogRepository &catalog, const QStringList &args)
{
    if (args.size() != 2)
        return failUsage(u"usage: drama merge FROM INTO (ids or titles; quote titles with spaces)"_s);
    auto from = catalog.resolveDrama(args[0]);
    auto into = catalog.resolveDrama(args[1]);
    if (!from || !into)
        return failWith(!from ? from.error() : into.error());
    if (auto r = LibraryEdits(lib.database()).mergeDramas(*from, *into); !r)
        return failWith(r.error());
    out() << "merged " << *from << " into " << *into << "\n";
    return 0;
}

int runSongMove(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                const QCommandLineParser &p)
{
    const bool none = p.isSet(u"no-drama"_s);
    if (args.size() != (none ? 1 : 2))
        return failUsage(
            u"usage: song move SONG DRAMA [--part N], or song move SONG --no-drama (quote titles with spaces)"_s);
    auto song = catalog.resolveSong(args[0]);
    if (!song)
        return failWith(song.error());
    QString drama;
    if (!none) {
        auto d = catalog.resolveDrama(args[1]);
        if (!d)
            return failWith(d.error());
        drama = *d;
    }
    auto part = number(p, u"part"_s);
    if (!part)
        return failWith(part.error());
    if (auto r = LibraryEdits(lib.database()).moveSong(*song, drama, part->value_or(0)); !r)
        return failWith(r.error());
    out() << "moved " << *song << " to " << (none ? u"no drama (other music)"_s : drama) << "\n";
    return 0;
}

int runSongEdit(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                const QCommandLineParser &p)
{
    if (args.isEmpty())
        return failUsage(
            u"usage: song edit SONG [--title T] [--title-ko T] [--artists \"A, B feat. C\"] [--part N]"_s);
    auto song = catalog.resolveSong(args.join(u' '));
    if (!song)
        return failWith(song.error());
    auto part = number(p, u"part"_s);
    if (!part)
        return failWith(part.error());
    const SongEdit edit { text(p, u"title"_s), text(p, u"title-ko"_s), text(p, u"artists"_s), *part };
    if (auto r = LibraryEdits(lib.database()).editSong(*song, edit); !r)
        return failWith(r.error());
    out() << "edited " << *song << "\n";
    return 0;
}

int runAlbumSet(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                const QCommandLineParser &p)
{
    const bool notDrama = p.isSet(u"not-a-drama"_s);
    const QStringList dramaArgs = p.values(u"drama"_s);
    if (args.isEmpty() || notDrama == !dramaArgs.isEmpty() || dramaArgs.size() > 1)
        return failUsage(u"usage: album set ALBUM (--drama ID | --not-a-drama)"_s);
    QString drama;
    if (!notDrama) {
        auto d = catalog.resolveDrama(dramaArgs.first());
        if (!d)
            return failWith(d.error());
        drama = *d;
    }
    const QString album = args.join(u' ');
    if (auto r = LibraryEdits(lib.database()).setAlbum(album, drama); !r)
        return failWith(r.error());
    out() << "album \"" << album << "\" is " << (notDrama ? u"not a drama"_s : u"drama "_s + drama)
          << " now\n";
    return 0;
}

int runOther(const Library &lib, bool json)
{
    auto tracks = FilesRepository(lib.database()).otherTracks();
    if (!tracks)
        return failWith(tracks.error());
    if (json) {
        QJsonArray arr;
        for (const OtherTrack &t : *tracks)
            arr << QJsonObject { { u"id"_s, t.song.id },
                                 { u"title"_s, t.song.title },
                                 { u"artists"_s, t.song.artistLine() },
                                 { u"album"_s, t.album },
                                 { u"album_artist"_s, t.albumArtist },
                                 { u"track"_s, t.track },
                                 { u"file"_s, t.path },
                                 { u"origin"_s, t.song.origin } };
        printJson(arr);
        return 0;
    }
    if (tracks->isEmpty())
        out() << "no other music: every scanned file belongs to a drama\n";
    QString lastAlbum;
    for (const OtherTrack &t : *tracks) {
        const QString heading = t.albumArtist + u" — "_s + t.album;
        if (heading != lastAlbum)
            out() << heading << "\n";
        lastAlbum = heading;
        out() << "  " << (t.track > 0 ? QString::number(t.track).rightJustified(2) : u" -"_s) << "  "
              << t.song.title << " — " << t.song.artistLine() << "\n";
    }
    return 0;
}

} // namespace ost::cli
