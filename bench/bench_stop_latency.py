"""How soon Stop takes effect in a long MNIST epoch (a benchmark, not a test). Prints, per try and
as medians:

- to stop: from ``controller.stop()`` (what the Stop button calls) to the end of the last
  minibatch step the worker makes (Stop is checked between minibatches);
- to the run's end: to the worker's ``run_finished``, after its last snapshot (which also
  measures the 2,000 test digits for the confusion matrix).

Work: the bundled MNIST sample (8,000 digits), 784-256-256-10 in batches of 64 with Adam: 125
batches of ~20 ms, so an epoch lasts a few seconds and Stop waiting for its end would take
seconds. Each try starts training in the window (offscreen), waits until the epoch is under way
(5 batches in), stops, and measures on the worker's thread. Target: median ≤ 100 ms for both
(the functional guarantee, that Stop ends the run before the epoch ends, is a test in
tests/ui/test_lifecycle.py).

    .venv/bin/python bench/bench_stop_latency.py [--tries 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 100.0


def measure(tries: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt

    from guiapp.app import build_window, create_application
    from guiapp.engine.specs import NetworkSpec
    from guiapp.engine.training import Trainer
    from guiapp.state.dataset_spec import DatasetSpec

    app = create_application()
    window, session, controller = build_window(None)
    window.show()
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 256, 256, 10), ("relu", "relu", "softmax")))
    session.set_config(replace(session.config, batch_size=64, epochs=None, optimizer="adam", learning_rate=0.001))

    step_ends: list[float] = []
    original_step = Trainer.step_batch

    def timed_step(self):
        result = original_step(self)
        step_ends.append(time.perf_counter())
        return result

    Trainer.step_batch = timed_step
    ended: list[float] = []
    controller.worker.run_finished.connect(lambda request_id, reason: ended.append(time.perf_counter()),
                                           Qt.ConnectionType.DirectConnection)

    def pump_until(predicate, timeout=30.0):
        deadline = time.perf_counter() + timeout
        while not predicate():
            if time.perf_counter() > deadline:
                raise TimeoutError("the app did not get there in time")
            app.processEvents()
            time.sleep(0.001)

    to_stop, to_end = [], []
    try:
        for _ in range(tries):
            controller.start()
            pump_until(lambda: session.batch >= 5)  # well into the epoch
            ended.clear()
            stopped_at = time.perf_counter()
            controller.stop()
            pump_until(lambda: bool(ended) and not controller.worker_busy)
            to_stop.append(max(0.0, step_ends[-1] - stopped_at))
            to_end.append(ended[-1] - stopped_at)
            controller.reset()  # the next try starts a fresh epoch
            pump_until(lambda: session.snapshot is not None)
    finally:
        Trainer.step_batch = original_step
        window.close()
        app.processEvents()
    return to_stop, to_end


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=9)
    args = parser.parse_args(argv)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    to_stop, to_end = measure(args.tries)
    ms = lambda ts: [round(t * 1000, 1) for t in ts]  # noqa: E731
    print(f"Stop in a long MNIST epoch, {args.tries} tries (load average before: {load:.2f})")
    for name, values in (("to stop training", to_stop), ("to the run's end", to_end)):
        median = statistics.median(values) * 1000
        verdict = "PASS" if median <= TARGET_MS else "MISS"
        print(f"  {name:18s} median {median:6.1f} ms  max {max(values) * 1000:6.1f} ms  "
              f"(target median <= {TARGET_MS:.0f} ms: {verdict})  all: {ms(values)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
