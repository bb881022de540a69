#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QMediaPlayer;
class QAudioOutput;

namespace ost {

// Which part of a file to play and how to fade it.
struct PreviewWindow
{
    qint64 startMs = 0;
    qint64 lengthMs = 0; // 0: to the end of the file
    int fadeMs = 0;
};

// Owns QMediaPlayer and QAudioOutput, made on the first play: loading the FFmpeg backend and
// connecting to the sound server is not on the way to the first window. Plays only regular
// local files it resolved itself
// (never URLs, devices or pipes) and turns player errors into messages for the user.
// A preview plays a window of the file from a start point with a fade in and out; a full
// play runs to the end. finished() is emitted once per play, whichever way it ended.
class PreviewPlayer final : public QObject
{
    Q_OBJECT
public:
    explicit PreviewPlayer(QObject *parent = nullptr);
    ~PreviewPlayer() override;

    using Window = PreviewWindow;

    bool playFile(const QString &path, Window window = Window()); // false (and errorMessage) when refused
    void pause();
    void resume();
    void stop();
    void seek(qint64 ms);
    void setVolume(float volume); // 0..1, before fades
    // Loudness levelling's factor for the file playing (1: none); the output volume is
    // volume × level × fade, at most full scale.
    void setLevel(double factor);
    double level() const { return m_level; }
    float volume() const { return m_volume; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    bool isPlaying() const;
    qint64 position() const;
    qint64 duration() const;
    QString currentFile() const { return m_current; }

    static QString whyNotPlayable(const QString &path); // empty when the file may be played
    // Loads the multimedia backend's plugin and its libraries (FFmpeg's: nearly 200) on a pool
    // thread, so that the first play does not wait tens of milliseconds on the UI thread for the
    // dynamic linker. The player itself is still made at the first play. Call once, after the
    // first frame.
    static void preloadBackend();

Q_SIGNALS:
    void errorMessage(const QString &message);
    void playingChanged(bool playing);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void finished();
    void failed(); // this play ended in an error (errorMessage says which)

private:
    QMediaPlayer *player(); // made on first use
    void tick();
    void applyVolume();
    void finishOnce(bool failedPlay);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QString m_current;
    Window m_window;
    bool m_startPending = false;
    bool m_fadingOut = false;
    bool m_done = true;
    float m_volume = 0.8f;
    bool m_muted = false;
    double m_gain = 1.0; // the fade's share of the volume
    double m_level = 1.0; // loudness levelling's
    QTimer m_ticker;
    QElapsedTimer m_fadeClock;
};

} // namespace ost
