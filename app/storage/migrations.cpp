#include "migrations.h"

#include "core/logging.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(u":/ostshelf/migrations"_s);
    const auto names = dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int n = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && n > 0)
            files.insert(n, dir.filePath(name));
    }
    return files;
}

} // namespace

int Migrations::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Result<void> Migrations::apply(const Database &db)
{
    const int from = db.schemaVersion();
    if (from < 0)
        return fail(Error::Kind::Database,
                    QObject::tr("Cannot read the schema version of %1.").arg(db.path()));
    const auto files = migrationFiles();
    if (from >= latestVersion())
        return {};
    Transaction tx(db.connection());
    if (!tx.isActive())
        return fail(tx.beginError().kind, tx.beginError().message);
    for (auto it = files.upperBound(from); it != files.end(); ++it) {
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Kind::UnsupportedVersion,
                        QObject::tr("Migration %1 is missing from the application.").arg(it.key()));
        qCInfo(lcStorage) << "migrating" << db.path() << "to schema" << it.key();
        if (auto r = db.runScript(QString::fromUtf8(f.readAll())); !r)
            return fail(r.error().kind,
                        QObject::tr("Migration %1 failed: %2").arg(it.key()).arg(r.error().message));
        if (auto r = db.exec(u"PRAGMA user_version = "_s + QString::number(it.key())); !r)
            return r;
    }
    return tx.commit();
}

} // namespace ost
