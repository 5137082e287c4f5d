#!/usr/bin/env python
"""Engine benchmark (not a test): how fast does the NumPy engine train, next to a plain NumPy
loop doing the same work and next to PyTorch on the CPU?

    .venv/bin/python bench/bench_engine.py              # 3 rounds at library-default threads, 3 at 1 thread
    .venv/bin/python bench/bench_engine.py --threads 0  # library defaults only
    .venv/bin/python bench/bench_engine.py --rounds 5 --samples 20000 --no-torch
    .venv/bin/python bench/bench_engine.py --baseline /tmp/base --threads 1 --rounds 7
        # this tree's engine against another checkout of the repository (git archive / worktree of
        # an older commit), side by side: MNIST-shaped samples/s and XOR steps/s, and their ratios

Workload: 784-128-64-10 (ReLU, ReLU, softmax + cross-entropy), momentum SGD (lr 0.05, mu 0.9),
batch 128, float32, reshuffled, one epoch over 60,000 MNIST-shaped random samples (fixed seed):

  engine  guiapp.engine.train(...) (Trainer), as the app runs it
  numpy   a hand-written NumPy loop: forward, fused softmax-CE gradient, backward without the
          input gradient, momentum update (and the batch loss, which any training loop reports)
  torch   torch.nn.Sequential + CrossEntropyLoss + torch.optim.SGD(momentum=0.9), CPU
          (skipped with a message when torch is not installed: pip install torch==2.13.0)

Plus XOR (2-4-1 tanh/sigmoid, full batch, BCE): optimizer steps per second with
Trainer.step_batch and with train() epochs.

Each measurement runs in its own subprocess (NumPy's and PyTorch's thread pools slow each other
down in one process), alternating engine/numpy/torch for several rounds; the table gives the
median. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from the subprocesses' environment
(they make current NumPy pick a slow kernel); the kernel really used is printed (threadpoolctl).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The tree whose guiapp is measured: this one, or (in a --baseline worker) the baseline checkout.
ROOT = Path(os.environ.get("BENCH_ENGINE_ROOT") or Path(__file__).resolve().parents[1])
THIS_ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LAYERS = [784, 128, 64, 10]
ACTIVATIONS = ["relu", "relu", "softmax"]
LEARNING_RATE, MOMENTUM, BATCH = 0.05, 0.9, 128
WARMUP_BATCHES = 30

TARGET_VS_TORCH = 1.1     # engine samples/s ≥ 1.1 × PyTorch's
TARGET_VS_NUMPY = 0.9     # engine within 10 % of the plain NumPy loop
TARGET_XOR_STEPS = 30_000  # XOR optimizer steps per second

BLAS_ENV_TO_DROP = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
THREAD_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


# ---------------------------------------------------------------------------------------------
# workers: each runs in its own process and prints one JSON line
# ---------------------------------------------------------------------------------------------

def _data(n: int):
    import numpy as np

    rng = np.random.default_rng(12345)
    X = rng.random((n, LAYERS[0]), dtype=np.float32)
    y = rng.integers(0, LAYERS[-1], n)
    return X, y


def _blas_info() -> list[dict]:
    from threadpoolctl import threadpool_info

    keep = ("user_api", "internal_api", "prefix", "version", "architecture", "threading_layer", "num_threads")
    return [{k: info.get(k) for k in keep if info.get(k) is not None} for info in threadpool_info()]


def worker_engine(n: int) -> dict:
    import numpy as np

    from guiapp.engine import MLP, Momentum, Trainer, train

    X, y = _data(n)
    warm = Trainer(MLP(LAYERS, ACTIVATIONS, seed=1, dtype=np.float32), X, y, batch_size=BATCH, seed=1,
                   optimizer=Momentum(LEARNING_RATE, momentum=MOMENTUM))
    for _ in range(WARMUP_BATCHES):
        warm.step_batch()
    del warm
    net = MLP(LAYERS, ACTIVATIONS, seed=0, dtype=np.float32)
    t0 = time.perf_counter()
    results = list(train(net, X, y, epochs=1, batch_size=BATCH, shuffle=True, seed=0,
                         optimizer=Momentum(LEARNING_RATE, momentum=MOMENTUM)))
    seconds = time.perf_counter() - t0
    assert net.flat_params.dtype == np.float32
    return {"seconds": seconds, "loss": results[-1].train_loss, "blas": _blas_info()}


def _numpy_epoch(X, T, labels, params, velocity, rng, batches=None):
    """One epoch of the plain NumPy loop. Returns the mean training loss."""
    import numpy as np

    n = X.shape[0]
    order = rng.permutation(n)
    W1, b1, W2, b2, W3, b3 = params
    total = 0.0
    stop = n if batches is None else min(n, batches * BATCH)
    for lo in range(0, stop, BATCH):
        rows = order[lo:lo + BATCH]
        x, t, lab = X[rows], T[rows], labels[rows]
        m = x.shape[0]
        z1 = x @ W1
        z1 += b1
        a1 = np.maximum(z1, 0)
        z2 = a1 @ W2
        z2 += b2
        a2 = np.maximum(z2, 0)
        z3 = a2 @ W3
        z3 += b3
        z3 -= z3.max(axis=1, keepdims=True)
        e = np.exp(z3)
        p = e / e.sum(axis=1, keepdims=True)
        total -= float(np.log(np.maximum(p[np.arange(m), lab], 1e-12)).sum())
        g3 = (p - t) * (1.0 / m)                      # fused softmax + cross-entropy
        g2 = (g3 @ W3.T) * (z2 > 0)
        g1 = (g2 @ W2.T) * (z1 > 0)                   # no gradient for the input itself
        grads = (x.T @ g1, g1.sum(axis=0), a1.T @ g2, g2.sum(axis=0), a2.T @ g3, g3.sum(axis=0))
        for p_, v, g in zip(params, velocity, grads):
            v *= MOMENTUM
            v -= LEARNING_RATE * g
            p_ += v
    return total / stop


def worker_numpy(n: int) -> dict:
    import numpy as np

    X, labels = _data(n)
    T = np.zeros((n, LAYERS[-1]), dtype=np.float32)
    T[np.arange(n), labels] = 1
    rng = np.random.default_rng(0)

    def init():
        params = []
        for fan_in, fan_out in zip(LAYERS[:-1], LAYERS[1:]):
            params.append((rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in)).astype(np.float32))
            params.append(np.zeros(fan_out, dtype=np.float32))
        return params, [np.zeros_like(p) for p in params]

    _numpy_epoch(X, T, labels, *init(), rng, batches=WARMUP_BATCHES)
    params, velocity = init()
    t0 = time.perf_counter()
    loss = _numpy_epoch(X, T, labels, params, velocity, rng)
    seconds = time.perf_counter() - t0
    assert all(p.dtype == np.float32 for p in params)
    return {"seconds": seconds, "loss": loss, "blas": _blas_info()}


def worker_torch(n: int, threads: int | None) -> dict:
    import numpy as np

    try:
        import torch
    except ImportError:
        return {"skipped": "PyTorch is not installed (pip install torch==2.13.0 for the CPU build)"}
    if threads:
        torch.set_num_threads(threads)
    X, labels = _data(n)
    Xt, yt = torch.from_numpy(X), torch.from_numpy(labels)
    torch.manual_seed(0)

    def make():
        model = torch.nn.Sequential(
            torch.nn.Linear(LAYERS[0], LAYERS[1]), torch.nn.ReLU(),
            torch.nn.Linear(LAYERS[1], LAYERS[2]), torch.nn.ReLU(),
            torch.nn.Linear(LAYERS[2], LAYERS[3]),
        )
        return model, torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)

    loss_fn = torch.nn.CrossEntropyLoss()  # softmax + cross-entropy, fused

    def epoch(model, opt, batches=None):
        order = torch.randperm(n)
        stop = n if batches is None else min(n, batches * BATCH)
        total = 0.0
        for lo in range(0, stop, BATCH):
            idx = order[lo:lo + BATCH]
            loss = loss_fn(model(Xt[idx]), yt[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            total += loss.item() * idx.numel()
        return total / stop

    epoch(*make(), batches=WARMUP_BATCHES)
    model, opt = make()
    t0 = time.perf_counter()
    loss = epoch(model, opt)
    seconds = time.perf_counter() - t0
    assert next(model.parameters()).dtype == torch.float32
    np.asarray(0)  # numpy imported in this process too, as in the others
    config = torch.__config__.show()
    blas = next((part.split("=", 1)[1] for part in config.replace(",", " ").split() if part.startswith("BLAS_INFO=")), "?")
    return {"seconds": seconds, "loss": loss, "blas": _blas_info(), "torch": torch.__version__,
            "torch_threads": torch.get_num_threads(), "torch_blas": blas,
            "torch_cpu": torch.backends.cpu.get_cpu_capability()}


def worker_xor(min_seconds: float = 1.0) -> dict:
    import numpy as np

    from guiapp.engine import MLP, Trainer, train

    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    y = np.array([0, 1, 1, 0])

    trainer = Trainer(MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0), X, y, loss="bce", learning_rate=1.0)
    for _ in range(2000):
        trainer.step_batch()
    steps, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < min_seconds:
        for _ in range(5000):
            trainer.step_batch()
        steps += 5000
    step_rate = steps / (time.perf_counter() - t0)

    epochs = max(5000, int(step_rate * min_seconds))
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0)
    t0 = time.perf_counter()
    for result in train(net, X, y, epochs=epochs, loss="bce", learning_rate=1.0):
        pass
    train_rate = result.steps / (time.perf_counter() - t0)
    learned = bool((net.predict(X) == y).all())
    return {"step_batch": step_rate, "train": train_rate, "learned": learned}


# ---------------------------------------------------------------------------------------------
# the parent: runs the workers, prints the table
# ---------------------------------------------------------------------------------------------

def _env(threads: int | None, root: Path = THIS_ROOT) -> dict:
    env = dict(os.environ)
    for key in BLAS_ENV_TO_DROP:
        env.pop(key, None)
    if threads:
        for key in THREAD_ENV:
            env[key] = str(threads)
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    env["BENCH_ENGINE_ROOT"] = str(root)
    return env


def _run_worker(name: str, samples: int, threads: int, root: Path = THIS_ROOT) -> dict:
    """Run one measurement in a fresh process, importing guiapp from ``root``."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--samples", str(samples),
           "--threads", str(threads)]
    out = subprocess.run(cmd, env=_env(threads, root), capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise RuntimeError(f"worker {name} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def _blas_line(blas: list[dict]) -> str:
    parts = []
    for b in blas:
        name = b.get("internal_api", b.get("prefix", "?"))
        extra = ", ".join(f"{k}={b[k]}" for k in ("version", "architecture", "threading_layer", "num_threads") if k in b)
        parts.append(f"{b.get('user_api', '?')}: {name} ({extra})")
    return "; ".join(parts) or "none reported"


LABELS = {"engine": "engine (train)", "numpy": "plain NumPy", "torch": "PyTorch CPU"}


def _measure(threads: int, args) -> dict[str, float]:
    """Alternate the workers for args.rounds rounds; print the rounds and the table; return medians."""
    how = f"capped to {threads} (OPENBLAS/OMP/MKL_NUM_THREADS, torch.set_num_threads)" if threads \
        else "library defaults (NumPy's OpenBLAS and PyTorch each pick their own)"
    print(f"\n== threads: {how}")
    names = ["engine", "numpy"] + ([] if args.no_torch else ["torch"])
    runs: dict[str, list[dict]] = {name: [] for name in names}
    skipped: dict[str, str] = {}
    for r in range(args.rounds):
        for name in names:
            if name in skipped:
                continue
            result = _run_worker(name, args.samples, threads)
            if "skipped" in result:
                skipped[name] = result["skipped"]
                continue
            runs[name].append(result)
            print(f"  round {r + 1}: {name:<6} {args.samples / result['seconds']:>10,.0f} samples/s "
                  f"({result['seconds']:.3f} s, mean loss {result['loss']:.4f})", flush=True)
    rates = {name: [args.samples / x["seconds"] for x in res] for name, res in runs.items() if res}
    med = {name: statistics.median(v) for name, v in rates.items()}
    print()
    print(f"  {'implementation':<16}{'median samples/s':>18}{'s/epoch':>10}   rounds (samples/s)")
    for name in names:
        if name in skipped:
            print(f"  {LABELS[name]:<16}{'skipped':>18}   {skipped[name]}")
            continue
        print(f"  {LABELS[name]:<16}{med[name]:>18,.0f}{args.samples / med[name]:>10.3f}   "
              + ", ".join(f"{v:,.0f}" for v in rates[name]))
    print()
    for name in names:
        if runs.get(name):
            print(f"  kernels in the {name} worker: {_blas_line(runs[name][0]['blas'])}")
            if name == "torch":
                t = runs[name][0]
                print(f"  PyTorch {t['torch']}: its own BLAS {t['torch_blas']} (+ oneDNN), CPU capability "
                      f"{t['torch_cpu']}, torch.get_num_threads() = {t['torch_threads']} (the OpenBLAS above is "
                      "NumPy's, loaded for the data)")
    print()
    if "torch" in med:
        ratio = med["engine"] / med["torch"]
        print(f"  engine / PyTorch CPU   {ratio:6.2f}x   target >= {TARGET_VS_TORCH}x   {_verdict(ratio >= TARGET_VS_TORCH)}")
    else:
        print("  engine / PyTorch CPU   not measured")
    ratio = med["engine"] / med["numpy"]
    print(f"  engine / plain NumPy   {ratio:6.2f}x   target >= {TARGET_VS_NUMPY}x   {_verdict(ratio >= TARGET_VS_NUMPY)}")
    return med


def _compare(baseline: Path, threads: int, args) -> None:
    """This tree against ``baseline``, alternating in every round: the MNIST-shaped epoch
    (samples/s) and XOR (steps/s), medians and the ratio this / baseline."""
    print(f"\n== this tree ({THIS_ROOT}) vs baseline ({baseline}), "
          f"threads {'library defaults' if not threads else threads}, {args.rounds} rounds")
    rates: dict[tuple[str, str], list[float]] = {}
    for r in range(args.rounds):
        for tree, root in (("baseline", baseline), ("this", THIS_ROOT)):
            e = _run_worker("engine", args.samples, threads, root)
            x = _run_worker("xor", args.samples, threads, root)
            rates.setdefault((tree, "mnist"), []).append(args.samples / e["seconds"])
            rates.setdefault((tree, "xor_step"), []).append(x["step_batch"])
            rates.setdefault((tree, "xor_train"), []).append(x["train"])
            print(f"  round {r + 1}: {tree:<8} MNIST-shaped {args.samples / e['seconds']:>9,.0f} samples/s   "
                  f"XOR {x['step_batch']:>7,.0f} steps/s (step_batch), {x['train']:>7,.0f} (train)", flush=True)
    print(f"\n  {'measure':<28}{'baseline':>12}{'this':>12}{'this/baseline':>15}   per-round ratios")
    for key, label in (("mnist", "MNIST-shaped samples/s"), ("xor_step", "XOR steps/s (step_batch)"),
                       ("xor_train", "XOR steps/s (train)")):
        base, this = rates[("baseline", key)], rates[("this", key)]
        ratios = [t / b for t, b in zip(this, base)]
        print(f"  {label:<28}{statistics.median(base):>12,.0f}{statistics.median(this):>12,.0f}"
              f"{statistics.median(this) / statistics.median(base):>14.3f}x   " + ", ".join(f"{q:.3f}" for q in ratios))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of engine/numpy/torch (default 3)")
    parser.add_argument("--samples", type=int, default=60_000, help="samples in the epoch (default 60,000)")
    parser.add_argument("--threads", type=int, nargs="+", default=[0, 1], metavar="N",
                        help="thread settings to measure, each in its own set of rounds: 0 = library defaults, "
                             "N = cap BLAS/OpenMP/torch to N threads (default: 0 1)")
    parser.add_argument("--no-torch", action="store_true", help="skip PyTorch")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="another checkout of the repository: measure this tree's engine against it, side by side")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        threads = args.threads[0] or None
        if args.worker == "engine":
            result = worker_engine(args.samples)
        elif args.worker == "numpy":
            result = worker_numpy(args.samples)
        elif args.worker == "torch":
            result = worker_torch(args.samples, threads)
        elif args.worker == "xor":
            result = worker_xor()
        else:
            raise SystemExit(f"unknown worker {args.worker}")
        print(json.dumps(result))
        return 0

    if args.baseline:
        print(f"cores: {os.cpu_count()}; load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for threads in args.threads:
            _compare(args.baseline.resolve(), threads, args)
        print(f"\nload average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return 0

    dropped = [k for k in BLAS_ENV_TO_DROP if k in os.environ]
    print(f"Engine benchmark: {'-'.join(map(str, LAYERS))} {'/'.join(ACTIVATIONS)} + cross-entropy, momentum SGD "
          f"lr {LEARNING_RATE} mu {MOMENTUM}, batch {BATCH}, float32, shuffled, 1 epoch of {args.samples:,} "
          f"random MNIST-shaped samples")
    print(f"cores: {os.cpu_count()}; rounds: {args.rounds}; load average before: "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}; removed from the workers' environment: "
          f"{', '.join(dropped) if dropped else 'nothing (neither OPENBLAS_CORETYPE nor OPENBLAS_L2_SIZE was set)'}")
    for threads in args.threads:
        _measure(threads, args)

    xor = _run_worker("xor", args.samples, 0)
    print("\n== XOR 2-4-1 tanh/sigmoid, full batch (4 samples), BCE, SGD lr 1.0, float64")
    for key, label in (("step_batch", "Trainer.step_batch"), ("train", "train() epochs   ")):
        print(f"  steps/s, {label} {xor[key]:>9,.0f}   target >= {TARGET_XOR_STEPS:,}   "
              f"{_verdict(xor[key] >= TARGET_XOR_STEPS)}")
    if not xor["learned"]:
        print("  (warning: the XOR run did not learn XOR)")
    print(f"\nload average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(other processes on the 2 cores skew the numbers, 2-thread BLAS most of all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
