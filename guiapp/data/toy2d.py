"""Two-dimensional toy data sets, the kind you can draw a decision boundary on.

Every set is a clean shape inside the square [-1, 1] x [-1, 1] plus Gaussian
noise with standard deviation ``noise`` on each coordinate, so with noise a
few points spill slightly outside the square. (The gaussians are clouds
already: about 2% of their points lie outside the square even at noise 0.)::

    circle     class 1 inside a disk of radius 0.4, class 0 on a ring 0.6..0.9
    xor        uniform points; class 1 where x1 and x2 have different signs
    gaussians  two round blobs (std 0.25) at (-0.5, -0.5) and (0.5, 0.5)
    spiral     2..5 interleaved spiral arms, one per class
    moons      two interleaving half circles (scaled to x1 in [-1, 1], x2 in [-0.5, 0.5])

Classes get equal numbers of points (the first classes get one more when n
does not divide evenly). The same arguments always give the same points.
"""

from __future__ import annotations

import math

import numpy as np

from .dataset import Dataset, train_test_split

__all__ = ["TOY_SETS", "make_toy"]

TOY_SETS = ("circle", "xor", "gaussians", "spiral", "moons")

_TITLES = {
    "circle": "Circle",
    "xor": "XOR cloud",
    "gaussians": "Gaussians",
    "spiral": "Spiral",
    "moons": "Moons",
}
_TEXT = {
    "circle": "Points inside a circle (class 1) and on a ring around it (class 0): needs a curved boundary.",
    "xor": "Four corners: class 1 where x1 and x2 have different signs. The 2-D version of XOR.",
    "gaussians": "Two round clouds of points: one straight line separates them.",
    "spiral": "Interleaved spiral arms, one per class: hard; needs several hidden neurons.",
    "moons": "Two interleaving half moons: needs a curved boundary.",
}

_MIN_POINTS = 10
_MAX_POINTS = 1_000_000
_MAX_SPIRAL_CLASSES = 5


