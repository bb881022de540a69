#include "playlistexporter.h"

#include "repositories/catalogrepository.h"
#include "repositories/localfilerepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ost {

PlaylistExporter::Format PlaylistExporter::formatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"xspf"_s)
        return Format::XSPF;
    if (suffix == u"m3u"_s)
        return Format::M3U;
    return Format::M3U8;
}

Result<QList<PlaylistExporter::Entry>> PlaylistExporter::entriesFor(const Database &db,
                                                                    const QStringList &songIds)
{
    auto songs = CatalogRepository(db).songsById(songIds);
    auto paths = LocalFileRepository(db).paths(songIds);
    if (!songs || !paths)
        return std::unexpected(!songs ? songs.error() : paths.error());
    QList<Entry> entries;
    for (const auto &s : *songs)
        entries << Entry { s.id,
                           s.title,
                           s.artistLine(),
                           s.dramas.isEmpty() ? QString() : s.dramas.first().dramaTitle,
                           paths->value(s.id),
                           0 };
    return entries;
}

QString PlaylistExporter::relativePath(const QString &dir, const QString &path)
{
    QString rel = QDir(dir).relativeFilePath(path);
    // Beside or below the playlist (or one folder up): portable together with the music.
    if (!rel.startsWith(u"../../"_s) && !QDir::isAbsolutePath(rel))
        return rel;
    return path;
}

QByteArray PlaylistExporter::render(const QString &fileName, const QString &playlistName,
                                    const QList<Entry> &entries)
{
    const QString dir = QFileInfo(fileName).absolutePath();
    const auto display
        = [](const Entry &e) { return e.artist.isEmpty() ? e.title : e.artist + u" - "_s + e.title; };
    if (formatFor(fileName) != Format::XSPF) {
        QString text = u"#EXTM3U\n#PLAYLIST:"_s + QString(playlistName).remove(u'\n') + u'\n';
        for (const auto &e : entries) {
            text += u"#OSTSHELF-SONG:"_s + e.songId;
            if (e.path.isEmpty()) {
                text += u',' + display(e) + u'\n';
                continue;
            }
            text += u"\n#EXTINF:"_s + QString::number(e.durationMs > 0 ? (e.durationMs + 500) / 1000 : -1)
                + u',' + display(e) + u'\n' + relativePath(dir, e.path) + u'\n';
        }
        return text.toUtf8();
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"playlist"_s);
    xml.writeAttribute(u"version"_s, u"1"_s);
    xml.writeDefaultNamespace(u"http://xspf.org/ns/0/"_s);
    xml.writeTextElement(u"title"_s, playlistName);
    xml.writeStartElement(u"trackList"_s);
    for (const auto &e : entries) {
        xml.writeStartElement(u"track"_s);
        if (!e.path.isEmpty()) {
            const QString rel = relativePath(dir, e.path);
            QUrl url = QDir::isAbsolutePath(rel) ? QUrl::fromLocalFile(rel) : QUrl();
            if (url.isEmpty())
                url.setPath(rel);
            xml.writeTextElement(u"location"_s, url.toString(QUrl::FullyEncoded));
        }
        xml.writeTextElement(u"identifier"_s, u"urn:ostshelf:song:"_s + e.songId);
        xml.writeTextElement(u"title"_s, e.title);
        if (!e.artist.isEmpty())
            xml.writeTextElement(u"creator"_s, e.artist);
        if (!e.drama.isEmpty())
            xml.writeTextElement(u"album"_s, e.drama);
        if (e.durationMs > 0)
            xml.writeTextElement(u"duration"_s, QString::number(e.durationMs));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

Result<void> PlaylistExporter::write(const QString &fileName, const QString &playlistName,
                                     const QList<Entry> &entries)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Kind::Io,
                    QObject::tr("Cannot write \"%1\": %2").arg(fileName, file.errorString()));
    const QByteArray bytes = render(QFileInfo(fileName).absoluteFilePath(), playlistName, entries);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return fail(Error::Kind::Io,
                    QObject::tr("Cannot write \"%1\": %2").arg(fileName, file.errorString()));
    }
    if (!file.commit())
        return fail(Error::Kind::Io, QObject::tr("Cannot save \"%1\": %2").arg(fileName, file.errorString()));
    return {};
}

} // namespace ost
