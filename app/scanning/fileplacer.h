#pragma once

#include "albums/albumname.h"
#include "matching/songmatcher.h"
#include "scanning/coverstore.h"
#include "scanning/placementindex.h"
#include "storage/database.h"
#include "tags/tagreader.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace ost {

struct FileFacts
{
    QString path;
    TrackTags tags;
};

// Where a file went.
struct Placement
{
    enum class Outcome { Linked, Added, Other, Duplicate, Review };
    Outcome outcome = Outcome::Added;
    QString songId;
    QString dramaId; // empty for a song of no drama ("Other music")
    QString albumKey;
    QString reason;
    bool newDrama = false;
    QString status() const; // as scanned_files.status writes it
};

// Makes the user's files the library: each file becomes a song of a drama, found by its album
// title (AlbumNameParser) among the catalog's dramas, the dramas already made from files and
// the reference list; an album that is no OST gives songs of no drama. A song the drama
// already has (same title or alias, and artist) gets the file; a same-titled song of another
// drama is another song — the album decides. The user's layer wins: an album set to a drama
// (or to none) and a song moved by hand stay where the user put them.
// Loads what it needs once; place() runs inside the scanner's transaction.
class FilePlacer
{
public:
    static Result<std::unique_ptr<FilePlacer>> load(const Database &db, const QString &dataDir);
    FilePlacer(const FilePlacer &) = delete;
    FilePlacer &operator=(const FilePlacer &) = delete;
    ~FilePlacer();

    Result<Placement> place(const FileFacts &file, const QString &previousSongId);

    static QString albumOf(const FileFacts &file); // the album tag, else the folder's name
    static QString albumKey(const QString &album);
    static QString titleOf(const FileFacts &file); // the title tag, else the file name without its number
    int dramasMade() const { return m_dramasMade; }
    int songsMade() const { return m_songsMade; }

private:
    struct Statements;

    FilePlacer(QSqlDatabase db, const QString &dataDir);
    Result<QString> dramaFor(const QString &albumTitle, const QString &broadcaster, int year, bool *made);
    Result<QString> makeDrama(const QString &id, const QString &title, const QString &titleKo, int year,
                              const QString &broadcaster, const QStringList &keys);
    Result<QStringList> artistsFor(const QString &artistTag, QList<bool> *featuring);
    Result<void> writeSong(const QString &songId, bool isNew, const QString &title, int year,
                           const QString &artistTag);
    Result<void> appear(const QString &dramaId, const QString &songId, int part, int track);
    Result<QString> link(const QString &songId, const QString &path); // empty: linked; else why not
    void coverFor(const QString &dramaId, const FileFacts &file, QStringList &notes);
    Result<void> letGo(const QString &previousSongId, const QString &nowSongId, const QString &path);

    QSqlDatabase m_db;
    CoverStore m_covers;
    std::optional<SongMatcher> m_catalog; // for files of no OST album: a catalog song by title and artist
    std::unique_ptr<Statements> m_q;
    PlacementIndex m_known;
    QSet<QString> m_coverTried;
    QHash<QString, AlbumName> m_parsedAlbums; // album title -> what it says (1,000 albums for 10,000 files)
    int m_dramasMade = 0;
    int m_songsMade = 0;
};

} // namespace ost
