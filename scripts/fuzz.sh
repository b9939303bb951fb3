#!/usr/bin/env bash
# Builds the libFuzzer targets of the parsers (preset "fuzz": clang, ASan + UBSan) and runs each
# for SECONDS_PER_TARGET seconds (default 60), seeded from the fixtures in tests/data. New inputs
# found are kept in build/fuzz/corpus/<target> for the next run. Exits non-zero when any target
# crashes, leaks or hangs, and prints the path of the input that reproduces it:
#   build/fuzz/fuzz/<target> <reproducer>
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
case "$seconds" in
  ''|*[!0-9]*) echo "fuzz: SECONDS_PER_TARGET must be a whole number of seconds" >&2; exit 2 ;;
esac

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

build=build/fuzz
if [ $# -gt 0 ]; then
  targets=("$@")
else
  read -r -a targets <<<"$(tr ';' ' ' <"$build/fuzz/targets.txt")"
fi

rm -rf "$build/seeds"
python3 fuzz/make-seeds.py "$build/seeds"
mkdir -p "$build/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

failed=()
printf '%-24s %8s %12s %10s\n' target seconds executions result
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus" "$build/seeds/$target"
  log="$build/artifacts/$target.log"
  status=0
  "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" "$corpus" "$build/seeds/$target" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" -eq 0 ]; then
    printf '%-24s %8s %12s %10s\n' "$target" "$seconds" "${execs:-?}" ok
  else
    printf '%-24s %8s %12s %10s\n' "$target" "$seconds" "${execs:-?}" "FAILED($status)"
    grep -E '^==[0-9]+==ERROR|runtime error|SUMMARY|ALARM|out-of-memory' "$log" | head -n 5 >&2 || true
    reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    echo "fuzz: $target failed; reproduce with: $build/fuzz/$target ${reproducer:-<see $log>}" >&2
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]} (logs in $build/artifacts)" >&2
  exit 1
fi
echo "fuzz: every target ran ${seconds}s without a crash, leak or hang"
