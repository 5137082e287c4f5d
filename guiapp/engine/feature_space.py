"""The feature space of a layer: where a layer puts every data point, and what the layers after
it answer there (tutorial 5: "a hidden layer transforms the features until a straight line
separates them"). Pure NumPy, for the Feature space view and for notebooks.

    fs = feature_space(net, X, y, layer=1)       # hidden layer 1 of a 2-2-1 XOR network
    fs.points                                    # (n, 2): each point at (h1.1, h1.2), its activations
    fs.outputs                                   # (res, res, k): the output layer over that square

A layer of 2 neurons is drawn as it is: the coordinates *are* its two activations, and the
colours are exactly the next layers' answer at each point of the square (a straight boundary
when only the output layer comes next: it sees nothing but these two numbers). A layer of one
neuron is a line (y = 0). A wider layer of m neurons is shown on a plane through its
m-dimensional space:

- ``"pca"`` (the default): the plane through the points' mean spanned by the two principal
  components, the directions in which the points spread most; ``kept`` is the share of the
  points' variance that lies in the plane.
- ``"output"`` (a layer the output layer follows): the plane through the points' mean along the
  directions the output layer's weights look along. The output layer's answer depends on nothing
  else (for one output neuron, on w·h alone; for k classes, on the differences of their weighted
  sums), so with up to 3 classes the colours are exact for every point, off the plane or not;
  with more, the two most spread of those directions.
- ``(i, j)``: neurons i and j as the axes, the other neurons held at their mean over the points.

On such a plane the colours are the next layers' answer *on the plane*: exact for a point lying
in it, but a real point off the plane may get another answer. ``agreement`` says how honest the
picture is: the share of the points whose class at their place in the picture (projected onto
the plane) is the class the network really gives them.

Layer 0 is the input layer: the data's columns and any input features (x1, x2, x1², x2²).
For 2-D data the input plane's grid lines (x1 or x2 held constant) are carried through the
layers too (``lines``): the student sees the plane bend and fold, ConvNetJS's warped grid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .network import MLP

#: Activations with a fixed range: their plane is drawn over that range, which never moves.
BOUNDED = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}

DIRECT, PCA, PAIR, OUTPUT = "direct", "pca", "pair", "output"
#: Outputs this close to the boundary count as on it (rounding when a point is moved onto a plane).
TIE = 1e-6


@dataclass(frozen=True, eq=False)
class FeatureSpace:
    """One layer's feature space, ready to draw. Arrays are float32 unless said otherwise.

    layer: 0 (the inputs as the first layer takes them) or hidden layer l ≥ 1.
    units: neurons in that layer. method: ``DIRECT`` (1 or 2 neurons), ``OUTPUT``, ``PCA`` or ``PAIR``.
    axes: the two neurons on the axes (``DIRECT`` with 2, ``PAIR``), else None.
    origin (units,), basis (units, 2) float64: a plane point (u, v) is origin + u·basis[:, 0] + v·basis[:, 1].
    activations (n, units): the layer's output for each point. points (n, 2): their place in the picture.
    labels (n,) int64: the data's classes; predicted (n,) int64: the network's (from its real outputs).
    kept: share of the points' variance in the plane (1 for ``DIRECT``).
    agreement: share of points whose class at their place in the picture is their real one (1 for ``DIRECT``).
    xs (res,), ys (res,): the picture's cell centres; outputs (res, res, k): the network's outputs over the
        plane, row i = ys[i], column j = xs[j].
    lines: (2·m, s, 2) the input plane's grid lines in the picture (first m: x2 held constant, then x1),
        or None for data that is not 2-D.
    bounds: (x0, x1, y0, y1) of the picture. layers_after: how many layers follow (1: a straight boundary).
    """

    layer: int
    units: int
    method: str
    axes: tuple[int, int] | None
    origin: np.ndarray
    basis: np.ndarray
    activations: np.ndarray
    points: np.ndarray
    labels: np.ndarray
    predicted: np.ndarray
    kept: float
    agreement: float
    xs: np.ndarray
    ys: np.ndarray
    outputs: np.ndarray
    lines: np.ndarray | None
    bounds: tuple[float, float, float, float]
    layers_after: int

    @property
    def straight(self) -> bool:
        """Is the boundary in the picture straight? Yes when only the output layer follows: it is a
        linear function of the layer's outputs, and any plane is a linear slice of them."""
        return self.layers_after == 1


