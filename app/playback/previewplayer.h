#pragma once

#include <QObject>
#include <QUrl>

class QMediaPlayer;
class QAudioOutput;

namespace ost {

// Owns QMediaPlayer and QAudioOutput. Plays only regular local files it resolved itself
// (never URLs, devices or pipes) and turns player errors into messages for the user.
class PreviewPlayer : public QObject
{
    Q_OBJECT
public:
    explicit PreviewPlayer(QObject *parent = nullptr);
    ~PreviewPlayer() override;

    bool playFile(const QString &path); // false (and errorMessage) when refused
    void pause();
    void resume();
    void stop();
    void setVolume(float volume); // 0..1
    float volume() const;
    bool isPlaying() const;
    qint64 position() const;
    qint64 duration() const;
    QMediaPlayer *mediaPlayer() const { return m_player; }

Q_SIGNALS:
    void errorMessage(const QString &message);
    void playingChanged(bool playing);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void finished();

private:
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QString m_current;
};

} // namespace ost
