#!/usr/bin/env python3
"""Runs the three imports and the Overview queries on the same generated data in one go and
reports Tunescope's figures as ratios against the baselines measured in this run.

Called by bench/run.sh after it has built tunescope_bench; see bench/README.md.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

TARGET_PYTHON_RATIO = 3.0  # tunescope plays/s at least 3x the plain Python baseline's
TARGET_SQLITE_RATIO = 2.0  # tunescope import time at most 2x the sqlite3 .import time
TARGET_OVERVIEW_MS = 100.0  # an all-time Overview on 1,000,000 plays

# tunescope_bench name -> (label in the table, whether the 100 ms target applies)
OVERVIEW_BENCHMARKS = {
    "BM_OverviewAllTime/plays/real_time": ("all-time, by plays, top 10, monthly", True),
    "BM_OverviewAllTime/minutes/real_time": ("all-time, by minutes, top 10, monthly", True),
    "BM_OverviewLast12Months/real_time": ("last 12 months, by plays", False),
    "BM_OverviewScanOnly/real_time": ("index scan alone (diagnostic)", False),
    "BM_OverviewFromScannedColumns/real_time": ("aggregation alone (diagnostic)", False),
    "BM_GenresAllTime/plays/real_time": ("Genres page: all-time, by plays", False),
}
PARSE_BENCHMARK = "BM_ReadAndParse/iterations:1/real_time"
IMPORT_BENCHMARK = "BM_ImportHistory/iterations:1/manual_time"


def log(message):
    print(message, file=sys.stderr, flush=True)


def generator_fingerprint():
    digest = hashlib.sha256()
    for name in ("generate_history.py", "baseline_common.py"):
        with open(os.path.join(HERE, name), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()[:12]


def prepare_data(cache_dir, plays, seed):
    """Generates the data once per (plays, seed, generator version) and reuses it afterwards."""
    target = os.path.join(cache_dir, f"plays-{plays}-seed-{seed}-{generator_fingerprint()}")
    marker = os.path.join(target, ".complete")
    if os.path.exists(marker):
        log(f"data: reusing {target}")
    else:
        os.makedirs(cache_dir, exist_ok=True)
        partial = target + ".partial"
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(target, ignore_errors=True)
        log(f"data: generating {plays:,} plays into {target} ...")
        started = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(HERE, "generate_history.py"), partial, "--plays", str(plays),
                        "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
        os.rename(partial, target)
        with open(marker, "w", encoding="utf-8") as f:
            f.write("ok\n")
        log(f"data: generated in {time.perf_counter() - started:.1f} s")
    with open(os.path.join(target, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    return target, manifest


def warm_cache(paths):
    """Reads the inputs once so that every contender starts from the page cache."""
    for path in paths:
        with open(path, "rb") as f:
            while f.read(1 << 20):
                pass


def dir_files(folder):
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder))]


def remove_db(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def run_json(command, env=None):
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, env=env)
    return json.loads(done.stdout)


def run_tunescope(binary, json_dir, work_dir, runs, out_file, extra, pragmas):
    env = dict(os.environ, TUNESCOPE_BENCH_DATA=json_dir, TUNESCOPE_BENCH_WORK=work_dir)
    env.pop("TUNESCOPE_BENCH_PRAGMAS", None)
    if pragmas:
        env["TUNESCOPE_BENCH_PRAGMAS"] = pragmas
    command = [binary, f"--benchmark_out={out_file}", "--benchmark_out_format=json"]
    if runs > 1:
        command.append(f"--benchmark_repetitions={runs}")
    command += extra
    log("tunescope_bench: " + " ".join(command[1:]))
    subprocess.run(command, check=True, env=env)  # its console table goes to the terminal
    with open(out_file, encoding="utf-8") as f:
        report = json.load(f)
    by_name = {}
    for entry in report["benchmarks"]:
        if entry.get("run_type", "iteration") != "iteration":
            continue
        if entry.get("error_occurred"):
            sys.exit(f"tunescope_bench: {entry['name']} failed: {entry.get('error_message')}")
        by_name.setdefault(entry["run_name"], []).append(entry)
    return report, by_name


def to_ms(entry, field="real_time"):
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[entry["time_unit"]]
    return entry[field] * scale


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def verdict(ok):
    return "PASS" if ok else "MISS"


def main():
    sys.stdout.reconfigure(line_buffering=True)  # keep our lines in order with the children's
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plays", type=int, default=1_000_000, help="synthetic plays (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each import; the median is reported")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--build-dir", default=os.path.join(HERE, "..", "build", "bench"))
    parser.add_argument("--data-cache", help="where generated data is kept (default BUILD_DIR/data)")
    parser.add_argument("--bench-binary", help="tunescope_bench (default BUILD_DIR/bench/tunescope_bench)")
    parser.add_argument("--sqlite3", default="sqlite3", help="the sqlite3 shell for the .import baseline")
    parser.add_argument("--strict", action="store_true", help="exit with status 2 when a target is missed")
    parser.add_argument("--pragmas", help="experiment: SQL run on tunescope's connections before the import "
                        "and the queries (e.g. 'PRAGMA foreign_keys=OFF'); marked in the report")
    parser.add_argument("--benchmark-arg", action="append", default=[],
                        help="extra argument for tunescope_bench (repeatable)")
    args = parser.parse_args()
    if args.plays < 1 or args.runs < 1:
        parser.error("--plays and --runs must be positive")

    build_dir = os.path.abspath(args.build_dir)
    binary = args.bench_binary or os.path.join(build_dir, "bench", "tunescope_bench")
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary} not found: build it first (bench/run.sh does)")
    data_dir, manifest = prepare_data(args.data_cache or os.path.join(build_dir, "data"), args.plays, args.seed)
    json_dir = os.path.join(data_dir, manifest["json_dir"])
    csv_path = os.path.join(data_dir, manifest["csv"])
    json_files = dir_files(json_dir)
    inputs = {
        "plays": manifest["plays"],
        "json_files": len(json_files),
        "json_bytes": sum(os.path.getsize(p) for p in json_files),
        "csv_bytes": os.path.getsize(csv_path),
        "by_kind": manifest["by_kind"],
        "tracks": manifest["tracks"],
        "artists": manifest["artists"],
        "first_ts": manifest["first_ts"],
        "last_ts": manifest["last_ts"],
        "dir": data_dir,
    }

    os.makedirs(build_dir, exist_ok=True)
    work_root = os.path.join(build_dir, "work")  # same file system as the build, for every contender
    os.makedirs(work_root, exist_ok=True)
    work = tempfile.mkdtemp(prefix="run-", dir=work_root)
    load_before = os.getloadavg()
    python_runs, sqlite_runs = [], []
    try:
        for run in range(args.runs):
            db = os.path.join(work, "python.sqlite3")
            warm_cache(json_files)
            log(f"python baseline (run {run + 1}/{args.runs}) ...")
            python_runs.append(run_json([sys.executable, os.path.join(HERE, "baseline_import.py"), json_dir, db]))
            remove_db(db)

            db = os.path.join(work, "sqlite-import.sqlite3")
            warm_cache([csv_path])
            log(f"sqlite3 .import baseline (run {run + 1}/{args.runs}) ...")
            sqlite_runs.append(run_json([sys.executable, os.path.join(HERE, "baseline_sqlite_import.py"), csv_path,
                                         db, "--shell", args.sqlite3]))
            remove_db(db)

        warm_cache(json_files)
        bench_out = os.path.join(build_dir, "tunescope_bench.json")
        bench_report, by_name = run_tunescope(binary, json_dir, work, args.runs, bench_out, args.benchmark_arg,
                                              args.pragmas)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load_after = os.getloadavg()

    def median_run(runs):
        chosen = sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]
        return dict(chosen, all_seconds=[r["seconds"] for r in runs])

    python = median_run(python_runs)
    sqlite = median_run(sqlite_runs)
    imports = by_name.get(IMPORT_BENCHMARK)
    if not imports:
        sys.exit(f"tunescope_bench did not report {IMPORT_BENCHMARK}")
    import_seconds = [to_ms(e) / 1000 for e in imports]
    plays_added = int(imports[0]["plays"])
    tunescope = {
        "name": "tunescope",
        "rows": plays_added,
        "rows_read": int(imports[0]["rows_read"]),
        "files": int(imports[0]["files"]),
        "seconds": statistics.median(import_seconds),
        "all_seconds": import_seconds,
        "cpu_seconds": statistics.median(float(e["cpu_seconds"]) for e in imports),
    }
    parse_runs = by_name.get(PARSE_BENCHMARK)
    if parse_runs:
        tunescope["read_and_parse_seconds"] = statistics.median(to_ms(e) / 1000 for e in parse_runs)
        tunescope["read_and_parse_cpu_seconds"] = statistics.median(to_ms(e, "cpu_time") / 1000 for e in parse_runs)
    for contender in (python, sqlite, tunescope):
        contender["plays_per_s"] = contender["rows"] / contender["seconds"]
    problems = [f"{c['name']} stored {c['rows']:,} plays, expected {args.plays:,}"
                for c in (python, sqlite, tunescope) if c["rows"] != args.plays]

    python_ratio = tunescope["plays_per_s"] / python["plays_per_s"]
    sqlite_ratio = tunescope["seconds"] / sqlite["seconds"]
    # The same ratios in CPU time: steadier than wall time when other work shares the machine.
    cpu_ratios = {
        "python_ratio": python["cpu_seconds"] / tunescope["cpu_seconds"],
        "sqlite_import_ratio": tunescope["cpu_seconds"] / sqlite["cpu_seconds"],
    }
    overview = {}
    for name, (label, targeted) in OVERVIEW_BENCHMARKS.items():
        entries = by_name.get(name)
        if not entries:
            continue
        ms = statistics.median(to_ms(e) for e in entries)
        cpu_ms = statistics.median(to_ms(e, "cpu_time") for e in entries)
        overview[name] = {
            "label": label,
            "ms": ms,
            "cpu_ms": cpu_ms,
            "iterations": sum(int(e["iterations"]) for e in entries),
            "plays_counted": int(entries[0].get("plays_counted", entries[0].get("rows", 0))),
            "target_ms": TARGET_OVERVIEW_MS if targeted else None,
            "pass": (ms <= TARGET_OVERVIEW_MS) if targeted else None,
        }
    targets = {
        "python_ratio": {"value": python_ratio, "target": f">= {TARGET_PYTHON_RATIO}",
                         "pass": python_ratio >= TARGET_PYTHON_RATIO},
        "sqlite_import_ratio": {"value": sqlite_ratio, "target": f"<= {TARGET_SQLITE_RATIO}",
                                "pass": sqlite_ratio <= TARGET_SQLITE_RATIO},
    }
    for name, entry in overview.items():
        if entry["target_ms"] is not None:
            targets[name] = {"value": entry["ms"], "target": f"<= {TARGET_OVERVIEW_MS} ms", "pass": entry["pass"]}
    all_pass = all(t["pass"] for t in targets.values()) and not problems

    results = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "plays": args.plays,
        "runs": args.runs,
        "experiment_pragmas": args.pragmas,
        "machine": {
            "cpus": os.cpu_count(),
            "cpu": cpu_model(),
            "load_before": load_before,
            "load_after": load_after,
            "platform": platform.platform(),
            "python": python.get("python"),
            "sqlite_python": python.get("sqlite"),
            "sqlite_shell": sqlite.get("sqlite"),
            "benchmark_library_build": bench_report.get("context", {}).get("library_build_type"),
        },
        "input": inputs,
        "import": {"python": python, "sqlite3_import": sqlite, "tunescope": tunescope},
        "overview": overview,
        "targets": targets,
        "cpu_time_ratios": cpu_ratios,
        "problems": problems,
        "all_targets_met": all_pass,
    }
    results_file = os.path.join(build_dir, "results.json")
    with open(results_file, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)

    print_table(results)
    print(f"\nresults: {results_file}")
    if problems:
        print("\nINVALID RUN: " + "; ".join(problems))
        sys.exit(1)
    if args.strict and not all_pass:
        sys.exit(2)


def print_table(r):
    inp = r["input"]
    m = r["machine"]
    print()
    print(f"Tunescope benchmarks: {inp['plays']:,} plays in {inp['json_files']} JSON files "
          f"({inp['json_bytes'] / 1e6:,.0f} MB; CSV {inp['csv_bytes'] / 1e6:,.0f} MB), "
          f"{m['cpus']} CPUs, load {m['load_before'][0]:.2f} -> {m['load_after'][0]:.2f}, "
          f"median of {r['runs']} run(s)")
    if max(m["load_before"][0], m["load_after"][0]) > (m["cpus"] or 1) * 0.5:
        print("warning: the machine was busy; figures may be noisy")
    print()
    if r.get("experiment_pragmas"):
        print(f"EXPERIMENT: tunescope ran with {r['experiment_pragmas']!r}; not the shipped settings")
    print(f"{'Import':36}{'plays':>12}{'seconds':>10}{'plays/s':>12}{'CPU s':>10}")
    labels = {"python": "python json.load + executemany", "sqlite3_import": "sqlite3 shell .import (CSV)",
              "tunescope": "tunescope importHistory"}
    for key, label in labels.items():
        c = r["import"][key]
        print(f"  {label:34}{c['rows']:>12,}{c['seconds']:>10.2f}{c['plays_per_s']:>12,.0f}"
              f"{c['cpu_seconds']:>10.2f}")
    t = r["import"]["tunescope"]
    if "read_and_parse_seconds" in t:
        print(f"  {'  of which read + parse (diag.)':34}{'':>12}{t['read_and_parse_seconds']:>10.2f}{'':>12}"
              f"{t['read_and_parse_cpu_seconds']:>10.2f}")
    print()
    print(f"{'Target':50}{'value':>10}{'target':>12}  result")
    t = r["targets"]
    print(f"  {'tunescope plays/s / python plays/s':48}{t['python_ratio']['value']:>9.2f}x{'>= 3x':>12}  "
          f"{verdict(t['python_ratio']['pass'])}")
    print(f"  {'tunescope time / sqlite3 .import time':48}{t['sqlite_import_ratio']['value']:>9.2f}x{'<= 2x':>12}  "
          f"{verdict(t['sqlite_import_ratio']['pass'])}")
    for entry in r["overview"].values():
        target = f"<= {entry['target_ms']:.0f} ms" if entry["target_ms"] is not None else "-"
        result = verdict(entry["pass"]) if entry["pass"] is not None else "info"
        label = entry['label'] if entry['label'].startswith('Genres') else 'Overview ' + entry['label']
        print(f"  {label:48}{entry['ms']:>7.1f} ms{target:>12}  {result}")
    genres = r["overview"].get("BM_GenresAllTime/plays/real_time")
    overview = r["overview"].get("BM_OverviewAllTime/plays/real_time")
    if genres and overview:
        print(f"  {'Genres page / Overview, all-time by plays':48}{genres['ms'] / overview['ms']:>9.2f}x"
              f"{'-':>12}  info")
    cpu = r["cpu_time_ratios"]
    print(f"  (in CPU time: {cpu['python_ratio']:.2f}x the python baseline's speed, "
          f"{cpu['sqlite_import_ratio']:.2f}x the sqlite3 .import time)")
    print()
    print("all targets met" if r["all_targets_met"] else "some targets missed (see README: reading the figures)")


if __name__ == "__main__":
    main()
