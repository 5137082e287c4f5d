"""Packaged executables: build time, size and start-up time (a benchmark, not a test). Prints a table
with the budgets:

- one-folder build  <= 220 MB on disk
- one-file build    <=  90 MB
- one-folder start  <= 1 s from launch to its first window on screen (median)

Start-up is measured the way a student sees it: the executable runs in a real X window on a
virtual screen (Xvfb), and this script polls the X server every 2 ms until a window titled
"Backprop Lab" is mapped (viewable); then it ends the program. No window manager, fresh settings
(--reset-settings, throwaway XDG folders). One first run is shown apart (cold caches), the median
and range are over the next --runs. `python -m guiapp` from the source tree is measured the same
way for comparison.

    .venv/bin/python bench/bench_packaging.py              # build both (packaging/build.sh all) and measure
    .venv/bin/python bench/bench_packaging.py --no-build   # measure the builds already in --dist
    options: --runs 7  --dist dist  --no-source

Needs Xvfb and libX11 (Debian: xvfb). Exit status 1 if a budget is missed.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLE = b"Backprop Lab"
MB = 1e6
BUDGET_ONEDIR_MB = 220
BUDGET_ONEFILE_MB = 90
BUDGET_START_S = 1.0


# ---- sizes and builds -----------------------------------------------------------------------------

def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(mode: str, dist: Path) -> float:
    env = dict(os.environ, DIST_DIR=str(dist), BUILD_DIR=str(ROOT / "build"))
    t0 = time.perf_counter()
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), mode], cwd=ROOT, env=env, check=True)
    return time.perf_counter() - t0


# ---- a window on an X server ----------------------------------------------------------------------

class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


IS_VIEWABLE = 2
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)


class XServer:
    """An Xvfb of our own, and an Xlib connection to it to look for the app's window."""

    def __init__(self):
        lib = ctypes.util.find_library("X11")
        if not (shutil.which("Xvfb") and lib):
            raise RuntimeError("needs Xvfb and libX11 (Debian: apt-get install xvfb)")
        self.x = x = ctypes.CDLL(lib)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                 ctypes.POINTER(ctypes.c_uint)]
        x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XSetErrorHandler(_ERROR_HANDLER)  # a window that vanishes mid-query is not fatal
        for n in range(150, 400):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                break
        self.display = f":{n}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        self.dpy = None
        while time.monotonic() < deadline and not self.dpy:
            time.sleep(0.05)
            self.dpy = x.XOpenDisplay(self.display.encode())
        if not self.dpy:
            self.close()
            raise RuntimeError(f"Xvfb {self.display} did not start")
        self.root = x.XDefaultRootWindow(self.dpy)

    def app_window_mapped(self) -> bool:
        x = self.x
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not x.XQueryTree(self.dpy, self.root, ctypes.byref(root), ctypes.byref(parent),
                            ctypes.byref(children), ctypes.byref(n)):
            return False
        try:
            for i in range(n.value):
                name = ctypes.c_char_p()
                if x.XFetchName(self.dpy, children[i], ctypes.byref(name)) and name.value:
                    title = name.value
                    x.XFree(name)
                    if title.startswith(TITLE):
                        attrs = XWindowAttributes()
                        if x.XGetWindowAttributes(self.dpy, children[i], ctypes.byref(attrs)) \
                                and attrs.map_state == IS_VIEWABLE:
                            return True
        finally:
            if children:
                x.XFree(children)
        return False

    def close(self):
        if getattr(self, "dpy", None):
            self.x.XCloseDisplay(self.dpy)
            self.dpy = None
        self.proc.terminate()
        self.proc.wait(10)


