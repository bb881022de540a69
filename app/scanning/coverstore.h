#pragma once

#include "core/error.h"
#include "tags/tagreader.h"

#include <QHash>

class QIODevice;

namespace ost {

// Covers that come with the user's files: a picture embedded in a file (saved under
// <data dir>/covers/ by its SHA-1, so two albums with one picture share a file) or an image
// beside the files (cover.*, folder.*, front.*, used where it is). Every image is checked
// from its header first: a known format, at most kMaxDimension pixels a side, so a picture
// that claims 20000×20000 is refused before anything is decoded.
class CoverStore
{
public:
    explicit CoverStore(QString dataDir);

    // The cover image in a folder, or an empty string when there is none; an error names a
    // cover that is there but unusable.
    Result<QString> folderCover(const QString &folder);
    // Saved under the data folder; returns "covers/<sha1>.<ext>", relative to the data folder, so
    // a backup restored into another folder still finds it.
    Result<QString> saveEmbedded(const CoverImage &image);

    // The image's format ("png", "jpeg", …) when its header is sound and small enough.
    static Result<QByteArray> check(QIODevice *device, const QString &what);
    static constexpr int kMaxDimension = 8000;

private:
    QString m_dataDir;
    QString m_dir;
    QHash<QString, Result<QString>> m_folders;
};

} // namespace ost
