#!/usr/bin/env python3
"""Plain Python baseline: json.load each history file, executemany INSERT OR IGNORE into a flat
table with a unique index (baseline_schema.sql), everything in one transaction, into a fresh
database file in WAL mode. Prints rows and seconds as JSON.

The clock runs from opening the database to closing it after COMMIT, as for Tunescope's import.
"""

import argparse
import json
import operator
import os
import sqlite3
import sys
import time

import baseline_common


def run(json_dir, db_path):
    files = sorted(os.path.join(json_dir, name) for name in os.listdir(json_dir) if name.endswith(".json"))
    if os.path.exists(db_path):
        sys.exit(f"{db_path} exists; the baseline needs a fresh database file")
    placeholders = ", ".join("?" for _ in baseline_common.COLUMNS)
    insert = f"INSERT OR IGNORE INTO plays({', '.join(baseline_common.COLUMNS)}) VALUES({placeholders})"
    values = operator.itemgetter(*baseline_common.COLUMNS)
    parse_seconds = insert_seconds = 0.0
    rows_read = 0

    started = time.perf_counter()
    cpu_started = time.process_time()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.executescript(baseline_common.PRAGMAS)
    # executescript() commits a pending transaction first, so BEGIN goes inside the script.
    conn.executescript("BEGIN;\n" + baseline_common.schema_sql())
    for path in files:
        t0 = time.perf_counter()
        with open(path, encoding="utf-8") as f:
            rows = json.load(f)
        t1 = time.perf_counter()
        conn.executemany(insert, map(values, rows))
        insert_seconds += time.perf_counter() - t1
        parse_seconds += t1 - t0
        rows_read += len(rows)
        del rows
    conn.execute("COMMIT")
    conn.close()
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started

    check = sqlite3.connect(db_path)
    stored = check.execute("SELECT COUNT(*) FROM plays").fetchone()[0]
    check.close()
    return {
        "name": "python",
        "files": len(files),
        "rows_read": rows_read,
        "rows": stored,
        "seconds": seconds,
        "plays_per_s": stored / seconds if seconds > 0 else None,
        "cpu_seconds": cpu_seconds,
        "json_load_seconds": parse_seconds,
        "executemany_seconds": insert_seconds,
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("json_dir", help="folder of Streaming_History_Audio_*.json files")
    parser.add_argument("db", help="database file to create")
    args = parser.parse_args()
    print(json.dumps(run(args.json_dir, args.db)))


if __name__ == "__main__":
    main()
