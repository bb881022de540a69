#pragma once

#include "storage/database.h"

namespace ost {

// Where each song's preview starts (its hook), as the user set it with "Preview from here".
class PreviewStartRepository
{
public:
    explicit PreviewStartRepository(Database db);
    Result<void> set(const QString &songId, qint64 startMs);
    Result<qint64> get(const QString &songId) const; // 0 when never set

private:
    Database m_db;
};

} // namespace ost
