-- Schema 7: play history. Every play of a song is a row: when it started, how long it was
-- heard, whether it was a preview or the song itself, and whether the listener moved on early
-- (skipped). No foreign key to songs: the history of a song that leaves the library stays.
CREATE TABLE plays (
    id INTEGER PRIMARY KEY,
    song_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,                              -- milliseconds since 1970, UTC
    listened_ms INTEGER NOT NULL CHECK (listened_ms >= 0),
    length_ms INTEGER NOT NULL CHECK (length_ms >= 0),        -- the song's, or the preview's window
    kind TEXT NOT NULL CHECK (kind IN ('full', 'preview')),
    skipped INTEGER NOT NULL CHECK (skipped IN (0, 1)),
    cleared INTEGER                                           -- set by "Clear history" until it is undone
);
-- The History page reads the shown plays by time and counts them from this index alone.
CREATE INDEX plays_by_time ON plays(started_at) WHERE cleared IS NULL;
CREATE INDEX plays_by_song ON plays(song_id, started_at);
-- Empty unless a clear is waiting to be undone: the purge at start finds nothing in no time.
CREATE INDEX plays_cleared ON plays(cleared) WHERE cleared IS NOT NULL;

-- Per song, kept by the trigger below and rebuilt by PlayHistoryRepository after a clear or its
-- undo, so that play counts and "last played" never scan the plays.
CREATE TABLE song_play_counts (
    song_id TEXT PRIMARY KEY,
    plays INTEGER NOT NULL DEFAULT 0,      -- full plays heard through (not skipped)
    skips INTEGER NOT NULL DEFAULT 0,
    previews INTEGER NOT NULL DEFAULT 0,
    last_played INTEGER                    -- started_at of the newest full play heard through
) WITHOUT ROWID;
CREATE INDEX song_play_counts_by_plays ON song_play_counts(plays);

-- (One line: migration scripts are split into statements at line ends with ';'.)
CREATE TRIGGER plays_count AFTER INSERT ON plays WHEN NEW.cleared IS NULL BEGIN INSERT INTO song_play_counts(song_id, plays, skips, previews, last_played) VALUES (NEW.song_id, NEW.kind = 'full' AND NOT NEW.skipped, NEW.skipped, NEW.kind = 'preview', CASE WHEN NEW.kind = 'full' AND NOT NEW.skipped THEN NEW.started_at END) ON CONFLICT(song_id) DO UPDATE SET plays = plays + excluded.plays, skips = skips + excluded.skips, previews = previews + excluded.previews, last_played = max(coalesce(last_played, excluded.last_played), coalesce(excluded.last_played, last_played)); END;
