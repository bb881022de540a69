-- Schema 1: the catalog and favorites. Catalog rows are keyed by stable text ids that
-- survive catalog updates and packs; user rows reference those ids.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE dramas (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    title_ko TEXT,
    romanization TEXT,
    year INTEGER,
    broadcaster TEXT,
    synopsis TEXT,
    soundtrack_complete INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'bundled',
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE drama_aliases (
    drama_id TEXT NOT NULL REFERENCES dramas(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (drama_id, alias)
);

CREATE TABLE artists (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ko TEXT,
    kind TEXT NOT NULL DEFAULT 'solo' CHECK (kind IN ('solo', 'group', 'unit')),
    origin TEXT NOT NULL DEFAULT 'bundled'
);

CREATE TABLE artist_aliases (
    artist_id TEXT NOT NULL REFERENCES artists(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (artist_id, alias)
);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES artists(id) ON DELETE CASCADE,
    member_id TEXT NOT NULL REFERENCES artists(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, member_id)
);

CREATE TABLE songs (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    title_ko TEXT,
    romanization TEXT,
    year INTEGER,
    origin TEXT NOT NULL DEFAULT 'bundled'
);

CREATE TABLE song_aliases (
    song_id TEXT NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (song_id, alias)
);

CREATE TABLE song_artists (
    song_id TEXT NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
    artist_id TEXT NOT NULL REFERENCES artists(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'main' CHECK (role IN ('main', 'featuring')),
    position INTEGER NOT NULL,
    PRIMARY KEY (song_id, artist_id)
);
CREATE INDEX song_artists_by_artist ON song_artists(artist_id);

CREATE TABLE drama_songs (
    drama_id TEXT NOT NULL REFERENCES dramas(id) ON DELETE CASCADE,
    song_id TEXT NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
    part INTEGER,
    position INTEGER NOT NULL,
    PRIMARY KEY (drama_id, song_id)
);
CREATE INDEX drama_songs_by_song ON drama_songs(song_id);

CREATE TABLE awards (
    id TEXT PRIMARY KEY,
    song_id TEXT NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
    ceremony TEXT,
    year INTEGER,
    category TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('won', 'nominated'))
);
CREATE INDEX awards_by_song ON awards(song_id);

CREATE TABLE collections (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    title_ko TEXT,
    description TEXT,
    position INTEGER NOT NULL,
    origin TEXT NOT NULL DEFAULT 'bundled'
);

CREATE TABLE collection_items (
    collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    song_id TEXT REFERENCES songs(id) ON DELETE CASCADE,
    drama_id TEXT REFERENCES dramas(id) ON DELETE CASCADE,
    note TEXT,
    PRIMARY KEY (collection_id, position),
    CHECK ((song_id IS NULL) <> (drama_id IS NULL))
);

CREATE TABLE favorite_dramas (
    drama_id TEXT PRIMARY KEY REFERENCES dramas(id),
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE favorite_songs (
    song_id TEXT PRIMARY KEY REFERENCES songs(id),
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
