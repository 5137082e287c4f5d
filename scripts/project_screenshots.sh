#!/usr/bin/env bash
# The README's pictures of crash recovery and export, taken from the real app (python -m guiapp) in
# a real X window on a virtual 1366x768 screen, driven with xdotool, with throwaway settings and
# data folders (XDG_CONFIG_HOME, XDG_DATA_HOME):
#
#   1. the MNIST sample (784-256-10) trains until stopped; after TRAIN_SECONDS the app is killed
#      with SIGKILL (docs/screenshots/ gets nothing of this run; the script prints the last autosave);
#   2. the app starts again and offers the session: restore-offer.png; Enter restores it:
#      restored-after-kill.png (the loss curve, the accuracy, the epoch of the last autosave);
#   3. the spiral trains a little, then File → Export… (Ctrl+Shift+E): export-dialog.png.
#
#   scripts/project_screenshots.sh [OUT_DIR]      # default docs/screenshots; needs xvfb, xdotool, imagemagick
set -u
cd "$(dirname "$0")/.."
OUT=${1:-docs/screenshots}
PY=${PY:-.venv/bin/python}
TMP=$(mktemp -d)
export DISPLAY=:$((300 + RANDOM % 400)) QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$TMP/config XDG_DATA_HOME=$TMP/data
Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$TMP"' EXIT
sleep 1

settings() {  # settings() KIND NAME PARAMS_JSON: the data (and its starting design) the app opens on
    "$PY" - "$@" <<'PY'
import json, sys
from dataclasses import replace
from guiapp.app import create_application
app = create_application()
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.datasets import load_dataset, preset_for
from guiapp.state.settings import Settings
data = DatasetSpec(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))
spec, config = preset_for(load_dataset(data))
s = Settings(); s.save_session(data, spec, replace(config, epochs=None)); s.sync()
PY
}

window_of() {  # the newest visible window of process $1
    local win=""
    for _ in $(seq 1 120); do
        win=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | tail -n 1)
        [ -n "$win" ] && break
        sleep 0.25
    done
    echo "$win"
}

settings mnist sample '{}'
"$PY" -m guiapp >/dev/null 2>&1 &
APP=$!
WIN=$(window_of $APP); sleep 3
xdotool key --window "$WIN" F5
sleep "${TRAIN_SECONDS:-75}"
kill -9 $APP; wait $APP 2>/dev/null
"$PY" - <<'PY'
import glob, os
from guiapp.state.project import read_project
[path] = glob.glob(os.path.join(os.environ["XDG_DATA_HOME"], "*", "*", "autosave", "*.bplab"))
from guiapp.state.rewind_files import entries_folder, read_rewind_files
p = read_project(path)
store, problems = read_rewind_files(p.rewind_files, entries_folder(path), p.spec)
print(f"killed; the last autosave ({p.saved_at}): {p.data.title}, epoch {p.epoch}, "
      f"train loss {p.last('train_loss'):.6g}, test accuracy {p.last('test_acc'):.2%}; "
      f"{os.path.getsize(path) / 1e6:.1f} MB, naming {len(store)} rewind entries (epochs {store.epochs[0]}.."
      f"{store.epochs[-1]}, {store.nbytes / 1e6:.0f} MB beside it){'; ' + str(problems) if problems else ''}")
PY
"$PY" -m guiapp >/dev/null 2>&1 &
APP=$!
window_of $APP >/dev/null; sleep "${START_SECONDS:-15}"
import -window root "$OUT/restore-offer.png"
xdotool key --window "$(window_of $APP)" Return
sleep "${RESTORE_SECONDS:-30}"
import -window root "$OUT/restored-after-kill.png"
kill $APP; wait $APP 2>/dev/null
rm -rf "$XDG_DATA_HOME"/*/*/autosave   # (SIGTERM is no clean exit: the next start would offer it again)

settings toy2d spiral '{"n": 600, "noise": 0.03, "n_classes": 3}'
"$PY" -m guiapp >/dev/null 2>&1 &
APP=$!
WIN=$(window_of $APP); sleep 3
xdotool key --window "$WIN" F5; sleep 25; xdotool key --window "$WIN" F5; sleep 2
xdotool key --window "$WIN" ctrl+shift+e; sleep 3
import -window root "$OUT/export-dialog.png"
kill $APP; wait $APP 2>/dev/null
echo "saved $OUT/restore-offer.png, $OUT/restored-after-kill.png, $OUT/export-dialog.png"
