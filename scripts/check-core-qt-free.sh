#!/usr/bin/env bash
# core/ must not include Qt: the library is plain C++ so the CLI and tests run without Qt.
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rnE '#\s*include\s*<Q[A-Za-z]*(/|>)' core app/cli; then
  echo "check-core-qt-free: Qt headers found in core/ or app/cli/ (above)" >&2
  exit 1
fi
echo "check-core-qt-free: core and CLI are Qt-free"
