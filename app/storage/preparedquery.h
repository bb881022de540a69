#pragma once

#include "core/error.h"

#include <QSqlQuery>
#include <QVariant>

namespace ost {

// A statement prepared once and run for many rows (bulk writes: the catalog compiler, packs,
// scans); the error names the statement.
class PreparedQuery
{
public:
    PreparedQuery(const QSqlDatabase &db, const QString &sql);
    Result<void> run(const QVariantList &values);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_ok = false;
};

} // namespace ost
