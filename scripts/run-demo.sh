#!/usr/bin/env bash
# Installs dependencies, builds Tunescope and opens it on the built-in demo profile.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev -DTUNESCOPE_BUILD_TESTS=OFF -DTUNESCOPE_BUILD_BENCH=OFF
cmake --build --preset dev
exec ./build/dev/app/tunescope --demo "$@"
