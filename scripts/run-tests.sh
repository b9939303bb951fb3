#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors, checks formatting, lint and that the core
# is Qt-free, then runs every test. CI runs exactly this (through .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

# Real sample exports live beside the clone; tests over them skip when absent.
if [ -z "${TUNESCOPE_SAMPLES_DIR:-}" ] && [ -d ../shared/samples ]; then
  export TUNESCOPE_SAMPLES_DIR="$PWD/../shared/samples"
fi
export QT_QPA_PLATFORM=offscreen

cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
cmake --build --preset ci --target format-check
bash scripts/check-core-qt-free.sh
bash scripts/lint.sh build/ci
ctest --preset ci
bash scripts/check-package.sh build/ci

# The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer: any finding fails
# its test (exit code 86). TUNESCOPE_SKIP_ASAN=1 skips it for a quick local run.
if [ "${TUNESCOPE_SKIP_ASAN:-}" != 1 ]; then
  cmake --preset asan
  cmake --build --preset asan -j "$(nproc)"
  ctest --preset asan
fi

# A short fuzzing run of every parser of outside data (scripts/fuzz.sh runs them longer).
if [ "${CI:-}" = true ]; then
  bash scripts/fuzz.sh 10
fi
