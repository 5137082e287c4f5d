"""What autosave costs training (a benchmark, not a test). Target: at most 3 % of throughput.

Trains the MNIST sample with the app's image preset (784-256-10, momentum, batch 64, run until
stopped) in the app's own session, controller and window (offscreen, every panel live), and
measures optimizer steps per second over the same stretch of wall time with autosave off and on,
side by side: each measurement in its own process, alternating off/on for ``--rounds`` rounds.
With autosave on it saves every ``--interval`` seconds (30, as in the app; a shorter one shows
the cost per save more clearly) to a throwaway folder, and reports how long each save took
(copy between two minibatches + writing the file on its thread), how many rewind entries each
save wrote beside it (only those kept since the last save), and the CPU the writing thread used.

    .venv/bin/python bench/bench_autosave.py                         # 3 rounds of 2 x 95 s, interval 30 s
    .venv/bin/python bench/bench_autosave.py --interval 5 --seconds 40   # many saves: the cost per save
    .venv/bin/python bench/bench_autosave.py --headless              # session + controller, no window
    .venv/bin/python bench/bench_autosave.py --paired 16 --block 30  # one run, 16 pairs of 30 s off/on blocks

``--paired``: one process and one training run, autosave switched off and on in alternating
blocks (each "on" block against the "off" blocks on either side), so the comparison is not between
two processes (whose speeds differ by ±10 % on this
shared machine). It also accounts for CPU time per thread (from /proc): how much of the time the
training thread ran with autosave off and on, and the CPU the writer and the GUI thread used:
a bound on the cost that the machine's noise hardly touches. ``--control`` keeps autosave off in
every block: the spread the machine alone gives.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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


class Rig:
    """The app's session, controller and window (offscreen, every panel live) training the MNIST
    sample with autosave to a throwaway folder; counts saves and what each wrote."""

    def __init__(self, interval: float, headless: bool):
        sys.path.insert(0, ROOT)
        from guiapp.app import create_application
        from guiapp.state.autosave import AutosaveFolder
        from guiapp.state.dataset_spec import DatasetSpec
        from guiapp.state.session import Session
        from guiapp.ui.project_files import enable_autosave
        from guiapp.workers.training_controller import TrainingController

        self.app = create_application()
        self.session = Session(DatasetSpec("mnist", "sample"))
        self.session.set_config(replace(self.session.config, epochs=None))
        self.controller = TrainingController(self.session)
        self.window = None
        if not headless:
            from guiapp.ui.main_window import MainWindow

            self.window = MainWindow(self.session, self.controller, None)
            self.window.resize(1366, 768)
            self.window.show()
        self.folder = tempfile.mkdtemp(prefix="bench-autosave-")
        self.saver = enable_autosave(self.session, self.controller, AutosaveFolder(self.folder), interval=interval)
        self.saves: list[float] = []
        self.sizes: list[int] = []
        self.entries: list[tuple[int, int]] = []   # per save: rewind entries written, their bytes
        self.saver.saved.connect(self._saved)

    def _saved(self, path: str, seconds: float) -> None:
        self.saves.append(seconds)
        self.sizes.append(os.path.getsize(path))
        self.entries.append((self.saver.entry_files.last_written, self.saver.entry_files.last_bytes))

    def wait(self, seconds: float) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def mark(self) -> tuple:
        """(steps, wall time, saves so far, writer CPU s, (training thread, GUI thread) CPU s)."""
        return (self.session.snapshot.steps, time.perf_counter(), len(self.saves), self.saver.write_cpu_seconds,
                thread_cpu())

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.controller.stop()
        self.saver.shutdown()
        self.controller.shutdown()
        if self.window is not None:
            self.window.close()
        QCoreApplication.processEvents()
        shutil.rmtree(self.folder, ignore_errors=True)


def thread_cpu() -> tuple[float, float] | None:
    """CPU seconds (training thread, GUI thread) used so far (Linux: /proc; None elsewhere)."""
    def cpu(tid) -> float:
        with open(f"/proc/self/task/{tid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    try:
        for tid in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{tid}/comm") as fh:
                if fh.read().strip() == "trainingThread":
                    return cpu(tid), cpu(os.getpid())   # (the GUI thread is the main one: tid = pid)
    except OSError:
        pass
    return None


def stretch(rig: Rig, a: tuple, b: tuple) -> dict:
    """What happened between two ``mark()``s."""
    wall = b[1] - a[1]
    saved = slice(a[2], b[2])
    return {"steps_per_sec": (b[0] - a[0]) / wall, "saves": b[2] - a[2], "save_seconds": rig.saves[saved],
            "file_mb": (rig.sizes[b[2] - 1] / 1e6) if b[2] else 0.0, "epoch": rig.session.epoch,
            "write_cpu_share": (b[3] - a[3]) / wall, "rewind_kept": len(rig.session.rewind),
            "train_cpu_share": None if a[4] is None or b[4] is None else (b[4][0] - a[4][0]) / wall,
            "gui_cpu_share": None if a[4] is None or b[4] is None else (b[4][1] - a[4][1]) / wall,
            "entries_written": [n for n, _ in rig.entries[saved]],
            "entries_mb": sum(m for _, m in rig.entries[saved]) / 1e6}


def run_child(autosave: bool, seconds: float, warmup: float, interval: float, headless: bool) -> dict:
    """One measurement (in this process): train, count steps for ``seconds`` after ``warmup``."""
    rig = Rig(interval, headless)
    rig.saver.enabled = autosave
    rig.controller.start()
    rig.wait(warmup)
    a = rig.mark()
    rig.wait(seconds)
    out = stretch(rig, a, rig.mark())
    rig.close()
    return out


def run_paired(pairs: int, block: float, warmup: float, interval: float, headless: bool, control: bool = False) -> int:
    """One process, one training run: blocks with autosave off, on, off, on, ..., off; each "on"
    block is compared with the mean of the "off" blocks on either side of it (a drift of the shared
    machine's speed cancels), steps/s per block. ``control``: autosave stays off in the "on"
    blocks too (what the machine's noise alone gives)."""
    rig = Rig(interval, headless)
    rig.saver.enabled = False
    rig.controller.start()
    rig.wait(warmup)
    ratios, shares, gui, writer = [], {"off": [], "on": []}, {"off": [], "on": []}, []

    def measure(mode: str) -> dict:
        rig.saver.enabled = mode == "on" and not control
        a = rig.mark()
        rig.wait(block)
        got = stretch(rig, a, rig.mark())
        if got["train_cpu_share"] is not None:
            shares[mode].append(got["train_cpu_share"])
            gui[mode].append(got["gui_cpu_share"])
        return got

    before = measure("off")
    for i in range(pairs):
        on = measure("on")
        after = measure("off")
        writer.append(on["write_cpu_share"])
        off_speed = (before["steps_per_sec"] + after["steps_per_sec"]) / 2
        ratios.append(on["steps_per_sec"] / off_speed)
        print(f"pair {i + 1}: off {before['steps_per_sec']:7.1f}, on {on['steps_per_sec']:7.1f}, off "
              f"{after['steps_per_sec']:7.1f} steps/s (on/off {ratios[-1]:.3f}); on: {on['saves']} saves, rewind "
              f"entries {on['entries_written']} ({on['entries_mb']:.1f} MB), writer CPU {on['write_cpu_share']:.2%}, "
              f"epoch {on['epoch']}", flush=True)
        before = after
    rig.close()
    mean, n = statistics.mean(ratios), len(ratios)
    half = 2 * statistics.stdev(ratios) / n ** 0.5 if n > 1 else float("nan")
    cost = 1 - mean
    print(f"on/off per pair: mean {mean:.3f} (95% interval {mean - half:.3f} .. {mean + half:.3f}), "
          f"median {statistics.median(ratios):.3f}, min {min(ratios):.3f}, max {max(ratios):.3f}")
    if shares["on"] and shares["off"]:
        # The same in CPU time, which the machine's noise hardly touches: autosave can slow training
        # by taking the GIL or a core from it (the training thread then runs less of the time) or
        # by using the CPU beside it (at most the CPU the writer and the GUI thread's extra work use).
        off_share, on_share = statistics.mean(shares["off"]), statistics.mean(shares["on"])
        extra = statistics.mean(writer) + max(0.0, statistics.mean(gui["on"]) - statistics.mean(gui["off"]))
        bound = max(0.0, 1 - on_share / off_share) + extra / off_share
        print(f"CPU accounting: the training thread ran {off_share:.1%} of the wall time with autosave off, "
              f"{on_share:.1%} on; the writer used {statistics.mean(writer):.2%} of a core, the GUI thread "
              f"{statistics.mean(gui['off']):.1%} off, {statistics.mean(gui['on']):.1%} on: at most "
              f"{bound:.1%} of training's time")
    print(f"cost {cost:+.1%} (95% interval {cost - half:+.1%} .. {cost + half:+.1%}) over {n} 'on' blocks; each "
          f"also writes the epochs kept during the 'off' block before it, so this overstates the cost; "
          f"target <= {TARGET:.0%}: {'PASS' if cost <= TARGET else 'MISS'}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=95.0, help="measured seconds per process")
    parser.add_argument("--warmup", type=float, default=8.0)
    parser.add_argument("--interval", type=float, default=30.0, help="autosave interval (s)")
    parser.add_argument("--headless", action="store_true", help="no window (session and controller only)")
    parser.add_argument("--paired", type=int, metavar="PAIRS", help="one process: PAIRS pairs of off/on blocks")
    parser.add_argument("--block", type=float, default=60.0, help="seconds per block with --paired")
    parser.add_argument("--control", action="store_true", help="with --paired: autosave off in every block")
    parser.add_argument("--child", choices=("off", "on"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.paired:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(f"MNIST sample, 784-256-10, momentum, batch 64; {'headless' if args.headless else 'window open'}; "
              f"one run, {args.paired} pairs of {args.block:g} s blocks with autosave off/on after "
              f"{args.warmup:g} s; autosave every {args.interval:g} s while on", flush=True)
        if args.control:
            print("control: autosave stays off in the 'on' blocks too", flush=True)
        return run_paired(args.paired, args.block, args.warmup, args.interval, args.headless, args.control)
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
                         f"(max {max(secs) * 1000:.0f} ms), file {out['file_mb']:.1f} MB + rewind entries "
                         f"{out['entries_written']} ({out['entries_mb']:.1f} MB) of {out['rewind_kept']} kept; "
                         f"writer CPU {out['write_cpu_share']:.2%} of one core") if secs else ", no save"
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
