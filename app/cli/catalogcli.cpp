#include "catalogcli.h"

#include "catalog/catalogwriter.h"
#include "catalog/librarygenerator.h"
#include "clioutput.h"
#include "repositories/catalogrepository.h"
#include "repositories/favoriterepository.h"
#include "repositories/filesrepository.h"
#include "search/searchdocumentreader.h"
#include "search/searchindex.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ost::cli {

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

} // namespace

int runSearch(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json)
{
    if (args.isEmpty())
        return failUsage(u"search needs a query, e.g.: ostshelf-cli search 도깨비"_s);
    auto docs = SearchDocumentReader(lib.database()).all();
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

int runDramas(const CatalogRepository &repo, bool json)
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

int runDrama(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json)
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

int runSong(const CatalogRepository &repo, const QStringList &args, bool json)
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

int runGenerate(Library &lib, const QCommandLineParser &p)
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

int runFavorite(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json)
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

} // namespace ost::cli
