#pragma once

#include <QSqlDatabase>

namespace ost {

// A read transaction for the lifetime of the object: every query on this connection sees
// the database as it was at the first one, even while another thread writes (WAL).
// Used by long readers (pack export) that must not mix two states of the catalog.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ost
