#include "salvage.h"

#include "core/logging.h"
#include "damagewatch.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// The tables that hold what only the user made; the rest comes with the catalog or a scan.
const QStringList kUserTables = { u"playlists"_s,      u"playlist_items"_s, u"favorite_dramas"_s,
                                  u"favorite_songs"_s, u"local_files"_s,    u"preview_starts"_s,
                                  u"custom_posters"_s, u"drama_edits"_s,    u"song_edits"_s,
                                  u"drama_merges"_s,   u"plays"_s };

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

Result<QStringList> columnsOf(const QSqlDatabase &c, const QString &schema, const QString &table)
{
    auto q = runQuery(c, u"SELECT name FROM pragma_table_info(?, ?)"_s, { table, schema });
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    if (auto r = finishRows(c, *q); !r)
        return std::unexpected(r.error());
    return out;
}

} // namespace

qint64 Salvage::Report::recovered(const QString &table) const
{
    for (const Table &t : tables)
        if (t.name == table)
            return t.recovered;
    return 0;
}

bool Salvage::Report::lostAny() const
{
    return std::any_of(tables.cbegin(), tables.cend(), [](const Table &t) { return t.unreadable > 0; })
        || droppedOrphans > 0;
}

QString Salvage::Report::userSummary() const
{
    QStringList parts;
    parts << QObject::tr("%n playlist(s)", nullptr, int(recovered(u"playlists"_s)))
          << QObject::tr("%n playlist song(s)", nullptr, int(recovered(u"playlist_items"_s)))
          << QObject::tr("%n favorite drama(s)", nullptr, int(recovered(u"favorite_dramas"_s)))
          << QObject::tr("%n favorite song(s)", nullptr, int(recovered(u"favorite_songs"_s)))
          << QObject::tr("%n linked file(s)", nullptr, int(recovered(u"local_files"_s)));
    if (const qint64 plays = recovered(u"plays"_s); plays > 0)
        parts << QObject::tr("%n play(s) of the history", nullptr, int(plays));
    return parts.join(u", "_s);
}

