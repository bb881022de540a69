#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusObjectPath>
#include <QVariantMap>

namespace ost {

class PlaybackController;

// org.mpris.MediaPlayer2.Player over the PlaybackController: media keys, desktop widgets
// and playerctl play, pause, skip, seek, set the volume, open local files and read what
// plays. Property changes are announced with org.freedesktop.DBus.Properties.PropertiesChanged.
class MprisPlayer final : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(QString LoopStatus READ loopStatus)
    Q_PROPERTY(double Rate READ rate)
    Q_PROPERTY(bool Shuffle READ shuffle)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(double Volume READ volume WRITE setVolume)
    Q_PROPERTY(qlonglong Position READ position)
    Q_PROPERTY(double MinimumRate READ rate)
    Q_PROPERTY(double MaximumRate READ rate)
    Q_PROPERTY(bool CanGoNext READ canControl)
    Q_PROPERTY(bool CanGoPrevious READ canControl)
    Q_PROPERTY(bool CanPlay READ canControl)
    Q_PROPERTY(bool CanPause READ canControl)
    Q_PROPERTY(bool CanSeek READ canControl)
    Q_PROPERTY(bool CanControl READ canControl)
public:
    MprisPlayer(QObject *parent, PlaybackController *controller);

    QString playbackStatus() const;
    QString loopStatus() const { return QStringLiteral("None"); }
    double rate() const { return 1.0; }
    bool shuffle() const { return false; }
    QVariantMap metadata() const { return m_metadata; }
    double volume() const;
    void setVolume(double volume);
    qlonglong position() const; // microseconds
    bool canControl() const { return true; }

    // Set by the app when a song starts: title, artists, drama, length, poster file.
    void setMetadata(const QString &songId, const QString &title, const QStringList &artists,
                     const QString &drama, qint64 lengthMs, const QString &artPath);

public Q_SLOTS:
    void Play();
    void Pause();
    void PlayPause();
    void Stop();
    void Next();
    void Previous();
    void Seek(qlonglong offsetUs);
    void SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs);
    void OpenUri(const QString &uri);

Q_SIGNALS:
    void Seeked(qlonglong positionUs);

private:
    void announce(const QVariantMap &changed);

    PlaybackController *m_controller;
    QVariantMap m_metadata;
};

} // namespace ost
