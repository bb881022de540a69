#pragma once

#include "core/error.h"
#include "matching/songmatcher.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>

namespace ost {

// Reads M3U/M3U8 and XSPF files written by any player and finds the catalog songs they
// mean: by our own id, by a linked local file, by the file's tags, by the #EXTINF/XSPF
// title and artist, by the file name. Nothing is opened that is not a regular local file.
class PlaylistImporter
{
public:
    struct Matched
    {
        QString entry; // as written in the file
        QString songId;
        QString how;
        bool uncertain = false;
    };
    struct Skipped
    {
        QString entry;
        QString reason;
    };
    struct Report
    {
        QString name; // from the playlist's title, else its file name
        QString encoding;
        QStringList songIds; // in order, the playlist to create
        QList<Matched> matched;
        QList<Skipped> skipped;
        QString summary() const; // for the user
    };

    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr int kMaxEntries = 50000;

    // Keeps a reference to the matcher, so a temporary one is refused at compile time.
    PlaylistImporter(const SongMatcher &matcher, QHash<QString, QString> songsByPath);
    PlaylistImporter(SongMatcher &&, QHash<QString, QString>) = delete;

    // Reads the file and creates a playlist of what matched, under a free name, in one
    // transaction — the app and ostshelf-cli both import through here.
    struct Imported
    {
        qint64 playlistId = 0;
        Report report;
    };
    static Result<Imported> importIntoLibrary(const Database &db, const QString &fileName);

    Result<Report> importFile(const QString &path) const;
    Result<Report> parse(const QByteArray &bytes, const QString &fileName) const;

private:
    struct RawEntry
    {
        QString location; // path or URI; empty when the file names only a song
        QString display; // "Artist - Title" from #EXTINF
        QString title, artist; // XSPF
        QString songId; // our own id, from a previous export
    };
    Result<QList<RawEntry>> parseM3u(const QString &text) const;
    Result<std::pair<QString, QList<RawEntry>>> parseXspf(const QByteArray &bytes) const;
    void resolve(const RawEntry &raw, const QString &dir, Report &report) const;

    const SongMatcher &m_matcher;
    QHash<QString, QString> m_songsByPath;
};

} // namespace ost
