#include "transaction.h"

#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ost {

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_error = Error { QObject::tr("Cannot start a database transaction: %1").arg(q.lastError().text()),
                          Error::Kind::Database };
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
        return std::unexpected(m_error.message.isEmpty()
                                   ? Error { QObject::tr("No transaction is active."), Error::Kind::Database }
                                   : m_error);
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s))
        return fail(Error::Kind::Database,
                    QObject::tr("Cannot save the changes: %1").arg(q.lastError().text()));
    m_active = false;
    return {};
}

} // namespace ost
