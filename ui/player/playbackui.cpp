#include "playbackui.h"

#include "levellingmenu.h"
#include "models/dramagridmodel.h"
#include "models/queuemodel.h"
#include "mpris/mprisplayer.h"
#include "mpris/mprisroot.h"
#include "mpris/mprisservice.h"
#include "notify/songnotifier.h"
#include "playerbar.h"
#include "playertray.h"
#include "posters/posterloader.h"
#include "queueview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ost {

namespace {
constexpr QSize kArt { 36, 54 };
}

PlaybackUi::PlaybackUi(PlaybackController *controller, PlayerBar *bar, QMainWindow *window,
                       PosterLoader *posters, DramaGridModel *dramas, LoudnessService *loudness)
    : QObject(window)
    , m_controller(controller)
    , m_loudness(loudness)
    , m_bar(bar)
    , m_posters(posters)
    , m_dramas(dramas)
    , m_dock(new QDockWidget(tr("Queue"), window))
    , m_queueView(new QueueView(m_dock))
    , m_mpris(new MprisService(controller, this))
    , m_tray(new PlayerTray(controller, window))
    , m_notifier(new SongNotifier(this))
    , m_window(window)
    , m_notifyWait(new QTimer(this))
{
    m_notifyWait->setSingleShot(true);
    m_notifyWait->setInterval(500);
    connect(m_notifyWait, &QTimer::timeout, this, &PlaybackUi::notifySong);
    connect(m_mpris->root(), &MprisRoot::raiseRequested, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    connect(controller->player(), &PreviewPlayer::durationChanged, this, &PlaybackUi::updateMpris);
    // A second after the window is up, FFmpeg's libraries are loaded on a pool thread, so the
    // first play does not stall the window loading them (66 ms here; 8.7 ms left after it).
    QTimer::singleShot(std::chrono::seconds(1), this, &PreviewPlayer::preloadBackend);
    m_dock->setObjectName(u"queueDock"_s);
    m_queueView->setModel(controller->queue());
    m_dock->setWidget(m_queueView);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    PreviewPlayer *player = controller->player();
    connect(bar, &PlayerBar::playPauseClicked, controller, &PlaybackController::togglePlayPause);
    connect(bar, &PlayerBar::nextClicked, controller, &PlaybackController::next);
    connect(bar, &PlayerBar::previousClicked, controller, &PlaybackController::previous);
    connect(bar, &PlayerBar::seekRequested, player, &PreviewPlayer::seek);
    connect(bar, &PlayerBar::volumeChanged, player,
            [player](int percent) { player->setVolume(float(percent) / 100.0f); });
    connect(bar, &PlayerBar::muteToggled, player, &PreviewPlayer::setMuted);
    connect(bar, &PlayerBar::previewSecondsChosen, controller, &PlaybackController::setPreviewSeconds);
    connect(bar, &PlayerBar::previewStartRequested, controller, &PlaybackController::setPreviewStartHere);
    connect(bar, &PlayerBar::queueToggled, m_dock, &QDockWidget::setVisible);
    connect(m_dock, &QDockWidget::visibilityChanged, bar, &PlayerBar::setQueueVisible);
    connect(player, &PreviewPlayer::playingChanged, bar, &PlayerBar::setPlaying);
    connect(player, &PreviewPlayer::playingChanged, m_tray, &PlayerTray::setPlaying);
    connect(player, &PreviewPlayer::positionChanged, bar, &PlayerBar::setPosition);
    connect(player, &PreviewPlayer::durationChanged, bar, &PlayerBar::setDuration);
    connect(controller, &PlaybackController::nowPlaying, this, &PlaybackUi::showNowPlaying);
    connect(controller, &PlaybackController::stopped, this, [this] {
        m_bar->setPlaying(false);
        m_bar->setControlsEnabled(m_controller->queue()->rowCount() > 0);
        m_tray->setNowPlaying({}, {});
        m_notifyPending = false;
    });
    connect(controller, &PlaybackController::message, this, &PlaybackUi::statusMessage);
    connect(m_queueView, &QueueView::playRowRequested, controller, &PlaybackController::playRow);
    connect(m_queueView, &QueueView::removeRowsRequested, controller, &PlaybackController::removeFromQueue);
    connect(m_queueView, &QueueView::moveRequested, controller, &PlaybackController::moveInQueue);
    connect(controller->queue(), &QueueModel::moveRequested, controller,
            &PlaybackController::moveRowsInQueue);
    connect(controller->queue(), &QueueModel::insertRequested, controller,
            &PlaybackController::insertIntoQueue);
    connect(posters, &PosterLoader::ready, this,
            [this](const QString &dramaId, QSize size, const QImage &image) {
                if (size == kArt && !m_song.dramas.isEmpty() && m_song.dramas.first().dramaId == dramaId) {
                    m_bar->setNowPlaying(m_song.title, m_subtitle, QPixmap::fromImage(image));
                    if (const auto spec = m_dramas->posterSpec(dramaId)) {
                        // The loader saved a PNG of what it drew before it sent ready: desktop
                        // widgets show that file (no disk check here, on the GUI thread; if the
                        // disk refused the file, a widget shows no art).
                        m_artPath = m_posters->cachePath(*spec, kArt, 1.0);
                        updateMpris();
                        if (m_notifyPending)
                            notifySong();
                    }
                }
            });

    QSettings s;
    const int volume = std::clamp(s.value(u"player/volume"_s, 80).toInt(), 0, 100);
    const int seconds = s.value(u"player/previewSeconds"_s, 30).toInt();
    const bool muted = s.value(u"player/muted"_s, false).toBool();
    controller->setPreviewSeconds(seconds == 0 ? 0 : std::clamp(seconds, 10, 60));
    bar->setPreviewSeconds(controller->previewSeconds());
    bar->setVolume(volume);
    player->setVolume(float(volume) / 100.0f);
    bar->setMuted(muted);
    player->setMuted(muted);
    addActions(window);
}

void PlaybackUi::saveSettings() const
{
    QSettings s;
    s.setValue(u"player/volume"_s, int(std::lround(m_controller->player()->volume() * 100)));
    s.setValue(u"player/previewSeconds"_s, m_controller->previewSeconds());
    s.setValue(u"player/muted"_s, m_controller->player()->isMuted());
}

void PlaybackUi::addActions(QMainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Playback"));
    auto add = [&](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = menu->addAction(text, m_controller, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    // Space reaches this only when no text field wants it (they override shortcuts for typing).
    add(tr("&Play / pause"),
        { QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_MediaTogglePlayPause),
          QKeySequence(Qt::Key_MediaPlay), QKeySequence(Qt::Key_MediaPause) },
        &PlaybackController::togglePlayPause);
    add(tr("&Next song"), { QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::Key_MediaNext) },
        &PlaybackController::next);
    add(tr("P&revious song"), { QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence(Qt::Key_MediaPrevious) },
        &PlaybackController::previous);
    menu->addSeparator();
    add(tr("Seek &forward 5 s"), { QKeySequence(Qt::CTRL | Qt::Key_Right) },
        [this] { m_controller->seekBy(5000); });
    add(tr("Seek &back 5 s"), { QKeySequence(Qt::CTRL | Qt::Key_Left) },
        [this] { m_controller->seekBy(-5000); });
    add(tr("Preview from &here"), { QKeySequence(Qt::CTRL | Qt::Key_H) },
        &PlaybackController::setPreviewStartHere);
    menu->addSeparator();
    menu->addAction(m_dock->toggleViewAction());
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));

    menu->addSeparator();
    auto *levelling = new LevellingMenu(m_controller, m_loudness, menu);
    connect(levelling, &LevellingMenu::statusMessage, this, &PlaybackUi::statusMessage);
    menu->addMenu(levelling);
    menu->addSeparator();
    auto toggle = [&](const QString &text, const QString &name, bool on, auto apply) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(on);
        connect(a, &QAction::toggled, this, apply);
        return a;
    };
    toggle(tr("&Notify when a song starts"), u"songNotificationsAction"_s, SongNotifier::enabled(),
           [](bool on) { SongNotifier::setEnabled(on); });
    QAction *closeToTray
        = toggle(tr("&Close to the tray"), u"closeToTrayAction"_s, PlayerTray::closeToTraySetting(),
                 [](bool on) { PlayerTray::setCloseToTraySetting(on); });
    closeToTray->setEnabled(PlayerTray::shownSetting());
    toggle(tr("Show in the &tray"), u"showTrayAction"_s, PlayerTray::shownSetting(),
           [this, closeToTray](bool on) {
               PlayerTray::setShownSetting(on);
               m_tray->setShown(on);
               closeToTray->setEnabled(on);
           });
}

