#pragma once

#include "core/error.h"

#include <QSqlQuery>
#include <QVariant>

namespace ost {

// Prepares and runs one statement with positional values; the error names the statement.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// NULL for empty strings and zero numbers, so optional fields stay NULL in the database.
QVariant nullIfEmpty(const QString &s);
QVariant nullIfZero(int v);

} // namespace ost
