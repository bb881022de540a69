#pragma once

#include "core/error.h"
#include "storage/database.h"

#include <QList>
#include <QString>

namespace ost {

// Writes a playlist as M3U8, M3U (both UTF-8) or XSPF, atomically (QSaveFile): the old file
// stays intact until the new one is complete. Local paths are written relative to the
// playlist file when the file sits beside it or below; catalog ids ride along in comments
// (M3U) or <identifier> (XSPF), so songs without a local file survive a round trip.
class PlaylistExporter
{
public:
    enum class Format { M3U8, M3U, XSPF };
    struct Entry
    {
        QString songId;
        QString title;
        QString artist;
        QString drama;
        QString path; // empty: no local file
        qint64 durationMs = 0;
    };

    static Format formatFor(const QString &fileName); // by extension; M3U8 when unknown
    // The entries for these songs as the library has them: titles, artists, drama, linked file.
    static Result<QList<Entry>> entriesFor(const Database &db, const QStringList &songIds);
    static Result<void> write(const QString &fileName, const QString &playlistName,
                              const QList<Entry> &entries);
    static QByteArray render(const QString &fileName, const QString &playlistName,
                             const QList<Entry> &entries);

private:
    static QString relativePath(const QString &dir, const QString &path);
};

} // namespace ost
