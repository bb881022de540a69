#include "rowsnapshot.h"

#include "storage/sqlquery.h"

#include <QSqlField>

using namespace Qt::StringLiterals;

namespace ost {

Result<void> RowSnapshot::capture(const QSqlDatabase &db, const QString &table, const QString &column,
                                  const QVariant &value, Mode mode)
{
    // Table and column names come from our code, never from the user.
    auto q = runQuery(db, u"SELECT * FROM %1 WHERE %2 = ?"_s.arg(table, column), { value });
    if (!q)
        return std::unexpected(q.error());
    Set set { table, column, value, mode, {} };
    while (q->next())
        set.rows << q->record();
    m_sets << set;
    return {};
}

Result<void> RowSnapshot::restore(const QSqlDatabase &db) const
{
    for (auto set = m_sets.crbegin(); set != m_sets.crend(); ++set) {
        if (set->mode == Mode::Replace)
            if (auto r
                = runQuery(db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(set->table, set->column), { set->value });
                !r)
                return std::unexpected(r.error());
        for (const QSqlRecord &row : set->rows) {
            QStringList names, marks;
            QVariantList values;
            for (int i = 0; i < row.count(); ++i) {
                names << row.fieldName(i);
                marks << (set->mode == Mode::Replace ? u"?"_s : row.fieldName(i) + u" = ?"_s);
                values << row.value(i);
            }
            Result<QSqlQuery> r = set->mode == Mode::Replace
                ? runQuery(db,
                           u"INSERT OR REPLACE INTO %1(%2) VALUES (%3)"_s.arg(set->table, names.join(u", "_s),
                                                                              marks.join(u", "_s)),
                           values)
                : runQuery(
                    db, u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(set->table, marks.join(u", "_s), set->column),
                    values + QVariantList { set->value });
            if (!r)
                return std::unexpected(r.error());
        }
    }
    return {};
}

} // namespace ost
