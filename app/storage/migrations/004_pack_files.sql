-- Schema 4: files that came with drama packs, a poster per drama and a preview clip per song.
-- They live under <data dir>/packfiles/ named by their SHA-256, so an import never writes
-- over a file in place, and importing the same pack again finds everything already there.
CREATE TABLE pack_files (
    kind TEXT NOT NULL CHECK (kind IN ('poster', 'preview')),
    owner_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (kind, owner_id)
);
