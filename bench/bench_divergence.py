"""The divergence guard's thresholds, measured (a benchmark, not a test).

The Trainer calls training diverged when a minibatch's loss is above
``max(FACTOR × best whole-network loss, BASELINE_FACTOR × constant-answer loss)`` for ``PATIENCE``
batches in a row (``guiapp.engine.divergence``). This prints the evidence for those numbers:

1. Healthy runs never fire: the app's presets (XOR, the 2-D sets, the MNIST sample), each with its
   own optimizer and with SGD, momentum and Adam at their usual learning rates, several seeds. For
   each: did the guard fire, the highest batch loss / limit seen after the first epoch (the margin:
   0.1 means the worst batch stayed 10× below the limit) and in the first epoch, and the longest
   runs of consecutive batches above the limit and (after the first epoch) above half of it.
2. Exploding runs are caught: a network trained for a few epochs, then its learning rate raised;
   how many batches until TrainingDiverged, and the test accuracy before, after the restore, or
   at the end when the guard stayed quiet.

    .venv/bin/python bench/bench_divergence.py [--seeds 0 1 2] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


def _watch(trainer, state: dict) -> None:
    """Record every batch's loss / limit and the runs above the limit, as the guard sees them
    (the loss's value() is wrapped: the Trainer asks the guard only about suspicious batches)."""
    guard = trainer.guard
    value = trainer.loss.value

    def watching(y, t):
        loss = value(y, t)
        ratio = loss / guard.limit
        key = "after_first" if trainer.epoch >= 1 else "first"
        state[key] = max(state.get(key, 0.0), ratio)
        state["run"] = state.get("run", 0) + 1 if ratio > 1 else 0
        state["longest"] = max(state.get("longest", 0), state["run"])
        if trainer.epoch >= 1:
            state["half_run"] = state.get("half_run", 0) + 1 if ratio > 0.5 else 0
            state["longest_half"] = max(state.get("longest_half", 0), state["half_run"])
        return loss

    trainer.loss.value = watching


def _datasets(quick: bool):
    from guiapp.data import load_logic, make_toy
    from guiapp.data.mnist import load_mnist_sample

    sets = [("XOR", load_logic("XOR"), 2000 if quick else 5000)]
    for name, kw in (("spiral", {"n_classes": 3}), ("circle", {}), ("moons", {}), ("gaussians", {})):
        sets.append((name, lambda s, name=name, kw=kw: make_toy(name, seed=s, **kw), 100 if quick else 300))
    sets.append(("MNIST sample", load_mnist_sample(), 3 if quick else 10))
    return sets


def healthy(seeds, quick: bool) -> None:
    import numpy as np

    from guiapp.engine import Trainer, TrainingDiverged
    from guiapp.engine.optimizers import usual_learning_rate
    from guiapp.state.datasets import preset_for

    print(f"{'data':<14}{'optimizer':<22}{'seeds':>6}{'fired':>7}{'worst after epoch 1':>21}"
          f"{'worst in epoch 1':>18}{'run > limit':>13}{'run > limit/2':>15}")
    for name, data, epochs in _datasets(quick):
        ds0 = data(seeds[0]) if callable(data) else data
        spec, preset = preset_for(ds0)
        choices = [("preset " + preset.optimizer, preset)] + [
            (f"{o} {usual_learning_rate(o):g}", replace(preset, optimizer=o, learning_rate=usual_learning_rate(o)))
            for o in ("sgd", "momentum", "adam")]
        for label, config in choices:
            fired, after, first, longest, longest_half = 0, 0.0, 0.0, 0, 0
            for seed in seeds:
                ds = data(seed) if callable(data) else data
                net = spec.build(seed=seed, dtype=np.float32)
                trainer = Trainer(net, ds.X_train, ds.y_train, optimizer=config.make_optimizer(),
                                  batch_size=config.batch_size, seed=seed)
                state: dict = {}
                _watch(trainer, state)
                try:
                    with np.errstate(all="ignore"):
                        for _ in trainer.run(epochs):
                            pass
                except TrainingDiverged:
                    fired += 1
                after, first = max(after, state.get("after_first", 0.0)), max(first, state.get("first", 0.0))
                longest = max(longest, state.get("longest", 0))
                longest_half = max(longest_half, state.get("longest_half", 0))
            print(f"{name:<14}{label:<22}{len(seeds):>6}{fired:>7}{after:>21.3f}{first:>18.3f}{longest:>13}"
                  f"{longest_half:>15}", flush=True)


def exploding(seeds) -> None:
    import numpy as np

    from guiapp.data import load_logic
    from guiapp.data.mnist import load_mnist_sample
    from guiapp.engine import Trainer, TrainingDiverged, make_optimizer
    from guiapp.state.datasets import preset_for

    print(f"\n{'data':<14}{'optimizer':<12}{'raised to':>11}{'fired':>7}{'batches':>9}{'acc before':>12}"
          f"{'acc after':>11}   what")
    cases = [("MNIST sample", load_mnist_sample(), 3, [("adam", 0.001, (0.003, 0.01, 0.1, 1.0, 1e9)),
                                                         ("momentum", 0.05, (0.2, 0.5, 5.0, 1e6)),
                                                         ("sgd", 0.1, (1.0, 10.0, 1e6))]),
             ("XOR", load_logic("XOR"), 2000, [("sgd", 0.5, (2.0, 5.0, 50.0, 1e6))])]
    for name, ds, epochs, optimizers in cases:
        spec, preset = preset_for(ds)
        for opt, lr, raised in optimizers:
            for new_lr in raised:
                for seed in seeds[:1]:
                    net = spec.build(seed=seed, dtype=np.float32)
                    X_test = ds.X_test if ds.kind != "logic" else ds.X_train
                    y_test = ds.y_test if ds.kind != "logic" else ds.y_train
                    trainer = Trainer(net, ds.X_train, ds.y_train, optimizer=make_optimizer(opt, lr),
                                      batch_size=preset.batch_size, seed=seed)
                    list(trainer.run(epochs))
                    before = float((net.predict(X_test) == y_test).mean())
                    trainer.learning_rate = new_lr
                    steps, fired, what = trainer.steps, False, ""
                    try:
                        with np.errstate(all="ignore"):
                            list(trainer.run(trainer.epoch + (3 if ds.kind != "logic" else 500)))
                    except TrainingDiverged as err:
                        fired, what = True, f"{err.details['reason']}, restored epoch {err.restored_epoch}"
                    after = float((net.predict(X_test) == y_test).mean())
                    print(f"{name:<14}{opt + ' ' + format(lr, 'g'):<12}{new_lr:>11g}{'yes' if fired else 'no':>7}"
                          f"{trainer.steps - steps + (1 if fired else 0):>9}{before:>12.2%}{after:>11.2%}   {what}",
                          flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--quick", action="store_true", help="fewer epochs")
    args = ap.parse_args()
    from threadpoolctl import threadpool_limits

    from guiapp.engine.divergence import BASELINE_FACTOR, FACTOR, PATIENCE

    print(f"guard: limit = max({FACTOR:g} x best, {BASELINE_FACTOR:g} x constant-answer loss), "
          f"{PATIENCE} batches in a row\n")
    with threadpool_limits(limits=1, user_api="blas"):
        healthy(args.seeds, args.quick)
        exploding(args.seeds)


if __name__ == "__main__":
    main()
