"""Accuracy of the app's default image configuration, and of candidate designs (a benchmark,
not a test).

Trains the preset the app picks for image data (``guiapp.state.datasets.preset_for``) on

- the bundled MNIST sample's 2,000 held-out digits (8,000 to train on), and
- Fashion-MNIST's standard 60,000/10,000 split (Debian's dataset-fashion-mnist),

and reports test accuracy per epoch and seconds per epoch, headless; then the seconds per
60,000-image epoch with the full window open (offscreen, every panel live). Targets: ≥ 96 % on the
sample, ≥ 88 % on Fashion-MNIST, each after 10 epochs; ≤ 3 s per 60k epoch with the window.

Candidate designs (``--designs``) replace the preset's hidden layer and L1/L2, e.g.
``256`` (784-256-10, no penalty), ``64,l2=1e-4`` (784-64-10 with L2 = 1e-4), ``32,l1=1e-5``.
For each, the first-layer weights after ``--tile-epoch`` epochs (default 3) are measured for how
image-like they are: the *smoothness*, the correlation of each weight with its right and lower
neighbours averaged over the tiles (stroke-like features: 0.5 and more; static: about 0), and
drawn to PNG (``--tiles DIR``) the way the Weights panel draws them (first 64 neurons, one colour
scale from −max|w| to +max|w|, blue negative, red positive).

    .venv/bin/python bench/bench_accuracy.py [--seeds 0 1 2]
    .venv/bin/python bench/bench_accuracy.py --designs 256 64 32 "64,l2=1e-4" --seeds 0 1 2 --tiles /tmp/tiles --no-window
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)


def parse_design(text: str) -> dict:
    """"64,l2=1e-4" -> {"hidden": [64], "l2": 1e-4}; "" or "preset" -> {} (the preset as it is).
    Keys: l1, l2, lr, shift, batch (numbers); opt (sgd/momentum/adam), init (uniform/xavier/he), act (hidden)."""
    out: dict = {}
    for part in (p.strip() for p in text.split(",") if p.strip() and p.strip() != "preset"):
        if "=" in part:
            key, value = (x.strip() for x in part.split("=", 1))
            out[key] = value if key in ("opt", "init", "act") else float(value)
        else:
            out["hidden"] = [int(h) for h in part.split("-")]
    return out


def tile_smoothness(W, image_shape=(28, 28), max_units: int = 64) -> float:
    """How image-like first-layer weights W (784, n) are: for each of the first ``max_units``
    neurons, the correlation between each weight and its right neighbour, and its lower one; the
    mean over neurons. Random static: ~0; smooth strokes and blobs: towards 1."""
    import numpy as np

    r, c = image_shape
    values = []
    for j in range(min(W.shape[1], max_units)):
        t = W[:, j].reshape(r, c).astype(np.float64)
        for a, b in ((t[:, :-1], t[:, 1:]), (t[:-1, :], t[1:, :])):
            a, b = a.ravel() - a.mean(), b.ravel() - b.mean()
            denom = np.sqrt((a @ a) * (b @ b))
            values.append(float(a @ b / denom) if denom > 0 else 0.0)
    return float(np.mean(values))


def save_tiles(W, image_shape, path: str, scale: int = 4) -> None:
    """First-layer weights as the Weights panel draws them, to a PNG."""
    import numpy as np
    from PySide6.QtGui import QGuiApplication, QImage

    from guiapp.ui.panels.weights_panel import weight_tiles
    from guiapp.ui.widgets.colormaps import diverging_lut, symmetric_levels

    _ = QGuiApplication.instance() or QGuiApplication([])
    mosaic = weight_tiles(W, image_shape)
    lo, hi = symmetric_levels(W[:, :64])
    lut = diverging_lut(256, dark=False)
    idx = np.clip(((mosaic - lo) / (hi - lo) * 255).round(), 0, 255)
    rgb = np.full(mosaic.shape + (3,), 255, dtype=np.uint8)
    finite = np.isfinite(mosaic)
    rgb[finite] = lut[idx[finite].astype(np.int64)]
    rgb = np.ascontiguousarray(np.repeat(np.repeat(rgb, scale, axis=0), scale, axis=1))
    h, w, _ = rgb.shape
    QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).save(path)


def headless(name: str, seed: int, design: str, tiles_dir: str | None, tile_epoch: int) -> dict:
    import numpy as np
    from threadpoolctl import threadpool_limits

    from guiapp.engine.augment import random_shift
    from guiapp.engine.specs import NetworkSpec
    from guiapp.engine.training import Trainer
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.state.datasets import load_dataset, preset_for

    ds = load_dataset(DatasetSpec("mnist", name))
    spec, config = preset_for(ds)
    d = parse_design(design)
    hidden = d.get("hidden", list(spec.layer_sizes[1:-1]))
    spec = NetworkSpec((spec.layer_sizes[0], *hidden, spec.layer_sizes[-1]),
                       (*[d.get("act", spec.activations[0])] * len(hidden), spec.activations[-1]),
                       init=d.get("init", spec.init))
    changes = {k: d[k] for k in ("l1", "l2") if k in d}
    if "opt" in d:
        changes.update(optimizer=d["opt"], learning_rate=None)  # its usual rate unless lr= says
    if "lr" in d:
        changes["learning_rate"] = d["lr"]
    if "shift" in d:
        changes["augment_shift"] = int(d["shift"])
    if "batch" in d:
        changes["batch_size"] = int(d["batch"])
    config = replace(config, **changes)
    net = spec.build(seed=seed, dtype=np.float32)
    trainer = Trainer(net, ds.X_train, ds.y_train, optimizer=config.make_optimizer(),
                      batch_size=config.batch_size, seed=seed, X_test=ds.X_test, Y_test=ds.y_test,
                      augment=random_shift(ds.image_shape, config.augment_shift) if config.augment_shift else None)
    accs, secs, smooth = [], [], None
    with threadpool_limits(limits=1, user_api="blas"):  # as the app's worker trains
        for r in trainer.run(config.epochs):
            accs.append(r.test_acc)
            secs.append(r.seconds)
            if r.epoch == tile_epoch:
                W = net.params[0]
                smooth = tile_smoothness(W, ds.image_shape)
                if tiles_dir:
                    safe = design.replace(",", "_").replace("=", "") or "preset"
                    save_tiles(W, ds.image_shape, os.path.join(tiles_dir, f"{name}-{safe}-seed{seed}-epoch{r.epoch}.png"))
    return {"dataset": ds.name, "design": "-".join(map(str, spec.layer_sizes)), "config": config.to_dict(),
            "n_train": ds.n_train, "n_test": ds.n_test, "acc": accs, "sec": secs, "smoothness": smooth}


def windowed_epoch(name: str) -> dict:
    """Seconds per epoch with the whole window open, measured between epoch 1 and epoch 3."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from guiapp.app import build_window, create_application
    from guiapp.state.dataset_spec import DatasetSpec

    app = create_application()
    window, session, controller = build_window(None)
    window.resize(1366, 768)
    window.show()
    session.load_dataset_spec(DatasetSpec("mnist", name))
    for dock in ("weightsDock", "mnistDock"):
        window.docks[dock].raise_()
    controller.start()
    marks = {}
    while session.epochs_done < 3:
        app.processEvents()
        marks.setdefault(session.epochs_done, time.perf_counter())
        time.sleep(0.002)
    marks[3] = time.perf_counter()
    controller.pause()
    window.close()
    controller.shutdown()
    return {"sec_per_epoch": (marks[3] - marks[1]) / 2, "n_train": session.dataset.n_train}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--designs", nargs="+", default=["preset"],
                    help='candidate designs: "preset", "256", "64,l2=1e-4", "32,l1=1e-5,lr=0.002" (default: preset)')
    ap.add_argument("--datasets", nargs="+", default=["sample", "fashion"], choices=["sample", "fashion"])
    ap.add_argument("--tiles", metavar="DIR", help="save the first-layer weight tiles as PNGs here")
    ap.add_argument("--tile-epoch", type=int, default=3, help="epoch after which tiles are measured/saved (3)")
    ap.add_argument("--no-window", action="store_true", help="skip the timing with the window open")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        what = args.child[0]
        if what == "window":
            out = windowed_epoch(args.child[1])
        else:
            name, seed, design = args.child[0], int(args.child[1]), args.child[2]
            out = headless(name, seed, "" if design == "preset" else design, args.tiles, args.tile_epoch)
        print(json.dumps(out))
        return
    from guiapp.data.mnist import fashion_mnist_available

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    names = [n for n in args.datasets if n != "fashion" or fashion_mnist_available()]
    if "fashion" in args.datasets and "fashion" not in names:
        print("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist): skipped")
    if args.tiles:
        os.makedirs(args.tiles, exist_ok=True)

    def child(*a):
        extra = ["--tiles", args.tiles] if args.tiles else []
        p = subprocess.run([sys.executable, __file__, "--tile-epoch", str(args.tile_epoch), *extra, "--child", *map(str, a)],
                           env=env, capture_output=True, text=True, timeout=3600)
        if p.returncode:
            sys.exit(p.stderr)
        return json.loads(p.stdout.strip().splitlines()[-1])

    print(f"{'data':<14}{'design':<22}{'seed':>5}{'best':>8}{'last':>8}{'s/epoch':>9}{'smooth@' + str(args.tile_epoch):>10}"
          "  per-epoch test accuracy")
    rows = []
    for name in names:
        target = 0.96 if name == "sample" else 0.88
        for design in args.designs:
            results = []
            for seed in args.seeds:
                r = child(name, seed, design)
                accs = r["acc"]
                label = f"{r['design']}" + "".join(f" {k}={v:g}" if isinstance(v, float) else f" {k}={v}"
                                                    for k, v in parse_design(design).items() if k != "hidden")
                sm = r["smoothness"]
                print(f"{r['dataset']:<14}{label:<22}{seed:>5}{max(accs):>8.2%}{accs[-1]:>8.2%}"
                      f"{statistics.median(r['sec']):>9.2f}{(f'{sm:.2f}' if sm is not None else '-'):>10}  "
                      + " ".join(f"{a:.3f}" for a in accs), flush=True)
                results.append(r)
            lasts = [r["acc"][-1] for r in results]
            smooth = [r["smoothness"] for r in results if r["smoothness"] is not None]
            ok = min(lasts) >= target
            rows.append((name, label, min(lasts), max(lasts), statistics.mean(smooth) if smooth else float("nan"), ok))
            print(f"  -> {name} {label}: after {len(results[0]['acc'])} epochs {min(lasts):.2%}..{max(lasts):.2%}; "
                  f"tile smoothness {statistics.mean(smooth) if smooth else float('nan'):.2f}; "
                  f"target ≥ {target:.0%}: {'PASS' if ok else 'MISS'}", flush=True)
    cfg = results[0]["config"]
    print(f"config of the last design: {cfg['optimizer']} lr {cfg['learning_rate']}, batch {cfg['batch_size']}, "
          f"{cfg['epochs']} epochs, shift {cfg['augment_shift']} px, l1 {cfg['l1']}, l2 {cfg['l2']}")
    if "fashion" in names and not args.no_window:
        w = child("window", "fashion")
        ok = w["sec_per_epoch"] <= 3.0
        print(f"Fashion-MNIST {w['n_train']:,}-image epoch with the window open: {w['sec_per_epoch']:.2f} s "
              f"(target ≤ 3 s: {'PASS' if ok else 'MISS'})")
    print("Full MNIST: not measurable here (no internet to download it).")


if __name__ == "__main__":
    main()
