#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace ost {

class PlaybackController;

// The tray icon (a StatusNotifierItem where the desktop has a host for one, the classic tray
// otherwise; Qt picks): the current song as its tooltip and menu title, play/pause, next and
// previous, show or hide the window, quit. A click shows or hides the window, a middle click
// plays or pauses. Closing the window to the tray is a setting, off by default, and only
// takes effect while a tray shows the icon, so the window can always be got back.
class PlayerTray final : public QObject
{
    Q_OBJECT

public:
    PlayerTray(PlaybackController *controller, QMainWindow *window);
    ~PlayerTray() override;

    static bool shownSetting(); // tray/show, on by default
    static void setShownSetting(bool on);
    static bool closeToTraySetting(); // tray/closeToTray, off by default
    static void setCloseToTraySetting(bool on);

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    // Whether a close of the window from the window manager hides it instead (the setting, and
    // a tray that shows the icon).
    bool closesToTray() const;

    void setShown(bool on); // the setting, applied
    void setNowPlaying(const QString &title, const QString &subtitle); // empty title: nothing plays
    void setPlaying(bool playing);
    void toggleWindow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window; // the parent: this dies with it
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_nowPlaying;
    QAction *m_playPause;
    QAction *m_showWindow;
};

} // namespace ost
