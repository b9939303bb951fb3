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

# The whole suite again under AddressSanitizer + UBSan (the asan preset: Debug at -O1, any finding
# fails its test). CI always runs it; a local developer may skip it with TUNESCOPE_SKIP_ASAN=1.
if [ "${CI:-}" = true ] || [ "${TUNESCOPE_SKIP_ASAN:-0}" != 1 ]; then
  asan_start=$SECONDS
  cmake --preset asan
  cmake --build --preset asan -j "$(nproc)"
  ctest --preset asan
  echo "run-tests: ASan + UBSan build and suite took $((SECONDS - asan_start)) s"
fi
