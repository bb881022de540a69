#pragma once

#include "storage/database.h"

namespace ost {

struct ReviewItem
{
    qint64 id = 0;
    QString path;
    QString title;
    QString artist;
    QString songId;
    QString songTitle;
    QString reason;
};

struct MissingFile
{
    QString songId;
    QString songTitle;
    QString path;
};

// What scans found: the review list of uncertain matches, the music folders, and linked
// files that vanished from disk.
class ScanRepository
{
public:
    explicit ScanRepository(Database db);

    Result<QList<ReviewItem>> reviewList() const;
    Result<ReviewItem> accept(qint64 id); // links the file to the proposed song
    Result<ReviewItem> reject(qint64 id); // never proposed again unless the file changes
    Result<QList<MissingFile>> missing() const;

    Result<QStringList> folders() const;
    Result<void> addFolder(const QString &path);
    Result<void> removeFolder(const QString &path);

private:
    Result<ReviewItem> item(qint64 id) const;
    Database m_db;
};

} // namespace ost