def network_from(params: Sequence[np.ndarray], layer_sizes, activations, *, bias: bool = True,
                 input_features: Sequence[str] = (), dtype=None) -> MLP:
    """An MLP holding ``params`` (``[W1, b1, ...]``, e.g. a Snapshot's copies) for drawing views."""
    dtype = dtype or (params[0].dtype if len(params) else np.float64)
    net = MLP(list(layer_sizes), list(activations), seed=0, bias=bias, dtype=dtype, init="uniform")
    net.input_features = tuple(input_features)
    net.set_params(params)
    return net


def layer_activations(net: MLP, X: np.ndarray, layer: int) -> np.ndarray:
    """What layer ``layer`` outputs for X (n, data columns): 0 = the network's inputs (with features)."""
    if layer == 0:
        return net._check_input(X)  # expands the data's columns by the network's input features
    return net.layer_outputs(X)[layer - 1]


def forward_from(net: MLP, layer: int, H: np.ndarray) -> np.ndarray:
    """The network's outputs when layer ``layer`` outputs H (n, units): the layers after it only."""
    a = np.asarray(H, dtype=net.dtype)
    for dense in net.layers[layer:]:
        a = dense.forward(a, keep=False)
    return a


def classes_of(outputs: np.ndarray) -> np.ndarray:
    """(n, k) outputs -> (n,) classes, as ``MLP.predict`` counts them."""
    if outputs.shape[1] == 1:
        return (outputs[:, 0] >= 0.5).astype(np.int64)
    return outputs.argmax(axis=1).astype(np.int64)


def _margin(outputs: np.ndarray) -> np.ndarray:
    """(n, k) outputs -> (n,) how far each is from the boundary: |p − 0.5| for one output, else
    the lead of the top output over the next."""
    if outputs.shape[1] == 1:
        return np.abs(outputs[:, 0] - 0.5)
    top2 = np.sort(outputs, axis=1)[:, -2:]
    return top2[:, 1] - top2[:, 0]


def principal_plane(H: np.ndarray, previous: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, float]:
    """PCA of the rows of H (n, m): (mean (m,), the two leading components as columns (m, 2), the
    share of the variance they hold). Signs follow ``previous`` (m, 2) when given, so the
    picture does not flip between frames; otherwise each component's largest entry is positive."""
    H = np.asarray(H, dtype=np.float64)
    mean = H.mean(axis=0)
    _u, s, vt = np.linalg.svd(H - mean, full_matrices=False)
    m = H.shape[1]
    basis = np.zeros((m, 2))
    k = min(2, vt.shape[0])
    basis[:, :k] = vt[:k].T
    total = float(np.sum(s ** 2))
    kept = float(np.sum(s[:2] ** 2) / total) if total > 0 else 1.0
    return mean, _align(basis, previous), min(kept, 1.0)


def _align(basis: np.ndarray, previous: np.ndarray | None) -> np.ndarray:
    """Flip each column of ``basis`` (m, 2) to point the way ``previous``'s does (else: its largest
    entry positive), so the picture does not mirror itself between frames."""
    basis = basis.copy()
    for c in range(2):
        col = basis[:, c]
        if previous is not None and previous.shape == basis.shape:
            flip = float(col @ previous[:, c]) < 0
        else:
            flip = col[np.argmax(np.abs(col))] < 0
        if flip:
            basis[:, c] = -col
    return basis


