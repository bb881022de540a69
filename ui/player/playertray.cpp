#include "playertray.h"

#include "common/appicon.h"
#include "playback/playbackcontroller.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace ost {

PlayerTray::PlayerTray(PlaybackController *controller, QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(AppIcon::icon(), this))
    , m_menu(new QMenu(window))
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_nowPlaying = m_menu->addAction(QString());
    m_nowPlaying->setObjectName(u"trayNowPlaying"_s);
    m_nowPlaying->setEnabled(false);
    m_menu->addSeparator();
    m_playPause = m_menu->addAction(tr("Play"), controller, &PlaybackController::togglePlayPause);
    m_playPause->setObjectName(u"trayPlayPause"_s);
    m_menu->addAction(tr("Next song"), controller, &PlaybackController::next)->setObjectName(u"trayNext"_s);
    m_menu->addAction(tr("Previous song"), controller, &PlaybackController::previous)
        ->setObjectName(u"trayPrevious"_s);
    m_menu->addSeparator();
    m_showWindow = m_menu->addAction(tr("Hide the window"), this, &PlayerTray::toggleWindow);
    m_showWindow->setObjectName(u"trayShowWindow"_s);
    // A close that is not from the window manager goes through: the window saves its layout
    // and closes. A hidden window's close does not end the app, so it is asked to quit too.
    m_menu
        ->addAction(tr("Quit"), this,
                    [this] {
                        m_window->close();
                        QCoreApplication::quit();
                    })
        ->setObjectName(u"trayQuit"_s);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_showWindow->setText(m_window->isVisible() ? tr("Hide the window") : tr("Show the window"));
    });
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [controller, this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger)
                    toggleWindow();
                else if (why == QSystemTrayIcon::MiddleClick)
                    controller->togglePlayPause();
            });
    setNowPlaying({}, {});
    window->installEventFilter(this);
    setShown(shownSetting());
}

PlayerTray::~PlayerTray() = default;

bool PlayerTray::shownSetting()
{
    return QSettings().value(u"tray/show"_s, true).toBool();
}

void PlayerTray::setShownSetting(bool on)
{
    QSettings().setValue(u"tray/show"_s, on);
}

bool PlayerTray::closeToTraySetting()
{
    return QSettings().value(u"tray/closeToTray"_s, false).toBool();
}

void PlayerTray::setCloseToTraySetting(bool on)
{
    QSettings().setValue(u"tray/closeToTray"_s, on);
}

bool PlayerTray::closesToTray() const
{
    return closeToTraySetting() && m_icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void PlayerTray::setShown(bool on)
{
    m_icon->setVisible(on);
}

void PlayerTray::setNowPlaying(const QString &title, const QString &subtitle)
{
    if (title.isEmpty()) {
        m_nowPlaying->setText(tr("Nothing is playing"));
        m_icon->setToolTip(tr("OST Shelf"));
        return;
    }
    m_nowPlaying->setText(subtitle.isEmpty() ? title : title + u" — "_s + subtitle);
    m_icon->setToolTip(subtitle.isEmpty() ? title : title + u'\n' + subtitle);
}

void PlayerTray::setPlaying(bool playing)
{
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
}

void PlayerTray::toggleWindow()
{
    if (m_window->isVisible() && m_window->isActiveWindow()) {
        m_window->hide();
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

bool PlayerTray::eventFilter(QObject *watched, QEvent *event)
{
    // The window manager's close (the title bar's ×, Alt+F4) hides the window while music
    // plays on; Quit in the menus closes it for real (not spontaneous).
    if (watched == m_window && event->type() == QEvent::Close && event->spontaneous() && closesToTray()) {
        event->ignore();
        m_window->hide();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ost
