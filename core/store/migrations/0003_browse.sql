-- Artist pages (core/browse): which releases make up an artist's discography, group by group,
-- when each group and each album's track list were fetched, and every album's tracks in order.
-- Kept beside spotify_albums and spotify_tracks rather than as columns of them: a sync replaces
-- those rows whole whenever it meets the album or track again, which would erase the columns.

-- The members of one group of an artist's discography. Spotify no longer says which group an
-- album belongs to, so each group is asked for on its own and the answer is stored as it came.
CREATE TABLE spotify_artist_releases (
    artist_id    TEXT    NOT NULL,
    album_group  TEXT    NOT NULL,       -- 'album', 'single', 'compilation' or 'appears_on'
    album_id     TEXT    NOT NULL,       -- spotify_albums.spotify_id
    position     INTEGER NOT NULL,       -- 0-based, in Spotify's listing
    PRIMARY KEY (artist_id, album_group, album_id)
) WITHOUT ROWID;

-- When one group of an artist's discography was last fetched to its end (UTC ms).
CREATE TABLE spotify_discography_fetches (
    artist_id    TEXT    NOT NULL,
    album_group  TEXT    NOT NULL,
    fetched_at   INTEGER NOT NULL,
    PRIMARY KEY (artist_id, album_group)
) WITHOUT ROWID;

-- When an album's whole track list was last fetched (UTC ms).
CREATE TABLE spotify_album_tracklists (
    album_id     TEXT    PRIMARY KEY,
    fetched_at   INTEGER NOT NULL
) WITHOUT ROWID;

-- An album's tracks in Spotify's order, with the numbers printed on the sleeve.
CREATE TABLE spotify_album_tracks (
    album_id     TEXT    NOT NULL,
    position     INTEGER NOT NULL,       -- 0-based, in Spotify's order
    track_id     TEXT    NOT NULL,       -- spotify_tracks.spotify_id
    disc_number  INTEGER NOT NULL,       -- 1 when Spotify does not say
    track_number INTEGER NOT NULL,       -- position + 1 when Spotify does not say
    PRIMARY KEY (album_id, position)
) WITHOUT ROWID;
