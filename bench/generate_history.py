#!/usr/bin/env python3
"""Deterministic synthetic Spotify extended streaming history (2024+ shape) for the benchmarks.

Writes OUT/json/Streaming_History_Audio_<years>_<n>.json exactly as Spotify does (a JSON array,
indent 2, raw UTF-8, no trailing newline, 15,000-20,000 rows a file, rows in time order), the
same rows as OUT/plays.csv for the sqlite3 `.import` baseline, and OUT/manifest.json.

Every name is invented; IP addresses come from the documentation ranges (RFC 5737 / RFC 3849).
Stdlib only. The same --plays and --seed always give byte-identical files.
"""

import argparse
import bisect
import csv
import datetime as dt
import itertools
import json
import os
import random
import shutil
import string
import sys

import baseline_common

GENERATOR_VERSION = 1

FIRST_DAY = dt.date(2015, 1, 1)
DAYS = (dt.date(2025, 1, 1) - FIRST_DAY).days  # ten years
EPOCH_DAY = (FIRST_DAY - dt.date(1970, 1, 1)).days

ARTISTS = 3000
TRACKS = 50_000
SHOWS = 40
BOOKS = 3
PODCAST_SHARE = 0.03
AUDIOBOOK_SHARE = 0.002
ROWS_PER_FILE = (15_000, 20_000)

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

# Word stock for invented names. A few entries carry accents or other scripts, as real
# libraries do, so the importer's Unicode path is exercised in proportion.
FIRST = ["Mira", "Jonas", "Lena", "Tomas", "Ines", "Oskar", "Nora", "Felix", "Ada", "Emil", "Lior", "Suvi",
         "Kai", "Rosa", "Milan", "Elif", "Ravi", "Yuna", "Theo", "Ivy", "Zoë", "Björn", "Sigrún", "Anaïs",
         "Łucja", "Jörg", "Renée", "Dário", "Mateo", "Hana"]
LAST = ["Kessel", "Varga", "Lindqvist", "Moreau", "Okafor", "Brandt", "Castell", "Nakamura", "Ferreira",
        "Holm", "Quist", "Marlow", "Sato", "Wren", "Delacroix", "Novak", "Ström", "Müller-Ost", "Ibáñez",
        "Kowalczyk", "Haldane", "Ruiz", "Achterberg", "Solberg", "Fontaine"]
ADJ = ["Velvet", "Silent", "Electric", "Paper", "Golden", "Hollow", "Neon", "Crimson", "Quiet", "Wild",
       "Lunar", "Broken", "Glass", "Northern", "Hidden", "Static", "Amber", "Frozen", "Distant", "Burning",
       "Pale", "Endless", "Gentle", "Restless", "Copper"]
NOUN = ["Orchards", "Harbors", "Satellites", "Foxes", "Tides", "Engines", "Gardens", "Ghosts", "Rivers",
        "Lanterns", "Echoes", "Machines", "Wolves", "Signals", "Mirrors", "Islands", "Pilots", "Cities",
        "Comets", "Saints", "Avenues", "Parades", "Storms", "Cathedrals", "Horizons"]
WORD = ["love", "night", "summer", "fire", "home", "light", "dream", "heart", "road", "rain", "city",
        "gold", "ocean", "shadow", "morning", "static", "paper", "stars", "midnight", "river", "echo",
        "window", "mirror", "signal", "garden", "silver", "winter", "thunder", "honey", "velvet"]
# Drawn for about one word in thirty.
WORD_UNICODE = ["Herz", "nuit", "corazón", "sommar", "été", "夜", "星", "바다", "мечта", "café", "Straße",
                "ñandú", "façade", "Ωmega", "crème"]
SHOW_WORDS = ["Talk", "Daily", "Science", "History", "Stories", "Weekly", "Deep Dive", "Chat", "Hour",
              "Briefing", "Notes", "Lab", "Room", "Club", "Files"]

