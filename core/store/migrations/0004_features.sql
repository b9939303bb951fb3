-- Audio features per Spotify track, with where they came from and when. A row whose source is
-- NULL records "looked up, none found": the providers are not asked again about that track until
-- the row is older than the freshness time. Missing values are NULL, never 0.
CREATE TABLE track_features (
    spotify_id        TEXT PRIMARY KEY,
    source            INTEGER,           -- 1 Spotify, 2 ReccoBeats, 3 imported dataset; NULL: none found
    fetched_at        INTEGER NOT NULL,  -- UTC ms
    acousticness      REAL,              -- 0..1, like the six below
    danceability      REAL,
    energy            REAL,
    instrumentalness  REAL,
    liveness          REAL,
    speechiness       REAL,
    valence           REAL,
    loudness          REAL,              -- dB
    tempo             REAL,              -- beats per minute
    pitch_class       INTEGER,           -- key: 0 C .. 11 B
    mode              INTEGER,           -- 1 major, 0 minor
    time_signature    INTEGER,
    duration_ms       INTEGER
) WITHOUT ROWID;

-- Features from an imported dataset for tracks of the history known only by artist and title
-- (account-data exports carry no Spotify ids). Same columns as track_features.
CREATE TABLE item_features (
    item_id           INTEGER PRIMARY KEY REFERENCES items(id),
    source            INTEGER NOT NULL,
    fetched_at        INTEGER NOT NULL,
    acousticness      REAL,
    danceability      REAL,
    energy            REAL,
    instrumentalness  REAL,
    liveness          REAL,
    speechiness       REAL,
    valence           REAL,
    loudness          REAL,
    tempo             REAL,
    pitch_class       INTEGER,
    mode              INTEGER,
    time_signature    INTEGER,
    duration_ms       INTEGER
);
