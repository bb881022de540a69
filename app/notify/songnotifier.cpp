#include "songnotifier.h"

#include "core/logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSettings>
#include <QUrl>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

const QString kSetting = u"notifications/songChange"_s;

} // namespace

SongNotifier::SongNotifier(QObject *parent)
    : QObject(parent)
{ }

bool SongNotifier::enabled()
{
    return QSettings().value(kSetting, true).toBool();
}

void SongNotifier::setEnabled(bool on)
{
    QSettings().setValue(kSetting, on);
}

void SongNotifier::notify(const QString &title, const QString &body, const QString &imagePath)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                         QString::fromLatin1(kService), u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, QString::fromLatin1(kDesktopEntry));
    hints.insert(u"category"_s, u"x-gnome.music"_s);
    if (!imagePath.isEmpty())
        hints.insert(u"image-path"_s, QUrl::fromLocalFile(imagePath).toString());
    // Servers may read the body as markup: a "&" or "<" in a title stays text.
    call << u"OST Shelf"_s << m_lastId << QString::fromLatin1(kDesktopEntry) << title << body.toHtmlEscaped()
         << QStringList() << hints << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            // No notification server (a bare session): the song plays on, said once in the log.
            qCInfo(lcPlayback) << "no song notification:" << reply.error().message();
            return;
        }
        m_lastId = reply.value();
        Q_EMIT delivered(m_lastId);
    });
}

} // namespace ost