def _class_sizes(n: int, k: int) -> list[int]:
    """Split n points into k nearly equal groups: _class_sizes(7, 3) == [3, 2, 2]."""
    return [n // k + (1 if c < n % k else 0) for c in range(k)]


def _circle(sizes: list[int], rng: np.random.Generator) -> np.ndarray:
    # Class 0 on the outer ring, class 1 in the inner disk; angles uniform.
    # sqrt makes the inner disk evenly filled instead of crowded at the centre.
    outer = rng.uniform(0.6, 0.9, sizes[0])
    inner = 0.4 * np.sqrt(rng.uniform(0.0, 1.0, sizes[1]))
    r = np.concatenate([outer, inner])
    angle = rng.uniform(0.0, 2 * math.pi, len(r))
    return np.column_stack([r * np.cos(angle), r * np.sin(angle)])


def _xor(sizes: list[int], rng: np.random.Generator) -> np.ndarray:
    # Uniform in the square, away from the axes by a small margin so the clean
    # classes do not touch. Class 0: same signs (quadrants 1, 3); class 1: different.
    margin = 0.05
    parts = []
    for c, m in enumerate(sizes):
        mag = rng.uniform(margin, 1.0, (m, 2))
        s1 = rng.choice([-1.0, 1.0], m)
        s2 = s1 if c == 0 else -s1
        parts.append(mag * np.column_stack([s1, s2]))
    return np.concatenate(parts)


def _gaussians(sizes: list[int], rng: np.random.Generator) -> np.ndarray:
    centres = [(-0.5, -0.5), (0.5, 0.5)]
    return np.concatenate([rng.normal(centres[c], 0.25, (m, 2)) for c, m in enumerate(sizes)])


def _spiral(sizes: list[int], rng: np.random.Generator) -> np.ndarray:
    # Arm c starts near the centre at angle 2*pi*c/k and winds 1.75 turns outwards.
    k = len(sizes)
    parts = []
    for c, m in enumerate(sizes):
        t = np.linspace(0.0, 1.0, m)
        r = 0.05 + 0.9 * t
        angle = 2 * math.pi * c / k + 1.75 * 2 * math.pi * t
        parts.append(np.column_stack([r * np.cos(angle), r * np.sin(angle)]))
    return np.concatenate(parts)


def _moons(sizes: list[int], rng: np.random.Generator) -> np.ndarray:
    # The scikit-learn shape: an upper half circle centred at (0, 0) and a lower
    # one centred at (1, 0.5); then shifted and scaled into [-1, 1] x [-0.5, 0.5].
    a = rng.uniform(0.0, math.pi, sizes[0])
    b = rng.uniform(0.0, math.pi, sizes[1])
    upper = np.column_stack([np.cos(a), np.sin(a)])
    lower = np.column_stack([1.0 - np.cos(b), 0.5 - np.sin(b)])
    points = np.concatenate([upper, lower])
    return (points - (0.5, 0.25)) / 1.5


_MAKERS = {
    "circle": _circle,
    "xor": _xor,
    "gaussians": _gaussians,
    "spiral": _spiral,
    "moons": _moons,
}


def make_toy(
    name: str,
    n: int = 200,
    noise: float = 0.1,
    seed: int = 0,
    test_ratio: float = 0.2,
    n_classes: int = 2,
) -> Dataset:
    """Make a 2-D toy data set.

    Args:
        name: one of :data:`TOY_SETS` (case-insensitive).
        n: total number of points (train + test), 10..1,000,000.
        noise: standard deviation of the Gaussian noise added to each
            coordinate, >= 0 (0.1 is a little, 0.3 is a lot).
        seed: random seed; the same seed gives identical data and split.
        test_ratio: fraction of points held out for testing, 0 <= test_ratio < 1.
        n_classes: number of classes; 2..5 for ``"spiral"``, must be 2 for the others.

    Returns:
        Dataset of kind "toy2d": X (n, 2) float32, y (n,) int64, feature
        names ("x1", "x2"), class names ("0", "1", ...).
    """
    key = str(name).strip().lower()
    if key not in _MAKERS:
        raise ValueError(f"unknown toy data set {name!r}; choose one of: {', '.join(TOY_SETS)}")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"n must be a whole number of points, got {n!r}")
    if not _MIN_POINTS <= n <= _MAX_POINTS:
        raise ValueError(f"n must be between {_MIN_POINTS} and {_MAX_POINTS:,} points, got {n}")
    if not (isinstance(noise, (int, float, np.floating)) and math.isfinite(noise) and noise >= 0):
        raise ValueError(f"noise must be a number >= 0, got {noise!r}")
    if not (isinstance(test_ratio, (int, float, np.floating)) and 0 <= test_ratio < 1):
        raise ValueError(f"test_ratio must be at least 0 and below 1, got {test_ratio!r}")
    if isinstance(n_classes, bool) or not isinstance(n_classes, (int, np.integer)):
        raise ValueError(f"n_classes must be a whole number, got {n_classes!r}")
    if key == "spiral":
        if not 2 <= n_classes <= _MAX_SPIRAL_CLASSES:
            raise ValueError(f"spiral supports 2 to {_MAX_SPIRAL_CLASSES} classes, got n_classes={n_classes}")
    elif n_classes != 2:
        raise ValueError(f"{key!r} has exactly 2 classes (only 'spiral' supports 2..5), got n_classes={n_classes}")
    n, n_classes = int(n), int(n_classes)

    rng = np.random.default_rng(seed)
    sizes = _class_sizes(n, n_classes)
    X = _MAKERS[key](sizes, rng)
    X = X + rng.normal(0.0, 1.0, X.shape) * float(noise)
    y = np.repeat(np.arange(n_classes, dtype=np.int64), sizes)
    X_train, y_train, X_test, y_test = train_test_split(X.astype(np.float32), y, float(test_ratio), rng)

    return Dataset(
        name=_TITLES[key],
        kind="toy2d",
        X_train=X_train,
        y_train=y_train,
        X_test=X_test,
        y_test=y_test,
        n_classes=n_classes,
        class_names=tuple(str(c) for c in range(n_classes)),
        feature_names=("x1", "x2"),
        description=f"{_TEXT[key]} {n} points, noise {noise:g}, seed {seed}.",
    )
