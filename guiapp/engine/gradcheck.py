"""Numerical gradient checking: compare backprop's analytic gradients with finite differences.

For each parameter θ:   dL/dθ ≈ (L(θ + ε) - L(θ - ε)) / (2ε)   (central difference, error O(ε²)).
Done in float64 on a copy of the network. Each parameter array is compared as a whole,
‖analytic - numerical‖ / (‖analytic‖ + ‖numerical‖): correct backprop gives ~1e-8..1e-6, a wrong
derivative 1e-3 or (much) more. (Element by element, the tiny entries of a wide or deep net drown
in the finite difference's rounding noise and a correct gradient can look wrong.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .losses import Loss, get_loss
from .output_rules import default_loss_for
from .network import MLP
from .training import prepare_targets


@dataclass(frozen=True)
class GradCheckResult:
    """``max_rel_error``: the worst relative error of the parameter arrays; ``per_param`` gives
    each array's (``[W1, b1, ...]``); ``input_rel_error`` is that of dL/dX."""

    max_rel_error: float
    per_param: tuple[float, ...]
    input_rel_error: float

    def passed(self, tol: float = 1e-6) -> bool:
        return self.max_rel_error < tol and self.input_rel_error < tol


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """‖a - b‖ / (‖a‖ + ‖b‖) (Euclidean norms over the whole array; 0 when both are zero)."""
    if not a.size:
        return 0.0
    denom = float(np.linalg.norm(a)) + float(np.linalg.norm(b))
    return float(np.linalg.norm(a - b)) / denom if denom > 1e-12 else float(np.linalg.norm(a - b))


