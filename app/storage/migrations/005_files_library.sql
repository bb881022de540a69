-- Schema 5: the user's own files become the library. Dramas, songs and artists made from
-- tags live beside the catalog's with origin 'files'; a reference list of Korean dramas
-- (compiled from resources/catalog/reference-dramas.json) names them; the user's edits are a
-- layer of their own tables, applied over catalog, pack and file rows after every writer.

CREATE TABLE reference_dramas (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    title_ko TEXT,
    year INTEGER,
    broadcaster TEXT,
    season INTEGER NOT NULL DEFAULT 1
);

-- Every name of a reference drama under AlbumNameParser::dramaKey (English, aliases, Hangul).
CREATE TABLE reference_names (
    name_key TEXT PRIMARY KEY,
    reference_id TEXT NOT NULL REFERENCES reference_dramas(id) ON DELETE CASCADE
);

-- scanned_files gains the album facts a file was placed by, and more outcomes:
-- added (a new song of a drama), other (a song of an album that is no OST), duplicate (a
-- second copy of a song that already has a file), missing (gone since the last scan).
CREATE TABLE scanned_files_v5 (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    title TEXT,
    artist TEXT,
    album TEXT,
    duration_ms INTEGER,
    song_id TEXT REFERENCES songs(id),
    status TEXT NOT NULL CHECK (status IN ('linked', 'added', 'other', 'duplicate', 'review', 'unmatched', 'rejected', 'error', 'missing')),
    reason TEXT,
    scanned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    album_artist TEXT,
    track INTEGER,
    year INTEGER,
    album_key TEXT,
    drama_id TEXT
);
-- Files the catalog did not know are read again at the next scan, so they become songs.
-- mtime is kept in nanoseconds from now on (a retag within a second is seen); the seconds of
-- older rows never equal it, so every file is read once more at the next scan.
INSERT INTO scanned_files_v5(path, size, mtime, title, artist, album, duration_ms, song_id, status, reason, scanned_at)
    SELECT path, CASE WHEN status = 'unmatched' THEN -1 ELSE size END, mtime, title, artist, album, duration_ms, song_id,
           status, reason, scanned_at FROM scanned_files;
DROP TABLE scanned_files;
ALTER TABLE scanned_files_v5 RENAME TO scanned_files;
CREATE INDEX scanned_files_by_status ON scanned_files(status);
CREATE INDEX scanned_files_by_song ON scanned_files(song_id);
CREATE INDEX scanned_files_by_album ON scanned_files(album_key);

-- A cover found with the files (embedded picture or cover.jpg beside them) per drama.
CREATE TABLE file_covers (
    drama_id TEXT PRIMARY KEY REFERENCES dramas(id),
    path TEXT NOT NULL
);

-- The user layer. Each row is an edit the user made; LibraryEdits::reapply() writes them
-- over the rows again after a catalog update, a pack import or a scan.
CREATE TABLE drama_edits (
    drama_id TEXT PRIMARY KEY,
    title TEXT,
    title_ko TEXT,
    year INTEGER,
    broadcaster TEXT,
    edited_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE song_edits (
    song_id TEXT PRIMARY KEY,
    title TEXT,
    title_ko TEXT,
    artists TEXT,
    part INTEGER,
    edited_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- "from" was merged into "into": its songs, favorite and poster follow; it is retired.
CREATE TABLE drama_merges (
    from_id TEXT PRIMARY KEY,
    into_id TEXT NOT NULL,
    merged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- The songs "from" had when it was merged, so an undo splits them back.
CREATE TABLE drama_merge_songs (
    from_id TEXT NOT NULL,
    song_id TEXT NOT NULL,
    part INTEGER,
    PRIMARY KEY (from_id, song_id)
);

-- A song the user moved by hand (drama_id NULL: to no drama, "Other music").
CREATE TABLE song_placements (
    song_id TEXT PRIMARY KEY,
    drama_id TEXT,
    part INTEGER
);

-- "This album is drama X" / "this album is not a drama", by album key (folded album title).
CREATE TABLE album_overrides (
    album_key TEXT PRIMARY KEY,
    album TEXT NOT NULL,
    drama_id TEXT,
    CHECK (drama_id IS NULL OR drama_id <> '')
);

CREATE INDEX dramas_by_origin ON dramas(origin);
CREATE INDEX songs_by_origin ON songs(origin);
