#include "playbackcontroller.h"

#include "loudness/loudnessrepository.h"
#include "models/queuemodel.h"
#include "repositories/catalogrepository.h"
#include "repositories/localfilerepository.h"
#include "repositories/previewstartrepository.h"
#include "storage/dbexecutor.h"
#include "tags/tagreader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ost {

PlaybackController::PlaybackController(Database db, DbExecutor *executor, ClipLocator clips, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_exec(executor)
    , m_clips(std::move(clips))
    , m_queue(new QueueModel(this))
    , m_player(new PreviewPlayer(this))
{
    connect(m_player, &PreviewPlayer::finished, this, [this] { songEnded(false); });
    connect(m_player, &PreviewPlayer::failed, this, [this] { songEnded(true); });
    connect(m_player, &PreviewPlayer::playingChanged, this, [this](bool playing) {
        if (m_play.songId.isEmpty())
            return;
        if (playing && !m_play.clock.isValid())
            m_play.clock.start();
        else if (!playing && m_play.clock.isValid()) {
            m_play.heardMs += m_play.clock.elapsed();
            m_play.clock.invalidate();
        }
    });
    connect(m_player, &PreviewPlayer::errorMessage, this, &PlaybackController::message);
}

void PlaybackController::setLevelSettings(const LevelSettings &settings)
{
    m_levelSettings = settings;
    applyLevel(m_replayGain);
}

void PlaybackController::applyLevel(const ReplayGain &gain)
{
    m_replayGain = gain;
    m_level = ReplayGainTags::level(gain, m_levelSettings);
    m_player->setLevel(m_level.factor);
    Q_EMIT levelChanged(m_level);
}

QString PlaybackController::currentSongId() const
{
    return m_queue->songId(m_queue->current());
}

void PlaybackController::fetchDetails(const QStringList &ids)
{
    const Database db = m_db;
    m_exec->run(
        this, [db, ids] { return CatalogRepository(db).songsById(ids); },
        [this](Result<QList<Song>> songs) {
            if (songs)
                m_queue->setDetails(*songs);
        });
}

void PlaybackController::playSongs(const QStringList &songIds, int start)
{
    if (songIds.isEmpty())
        return;
    m_queue->setSongs(songIds, start);
    fetchDetails(songIds);
    m_failures = 0;
    this->start(m_queue->current());
}

void PlaybackController::playNext(const QStringList &songIds)
{
    if (m_queue->rowCount() == 0) {
        playSongs(songIds);
        return;
    }
    m_queue->insertSongs(m_queue->current() + 1, songIds);
    fetchDetails(songIds);
    Q_EMIT message(tr("%n song(s) will play next", nullptr, int(songIds.size())));
}

void PlaybackController::addToQueue(const QStringList &songIds)
{
    insertIntoQueue(m_queue->rowCount(), songIds);
}

void PlaybackController::insertIntoQueue(int row, const QStringList &songIds)
{
    if (songIds.isEmpty())
        return;
    const bool idle = m_queue->rowCount() == 0;
    m_queue->insertSongs(row, songIds);
    fetchDetails(songIds);
    if (idle)
        start(0);
    else
        Q_EMIT message(tr("Added %n song(s) to the queue", nullptr, int(songIds.size())));
}

void PlaybackController::removeFromQueue(const QList<int> &rows)
{
    m_queue->removeSongs(rows);
}

void PlaybackController::moveInQueue(int from, int to)
{
    m_queue->moveSong(from, to);
}

void PlaybackController::moveRowsInQueue(const QList<int> &rows, int destinationRow)
{
    m_queue->moveSongs(rows, destinationRow);
}

void PlaybackController::playFile(const QString &path)
{
    const Database db = m_db;
    m_exec->run(
        this,
        [db, path] {
            auto byPath = LocalFileRepository(db).songsByPath();
            const QString songId = byPath
                ? byPath->value(QFileInfo(path).absoluteFilePath().normalized(QString::NormalizationForm_C))
                : QString();
            return std::pair { songId,
                               songId.isEmpty() ? TagReader::readReplayGain(path).value_or(ReplayGain {})
                                                : ReplayGain {} };
        },
        [this, path](const std::pair<QString, ReplayGain> &found) {
            const auto &[songId, gain] = found;
            if (!songId.isEmpty()) {
                playSongs({ songId });
                return;
            }
            // Not in the catalog: played whole, on its own, never as part of the queue.
            endPlay(false);
            ++m_request;
            m_queue->setSongs({}, -1);
            Song s;
            s.title = QFileInfo(path).completeBaseName();
            m_source = Source::LocalFile;
            Q_EMIT nowPlaying(s, m_source);
            applyLevel(gain);
            if (!m_player->playFile(path))
                m_source = Source::None;
        });
}

void PlaybackController::playRow(int row)
{
    m_failures = 0;
    start(row);
}

void PlaybackController::beginPlay(const QString &songId, PlayRecord::Kind kind, qint64 windowMs)
{
    m_play = {};
    m_play.songId = songId;
    m_play.startedAt = QDateTime::currentDateTimeUtc();
    m_play.kind = kind;
    m_play.windowMs = windowMs;
    if (m_player->isPlaying())
        m_play.clock.start();
}

void PlaybackController::endPlay(bool ranToEnd)
{
    if (m_play.songId.isEmpty())
        return;
    PlayRecord r;
    r.songId = m_play.songId;
    r.startedAt = m_play.startedAt;
    r.kind = m_play.kind;
    r.listenedMs = m_play.heardMs + (m_play.clock.isValid() ? m_play.clock.elapsed() : 0);
    const qint64 duration = m_player->duration();
    r.lengthMs = r.kind == PlayRecord::Kind::Preview && m_play.windowMs > 0
        ? (duration > 0 ? std::min(duration, m_play.windowMs) : m_play.windowMs)
        : std::max<qint64>(0, duration);
    r.skipped = PlayRecord::isSkip(r.listenedMs, r.lengthMs, ranToEnd);
    m_play = {};
    if (!ranToEnd && r.listenedMs < 1000)
        return; // passed over, not played
    Q_EMIT playEnded(r);
}

void PlaybackController::start(int row)
{
    endPlay(false);
    if (row < 0 || row >= m_queue->rowCount()) {
        m_player->stop();
        m_source = Source::None;
        Q_EMIT stopped();
        return;
    }
    m_queue->setCurrent(row);
    const QString songId = m_queue->songId(row);
    const Database db = m_db;
    const ClipLocator clips = m_clips;
    const quint64 request = ++m_request;
    struct Resolved
    {
        Result<Song> song = fail(QString());
        QString path;
        Source source = Source::None;
        qint64 startMs = 0;
        ReplayGain gain;
    };
    m_exec->run(
        this,
        [db, songId, clips] {
            Resolved r;
            r.song = CatalogRepository(db).song(songId);
            // The user's own file wins; a missing one is reported, not silently replaced.
            if (auto paths = LocalFileRepository(db).paths({ songId }); paths && paths->contains(songId)) {
                r.path = paths->value(songId);
                r.source = Source::LocalFile;
                // Loudness tags; a file TagLib cannot read plays at 0 dB (the player says
                // what is wrong with it when it fails).
                r.gain = TagReader::readReplayGain(r.path).value_or(ReplayGain {});
                // Untagged: what OST Shelf measured of it, if it did (Playback → Loudness levelling).
                if (!r.gain.hasGain())
                    if (auto measured = LoudnessRepository(db).find(r.path); measured && *measured)
                        r.gain = (*measured)->asReplayGain();
            } else if (const QString clip = clips.clips({ songId }).value(songId); !clip.isEmpty()) {
                r.path = clip;
                r.source = Source::DemoClip;
            }
            r.startMs = PreviewStartRepository(db).get(songId).value_or(0);
            return r;
        },
        [this, request, row](Resolved r) {
            if (request != m_request)
                return; // the user already asked for another song
            if (!r.song) {
                Q_EMIT message(r.song.error().message);
                songEnded(true);
                return;
            }
            m_source = r.source;
            if (r.source == Source::None) {
                Q_EMIT nowPlaying(*r.song, r.source);
                Q_EMIT message(tr("“%1” has no audio file linked yet; skipped.").arg(r.song->title));
                songEnded(true);
                return;
            }
            PreviewPlayer::Window w;
            if (m_previewSeconds > 0) {
                // Demo clips are short originals: their window starts at the beginning.
                w.startMs = r.source == Source::LocalFile ? r.startMs : 0;
                w.lengthMs = qint64(m_previewSeconds) * 1000;
                w.fadeMs = m_fadeMs;
            }
            Q_EMIT nowPlaying(*r.song, r.source);
            applyLevel(r.gain);
            if (!m_player->playFile(r.path, w)) {
                songEnded(true);
                return;
            }
            // Demo clips are previews whatever the setting: they are not the song.
            const bool preview = m_previewSeconds > 0 || r.source == Source::DemoClip;
            beginPlay(r.song->id, preview ? PlayRecord::Kind::Preview : PlayRecord::Kind::Full, w.lengthMs);
            Q_UNUSED(row)
        });
}

void PlaybackController::songEnded(bool failed)
{
    if (failed)
        m_play = {}; // a play that failed is no play
    else
        endPlay(true);
    m_failures = failed ? m_failures + 1 : 0;
    if (m_failures >= kMaxFailuresInARow) {
        m_player->stop();
        Q_EMIT message(tr("Stopped: %n songs in a row could not play.", nullptr, m_failures));
        m_failures = 0;
        Q_EMIT stopped();
        return;
    }
    const int next = m_queue->current() + 1;
    if (next >= m_queue->rowCount()) {
        m_source = Source::None;
        Q_EMIT stopped();
        return;
    }
    start(next);
}

void PlaybackController::togglePlayPause()
{
    if (m_player->isPlaying())
        m_player->pause();
    else if (!m_player->currentFile().isEmpty())
        m_player->resume();
    else if (m_queue->rowCount() > 0)
        start(std::max(0, m_queue->current()));
}

void PlaybackController::next()
{
    m_failures = 0;
    if (m_queue->current() + 1 < m_queue->rowCount())
        start(m_queue->current() + 1);
}

void PlaybackController::previous()
{
    m_failures = 0;
    // Like every player: back to the start of this song first, then the previous one.
    if (m_player->position() > 3000 && m_previewSeconds == 0)
        m_player->seek(0);
    else if (m_queue->current() > 0)
        start(m_queue->current() - 1);
}

void PlaybackController::seekBy(qint64 deltaMs)
{
    m_player->seek(std::clamp<qint64>(m_player->position() + deltaMs, 0,
                                      std::max<qint64>(0, m_player->duration() - 500)));
}

void PlaybackController::setPreviewSeconds(int seconds)
{
    m_previewSeconds = std::max(0, seconds);
}

void PlaybackController::setPreviewStartHere()
{
    const QString songId = currentSongId();
    if (songId.isEmpty() || m_source != Source::LocalFile) {
        Q_EMIT message(tr("A preview start can be set on a song playing from your own file."));
        return;
    }
    const qint64 at = m_player->position();
    const Database db = m_db;
    m_exec->run(
        this, [db, songId, at] { return PreviewStartRepository(db).set(songId, at); },
        [this, at](Result<void> r) {
            if (!r)
                Q_EMIT message(r.error().message);
            else
                Q_EMIT message(tr("Previews of this song now start at %1:%2")
                                   .arg(at / 60000)
                                   .arg(at / 1000 % 60, 2, 10, QChar(u'0')));
        });
}

} // namespace ost