void PlaybackUi::notifySong()
{
    m_notifyPending = false;
    m_notifyWait->stop();
    // Whoever is looking at the window sees the song change there.
    if (m_song.id.isEmpty() || !SongNotifier::enabled() || (m_window && m_window->isActiveWindow()))
        return;
    QString body = m_song.artistLine();
    if (!m_song.dramas.isEmpty())
        body += (body.isEmpty() ? QString() : u"\n"_s) + m_song.dramas.first().dramaTitle;
    m_notifier->notify(m_song.title, body, m_artPath);
}

void PlaybackUi::updateMpris()
{
    QStringList artists;
    for (const auto &c : m_song.credits)
        artists << c.name;
    m_mpris->player()->setMetadata(m_song.id, m_song.title, artists,
                                   m_song.dramas.isEmpty() ? QString() : m_song.dramas.first().dramaTitle,
                                   m_controller->player()->duration(), m_artPath);
}

void PlaybackUi::showNowPlaying(const Song &song, PlaybackController::Source source)
{
    m_song = song;
    m_artPath.clear();
    QStringList parts { song.artistLine() };
    if (!song.dramas.isEmpty())
        parts << song.dramas.first().dramaTitle;
    if (source == PlaybackController::Source::DemoClip)
        parts << tr("demo clip");
    else if (source == PlaybackController::Source::None)
        parts << tr("no audio file linked");
    m_subtitle = parts.join(u" · "_s);
    m_bar->setNowPlaying(song.title, m_subtitle, QPixmap());
    m_bar->setControlsEnabled(true);
    m_tray->setNowPlaying(song.title, m_subtitle);
    updateMpris();
    // Announced with its poster once the poster is drawn, or without it after a moment.
    m_notifyPending = true;
    const auto spec
        = song.dramas.isEmpty() ? std::nullopt : m_dramas->posterSpec(song.dramas.first().dramaId);
    if (spec) {
        m_notifyWait->start();
        m_posters->request(*spec, kArt, 1.0);
    } else {
        notifySong();
    }
    Q_EMIT currentSongChanged(song.id);
}

} // namespace ost
