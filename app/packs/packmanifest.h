#pragma once

#include "catalog/catalogdata.h"
#include "core/error.h"
#include "packfile.h"

namespace ost {

// manifest.json of a drama pack: format and version, the catalog rows (the bundled catalog's
// JSON form, with stable ids) and every file with its size and SHA-256. Never user data.
struct PackManifest
{
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxBytes = 32 << 20;
    static constexpr int kMaxDepth = 16;

    int formatVersion = kFormatVersion;
    QString title;
    QString createdAt;
    QString generator;
    CatalogData catalog;
    QList<PackFile> files;

    QByteArray toJson() const;
    // Strict: wrong types, unknown kinds, unsafe paths, files of owners not in the pack,
    // dangling references and nesting deeper than kMaxDepth are all named in the error.
    static Result<PackManifest> parse(const QByteArray &json);

    static bool isImageSuffix(const QString &suffix);
    static bool isAudioSuffix(const QString &suffix);
};

} // namespace ost
