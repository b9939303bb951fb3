#!/usr/bin/env bash
# Start-up to the first painted Overview (demo profile and, when given, a profile data dir such as
# one holding the 1,000,000-play benchmark import) against a minimal Qt window, plus the longest
# GUI-thread stall and peak memory. Offscreen platform; median of N runs.
# Usage: bench/gui_startup.sh BUILD_DIR [DATA_DIR_WITH_BIG_PROFILE] [RUNS]
set -euo pipefail
build=${1:-build/dev}
big=${2:-}
runs=${3:-5}
app="$build/app/tunescope"
floor="$build/bench/tunescope_gui_floor"
export QT_QPA_PLATFORM=offscreen TUNESCOPE_EXIT_AFTER_FIRST_PAINT=1 TUNESCOPE_REPORT_STALLS=1
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
demo_dir=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME" "$demo_dir"' EXIT
"$app" --data-dir "$demo_dir" --demo stats >/dev/null # build the demo once, outside the timing

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() { # label, command...
  local label=$1; shift
  local paints=() stalls=() rss=()
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f 'max-rss-kb %M' "$@" 2>&1 1>&3 | grep max-rss; } 3>&1 )
    paints+=("$(grep first-paint-ms <<<"$out" | awk '{print $2}' || true)")
    stalls+=("$(grep max-gui-stall-ms <<<"$out" | awk '{print $2}' || true)")
    rss+=("$(grep max-rss-kb <<<"$out" | awk '{print $2}')")
  done
  printf '%-28s first paint %7.1f ms   max GUI stall %6s ms   peak RSS %6.1f MB\n' "$label" \
    "$(printf '%s\n' "${paints[@]}" | median)" "$(printf '%s\n' "${stalls[@]}" | grep . | median || true)" \
    "$(echo "$(printf '%s\n' "${rss[@]}" | median) / 1024" | bc -l)"
}

measure "minimal Qt window (floor)" "$floor"
measure "tunescope --demo" "$app" --data-dir "$demo_dir" --demo
if [ -n "$big" ]; then
  measure "tunescope, big profile" "$app" --data-dir "$big"
fi
