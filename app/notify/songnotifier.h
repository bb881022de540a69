#pragma once

#include <QObject>

namespace ost {

// Desktop notifications of the song that starts, through the freedesktop Notifications
// service on the session bus (org.freedesktop.Notifications): the title, the artists and the
// drama, with the drama's poster. Each replaces this app's previous one, so a quick run of Next
// leaves one notification, not a stack. Calls are asynchronous: the GUI thread never waits for
// the notification server, and without a session bus or a server nothing happens.
// On unless the user turned it off (setting notifications/songChange).
class SongNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit SongNotifier(QObject *parent = nullptr);

    static bool enabled();
    static void setEnabled(bool on);

    // imagePath: a local image file (the poster), or empty for the app's icon.
    void notify(const QString &title, const QString &body, const QString &imagePath);

    static constexpr const char *kService = "org.freedesktop.Notifications";
    static constexpr const char *kPath = "/org/freedesktop/Notifications";
    static constexpr const char *kDesktopEntry = "io.github.ostshelf.OstShelf";

Q_SIGNALS:
    void delivered(uint id); // the server took it (tests; the id replaces it next time)

private:
    uint m_lastId = 0;
};

} // namespace ost
