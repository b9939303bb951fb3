-- Catalogue: who made it (artist, podcast show or audiobook), what was played, on which album.
CREATE TABLE creators (
    id        INTEGER PRIMARY KEY,
    kind      INTEGER NOT NULL,          -- 1 music artist, 2 podcast show, 3 audiobook, 4 video
    name      TEXT    NOT NULL,          -- NFC, as first seen
    match_key TEXT    NOT NULL,          -- NFC, case-folded, whitespace collapsed
    UNIQUE (kind, match_key)
);

CREATE TABLE albums (
    id         INTEGER PRIMARY KEY,
    creator_id INTEGER NOT NULL REFERENCES creators(id),
    name       TEXT    NOT NULL,
    match_key  TEXT    NOT NULL,
    UNIQUE (creator_id, match_key)
);

CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    creator_id  INTEGER NOT NULL REFERENCES creators(id),
    album_id    INTEGER REFERENCES albums(id),
    name        TEXT    NOT NULL,
    match_key   TEXT    NOT NULL,
    spotify_uri TEXT,
    UNIQUE (creator_id, match_key)
);

CREATE TABLE platforms (
    id  INTEGER PRIMARY KEY,
    raw TEXT NOT NULL UNIQUE
);

-- One row per imported file: where plays came from.
CREATE TABLE import_files (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    shape       TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    rows_read   INTEGER NOT NULL,
    plays_added INTEGER NOT NULL
);

-- Every listening row kept, short ones too (skip analysis needs them). Times are UTC ms.
-- No IP address, user agent or user name is ever stored.
CREATE TABLE plays (
    id           INTEGER PRIMARY KEY,
    started_at   INTEGER NOT NULL,       -- ended_at - ms_played
    ended_at     INTEGER NOT NULL,
    ms_played    INTEGER NOT NULL,
    kind         INTEGER NOT NULL,       -- 1 music, 2 podcast, 3 audiobook, 4 video
    item_id      INTEGER NOT NULL REFERENCES items(id),
    source       INTEGER NOT NULL,       -- 1 account data, 2 extended history, 3 Web API
    spotify_uri  TEXT,
    platform_id  INTEGER REFERENCES platforms(id),
    country      TEXT,
    reason_start TEXT,
    reason_end   TEXT,
    shuffle      INTEGER,
    skipped      INTEGER,
    offline      INTEGER,
    offline_at   INTEGER,
    incognito    INTEGER,
    file_id      INTEGER REFERENCES import_files(id)
);

CREATE INDEX plays_by_start ON plays (started_at);

-- Music plays packed per UTC month, column by column, for the analytics pages: reading a
-- million plays from here costs a few blob reads instead of a million row steps. Derived from
-- plays: a month listed in music_chunks_stale is rebuilt before it is read.
CREATE TABLE music_chunks (
    month      INTEGER PRIMARY KEY,      -- year * 12 + month - 1, of started_at in UTC
    row_count  INTEGER NOT NULL,
    started_at BLOB    NOT NULL,         -- int64 little-endian, ascending
    ms_played  BLOB    NOT NULL,         -- int32 little-endian
    item_id    BLOB    NOT NULL          -- int32 little-endian
);

CREATE TABLE music_chunks_stale (
    month INTEGER PRIMARY KEY
);
