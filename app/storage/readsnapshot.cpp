#include "readsnapshot.h"

#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ost {

ReadSnapshot::ReadSnapshot(QSqlDatabase db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN DEFERRED"_s)) {
        qCWarning(lcStorage) << "Cannot start a read snapshot:" << q.lastError().text();
        return;
    }
    m_active = true;
    // BEGIN alone takes no snapshot until the first read; this read pins it now.
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s))
        qCWarning(lcStorage) << "Cannot pin a read snapshot:" << q.lastError().text();
    q.finish();
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(u"ROLLBACK"_s)) // nothing was written: this only ends the read
        qCWarning(lcStorage) << "Cannot end a read snapshot:" << q.lastError().text();
}

} // namespace ost
