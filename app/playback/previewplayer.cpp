#include "previewplayer.h"

#include "core/logging.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaPlayer>

using namespace Qt::StringLiterals;

namespace ost {

PreviewPlayer::PreviewPlayer(QObject *parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) { Q_EMIT playingChanged(s == QMediaPlayer::PlayingState); });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PreviewPlayer::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PreviewPlayer::durationChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        qCWarning(lcPlayback) << "player error" << m_current << text;
        Q_EMIT errorMessage(tr("Cannot play %1: %2").arg(QFileInfo(m_current).fileName(), text));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::InvalidMedia)
            Q_EMIT errorMessage(tr("%1 is not an audio file OST Shelf can play.").arg(QFileInfo(m_current).fileName()));
        else if (s == QMediaPlayer::EndOfMedia)
            Q_EMIT finished();
    });
}

PreviewPlayer::~PreviewPlayer()
{
    m_player->stop();
}

bool PreviewPlayer::playFile(const QString &path)
{
    const QFileInfo info(path);
    QString why;
    if (!info.exists())
        why = tr("%1 is missing.").arg(path);
    else if (!QFileInfo(info.canonicalFilePath()).isFile()) // devices, pipes, folders
        why = tr("%1 is not a regular file.").arg(path);
    else if (info.size() == 0)
        why = tr("%1 is empty.").arg(path);
    else if (!info.isReadable())
        why = tr("%1 cannot be read.").arg(path);
    if (!why.isEmpty()) {
        Q_EMIT errorMessage(why);
        return false;
    }
    m_current = info.canonicalFilePath();
    m_player->setSource(QUrl::fromLocalFile(m_current));
    m_player->play();
    return true;
}

void PreviewPlayer::pause() { m_player->pause(); }
void PreviewPlayer::resume() { m_player->play(); }
void PreviewPlayer::stop() { m_player->stop(); }
void PreviewPlayer::setVolume(float v) { m_output->setVolume(std::clamp(v, 0.0f, 1.0f)); }
float PreviewPlayer::volume() const { return m_output->volume(); }
bool PreviewPlayer::isPlaying() const { return m_player->playbackState() == QMediaPlayer::PlayingState; }
qint64 PreviewPlayer::position() const { return m_player->position(); }
qint64 PreviewPlayer::duration() const { return m_player->duration(); }

} // namespace ost
