-- Spotify Charts: the public chart files (spotifycharts.com, charts.spotify.com, aggregated
-- datasets), one chart per region, period, kind and date.
CREATE TABLE charts (
    id         INTEGER PRIMARY KEY,
    region     TEXT    NOT NULL,         -- lower-case code: 'global', 'us', 'ar'
    period     INTEGER NOT NULL,         -- 1 daily, 2 weekly
    kind       INTEGER NOT NULL,         -- 1 top 200, 2 viral 50
    chart_date TEXT    NOT NULL,         -- YYYY-MM-DD; a week is named by its last day (Thursday)
    UNIQUE (region, period, kind, chart_date)
);

-- The songs charts name. A song is its Spotify track id when the file gives one, else its
-- artists and title (match_key: NFC, case-folded).
CREATE TABLE chart_tracks (
    id         INTEGER PRIMARY KEY,
    track_key  TEXT NOT NULL UNIQUE,     -- the Spotify track id, or 'name:' || artists || x'1f' || title
    spotify_id TEXT,
    title      TEXT NOT NULL,
    artists    TEXT NOT NULL             -- as the chart writes them: "A, B"
);

CREATE TABLE chart_entries (
    chart_id INTEGER NOT NULL REFERENCES charts(id),
    track_id INTEGER NOT NULL REFERENCES chart_tracks(id),
    rank     INTEGER,                    -- NULL when the file leaves it out
    streams  INTEGER,                    -- NULL on viral charts
    PRIMARY KEY (chart_id, track_id)
) WITHOUT ROWID;

CREATE INDEX chart_entries_by_track ON chart_entries (track_id);
