"""From a DatasetSpec to a Dataset, and the starting design and training settings that suit each
kind of data. No widgets; the loading itself is done by ``guiapp.data``."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np

from ..data.dataset import Dataset
from ..engine.output_rules import output_layer_for as default_output_layer
from ..engine.specs import NetworkSpec, TrainingConfig
from .dataset_spec import DatasetSpec

DEFAULT_DATASET = DatasetSpec("logic", "XOR")


def load_dataset(spec: DatasetSpec, *, cancel: threading.Event | None = None, progress=None) -> Dataset:
    """Load the data a spec names. Raises ValueError/OSError with a message a user can read.

    ``cancel`` (a ``threading.Event``) and ``progress(done, total)`` (bytes read) reach the file
    readers: reading stops with ``ReadCancelled`` once ``cancel`` is set.

    kinds: "logic" (name: a truth table), "toy2d" (name: circle/xor/gaussians/spiral/moons;
    params n, noise, seed, test_ratio, n_classes), "mnist" (name "sample" or "fashion"),
    "file" (params path and format: "idx_folder", "npz", "csv"; csv also label_column, standardize),
    "custom" (a student's own 2-D points from the Data panel's editor; params points, labels, test, n_classes).
    """
    p = dict(spec.params)
    if spec.kind == "logic":
        from ..data.logic import load_logic

        return load_logic(spec.name)
    if spec.kind == "toy2d":
        from ..data.toy2d import make_toy

        return make_toy(spec.name, **{k: p[k] for k in ("n", "noise", "seed", "test_ratio", "n_classes") if k in p})
    if spec.kind == "mnist":
        from ..data import mnist

        if spec.name == "sample":
            return mnist.load_mnist_sample()
        if spec.name == "fashion":
            return mnist.load_fashion_mnist(cancel=cancel, progress=progress)
        if spec.name == "folder":
            return mnist.load_idx_folder(p["path"], cancel=cancel, progress=progress)
        raise ValueError(f"unknown MNIST choice {spec.name!r}")
    if spec.kind == "file":
        fmt, path = p.get("format"), p.get("path")
        if fmt == "idx_folder":
            from ..data.mnist import load_idx_folder

            return load_idx_folder(path, cancel=cancel, progress=progress)
        if fmt == "npz":
            from ..data.mnist import load_keras_npz

            return load_keras_npz(path, cancel=cancel, progress=progress)
        if fmt == "csv":
            from ..data.csv_table import read_csv_table

            return read_csv_table(path, label_column=p.get("label_column"), standardize=bool(p.get("standardize")),
                                  cancel=cancel, progress=progress)
        raise ValueError(f"unknown file format {fmt!r}")
    if spec.kind == "custom":
        return custom_points_dataset(p.get("points", []), p.get("labels", []), p.get("test", []),
                                     p.get("n_classes"), name=spec.name)
    raise ValueError(f"unknown kind of data {spec.kind!r}")


def custom_points_dataset(points, labels, test=(), n_classes=None, name: str = "My points") -> Dataset:
    """A student's own 2-D points as a "toy2d" Dataset. ``test`` lists the indices of test points;
    without any, the test set is the training set (as for truth tables)."""
    X = np.asarray(points, dtype=np.float32).reshape(-1, 2)
    y = np.asarray(labels, dtype=np.int64).reshape(-1)
    if len(X) != len(y):
        raise ValueError(f"{len(X)} points but {len(y)} labels")
    is_test = np.zeros(len(X), dtype=bool)
    is_test[np.asarray(test, dtype=np.int64).reshape(-1)] = True
    if is_test.all():
        raise ValueError("there are no training points: add some points first")
    k = max(2, int(n_classes or 0), int(y.max()) + 1 if y.size else 0)
    X_test, y_test = (X[is_test], y[is_test]) if is_test.any() else (X.copy(), y.copy())
    n_test_text = f"{int(is_test.sum())} test points" if is_test.any() else "the test set is the same points"
    return Dataset(name=name, kind="toy2d", X_train=X[~is_test], y_train=y[~is_test], X_test=X_test, y_test=y_test,
                   n_classes=k, class_names=tuple(str(c) for c in range(k)), feature_names=("x1", "x2"),
                   description=f"Your own points: {int((~is_test).sum())} training points in {k} classes; "
                               f"{n_test_text}.")


def output_layer_for(dataset: Dataset) -> tuple[int, str]:
    """(neurons, activation) of the output layer that fits the data (``engine.output_rules``)."""
    return default_output_layer(dataset.n_classes)


def fit_spec_to(spec: NetworkSpec, dataset: Dataset) -> NetworkSpec:
    """The same hidden layers (and input features, for 2-D data), with input and output sized for
    ``dataset``."""
    out_n, out_act = output_layer_for(dataset)
    features = spec.input_features if dataset.is_2d else ()
    sizes = (dataset.n_features + len(features), *spec.layer_sizes[1:-1], out_n)
    acts = (*spec.activations[:-1], out_act)
    return replace(spec, layer_sizes=sizes, activations=acts, loss="auto", input_features=features)


def fit_input_layer(spec: NetworkSpec, dataset: Dataset) -> NetworkSpec:
    """``spec`` with an input layer that takes ``dataset``'s columns plus the design's input
    features; the features are dropped for data that is not 2-D (they are computed from x1, x2)."""
    features = spec.input_features if dataset.is_2d else ()
    n_in = dataset.n_features + len(features)
    if spec.layer_sizes[0] == n_in and features == spec.input_features:
        return spec
    return replace(spec, layer_sizes=(n_in, *spec.layer_sizes[1:]), input_features=features)


def preset_for(dataset: Dataset) -> tuple[NetworkSpec, TrainingConfig]:
    """A starting design and training settings that learn this kind of data well."""
    out_n, out_act = output_layer_for(dataset)
    d = dataset.n_features
    if dataset.kind == "logic":
        hidden = max(4, 2 * d)
        spec = NetworkSpec((d, hidden, out_n), ("tanh", out_act))
        # The 2-input gates learn at SGD's usual rate, 0.1: XOR is then right on every row after
        # ~100 epochs and within 0.1 of every target after ~500 (seed 0: 512), 17 s at the default
        # pace of 30 epochs a second (state/pace.py) -- at 0.5 it was over in 3 s, before a student
        # could look. Bigger tables keep 0.5 (4-bit parity needs ~1,000 epochs there, ~5,000 at 0.1).
        config = TrainingConfig(learning_rate=0.1 if d == 2 else 0.5, batch_size=None, optimizer="sgd")
    elif dataset.kind == "toy2d":
        spec = NetworkSpec((d, 16, 16, out_n), ("tanh", "tanh", out_act))
        config = TrainingConfig(learning_rate=0.03, batch_size=16, optimizer="momentum")
    elif dataset.kind == "images":
        # Measured with bench/bench_accuracy.py (bench/README.md has the table). The first-layer
        # weights start small (N(0, 0.01²)): with He's larger start, after 3 epochs each neuron's
        # 28×28 tile was still mostly its random start (static), whatever the hidden size or L2
        # that kept the accuracy. Handwritten digits train with momentum (its usual rate, 0.05):
        # its steps add up whole digit images, so the tiles show strokes; 96.3-96.6 % on the
        # sample's held-out digits in 10 epochs (Adam: 94.9-95.8 % from the small start, and
        # grainy tiles). Other images (Fashion-MNIST) keep Adam (usual rate 0.001), which gets
        # 88.0-88.8 % there where momentum got 87.0-87.4 %. Shifting digits by a pixel helps
        # (+1 point); garments are always centred the same way, and there it costs a point.
        digits = dataset.class_names == tuple("0123456789")
        spec = NetworkSpec((d, 256, out_n), ("relu", out_act), init="small")
        config = TrainingConfig(optimizer="momentum" if digits else "adam", batch_size=64, epochs=10,
                                augment_shift=1 if digits else 0)
    else:
        spec = NetworkSpec((d, 16, out_n), ("relu", out_act))
        config = TrainingConfig(learning_rate=0.01, batch_size=32, optimizer="adam")
    return spec, config
