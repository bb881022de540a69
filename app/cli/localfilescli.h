#pragma once

#include <QStringList>

namespace ost {
class Library;
class CatalogRepository;
} // namespace ost

namespace ost::cli {

// ostshelf-cli scan / link / unlink / review / missing: the user's own audio files.
int runScan(const Library &library, const QStringList &folders, bool json);
int runLink(const Library &library, const CatalogRepository &catalog, const QStringList &args);
int runUnlink(const Library &library, const CatalogRepository &catalog, const QStringList &args);
int runReview(const Library &library, const QString &accept, const QString &reject, bool json);
int runMissing(const Library &library, bool json);

} // namespace ost::cli
