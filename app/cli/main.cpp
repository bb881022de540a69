// ostshelf-cli: the scripting interface over the same core library as the app.
#include "backup/automaticbackup.h"
#include "backupcli.h"
#include "catalog/catalogwriter.h"
#include "catalog/librarygenerator.h"
#include "clidocs.h"
#include "clioutput.h"
#include "editcli.h"
#include "historycli.h"
#include "localfilescli.h"
#include "lyricscli.h"
#include "packcli.h"
#include "playlistcli.h"
#include "repositories/catalogrepository.h"
#include "repositories/favoriterepository.h"
#include "repositories/filesrepository.h"
#include "search/searchindex.h"
#include "storage/damagewatch.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ost;
using namespace ost::cli;

namespace {

QString typeName(EntityType t)
{
    switch (t) {
    case EntityType::Drama: return u"drama"_s;
    case EntityType::Song: return u"song"_s;
    case EntityType::Artist: return u"artist"_s;
    case EntityType::Collection: return u"collection"_s;
    }
    return {};
}

// As the CLI reports where a drama or song came from: catalog, files or pack.
QString originName(const QString &origin)
{
    return origin == u"bundled"_s ? u"catalog"_s : origin;
}

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QJsonObject songJson(const Song &s)
{
    QStringList artists, dramas;
    QJsonArray credits;
    for (const auto &c : s.credits) {
        artists << c.name;
        credits << QJsonObject { { u"id"_s, c.artistId }, { u"name"_s, c.name }, { u"role"_s, c.role } };
    }
    QJsonArray apps;
    for (const auto &a : s.dramas) {
        dramas << a.dramaTitle;
        apps << QJsonObject { { u"id"_s, a.dramaId },
                              { u"title"_s, a.dramaTitle },
                              { u"part"_s, a.part > 0 ? QJsonValue(a.part) : QJsonValue() } };
    }
    return QJsonObject { { u"type"_s, u"song"_s },
                         { u"origin"_s, originName(s.origin) },
                         { u"id"_s, s.id },
                         { u"title"_s, s.title },
                         { u"title_ko"_s, s.titleKo.isEmpty() ? QJsonValue() : QJsonValue(s.titleKo) },
                         { u"year"_s, s.year > 0 ? QJsonValue(s.year) : QJsonValue() },
                         { u"artists"_s, toArray(artists) },
                         { u"credits"_s, credits },
                         { u"dramas"_s, toArray(dramas) },
                         { u"appearances"_s, apps },
                         { u"aliases"_s, toArray(s.aliases) } };
}

QJsonObject dramaJson(const Drama &d)
{
    return QJsonObject { { u"type"_s, u"drama"_s },
                         { u"id"_s, d.id },
                         { u"title"_s, d.title },
                         { u"title_ko"_s, d.titleKo.isEmpty() ? QJsonValue() : QJsonValue(d.titleKo) },
                         { u"romanization"_s, d.romanization },
                         { u"year"_s, d.year > 0 ? QJsonValue(d.year) : QJsonValue() },
                         { u"broadcaster"_s, d.broadcaster },
                         { u"aliases"_s, toArray(d.aliases) },
                         { u"artists"_s, QJsonArray() },
                         { u"song_count"_s, d.songCount },
                         { u"soundtrack_complete"_s, d.soundtrackComplete },
                         { u"origin"_s, originName(d.origin) } };
}

int cmdSearch(const CatalogRepository &repo, const QStringList &args, bool json)
{
    if (args.isEmpty())
        return failUsage(u"search needs a query, e.g.: ostshelf-cli search 도깨비"_s);
    auto docs = repo.searchDocuments();
    if (!docs)
        return failWith(docs.error());
    const SearchIndex index(*docs);
    const auto hits = index.search(args.join(u' '), 20);
    if (json) {
        QJsonArray arr;
        for (const auto &h : hits) {
            QJsonObject o { { u"type"_s, typeName(h.type) },
                            { u"id"_s, h.id },
                            { u"title"_s, h.title },
                            { u"subtitle"_s, h.subtitle },
                            { u"score"_s, h.score } };
            if (h.type == EntityType::Song) {
                if (auto s = repo.song(h.id))
                    o = songJson(*s), o.insert(u"score"_s, h.score);
            } else if (h.type == EntityType::Drama) {
                if (auto d = repo.dramaDetail(h.id))
                    o = dramaJson(d->drama), o.insert(u"score"_s, h.score);
            }
            arr << o;
        }
        printJson(arr);
        return 0;
    }
    if (hits.isEmpty())
        out() << "no matches\n";
    for (const auto &h : hits)
        out() << typeName(h.type).leftJustified(11) << h.id.leftJustified(34) << h.title << "  —  "
              << h.subtitle << "\n";
    return 0;
}

int cmdDramas(const CatalogRepository &repo, bool json)
{
    auto dramas = repo.dramas();
    if (!dramas)
        return failWith(dramas.error());
    std::sort(dramas->begin(), dramas->end(),
              [](const Drama &a, const Drama &b) { return a.title < b.title; });
    if (json) {
        QJsonArray arr;
        for (const auto &d : *dramas)
            arr << dramaJson(d);
        printJson(arr);
        return 0;
    }
    for (const auto &d : *dramas)
        out() << d.id.leftJustified(34) << d.title
              << (d.titleKo.isEmpty() ? QString() : u" ("_s + d.titleKo + u")"_s) << "  "
              << (d.year > 0 ? QString::number(d.year) : u"—"_s) << "  " << d.songCount << " songs\n";
    return 0;
}

int cmdDrama(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json)
{
    if (args.isEmpty())
        return failUsage(u"drama needs an id or a title, e.g.: ostshelf-cli drama Goblin"_s);
    auto id = repo.resolveDrama(args.join(u' '));
    if (!id)
        return failWith(id.error());
    auto detail = repo.dramaDetail(*id);
    if (!detail)
        return failWith(detail.error());
    const Drama &d = detail->drama;
    if (json) {
        QJsonObject o = dramaJson(d);
        o.insert(u"synopsis"_s, d.synopsis);
        QJsonArray tracks;
        QStringList allArtists, ids;
        for (const Song &t : detail->tracks)
            ids << t.id;
        auto files = FilesRepository(lib.database()).filesOf(ids);
        if (!files)
            return failWith(files.error());
        for (int i = 0; i < detail->tracks.size(); ++i) {
            QJsonObject t = songJson(detail->tracks[i]);
            t.insert(u"part"_s, detail->parts[i] > 0 ? QJsonValue(detail->parts[i]) : QJsonValue());
            const QString file = files->value(detail->tracks[i].id);
            t.insert(u"file"_s, file.isEmpty() ? QJsonValue() : QJsonValue(file));
            tracks << t;
            for (const auto &c : detail->tracks[i].credits)
                if (!allArtists.contains(c.name))
                    allArtists << c.name;
        }
        o.insert(u"tracks"_s, tracks);
        o.insert(u"artists"_s, toArray(allArtists));
        QJsonArray awards;
        for (const auto &a : detail->awards)
            awards << QJsonObject { { u"song"_s, a.songTitle },
                                    { u"song_id"_s, a.songId },
                                    { u"ceremony"_s,
                                      a.ceremony.isEmpty() ? QJsonValue() : QJsonValue(a.ceremony) },
                                    { u"year"_s, a.year > 0 ? QJsonValue(a.year) : QJsonValue() },
                                    { u"category"_s, a.category },
                                    { u"result"_s, a.result } };
        o.insert(u"awards"_s, awards);
        printJson(o);
        return 0;
    }
    out() << d.title << (d.titleKo.isEmpty() ? QString() : u" ("_s + d.titleKo + u")"_s) << "\n";
    if (!d.aliases.isEmpty())
        out() << "  also known as: " << d.aliases.join(u"; "_s) << "\n";
    out() << "  " << (d.year > 0 ? QString::number(d.year) : u"year unknown"_s)
          << (d.broadcaster.isEmpty() ? QString() : u" · "_s + d.broadcaster) << "\n";
    if (!d.synopsis.isEmpty())
        out() << "  " << d.synopsis << "\n";
    if (d.origin == u"files"_s)
        out() << "  from your files\n";
    out() << "Soundtrack" << (d.soundtrackComplete ? "" : " (incomplete in this catalog)") << ":\n";
    if (detail->tracks.isEmpty())
        out() << "  no songs of this soundtrack are in the catalog yet\n";
    for (int i = 0; i < detail->tracks.size(); ++i)
        out() << "  "
              << (detail->parts[i] > 0 ? u"Part %1"_s.arg(detail->parts[i]) : u"Part ?"_s).leftJustified(8)
              << detail->tracks[i].title << " — " << detail->tracks[i].artistLine() << "\n";
    if (!detail->awards.isEmpty()) {
        out() << "Awards:\n";
        for (const auto &a : detail->awards)
            out() << "  " << a.songTitle << ": " << a.category << ", "
                  << (a.ceremony.isEmpty() ? u"ceremony not named"_s : a.ceremony) << " "
                  << (a.year > 0 ? QString::number(a.year) : QString()) << " (" << a.result << ")\n";
    }
    return 0;
}

int cmdSong(const CatalogRepository &repo, const QStringList &args, bool json)
{
    if (args.isEmpty())
        return failUsage(u"song needs an id or a title, e.g.: ostshelf-cli song \"Stay with Me\""_s);
    auto id = repo.resolveSong(args.join(u' '));
    if (!id)
        return failWith(id.error());
    auto s = repo.song(*id);
    if (!s)
        return failWith(s.error());
    if (json) {
        printJson(songJson(*s));
        return 0;
    }
    out() << s->title << (s->titleKo.isEmpty() ? QString() : u" ("_s + s->titleKo + u")"_s) << " — "
          << s->artistLine() << "\n";
    for (const auto &a : s->dramas)
        out() << "  in " << a.dramaTitle << (a.part > 0 ? u", OST Part %1"_s.arg(a.part) : QString()) << "\n";
    if (s->dramas.isEmpty())
        out() << "  not from a drama\n";
    return 0;
}

int cmdGenerate(Library &lib, const QCommandLineParser &p)
{
    bool okD = false, okS = false;
    const int dramas = p.value(u"dramas"_s).toInt(&okD);
    const int songs = p.value(u"songs"_s).toInt(&okS);
    if (!okD || !okS || dramas < 0 || songs < 0 || dramas > 1000000 || songs > 5000000)
        return failUsage(
            u"generate needs --dramas N and --songs M (whole numbers, N ≤ 1,000,000, M ≤ 5,000,000)"_s);
    QElapsedTimer t;
    t.start();
    const auto data = LibraryGenerator::generate(dramas, songs);
    if (auto r = CatalogWriter::write(lib.database(), data, u"generated"_s); !r)
        return failWith(r.error());
    err() << "generated " << dramas << " dramas, " << songs << " songs, " << data.artists.size()
          << " artists in " << t.elapsed() << " ms\n";
    return 0;
}

int cmdFavorite(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json)
{
    FavoriteRepository favs(lib.database());
    const QString action = args.value(0);
    if (action == u"list"_s) {
        auto dramas = favs.list(FavoriteRepository::Kind::Drama);
        auto songs = favs.list(FavoriteRepository::Kind::Song);
        if (!dramas || !songs)
            return failWith(!dramas ? dramas.error() : songs.error());
        if (json) {
            printJson(QJsonObject { { u"dramas"_s, toArray(*dramas) }, { u"songs"_s, toArray(*songs) } });
            return 0;
        }
        for (const auto &id : *dramas)
            out() << "drama  " << id << "\n";
        for (const auto &id : *songs)
            out() << "song   " << id << "\n";
        return 0;
    }
    if ((action != u"add"_s && action != u"remove"_s) || args.size() < 3
        || (args[1] != u"drama"_s && args[1] != u"song"_s))
        return failUsage(u"usage: favorite add|remove drama|song ID|TITLE, or favorite list"_s);
    const bool isDrama = args[1] == u"drama"_s;
    const QString name = args.mid(2).join(u' ');
    auto id = isDrama ? repo.resolveDrama(name) : repo.resolveSong(name);
    if (!id)
        return failWith(id.error());
    auto r = favs.setFavorite(isDrama ? FavoriteRepository::Kind::Drama : FavoriteRepository::Kind::Song, *id,
                              action == u"add"_s);
    if (!r)
        return failWith(r.error());
    out() << (action == u"add"_s ? "added " : "removed ") << *id << "\n";
    return 0;
}

// Everything the CLI knows about a command in one place: its name, its lines in --help and
// what runs it. Backup runs before the library is opened (a restore replaces the file).
struct Context
{
    Library &lib;
    const CatalogRepository &repo;
    const QStringList &args;
    const QCommandLineParser &p;
    bool json;
};

struct Command
{
    QString name;
    QString summary; // one line: completion menus, the manual page
    QStringList words; // subcommands
    bool takesPaths = false; // file or folder arguments (completion offers paths)
    QString help;
    int (*run)(Context &c) = nullptr;
    // Instead of run, for a command that opens (or replaces) the library itself.
    int (*runUnopened)(const LibraryOptions &, const QStringList &, const QCommandLineParser &, bool)
        = nullptr;
    // It may change the library: the daily automatic backup is made first when it is due.
    bool changes = false;
};

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        { u"search"_s,
          u"search dramas, songs, artists and collections"_s,
          {},
          false,
          u"  search QUERY [--json]          search dramas, songs, artists and collections (English, Hangul,\n"
          "                                 romanization, initial consonants such as ㄷㄲㅂ, aliases, groups)\n"_s,
          [](Context &c) { return cmdSearch(c.repo, c.args, c.json); } },
        { u"dramas"_s,
          u"list every drama"_s,
          {},
          false,
          u"  dramas [--json]                list every drama\n"_s,
          [](Context &c) { return cmdDramas(c.repo, c.json); } },
        { u"drama"_s,
          u"show, correct or merge a drama"_s,
          { u"edit"_s, u"merge"_s },
          false,
          u"  drama ID|TITLE [--json]        one drama with its soundtrack and awards\n"
          "  drama edit ID [--title T] [--title-ko T] [--year N] [--broadcaster B] [--poster FILE]\n"
          "                                 correct a drama; kept over rescans, catalog updates and packs\n"
          "  drama merge FROM INTO          one drama under two names: FROM's songs, favorite and poster join INTO\n"_s,
          [](Context &c) {
              if (c.args.value(0) == u"edit"_s)
                  return runDramaEdit(c.lib, c.repo, c.args.mid(1), c.p);
              if (c.args.value(0) == u"merge"_s)
                  return runDramaMerge(c.lib, c.repo, c.args.mid(1));
              return cmdDrama(c.lib, c.repo, c.args, c.json);
          },
          nullptr,
          true },
        { u"song"_s,
          u"show a song or its lyrics, move or correct it"_s,
          { u"move"_s, u"edit"_s },
          false,
          u"  song ID|TITLE [--json]         one song with its artists and dramas\n"
          "  song ID|TITLE --lyrics [--json] the lyrics of your file of it (.lrc beside it, else its tag)\n"
          "  song move SONG DRAMA [--part N] | song move SONG --no-drama\n"
          "  song edit SONG [--title T] [--title-ko T] [--artists A] [--part N]\n"_s,
          [](Context &c) {
              if (c.args.value(0) == u"move"_s)
                  return runSongMove(c.lib, c.repo, c.args.mid(1), c.p);
              if (c.args.value(0) == u"edit"_s)
                  return runSongEdit(c.lib, c.repo, c.args.mid(1), c.p);
              if (c.p.isSet(u"lyrics"_s))
                  return runSongLyrics(c.lib, c.repo, c.args, c.json);
              return cmdSong(c.repo, c.args, c.json);
          },
          nullptr,
          true },
        { u"album"_s,
          u"say which drama an album of your files is"_s,
          { u"set"_s },
          false,
          u"  album set ALBUM (--drama ID | --not-a-drama)   say which drama an album of your files is\n"_s,
          [](Context &c) {
              if (c.args.value(0) != u"set"_s)
                  return failUsage(u"usage: album set ALBUM (--drama ID | --not-a-drama)"_s);
              return runAlbumSet(c.lib, c.repo, c.args.mid(1), c.p);
          },
          nullptr,
          true },
        { u"other"_s,
          u"songs of your files that belong to no drama"_s,
          {},
          false,
          u"  other [--json]                 songs of your files that belong to no drama, by artist and album\n"_s,
          [](Context &c) { return runOther(c.lib, c.json); } },
        { u"generate"_s,
          u"add a synthetic library for benchmarks"_s,
          {},
          false,
          u"  generate --dramas N --songs M  add a synthetic library (benchmarks, scale tests)\n"_s,
          [](Context &c) { return cmdGenerate(c.lib, c.p); },
          nullptr,
          true },
        { u"favorite"_s,
          u"add, remove or list favorite dramas and songs"_s,
          { u"add"_s, u"remove"_s, u"list"_s },
          false,
          u"  favorite add|remove drama|song ID|TITLE\n"
          "  favorite list [--json]\n"_s,
          [](Context &c) { return cmdFavorite(c.lib, c.repo, c.args, c.json); },
          nullptr,
          true },
        { u"history"_s,
          u"the plays you made in the app, newest first; or forget them"_s,
          { u"list"_s, u"clear"_s },
          false,
          u"  history [list] [--limit N] [--json]   the newest plays (20 unless --limit), as the app's History page\n"
          "  history clear                  forget every play\n"_s,
          [](Context &c) { return runHistory(c.lib, c.args, c.p, c.json); },
          nullptr,
          true },
        { u"playlist"_s,
          u"personal playlists: list, create, edit, export, import"_s,
          { u"list"_s, u"trash"_s, u"show"_s, u"create"_s, u"rename"_s, u"duplicate"_s, u"delete"_s,
            u"restore"_s, u"empty-trash"_s, u"add"_s, u"remove"_s, u"move"_s, u"export"_s, u"import"_s },
          true,
          u"  playlist list|trash|show|create|rename|duplicate|delete|restore|empty-trash|add|remove|move|export|import\n"
          "                                 personal playlists; run \"playlist\" alone for the details\n"_s,
          [](Context &c) { return runPlaylistCommand(c.lib, c.repo, c.args, c.json); },
          nullptr,
          true },
        { u"scan"_s,
          u"read your music folders"_s,
          {},
          true,
          u"  scan [DIR...] [--json]         read the music folders (the saved ones when none given): every OST\n"
          "                                 file becomes a song of its drama, other albums \"other music\"\n"_s,
          [](Context &c) { return runScan(c.lib, c.args, c.json); },
          nullptr,
          true },
        { u"review"_s,
          u"uncertain matches from scans"_s,
          {},
          false,
          u"  review [--accept ID|--reject ID] [--json]   uncertain matches from scans\n"_s,
          [](Context &c) { return runReview(c.lib, c.p.value(u"accept"_s), c.p.value(u"reject"_s), c.json); },
          nullptr,
          true },
        { u"link"_s,
          u"link a song to your own audio file"_s,
          {},
          true,
          u"  link SONG FILE / unlink SONG   link a song to your own audio file by hand, or remove the link\n"_s,
          [](Context &c) { return runLink(c.lib, c.repo, c.args); },
          nullptr,
          true },
        { u"unlink"_s,
          u"remove the link of a song to your file"_s,
          {},
          false,
          QString(),
          [](Context &c) { return runUnlink(c.lib, c.repo, c.args); },
          nullptr,
          true },
        { u"missing"_s,
          u"linked files that are no longer on disk"_s,
          {},
          false,
          u"  missing [--json]               linked files that are no longer on disk\n"_s,
          [](Context &c) { return runMissing(c.lib, c.json); } },
        { u"pack"_s,
          u"export or import a drama pack (.ostpack)"_s,
          { u"export"_s, u"import"_s },
          true,
          u"  pack export FILE (--drama ID… | --collection ID | --playlist NAME | --all)\n"
          "                                 write a drama pack (.ostpack) to share: catalog rows, posters, previews\n"
          "  pack import FILE [--dry-run] [--json]   show what a pack adds or updates, then import it\n"_s,
          [](Context &c) { return runPackCommand(c.lib, c.repo, c.args, c.p, c.json); },
          nullptr,
          true },
        { u"backup"_s,
          u"back up or restore the library (.ostbackup)"_s,
          { u"create"_s, u"restore"_s, u"list"_s },
          true,
          u"  backup create FILE [--xz]      back up the library (.ostbackup: database, playlists as M3U8, posters)\n"
          "  backup create --auto [--keep N]  an automatic backup in the data directory, keeping the newest N\n"
          "  backup restore FILE [--dry-run]  check a backup, then replace the library with it (the old one is kept)\n"
          "  backup list [--json]           the library's automatic backups and safety copies\n"_s,
          nullptr,
          runBackupCommand },
    };
    return table;
}

