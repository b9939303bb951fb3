-- The flat table both baselines fill (plain Python, sqlite3 .import). It keeps what Tunescope
-- keeps (no IP address) and refuses the same duplicates Tunescope skips within one source: the
-- same end time, the same item (URI, or the name when a row has no URI) and the same ms_played.
-- NULLIF makes the CSV import's empty strings behave like the JSON's nulls.
CREATE TABLE plays (
    ts                                TEXT    NOT NULL,
    platform                          TEXT,
    ms_played                         INTEGER NOT NULL,
    conn_country                      TEXT,
    master_metadata_track_name        TEXT,
    master_metadata_album_artist_name TEXT,
    master_metadata_album_album_name  TEXT,
    spotify_track_uri                 TEXT,
    episode_name                      TEXT,
    episode_show_name                 TEXT,
    spotify_episode_uri               TEXT,
    audiobook_title                   TEXT,
    audiobook_uri                     TEXT,
    audiobook_chapter_uri             TEXT,
    audiobook_chapter_title           TEXT,
    reason_start                      TEXT,
    reason_end                        TEXT,
    shuffle                           INTEGER,
    skipped                           INTEGER,
    offline                           INTEGER,
    offline_timestamp                 INTEGER,
    incognito_mode                    INTEGER
);

CREATE UNIQUE INDEX plays_unique ON plays (
    ts,
    COALESCE(NULLIF(spotify_track_uri, ''), NULLIF(spotify_episode_uri, ''), NULLIF(audiobook_chapter_uri, ''),
             NULLIF(master_metadata_track_name, ''), NULLIF(episode_name, ''), audiobook_title),
    ms_played
);
