"""The Dataset container every data source returns, and a train/test split helper.

Shapes used throughout (n = number of examples, d = number of input features,
k = number of classes)::

    X_train  (n_train, d)  float32, C-contiguous, read-only
    y_train  (n_train,)    int64, labels 0..k-1, read-only
    X_test   (n_test, d)   float32
    y_test   (n_test,)     int64

The arrays are made read-only so that one Dataset can be shared by the UI,
the training thread and a cache without anyone changing it by accident.
A Dataset takes over the arrays it is given (no copy when they already are
float32 / int64 and C-contiguous) and marks them read-only, so hand it arrays
you will not write to again. Take a copy (``X.copy()``) to modify one.

A Dataset holds class labels; turning them into what a network's output layer should produce
is the engine's job (``guiapp.engine.prepare_targets``: the Trainer takes the labels as they are).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["KINDS", "Dataset", "train_test_split"]

#: The kinds of data the UI knows how to show.
KINDS = ("logic", "toy2d", "images", "table")


def _frozen_array(a: np.ndarray, dtype: type, what: str) -> np.ndarray:
    """Return ``a`` as a C-contiguous, read-only array of ``dtype``."""
    a = np.asarray(a)
    if dtype is np.int64:
        # Labels may arrive as uint8 (IDX files) or as floats holding whole
        # numbers; both are fine, 0.5 is not.
        if a.dtype.kind == "f":
            if not np.all(np.isfinite(a)) or not np.all(a == np.round(a)):
                raise ValueError(f"{what} must hold whole numbers (class labels), got {a.dtype} values")
        elif a.dtype.kind not in "iub":
            raise ValueError(f"{what} must hold integer class labels, got dtype {a.dtype}")
    elif a.dtype.kind not in "iubf":
        raise ValueError(f"{what} must be numeric, got dtype {a.dtype}")
    # No copy when the array already has the right dtype and layout (full
    # MNIST is 188 MB as float32); the Dataset then owns it and freezes it.
    out = np.ascontiguousarray(a, dtype=dtype)
    out.setflags(write=False)
    return out


@dataclass(frozen=True, eq=False)
class Dataset:
    """A classification data set split into train and test parts.

    Attributes:
        name: shown in the UI: ``"XOR"``, ``"Spiral"``, ``"MNIST sample"``, ``"my.csv"``.
        kind: one of :data:`KINDS`: ``"logic" | "toy2d" | "images" | "table"``.
        X_train: (n_train, n_features) float32.
        y_train: (n_train,) int64 class labels ``0..n_classes-1``.
        X_test: (n_test, n_features) float32 (logic gates: the same table as train).
        y_test: (n_test,) int64.
        n_classes: number of classes k (at least 2).
        class_names: k names, e.g. ``("0", "1")`` or ``("T-shirt/top", ...)``.
        feature_names: d names (``("A", "B")``, CSV headers) or ``()`` for images.
        image_shape: ``(rows, cols)`` for images, else ``None``; rows*cols == d.
        description: one line for the UI (includes attribution for MNIST).

    The constructor converts the arrays to float32 / int64, makes them
    read-only, and raises ``ValueError`` if anything does not fit together.
    Equality is identity (``eq=False``): comparing arrays element by element
    is not what ``==`` on a data set should do.
    """

    name: str
    kind: str
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    n_classes: int
    class_names: tuple[str, ...]
    feature_names: tuple[str, ...]
    image_shape: tuple[int, int] | None = None
    description: str = ""

    def __post_init__(self) -> None:
        # A frozen dataclass forbids normal assignment; object.__setattr__ is
        # the documented way to normalise fields in __post_init__.
        def put(field: str, value: object) -> None:
            object.__setattr__(self, field, value)

        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: kind must be one of {KINDS}, got {self.kind!r}")

        X_train = _frozen_array(self.X_train, np.float32, f"{self.name}: X_train")
        X_test = _frozen_array(self.X_test, np.float32, f"{self.name}: X_test")
        y_train = _frozen_array(self.y_train, np.int64, f"{self.name}: y_train")
        y_test = _frozen_array(self.y_test, np.int64, f"{self.name}: y_test")

        if X_train.ndim != 2:
            raise ValueError(f"{self.name}: X_train must be 2-D (n_train, n_features), got shape {X_train.shape}")
        if X_test.ndim != 2:
            raise ValueError(f"{self.name}: X_test must be 2-D (n_test, n_features), got shape {X_test.shape}")
        if y_train.ndim != 1 or y_test.ndim != 1:
            raise ValueError(
                f"{self.name}: labels must be 1-D, got y_train {y_train.shape} and y_test {y_test.shape}"
            )
        if len(X_train) == 0:
            raise ValueError(f"{self.name}: the training set is empty")
        if X_train.shape[1] == 0:
            raise ValueError(f"{self.name}: there are no input features")
        if len(X_train) != len(y_train):
            raise ValueError(f"{self.name}: X_train has {len(X_train)} rows but y_train has {len(y_train)} labels")
        if len(X_test) != len(y_test):
            raise ValueError(f"{self.name}: X_test has {len(X_test)} rows but y_test has {len(y_test)} labels")
        if X_test.shape[1] != X_train.shape[1]:
            raise ValueError(
                f"{self.name}: X_train has {X_train.shape[1]} features but X_test has {X_test.shape[1]}"
            )
        for part, X in (("X_train", X_train), ("X_test", X_test)):
            if not np.all(np.isfinite(X)):
                raise ValueError(f"{self.name}: {part} contains NaN or infinite values")

        n_classes = int(self.n_classes)
        if n_classes < 2:
            raise ValueError(f"{self.name}: a classifier needs at least 2 classes, got n_classes={n_classes}")
        for part, y in (("y_train", y_train), ("y_test", y_test)):
            if y.size and (y.min() < 0 or y.max() >= n_classes):
                raise ValueError(
                    f"{self.name}: {part} has labels from {y.min()} to {y.max()}, "
                    f"expected 0..{n_classes - 1} for {n_classes} classes"
                )

        class_names = tuple(str(c) for c in self.class_names)
        if len(class_names) != n_classes:
            raise ValueError(f"{self.name}: {len(class_names)} class names for {n_classes} classes")
        feature_names = tuple(str(f) for f in self.feature_names)
        n_features = X_train.shape[1]
        if feature_names and len(feature_names) != n_features:
            raise ValueError(f"{self.name}: {len(feature_names)} feature names for {n_features} features")

        image_shape = self.image_shape
        if image_shape is not None:
            image_shape = (int(image_shape[0]), int(image_shape[1]))
            if image_shape[0] * image_shape[1] != n_features:
                raise ValueError(
                    f"{self.name}: image_shape {image_shape} has {image_shape[0] * image_shape[1]} pixels "
                    f"but there are {n_features} features"
                )

        put("X_train", X_train)
        put("X_test", X_test)
        put("y_train", y_train)
        put("y_test", y_test)
        put("n_classes", n_classes)
        put("class_names", class_names)
        put("feature_names", feature_names)
        put("image_shape", image_shape)

    # -- sizes -----------------------------------------------------------------

    @property
    def n_features(self) -> int:
        """Number of input columns d."""
        return int(self.X_train.shape[1])

    @property
    def n_train(self) -> int:
        return int(self.X_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.X_test.shape[0])

    @property
    def is_2d(self) -> bool:
        """True when there are exactly 2 inputs, so a decision boundary can be drawn."""
        return self.n_features == 2

    def __repr__(self) -> str:
        return (
            f"Dataset({self.name!r}, kind={self.kind!r}, train={self.n_train}, test={self.n_test}, "
            f"features={self.n_features}, classes={self.n_classes})"
        )


def train_test_split(
    X: np.ndarray,
    y: np.ndarray,
    test_ratio: float,
    rng: np.random.Generator | int | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle the rows and cut them into a training and a test part.

    Args:
        X: (n, d) inputs.
        y: (n,) labels.
        test_ratio: fraction of rows for the test set, 0 <= test_ratio < 1.
            The test set gets ``round(n * test_ratio)`` rows; the training set
            always keeps at least one row.
        rng: a ``np.random.Generator`` or a seed (same seed -> same split).

    Returns:
        ``(X_train, y_train, X_test, y_test)``: new arrays, shuffled
        (no stratification: class proportions vary a little between the parts).
    """
    X = np.asarray(X)
    y = np.asarray(y)
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")
    if not 0.0 <= test_ratio < 1.0:
        raise ValueError(f"test_ratio must be at least 0 and below 1, got {test_ratio}")
    n = len(X)
    rng = np.random.default_rng(rng)
    order = rng.permutation(n)
    n_test = min(int(round(n * test_ratio)), n - 1)
    test, train = order[:n_test], order[n_test:]
    return X[train], y[train], X[test], y[test]
