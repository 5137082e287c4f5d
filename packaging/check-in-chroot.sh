#!/usr/bin/env bash
# Prove the Linux builds run on a machine with no Python: a bare Debian 12 (debootstrap minbase)
# with only the libraries a desktop has, no python3. Runs each build's --smoke-test offscreen and
# in a real X window (an Xvfb on this machine; its socket is shared into the chroot).
#
#   sudo packaging/check-in-chroot.sh [CHROOT_DIR]     # default /work/chroot-desktop
#
# Needs root, debootstrap and Xvfb here, and dist/ from packaging/build.sh all (DIST_DIR to change).
# The chroot is made on first use and reused; it is never the repo's or anyone else's.
# Its extra packages are the minimal set found by trying (README "Packaging (for maintainers)"):
#   libgl1 libegl1          QtGui links libGL/libEGL (libgl1 brings libxcb1 and libx11-6)
#   fontconfig-config fonts-dejavu-core   without them it runs, but every letter is a box
# Everything else (libxcb-cursor, xkbcommon, fontconfig, ICU, OpenBLAS, ...) is in the bundle.
set -euo pipefail

say() { printf '[chroot-check] %s\n' "$*" >&2; }
die() { printf '[chroot-check] ERROR: %s\n' "$*" >&2; exit 1; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
C="${1:-/work/chroot-desktop}"
DIST="${DIST_DIR:-$ROOT/dist}"
PACKAGES=(libgl1 libegl1 fontconfig-config fonts-dejavu-core)

[ "$(id -u)" -eq 0 ] || die "needs root (chroot, mount)"
[ -x "$DIST/onedir/backprop-lab/backprop-lab" ] && [ -x "$DIST/onefile/backprop-lab" ] \
    || die "no builds in $DIST: run packaging/build.sh all first"
command -v Xvfb >/dev/null || die "needs Xvfb on this machine (apt-get install xvfb)"

if [ ! -x "$C/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || die "needs debootstrap (apt-get install debootstrap)"
    say "Making a bare Debian 12 in $C (debootstrap --variant=minbase bookworm)"
    mkdir -p "$C"
    debootstrap --variant=minbase bookworm "$C" http://deb.debian.org/debian >&2
fi

mounted=()
cleanup() {
    local m
    for m in "${mounted[@]}"; do umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
mount_once() {  # mount_once TARGET mount-args...
    local target="$1"; shift
    mountpoint -q "$target" && return 0
    mkdir -p "$target"
    mount "$@" "$target"
    mounted=("$target" "${mounted[@]}")
}
mount_once "$C/proc" -t proc proc
mount_once "$C/dev" --rbind /dev
mount --make-rslave "$C/dev"

missing=()
for p in "${PACKAGES[@]}"; do
    chroot "$C" dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing into the chroot: ${missing[*]}"
    cp -L /etc/resolv.conf "$C/etc/resolv.conf"
    chroot "$C" apt-get update -q >&2
    chroot "$C" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
if chroot "$C" sh -c 'command -v python3 || command -v python || ls /usr/lib/python3* /usr/bin/python*' >/dev/null 2>&1; then
    die "$C has Python in it: this check needs a machine without Python"
fi

say "Copying the builds into $C/opt"
rm -rf "$C/opt/backprop-lab" "$C/opt/backprop-lab-onefile"
cp -a "$DIST/onedir/backprop-lab" "$C/opt/backprop-lab"
mkdir -p "$C/opt/backprop-lab-onefile"
cp -a "$DIST/onefile/backprop-lab" "$C/opt/backprop-lab-onefile/"

# An X server here; the chroot's programs reach it through the shared socket folder.
for n in $(seq 400 499); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
mount_once "$C/tmp/.X11-unix" --bind /tmp/.X11-unix

fails=0
run_check() {  # run_check LABEL EXE PLATFORM-ENV
    local label="$1" exe="$2" platform="$3" out rc=0
    out="$(chroot "$C" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 $platform \
        "$exe" --smoke-test 2>&1 </dev/null)" || rc=$?
    if [ "$rc" -eq 0 ] && grep -q "smoke-test ok" <<<"$out"; then
        printf '%-22s ok   %s\n' "$label" "$(grep 'smoke-test ok' <<<"$out")"
    else
        printf '%-22s FAIL (exit %s)\n%s\n' "$label" "$rc" "$out"
        fails=$((fails + 1))
    fi
}
echo "Debian $(cat "$C/etc/debian_version") chroot $C, no Python; extra packages: ${PACKAGES[*]}"
run_check "one-folder offscreen" /opt/backprop-lab/backprop-lab QT_QPA_PLATFORM=offscreen
run_check "one-folder X11 (xcb)" /opt/backprop-lab/backprop-lab "QT_QPA_PLATFORM=xcb DISPLAY=:$n"
run_check "one-file offscreen" /opt/backprop-lab-onefile/backprop-lab QT_QPA_PLATFORM=offscreen
run_check "one-file X11 (xcb)" /opt/backprop-lab-onefile/backprop-lab "QT_QPA_PLATFORM=xcb DISPLAY=:$n"
[ "$fails" -eq 0 ] || die "$fails check(s) failed"
