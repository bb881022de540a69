#pragma once

#include "packmanifest.h"

#include <QTemporaryDir>

#include <memory>

namespace ost {

// A file of a pack, extracted and verified (size and SHA-256) in the staging folder.
struct StagedFile
{
    PackFile file;
    QString stagedPath;
    QString suffix;
    QString storedName() const { return QString::fromLatin1(file.sha256) + u'.' + suffix; }
};

// A pack read completely: its manifest and verified files in a private staging folder on the
// library's file system, removed with this object. Nothing of the library is touched yet.
struct StagedPack
{
    QString packPath;
    PackManifest manifest;
    QList<StagedFile> files;
    QStringList warnings; // things dropped from the import, in words for the user
    std::shared_ptr<QTemporaryDir> dir;
};

} // namespace ost
