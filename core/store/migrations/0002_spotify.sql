-- The Spotify account this profile is logged in with (one per profile). No token is stored
-- here: the refresh token lives in the system keychain (or, if the user agreed, a 0600 file)
-- under `secret_key`.
CREATE TABLE spotify_account (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    client_id     TEXT    NOT NULL,
    user_id       TEXT,                  -- from /me
    account_id    TEXT,                  -- from /me (May 2026 on); stable across renames
    display_name  TEXT,
    secret_key    TEXT    NOT NULL,      -- name of the keychain entry, not the secret
    logged_in_at  INTEGER NOT NULL       -- UTC ms
);

-- "Spotify asks us to wait until ...": a host's cooldown survives restarts.
CREATE TABLE http_cooldowns (
    host      TEXT PRIMARY KEY,
    until_ms  INTEGER NOT NULL,
    reason    TEXT    NOT NULL
);

-- Spotify's own top lists, one dated snapshot per list and sync, so their history builds up.
CREATE TABLE top_snapshots (
    id          INTEGER PRIMARY KEY,
    taken_at    INTEGER NOT NULL,        -- UTC ms
    kind        INTEGER NOT NULL,        -- 1 artists, 2 tracks
    time_range  INTEGER NOT NULL,        -- 1 short (4 weeks), 2 medium (6 months), 3 long (1 year)
    item_count  INTEGER NOT NULL
);
CREATE INDEX top_snapshots_by_list ON top_snapshots(kind, time_range, taken_at);

CREATE TABLE top_entries (
    snapshot_id INTEGER NOT NULL REFERENCES top_snapshots(id),
    rank        INTEGER NOT NULL,        -- 1-based
    spotify_id  TEXT    NOT NULL,        -- artist or track id
    PRIMARY KEY (snapshot_id, rank)
) WITHOUT ROWID;
CREATE INDEX top_entries_by_id ON top_entries(spotify_id);

-- What Spotify told us about artists, albums and tracks, with when: a sync within the freshness
-- time asks nothing again. Optional fields are NULL when Spotify did not send them (new apps get
-- no genres, popularity or followers); genres is a JSON array when sent, even if empty.
CREATE TABLE spotify_artists (
    spotify_id  TEXT PRIMARY KEY,
    name        TEXT    NOT NULL,
    genres      TEXT,
    popularity  INTEGER,
    followers   INTEGER,
    fetched_at  INTEGER NOT NULL,
    complete    INTEGER NOT NULL         -- 1: from /artists/{id} or a full object; 0: a mention
);

CREATE TABLE spotify_albums (
    spotify_id     TEXT PRIMARY KEY,
    name           TEXT    NOT NULL,
    album_type     TEXT,
    release_date   TEXT,
    total_tracks   INTEGER,
    artist_ids     TEXT    NOT NULL,     -- JSON array, in Spotify's order
    fetched_at     INTEGER NOT NULL
);

CREATE TABLE spotify_tracks (
    spotify_id   TEXT PRIMARY KEY,
    name         TEXT    NOT NULL,
    duration_ms  INTEGER,
    explicit     INTEGER,
    album_id     TEXT,
    artist_ids   TEXT    NOT NULL,       -- JSON array
    isrc         TEXT,
    fetched_at   INTEGER NOT NULL
);

-- Images by URL, for any artist or album (largest first as Spotify sends them).
CREATE TABLE spotify_images (
    owner_id  TEXT    NOT NULL,          -- artist or album id
    position  INTEGER NOT NULL,
    url       TEXT    NOT NULL,
    width     INTEGER,
    height    INTEGER,
    PRIMARY KEY (owner_id, position)
) WITHOUT ROWID;

-- Small facts about syncing: when the last sync ended, the recently-played cursor, ...
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
