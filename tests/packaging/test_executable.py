"""The packaged executable: build the one-folder PyInstaller bundle with packaging/build.sh and run
its --smoke-test offscreen, as a student's machine would (no Python, no source tree).

The build takes ~30-60 s on 2 cores. Deselect it locally with ``-m "not packaging"``; it runs by
default, and in CI (CI=true) a missing PyInstaller is a failure, not a skip.
The icon and .desktop checks at the bottom are quick and always run.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import guiapp

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.sh"
EXE_NAME = "backprop-lab" + (".exe" if sys.platform == "win32" else "")
ONEDIR_BUDGET_MB = 220

packaging = pytest.mark.packaging


def _run_env(**extra) -> dict[str, str]:
    """The environment of a student's machine: no Python set-up leaking in from this test run."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "PYTEST", "VIRTUAL_ENV", "COV_")) and k not in ("QT_PLUGIN_PATH",)}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def onedir(tmp_path_factory) -> Path:
    """packaging/build.sh onedir, built once for this module; returns the bundle folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        msg = ("PyInstaller is not installed in this environment: pip install -e '.[test]' "
               "(or '.[package]') installs it")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must build the executable, but {msg}")
        pytest.skip(msg)
    if sys.platform == "win32":
        pytest.skip("packaging/build.sh is bash; Windows builds run in .github/workflows/build-desktop.yml")
    work = tmp_path_factory.mktemp("pyinstaller")
    # PYINSTALLER_CONFIG_DIR: PyInstaller's cache in the throwaway folder too, as on a fresh CI machine.
    env = dict(os.environ, BACKPROP_PYTHON=sys.executable, DIST_DIR=str(work / "dist"),
               BUILD_DIR=str(work / "build"), PYINSTALLER_CONFIG_DIR=str(work / "pyinstaller-config"))
    proc = subprocess.run(["bash", str(BUILD_SCRIPT), "onedir"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, f"build failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
    bundle = work / "dist" / "onedir" / "backprop-lab"
    assert (bundle / EXE_NAME).is_file(), f"no executable in {bundle}: {sorted(p.name for p in bundle.iterdir())}"
    return bundle


def _internal(bundle: Path) -> Path:
    return bundle / "_internal"


@packaging
@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_onedir_smoke_test_passes_offscreen(onedir, tmp_path):
    """The frozen app builds its window, trains XOR on its worker thread and renders every panel."""
    from guiapp.ui.panels import load_panel_classes

    proc = subprocess.run([str(onedir / EXE_NAME), "--smoke-test"], cwd=tmp_path,
                          env=_run_env(QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=180)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"exit {proc.returncode}:\n{out[-4000:]}"
    assert "smoke-test ok" in proc.stdout, out
    # Panels are imported by name (importlib): a panel missing from the bundle would silently vanish.
    expected = len(load_panel_classes())
    assert f"{expected} panels rendered" in proc.stdout, f"source tree has {expected} panels:\n{out}"


@packaging
@pytest.mark.timeout(1500)
def test_onedir_reports_the_package_version(onedir, tmp_path):
    proc = subprocess.run([str(onedir / EXE_NAME), "--version"], cwd=tmp_path,
                          env=_run_env(QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == guiapp.__version__


@packaging
@pytest.mark.timeout(1500)
def test_onedir_bundles_resources_and_leaves_out_unused_parts(onedir):
    internal = _internal(onedir)
    # Every file of resources/ is in the bundle as resources/ (where resource_path() looks when frozen).
    for src in (ROOT / "resources").rglob("*"):
        if src.is_file():
            dst = internal / "resources" / src.relative_to(ROOT / "resources")
            assert dst.is_file() and dst.stat().st_size == src.stat().st_size, f"{dst} missing or different"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    unwanted = ("torch", "tkinter", "_tkinter", "pytest", "hypothesis", "PyInstaller",
                "Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Pdf", "Qt6Network", "Qt6Multimedia", "Qt63D")
    found = sorted(n for n in names for u in unwanted if u in n)
    assert not found, f"unused parts in the bundle: {found[:20]}"
    # Of Qt's translations only qtbase for the app's languages (its standard dialogs in Russian).
    qt_translations = sorted(n.rsplit("/", 1)[1] for n in names if "/translations/" in n and n.endswith(".qm"))
    assert qt_translations == ["qtbase_en.qm", "qtbase_ru.qm"], qt_translations


@packaging
@pytest.mark.timeout(1500)
def test_onedir_speaks_russian(onedir, tmp_path):
    """--lang ru finds the app's catalogue and Qt's qtbase_ru.qm inside the bundle."""
    proc = subprocess.run([str(onedir / EXE_NAME), "--smoke-test", "--lang", "ru"], cwd=tmp_path,
                          env=_run_env(QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "language ru (qtbase_ru.qm+backprop_lab_ru.qm)" in proc.stdout, proc.stdout


@packaging
@pytest.mark.timeout(1500)
def test_onedir_fits_the_size_budget(onedir):
    size = sum(p.stat().st_size for p in onedir.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= ONEDIR_BUDGET_MB * 1e6, f"one-folder build is {size / 1e6:.0f} MB > {ONEDIR_BUDGET_MB} MB"


# ---- quick checks of the icon files and the Linux desktop entry (no build) -----------------------

ICONS = ROOT / "resources" / "icons"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_icon_pngs_have_their_sizes():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size((ICONS / f"backprop-lab-{size}.png").read_bytes()) == (size, size)


def test_windows_ico_holds_png_images_16_to_256():
    data = (ICONS / "backprop-lab.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        png = _png_size(data[offset:offset + length])
        assert png == ((w or 256), (h or 256))
        sizes.add(png[0])
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_holds_png_images_16_to_1024():
    data = (ICONS / "backprop-lab.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, sizes = 8, set()
    while pos < len(data):
        length = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        sizes.add(_png_size(data[pos + 8:pos + length])[0])
        pos += length
    assert pos == len(data)
    assert {16, 32, 64, 128, 256, 512, 1024} <= sizes


def test_desktop_entry_names_the_executable_and_icon():
    lines = (ROOT / "packaging" / "backprop-lab.desktop").read_text().splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert entry["Type"] == "Application"
    assert entry["Name"] == guiapp.APP_NAME
    assert entry["Exec"].split()[0] == "backprop-lab"
    assert entry["Icon"] == "backprop-lab"
    assert entry["Terminal"] == "false"
