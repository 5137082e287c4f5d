#!/usr/bin/env bash
# Set up everything Backprop Lab needs, from a clean clone, and do nothing that is already done.
#
#   scripts/bootstrap.sh app      # Debian libraries for a real window (X11/XWayland) + offscreen
#   scripts/bootstrap.sh test     # offscreen Qt (what the tests use) + the build tools below
#   scripts/bootstrap.sh package  # all of the above: a real window + the build tools
# Build tools = what PyInstaller needs (tests/packaging builds the app): binutils (objdump) and,
# for Debian's own python3, its shared library libpython3.X.
#
# Steps:
#   1. python3 >= 3.10 with a working venv module (Debian/Ubuntu: python3-venv).
#   2. On Debian/Ubuntu: the system libraries Qt needs (DESIGN.md §6). Checked with dpkg-query;
#      apt-get runs only when something is missing. As root it installs them; otherwise it
#      prints the exact `sudo apt-get install ...` line and stops with a non-zero exit.
#   3. .venv in the repository (created if missing or broken).
#   4. pip install -e '.[test]' into it, again only when pyproject.toml (or the repo's path, or
#      the Python version) changed since the last successful install (stamp: .venv/.bootstrap-stamp).
#
# Environment:
#   PYTHON=/path/to/python3      interpreter to build .venv with (default: python3)
#   BACKPROP_SKIP_APT=1          do not check or install Debian packages
#
# Run by ./run-app.sh and ./run-tests.sh; safe to run by hand and to run repeatedly.
set -euo pipefail

say() { printf '[bootstrap] %s\n' "$*" >&2; }
die() { printf '[bootstrap] ERROR: %s\n' "$*" >&2; exit 1; }

MODE="${1:-test}"
case "$MODE" in
    app | test | package) ;;
    *) die "usage: scripts/bootstrap.sh app|test|package (got '$MODE')" ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
STAMP="$VENV/.bootstrap-stamp"
PYTHON="${PYTHON:-python3}"

# Debian package lists (DESIGN.md §6).
APT_OFFSCREEN=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
APT_X11=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
APT_BUILD=(binutils)

is_root() { [ "$(id -u)" -eq 0 ]; }

# ---------------------------------------------------------------- 1. Python
command -v "$PYTHON" >/dev/null 2>&1 \
    || die "'$PYTHON' not found. Install Python 3.10 or newer (Debian/Ubuntu: sudo apt-get install python3 python3-venv)."
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
    || die "$("$PYTHON" -V 2>&1) is too old: Backprop Lab needs Python 3.10 or newer."
PYVER="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"

# A venv without pip is useless to us: Debian ships ensurepip separately (python3-venv).
NEED_VENV_PKG=""
if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    NEED_VENV_PKG="python${PYVER}-venv"
fi

# ---------------------------------------------------------------- 2. Debian libraries
installed() {
    # Ubuntu 24.04 / Debian 13 renamed some libraries with a t64 suffix (libglib2.0-0t64).
    local p status
    for p in "$1" "${1}t64"; do
        status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
        [ "$status" = "install ok installed" ] && return 0
    done
    return 1
}

if [ -n "${BACKPROP_SKIP_APT:-}" ]; then
    say "BACKPROP_SKIP_APT is set: not checking Debian packages."
elif command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    wanted=("${APT_OFFSCREEN[@]}")
    if [ "$MODE" = app ] || [ "$MODE" = package ]; then
        wanted+=("${APT_X11[@]}")
    fi
    if [ "$MODE" = test ] || [ "$MODE" = package ]; then
        wanted+=("${APT_BUILD[@]}")
        # Debian's python3 links libpython statically; PyInstaller wants the shared one too.
        pyexe="$("$PYTHON" -c 'import os, sys; print(os.path.realpath(sys.executable))')"
        if dpkg-query -S "$pyexe" >/dev/null 2>&1; then
            wanted+=("libpython${PYVER}")
        fi
    fi
    if [ -n "$NEED_VENV_PKG" ]; then wanted+=("$NEED_VENV_PKG"); fi
    missing=()
    for p in "${wanted[@]}"; do
        installed "$p" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        if is_root; then
            say "Installing Debian packages: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -q >&2 || die "apt-get update failed"
            apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
                || die "apt-get install failed for: ${missing[*]}"
        else
            say "Qt needs Debian/Ubuntu packages that are not installed. Run:"
            printf '\n    sudo apt-get install %s\n\n' "${missing[*]}" >&2
            say "then run this command again."
            exit 1
        fi
    fi
    # Optional, for the tests only: Fashion-MNIST's 70,000 real images as IDX files (Debian's
    # dataset-fashion-mnist, ~30 MB). Installed when root; without it those tests skip.
    if [ "$MODE" = test ] && is_root && ! installed dataset-fashion-mnist; then
        say "Installing dataset-fashion-mnist (optional: full-size real data for the IDX tests)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q --no-install-recommends dataset-fashion-mnist >&2 \
            || { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends dataset-fashion-mnist >&2; } \
            || say "Could not install dataset-fashion-mnist: the Fashion-MNIST tests will be skipped."
    fi
else
    say "Not a Debian/Ubuntu system: skipping the system-library check."
    say "Qt needs OpenGL/EGL, fontconfig, xkbcommon, D-Bus and GLib from your distribution."
    if [ -n "$NEED_VENV_PKG" ]; then
        die "'$PYTHON' has no working venv/ensurepip module; install your distribution's venv package."
    fi
fi

# ---------------------------------------------------------------- 3. .venv
# Serialise the rest: two commands started at once in the same tree must not both pip install.
if command -v flock >/dev/null 2>&1; then
    LOCK="${TMPDIR:-/tmp}/backprop-lab-bootstrap-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1).lock"
    exec 9>"$LOCK"
    flock -w 1800 9 || die "another bootstrap has held $LOCK for 30 minutes"
fi

venv_ok() { [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; }

if ! venv_ok; then
    if [ -e "$VENV" ]; then
        say "$VENV is broken (no working python or pip): recreating it."
        rm -rf -- "$VENV"
    fi
    say "Creating virtual environment $VENV with $("$PYTHON" -V 2>&1)"
    "$PYTHON" -m venv "$VENV" || die "could not create $VENV (Debian/Ubuntu: is python${PYVER}-venv installed?)"
    venv_ok || die "$VENV has no working pip"
fi

# ---------------------------------------------------------------- 4. Python packages
want_stamp="$(
    {
        cat pyproject.toml
        printf '\nroot=%s\n' "$ROOT"
        "$VENV/bin/python" -c 'import sys; print(sys.version)'
    } | cksum
)"
have_stamp="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want_stamp" != "$have_stamp" ]; then
    say "Installing Backprop Lab and its test tools into .venv (first run: a few minutes)"
    rm -f -- "$STAMP"
    pip_opts=(--disable-pip-version-check)
    if [ ! -t 2 ]; then pip_opts+=(--progress-bar off); fi
    "$VENV/bin/python" -m pip install "${pip_opts[@]}" -e '.[test]' >&2 \
        || die "pip install -e '.[test]' failed (see above)"
    printf '%s\n' "$want_stamp" >"$STAMP"
    say "Python packages installed."
fi
