#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace ost {

// Player controls: a dumb widget that shows state and emits the user's intents.
class PlayerBar final : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerBar(QWidget *parent = nullptr);

    void setNowPlaying(const QString &title, const QString &subtitle, const QPixmap &poster);
    void setMessage(const QString &message); // shown where the song would be
    void setPlaying(bool playing);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setVolume(int percent);
    void setControlsEnabled(bool enabled);
    void setFavorite(bool available, bool favorite); // the heart for the current song
    void setPreviewSeconds(int seconds); // 0: whole songs
    void setMuted(bool muted);
    void setQueueVisible(bool visible);

Q_SIGNALS:
    void playPauseClicked();
    void previousClicked();
    void nextClicked();
    void seekRequested(qint64 ms);
    void volumeChanged(int percent);
    void muteToggled(bool muted);
    void favoriteToggled(bool favorite);
    void previewSecondsChosen(int seconds); // 0: whole songs
    void previewStartRequested(); // "preview from here"
    void queueToggled(bool visible);

private:
    static QString formatTime(qint64 ms);

    QLabel *m_art;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_prev;
    QToolButton *m_play;
    QToolButton *m_next;
    QSlider *m_seek;
    QLabel *m_time;
    QToolButton *m_favorite;
    QComboBox *m_mode;
    QToolButton *m_previewHere;
    QToolButton *m_queue;
    QToolButton *m_mute;
    QSlider *m_volume;
    qint64 m_duration = 0;
};

} // namespace ost
