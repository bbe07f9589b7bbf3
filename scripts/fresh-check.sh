#!/usr/bin/env bash
# Runs the README's test command (scripts/test.sh) the way a newcomer's machine would: in a fresh,
# minimal Debian 12 root made with debootstrap, holding nothing but this source tree. Whatever the
# test command needs and does not install itself makes this fail, whatever this machine happens
# to have. Used by .ci/run. Needs root (debootstrap, chroot, mounts).
#
#   bash scripts/fresh-check.sh [COMMAND...]    default command: bash scripts/test.sh
#
# The bare root is made once and kept as a tarball in $GAPSCOPE_FRESH_CACHE (default
# /var/cache/gapscope-fresh); every run unpacks it anew. Downloaded .deb files are kept there
# too, so later runs install the same packages without fetching them again.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cache=${GAPSCOPE_FRESH_CACHE:-/var/cache/gapscope-fresh}
tarball="$cache/bookworm-minbase.tar"
suite=bookworm

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-check: run as root (debootstrap, chroot and mounts need it)" >&2
    exit 2
fi
command=("$@")
[ ${#command[@]} -gt 0 ] || command=(bash scripts/test.sh)

mkdir -p "$cache/archives/partial"
if [ ! -s "$tarball" ]; then
    if ! command -v debootstrap >/dev/null; then
        echo "fresh-check: installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    fi
    echo "fresh-check: making a minimal Debian 12 root (once; kept as $tarball)"
    bare=$(mktemp -d "$cache/bare.XXXXXX")
    debootstrap --variant=minbase "$suite" "$bare" >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log" >&2; rm -rf --one-file-system "$bare"; exit 1; }
    # mktemp -d makes the folder 0700; as the root's "/" that would shut out every user but
    # root (the postgres user could not even run initdb).
    chmod 755 "$bare"
    tar -C "$bare" -cf "$tarball.part" .
    mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$bare"
fi

root=$(mktemp -d "$cache/root.XXXXXX")
mounts=()
cleanup() {
    local status=$?
    # Nothing may outlive the check inside the root (a server, Xvfb): stop it, then unmount,
    # and only then remove the root, never across a mount.
    local pid
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ]; then
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${mounts[i]}" 2>/dev/null || true
    done
    if ! grep -q " $root" /proc/mounts; then
        rm -rf --one-file-system "$root"
    else
        echo "fresh-check: $root is still mounted; left in place" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "fresh-check: unpacking a fresh root"
tar -C "$root" -xf "$tarball"
# "/" must be searchable by every user, whatever mode an older tarball recorded for it.
chmod 755 "$root"
mount_in() { # mount_in TARGET mount-arguments...
    local target="$root/$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
}
mount_in proc -t proc proc
mount_in sys -t sysfs -o ro sysfs
mount_in dev --bind /dev
mount_in dev/pts --bind /dev/pts
mount_in dev/shm -t tmpfs -o mode=1777 tmpfs
mount_in tmp -t tmpfs -o mode=1777,size=8g tmpfs
mount_in var/cache/apt/archives --bind "$cache/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A chroot has no init: packages must not try to start their services (PostgreSQL's would
# outlive the check). The tests start the servers they need themselves.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
# Keep what apt downloads for the next run (a fresh Debian keeps nothing by default).
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/99keep-downloads"

# The source tree as committed plus what is new and not ignored: no build folders, no caches.
mkdir -p "$root/src/gapscope"
(cd "$here" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) \
    | tar -C "$root/src/gapscope" -xf -

echo "fresh-check: running '${command[*]}' in the fresh root"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    TERM="${TERM:-dumb}" CI="${CI:-}" GAPSCOPE_FUZZ_SECONDS="${GAPSCOPE_FUZZ_SECONDS:-20}" \
    /bin/bash -c 'cd /src/gapscope && "$@"' fresh-check "${command[@]}"
