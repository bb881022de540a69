#pragma once

#include "core/error.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace ost {

// What FilePlacer knows of the library, read once before a scan: every drama, reference drama,
// artist and song by the keys a file's tags are matched with, and the user's own placements.
// The placer adds to it as it places files, so later files of a scan see what earlier ones made.
struct PlacementIndex
{
    struct SongEntry
    {
        QString id;
        QSet<QString> artistKeys;
        bool fromFiles = false;
        QSet<QString> exactTitles; // folded titles: a song of the files matches only these ("Lantern" is not
                                   // "Lantern (Inst.)")
    };
    struct Reference
    {
        QString title, titleKo, broadcaster;
        int year = 0;
        QStringList keys;
    };
    QHash<QString, QString> dramaByKey;
    QSet<QString> dramaIds;
    QHash<QString, QString> mergedInto;
    QHash<QString, QString> referenceByKey;
    QHash<QString, Reference> references;
    QHash<QString, std::optional<QString>> albumOverride;
    QHash<QString, std::optional<QString>> placedByUser; // song -> drama (none: no drama)
    QHash<QString, QString> artistByKey;
    QSet<QString> artistIds;
    QList<SongEntry> songs;
    QHash<QString, QHash<QString, QList<int>>> songIndex; // drama ("" for none) -> title key -> songs
    QSet<QString> songIds;
    QHash<QString, QString> linkedPath;
    QHash<QString, int> nextPosition;
    QSet<QString> hasCover;

    static Result<PlacementIndex> load(const QSqlDatabase &db);
    QString resolve(QString dramaId) const; // follows merges
    void indexSong(const QString &dramaId, const QString &songId, const QStringList &titles,
                   const QSet<QString> &artistKeys, bool fromFiles);
    // base, else base-2, base-3… the first not in taken
    static QString uniqueId(const QString &base, const QSet<QString> &taken);
};

} // namespace ost
