#!/usr/bin/env python
"""The backprop view's numbers (a benchmark, not a test; issue 9). Prints, side by side in one run:

1. One trace of a 784-256-10 network (ReLU, softmax + cross-entropy): target < 20 ms.
2. One step in the Backpropagation panel (the window offscreen at 1366×768, MNIST sample,
   784-256-10, a test digit followed): ``set_step`` + a synchronous repaint of the diagram and the
   formula list, every step forward then back — target < 30 ms (the median and the slowest step).
   The same on XOR 2-2-1.
3. Training with the gradients shown vs without: the full window, XOR 2-4-1 at full speed (target
   ≥ 10,000 epochs/s with them) and the MNIST sample (target: within 5 % of the throughput without
   them). "Shown": the network diagram's links on dL/dw, the weight heatmaps on Δw, the backprop
   panel following an example (so the worker adds dL/dw, Δw, the optimizer state and the neuron
   health to its snapshots); "without": no view asks for any extra.

Each window measurement runs in its own subprocess, alternating with/without over the rounds.

    .venv/bin/python bench/bench_backprop_view.py [--rounds 3] [--seconds 5]
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def _env():
    env = dict(os.environ)
    screen = os.path.join(tempfile.gettempdir(), "bench-backprop-screen.json")
    with open(screen, "w") as fh:
        json.dump({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, fh)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-backprop-settings-")
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _median_ms(fn, repeats: int) -> float:
    for _ in range(3):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def measure_trace(_seconds: float) -> dict:
    import numpy as np

    from guiapp.engine import MLP

    net = MLP([784, 256, 10], ["relu", "softmax"], seed=0)
    x = np.random.default_rng(0).random(784)
    return {"trace_ms": _median_ms(lambda: net.trace(x, 3), 200)}


def _window(spec=None, data=None):
    from guiapp.app import build_window, create_application

    app = create_application()
    window, session, controller = build_window(None)
    window.resize(1366, 768)
    window.show()
    if data is not None:
        session.load_dataset_spec(data)
    if spec is not None:
        session.set_spec(spec)
    _pump(app, 0.5)
    return app, window, session, controller


def _pump(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def measure_steps(_seconds: float) -> dict:
    from guiapp.engine import NetworkSpec
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.state.example_ref import ExampleRef

    out = {}
    for key, data, spec in (("mnist", DatasetSpec("mnist", "sample"), NetworkSpec((784, 256, 10), ("relu", "softmax"))),
                            ("xor", None, NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid")))):
        app, window, session, controller = _window(spec, data)
        ds = session.dataset
        if key == "mnist":
            session.select_example(ExampleRef("test_digit", 0, ds.X_test[0], int(ds.y_test[0]), "test"))
        else:
            session.select_example(ExampleRef("truth_table", 2, ds.X_train[2], int(ds.y_train[2]), "train"))
        panel = window.panels["backpropDock"]
        _pump(app, 0.5)
        n = len(panel.steps)
        order = list(range(1, n)) + list(range(n - 2, -1, -1))
        times = []
        for _ in range(5):
            for k in order:
                t0 = time.perf_counter()
                panel.set_step(k)
                panel.diagram.repaint()
                panel.formulas.viewport().repaint()
                times.append(time.perf_counter() - t0)
                app.processEvents()
        out[f"{key}_step_median_ms"] = statistics.median(times) * 1e3
        out[f"{key}_step_max_ms"] = max(times) * 1e3
        controller.shutdown()
        window.close()
    return out


def _train(data, shown: bool, seconds: float) -> dict:
    from guiapp.state.example_ref import ExampleRef
    from guiapp.state.snapshot import GRADIENTS, UPDATES

    app, window, session, controller = _window(None, data)
    from dataclasses import replace

    session.set_config(replace(session.config, epochs=None))
    ds = session.dataset
    if shown:
        window.panels["networkDock"].diagram_values.combo.set_mode(GRADIENTS)
        window.panels["weightsDock"].value_mode.set_mode(UPDATES)
        x = ds.X_test[0] if ds.kind == "images" else ds.X_train[0]
        y = ds.y_test[0] if ds.kind == "images" else ds.y_train[0]
        session.select_example(ExampleRef("test_digit" if ds.kind == "images" else "truth_table", 0, x, int(y)))
        window.docks["weightsDock"].raise_()
    else:
        session.request_extras("networkDiagram", ())     # no view asks for anything extra
        window.docks["weightsDock"].raise_()
    extras = sorted(session.extras)
    _pump(app, 0.3)
    controller.start()
    _pump(app, 1.0)
    snap = session.snapshot
    e0, s0, t0 = session.epochs_done, snap.steps, time.perf_counter()
    _pump(app, seconds)
    dt = time.perf_counter() - t0
    e1, s1 = session.epochs_done, session.snapshot.steps
    got_grads = session.snapshot.grads is not None
    controller.pause()
    _pump(app, 0.3)
    controller.shutdown()
    window.close()
    batch = session.config.batch_size or ds.n_train
    return {"epochs_per_sec": (e1 - e0) / dt, "samples_per_sec": (s1 - s0) * batch / dt, "extras": extras,
            "snapshot_has_grads": got_grads}


def measure_xor_plain(seconds):
    return _train(None, False, seconds)


def measure_xor_shown(seconds):
    return _train(None, True, seconds)


def measure_mnist_plain(seconds):
    from guiapp.state.dataset_spec import DatasetSpec

    return _train(DatasetSpec("mnist", "sample"), False, seconds)


def measure_mnist_shown(seconds):
    from guiapp.state.dataset_spec import DatasetSpec

    return _train(DatasetSpec("mnist", "sample"), True, seconds)


def measure_worker(seconds: float) -> dict:
    """The worker alone (no window): its real run loop, every snapshot taken at once (30 a second,
    the most the GUI asks for), in alternating slices with and without every extra, in one process:
    the cost of the extras on training, free of the GUI's noise."""
    import threading

    from PySide6.QtCore import QCoreApplication

    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.state.session import Session
    from guiapp.state.snapshot import EXTRAS
    from guiapp.workers.training_worker import RUN, RunRequest, TrainingWorker

    from guiapp.workers import snapshot_extras

    QCoreApplication.instance() or QCoreApplication([])
    spent = [0.0]
    fields = snapshot_extras.ExtrasMaker.fields

    def timed(self, *args, **kwargs):   # the time the worker spends making the extras
        t = time.perf_counter()
        try:
            return fields(self, *args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t

    snapshot_extras.ExtrasMaker.fields = timed
    out = {}
    for key, data in (("xor", None), ("mnist", DatasetSpec("mnist", "sample"))):
        session = Session()
        if data is not None:
            session.load_dataset_spec(data)
        from dataclasses import replace

        session.set_config(replace(session.config, epochs=None))
        worker = TrainingWorker()
        snaps = []

        def took(snap, w=worker):
            w.gui_busy = False
            snaps.append(snap.steps)

        worker.snapshot_ready.connect(took)
        worker.set_network((session.network_id, session.network, session.view_spec()))
        rates = {True: [], False: []}
        cost = []
        slice_s = max(1.0, seconds / 2)
        request_id = 0
        for k in range(8):
            extras = k % 2 == 1
            worker.set_extras(EXTRAS if extras else ())
            request_id += 1
            timer = threading.Timer(slice_s, worker.cancel, args=(request_id + 1,))
            steps0 = worker.trainer.steps if worker.trainer else 0
            spent[0] = 0.0
            t0 = time.perf_counter()
            timer.start()
            worker.run(RunRequest(request_id, RUN, session.training_job()))
            dt = time.perf_counter() - t0
            timer.join()
            if k >= 2:   # the first pair warms up
                rates[extras].append((worker.trainer.steps - steps0) / dt)
                if extras:
                    cost.append(spent[0] / dt)
        ratio = statistics.median(b / a for a, b in zip(rates[False], rates[True]))
        out[f"{key}_worker_steps_plain"] = statistics.median(rates[False])
        out[f"{key}_worker_steps_extras"] = statistics.median(rates[True])
        out[f"{key}_worker_ratio"] = ratio
        out[f"{key}_worker_extras_share"] = statistics.median(cost)
    return out


MEASURES = {"trace": measure_trace, "steps": measure_steps, "worker": measure_worker, "xor_plain": measure_xor_plain,
            "xor_shown": measure_xor_shown, "mnist_plain": measure_mnist_plain, "mnist_shown": measure_mnist_shown}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(MEASURES[args.child](args.seconds)))
        return
    results: dict[str, list[dict]] = {k: [] for k in MEASURES}
    for r in range(args.rounds):
        for name in MEASURES:
            out = subprocess.run([sys.executable, __file__, "--child", name, "--seconds", str(args.seconds)],
                                 env=_env(), capture_output=True, text=True, timeout=900)
            if out.returncode != 0:
                print(out.stderr, file=sys.stderr)
                raise SystemExit(f"{name} failed")
            results[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(f"round {r + 1} {name}: {results[name][-1]}", file=sys.stderr)

    def med(name, key):
        return statistics.median(x[key] for x in results[name])

    trace = med("trace", "trace_ms")
    ms_med, ms_max = med("steps", "mnist_step_median_ms"), med("steps", "mnist_step_max_ms")
    xs_med, xs_max = med("steps", "xor_step_median_ms"), med("steps", "xor_step_max_ms")
    xor_plain, xor_shown = med("xor_plain", "epochs_per_sec"), med("xor_shown", "epochs_per_sec")
    mn_plain, mn_shown = med("mnist_plain", "samples_per_sec"), med("mnist_shown", "samples_per_sec")
    # paired by round (each pair ran back to back, under the same load on the machine)
    pairs = sorted(b["samples_per_sec"] / a["samples_per_sec"] for a, b in zip(results["mnist_plain"],
                                                                                results["mnist_shown"]))
    ratio = statistics.median(pairs)
    ok = lambda b: "PASS" if b else "MISS"  # noqa: E731
    w_xor, w_mn = med("worker", "xor_worker_ratio"), med("worker", "mnist_worker_ratio")
    rows = [
        ("trace of 784-256-10 (one example)", f"{trace:.2f} ms", f"target < 20 ms: {ok(trace < 20)}"),
        ("one step, 784-256-10 (median / slowest)", f"{ms_med:.1f} / {ms_max:.1f} ms",
         f"target < 30 ms: {ok(ms_max < 30)}"),
        ("one step, XOR 2-2-1 (median / slowest)", f"{xs_med:.1f} / {xs_max:.1f} ms", f"target < 30 ms: {ok(xs_max < 30)}"),
        ("XOR 2-4-1 full speed, nothing extra", f"{xor_plain:,.0f} epochs/s", ""),
        ("XOR 2-4-1 full speed, gradients shown", f"{xor_shown:,.0f} epochs/s",
         f"target ≥ 10,000: {ok(xor_shown >= 10_000)} ({xor_shown / xor_plain:.0%} of without)"),
        ("MNIST sample, nothing extra", f"{mn_plain:,.0f} samples/s", ""),
        ("MNIST sample, gradients shown", f"{mn_shown:,.0f} samples/s",
         f"{ratio:.1%} of without, paired by round ({pairs[0]:.0%}–{pairs[-1]:.0%}; target ≥ 95%): "
         f"{ok(ratio >= 0.95)}"),
        ("worker alone, XOR: every extra vs none", f"{w_xor:.1%}",
         f"{med('worker', 'xor_worker_steps_extras'):,.0f} vs {med('worker', 'xor_worker_steps_plain'):,.0f} steps/s; "
         f"making the extras: {med('worker', 'xor_worker_extras_share'):.2%} of the time"),
        ("worker alone, MNIST: every extra vs none", f"{w_mn:.1%}",
         f"{med('worker', 'mnist_worker_steps_extras'):,.0f} vs {med('worker', 'mnist_worker_steps_plain'):,.0f} "
         f"steps/s; making the extras: {med('worker', 'mnist_worker_extras_share'):.2%} of the time "
         f"(target: the throughput ≥ 95%): {ok(w_mn >= 0.95)}"),
    ]
    print(f"\nBackprop view benchmark ({args.rounds} rounds × {args.seconds:g} s, medians; cores: {os.cpu_count()})")
    for a, b, c in rows:
        print(f"  {a:<42} {b:>20}   {c}")
    print("  (window runs: full speed, medians over rounds; the worker rows alternate slices with and without\n"
          "   every extra in one process, 30 snapshots a second taken at once, and time the making of the extras)")
    print(f"  extras asked for when shown: {results['mnist_shown'][-1]['extras']}; without: "
          f"{results['mnist_plain'][-1]['extras']}")


if __name__ == "__main__":
    main()
