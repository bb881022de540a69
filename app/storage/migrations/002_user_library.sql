-- Schema 2: the user's own library data beside favorites: playlists, linked local files,
-- preview start points and custom posters. Catalog rows are retired, never deleted, so
-- nothing here can be orphaned by a catalog update.
ALTER TABLE dramas ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
ALTER TABLE songs ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;

CREATE TABLE playlists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted_at TEXT
);

CREATE TABLE playlist_items (
    playlist_id INTEGER NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    song_id TEXT NOT NULL REFERENCES songs(id),
    PRIMARY KEY (playlist_id, position)
);

CREATE TABLE local_files (
    song_id TEXT PRIMARY KEY REFERENCES songs(id),
    path TEXT NOT NULL,
    linked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE preview_starts (
    song_id TEXT PRIMARY KEY REFERENCES songs(id),
    start_ms INTEGER NOT NULL CHECK (start_ms >= 0)
);

CREATE TABLE custom_posters (
    drama_id TEXT PRIMARY KEY REFERENCES dramas(id),
    file_name TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
