-- Schema 3: scanning the user's music folders. Each audio file seen is remembered with its
-- size and modification time (so an unchanged file is not read again), its tags and what it
-- was matched to; uncertain matches wait here for the user's review.
CREATE TABLE music_folders (
    path TEXT PRIMARY KEY,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE scanned_files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    title TEXT,
    artist TEXT,
    album TEXT,
    duration_ms INTEGER,
    song_id TEXT REFERENCES songs(id),
    status TEXT NOT NULL CHECK (status IN ('linked', 'review', 'unmatched', 'rejected', 'error')),
    reason TEXT,
    scanned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX scanned_files_by_status ON scanned_files(status);
