#pragma once

#include "core/error.h"

#include <QSqlDatabase>

namespace ost {

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_error; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace ost
