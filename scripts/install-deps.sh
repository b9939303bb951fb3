#!/usr/bin/env bash
# Installs everything Tunescope needs to build, test and run on Debian 12 (as root or via sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format clang-tidy git
  # core
  libsqlite3-dev sqlite3 libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libzip-dev libicu-dev
  libhowardhinnant-date-dev tzdata
  # desktop app
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libgl-dev qtkeychain-qt6-dev
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n # translations
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev libcpp-httplib-dev zlib1g-dev openssl python3 xvfb xauth zip time bc
  # fuzzing (scripts/fuzz.sh): clang and its libFuzzer, ASan and UBSan runtimes
  clang libclang-rt-14-dev
  dpkg-dev help2man appstream desktop-file-utils man-db # packaging checks (scripts/check-package.sh)
)

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
