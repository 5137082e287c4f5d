"""Test-wide setup. This top part must run before anything imports Qt.

- Qt runs offscreen (no display needed, no windows flash up), unless BACKPROP_TEST_DISPLAY
  is set: then Qt uses the real display, to watch a UI test.
- QSettings (and anything else that follows XDG_CONFIG_HOME) writes to a throwaway folder,
  so tests never read or change a user's real settings.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile

_SETTINGS_DIR = tempfile.mkdtemp(prefix="backprop-lab-test-settings-")

if not os.environ.get("BACKPROP_TEST_DISPLAY"):
    # An offscreen screen the size of a small student laptop (1366x768), not Qt's default 800x600,
    # so window geometry and layout behave as they would there.
    _screen = os.path.join(_SETTINGS_DIR, "offscreen-screen.json")
    with open(_screen, "w") as fh:
        json.dump({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, fh)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# On Linux QSettings keeps user settings under XDG_CONFIG_HOME; subprocesses inherit this too.
os.environ["XDG_CONFIG_HOME"] = _SETTINGS_DIR
# ...and app data (QStandardPaths.AppDataLocation: the downloaded-MNIST cache) too.
os.environ["XDG_DATA_HOME"] = os.path.join(_SETTINGS_DIR, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_SETTINGS_DIR, "cache")
# Qt warns (and falls back to /tmp/runtime-<user>) when this is unset, as it is for root in CI.
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime_dir = os.path.join(_SETTINGS_DIR, "runtime")
    os.mkdir(_runtime_dir, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime_dir


def pytest_configure(config):
    # Every platform: point QSettings' INI and native formats at the throwaway folder too.
    # Only if Qt is installed; the engine and data tests do not need it.
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, _SETTINGS_DIR)


def pytest_unconfigure(config):
    shutil.rmtree(_SETTINGS_DIR, ignore_errors=True)
