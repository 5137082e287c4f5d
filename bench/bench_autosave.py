"""What autosave costs training (a benchmark, not a test). Target: at most 3 % of throughput.

Trains the MNIST sample with the app's image preset (784-256-10, momentum, batch 64, run until
stopped) in the app's own session, controller and window (offscreen, every panel live), and
measures optimizer steps per second over the same stretch of wall time with autosave off and on,
side by side: each measurement in its own process, alternating off/on for ``--rounds`` rounds.
With autosave on it saves every ``--interval`` seconds (30, as in the app; a shorter one shows
the cost per save more clearly) to a throwaway folder, and reports how long each save took
(copy between two minibatches + writing the file on its thread).

    .venv/bin/python bench/bench_autosave.py                         # 3 rounds of 2 x 95 s, interval 30 s
    .venv/bin/python bench/bench_autosave.py --interval 5 --seconds 40   # many saves: the cost per save
    .venv/bin/python bench/bench_autosave.py --headless              # session + controller, no window
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TARGET = 0.03


def _env():
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_child(autosave: bool, seconds: float, warmup: float, interval: float, headless: bool) -> dict:
    """One measurement (in this process): train, count steps for ``seconds`` after ``warmup``."""
    sys.path.insert(0, ROOT)
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from guiapp.app import create_application
    from guiapp.state.autosave import AutosaveFolder
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.state.session import Session
    from guiapp.ui.project_files import enable_autosave
    from guiapp.workers.training_controller import TrainingController

    app = create_application()
    session = Session(DatasetSpec("mnist", "sample"))
    session.set_config(replace(session.config, epochs=None))
    controller = TrainingController(session)
    window = None
    if not headless:
        from guiapp.ui.main_window import MainWindow

        window = MainWindow(session, controller, None)
        window.resize(1366, 768)
        window.show()
    folder = tempfile.mkdtemp(prefix="bench-autosave-")
    saver = enable_autosave(session, controller, AutosaveFolder(folder), interval=interval)
    saver.enabled = autosave
    saves: list[float] = []
    sizes: list[int] = []
    saver.saved.connect(lambda path, s: (saves.append(s), sizes.append(os.path.getsize(path))))

    def wait(sec):
        loop = QEventLoop()
        QTimer.singleShot(int(sec * 1000), loop.quit)
        loop.exec()

    controller.start()
    wait(warmup)
    s0, t0, n0 = session.snapshot.steps, time.perf_counter(), len(saves)
    wait(seconds)
    s1, t1 = session.snapshot.steps, time.perf_counter()
    controller.stop()
    saver.shutdown()
    controller.shutdown()
    if window is not None:
        window.close()
    QCoreApplication.processEvents()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    return {"steps_per_sec": (s1 - s0) / (t1 - t0), "saves": len(saves) - n0, "save_seconds": saves[n0:],
            "file_mb": (sizes[-1] / 1e6) if sizes else 0.0, "epoch": session.epoch}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=95.0, help="measured seconds per process")
    parser.add_argument("--warmup", type=float, default=8.0)
    parser.add_argument("--interval", type=float, default=30.0, help="autosave interval (s)")
    parser.add_argument("--headless", action="store_true", help="no window (session and controller only)")
    parser.add_argument("--child", choices=("off", "on"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        out = run_child(args.child == "on", args.seconds, args.warmup, args.interval, args.headless)
        print(json.dumps(out), flush=True)
        os._exit(0)
    print(f"MNIST sample, 784-256-10, momentum, batch 64; {'headless' if args.headless else 'window open'}; "
          f"{args.seconds:g} s measured per process after {args.warmup:g} s; autosave every {args.interval:g} s")
    results = {"off": [], "on": []}
    for r in range(args.rounds):
        for mode in ("off", "on"):
            cmd = [sys.executable, os.path.abspath(__file__), "--child", mode, "--seconds", str(args.seconds),
                   "--warmup", str(args.warmup), "--interval", str(args.interval)]
            if args.headless:
                cmd.append("--headless")
            done = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=args.seconds * 4 + 120)
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            out = json.loads(done.stdout.strip().splitlines()[-1])
            results[mode].append(out)
            extra = ""
            if mode == "on":
                secs = out["save_seconds"]
                extra = (f", {out['saves']} saves, write {statistics.median(secs) * 1000:.0f} ms median "
                         f"(max {max(secs) * 1000:.0f} ms), file {out['file_mb']:.1f} MB") if secs else ", no save"
            print(f"round {r + 1} autosave {mode:3}: {out['steps_per_sec']:8.1f} steps/s{extra}", flush=True)
        ratio = results["on"][-1]["steps_per_sec"] / results["off"][-1]["steps_per_sec"]
        print(f"round {r + 1}: on/off = {ratio:.3f} (cost {1 - ratio:+.1%})", flush=True)
    off = statistics.median(o["steps_per_sec"] for o in results["off"])
    on = statistics.median(o["steps_per_sec"] for o in results["on"])
    cost = 1 - on / off
    per_round = [1 - a["steps_per_sec"] / b["steps_per_sec"] for a, b in zip(results["on"], results["off"])]
    writes = [x for o in results["on"] for x in o["save_seconds"]]
    if writes:
        print(f"each save: {statistics.median(writes) * 1000:.0f} ms median, {max(writes) * 1000:.0f} ms max, over "
              f"{len(writes)} saves: at most {statistics.median(writes) / args.interval:.2%} of one core at this "
              f"interval (the copy is taken between two minibatches; the file is written on its own thread)")
    print(f"median: off {off:.1f} steps/s, on {on:.1f} steps/s: cost {cost:+.1%} "
          f"(per round {', '.join(f'{c:+.1%}' for c in per_round)}); target <= {TARGET:.0%}: "
          f"{'PASS' if cost <= TARGET else 'MISS'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
