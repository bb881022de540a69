#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace ost {

// manifest.json of a library backup: when and by which schema it was made, what it holds
// (counts shown before a restore) and every file with its size and SHA-256.
struct BackupManifest
{
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxBytes = 8 << 20;
    static constexpr int kMaxDepth = 8;
    static constexpr const char *kDatabase = "library.sqlite";

    struct File
    {
        QString path; // library.sqlite, playlists/…m3u8, posters/…, packfiles/…
        qint64 size = 0;
        QByteArray sha256; // hex
    };
    struct Counts
    {
        int playlists = 0;
        int playlistItems = 0;
        int favoriteDramas = 0;
        int favoriteSongs = 0;
        int customPosters = 0;
        int localFiles = 0;
        int packFiles = 0;
    };

    int formatVersion = kFormatVersion;
    QString createdAt; // ISO 8601, UTC
    QString generator;
    int schemaVersion = 0;
    Counts counts;
    QList<File> files;

    const File *find(const QString &path) const;
    QByteArray toJson() const;
    // Strict: wrong types, unknown folders, unsafe or duplicate paths and a missing database
    // are named in the error.
    static Result<BackupManifest> parse(const QByteArray &json);
    static bool isValidPath(const QString &path);
};

} // namespace ost