def time_to_window(xserver: XServer, cmd: list[str], timeout: float = 60.0) -> float:
    """Seconds from starting ``cmd`` until its main window is mapped on the X server."""
    with tempfile.TemporaryDirectory(prefix="bench-packaging-") as home:
        runtime = Path(home, "runtime")
        runtime.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "PYTHON", "VIRTUAL_ENV"))}
        env.update(DISPLAY=xserver.display, XDG_CONFIG_HOME=str(Path(home, "config")),
                   XDG_DATA_HOME=str(Path(home, "data")), XDG_CACHE_HOME=str(Path(home, "cache")),
                   XDG_RUNTIME_DIR=str(runtime))
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                if xserver.app_window_mapped():
                    return time.perf_counter() - t0
                if proc.poll() is not None:
                    raise RuntimeError(f"{cmd[0]} exited ({proc.returncode}) before showing a window")
                if time.perf_counter() - t0 > timeout:
                    raise RuntimeError(f"{cmd[0]}: no window after {timeout:.0f} s")
                time.sleep(0.002)
        finally:
            proc.send_signal(signal.SIGTERM)  # the one-file bootloader passes it on and cleans up
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def measure_start(xserver: XServer, cmd: list[str], runs: int) -> dict:
    first = time_to_window(xserver, cmd)
    times = [time_to_window(xserver, cmd) for _ in range(runs)]
    return {"first": first, "median": statistics.median(times), "min": min(times), "max": max(times)}


# ---- main -----------------------------------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the builds are (default: dist/)")
    parser.add_argument("--no-build", action="store_true", help="measure the builds already in --dist")
    parser.add_argument("--runs", type=int, default=7, help="timed starts per program (after one first run)")
    parser.add_argument("--no-source", action="store_true", help="skip `python -m guiapp` for comparison")
    args = parser.parse_args(argv)

    dist = args.dist.resolve()
    onedir = dist / "onedir" / "backprop-lab" / "backprop-lab"
    onefile = dist / "onefile" / "backprop-lab"
    build_s = {}
    if not args.no_build:
        for mode in ("onedir", "onefile"):
            build_s[mode] = build(mode, dist)
    for exe in (onedir, onefile):
        if not exe.is_file():
            print(f"missing {exe}: build first (packaging/build.sh all) or drop --no-build", file=sys.stderr)
            return 2

    sizes = {"onedir": tree_size(onedir.parent) / MB, "onefile": tree_size(onefile) / MB}
    xserver = XServer()
    try:
        starts = {"onedir": measure_start(xserver, [str(onedir), "--reset-settings"], args.runs),
                  "onefile": measure_start(xserver, [str(onefile), "--reset-settings"], args.runs)}
        if not args.no_source:
            starts["source"] = measure_start(xserver, [sys.executable, "-m", "guiapp", "--reset-settings"], args.runs)
    finally:
        xserver.close()

    def verdict(value, budget):
        return "ok" if value <= budget else "OVER"

    rows = [
        ("one-folder size", f"{sizes['onedir']:.0f} MB", f"<= {BUDGET_ONEDIR_MB} MB",
         verdict(sizes["onedir"], BUDGET_ONEDIR_MB)),
        ("one-file size", f"{sizes['onefile']:.0f} MB", f"<= {BUDGET_ONEFILE_MB} MB",
         verdict(sizes["onefile"], BUDGET_ONEFILE_MB)),
    ]
    for name, label in (("onedir", "one-folder"), ("onefile", "one-file"), ("source", "python -m guiapp")):
        if name in starts:
            s = starts[name]
            value = (f"{s['median']:.2f} s (range {s['min']:.2f}-{s['max']:.2f}, "
                     f"first run {s['first']:.2f})")
            ok = verdict(s["median"], BUDGET_START_S) if name == "onedir" else ""
            rows.append((f"{label} start to window", value, f"<= {BUDGET_START_S:.0f} s" if ok else "", ok))
    for mode, seconds in build_s.items():
        rows.append((f"{'one-folder' if mode == 'onedir' else 'one-file'} build time", f"{seconds:.0f} s", "", ""))

    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    print(f"\nBackprop Lab packaging ({os.cpu_count()} cores, {args.runs} timed starts each, median)")
    print(f"{'measure':<{width}}  {'value':<{vwidth}}  {'budget':<10}  verdict")
    for name, value, budget, ok in rows:
        print(f"{name:<{width}}  {value:<{vwidth}}  {budget:<10}  {ok}")
    return 1 if any(r[3] == "OVER" for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
