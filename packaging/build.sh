#!/usr/bin/env bash
# Build the Backprop Lab executables with PyInstaller (spec: packaging/backprop-lab.spec).
#
#   packaging/build.sh            # both: one-folder and one-file
#   packaging/build.sh onedir     # dist/onedir/backprop-lab/backprop-lab   (starts fast; ship the folder)
#   packaging/build.sh onefile    # dist/onefile/backprop-lab               (one file; unpacks at each start)
#
# Set-up: by default it runs scripts/bootstrap.sh app (the repo's .venv, and on Debian/Ubuntu the
# Qt libraries for a real window, so the build bundles libxcb-cursor & co.), then installs
# PyInstaller with pip install -e '.[package]' if it is missing. No network beyond PyPI/Debian.
#
# Environment:
#   BACKPROP_PYTHON=python    build with this interpreter instead (its packages already installed;
#                             CI on Windows/macOS, and tests/packaging use this). No bootstrap.
#   DIST_DIR=dist BUILD_DIR=build   where the executables / PyInstaller's work files go
#
# A Linux build runs on Linux systems with glibc >= the build machine's (Debian 12: 2.36).
# Windows and macOS builds must be made on those systems (.github/workflows/build-desktop.yml).
set -euo pipefail

say() { printf '[build] %s\n' "$*" >&2; }
die() { printf '[build] ERROR: %s\n' "$*" >&2; exit 1; }

MODE="${1:-all}"
case "$MODE" in
    onedir) modes=(onedir) ;;
    onefile) modes=(onefile) ;;
    all) modes=(onedir onefile) ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) die "usage: packaging/build.sh [onedir|onefile|all] (got '$MODE')" ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIST_DIR="${DIST_DIR:-dist}"
BUILD_DIR="${BUILD_DIR:-build}"

if [ -n "${BACKPROP_PYTHON:-}" ]; then
    PY="$BACKPROP_PYTHON"
else
    scripts/bootstrap.sh package
    PY="$ROOT/.venv/bin/python"
fi
if ! "$PY" -c 'import PyInstaller' >/dev/null 2>&1; then
    say "PyInstaller is missing: pip install -e '.[package]'"
    "$PY" -m pip install --disable-pip-version-check -e '.[package]' >&2 \
        || die "pip install -e '.[package]' failed (see above)"
fi

VERSION="$("$PY" -c 'import guiapp; print(guiapp.__version__)')"
say "Backprop Lab $VERSION with $("$PY" -m PyInstaller --version 2>/dev/null | tail -n 1) on $("$PY" -V 2>&1)"

size_of() { du -sh "$1" 2>/dev/null | cut -f1; }

for mode in "${modes[@]}"; do
    dist="$DIST_DIR/$mode"
    start=$(date +%s)
    say "$mode: building into $dist/ ..."
    "$PY" -m PyInstaller packaging/backprop-lab.spec --noconfirm --log-level WARN \
        --distpath "$dist" --workpath "$BUILD_DIR/$mode" -- --mode "$mode" \
        || die "$mode: PyInstaller failed (see above)"
    if [ "$mode" = onedir ]; then
        out="$dist/backprop-lab"
        if [ "$(uname -s)" = Linux ]; then
            # For a menu entry: see README "Packaging (for maintainers)".
            cp packaging/backprop-lab.desktop packaging/backprop-lab-mime.xml resources/icons/backprop-lab-256.png "$out/"
            # The X11 libraries many desktops lack (libxcb-cursor0 above all) travel in the bundle
            # only if this machine has them (scripts/bootstrap.sh app installs them).
            for lib in libxcb-cursor.so.0 libxkbcommon-x11.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-shape.so.0; do
                [ -e "$out/_internal/$lib" ] \
                    || say "WARNING: $lib is not in the bundle (not installed here): students' machines will need it"
            done
        fi
    else
        out="$dist/backprop-lab"
        [ -e "$out" ] || out="$dist/backprop-lab.exe"
    fi
    say "$mode: done in $(( $(date +%s) - start )) s: $out ($(size_of "$out"))"
done
