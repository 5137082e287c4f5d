"""Memory over a long run with autosave on (a benchmark, not a test): does it stay flat?

The app's window (offscreen, every panel live) trains the MNIST sample with the image preset
(784-256-10, momentum, run until stopped) for ``--minutes``, autosaving every 30 s as the app
does, and prints the process's resident memory (RSS, from /proc) every ``--every`` seconds with the
epoch, the number of autosaves so far and what the autosave folder holds on disk (the autosave
and the rewind entries beside it); at the end, the growth after the warm-up and its slope.

    .venv/bin/python bench/soak_autosave.py                  # 30 minutes
    .venv/bin/python bench/soak_autosave.py --minutes 3 --every 10
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from dataclasses import replace

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def on_disk(folder: str) -> tuple[float, int]:
    """(MB the autosave folder holds, rewind entry files in it)."""
    total, entries = 0, 0
    for base, _dirs, names in os.walk(folder):
        for name in names:
            try:
                total += os.path.getsize(os.path.join(base, name))
            except OSError:
                continue
            entries += name.endswith(".bpentry")
    return total / 1e6, entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--every", type=float, default=60.0, help="seconds between two RSS readings")
    parser.add_argument("--interval", type=float, default=30.0, help="autosave interval (s)")
    parser.add_argument("--warmup", type=float, default=120.0, help="seconds before the baseline reading")
    parser.add_argument("--no-autosave", action="store_true", help="the same run without autosave (to compare)")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer

    from guiapp.app import create_application
    from guiapp.state.autosave import AutosaveFolder
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.state.session import Session
    from guiapp.ui.main_window import MainWindow
    from guiapp.ui.project_files import enable_autosave
    from guiapp.workers.training_controller import TrainingController

    create_application()
    session = Session(DatasetSpec("mnist", "sample"))
    session.set_config(replace(session.config, epochs=None))
    controller = TrainingController(session)
    window = MainWindow(session, controller, None)
    window.resize(1366, 768)
    window.show()
    folder = tempfile.mkdtemp(prefix="soak-autosave-")
    saver = enable_autosave(session, controller, AutosaveFolder(folder), interval=args.interval)
    saver.enabled = not args.no_autosave
    writes: list[float] = []
    saver.saved.connect(lambda path, s: writes.append(s))

    def wait(sec):
        loop = QEventLoop()
        QTimer.singleShot(int(sec * 1000), loop.quit)
        loop.exec()

    what = "autosave off" if args.no_autosave else f"autosave every {args.interval:g} s"
    print(f"soak: MNIST sample 784-256-10 with the window open, {what}, "
          f"{args.minutes:g} min; RSS every {args.every:g} s", flush=True)
    print(f"{'min':>6} {'RSS MB':>8} {'epoch':>7} {'saves':>6} {'on disk MB':>10} {'entries':>7}", flush=True)
    controller.start()
    t0 = time.monotonic()
    readings = []
    end = t0 + args.minutes * 60
    while True:
        now = time.monotonic()
        gc.collect()
        readings.append(((now - t0) / 60, rss_mb(), session.epoch, len(writes)))
        m, r, e, n = readings[-1]
        disk, files = on_disk(folder)
        print(f"{m:6.1f} {r:8.1f} {e:7d} {n:6d} {disk:10.1f} {files:7d}", flush=True)
        left = end - time.monotonic()
        if left <= 0.5:
            break
        wait(min(args.every, left))
    controller.stop()
    saver.clean_exit()
    controller.shutdown()
    window.close()
    after = [x for x in readings if x[0] * 60 >= args.warmup] or readings[-2:]
    first, last = after[0], after[-1]
    span = max(last[0] - first[0], 1e-9)
    print(f"after the {args.warmup:g} s warm-up: {first[1]:.1f} MB at {first[0]:.1f} min -> {last[1]:.1f} MB at "
          f"{last[0]:.1f} min: {last[1] - first[1]:+.1f} MB ({(last[1] - first[1]) / span:+.2f} MB/min); "
          f"min {min(x[1] for x in after):.1f}, max {max(x[1] for x in after):.1f} MB; "
          f"{last[3]} autosaves, {last[2]} epochs ({(last[1] - first[1]) * 1024 / max(last[2] - first[2], 1):.2f} KB "
          f"per epoch)")
    if writes:
        import statistics

        print(f"autosave write: {statistics.median(writes) * 1000:.0f} ms median, {max(writes) * 1000:.0f} ms max")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