PLATFORMS = [("android", 40), ("ios", 18), ("windows", 14), ("osx", 6), ("linux", 2), ("web_player", 4),
             ("Android OS 11 API 30 (Xiaomi, 21061119BI)", 6), ("iOS 14.4 (iPhone12,1)", 4),
             ("Windows 10 (10.0.19042; x64)", 4), ("Partner google cast_tv", 2)]
COUNTRIES = [("DE", 85), ("AT", 3), ("NL", 3), ("FR", 2), ("ES", 2), ("GB", 1), ("US", 1), ("IT", 1),
             ("CH", 1), ("ZZ", 1)]
REASON_START = [("trackdone", 45), ("clickrow", 20), ("fwdbtn", 15), ("playbtn", 8), ("appload", 5),
                ("backbtn", 4), ("remote", 2), ("trackerror", 1)]
END_AFTER_SKIP = [("fwdbtn", 80), ("backbtn", 12), ("clickrow", 5), ("endplay", 3)]
END_AFTER_PARTIAL = [("endplay", 50), ("logout", 15), ("unexpected-exit-while-paused", 15), ("fwdbtn", 10),
                     ("unexpected-exit", 5), ("remote", 5)]
# Listening by hour of day (UTC): low at night, peaks at commute and evening.
HOUR_WEIGHTS = [2, 1, 1, 1, 1, 2, 5, 9, 10, 8, 7, 7, 8, 8, 7, 8, 10, 12, 12, 11, 10, 8, 6, 4]


def weighted(rng, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights)[0]


def zipf_cumulative(count, exponent, rng_shuffle=None):
    weights = [1.0 / (rank + 1) ** exponent for rank in range(count)]
    if rng_shuffle is not None:
        rng_shuffle.shuffle(weights)
    return list(itertools.accumulate(weights))


def spotify_id(rng):
    return "".join(rng.choice(BASE62) for _ in range(22))


def unique_names(rng, count, make):
    names, seen = [], set()
    while len(names) < count:
        name = make(rng)
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def artist_name(rng):
    style = rng.random()
    if style < 0.45:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if style < 0.8:
        return f"The {rng.choice(ADJ)} {rng.choice(NOUN)}"
    if style < 0.9:
        return f"{rng.choice(ADJ)} {rng.choice(NOUN)} {rng.randint(2, 99)}"
    return f"DJ {rng.choice(ADJ)}{rng.choice(NOUN).lower()} & {rng.choice(FIRST)}"


def title(rng, lo=1, hi=4):
    words = [rng.choice(WORD_UNICODE if rng.random() < 0.03 else WORD) for _ in range(rng.randint(lo, hi))]
    text = " ".join(words)
    text = text[:1].upper() + text[1:]
    roll = rng.random()
    if roll < 0.06:
        text += " - Remastered"
    elif roll < 0.09:
        text += f" (feat. {rng.choice(FIRST)} {rng.choice(LAST)})"
    elif roll < 0.11:
        text += " - Live"
    return text


def enc(value):
    return json.dumps(value, ensure_ascii=False)


