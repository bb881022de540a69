#pragma once

#include "core/error.h"

#include <QSqlQuery>
#include <QVariant>

namespace ost {

// Prepares and runs one statement with positional values; the error names the statement.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Runs sql and hands each row to row(); the first error ends the walk.
template<typename Row> Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, Row row)
{
    auto q = runQuery(db, sql);
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        row(*q);
    return {};
}

// NULL for empty strings and zero numbers, so optional fields stay NULL in the database.
QVariant nullIfEmpty(const QString &s);
QVariant nullIfZero(int v);

} // namespace ost
