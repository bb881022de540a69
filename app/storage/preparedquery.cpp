#include "preparedquery.h"

#include <QObject>
#include <QSqlError>

namespace ost {

PreparedQuery::PreparedQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_ok = m_query.prepare(sql);
}

Result<void> PreparedQuery::run(const QVariantList &values)
{
    if (!m_ok)
        return fail(Error::Kind::Database,
                    QObject::tr("Database error preparing \"%1\": %2")
                        .arg(m_sql.left(60), m_query.lastError().text()));
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return fail(
            Error::Kind::Database,
            QObject::tr("Database error in \"%1\": %2").arg(m_sql.left(60), m_query.lastError().text()));
    return {};
}

} // namespace ost
