#!/usr/bin/env bash
# The Debian package as a user gets it: cpack builds gapscope_<version>_amd64.deb from this build,
# dpkg installs it into a scratch root, and the installed program runs from there.
# Usage: test_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" > "$scratch/cpack.log" || { cat "$scratch/cpack.log"; fail "cpack"; }
deb="$scratch/out/gapscope_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb: $(ls "$scratch/out")"

# Depends names what the linker cannot see, and everything it names is a package of this system.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql fonts-nanum libqt6charts6 libzip4; do
  grep -Eq "(^|, )$needed( |,|$)" <<< "$depends" || fail "Depends lacks $needed: $depends"
done
while read -r package; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
    || fail "Depends names $package, which is not installed here"
done < <(tr ',' '\n' <<< "$depends" | sed -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$')

# Installed by dpkg into an empty root of its own.
root="$scratch/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-script-chrootless -i "$deb" > "$scratch/dpkg.log" 2>&1 \
  || { cat "$scratch/dpkg.log"; fail "dpkg -i"; }
dpkg --root="$root" -s gapscope | grep -q '^Status: install ok installed' || fail "dpkg does not list gapscope as installed"

# Desktop integration passes the freedesktop.org validators.
desktop-file-validate "$root/usr/share/applications/io.github.gapscope.GapScope.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.gapscope.GapScope.metainfo.xml" > "$scratch/as.log" \
  || { cat "$scratch/as.log"; fail "metainfo"; }
grep -q '^Icon=gapscope$' "$root/usr/share/applications/io.github.gapscope.GapScope.desktop" || fail "Icon="
for size in 16 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/gapscope.png"
  [ -f "$png" ] || fail "no icon at $size"
  # The width and height in the PNG header.
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "icon $size is ${w}x$h"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/gapscope.svg" ] || fail "no scalable icon"
man="$root/usr/share/man/man1/gapscope.1.gz"
[ -f "$man" ] || fail "no manual page"
warnings=$(zcat "$man" | groff -man -Tutf8 -ww -z 2>&1) || fail "groff"
[ -z "$warnings" ] || fail "manual page: $warnings"
zcat "$man" | groff -man -Tutf8 2>/dev/null | grep -q 'gapscope export' || fail "manual page lacks the commands"

# The installed program runs: its version, and a headless export in Korean.
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$root/usr/bin/gapscope" --version | grep -q "GapScope $version" || fail "--version"
"$root/usr/bin/gapscope" export --db "$scratch/workspace.gapscope" --indicator private_ai_investment --lang ko \
  --out "$scratch/chart.png" || fail "export"
[ "$(od -An -c -j1 -N3 "$scratch/chart.png" | tr -d ' ')" = "PNG" ] || fail "export wrote no PNG"
"$root/usr/bin/gapscope" export --db "$scratch/workspace.gapscope" --panel swot --out "$scratch/swot.pdf" || fail "PDF export"
head -c 5 "$scratch/swot.pdf" | grep -q '%PDF-' || fail "export wrote no PDF"
echo "PASS: $(basename "$deb") installs into a scratch root and runs ($(stat -c %s "$deb") bytes)"
