#pragma once

#include "core/error.h"

#include <QSqlQuery>
#include <QVariant>

namespace ost {

// Prepares and runs one statement with positional values; the error names the statement.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// After the last row: an error met while stepping (a damaged page halfway through a table)
// ends a walk as if the rows were all read; this turns it into the error it is.
Result<void> finishRows(const QSqlDatabase &db, const QSqlQuery &query);

// Runs sql and hands each row to row(); the first error ends the walk.
template<typename Row> Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, Row row)
{
    auto q = runQuery(db, sql);
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        row(*q);
    return finishRows(db, *q);
}

// "?,?,?": n positional placeholders for an IN (…) list.
QString placeholders(qsizetype n);

// NULL for empty strings and zero numbers, so optional fields stay NULL in the database.
QVariant nullIfEmpty(const QString &s);
QVariant nullIfZero(int v);

} // namespace ost