Result<Salvage::Report> Salvage::recover(const QString &damagedPath, const Database &target)
{
    const DamageWatch::Ignore known; // the damaged file's errors are expected here
    // The damaged file is read on a connection of its own: an error there (SQLite may roll back
    // the reading transaction on damage) never touches the transaction that writes the rows.
    const QString name = u"ostshelf-salvage-%1"_s.arg(quintptr(&known));
    auto closeReader = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    Report report;
    {
        QSqlDatabase in = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        in.setDatabaseName(damagedPath);
        in.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!in.open())
            return fail(Error::Kind::Database,
                        QObject::tr("The damaged library %1 cannot be opened: %2")
                            .arg(damagedPath, in.lastError().text()));
        const QSqlDatabase out = target.connection();

        QStringList tables;
        if (auto r = forEachRow(
                in, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s,
                [&tables](const QSqlQuery &q) { tables << q.value(0).toString(); });
            !r)
            return fail(Error::Kind::Database,
                        QObject::tr("The list of tables in the damaged library %1 cannot be read: %2")
                            .arg(damagedPath, r.error().message));

        // Foreign keys are off while rows arrive table by table; orphans are dropped at the end.
        if (auto r = target.exec(u"PRAGMA foreign_keys = OFF"_s); !r)
            return std::unexpected(r.error());
        auto keysOn = qScopeGuard([&target] {
            if (auto r = target.exec(u"PRAGMA foreign_keys = ON"_s); !r)
                qCWarning(lcStorage) << "salvage: foreign keys not switched back on:" << r.error().message;
        });
        Transaction tx(out);
        if (!tx.isActive())
            return std::unexpected(tx.beginError());
        for (const QString &table : std::as_const(tables)) {
            auto mine = columnsOf(out, u"main"_s, table);
            auto theirs = columnsOf(in, u"main"_s, table);
            if (!mine || !theirs || mine->isEmpty())
                continue; // a table this version no longer has
            QStringList shared;
            for (const QString &col : std::as_const(*theirs))
                if (mine->contains(col))
                    shared << quoted(col);
            if (shared.isEmpty())
                continue;
            const QString cols = shared.join(u", "_s);
            QSqlQuery insert(out);
            if (!insert.prepare(u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(
                    quoted(table), cols, QStringList(shared.size(), u"?"_s).join(u", "_s))))
                return fail(Error::Kind::Database, insert.lastError().text());
            const QString select
                = u"SELECT rowid, %2 FROM %1 WHERE rowid BETWEEN ? AND ? ORDER BY rowid"_s.arg(quoted(table),
                                                                                               cols);
            const QString selectOne = u"SELECT rowid, %2 FROM %1 WHERE rowid = ?"_s.arg(quoted(table), cols);
            Table t { table, 0, 0 };
            Result<void> written;
            // A range is read whole or, when it cannot be read, in halves down to single rows; a
            // table whose every page is unreadable gives up after kGiveUp unreadable rowids.
            constexpr qint64 kGiveUp = 20000;
            std::function<void(qint64, qint64)> copyRange = [&](qint64 lo, qint64 hi) {
                if (t.unreadable >= kGiveUp || !written) {
                    t.unreadable += hi - lo + 1;
                    return;
                }
                // Rows come in rowid order, so what was read before an error is kept and only the
                // rest of the range is split. A single rowid is looked up, never stepped past (a
                // step past the last row of a page would read the damaged page after it).
                QList<QVariantList> rows;
                qint64 lastRead = lo - 1;
                QSqlQuery q(in);
                q.setForwardOnly(true);
                bool ok = q.prepare(lo == hi ? selectOne : select);
                if (ok) {
                    q.addBindValue(lo);
                    if (lo != hi)
                        q.addBindValue(hi);
                    ok = q.exec();
                }
                while (ok && q.next()) {
                    QVariantList row;
                    for (int i = 0; i < shared.size(); ++i)
                        row << q.value(i + 1);
                    rows << row;
                    lastRead = q.value(0).toLongLong();
                }
                ok = ok && q.lastError().type() == QSqlError::NoError;
                q.finish();
                for (const QVariantList &row : std::as_const(rows)) {
                    for (int i = 0; i < row.size(); ++i)
                        insert.bindValue(i, row.at(i));
                    if (!insert.exec()) {
                        written = fail(Error::Kind::Database,
                                       QObject::tr("A recovered row could not be written to %1: %2")
                                           .arg(table, insert.lastError().text()));
                        return;
                    }
                }
                t.recovered += rows.size();
                if (ok)
                    return;
                if (lo == hi) {
                    ++t.unreadable;
                    return;
                }
                const qint64 from = lastRead + 1;
                if (from > hi)
                    return;
                if (from == hi) {
                    copyRange(from, hi);
                    return;
                }
                const qint64 mid = from + (hi - from) / 2;
                copyRange(from, mid);
                copyRange(mid + 1, hi);
            };
            qint64 last = 0;
            bool lastKnown = false;
            if (QSqlQuery m(in); m.exec(u"SELECT max(rowid) FROM %1"_s.arg(quoted(table))) && m.next()) {
                last = m.value(0).toLongLong();
                lastKnown = true;
            } else {
                last = qint64(1) << 24; // the last page cannot be read: go on while rows turn up
            }
            constexpr qint64 kChunk = 512;
            int emptyChunks = 0;
            for (qint64 lo = 1; lo <= last && t.unreadable < kGiveUp && written; lo += kChunk) {
                const qint64 before = t.recovered + t.unreadable;
                copyRange(lo, std::min(last, lo + kChunk - 1));
                emptyChunks = t.recovered + t.unreadable == before ? emptyChunks + 1 : 0;
                if (!lastKnown && emptyChunks > 64)
                    break;
            }
            if (!written)
                return std::unexpected(written.error());
            if (t.recovered > 0 || t.unreadable > 0)
                report.tables << t;
            if (t.unreadable > 0)
                qCWarning(lcStorage) << "salvage:" << table << t.recovered << "rows read," << t.unreadable
                                     << "rowids unreadable";
        }

        // Rows whose parent was lost (a playlist's songs when the playlist's row was unreadable).
        QList<std::pair<QString, qint64>> orphans;
        if (auto r = forEachRow(out, u"SELECT \"table\", rowid FROM pragma_foreign_key_check"_s,
                                [&orphans](const QSqlQuery &q) {
                                    orphans << std::pair { q.value(0).toString(), q.value(1).toLongLong() };
                                });
            !r)
            return std::unexpected(r.error());
        for (const auto &[table, rowid] : std::as_const(orphans)) {
            if (auto r = runQuery(out, u"DELETE FROM %1 WHERE rowid = ?"_s.arg(quoted(table)), { rowid }); !r)
                return std::unexpected(r.error());
            ++report.droppedOrphans;
        }
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        in.close();
    }
    return report;
}

Result<qint64> Salvage::userRows(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    qint64 total = 0;
    for (const QString &table : kUserTables) {
        auto q = runQuery(db->connection(), u"SELECT count(*) FROM %1"_s.arg(quoted(table)));
        if (q && q->next())
            total += q->value(0).toLongLong();
    }
    Database::closeAll(path);
    return total;
}

} // namespace ost
