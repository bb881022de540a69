// ostshelf-cli: the scripting interface over the same core library as the app.
#include "backup/automaticbackup.h"
#include "backupcli.h"
#include "catalogcli.h"
#include "clidocs.h"
#include "clioutput.h"
#include "editcli.h"
#include "historycli.h"
#include "localfilescli.h"
#include "lyricscli.h"
#include "packcli.h"
#include "playlistcli.h"
#include "repositories/catalogrepository.h"
#include "storage/damagewatch.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ost;
using namespace ost::cli;

namespace {

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
          [](Context &c) { return runSearch(c.lib, c.repo, c.args, c.json); } },
        { u"dramas"_s,
          u"list every drama"_s,
          {},
          false,
          u"  dramas [--json]                list every drama\n"_s,
          [](Context &c) { return runDramas(c.repo, c.json); } },
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
              return runDrama(c.lib, c.repo, c.args, c.json);
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
              return runSong(c.repo, c.args, c.json);
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
          [](Context &c) { return runGenerate(c.lib, c.p); },
          nullptr,
          true },
        { u"favorite"_s,
          u"add, remove or list favorite dramas and songs"_s,
          { u"add"_s, u"remove"_s, u"list"_s },
          false,
          u"  favorite add|remove drama|song ID|TITLE\n"
          "  favorite list [--json]\n"_s,
          [](Context &c) { return runFavorite(c.lib, c.repo, c.args, c.json); },
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
    const QString &name = pos.first();
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
