#include "sqlquery.h"

#include "damagewatch.h"

#include <QSqlError>
#include <QStringList>

namespace ost {

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (DamageWatch::isStopped(db))
        return fail(Error::Kind::Database, DamageWatch::refusal());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        DamageWatch::check(db, q.lastError());
        return fail(
            Error::Kind::Database,
            QObject::tr("Database error preparing \"%1\": %2").arg(sql.left(80), q.lastError().text()));
    }
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        DamageWatch::check(db, q.lastError());
        return fail(Error::Kind::Database,
                    QObject::tr("Database error in \"%1\": %2").arg(sql.left(80), q.lastError().text()));
    }
    return q;
}

Result<void> finishRows(const QSqlDatabase &db, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (error.type() == QSqlError::NoError)
        return {};
    DamageWatch::check(db, error);
    return fail(Error::Kind::Database,
                QObject::tr("Database error while reading rows: %1").arg(error.text()));
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullIfZero(int v)
{
    return v == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(v);
}

QString placeholders(qsizetype n)
{
    QStringList p;
    p.fill(QStringLiteral("?"), n);
    return p.join(u',');
}

} // namespace ost