def output_plane(H: np.ndarray, W: np.ndarray, previous: np.ndarray | None = None
                 ) -> tuple[np.ndarray, np.ndarray, float] | None:
    """The plane the output layer (weights W (m, k)) looks at the points H (n, m) through: (mean,
    basis (m, 2), share of the variance in it), or None when W is all zeros. The directions that
    matter: w for one output; the weights less their mean over the classes for k outputs (adding
    the same number to every output's sum changes no class). A rank below 2 is completed by the
    points' main direction across it; a rank above 2 is cut to its two most spread directions."""
    H = np.asarray(H, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    dirs = W if W.shape[1] == 1 else W - W.mean(axis=1, keepdims=True)
    u, s, _vt = np.linalg.svd(dirs, full_matrices=False)
    if not len(s) or s[0] <= 0:
        return None
    Q = u[:, s > 1e-10 * s[0]]
    mean = H.mean(axis=0)
    C = H - mean
    if Q.shape[1] >= 2:
        _m, v, _k = principal_plane(C @ Q)          # the two most spread directions inside Q's span
        basis = Q @ v
    else:
        d1 = Q[:, 0]
        rest = C - np.outer(C @ d1, d1)
        _m, v, _k = principal_plane(rest)
        d2 = v[:, 0] - (v[:, 0] @ d1) * d1
        norm = np.linalg.norm(d2)
        d2 = d2 / norm if norm > 1e-12 else np.zeros_like(d1)
        basis = np.column_stack([d1, d2])
    total = float(np.sum(C ** 2))
    kept = float(np.sum((C @ basis) ** 2) / total) if total > 0 else 1.0
    return mean, _align(basis, previous), min(kept, 1.0)


def _nice_bounds(lo: np.ndarray, hi: np.ndarray, pad: float = 0.08) -> tuple[float, float, float, float]:
    """A square-celled window around [lo, hi] (2,), padded and rounded out to a round step, so
    it stays put while the points move a little."""
    span = np.maximum(hi - lo, 1e-6)
    lo, hi = lo - pad * span, hi + pad * span
    out = []
    for a, b in zip(lo, hi):
        step = 10.0 ** np.floor(np.log10(max(b - a, 1e-6))) / 2
        out += [float(np.floor(a / step) * step), float(np.ceil(b / step) * step)]
    return out[0], out[1], out[2], out[3]


def _plane_lines(window, n_lines: int, samples: int) -> np.ndarray:
    """The input plane's grid: (2·n_lines, samples, 2) points, lines of constant x2 then of constant x1."""
    x0, x1, y0, y1 = window[:4]
    t = np.linspace(0.0, 1.0, samples)
    along_x = x0 + t * (x1 - x0)
    along_y = y0 + t * (y1 - y0)
    rows = [np.column_stack([along_x, np.full(samples, y)]) for y in np.linspace(y0, y1, n_lines)]
    cols = [np.column_stack([np.full(samples, x), along_y]) for x in np.linspace(x0, x1, n_lines)]
    return np.stack(rows + cols)


def feature_space(net: MLP, X: np.ndarray, y: np.ndarray, layer: int, *, projection="auto",
                  window=None, n_lines: int = 11, line_samples: int = 48, resolution: int = 64,
                  previous_basis: np.ndarray | None = None) -> FeatureSpace:
    """Layer ``layer``'s feature space for the points X (n, data columns) of classes y (n,).

    projection: ``"auto"`` (the layer itself for 1 or 2 neurons; else ``"output"`` for the last layer
    before the output layer and ``"pca"`` for the others), ``"output"``, ``"pca"``, or a pair of
    neuron indices ``(i, j)``. window: ``(x0, x1, y0, y1, ...)`` of the input plane whose grid
    lines are carried through (2-D data only; None: no lines). resolution: cells per side of the
    boundary picture. previous_basis: the last picture's PCA basis, to keep its orientation.
    """
    if not 0 <= layer < len(net.layers):
        raise ValueError(f"layer {layer} has no layer after it: pick 0 (the inputs) to {len(net.layers) - 1}")
    X = np.asarray(X)
    y = np.asarray(y, dtype=np.int64).reshape(-1)
    H = np.asarray(layer_activations(net, X, layer), dtype=np.float64)
    units = H.shape[1]
    act = net.layers[layer - 1].activation.name if layer > 0 else None

    axes = None
    if projection == "auto":
        last = layer == len(net.layers) - 1
        projection = (0, 1) if units == 2 else ((OUTPUT if last else PCA) if units > 2 else DIRECT)
    if projection == OUTPUT and units == 2:
        projection = (0, 1)   # two neurons are shown as they are
    plane = None
    if projection == OUTPUT and units > 2:
        if layer != len(net.layers) - 1:
            raise ValueError(f"layer {layer} is not the last before the output layer: use PCA or two neurons")
        plane = output_plane(H, net.layers[layer].W, previous_basis)
        if plane is None:      # the output layer looks at nothing yet (all weights 0): show the spread
            projection = PCA
    if units == 1:
        method, origin, basis, kept = DIRECT, np.zeros(1), np.array([[1.0, 0.0]]), 1.0
    elif plane is not None:
        method = OUTPUT
        origin, basis, kept = plane
    elif projection == PCA:
        method = PCA
        origin, basis, kept = principal_plane(H, previous_basis)
    else:
        i, j = (int(projection[0]), int(projection[1]))
        if not (0 <= i < units and 0 <= j < units) or i == j:
            raise ValueError(f"neurons {i} and {j}: pick two different neurons of the {units}")
        axes = (i, j)
        basis = np.zeros((units, 2))
        basis[i, 0] = basis[j, 1] = 1.0
        origin = H.mean(axis=0) if len(H) else np.zeros(units)
        origin[[i, j]] = 0.0
        var = H.var(axis=0) if len(H) else np.zeros(units)
        kept = float((var[i] + var[j]) / var.sum()) if var.sum() > 0 else 1.0
        method = DIRECT if units == 2 else PAIR
        if units == 2:
            kept = 1.0

    def project(A: np.ndarray) -> np.ndarray:
        return (np.asarray(A, dtype=np.float64) - origin) @ basis

    def lift(C: np.ndarray) -> np.ndarray:
        return origin + C @ basis.T

    points = project(H)
    real = forward_from(net, layer, H)
    predicted = classes_of(real) if len(real) else np.zeros(0, np.int64)
    if method == DIRECT or not len(points):
        agreement = 1.0
    else:
        seen = forward_from(net, layer, lift(points))
        # a point right on the boundary (a tie, e.g. every output 0.5 at the start) agrees either way
        agreement = float(np.mean((classes_of(seen) == predicted) | (_margin(real) < TIE)))

    lines = None
    if window is not None and net.n_inputs - len(net.input_features) == 2:
        grid = _plane_lines(window, n_lines, line_samples)
        flat = grid.reshape(-1, 2)
        lines = project(layer_activations(net, flat, layer)).reshape(grid.shape[0], grid.shape[1], 2)

    fixed = BOUNDED.get(act) if method in (DIRECT, PAIR) else None
    if fixed is not None:
        lo, hi = fixed
        pad = 0.06 * (hi - lo)
        bounds = (lo - pad, hi + pad, lo - pad, hi + pad)
        if units == 1:
            bounds = (bounds[0], bounds[1], -0.25 * (hi - lo), 0.25 * (hi - lo))
    else:
        pts = points if lines is None else np.concatenate([points, lines.reshape(-1, 2)])
        pts = pts[np.isfinite(pts).all(axis=1)]
        if not len(pts):
            pts = np.zeros((1, 2))
        bounds = _nice_bounds(pts.min(axis=0), pts.max(axis=0))
        if units == 1:
            half = 0.25 * (bounds[1] - bounds[0])
            bounds = (bounds[0], bounds[1], -half, half)

    x0, x1, y0, y1 = bounds
    xs = np.linspace(x0, x1, resolution)
    ys = np.linspace(y0, y1, resolution)
    gx, gy = np.meshgrid(xs, ys)
    plane = np.column_stack([gx.ravel(), gy.ravel()])
    outputs = forward_from(net, layer, lift(plane)).astype(np.float32).reshape(resolution, resolution, -1)

    f32 = np.float32
    return FeatureSpace(
        layer=layer, units=units, method=method, axes=axes, origin=origin, basis=basis,
        activations=H.astype(f32), points=points.astype(f32), labels=y, predicted=predicted,
        kept=kept, agreement=agreement, xs=xs.astype(f32), ys=ys.astype(f32),
        outputs=np.ascontiguousarray(outputs), lines=None if lines is None else lines.astype(f32),
        bounds=bounds, layers_after=len(net.layers) - layer)