// Every option of every command; also what the manual page and the completions list.
const QList<QCommandLineOption> &options()
{
    static const QList<QCommandLineOption> table = {
        { u"data-dir"_s, u"Use DIR for the library instead of the standard data location. It must exist."_s,
          u"DIR"_s },
        { u"json"_s, u"Print JSON."_s },
        { u"lyrics"_s, u"Print the lyrics of a song (song)."_s },
        { u"dramas"_s, u"Number of dramas to generate."_s, u"N"_s },
        { u"songs"_s, u"Number of songs to generate."_s, u"M"_s },
        { u"accept"_s, u"Accept the review entry ID (review)."_s, u"ID"_s },
        { u"reject"_s, u"Reject the review entry ID (review)."_s, u"ID"_s },
        { u"drama"_s, u"A drama to export (pack export); repeat for several."_s, u"ID"_s },
        { u"collection"_s, u"A collection to export (pack export)."_s, u"ID"_s },
        { u"playlist"_s, u"Export the dramas of a playlist (pack export)."_s, u"NAME"_s },
        { u"all"_s, u"Export the whole catalog (pack export)."_s },
        { u"dry-run"_s, u"Show what a pack import would change, or check a backup, change nothing."_s },
        { u"xz"_s, u"Compress the backup with xz instead of zstd (backup create)."_s },
        { u"auto"_s, u"Write an automatic backup into the data directory (backup create)."_s },
        { u"keep"_s, u"How many automatic backups to keep (backup create --auto)."_s, u"N"_s },
        { u"title"_s, u"New title (drama edit, song edit)."_s, u"T"_s },
        { u"title-ko"_s, u"New Hangul title; empty to clear (drama edit, song edit)."_s, u"T"_s },
        { u"year"_s, u"Year of first broadcast; 0 for unknown (drama edit)."_s, u"N"_s },
        { u"broadcaster"_s, u"Original channel, e.g. tvN, KBS2, JTBC (drama edit)."_s, u"B"_s },
        { u"poster"_s, u"An image to use as the poster (drama edit)."_s, u"FILE"_s },
        { u"artists"_s, u"Artists as a tag writes them, \"A, B feat. C\" (song edit)."_s, u"A"_s },
        { u"part"_s, u"OST part number (song move, song edit)."_s, u"N"_s },
        { u"no-drama"_s, u"Move the song to no drama, into other music (song move)."_s },
        { u"not-a-drama"_s, u"The album is not a drama's OST (album set)."_s },
        { u"limit"_s, u"How many plays to list (history)."_s, u"N"_s },
        { u"completion"_s, u"Print the completion script for SHELL (bash, zsh or fish)."_s, u"SHELL"_s },
        { u"man-page"_s, u"Print this manual page in man(7) markup."_s },
    };
    return table;
}

