#pragma once

#include "core/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QVariant>

namespace ost {

// The rows an edit is about to change, kept so that undo puts them back exactly. Relation
// rows (drama_songs, favorites…) are put back whole: the rows matching the capture are
// deleted and the captured ones inserted again. Entity rows (dramas, songs) are updated in
// place, never deleted, so nothing that cascades from them is touched.
class RowSnapshot
{
public:
    enum class Mode { Replace, Update };

    Result<void> capture(const QSqlDatabase &db, const QString &table, const QString &column,
                         const QVariant &value, Mode mode = Mode::Replace);
    Result<void> restore(const QSqlDatabase &db) const; // the last capture is restored first
    bool isEmpty() const { return m_sets.isEmpty(); }

private:
    struct Set
    {
        QString table;
        QString column;
        QVariant value;
        Mode mode = Mode::Replace;
        QList<QSqlRecord> rows;
    };
    QList<Set> m_sets;
};

} // namespace ost
