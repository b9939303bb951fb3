"""What the generator and both baselines share: the row shape and the baseline table."""

import os

# The keys of a 2024+ extended streaming-history row, in Spotify's order.
JSON_KEYS = [
    "ts", "platform", "ms_played", "conn_country", "ip_addr", "master_metadata_track_name",
    "master_metadata_album_artist_name", "master_metadata_album_album_name", "spotify_track_uri",
    "episode_name", "episode_show_name", "spotify_episode_uri", "audiobook_title", "audiobook_uri",
    "audiobook_chapter_uri", "audiobook_chapter_title", "reason_start", "reason_end", "shuffle", "skipped",
    "offline", "offline_timestamp", "incognito_mode",
]

# The baseline table's columns (and the CSV's): everything but the IP address, which Tunescope
# never stores either.
COLUMNS = [key for key in JSON_KEYS if key != "ip_addr"]

SCHEMA_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baseline_schema.sql")

# The same connection settings Tunescope uses for a profile database.
PRAGMAS = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"


def schema_sql():
    with open(SCHEMA_FILE, encoding="utf-8") as f:
        return f.read()


def row_values(row):
    return tuple(row[key] for key in COLUMNS)


def csv_text(value):
    """How a JSON value appears in the CSV: null as empty, booleans as 1/0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
