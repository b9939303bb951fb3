#!/usr/bin/env python3
"""Charts import throughput: `tunescope charts import` of a synthetic aggregated chart dataset
(the Kaggle "Spotify Charts" shape: title,rank,date,artist,url,region,chart,trend,streams) against
the sqlite3 shell's `.import` of the same file into a flat table, in the same run.

Both write a fresh database file in WAL mode with synchronous=NORMAL and start with the CSV in the
page cache; both are timed as whole processes. Tunescope does more per row (chart and song ids,
the region name to a code, a unique key per entry), which is what the ratio prices.

Usage: bench/charts_import.py --binary build/ci/app/tunescope [--rows 2000000] [--runs 3]
"""

import argparse
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time

REGIONS = ["Global", "United States", "Argentina", "Brazil", "Germany", "Japan", "Sweden", "Mexico",
           "United Kingdom", "France", "Spain", "Italy", "Canada", "Australia", "Netherlands", "Poland"]
BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def generate(path, rows, seed=7):
    """rows entries: 200 per region and day, songs drawn from a pool that grows with the data."""
    rng = random.Random(seed)
    pool = max(2000, rows // 100)
    songs = []
    for i in range(pool):
        sid = "".join(rng.choice(BASE62) for _ in range(22))
        title = f"Song {i} ({rng.choice(['feat. Someone', 'Remix', 'Live', 'Radio Edit'])})" if i % 7 == 0 else f"Song {i}"
        if i % 11 == 0:
            title = f'"{title}, Part {i % 3}"'  # quoted commas, as real titles have
        songs.append((title, f"Artist {i % (pool // 4)}", sid))
    trends = ["SAME_POSITION", "MOVE_UP", "MOVE_DOWN", "NEW_ENTRY"]
    written = 0
    day = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("title,rank,date,artist,url,region,chart,trend,streams\r\n")
        while written < rows:
            date = (datetime.date(2017, 1, 1) + datetime.timedelta(days=day)).isoformat()
            for region in REGIONS:
                picked = rng.sample(range(pool), 200)
                for rank, s in enumerate(picked, start=1):
                    if written >= rows:
                        break
                    title, artist, sid = songs[s]
                    streams = f"{max(1000, 2_000_000 // rank + rng.randrange(5000))}.0"
                    out.write(f"{title},{rank},{date},{artist},https://open.spotify.com/track/{sid},"
                              f"{region},top200,{rng.choice(trends)},{streams}\r\n")
                    written += 1
            day += 1
    return written


def time_process(args, **kwargs):
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return elapsed, done.stdout


def sqlite_import(csv_path, work):
    db = os.path.join(work, "flat.db")
    script = "\n".join([
        ".bail on",
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "BEGIN;",
        "CREATE TABLE charts (title TEXT, rank INTEGER, date TEXT, artist TEXT, url TEXT, region TEXT,"
        " chart TEXT, trend TEXT, streams REAL);",
        ".mode csv",
        f'.import --skip 1 "{os.path.abspath(csv_path)}" charts',
        "COMMIT;", ""])
    elapsed, _ = time_process([shutil.which("sqlite3"), db], input=script)
    os.remove(db)
    return elapsed


def tunescope_import(binary, csv_path, work):
    data = os.path.join(work, "profiles")
    env = dict(os.environ, TUNESCOPE_DATA_DIR=data)
    elapsed, out = time_process([binary, "charts", "import", "--period", "daily", "--json", csv_path], env=env)
    report = json.loads(out)
    shutil.rmtree(data)
    return elapsed, report["totals"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", default="build/bench/data")
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        raise SystemExit("sqlite3 shell not found (scripts/install-deps.sh installs it)")
    os.makedirs(args.data_dir, exist_ok=True)
    csv_path = os.path.join(args.data_dir, f"charts-{args.rows}.csv")
    if not os.path.exists(csv_path):
        print(f"generating {args.rows:,} chart rows into {csv_path} ...", flush=True)
        generate(csv_path, args.rows)
    with open(csv_path, "rb") as f:  # into the page cache for both contenders
        while f.read(1 << 24):
            pass
    size_mb = os.path.getsize(csv_path) / 1e6
    ts_times, sq_times = [], []
    totals = None
    with tempfile.TemporaryDirectory(dir=os.path.dirname(csv_path)) as work:
        for _ in range(args.runs):
            sq_times.append(sqlite_import(csv_path, work))
            elapsed, totals = tunescope_import(args.binary, csv_path, work)
            ts_times.append(elapsed)
    ts, sq = statistics.median(ts_times), statistics.median(sq_times)
    rows = totals["rows_read"]
    print(f"rows: {rows:,} ({size_mb:.0f} MB), entries added: {totals['entries_added']:,}, runs: {args.runs} (medians)")
    print(f"tunescope charts import : {ts:6.2f} s  {rows / ts:12,.0f} rows/s")
    print(f"sqlite3 .import (flat)  : {sq:6.2f} s  {rows / sq:12,.0f} rows/s")
    print(f"ratio tunescope / sqlite3 .import: {ts / sq:.2f}x (target <= 2x; target >= 500,000 rows/s)")


if __name__ == "__main__":
    main()
