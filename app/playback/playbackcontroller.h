#pragma once

#include "domain/song.h"
#include "history/playrecord.h"
#include "loudness/replaygain.h"
#include "playback/cliplocator.h"
#include "previewplayer.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QObject>

namespace ost {

class DbExecutor;
class QueueModel;

// The queue and what plays: resolves each song to the user's linked file, else our demo
// clip, on the database thread; plays a preview window (or the whole song) and moves on.
// A song that cannot play is reported and skipped, but three failures in a row stop the
// queue instead of skipping through it in a loop.
class PlaybackController final : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, LocalFile, DemoClip };
    Q_ENUM(Source)

    PlaybackController(Database db, DbExecutor *executor, ClipLocator clips, QObject *parent = nullptr);

    QueueModel *queue() const { return m_queue; }
    PreviewPlayer *player() const { return m_player; }

    void playSongs(const QStringList &songIds, int start = 0); // replaces the queue
    void playNext(const QStringList &songIds);
    void addToQueue(const QStringList &songIds);
    void insertIntoQueue(int row, const QStringList &songIds); // dropped onto the queue
    void removeFromQueue(const QList<int> &rows);
    void moveInQueue(int from, int to);
    void moveRowsInQueue(const QList<int> &rows, int destinationRow); // dragged within it
    void playRow(int row);
    // A file from outside (MPRIS OpenUri, a second launch): its song if it is linked, else the file itself.
    void playFile(const QString &path);
    void togglePlayPause();
    void next();
    void previous();
    void seekBy(qint64 deltaMs);

    // Preview seconds, 0 for whole songs. The app offers 10–60 s; tests use shorter windows.
    void setPreviewSeconds(int seconds);
    int previewSeconds() const { return m_previewSeconds; }
    void setFadeMs(int ms) { m_fadeMs = ms; }
    void setPreviewStartHere(); // the current position becomes the song's preview start
    QString currentSongId() const;
    // The play in progress ends here (the app quits): playEnded() tells how much was heard.
    void endCurrentPlay() { endPlay(false); }
    Source currentSource() const { return m_source; }
    // Loudness levelling from the files' ReplayGain/R128 tags (read on the database thread
    // when a file starts); a change applies at once to the song playing.
    void setLevelSettings(const LevelSettings &settings);
    LevelSettings levelSettings() const { return m_levelSettings; }
    Level currentLevel() const { return m_level; } // of the file playing

    static constexpr int kMaxFailuresInARow = 3;

Q_SIGNALS:
    void nowPlaying(const ost::Song &song, ost::PlaybackController::Source source);
    void stopped();
    void message(const QString &text);
    // A song of the queue stopped playing, however it stopped (not one that failed, nor one
    // heard for under a second and left): what the play history records.
    void playEnded(const ost::PlayRecord &play);
    // The file playing and its level (after a start or a change of the settings).
    void levelChanged(const ost::Level &level);

private:
    void beginPlay(const QString &songId, PlayRecord::Kind kind, qint64 windowMs);
    void endPlay(bool ranToEnd);
    void start(int row);
    void songEnded(bool failed);
    void fetchDetails(const QStringList &ids);
    void applyLevel(const ReplayGain &gain);

    Database m_db;
    DbExecutor *m_exec;
    ClipLocator m_clips;
    QueueModel *m_queue;
    PreviewPlayer *m_player;
    int m_previewSeconds = 30;
    int m_fadeMs = 1500;
    int m_failures = 0;
    quint64 m_request = 0; // the newest start() wins when answers arrive late
    Source m_source = Source::None;
    LevelSettings m_levelSettings;
    ReplayGain m_replayGain; // of the file playing
    Level m_level;
    struct CurrentPlay
    {
        QString songId; // empty: nothing of the queue is playing
        QDateTime startedAt;
        PlayRecord::Kind kind = PlayRecord::Kind::Full;
        qint64 windowMs = 0; // a preview's
        qint64 heardMs = 0; // before the clock's current run
        QElapsedTimer clock; // runs while the player plays
    };
    CurrentPlay m_play;
};

} // namespace ost
