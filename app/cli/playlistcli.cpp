#include "playlistcli.h"

#include "clioutput.h"
#include "playlists/playlistexporter.h"
#include "playlists/playlistimporter.h"
#include "repositories/catalogrepository.h"
#include "repositories/localfilerepository.h"
#include "repositories/playlistrepository.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ost::cli {

namespace {

QJsonObject playlistJson(const Playlist &p)
{
    return QJsonObject { { u"id"_s, p.id },
                         { u"name"_s, p.name },
                         { u"created_at"_s, p.createdAt },
                         { u"deleted_at"_s, p.deletedAt.isEmpty() ? QJsonValue() : QJsonValue(p.deletedAt) },
                         { u"song_count"_s, p.songCount },
                         { u"without_file"_s, p.unavailableCount },
                         { u"cover_dramas"_s, QJsonArray::fromStringList(p.coverDramaIds) } };
}

int listPlaylists(PlaylistRepository &repo, bool trash, bool json)
{
    auto list = repo.list(trash);
    if (!list)
        return failWith(list.error());
    if (json) {
        QJsonArray arr;
        for (const auto &p : *list)
            arr << playlistJson(p);
        printJson(arr);
        return 0;
    }
    if (list->isEmpty())
        out() << (trash ? "the trash is empty\n" : "no playlists\n");
    for (const auto &p : *list)
        out() << QString::number(p.id).rightJustified(5) << "  " << p.name << "  (" << p.songCount << " songs"
              << (trash ? u", deleted "_s + p.deletedAt : QString()) << ")\n";
    return 0;
}

int showPlaylist(PlaylistRepository &repo, const CatalogRepository &catalog, const Library &lib, qint64 id,
                 bool json)
{
    auto p = repo.playlist(id);
    auto ids = repo.songIds(id);
    if (!p || !ids)
        return failWith(!p ? p.error() : ids.error());
    auto songs = catalog.songsById(*ids);
    auto paths = LocalFileRepository(lib.database()).paths(*ids);
    if (!songs || !paths)
        return failWith(!songs ? songs.error() : paths.error());
    if (json) {
        QJsonObject o = playlistJson(*p);
        QJsonArray items;
        for (int i = 0; i < songs->size(); ++i) {
            const Song &s = songs->at(i);
            items << QJsonObject {
                { u"position"_s, i + 1 },
                { u"song_id"_s, s.id },
                { u"title"_s, s.title },
                { u"artists"_s, s.artistLine() },
                { u"file"_s, paths->contains(s.id) ? QJsonValue(paths->value(s.id)) : QJsonValue() }
            };
        }
        o.insert(u"songs"_s, items);
        printJson(o);
        return 0;
    }
    out() << p->name << " — " << p->songCount << " songs\n";
    for (int i = 0; i < songs->size(); ++i) {
        const Song &s = songs->at(i);
        out() << QString::number(i + 1).rightJustified(4) << ". " << s.title << " — " << s.artistLine()
              << (paths->contains(s.id) ? QString() : u"  [no local file]"_s) << "\n";
    }
    return 0;
}

Result<QList<int>> positions(const QStringList &args, int count)
{
    QList<int> out;
    for (const auto &a : args) {
        bool ok = false;
        const int n = a.toInt(&ok);
        if (!ok || n < 1 || n > count)
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr("\"%1\" is not a position in this playlist (1 to %2).").arg(a).arg(count));
        out << n - 1;
    }
    return out;
}

} // namespace

QString playlistUsage()
{
    return u"usage: playlist list|trash [--json] | show NAME [--json] | create NAME | rename NAME NEW | duplicate NAME\n"
           "       | delete NAME | restore NAME | empty-trash | add NAME SONG... | remove NAME POSITION...\n"
           "       | move NAME FROM TO | export NAME FILE(.m3u8|.m3u|.xspf) | import FILE"_s;
}

