"""Neurons that barely learn, and why (issue 9, "Gradients while training").

A neuron's weights move by (its input)·δ, and δ carries the factor f′(z). So:
- a sigmoid or tanh neuron whose z sits far out on the flat tails has f′(z) ≈ 0 on almost every
  example: it is *saturated* and its weights hardly move (tutorial 3: "the slope of the sigmoid");
- a ReLU neuron whose z is below 0 on every example outputs 0 and has f′ = 0 everywhere: it is
  *dead*, and no gradient will ever bring it back.

    health = neuron_health(net, X_train)
    for layer in health:
        for j in np.flatnonzero(layer.saturated | layer.dead):
            print(layer.layer, j, layer.reason(j), layer.saturated_fraction[j])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import expand

#: f′(z) below this counts as saturated (σ′ is at most 0.25, tanh′ at most 1).
SATURATION_SLOPE = 0.01
#: A neuron is saturated when that holds on at least this fraction of the examples.
SATURATION_FRACTION = 0.9

_SQUASHING = ("sigmoid", "tanh")
_RELU = ("relu",)


@dataclass(frozen=True, eq=False)
class LayerHealth:
    """The verdicts for one layer (l = 0 is the first layer after the input) and the numbers behind
    them, all (fan_out,) arrays over the n examples looked at.

    activation: the layer's activation; checked: verdicts apply to it ("sigmoid"/"tanh":
        saturation, "relu": dead; other activations are never marked).
    saturated: f′(z) < ``slope`` on at least ``fraction`` of the examples (sigmoid/tanh only).
    dead: output 0 on every example (ReLU only).
    saturated_fraction: the share of examples with f′(z) < ``slope``.
    mean_slope: the mean f′(z) over the examples (how much gradient gets through on average).
    active_fraction: the share of examples with an output ≠ 0.
    z_min, z_max: the range of the pre-activation z over the examples.
    """

    layer: int
    activation: str
    n_examples: int
    slope: float
    fraction: float
    saturated: np.ndarray
    dead: np.ndarray
    saturated_fraction: np.ndarray
    mean_slope: np.ndarray
    active_fraction: np.ndarray
    z_min: np.ndarray
    z_max: np.ndarray

    @property
    def checked(self) -> bool:
        return self.activation in _SQUASHING + _RELU

    def reason(self, j: int) -> str | None:
        """"saturated", "dead" or None for neuron ``j``."""
        if self.dead[j]:
            return "dead"
        if self.saturated[j]:
            return "saturated"
        return None


def neuron_health(net, X, *, slope: float = SATURATION_SLOPE, fraction: float = SATURATION_FRACTION,
                  chunk: int = 4096) -> list[LayerHealth]:
    """Saturated and dead neurons of ``net`` (an MLP) on the inputs X (n, n_inputs), per layer; X
    may also be the data's own columns when the network adds input features (x1², x1·x2, …).

    Reads only each layer's W, b and activation (no training caches); X is processed ``chunk``
    rows at a time, so all of MNIST takes little memory. Softmax and linear layers get no verdicts
    (softmax's derivative is a matrix; linear's is 1)."""
    X = np.asarray(X)
    extra = tuple(getattr(net, "input_features", ()))
    if extra and X.ndim == 2 and X.shape[1] == net.n_inputs - len(extra):
        X = expand(np.asarray(X, dtype=np.float64), extra)   # the data's columns: add x1², x1·x2, …
    if X.ndim != 2 or X.shape[1] != net.n_inputs or X.shape[0] == 0:
        raise ValueError(f"X must be (n ≥ 1, {net.n_inputs}), got shape {X.shape}")
    n = X.shape[0]
    sizes = [layer.fan_out for layer in net.layers]
    low = [np.zeros(s) for s in sizes]
    slopes = [np.zeros(s) for s in sizes]
    active = [np.zeros(s) for s in sizes]
    zmin = [np.full(s, np.inf) for s in sizes]
    zmax = [np.full(s, -np.inf) for s in sizes]
    for lo in range(0, n, chunk):
        a = np.asarray(X[lo:lo + chunk], dtype=np.float64)
        for l, layer in enumerate(net.layers):
            z = a @ layer.W.astype(np.float64, copy=False)
            if layer.b is not None:
                z = z + layer.b
            act = layer.activation
            a = act.forward(z)
            zmin[l] = np.minimum(zmin[l], z.min(axis=0))
            zmax[l] = np.maximum(zmax[l], z.max(axis=0))
            active[l] += np.count_nonzero(a != 0, axis=0)
            if act.name != "softmax":
                d = act.backward(z, a, np.ones_like(z))      # f′(z) per example
                low[l] += np.count_nonzero(d < slope, axis=0)
                slopes[l] += d.sum(axis=0)
    out = []
    for l, layer in enumerate(net.layers):
        name = layer.activation.name
        sat_frac = low[l] / n
        act_frac = active[l] / n
        out.append(LayerHealth(
            layer=l, activation=name, n_examples=n, slope=float(slope), fraction=float(fraction),
            saturated=(sat_frac >= fraction) if name in _SQUASHING else np.zeros(sizes[l], dtype=bool),
            dead=(act_frac == 0) if name in _RELU else np.zeros(sizes[l], dtype=bool),
            saturated_fraction=sat_frac, mean_slope=slopes[l] / n, active_fraction=act_frac,
            z_min=zmin[l], z_max=zmax[l]))
    return out
