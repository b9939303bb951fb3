#!/usr/bin/env bash
# clang-tidy over the project's C++ sources with the checks in .clang-tidy (warnings are errors).
# Usage: scripts/lint.sh BUILD_DIR   (a build dir configured with compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/dev}
tidy=$(command -v clang-tidy || command -v clang-tidy-14)
mapfile -t files < <(git ls-files 'core/*.cpp' 'app/*.cpp' 'ui/*.cpp')
log=$(mktemp)
status=0
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 "$tidy" -p "$build_dir" --quiet --warnings-as-errors='*' \
  >"$log" 2>&1 || status=1
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated|^Suppressed|^Use -header-filter' "$log" || true
rm -f "$log"
if [ "$status" -ne 0 ]; then
  echo "lint: clang-tidy found problems (above)" >&2
  exit 1
fi
echo "lint: clang-tidy clean (${#files[@]} files)"