// The commands and options as the documentation sees them, with --help and --version.
QList<CommandDoc> commandDocs()
{
    QList<CommandDoc> docs;
    for (const Command &c : commands())
        docs << CommandDoc { c.name, c.summary, c.help, c.words, c.takesPaths };
    return docs;
}

QList<QCommandLineOption> documentedOptions()
{
    QList<QCommandLineOption> all
        = { QCommandLineOption({ u"h"_s, u"help"_s }, u"Show the help and exit."_s),
            QCommandLineOption({ u"v"_s, u"version"_s }, u"Show the version and exit."_s) };
    all += options();
    return all;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ostshelf"_s);
    QCoreApplication::setOrganizationName(u"ostshelf"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OSTSHELF_VERSION));

    QString help = u"OST Shelf command line: the K-drama soundtrack library for scripts.\n\nCommands:\n"_s;
    QStringList names;
    for (const Command &c : commands()) {
        help += c.help;
        names << c.name;
    }
    help += u"\n"_s + exitStatusSentence();
    QCommandLineParser p;
    p.setApplicationDescription(help);
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions(options());
    p.addPositionalArgument(u"command"_s, names.join(u", "_s));
    p.process(app);

    if (p.isSet(u"completion"_s)) {
        const auto shell = shellNamed(p.value(u"completion"_s));
        if (!shell)
            return failWith(shell.error());
        out() << completionScript(*shell, commandDocs(), documentedOptions());
        return 0;
    }
    if (p.isSet(u"man-page"_s)) {
        out() << manPage(commandDocs(), documentedOptions(), QCoreApplication::applicationVersion(),
                         QStringLiteral(OSTSHELF_RELEASE_DATE));
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        err() << p.helpText();
        return 2;
    }
    const QString name = pos.first();
    const QStringList args = pos.mid(1);
    const auto command = std::ranges::find(commands(), name, &Command::name);
    if (command == commands().end())
        return failUsage(u"unknown command \"%1\" (see --help)"_s.arg(name));

    LibraryOptions options;
    if (p.isSet(u"data-dir"_s)) {
        options.dataDir = p.value(u"data-dir"_s);
        options.dataDirExplicit = true;
    }
    const bool json = p.isSet(u"json"_s);
    // A restore replaces the library file, so it runs before the library is opened.
    if (command->runUnopened)
        return command->runUnopened(options, args, p, json);
    DamageWatch::setHandler([](const QString &path, const QString &) {
        err() << "note: the library file " << path
              << " is damaged; the next start of OST Shelf or ostshelf-cli checks it and recovers what it "
                 "can still read"
              << Qt::endl;
    });
    auto lib = Library::open(options);
    if (!lib)
        return failWith(lib.error());
    for (const auto &n : lib->notices())
        err() << "note: " << n << Qt::endl;
    if (command->changes) {
        if (auto backup = AutomaticBackup::runIfDue(lib->database(), lib->dataDir()); !backup)
            err() << "note: the automatic backup failed: " << backup.error().message << Qt::endl;
        else if (backup->has_value())
            err() << "note: automatic backup saved to " << **backup << Qt::endl;
    }
    const CatalogRepository repo(lib->database());
    Context context { *lib, repo, args, p, json };
    return command->run(context);
}
