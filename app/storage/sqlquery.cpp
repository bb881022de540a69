#include "sqlquery.h"

#include <QSqlError>

namespace ost {

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(
            Error::Kind::Database,
            QObject::tr("Database error preparing \"%1\": %2").arg(sql.left(80), q.lastError().text()));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(Error::Kind::Database,
                    QObject::tr("Database error in \"%1\": %2").arg(sql.left(80), q.lastError().text()));
    return q;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullIfZero(int v)
{
    return v == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(v);
}

} // namespace ost