class Catalogue:
    """Artists, albums and tracks with Zipf-like popularity, plus podcast shows and audiobooks."""

    def __init__(self, rng):
        artists = unique_names(rng, ARTISTS, artist_name)
        self.tracks = []  # (pre-encoded JSON lines for the music fields, csv values, duration ms)
        track_weights = []
        artist_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(ARTISTS)]
        per_artist = self._split(rng, TRACKS, ARTISTS)
        self.albums = 0
        for artist, weight, count in zip(artists, artist_weights, per_artist):
            remaining = count
            within = 0
            # An artist's tracks share its weight, the first ones most.
            share = weight / sum(1.0 / (k + 1) ** 0.8 for k in range(count))
            while remaining > 0:
                size = min(remaining, rng.choice([1, 1, 2, 4, 8, 10, 12, 14, 16]))
                album = title(rng, 1, 3)
                self.albums += 1
                for _ in range(size):
                    name = title(rng)
                    uri = "spotify:track:" + spotify_id(rng)
                    lines = (f'    "master_metadata_track_name": {enc(name)},\n'
                             f'    "master_metadata_album_artist_name": {enc(artist)},\n'
                             f'    "master_metadata_album_album_name": {enc(album)},\n'
                             f'    "spotify_track_uri": {enc(uri)},\n'
                             '    "episode_name": null,\n'
                             '    "episode_show_name": null,\n'
                             '    "spotify_episode_uri": null,\n'
                             '    "audiobook_title": null,\n'
                             '    "audiobook_uri": null,\n'
                             '    "audiobook_chapter_uri": null,\n'
                             '    "audiobook_chapter_title": null,\n')
                    values = (name, artist, album, uri, None, None, None, None, None, None, None)
                    self.tracks.append((lines, values, rng.randint(90_000, 420_000)))
                    within += 1
                    track_weights.append(share / within ** 0.8)
                remaining -= size
        self.track_cum = list(itertools.accumulate(track_weights))

        self.episodes = []
        shows = unique_names(rng, SHOWS, lambda r: f"The {r.choice(ADJ)} {r.choice(SHOW_WORDS)}")
        for show in shows:
            for number in range(rng.randint(20, 100)):
                name = f"#{number + 1} {title(rng, 2, 5)}"
                uri = "spotify:episode:" + spotify_id(rng)
                lines = ('    "master_metadata_track_name": null,\n'
                         '    "master_metadata_album_artist_name": null,\n'
                         '    "master_metadata_album_album_name": null,\n'
                         '    "spotify_track_uri": null,\n'
                         f'    "episode_name": {enc(name)},\n'
                         f'    "episode_show_name": {enc(show)},\n'
                         f'    "spotify_episode_uri": {enc(uri)},\n'
                         '    "audiobook_title": null,\n'
                         '    "audiobook_uri": null,\n'
                         '    "audiobook_chapter_uri": null,\n'
                         '    "audiobook_chapter_title": null,\n')
                values = (None, None, None, None, name, show, uri, None, None, None, None)
                self.episodes.append((lines, values, 0))

        self.chapters = []
        for _ in range(BOOKS):
            book = title(rng, 2, 4)
            book_uri = "spotify:show:" + spotify_id(rng)
            for number in range(rng.randint(15, 40)):
                chapter = f"Chapter {number + 1}"
                uri = "spotify:episode:" + spotify_id(rng)
                lines = ('    "master_metadata_track_name": null,\n'
                         '    "master_metadata_album_artist_name": null,\n'
                         '    "master_metadata_album_album_name": null,\n'
                         '    "spotify_track_uri": null,\n'
                         '    "episode_name": null,\n'
                         '    "episode_show_name": null,\n'
                         '    "spotify_episode_uri": null,\n'
                         f'    "audiobook_title": {enc(book)},\n'
                         f'    "audiobook_uri": {enc(book_uri)},\n'
                         f'    "audiobook_chapter_uri": {enc(uri)},\n'
                         f'    "audiobook_chapter_title": {enc(chapter)},\n')
                values = (None, None, None, None, None, None, None, book, book_uri, uri, chapter)
                self.chapters.append((lines, values, 0))

    @staticmethod
    def _split(rng, total, parts):
        # Popular artists have more tracks: weights fall with rank, every artist gets at least one.
        weights = [1.0 / (rank + 1) ** 0.5 for rank in range(parts)]
        scale = (total - parts) / sum(weights)
        counts = [1 + int(w * scale) for w in weights]
        for i in rng.sample(range(parts), total - sum(counts)):
            counts[i] += 1
        return counts


