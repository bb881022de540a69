#pragma once

#include "domain/song.h"
#include "playback/playbackcontroller.h"

#include <QObject>

class QTimer;

class QDockWidget;
class QMainWindow;

namespace ost {

class DramaGridModel;
class LoudnessService;
class MprisService;
class PlayerTray;
class SongNotifier;
class PlayerBar;
class PosterLoader;
class QueueView;

// Connects the dumb player widgets (bar, queue, tray icon) to the PlaybackController: now
// playing with the drama's poster, times, volume, mode; keyboard and media keys; MPRIS; the
// desktop notification when a song starts (not while the window has the focus); settings.
class PlaybackUi final : public QObject
{
    Q_OBJECT
public:
    PlaybackUi(PlaybackController *controller, PlayerBar *bar, QMainWindow *window, PosterLoader *posters,
               DramaGridModel *dramas, LoudnessService *loudness);

    QDockWidget *queueDock() const { return m_dock; }
    QueueView *queueView() const { return m_queueView; }
    MprisService *mpris() const { return m_mpris; }
    PlayerTray *tray() const { return m_tray; }
    SongNotifier *notifier() const { return m_notifier; }
    void saveSettings() const;

Q_SIGNALS:
    void currentSongChanged(const QString &songId); // for the favorite heart
    void statusMessage(const QString &text);

private:
    void showNowPlaying(const Song &song, PlaybackController::Source source);
    void addActions(QMainWindow *window);
    void updateMpris();
    void notifySong(); // the desktop notification of the song that started, when wanted

    PlaybackController *m_controller;
    LoudnessService *m_loudness;
    PlayerBar *m_bar;
    PosterLoader *m_posters;
    DramaGridModel *m_dramas;
    QDockWidget *m_dock;
    QueueView *m_queueView;
    MprisService *m_mpris;
    PlayerTray *m_tray;
    SongNotifier *m_notifier;
    QMainWindow *m_window;
    QTimer *m_notifyWait; // a started song waits this long for its poster before it is announced
    bool m_notifyPending = false;
    QString m_artPath;
    Song m_song;
    QString m_subtitle;
};

} // namespace ost
