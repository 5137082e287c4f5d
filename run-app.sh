#!/usr/bin/env bash
# Set up everything (first run: a few minutes) and launch Backprop Lab on this desktop.
# Arguments are passed to the app: ./run-app.sh --help
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# A desktop app needs a display. QT_QPA_PLATFORM (e.g. offscreen) overrides the check.
if [ "$(uname -s)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ] \
    && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<'MSG'
[run-app] No display: neither DISPLAY nor WAYLAND_DISPLAY is set.
[run-app] Backprop Lab is a desktop app: run ./run-app.sh from a terminal in your desktop session
[run-app] (over SSH: ssh -X). On a machine with no screen at all, use a virtual one:
[run-app]     sudo apt-get install xvfb xauth && xvfb-run -a ./run-app.sh
MSG
    exit 2
fi

scripts/bootstrap.sh app
exec .venv/bin/python -m guiapp "$@"
