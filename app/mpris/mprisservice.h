#pragma once

#include <QObject>

namespace ost {

class MprisPlayer;
class MprisRoot;
class PlaybackController;

// Puts the player on the session bus as org.mpris.MediaPlayer2.ostshelf. Without a
// session bus (a bare console) the app plays on; only media keys from outside are missing.
class MprisService final : public QObject
{
    Q_OBJECT
public:
    MprisService(PlaybackController *controller, QObject *parent = nullptr);
    ~MprisService() override;

    bool isRegistered() const { return m_registered; }
    MprisRoot *root() const { return m_root; }
    MprisPlayer *player() const { return m_player; }

    static constexpr const char *kServiceName = "org.mpris.MediaPlayer2.ostshelf";

private:
    MprisRoot *m_root;
    MprisPlayer *m_player;
    bool m_registered = false;
};

} // namespace ost
