#pragma once

#include "domain/song.h"
#include "playback/playbackcontroller.h"

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace ost {

class DramaGridModel;
class MprisService;
class PlayerBar;
class PosterLoader;
class QueueView;

// Connects the dumb player widgets (bar, queue) to the PlaybackController: now playing
// with the drama's poster, times, volume, mode; keyboard and media keys; settings.
class PlaybackUi : public QObject
{
    Q_OBJECT
public:
    PlaybackUi(PlaybackController *controller, PlayerBar *bar, QMainWindow *window, PosterLoader *posters,
               DramaGridModel *dramas);

    QDockWidget *queueDock() const { return m_dock; }
    QueueView *queueView() const { return m_queueView; }
    MprisService *mpris() const { return m_mpris; }
    void saveSettings() const;

Q_SIGNALS:
    void currentSongChanged(const QString &songId); // for the favorite heart
    void statusMessage(const QString &text);

private:
    void showNowPlaying(const Song &song, PlaybackController::Source source);
    void addActions(QMainWindow *window);
    void updateMpris();

    PlaybackController *m_controller;
    PlayerBar *m_bar;
    PosterLoader *m_posters;
    DramaGridModel *m_dramas;
    QDockWidget *m_dock;
    QueueView *m_queueView;
    MprisService *m_mpris;
    QString m_artPath;
    Song m_song;
    QString m_subtitle;
};

} // namespace ost
