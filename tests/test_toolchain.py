"""Guards for toolchain facts (DESIGN.md §6) that would otherwise break things far from the cause."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Any Qt binding, or pyqtgraph (which imports one).
QT_MODULES = {"PySide6", "shiboken6", "pyqtgraph", "PyQt6", "PyQt5", "PySide2", "sip"}


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the PySide6 6.12 bug hits Python <= 3.11 only")
def test_pyside6_below_6_12_on_python_before_3_12():
    """PySide6 6.12.0 crashes on Python <= 3.11 (Fatal Python error: none_dealloc)."""
    import PySide6
    import shiboken6

    assert PySide6.__version_info__[:2] < (6, 12), (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}: 6.12 crashes on "
        "Python <= 3.11; pin pyside6-essentials<6.12 in pyproject.toml"
    )
    assert shiboken6.__version_info__[:2] < (6, 12), f"shiboken6 {shiboken6.__version__}"


_PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    name, walk = sys.argv[1], sys.argv[2] == "1"
    loaded = [name]
    pkg = importlib.import_module(name)
    if walk and hasattr(pkg, "__path__"):
        for info in pkgutil.walk_packages(pkg.__path__, name + "."):
            importlib.import_module(info.name)
            loaded.append(info.name)
    print(json.dumps({"loaded": loaded, "modules": sorted(sys.modules)}))
    """
)


@pytest.mark.parametrize(
    ("package", "walk"),
    [
        ("guiapp", False),  # the top package only: guiapp.ui is Qt by design
        ("guiapp.engine", True),  # and every module under it
        ("guiapp.data", True),
    ],
)
def test_package_loads_no_qt(package, walk):
    """Importing guiapp, the engine or the data layer must not load Qt (DESIGN.md §2)."""
    if importlib.util.find_spec(package) is None:
        pytest.skip(f"{package} does not exist yet")
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, package, "1" if walk else "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, f"importing {package} failed:\n{proc.stderr}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    qt = sorted({m for m in result["modules"] if m.split(".")[0] in QT_MODULES})
    assert not qt, f"importing {', '.join(result['loaded'])} loaded Qt modules: {qt}"
