"""Pace and rewind, measured (a benchmark, not a test). Prints:

1. XOR on first launch (the default pace, 30 epochs/s, the XOR preset), the full window open:
   the epoch and the second at which every row is right, and at which every output is within
   0.1 of its target (target: 10-30 s).
2. CPU time of the whole process while training waits at 1 epoch/s (target: far below one core).
3. Memory held by the rewind store after 100,000 XOR epochs and after 20 epochs of the MNIST
   sample with the default image network (784-256-10, momentum): the arrays it keeps, and all of
   it with Python's own objects (``deep_size``); entries kept and how dense the start is.
4. Time from moving the scrubber to every view redrawn (target < 100 ms for XOR, < 300 ms for the
   MNIST sample): the slider is set to an epoch not seen before (the viewer's thread makes its
   views), and the clock stops once the session shows it, every panel that draws
   ``session.display`` has drawn it (panels in a dock tab behind another are made to draw too) and
   the event loop has painted the window. Also an epoch shown a moment ago (from the viewer's
   cache), and an upper bound that paints every view panel offscreen as well (``QWidget.grab``).

Each part runs in its own subprocess (a fresh window, clean thread pools).

    .venv/bin/python bench/bench_rewind.py [--scrubs 15]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

#: Panels that draw ``session.display``.
VIEW_DOCKS = ("networkDock", "weightsDock", "boundaryDock", "mnistDock", "drawDock", "dataDock")


def _env():
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _window():
    import tempfile

    from PySide6.QtCore import QSettings

    tmp = tempfile.mkdtemp(prefix="backprop-lab-bench-")
    os.environ["XDG_CONFIG_HOME"] = tmp
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    from guiapp.app import build_window, create_application

    app = create_application()
    window, session, controller = build_window(None)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return app, window, session, controller


def _pump(app, seconds: float, until=None) -> bool:
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until is not None and until():
            return True
        time.sleep(0.001)
    return until is None


def _close(app, window, controller) -> None:
    window.close()
    controller.shutdown()
    app.processEvents()


def deep_size(obj) -> int:
    """Bytes of ``obj`` and everything it references (NumPy arrays with their buffers; each object once)."""
    seen, total, todo = set(), 0, [obj]
    while todo:
        o = todo.pop()
        if id(o) in seen or isinstance(o, type):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)   # (an array that owns its data counts its buffer here too)
        todo.extend(gc.get_referents(o))
    return total


# ---- 1. XOR at the default pace ----------------------------------------------------------------------
def measure_xor_pace() -> dict:
    import numpy as np

    app, window, session, controller = _window()
    window.docks["boundaryDock"].raise_()
    ds = session.dataset
    marks = {}
    t0 = time.perf_counter()
    controller.start()

    def check():
        snap = session.snapshot
        if snap is None:
            return False
        net = session.spec.build(seed=0)
        net.set_params(snap.params)
        out = net.predict_proba(ds.X_train)[:, 0]
        now = time.perf_counter() - t0
        if "right" not in marks and ((out >= 0.5) == (ds.y_train == 1)).all():
            marks["right"] = (snap.epoch, now)
        if "within_0.1" not in marks and (np.abs(out - ds.y_train) < 0.1).all():
            marks["within_0.1"] = (snap.epoch, now)
        return len(marks) == 2

    _pump(app, 90, check)
    out = {"pace": session.pace, "learning_rate": session.config.learning_rate, **marks}
    _close(app, window, controller)
    return out


# ---- 2. CPU while waiting -------------------------------------------------------------------------
def measure_cpu_slow_pace() -> dict:
    app, window, session, controller = _window()
    session.set_pace(1)
    controller.start()
    _pump(app, 1.5)
    cpu0, wall0, e0 = time.process_time(), time.perf_counter(), session.epoch
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(5000, loop.quit)
    loop.exec()   # the app's own event loop: nothing polls
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    out = {"cpu_seconds": cpu, "wall_seconds": wall, "epochs": session.epoch - e0}
    _close(app, window, controller)
    return out


# ---- 3. memory of the store --------------------------------------------------------------------------
def measure_memory_xor() -> dict:
    app, window, session, controller = _window()
    session.set_pace(None)
    controller.start()
    _pump(app, 120, lambda: session.epoch >= 100_000)
    controller.pause()
    _pump(app, 10, lambda: not controller.worker_busy)
    store = session.rewind
    out = {"epochs": session.epoch, "entries": len(store), "array_bytes": store.nbytes, "deep_bytes": deep_size(store),
           "dense_until": store.dense_until, "first_gap_over_1": int(next((b for a, b in zip(store.epochs, store.epochs[1:])
                                                                          if b - a > 1), -1))}
    _close(app, window, controller)
    return out


def measure_memory_mnist() -> dict:
    from dataclasses import replace

    from guiapp.state.dataset_spec import DatasetSpec

    app, window, session, controller = _window()
    session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_config(replace(session.config, epochs=20))
    t0 = time.perf_counter()
    controller.start()
    _pump(app, 600, lambda: session.epoch >= 20 and not controller.worker_busy)
    store = session.rewind
    state = store.state_at(20)
    out = {"design": "-".join(map(str, session.spec.layer_sizes)), "optimizer": session.config.optimizer,
           "epochs": session.epoch, "seconds": time.perf_counter() - t0, "entries": len(store),
           "array_bytes": store.nbytes, "deep_bytes": deep_size(store), "capacity": store.capacity,
           "optimizer_kept": state is not None and state.optimizer is not None}
    _close(app, window, controller)
    return out


# ---- 4. scrubbing latency ----------------------------------------------------------------------------
def _scrub_latency(app, window, session, controller, epochs: list[int]) -> dict:
    panels = [window.panels[n] for n in VIEW_DOCKS if n in window.panels]
    bar = window.pace_rewind.bar

    def scrub(epoch: int, grab: bool, fresh: bool = True) -> float:
        bar.viewer.show_live()
        if fresh:
            bar.viewer._cache.clear()   # the viewer's thread makes this epoch's views
        _pump(app, 0.05)
        t0 = time.perf_counter()
        bar.slider.setValue(epoch)
        target = session.rewind.nearest(epoch)
        while not (session.display is not None and session.display.epoch == target and not session.is_live):
            app.processEvents()
        for p in panels:           # panels in a tab behind another draw when shown: make them draw now
            if p.is_dirty():
                p._redraw_now()
        app.processEvents()        # the visible ones paint
        if grab:
            for p in panels:
                p.grab()
        return (time.perf_counter() - t0) * 1000

    fresh = [scrub(e, False) for e in epochs]
    cached = [scrub(e, False, fresh=False) for e in epochs[-4:]]
    painted = [scrub(e, True) for e in epochs[-6:]]
    return {"fresh_ms": fresh, "cached_ms": cached, "painted_ms": painted}


def measure_scrub_xor(scrubs: int) -> dict:
    app, window, session, controller = _window()
    window.docks["boundaryDock"].raise_()
    session.set_pace(None)
    controller.start()
    _pump(app, 60, lambda: session.epoch >= 3000)
    controller.pause()
    _pump(app, 5, lambda: not controller.worker_busy)
    kept = [int(e) for e in session.rewind.epochs if 0 < e < session.epoch]
    step = max(1, len(kept) // scrubs)
    out = _scrub_latency(app, window, session, controller, kept[::step][:scrubs])
    _close(app, window, controller)
    return out


def measure_scrub_mnist(scrubs: int) -> dict:
    from dataclasses import replace

    from guiapp.state.dataset_spec import DatasetSpec

    app, window, session, controller = _window()
    session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_config(replace(session.config, epochs=min(20, scrubs + 1)))
    for name in ("weightsDock", "mnistDock"):
        window.docks[name].raise_()
    controller.start()
    _pump(app, 600, lambda: session.epoch >= session.config.epochs and not controller.worker_busy)
    out = _scrub_latency(app, window, session, controller, list(range(1, session.epoch))[:scrubs])
    _close(app, window, controller)
    return out


MEASURES = {"xor_pace": lambda a: measure_xor_pace(), "cpu_slow": lambda a: measure_cpu_slow_pace(),
            "memory_xor": lambda a: measure_memory_xor(), "memory_mnist": lambda a: measure_memory_mnist(),
            "scrub_xor": lambda a: measure_scrub_xor(a.scrubs), "scrub_mnist": lambda a: measure_scrub_mnist(a.scrubs)}


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.2f} MB" if n >= 100 * 1024 else f"{n / 1024:.1f} KB"


def _ms(values) -> str:
    return f"median {statistics.median(values):.0f} ms, max {max(values):.0f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scrubs", type=int, default=15)
    ap.add_argument("--only", nargs="*", choices=list(MEASURES))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(MEASURES[args.child](args)))
        return
    results = {}
    for name in args.only or MEASURES:
        proc = subprocess.run([sys.executable, __file__, "--child", name, "--scrubs", str(args.scrubs)], env=_env(),
                              capture_output=True, text=True, timeout=1200)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            raise SystemExit(f"{name} failed")
        results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{name}: {results[name]}", file=sys.stderr)
    print(f"\nPace and rewind (cores: {os.cpu_count()})")
    r = results.get("xor_pace")
    if r:
        (e1, t1), (e2, t2) = r["right"], r["within_0.1"]
        ok = 10 <= t2 <= 30
        print(f"  XOR at the default pace ({r['pace']:g} epochs/s, learning rate {r['learning_rate']:g}): every row right "
              f"at epoch {e1} ({t1:.1f} s), every output within 0.1 at epoch {e2} ({t2:.1f} s)   "
              f"target 10-30 s: {'PASS' if ok else 'MISS'}")
    r = results.get("cpu_slow")
    if r:
        share = r["cpu_seconds"] / r["wall_seconds"]
        print(f"  CPU at 1 epoch/s: {r['cpu_seconds']:.3f} s of CPU in {r['wall_seconds']:.1f} s ({share:.1%} of one "
              f"core, {r['epochs']} epochs)")
    for key, what in (("memory_xor", "XOR"), ("memory_mnist", "MNIST sample")):
        r = results.get(key)
        if r:
            extra = (f", {r['design']} {r['optimizer']} (optimizer state kept: {r['optimizer_kept']}; capacity "
                     f"{r['capacity']}), {r['seconds']:.0f} s") if key == "memory_mnist" else (
                f", every epoch up to {r['dense_until']}")
            print(f"  rewind store after {r['epochs']:,} {what} epochs: {r['entries']} entries, arrays "
                  f"{_mb(r['array_bytes'])}, with Python objects {_mb(r['deep_bytes'])}{extra}")
    for key, what, target in (("scrub_xor", "XOR", 100), ("scrub_mnist", "MNIST sample", 300)):
        r = results.get(key)
        if r:
            worst = max(r["fresh_ms"])
            print(f"  scrubber -> every view redrawn, {what}: new epoch {_ms(r['fresh_ms'])}   target < {target} ms: "
                  f"{'PASS' if worst < target else 'MISS'}; cached {_ms(r['cached_ms'])}; painting every view "
                  f"panel too {_ms(r['painted_ms'])}")


if __name__ == "__main__":
    main()
