#include "transaction.h"

#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ost {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_error.message = QObject::tr("Cannot start a database transaction: %1").arg(q.lastError().text());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (!q.exec(u"ROLLBACK"_s))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return fail(m_error.message.isEmpty() ? QObject::tr("No transaction is active.") : m_error.message);
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s))
        return fail(QObject::tr("Cannot save the changes: %1").arg(q.lastError().text()));
    m_active = false;
    return {};
}

} // namespace ost
