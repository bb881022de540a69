#pragma once

#include "catalog/catalogdata.h"
#include "stagedpack.h"

namespace ost {

// What importing a staged pack would change, by stable id, before anything is written.
struct PackImportPlan
{
    struct Change
    {
        QString id;
        QString title;
    };
    struct Section
    {
        QList<Change> added;
        QList<Change> updated;
        int unchanged = 0;
    };
    Section dramas, songs, artists, awards, collections;
    int filesNew = 0, filesChanged = 0, filesUnchanged = 0;
    QStringList warnings;

    CatalogData toWrite; // the added and updated rows only
    QList<StagedFile> filesToPlace; // new or changed posters and previews

    bool isEmpty() const
    {
        return toWrite.dramas.isEmpty() && toWrite.songs.isEmpty() && toWrite.artists.isEmpty()
            && toWrite.awards.isEmpty() && toWrite.collections.isEmpty() && filesToPlace.isEmpty();
    }
    QString summary() const; // one line per kind, for the CLI and the dialog
};

} // namespace ost
