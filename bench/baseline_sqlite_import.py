#!/usr/bin/env python3
"""sqlite3 shell baseline: the same table and unique index as the Python baseline, then
`.mode csv` and `.import --skip 1 plays.csv plays` in one transaction, into a fresh database file
in WAL mode. Times the whole sqlite3 process (start to exit) and prints rows and seconds as JSON.
"""

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time

import baseline_common


def run(csv_path, db_path, shell="sqlite3"):
    exe = shutil.which(shell)
    if exe is None:
        sys.exit(f"{shell} not found (Debian: apt-get install sqlite3)")
    if os.path.exists(db_path):
        sys.exit(f"{db_path} exists; the baseline needs a fresh database file")
    # The shell quotes file names in dot-commands with double quotes.
    quoted = '"' + os.path.abspath(csv_path).replace("\\", "\\\\").replace('"', '\\"') + '"'
    script = "\n".join([
        ".bail on",
        baseline_common.PRAGMAS,
        "BEGIN;",
        baseline_common.schema_sql(),
        ".mode csv",
        f".import --skip 1 {quoted} plays",
        "COMMIT;",
        "",
    ])
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([exe, db_path], input=script, text=True, capture_output=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    if done.returncode != 0 or done.stderr.strip():
        sys.exit(f"sqlite3 .import failed ({done.returncode}): {done.stderr.strip()}")

    check = sqlite3.connect(db_path)
    stored = check.execute("SELECT COUNT(*) FROM plays").fetchone()[0]
    check.close()
    version = subprocess.run([exe, "--version"], text=True, capture_output=True).stdout.split()
    return {
        "name": "sqlite3_import",
        "rows": stored,
        "seconds": seconds,
        "plays_per_s": stored / seconds if seconds > 0 else None,
        "cpu_seconds": cpu_seconds,
        "sqlite": version[0] if version else None,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("csv", help="plays.csv written by generate_history.py")
    parser.add_argument("db", help="database file to create")
    parser.add_argument("--shell", default="sqlite3", help="the sqlite3 command-line shell to run")
    args = parser.parse_args()
    print(json.dumps(run(args.csv, args.db, args.shell)))


if __name__ == "__main__":
    main()
