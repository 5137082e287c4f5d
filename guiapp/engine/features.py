"""Input features: extra inputs computed from the two columns of 2-D data, as TensorFlow
Playground offers them. With x1² and x2² a single neuron draws a circle: the boundary
w1·x1² + w2·x2² + b = 0 is a straight line in the features and an ellipse in the plane.

    expand(X, ("x1_squared", "x2_squared"))     # X (n, 2) -> (n, 4): x1, x2, x1², x2²
    input_names(("x1_squared", "x1_x2"), ("A", "B"))   # ("A", "B", "A²", "A·B")

A design remembers its features (``NetworkSpec.input_features``, saved in model files) and an
``MLP`` built from it carries them (``net.input_features``): its first layer takes the expanded
input, 2 + k columns; given the data's own two columns, it expands them itself. The keys are
stable (they are written to files); the order is always the one of ``FEATURES``.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from ..user_errors import UserError

#: The features, in the order they are appended: key -> (label template, formula). The label
#: names the data's two columns {a} and {b} (x1 and x2 for 2-D points, A and B for a gate).
FEATURES: dict[str, str] = {
    "x1_squared": "{a}²",
    "x2_squared": "{b}²",
    "x1_x2": "{a}·{b}",
    "sin_x1": "sin {a}",
    "sin_x2": "sin {b}",
}

#: The data's own columns the features are computed from.
DATA_COLUMNS = 2


class InputFeatureError(UserError, ValueError):
    """An input feature that does not exist, or data it cannot be computed from. Codes:
    ``"unknown_input_feature"`` (``feature``), ``"input_features_need_2d"`` (``columns``)."""

    default_code = "unknown_input_feature"


def normalize(features: Iterable[str] | None) -> tuple[str, ...]:
    """The features as stored: known keys only (else InputFeatureError), each once, in ``FEATURES`` order."""
    if features is None:
        return ()
    if isinstance(features, str):
        features = (features,)
    chosen = set()
    for f in features:
        if f not in FEATURES:
            raise InputFeatureError(f"unknown input feature {f!r}: choose from {', '.join(FEATURES)}",
                                    feature=str(f))
        chosen.add(f)
    return tuple(f for f in FEATURES if f in chosen)


def compute(key: str, x1: np.ndarray, x2: np.ndarray) -> np.ndarray:
    """One feature column from the data's columns x1, x2 (n,), in their dtype."""
    if key == "x1_squared":
        return x1 * x1
    if key == "x2_squared":
        return x2 * x2
    if key == "x1_x2":
        return x1 * x2
    if key == "sin_x1":
        return np.sin(x1)
    if key == "sin_x2":
        return np.sin(x2)
    raise InputFeatureError(f"unknown input feature {key!r}", feature=str(key))


def expand(X: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """X (n, 2) -> (n, 2 + k): the two columns, then one column per feature (``FEATURES`` order),
    in X's dtype. Without features X itself is returned."""
    features = normalize(features)
    X = np.asarray(X)
    if not features:
        return X
    if X.ndim != 2 or X.shape[1] != DATA_COLUMNS:
        raise InputFeatureError(
            f"input features are computed from 2 columns (x1, x2), but the data has shape {X.shape}",
            code="input_features_need_2d", columns=int(X.shape[-1]) if X.ndim else 0)
    x1, x2 = X[:, 0], X[:, 1]
    out = np.empty((X.shape[0], DATA_COLUMNS + len(features)), dtype=X.dtype)
    out[:, :DATA_COLUMNS] = X
    for k, key in enumerate(features):
        out[:, DATA_COLUMNS + k] = compute(key, x1, x2)
    return out


def label(key: str, base_names: Sequence[str] = ("x1", "x2")) -> str:
    """The feature's name written with the data's column names: 'x1²', 'A·B', 'sin x2'."""
    a, b = (str(base_names[0]), str(base_names[1])) if len(base_names) == 2 else ("x1", "x2")
    return FEATURES[key].format(a=a, b=b)


def input_names(features: Sequence[str], base_names: Sequence[str] = ("x1", "x2")) -> tuple[str, ...]:
    """The names of a network's inputs: the data's columns, then the features ('x1', 'x2', 'x1²')."""
    features = normalize(features)
    if not features:
        return tuple(str(n) for n in base_names)
    base = tuple(str(n) for n in base_names) if len(base_names) == DATA_COLUMNS else ("x1", "x2")
    return base + tuple(label(f, base) for f in features)


def data_width(n_inputs: int, features: Sequence[str]) -> int:
    """How many columns the data has for a network of ``n_inputs`` inputs with these features."""
    return int(n_inputs) - len(features)


def network_inputs(net, X) -> np.ndarray:
    """X as ``net``'s input layer takes it: the data's columns expanded by ``net.input_features``
    when X has the data's width (else X unchanged). Kept in X's dtype."""
    features = getattr(net, "input_features", ())
    X = np.asarray(X)
    if features and X.ndim == 2 and X.shape[1] == DATA_COLUMNS:
        return expand(X, features)
    if features and X.ndim == 1 and X.shape[0] == DATA_COLUMNS:
        return expand(X[None, :], features)[0]
    return X
