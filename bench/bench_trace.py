#!/usr/bin/env python
"""Trace benchmark (not a test): how long does ``MLP.trace`` take for one example of a
784-256-10 network (ReLU, softmax + cross-entropy)? Target: under 20 ms (issue 9).

    .venv/bin/python bench/bench_trace.py
    .venv/bin/python bench/bench_trace.py --repeats 500 --dtype float32

Printed side by side, measured in the same run: the trace (float64 copies of the weights, every
z, a, δ, dL/dW, dL/db and dL/dx kept), the engine's batched forward + backward of the same single
example (what training does per example, for scale), the formulas the view shows for one step
(every δ of the hidden layer with its fan-out terms), and the optimizer preview (Adam, the most
state to copy). Median of ``--repeats`` runs after a warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_MS = 20.0


def _median_ms(fn, repeats: int) -> float:
    for _ in range(5):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--repeats", type=int, default=200)
    parser.add_argument("--dtype", choices=("float64", "float32"), default="float64")
    args = parser.parse_args()

    import numpy as np

    from guiapp.engine import MLP, Adam, get_loss, prepare_targets
    from guiapp.engine.explain import delta_formula

    net = MLP([784, 256, 10], ["relu", "softmax"], seed=0, dtype=getattr(np, args.dtype))
    rng = np.random.default_rng(0)
    x = rng.random(784)
    label = 3
    loss = get_loss("cross_entropy")
    T = prepare_targets(np.array([label]), 10, net.dtype)

    def batched():
        y = net.forward(x[None, :])
        net.backward_from_logits(loss.grad_logits(y, T))

    tr = net.trace(x, label)
    opt = Adam(0.001)
    for _ in range(3):  # give Adam a running state to copy
        batched()
        opt.step(net.params, net.grads)

    rows = [
        ("trace (784-256-10, one example)", _median_ms(lambda: net.trace(x, label), args.repeats)),
        ("batched forward+backward, n = 1", _median_ms(batched, args.repeats)),
        ("256 hidden δ formulas", _median_ms(lambda: [delta_formula(tr, 0, j) for j in range(256)],
                                             max(10, args.repeats // 10))),
        ("update preview (Adam)", _median_ms(lambda: tr.update(opt), args.repeats)),
    ]
    print(f"MLP.trace benchmark: 784-256-10 relu/softmax, {args.dtype}, median of {args.repeats}")
    for name, ms in rows:
        print(f"  {name:<36} {ms:8.3f} ms")
    trace_ms = rows[0][1]
    print(f"  trace / batched pass: {trace_ms / rows[1][1]:.1f}x")
    verdict = "PASS" if trace_ms < TARGET_MS else "MISS"
    print(f"{verdict}: one trace {trace_ms:.2f} ms (target < {TARGET_MS:g} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
