#include "backupfixture.h"

#include "catalog/catalogsnapshot.h"
#include "packs/packexporter.h"
#include "packs/packimporter.h"
#include "repositories/catalogrepository.h"
#include "repositories/favoriterepository.h"
#include "repositories/playlistrepository.h"
#include "repositories/posterrepository.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ost::test {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList tree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi = it.nextFileInfo();
        out << QDir(dir).relativeFilePath(fi.filePath()) + u' '
                + QString::fromLatin1(fi.isFile() ? sha(fileBytes(fi.filePath())) : "dir");
    }
    out.sort();
    return out;
}

QString userData(const Database &db)
{
    QString out;
    for (
        const auto &sql :
        { u"SELECT drama_id FROM favorite_dramas ORDER BY 1"_s,
          u"SELECT song_id FROM favorite_songs ORDER BY 1"_s,
          u"SELECT p.name, i.position, i.song_id FROM playlists p LEFT JOIN playlist_items i ON i.playlist_id = p.id "
          "ORDER BY p.name, i.position"_s,
          u"SELECT drama_id, file_name FROM custom_posters ORDER BY 1"_s,
          u"SELECT kind, owner_id, file_name, sha256 FROM pack_files ORDER BY 1, 2"_s }) {
        auto q = runQuery(db.connection(), sql);
        if (!q)
            return u"error: "_s + q.error().message;
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i)
                out += q->value(i).toString() + u'|';
            out += u'\n';
        }
        out += u"--\n"_s;
    }
    return out;
}

QString BackupFixture::fresh(const QString &name)
{
    const QString d = m_dir.filePath(name + QString::number(++m_libraries));
    QDir(d).removeRecursively();
    QDir().mkpath(d);
    return d;
}

QString BackupFixture::write(const QString &name, const QByteArray &bytes)
{
    const QString p = m_dir.filePath(name);
    QFile f(p);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return p;
}

QString BackupFixture::posterFile()
{
    QImage img(120, 180, QImage::Format_RGB32);
    img.fill(QColor(u"#336699"_s));
    const QString p = m_dir.filePath(u"my-poster.png"_s);
    img.save(p);
    return p;
}

void BackupFixture::fill(const Library &lib)
{
    const auto dramas = CatalogRepository(lib.database()).dramas();
    QVERIFY(dramas && dramas->size() > 3);
    FavoriteRepository fav(lib.database());
    QVERIFY(fav.setFavorite(FavoriteRepository::Kind::Drama, dramas->at(0).id, true));
    QVERIFY(fav.setFavorite(FavoriteRepository::Kind::Drama, dramas->at(2).id, true));
    Result<DramaDetail> detail;
    for (const auto &d : *dramas) {
        detail = CatalogRepository(lib.database()).dramaDetail(d.id);
        if (detail && detail->tracks.size() >= 2)
            break;
    }
    QVERIFY(detail && detail->tracks.size() >= 2);
    QVERIFY(fav.setFavorite(FavoriteRepository::Kind::Song, detail->tracks.at(0).id, true));
    PlaylistRepository pl(lib.database());
    QVERIFY(pl.create(u"Rainy days / 비 오는 날"_s,
                      QStringList { detail->tracks.at(1).id, detail->tracks.at(0).id }));
    QVERIFY(pl.create(u"Empty"_s));
    QVERIFY(PosterRepository(lib.database(), lib.dataDir()).setCustomPoster(dramas->at(3).id, posterFile()));
    // Pack files: a pack of one drama exported from this library and imported back.
    CatalogSelection one;
    one.dramaIds << detail->drama.id;
    const QString pack = m_dir.filePath(u"one-%1.ostpack"_s.arg(m_libraries));
    const QString demo = QFileInfo(QStringLiteral(OSTSHELF_TEST_CATALOG)).absolutePath() + u"/demo"_s;
    auto exported = PackExporter(lib.database(), lib.dataDir(), demo).exportTo(pack, one, u"one"_s);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
    auto imported = PackImporter(lib.database(), lib.dataDir()).importFile(pack, false);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
}

} // namespace ost::test