int runPlaylistCommand(const Library &lib, const CatalogRepository &catalog, const QStringList &args,
                       bool json)
{
    PlaylistRepository repo(lib.database());
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    const auto need = [&](int n) { return rest.size() >= n; };

    if (action == u"list"_s || action == u"trash"_s)
        return listPlaylists(repo, action == u"trash"_s, json);
    if (action == u"empty-trash"_s) {
        auto n = repo.emptyTrash();
        if (!n)
            return failWith(n.error());
        out() << "deleted " << *n << " playlists for good\n";
        return 0;
    }
    if (action == u"create"_s && need(1)) {
        auto id = repo.create(rest.join(u' '));
        if (!id)
            return failWith(id.error());
        out() << "created " << *id << "\n";
        return 0;
    }
    if (action == u"import"_s && need(1)) {
        auto imported = PlaylistImporter::importIntoLibrary(lib.database(), rest[0]);
        if (!imported)
            return failWith(imported.error());
        const PlaylistImporter::Report &report = imported->report;
        if (json) {
            QJsonArray matched, skipped;
            for (const auto &m : report.matched)
                matched << QJsonObject { { u"entry"_s, m.entry },
                                         { u"song_id"_s, m.songId },
                                         { u"how"_s, m.how },
                                         { u"uncertain"_s, m.uncertain } };
            for (const auto &k : report.skipped)
                skipped << QJsonObject { { u"entry"_s, k.entry }, { u"reason"_s, k.reason } };
            printJson(QJsonObject { { u"id"_s, imported->playlistId },
                                    { u"name"_s, report.name },
                                    { u"encoding"_s, report.encoding },
                                    { u"matched"_s, matched },
                                    { u"skipped"_s, skipped } });
        } else {
            out() << report.summary() << "\n";
        }
        return 0;
    }
    if (!need(1) || action.isEmpty())
        return failUsage(playlistUsage());

    auto id = repo.resolve(rest[0], action == u"restore"_s);
    if (!id)
        return failWith(id.error());
    if (action == u"show"_s)
        return showPlaylist(repo, catalog, lib, *id, json);
    if (action == u"rename"_s && need(2)) {
        if (auto r = repo.rename(*id, rest.mid(1).join(u' ')); !r)
            return failWith(r.error());
        out() << "renamed " << *id << "\n";
        return 0;
    }
    if (action == u"duplicate"_s) {
        auto copy = repo.duplicate(*id);
        if (!copy)
            return failWith(copy.error());
        out() << "created " << *copy << "\n";
        return 0;
    }
    if (action == u"delete"_s) {
        if (auto r = repo.moveToTrash(*id); !r)
            return failWith(r.error());
        out() << "moved " << *id << " to the trash (playlist restore NAME brings it back)\n";
        return 0;
    }
    if (action == u"restore"_s) {
        auto name = repo.restore(*id);
        if (!name)
            return failWith(name.error());
        out() << "restored " << *id << " as " << *name << "\n";
        return 0;
    }
    if (action == u"add"_s && need(2)) {
        QStringList songs;
        for (const auto &s : rest.mid(1)) {
            auto songId = catalog.resolveSong(s);
            if (!songId)
                return failWith(songId.error());
            songs << *songId;
        }
        if (auto r = repo.addSongs(*id, songs); !r)
            return failWith(r.error());
        out() << "added " << songs.size() << " to " << *id << "\n";
        return 0;
    }
    auto current = repo.songIds(*id);
    if (!current)
        return failWith(current.error());
    if (action == u"remove"_s && need(2)) {
        auto pos = positions(rest.mid(1), int(current->size()));
        if (!pos)
            return failWith(pos.error());
        if (auto r = repo.removeAt(*id, *pos); !r)
            return failWith(r.error());
        out() << "removed " << pos->size() << " from " << *id << "\n";
        return 0;
    }
    if (action == u"move"_s && need(3)) {
        auto pos = positions(rest.mid(1, 2), int(current->size()));
        if (!pos)
            return failWith(pos.error());
        if (auto r = repo.move(*id, pos->at(0), pos->at(1)); !r)
            return failWith(r.error());
        out() << "moved in " << *id << "\n";
        return 0;
    }
    if (action == u"export"_s && need(2)) {
        auto entries = PlaylistExporter::entriesFor(lib.database(), *current);
        auto p = repo.playlist(*id);
        if (!entries || !p)
            return failWith(!entries ? entries.error() : p.error());
        if (auto w = PlaylistExporter::write(rest[1], p->name, *entries); !w)
            return failWith(w.error());
        out() << "exported " << entries->size() << " songs to " << rest[1] << "\n";
        return 0;
    }
    return failUsage(playlistUsage());
}

} // namespace ost::cli
