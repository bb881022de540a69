-- Schema 8: loudness that OST Shelf measured (EBU R128) for files without ReplayGain tags,
-- so that they are levelled too. A row counts while its file keeps its size and
-- modification time (nanoseconds, as in scanned_files); a changed file is measured again.
-- Measurements can be made again at any time, so salvage does not carry them over.
CREATE TABLE file_loudness (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    integrated_lufs REAL,                                   -- NULL: silent (nothing above −70 LUFS)
    sample_peak REAL NOT NULL CHECK (sample_peak >= 0),     -- full scale is 1.0
    duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
    measured_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
