-- Per-row details the insight pages read with the packed months, so skips, platforms, countries
-- and travel-aware hours cost blob reads too (layouts in store/MusicChunks.h). Every packed month
-- is rebuilt with them on its next read.
ALTER TABLE music_chunks ADD COLUMN flags BLOB;        -- uint8 per row
ALTER TABLE music_chunks ADD COLUMN platform_id BLOB;  -- int32 per row, 0 when unknown
ALTER TABLE music_chunks ADD COLUMN country BLOB;      -- uint16 per row, two ASCII letters, 0 when unknown
INSERT OR IGNORE INTO music_chunks_stale(month) SELECT month FROM music_chunks;

-- Podcasts and audiobooks are few next to music: a small covering index of their own (the
-- podcasts page reads no table rows). Queries name the
-- same term (kind <> 1) so SQLite can use it.
CREATE INDEX plays_spoken ON plays (started_at, kind, item_id, ms_played, reason_end) WHERE kind <> 1;
