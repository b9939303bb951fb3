-- Views for the query console (core/query, docs/query-console.md): the common questions in plain
-- names and words, so a query needs no knowledge of ids, codes or UTC milliseconds. Nothing reads
-- them but the console; every column is documented in docs/query-console.md.
--
-- Times are UTC: SQLite does not know the profile's time zone (the app's own pages use local
-- time). A "play" is what the app counts: a music row of 30 seconds or more.

-- One row per listening row (music, podcasts, audiobooks, videos), short ones too.
CREATE VIEW v_plays AS
SELECT p.id                                                          AS play_id,
       strftime('%Y-%m-%dT%H:%M:%SZ', p.started_at / 1000, 'unixepoch') AS started_at_utc,
       strftime('%Y-%m-%dT%H:%M:%SZ', p.ended_at / 1000, 'unixepoch')   AS ended_at_utc,
       p.started_at                                                  AS started_at_ms,
       p.ended_at                                                    AS ended_at_ms,
       strftime('%Y-%m-%d', p.started_at / 1000, 'unixepoch')        AS day_utc,
       CAST(strftime('%H', p.started_at / 1000, 'unixepoch') AS INTEGER) AS hour_utc,
       CASE p.kind WHEN 1 THEN 'music' WHEN 2 THEN 'podcast' WHEN 3 THEN 'audiobook' ELSE 'video' END AS kind,
       (p.kind = 1 AND p.ms_played >= 30000)                         AS is_play,
       p.ms_played                                                   AS ms_played,
       p.ms_played / 60000.0                                         AS minutes,
       c.name                                                        AS artist,
       i.name                                                        AS track,
       a.name                                                        AS album,
       c.id                                                          AS artist_id,
       i.id                                                          AS track_id,
       a.id                                                          AS album_id,
       COALESCE(p.spotify_uri, i.spotify_uri)                        AS spotify_uri,
       pl.raw                                                        AS platform,
       p.country                                                     AS country,
       p.reason_start                                                AS reason_start,
       p.reason_end                                                  AS reason_end,
       p.shuffle                                                     AS shuffle,
       p.skipped                                                     AS skipped,
       p.offline                                                     AS offline,
       p.incognito                                                   AS incognito,
       CASE p.source WHEN 1 THEN 'account data' WHEN 2 THEN 'extended history' ELSE 'web api' END AS source
FROM plays p
JOIN items i ON i.id = p.item_id
JOIN creators c ON c.id = i.creator_id
LEFT JOIN albums a ON a.id = i.album_id
LEFT JOIN platforms pl ON pl.id = p.platform_id;

-- Music per UTC day: plays (30 s or more), listening time of every music row, tracks, artists.
CREATE VIEW v_daily AS
SELECT strftime('%Y-%m-%d', p.started_at / 1000, 'unixepoch') AS day,
       SUM(p.ms_played >= 30000)                                AS plays,
       SUM(p.ms_played)                                         AS ms_played,
       ROUND(SUM(p.ms_played) / 60000.0, 1)                     AS minutes,
       COUNT(DISTINCT p.item_id)                                AS tracks,
       COUNT(DISTINCT i.creator_id)                             AS artists,
       SUM(p.skipped = 1)                                       AS skips
FROM plays p
JOIN items i ON i.id = p.item_id
WHERE p.kind = 1
GROUP BY day;

-- Every entry of every imported Spotify chart, with the chart and the song in words.
CREATE VIEW v_chart_entries AS
SELECT c.region                                                        AS region,
       CASE c.period WHEN 2 THEN 'weekly' ELSE 'daily' END             AS period,
       CASE c.kind WHEN 2 THEN 'viral50' ELSE 'top200' END             AS kind,
       c.chart_date                                                    AS chart_date,
       e.rank                                                          AS rank,
       t.title                                                         AS song,
       t.artists                                                       AS artists,
       e.streams                                                       AS streams,
       t.spotify_id                                                    AS spotify_id,
       c.id                                                            AS chart_id,
       t.id                                                            AS song_id
FROM chart_entries e
JOIN charts c ON c.id = e.chart_id
JOIN chart_tracks t ON t.id = e.track_id;
