// ostshelf-catalogc: checks the human-editable catalog and compiles it into the bundled
// SQLite file. Run by the build; a problem in the catalog fails the build with its list.
#include "catalog/catalogsource.h"
#include "catalog/catalogwriter.h"
#include "catalog/referencedramas.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: ostshelf-catalogc CATALOG_DIR OUTPUT.sqlite\n";
        return 2;
    }
    const QString &source = args.at(1);
    const QString &output = args.at(2);
    auto data = ost::CatalogSource::load(source);
    if (!data) {
        err << data.error().message << "\n";
        return 1;
    }
    auto reference = ost::ReferenceDramas::load(source);
    if (!reference) {
        err << reference.error().message << "\n";
        return 1;
    }
    if (const QStringList problems = ost::ReferenceDramas::validate(*reference, *data); !problems.isEmpty()) {
        err << "The reference list of dramas has " << problems.size() << " problem(s):\n"
            << problems.join(u'\n') << "\n";
        return 1;
    }
    const QString tmp = output + u".tmp"_s;
    QFile::remove(tmp);
    int status = 0;
    {
        auto db = ost::Database::create(tmp);
        if (!db) {
            err << db.error().message << "\n";
            return 1;
        }
        const QString version = ost::CatalogSource::fingerprint(source).left(16) + u"-s"_s
            + QString::number(ost::Migrations::latestVersion());
        ost::Result<void> r = ost::Migrations::apply(*db);
        if (r)
            r = ost::CatalogWriter::write(*db, *data, u"bundled"_s);
        if (r)
            r = ost::ReferenceDramas::write(db->connection(), *reference);
        if (r) {
            auto q
                = ost::runQuery(db->connection(),
                                u"INSERT INTO meta(key, value) VALUES ('catalog_version', ?)"_s, { version });
            if (!q)
                r = std::unexpected(q.error());
        }
        // A single self-contained file: no -wal beside it.
        if (r)
            r = db->exec(u"PRAGMA journal_mode = DELETE"_s);
        if (r)
            r = db->exec(u"VACUUM"_s);
        if (!r) {
            err << r.error().message << "\n";
            status = 1;
        }
        ost::Database::closeAll(tmp);
    }
    if (status == 0) {
        QFile::remove(output);
        if (!QFile::rename(tmp, output)) {
            err << "cannot write " << output << "\n";
            status = 1;
        }
    }
    QFile::remove(tmp + u"-wal"_s);
    QFile::remove(tmp + u"-shm"_s);
    QFile::remove(tmp);
    if (status == 0)
        QTextStream(stdout) << "catalog: " << data->dramas.size() << " dramas, " << data->songs.size()
                            << " songs, " << data->artists.size() << " artists, " << data->awards.size()
                            << " awards, " << data->collections.size() << " collections\n";
    return status;
}
