#include "previewplayer.h"

#include "core/logging.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibrary>
#include <QLibraryInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QThreadPool>

#include <sys/stat.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ost {

PreviewPlayer::PreviewPlayer(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(20); // fades in 20 ms steps: smooth to the ear, cheap for the CPU
    connect(&m_ticker, &QTimer::timeout, this, &PreviewPlayer::tick);
}

QMediaPlayer *PreviewPlayer::player()
{
    if (m_player)
        return m_player;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    if (QMediaDevices::audioOutputs().isEmpty()) {
        // No sound server and no audio device: say so once, plainly, instead of silence.
        qCWarning(lcPlayback) << "no sound output: no sound server or audio device was found";
        QTimer::singleShot(0, this, [this] {
            Q_EMIT errorMessage(tr("No sound output was found (no sound server or audio device is running), "
                                   "so nothing can be heard."));
        });
    }
    m_player->setAudioOutput(m_output);
    applyVolume();
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
        Q_EMIT playingChanged(s == QMediaPlayer::PlayingState);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PreviewPlayer::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PreviewPlayer::durationChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        qCWarning(lcPlayback) << "player error" << m_current << text;
        Q_EMIT errorMessage(tr("Cannot play %1: %2").arg(QFileInfo(m_current).fileName(), text));
        finishOnce(true);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::InvalidMedia) {
            Q_EMIT errorMessage(
                tr("%1 is not an audio file OST Shelf can play.").arg(QFileInfo(m_current).fileName()));
            m_player->stop();
            finishOnce(true);
        } else if (s == QMediaPlayer::EndOfMedia) {
            finishOnce(false);
        } else if ((s == QMediaPlayer::LoadedMedia || s == QMediaPlayer::BufferedMedia) && m_startPending) {
            m_startPending = false;
            // A start point past the end (a short demo clip) plays from the beginning instead.
            const qint64 d = m_player->duration();
            if (m_window.startMs > 0 && (d <= 0 || m_window.startMs < d - 1000))
                m_player->setPosition(m_window.startMs);
            else
                m_window.startMs = 0;
        }
    });
    return m_player;
}

void PreviewPlayer::preloadBackend()
{
    QThreadPool::globalInstance()->start([] {
        QElapsedTimer timer;
        timer.start();
        // The backend Qt Multimedia will pick: QT_MEDIA_BACKEND, else FFmpeg (Qt 6.5 and later).
        const QString backend = qEnvironmentVariable("QT_MEDIA_BACKEND", u"ffmpeg"_s);
        QLibrary plugin(QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/multimedia/lib"_s + backend
                        + u"mediaplugin"_s);
        // Loaded for good: the plugin loader later finds it in memory (QLibrary never unloads
        // on destruction).
        if (plugin.load())
            qCDebug(lcPlayback) << "multimedia backend preloaded in" << timer.elapsed() << "ms";
        else
            qCWarning(lcPlayback) << "could not preload the multimedia backend:" << plugin.errorString();
    });
}

PreviewPlayer::~PreviewPlayer()
{
    if (m_player)
        m_player->stop();
}

QString PreviewPlayer::whyNotPlayable(const QString &path)
{
    const QFileInfo info(path);
    struct stat st
    {
    };
    if (!info.exists())
        return tr("%1 is missing.").arg(path);
    if (::stat(QFile::encodeName(path).constData(), &st) != 0
        || !S_ISREG(st.st_mode)) // devices, pipes, folders
        return tr("%1 is not a regular file.").arg(path);
    if (info.size() == 0)
        return tr("%1 is empty.").arg(path);
    if (!info.isReadable())
        return tr("%1 cannot be read.").arg(path);
    return {};
}

bool PreviewPlayer::playFile(const QString &path, Window window)
{
    if (const QString why = whyNotPlayable(path); !why.isEmpty()) {
        Q_EMIT errorMessage(why);
        return false;
    }
    m_current = QFileInfo(path).canonicalFilePath();
    m_window = window;
    m_startPending = window.startMs > 0;
    m_fadingOut = false;
    m_done = false;
    m_gain = window.fadeMs > 0 ? 0.0 : 1.0;
    applyVolume();
    m_fadeClock.start();
    player()->setSource(QUrl::fromLocalFile(m_current));
    m_player->play();
    m_ticker.start();
    return true;
}

void PreviewPlayer::tick()
{
    if (m_done || !m_player || m_player->playbackState() != QMediaPlayer::PlayingState)
        return;
    const int fade = m_window.fadeMs;
    if (m_fadingOut) {
        m_gain = fade > 0 ? std::max(0.0, 1.0 - double(m_fadeClock.elapsed()) / fade) : 0.0;
        applyVolume();
        if (m_gain <= 0.0) {
            m_player->stop();
            finishOnce(false);
        }
        return;
    }
    if (m_startPending)
        return; // not at the start point yet
    if (m_gain <= 0.0 && m_window.startMs > 0 && m_player->position() < m_window.startMs - 250) {
        // The seek has not landed: the fade-in is timed from the start point, not from the
        // call, or a slow load would spend the whole fade before a sound is made.
        m_fadeClock.start();
        return;
    }
    if (m_gain < 1.0) {
        m_gain = fade > 0 ? std::min(1.0, double(m_fadeClock.elapsed()) / fade) : 1.0;
        applyVolume();
    }
    if (m_window.lengthMs > 0 && m_player->position() >= m_window.startMs + m_window.lengthMs - fade) {
        m_fadingOut = true;
        m_fadeClock.start();
    }
}

void PreviewPlayer::applyVolume()
{
    if (!m_output)
        return;
    m_output->setMuted(m_muted);
    m_output->setVolume(float(std::min(1.0, m_volume * m_level * m_gain)));
}

void PreviewPlayer::finishOnce(bool failedPlay)
{
    if (m_done)
        return;
    m_done = true;
    m_ticker.stop();
    if (failedPlay)
        Q_EMIT failed();
    else
        Q_EMIT finished();
}

void PreviewPlayer::pause()
{
    if (m_player)
        m_player->pause();
}

void PreviewPlayer::resume()
{
    if (m_done && !m_current.isEmpty()) { // after the end: from the start of the window again
        playFile(m_current, m_window);
        return;
    }
    if (!m_player)
        return; // nothing was ever played
    m_fadeClock.start();
    m_player->play();
}

void PreviewPlayer::stop()
{
    m_done = true;
    m_ticker.stop();
    if (m_player)
        m_player->stop();
}

void PreviewPlayer::seek(qint64 ms)
{
    if (!m_player)
        return;
    m_player->setPosition(std::max<qint64>(0, ms));
    // Seeking inside a preview moves its window along: the user chose where to listen.
    if (m_window.lengthMs > 0) {
        m_window.startMs = ms;
        m_fadingOut = false;
        m_gain = 1.0;
        applyVolume();
    }
}

void PreviewPlayer::setVolume(float v)
{
    m_volume = std::clamp(v, 0.0f, 1.0f);
    applyVolume();
}

void PreviewPlayer::setLevel(double factor)
{
    m_level = std::isfinite(factor) ? std::clamp(factor, 0.0, 16.0) : 1.0;
    applyVolume();
}

void PreviewPlayer::setMuted(bool muted)
{
    m_muted = muted;
    applyVolume();
}

bool PreviewPlayer::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 PreviewPlayer::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 PreviewPlayer::duration() const
{
    return m_player ? m_player->duration() : 0;
}

} // namespace ost
