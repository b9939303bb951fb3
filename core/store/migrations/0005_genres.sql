-- Genres of the history's music artists (creators), from Spotify when it still sends them, else
-- from MusicBrainz. An artist's weights add up to 1: analytics share each play out by them.
CREATE TABLE artist_genres (
    creator_id INTEGER NOT NULL REFERENCES creators(id),
    genre      TEXT    NOT NULL,         -- lower case, as the source spells it
    source     INTEGER NOT NULL,         -- 1 Spotify, 2 MusicBrainz genre, 3 MusicBrainz tag (weaker)
    weight     REAL    NOT NULL,         -- 0..1, from the source's order or vote counts
    PRIMARY KEY (creator_id, genre)
) WITHOUT ROWID;

-- Every artist looked up, with when and what came of it, so "looked up, none found" and "name
-- too ambiguous to guess" are not asked again before the freshness time.
CREATE TABLE artist_genre_lookups (
    creator_id   INTEGER PRIMARY KEY REFERENCES creators(id),
    looked_up_at INTEGER NOT NULL,       -- UTC ms
    outcome      INTEGER NOT NULL,       -- 1 genres found, 2 none found, 3 ambiguous name: no guess
    spotify_id   TEXT,                   -- the Spotify artist id used, when known
    mbid         TEXT                    -- the MusicBrainz artist, when found
);

-- The user's genre mapping, applied everywhere genres are shown: fold a genre into another
-- ("alt-rock" -> "alternative rock"), rename it, or hide it.
CREATE TABLE genre_mapping (
    genre  TEXT PRIMARY KEY,             -- as stored in artist_genres
    target TEXT,                         -- shown instead (fold or rename); NULL: keep the name
    hidden INTEGER NOT NULL DEFAULT 0    -- 1: left out of every chart and list
) WITHOUT ROWID;