def timestamps(rng, count):
    """Sorted, strictly increasing end times (seconds since 1970) over ten years."""
    day_cum = list(itertools.accumulate(1.0 + 1.5 * d / DAYS for d in range(DAYS)))  # listening grows
    days = rng.choices(range(DAYS), cum_weights=day_cum, k=count)
    hours = rng.choices(range(24), weights=HOUR_WEIGHTS, k=count)
    out = sorted((EPOCH_DAY + d) * 86400 + h * 3600 + rng.randrange(3600) for d, h in zip(days, hours))
    for i in range(1, count):
        if out[i] <= out[i - 1]:
            out[i] = out[i - 1] + 1
    return out


def ip_address(rng):
    if rng.random() < 0.15:
        return f"2001:db8:{rng.randrange(65536):x}:{rng.randrange(65536):x}:8000::"
    prefix = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{prefix}.{rng.randrange(1, 255)}"


def generate(out_dir, plays, seed):
    rng = random.Random(seed)
    catalogue = Catalogue(rng)
    ends = timestamps(rng, plays)

    json_dir = os.path.join(out_dir, "json")
    os.makedirs(json_dir)
    csv_file = open(os.path.join(out_dir, "plays.csv"), "w", encoding="utf-8", newline="")
    writer = csv.writer(csv_file, lineterminator="\n")
    writer.writerow(baseline_common.COLUMNS)

    platforms = [p for p, _ in PLATFORMS]
    platform_cum = list(itertools.accumulate(w for _, w in PLATFORMS))
    kinds = {"music": 0, "podcast": 0, "audiobook": 0}
    skips = 0
    ips = [ip_address(rng) for _ in range(40)]
    files = []
    start = 0
    session_platform = session_country = session_ip = None
    while start < plays:
        size = min(plays - start, rng.randint(*ROWS_PER_FILE))
        first_year = dt.datetime.fromtimestamp(ends[start], dt.timezone.utc).year
        last_year = dt.datetime.fromtimestamp(ends[start + size - 1], dt.timezone.utc).year
        years = str(first_year) if first_year == last_year else f"{first_year}-{last_year}"
        name = f"Streaming_History_Audio_{years}_{len(files)}.json"
        chunks = []
        for i in range(start, start + size):
            end = ends[i]
            if session_platform is None or rng.random() < 0.05:  # a new listening session
                session_platform = platforms[bisect.bisect_right(platform_cum, rng.random() * platform_cum[-1])]
                session_country = weighted(rng, COUNTRIES)
                session_ip = rng.choice(ips)
            roll = rng.random()
            reason_start = weighted(rng, REASON_START)
            if roll < PODCAST_SHARE:
                lines, values, _ = rng.choice(catalogue.episodes)
                ms = rng.randint(60_000, 3_600_000)
                reason_end = weighted(rng, END_AFTER_PARTIAL)
                skipped = False
                kinds["podcast"] += 1
            elif roll < PODCAST_SHARE + AUDIOBOOK_SHARE:
                lines, values, _ = rng.choice(catalogue.chapters)
                ms = rng.randint(120_000, 2_400_000)
                reason_end = weighted(rng, END_AFTER_PARTIAL)
                skipped = False
                kinds["audiobook"] += 1
            else:
                index = bisect.bisect_right(catalogue.track_cum, rng.random() * catalogue.track_cum[-1])
                lines, values, duration = catalogue.tracks[min(index, len(catalogue.tracks) - 1)]
                style = rng.random()
                if style < 0.18:  # a skip, some at once
                    ms = 0 if style < 0.01 else rng.randint(200, 29_999)
                    reason_end = weighted(rng, END_AFTER_SKIP)
                    skipped = True
                    skips += 1
                elif style < 0.30:
                    ms = rng.randint(30_000, duration)
                    reason_end = weighted(rng, END_AFTER_PARTIAL)
                    skipped = False
                else:
                    ms = duration - rng.randint(0, 1_500)
                    reason_end = "trackdone"
                    skipped = False
                kinds["music"] += 1
            ts = dt.datetime.fromtimestamp(end, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            shuffle = rng.random() < 0.4
            offline = rng.random() < 0.05
            incognito = rng.random() < 0.01
            offline_ts = (end * 1000 - ms) // 1000
            chunks.append(
                "  {\n"
                f'    "ts": "{ts}",\n'
                f'    "platform": {enc(session_platform)},\n'
                f'    "ms_played": {ms},\n'
                f'    "conn_country": "{session_country}",\n'
                f'    "ip_addr": "{session_ip}",\n'
                f"{lines}"
                f'    "reason_start": "{reason_start}",\n'
                f'    "reason_end": "{reason_end}",\n'
                f'    "shuffle": {"true" if shuffle else "false"},\n'
                f'    "skipped": {"true" if skipped else "false"},\n'
                f'    "offline": {"true" if offline else "false"},\n'
                f'    "offline_timestamp": {offline_ts},\n'
                f'    "incognito_mode": {"true" if incognito else "false"}\n'
                "  }")
            writer.writerow((ts, session_platform, ms, session_country) + values +
                            (reason_start, reason_end, int(shuffle), int(skipped), int(offline), offline_ts,
                             int(incognito)))
        with open(os.path.join(json_dir, name), "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(chunks))
            f.write("\n]")
        files.append({"name": name, "rows": size})
        start += size
    csv_file.close()

    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "plays": plays,
        "by_kind": kinds,
        "music_skips_under_30s": skips,
        "artists": ARTISTS,
        "albums": catalogue.albums,
        "tracks": len(catalogue.tracks),
        "podcast_episodes": len(catalogue.episodes),
        "audiobook_chapters": len(catalogue.chapters),
        "first_ts": dt.datetime.fromtimestamp(ends[0], dt.timezone.utc).isoformat() if plays else None,
        "last_ts": dt.datetime.fromtimestamp(ends[-1], dt.timezone.utc).isoformat() if plays else None,
        "files": files,
        "json_dir": "json",
        "csv": "plays.csv",
    }
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
    return manifest


def self_check(out_dir):
    """The hand-written JSON must be exactly what json.dumps(indent=2) writes, and match the CSV."""
    json_dir = os.path.join(out_dir, "json")
    with open(os.path.join(out_dir, "plays.csv"), encoding="utf-8", newline="") as f:
        csv_rows = list(csv.reader(f))[1:]
    json_rows = []
    for name in sorted(os.listdir(json_dir)):
        with open(os.path.join(json_dir, name), encoding="utf-8") as f:
            raw = f.read()
        rows = json.loads(raw)
        if json.dumps(rows, indent=2, ensure_ascii=False) != raw:
            sys.exit(f"self-check: {name} is not byte-identical to json.dumps(indent=2)")
        if any(list(row) != baseline_common.JSON_KEYS for row in rows):
            sys.exit(f"self-check: {name} has unexpected keys")
        json_rows.extend(rows)
    if len(json_rows) != len(csv_rows):
        sys.exit("self-check: JSON and CSV row counts differ")
    for row, line in zip(json_rows, csv_rows):
        if [baseline_common.csv_text(v) for v in baseline_common.row_values(row)] != line:
            sys.exit(f"self-check: CSV differs from JSON at {row['ts']}")
    print(f"self-check: {len(json_rows)} rows OK", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", help="folder to create (must not exist unless --force)")
    parser.add_argument("--plays", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--force", action="store_true", help="replace out_dir if it exists")
    parser.add_argument("--check", action="store_true", help="verify the output afterwards (slow)")
    args = parser.parse_args()
    if args.plays < 1:
        parser.error("--plays must be at least 1")
    if os.path.exists(args.out_dir):
        if not args.force:
            parser.error(f"{args.out_dir} exists (use --force to replace it)")
        shutil.rmtree(args.out_dir)
    manifest = generate(args.out_dir, args.plays, args.seed)
    if args.check:
        self_check(args.out_dir)
    print(json.dumps({k: manifest[k] for k in ("plays", "by_kind", "artists", "albums", "tracks")}))


if __name__ == "__main__":
    main()
