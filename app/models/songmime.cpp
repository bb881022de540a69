#include "songmime.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace ost {

QMimeData *SongMime::create(const QStringList &songIds, qint64 playlistId, const QList<int> &rows)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kSongIds), songIds.join(u'\n').toUtf8());
    mime->setText(songIds.join(u'\n'));
    if (playlistId > 0) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << playlistId << rows;
        mime->setData(QString::fromLatin1(kPlaylistRows), bytes);
    }
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
    if (!mime || !mime->hasFormat(QString::fromLatin1(kPlaylistRows)))
        return {};
    QByteArray bytes = mime->data(QString::fromLatin1(kPlaylistRows));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    qint64 id = 0;
    QList<int> rows;
    in >> id >> rows;
    if (in.status() != QDataStream::Ok || id != playlistId)
        return {};
    return rows;
}

QMimeData *SongMime::createQueue(const QStringList &songIds, const QList<int> &rows)
{
    QMimeData *mime = create(songIds);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << QCoreApplication::applicationPid() << rows;
    mime->setData(QString::fromLatin1(kQueueRows), bytes);
    return mime;
}

QList<int> SongMime::queueRows(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kQueueRows)))
        return {};
    QByteArray bytes = mime->data(QString::fromLatin1(kQueueRows));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    qint64 pid = 0;
    QList<int> rows;
    in >> pid >> rows;
    if (in.status() != QDataStream::Ok || pid != QCoreApplication::applicationPid())
        return {};
    return rows;
}

} // namespace ost
