#include "mprisservice.h"

#include "core/logging.h"
#include "mprisplayer.h"
#include "mprisroot.h"

#include <QDBusConnection>
#include <QDBusError>

using namespace Qt::StringLiterals;

namespace ost {

MprisService::MprisService(PlaybackController *controller, QObject *parent)
    : QObject(parent)
    , m_root(new MprisRoot(this))
    , m_player(new MprisPlayer(this, controller))
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcPlayback) << "no session bus; MPRIS is off";
        return;
    }
    if (!bus.registerObject(u"/org/mpris/MediaPlayer2"_s, this)) {
        qCWarning(lcPlayback) << "cannot register the MPRIS object:" << bus.lastError().message();
        return;
    }
    m_registered = bus.registerService(QString::fromLatin1(kServiceName));
    if (!m_registered)
        qCWarning(lcPlayback) << "cannot take the MPRIS name:" << bus.lastError().message();
}

MprisService::~MprisService()
{
    if (m_registered) {
        QDBusConnection::sessionBus().unregisterService(QString::fromLatin1(kServiceName));
        QDBusConnection::sessionBus().unregisterObject(u"/org/mpris/MediaPlayer2"_s);
    }
}

} // namespace ost
