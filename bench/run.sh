#!/usr/bin/env bash
# One command for the benchmarks: Release build of tunescope_bench in build/bench, synthetic data
# generated once (cached in build/bench/data), then the plain Python baseline, the sqlite3 .import
# baseline and tunescope_bench on the same data, a table of figures and build/bench/results.json.
#
# Usage: bench/run.sh [--plays N] [--runs K] [--strict] [other run_bench.py options]
#        bench/run.sh --plays 50000      # quick smoke run
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build/bench
for tool in cmake python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required (see scripts/install-deps.sh)" >&2; exit 1; }
done
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

# Configured every time (cheap) so the build dir always has these settings; the build itself is
# incremental. Output goes to a log that is shown when something fails. Warnings do not stop a
# benchmark run (CI's -Werror build is the place for them).
mkdir -p "$build_dir"
log="$build_dir/build.log"
if [ -f "$build_dir/CMakeCache.txt" ]; then
  generator=() # the generator of an existing build dir cannot change
fi
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DTUNESCOPE_BUILD_UI=OFF \
  -DTUNESCOPE_BUILD_TESTS=OFF -DTUNESCOPE_BUILD_BENCH=ON -DTUNESCOPE_WARNINGS_AS_ERRORS=OFF \
  >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
echo "bench: building tunescope_bench (Release) in $build_dir ..." >&2
cmake --build "$build_dir" --target tunescope_bench -j "$(nproc)" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
if [ ! -x "$build_dir/bench/tunescope_bench" ]; then
  echo "bench: tunescope_bench was not built (is libbenchmark-dev installed?)" >&2
  exit 1
fi

exec python3 bench/run_bench.py --build-dir "$build_dir" "$@"
