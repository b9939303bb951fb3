#!/usr/bin/env bash
# Builds the Debian package from a build folder and checks it as a user's machine would get it:
# every expected file is in it (and nothing else), it unpacks into a clean root whose
# `usr/bin/tunescope --version` runs on the system's libraries, and the desktop file, AppStream
# metainfo, man page, icons and systemd user units pass their validators.
#   bash scripts/check-package.sh build/ci
set -euo pipefail

build_dir=$(realpath "${1:?usage: check-package.sh BUILD_DIR}")
cd "$(dirname "$0")/.."
app_id=io.github.tunescope.Tunescope

fail() {
  echo "check-package: FAILED: $*" >&2
  exit 1
}
step() { echo "check-package: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The package, from what the build folder installs.
if ! (cd "$build_dir" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack -G DEB failed in $build_dir (see above)"
fi
debs=("$work"/out/tunescope_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no tunescope_*.deb"
deb=${debs[0]}
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = tunescope ] || fail "the package is named '$(field Package)', not tunescope"
[ "$(field Section)" = sound ] || fail "Section is '$(field Section)', not sound"
depends=$(field Depends)
for lib in libc6 libstdc++6 libsqlite3-0 libqt6widgets6; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends does not name $lib (from the linked libraries): $depends"
done
step "Depends: $depends"

# Exactly the expected files (directories aside).
expected=(
  ./usr/bin/tunescope
  ./usr/share/applications/$app_id.desktop
  ./usr/share/metainfo/$app_id.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/$app_id.svg
  ./usr/share/man/man1/tunescope.1.gz
  ./usr/share/doc/tunescope/copyright
  ./usr/lib/systemd/user/tunescope-sync.service
  ./usr/lib/systemd/user/tunescope-sync.timer
)
for size in 16 32 48 64 128 256; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ {print $6}' | sort >"$work/files"
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
missing=$(comm -13 "$work/files" "$work/expected")
extra=$(comm -23 "$work/files" "$work/expected")
[ -z "$missing" ] || fail "missing from the package: $missing (an install() rule is gone?)"
[ -z "$extra" ] || fail "unexpected in the package: $extra (add it to 'expected' in scripts/check-package.sh if it belongs)"
step "all ${#expected[@]} files present, nothing else"

# Unpacked into a clean root, the binary runs on the system's libraries alone.
root="$work/root"
dpkg-deb --extract "$deb" "$root"
if ldd "$root/usr/bin/tunescope" | grep -q 'not found'; then
  fail "usr/bin/tunescope needs libraries this system lacks: $(ldd "$root/usr/bin/tunescope" | grep 'not found')"
fi
version=$(env -u LD_LIBRARY_PATH "$root/usr/bin/tunescope" --version) || fail "'usr/bin/tunescope --version' failed"
[ "$version" = "tunescope $(field Version)" ] || fail "--version says '$version', the package is $(field Version)"
step "unpacked: '$version'"

# The man page renders and documents the commands and options.
man_text=$(MANWIDTH=100 man --local-file "$root/usr/share/man/man1/tunescope.1.gz" 2>"$work/man.err" | sed 's/.\x08//g') \
  || fail "man cannot render tunescope.1.gz: $(cat "$work/man.err")"
for word in COMMANDS import sync --version --data-dir 'tunescope sync'; do
  grep -qF -- "$word" <<<"$man_text" || fail "the man page does not mention '$word'"
done
step "man page: $(wc -l <<<"$man_text") lines"

# Desktop integration.
desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
grep -qx "Icon=$app_id" "$desktop" || fail "$app_id.desktop does not use the icon $app_id"
grep -qx "Exec=tunescope" "$desktop" || fail "$app_id.desktop does not run tunescope"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 \
  || { cat "$work/appstream.log" >&2; fail "appstreamcli validate rejects $app_id.metainfo.xml"; }
grep -qF "<release version=\"$(field Version)\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo has no release $(field Version)"
for size in 16 32 48 64 128 256; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  # A PNG's width and height are the big-endian words at bytes 16 and 20.
  read -r w h < <(od -An -tu4 --endian=big -j16 -N8 "$png")
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "the ${size}x${size} icon is ${w}x${h}"
done
step "desktop file, metainfo and icons valid"

# The systemd user units, pointed at the unpacked binary (verify checks that ExecStart can run).
if command -v systemd-analyze >/dev/null 2>&1; then
  units="$work/units"
  mkdir -p "$units" "$work/runtime"
  chmod 700 "$work/runtime"
  sed "s|/usr/bin/tunescope|$root/usr/bin/tunescope|g" "$root/usr/lib/systemd/user/tunescope-sync.service" \
    >"$units/tunescope-sync.service"
  cp "$root/usr/lib/systemd/user/tunescope-sync.timer" "$units/"
  # --user needs a runtime folder; Documentation=man:tunescope(1) is looked up in the unpacked root.
  if ! XDG_RUNTIME_DIR="$work/runtime" MANPATH="$root/usr/share/man" systemd-analyze verify --user \
    "$units/tunescope-sync.service" "$units/tunescope-sync.timer" >"$work/verify.log" 2>&1 \
    || [ -s "$work/verify.log" ]; then
    cat "$work/verify.log" >&2
    fail "systemd-analyze verify rejects the units"
  fi
  step "systemd units verified"
else
  step "systemd-analyze not found: the units are not verified"
fi

step "OK"
