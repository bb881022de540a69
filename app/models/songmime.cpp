#include "songmime.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// Rows of a drag within one list, stamped with what they belong to (a playlist, this process).
void setTaggedRows(QMimeData *mime, const char *format, qint64 tag, const QList<int> &rows)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << tag << rows;
    mime->setData(QString::fromLatin1(format), bytes);
}

QList<int> taggedRows(const QMimeData *mime, const char *format, qint64 tag)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(format)))
        return {};
    QByteArray bytes = mime->data(QString::fromLatin1(format));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    qint64 stored = 0;
    QList<int> rows;
    in >> stored >> rows;
    if (in.status() != QDataStream::Ok || stored != tag)
        return {};
    return rows;
}

} // namespace

QMimeData *SongMime::create(const QStringList &songIds, qint64 playlistId, const QList<int> &rows)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kSongIds), songIds.join(u'\n').toUtf8());
    mime->setText(songIds.join(u'\n'));
    if (playlistId > 0)
        setTaggedRows(mime, kPlaylistRows, playlistId, rows);
    return mime;
}

QStringList SongMime::songIds(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kSongIds)))
        return {};
    return QString::fromUtf8(mime->data(QString::fromLatin1(kSongIds))).split(u'\n', Qt::SkipEmptyParts);
}

QList<int> SongMime::rows(const QModelIndexList &indexes)
{
    QList<int> out;
    for (const auto &i : indexes)
        if (i.isValid())
            out << i.row();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<int> SongMime::playlistRows(const QMimeData *mime, qint64 playlistId)
{
    return taggedRows(mime, kPlaylistRows, playlistId);
}

QMimeData *SongMime::createQueue(const QStringList &songIds, const QList<int> &rows)
{
    QMimeData *mime = create(songIds);
    setTaggedRows(mime, kQueueRows, QCoreApplication::applicationPid(), rows);
    return mime;
}

QList<int> SongMime::queueRows(const QMimeData *mime)
{
    return taggedRows(mime, kQueueRows, QCoreApplication::applicationPid());
}

} // namespace ost
