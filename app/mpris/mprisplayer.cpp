#include "mprisplayer.h"

#include "playback/playbackcontroller.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ost {

MprisPlayer::MprisPlayer(QObject *parent, PlaybackController *controller)
    : QDBusAbstractAdaptor(parent)
    , m_controller(controller)
{
    PreviewPlayer *player = controller->player();
    connect(player, &PreviewPlayer::playingChanged, this, [this] {
        announce({ { u"PlaybackStatus"_s, playbackStatus() } });
    });
    connect(controller, &PlaybackController::stopped, this, [this] {
        announce({ { u"PlaybackStatus"_s, playbackStatus() } });
    });
}

QString MprisPlayer::playbackStatus() const
{
    if (m_controller->player()->isPlaying())
        return u"Playing"_s;
    return m_controller->player()->currentFile().isEmpty()
            || m_controller->currentSource() == PlaybackController::Source::None
        ? u"Stopped"_s
        : u"Paused"_s;
}

double MprisPlayer::volume() const
{
    return m_controller->player()->volume();
}

void MprisPlayer::setVolume(double volume)
{
    m_controller->player()->setVolume(float(std::clamp(volume, 0.0, 1.0)));
    announce({ { u"Volume"_s, this->volume() } });
}

qlonglong MprisPlayer::position() const
{
    return m_controller->player()->position() * 1000;
}

void MprisPlayer::setMetadata(const QString &songId, const QString &title, const QStringList &artists,
                              const QString &drama, qint64 lengthMs, const QString &artPath)
{
    QVariantMap m;
    // Track ids are object paths: keep only characters D-Bus allows there.
    QString path = songId;
    for (QChar &c : path)
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            c = u'_';
    m.insert(u"mpris:trackid"_s,
             QVariant::fromValue(
                 QDBusObjectPath(u"/io/github/ostshelf/song/"_s + (path.isEmpty() ? u"none"_s : path))));
    m.insert(u"xesam:title"_s, title);
    m.insert(u"xesam:artist"_s, artists);
    if (!drama.isEmpty())
        m.insert(u"xesam:album"_s, drama);
    if (lengthMs > 0)
        m.insert(u"mpris:length"_s, qlonglong(lengthMs) * 1000);
    if (!artPath.isEmpty())
        m.insert(u"mpris:artUrl"_s, QUrl::fromLocalFile(artPath).toString());
    m_metadata = m;
    announce({ { u"Metadata"_s, m_metadata }, { u"PlaybackStatus"_s, playbackStatus() } });
}

void MprisPlayer::announce(const QVariantMap &changed)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        u"/org/mpris/MediaPlayer2"_s, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s);
    signal << u"org.mpris.MediaPlayer2.Player"_s << changed << QStringList();
    QDBusConnection::sessionBus().send(signal);
}

void MprisPlayer::Play()
{
    if (!m_controller->player()->isPlaying())
        m_controller->togglePlayPause();
}

void MprisPlayer::Pause()
{
    if (m_controller->player()->isPlaying())
        m_controller->player()->pause();
}

void MprisPlayer::PlayPause()
{
    m_controller->togglePlayPause();
}

void MprisPlayer::Stop()
{
    m_controller->player()->stop();
}

void MprisPlayer::Next()
{
    m_controller->next();
}

void MprisPlayer::Previous()
{
    m_controller->previous();
}

void MprisPlayer::Seek(qlonglong offsetUs)
{
    m_controller->seekBy(offsetUs / 1000);
    Q_EMIT Seeked(position());
}

void MprisPlayer::SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs)
{
    // The spec: ignore a request for a track that is no longer current.
    if (trackId.path() != m_metadata.value(u"mpris:trackid"_s).value<QDBusObjectPath>().path())
        return;
    m_controller->player()->seek(positionUs / 1000);
    Q_EMIT Seeked(position());
}

void MprisPlayer::OpenUri(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isLocalFile()) {
        Q_EMIT m_controller->message(tr("Only local files can be opened: %1").arg(uri));
        return;
    }
    m_controller->playFile(url.toLocalFile());
}

} // namespace ost