def numerical_gradient(f, x: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Central-difference gradient of the scalar function ``f()`` w.r.t. array ``x`` (changed and
    restored in place)."""
    grad = np.zeros_like(x, dtype=np.float64)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        plus = f()
        flat[i] = old - eps
        minus = f()
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * eps)
    return grad


def gradient_check(net: MLP, X, Y, loss: str | Loss | None = None, eps: float = 1e-5) -> GradCheckResult:
    """Check ``net.backward`` against finite differences on (X, Y) in float64.

    Uses the loss's plain gradient dL/dy through ``backward`` (the general chain rule, softmax
    Jacobian included), and also checks dL/dX. The network passed in is not changed.
    """
    net64 = net.clone(dtype=np.float64)
    X = np.array(X, dtype=np.float64)
    T = prepare_targets(Y, net64.n_outputs, np.float64)
    loss_fn = get_loss(loss if loss is not None else default_loss_for(net64.output_activation, net64.n_outputs))

    def value() -> float:
        return loss_fn.value(net64.forward(X), T)

    y = net64.forward(X)
    dX = net64.backward(loss_fn.grad(y, T))
    analytic = [g.copy() for g in net64.grads]
    errors = tuple(relative_error(a, numerical_gradient(value, p, eps)) for a, p in zip(analytic, net64.params))
    input_error = relative_error(dX, numerical_gradient(value, X, eps))
    return GradCheckResult(max(errors) if errors else 0.0, errors, input_error)


# ---- "Check all gradients": every parameter, with progress and cancel (issue 9) ----------------

@dataclass(frozen=True)
class EntryCheck:
    """One parameter entry: ``param`` "W" (``index`` (i, j)) or "b" (``index`` (j,)), the
    backprop (``analytic``) and finite-difference (``numerical``) gradients, and whether it sits
    on a ReLU kink (``on_kink``, see ``relu_kinks``)."""

    param: str
    index: tuple[int, ...]
    analytic: float
    numerical: float
    on_kink: bool

    @property
    def abs_error(self) -> float:
        return abs(self.analytic - self.numerical)

    @property
    def rel_error(self) -> float:
        """|analytic − numerical| / max(|analytic|, |numerical|) (0 when both are 0)."""
        scale = max(abs(self.analytic), abs(self.numerical))
        return self.abs_error / scale if scale > 0 else 0.0


@dataclass(frozen=True)
class LayerGradCheck:
    """The check of one layer (l = 0 is the first layer after the input).

    rel_error: ‖analytic − numerical‖ / (‖analytic‖ + ‖numerical‖) over W and b together (the
        pass mark: ~1e-10 in float64 for smooth activations; single tiny entries would drown in the
        finite difference's rounding, so the layer is compared as a whole).
    weight_rel_error, bias_rel_error: the same for W and for b (None without biases).
    worst: the entry with the largest |analytic − numerical|.
    kink_entries: how many entries sit on a ReLU kink of their own neuron; downstream_kink: a
        later ReLU-like layer has a pre-activation within h of 0 (it can bend every entry here).
    """

    layer: int
    rel_error: float
    weight_rel_error: float
    bias_rel_error: float | None
    worst: EntryCheck
    kink_entries: int
    downstream_kink: bool


@dataclass(frozen=True)
class GradCheckReport:
    """``layers``: one LayerGradCheck per fully checked layer; ``checked``/``total``: entries
    done; ``cancelled``: the cancel event stopped it (the layers listed are complete)."""

    layers: tuple[LayerGradCheck, ...]
    checked: int
    total: int
    cancelled: bool
    eps: float

    @property
    def max_rel_error(self) -> float:
        return max((layer.rel_error for layer in self.layers), default=0.0)

    def passed(self, tol: float = 1e-7) -> bool:
        return not self.cancelled and self.max_rel_error < tol


@dataclass(frozen=True)
class KinkMask:
    """Where finite differences may disagree with backprop in one layer, because a perturbation
    of ±h moves a ReLU (or leaky ReLU) pre-activation across 0, where its slope jumps.

    W (fan_in, fan_out): entry (i, j) moves z_j of example n by h·|input_i|, so it is marked when
        |z_j| ≤ h·|input_i| for some example; b (fan_out,) or None: marked when |z_j| ≤ h;
    neurons (fan_out,): some example has |z_j| ≤ h; downstream: a later ReLU-like layer has such a
    neuron (every parameter before it can then move it across the kink).
    All False for layers whose activation has no kink."""

    W: np.ndarray
    b: np.ndarray | None
    neurons: np.ndarray
    downstream: bool


_KINKED = ("relu", "leaky_relu")


def _forward_cache(net: MLP, X: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Each layer's input (n, fan_in) and pre-activation z (n, fan_out), without touching caches."""
    inputs, zs, a = [], [], X
    for layer in net.layers:
        z = a @ layer.W
        if layer.b is not None:
            z = z + layer.b
        inputs.append(a)
        zs.append(z)
        a = layer.activation.forward(z)
    return inputs, zs


def relu_kinks(net: MLP, X, h: float = 1e-5) -> list[KinkMask]:
    """For each layer, the parameters whose finite difference with step ``h`` may cross a ReLU
    kink on the examples X (n, n_inputs): see ``KinkMask``. Computed in float64."""
    X = np.array(X, dtype=np.float64).reshape(-1, net.n_inputs)
    net64 = net.clone(dtype=np.float64)
    inputs, zs = _forward_cache(net64, X)
    near = [layer.activation.name in _KINKED and bool((np.abs(z) <= h).any())
            for layer, z in zip(net64.layers, zs)]
    masks = []
    for l, (layer, inp, z) in enumerate(zip(net64.layers, inputs, zs)):
        kinked = layer.activation.name in _KINKED
        absz = np.abs(z)
        if kinked:
            # (n, fan_in, 1) vs (n, 1, fan_out), reduced over examples one at a time (memory).
            W_mask = np.zeros(layer.W.shape, dtype=bool)
            for row_in, row_z in zip(np.abs(inp), absz):
                W_mask |= row_z[None, :] <= h * row_in[:, None]
            neurons = (absz <= h).any(axis=0)
        else:
            W_mask = np.zeros(layer.W.shape, dtype=bool)
            neurons = np.zeros(layer.fan_out, dtype=bool)
        b_mask = None if layer.b is None else neurons.copy()
        masks.append(KinkMask(W_mask, b_mask, neurons, any(near[l + 1:])))
    return masks


def check_all_gradients(net: MLP, X, Y, loss: str | Loss | None = None, *, eps: float = 1e-5,
                        progress=None, cancel=None) -> GradCheckReport:
    """Compare backprop with central differences for *every* parameter, in float64 on a copy.

    X (n, n_inputs), Y targets or labels (n,); the analytic gradient is taken the way the Trainer
    takes it (the fused output shortcut where the loss has one). ``progress(done, total)`` is
    called about 200 times and at the end; ``cancel`` (a ``threading.Event``) is checked before
    every entry: when set, the report lists the layers finished so far with ``cancelled=True``.

    Perturbing W[i, j] of layer l only changes column j of that layer's z (by ±eps·input_i), so
    each loss value re-runs the network from layer l on, not from the input: the cost is about
    2 × (parameters) × (the layers after l), which keeps a 784-256-10 network to seconds.
    """
    net64 = net.clone(dtype=np.float64)
    X = np.array(X, dtype=np.float64).reshape(-1, net64.n_inputs)
    T = prepare_targets(Y, net64.n_outputs, np.float64)
    loss_fn = get_loss(loss if loss is not None else default_loss_for(net64.output_activation, net64.n_outputs))
    y = net64.forward(X)
    if loss_fn.fused_activation == net64.output_activation:
        net64.backward_from_logits(loss_fn.grad_logits(y, T), need_input_grad=False)
    else:
        net64.backward(loss_fn.grad(y, T), need_input_grad=False)
    inputs, zs = _forward_cache(net64, X)
    kinks = relu_kinks(net64, X, eps)
    layers = net64.layers
    total = sum(layer.W.size + (0 if layer.b is None else layer.b.size) for layer in layers)
    every = max(1, total // 200)
    done = 0

    def loss_from(l: int, z: np.ndarray) -> float:
        a = layers[l].activation.forward(z)
        for layer in layers[l + 1:]:
            z = a @ layer.W
            if layer.b is not None:
                z = z + layer.b
            a = layer.activation.forward(z)
        return loss_fn.value(a, T)

    def numerical(l: int, j: int, shift: np.ndarray) -> float:
        z = zs[l].copy()
        column = zs[l][:, j]
        z[:, j] = column + shift
        plus = loss_from(l, z)
        z[:, j] = column - shift
        return (plus - loss_from(l, z)) / (2 * eps)

    results = []
    for l, layer in enumerate(layers):
        num_W = np.zeros(layer.W.shape)
        for i in range(layer.fan_in):
            shift = eps * inputs[l][:, i]
            for j in range(layer.fan_out):
                if cancel is not None and cancel.is_set():
                    return GradCheckReport(tuple(results), done, total, True, eps)
                num_W[i, j] = numerical(l, j, shift)
                done += 1
                if progress is not None and done % every == 0:
                    progress(done, total)
        num_b = None
        if layer.b is not None:
            num_b = np.zeros(layer.b.shape)
            ones = np.full(X.shape[0], eps)
            for j in range(layer.fan_out):
                if cancel is not None and cancel.is_set():
                    return GradCheckReport(tuple(results), done, total, True, eps)
                num_b[j] = numerical(l, j, ones)
                done += 1
                if progress is not None and done % every == 0:
                    progress(done, total)
        results.append(_layer_result(l, layer.dW, num_W, layer.db, num_b, kinks[l]))
    if progress is not None:
        progress(done, total)
    return GradCheckReport(tuple(results), done, total, False, eps)


def _layer_result(l, dW, num_W, db, num_b, kink: KinkMask) -> LayerGradCheck:
    a_all = dW.ravel() if db is None else np.concatenate([dW.ravel(), db])
    n_all = num_W.ravel() if num_b is None else np.concatenate([num_W.ravel(), num_b])
    diff = np.abs(a_all - n_all)
    k = int(np.argmax(diff))
    if k < dW.size:
        i, j = divmod(k, dW.shape[1])
        worst = EntryCheck("W", (int(i), int(j)), float(dW[i, j]), float(num_W[i, j]), bool(kink.W[i, j]))
    else:
        j = k - dW.size
        worst = EntryCheck("b", (int(j),), float(db[j]), float(num_b[j]), bool(kink.b[j]))
    n_kinks = int(kink.W.sum()) + (0 if kink.b is None else int(kink.b.sum()))
    return LayerGradCheck(l, relative_error(a_all, n_all), relative_error(dW, num_W),
                          None if db is None else relative_error(db, num_b), worst, n_kinks, kink.downstream)
