"""One example, every number kept: the forward and the backward pass of a single input through an
MLP, for a view that shows each number with its formula (issue 9).

    tr = net.trace([1.0, 0.0], 1)    # XOR row (1, 0) with target class 1
    tr.z[0], tr.a[0]                 # first layer after the input: z = x·W + b and a = f(z), (fan_out,)
    tr.loss, tr.loss_grad            # L and dL/d(output) (n_outputs,)
    tr.delta[-1]                     # dL/dz of the output layer; softmax + cross-entropy: p − t
    tr.grad_W[0], tr.grad_b[0]       # dL/dW (fan_in, fan_out) and dL/db (fan_out,) of the first layer
    tr.grad_input                    # dL/dx (n_inputs,): which inputs would change the loss, and which way

Layer l = 0 is the first layer after the input. The rules, as the tutorials teach them:
    forward     z[l] = a[l-1]·W[l] + b[l]          a[l] = f(z[l])            (a[-1] means x)
    output      δ[L] = dL/da[L] · f′(z[L])          (fused losses: δ = a − t, tutorial 4)
    hidden      δ[l] = f′(z[l]) · Σₖ W[l+1][j, k]·δ[l+1][k]   (gradients that fan out add up, tutorial 2)
    weights     dL/dW[l][i, j] = a[l-1][i] · δ[l][j]        dL/db[l][j] = δ[l][j]
    input       dL/dx = δ[0]·W[0]ᵀ

Everything is computed in float64 on copies of the weights: the network's weights, gradients and
training caches are not touched, so a trace can be taken while the network sits paused. The loss
is that of the single example (a batch of n = 1), so the numbers equal ``MLP.backward`` on that
one-row batch.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from ..user_errors import UserError
from .features import network_inputs
from .losses import get_loss
from .output_rules import check_output_and_loss, default_loss_for


class TraceInputError(UserError, ValueError):
    """The example or its target does not fit the network. Codes: ``"trace_input_size"``
    (``expected``, ``got``), ``"trace_target"`` (``n_outputs``, ``target``)."""


@dataclass(frozen=True)
class WeightCheck:
    """One parameter's gradient, checked by finite differences (computed in float64 on a copy).

    ``numerical`` = (L(w + h) − L(w − h)) / 2h, ``backprop`` = the trace's dL/dw.
    ``param`` is ``"W"`` (entry ``[i, j]`` of layer ``layer``'s weights) or ``"b"`` (bias ``j``,
    ``i`` is None). ``rel_error`` = |numerical − backprop| / max(|numerical|, |backprop|)
    (0 when both are 0).
    """

    layer: int
    param: str
    i: int | None
    j: int
    w: float
    h: float
    loss_plus: float
    loss_minus: float
    numerical: float
    backprop: float

    @property
    def abs_error(self) -> float:
        return abs(self.numerical - self.backprop)

    @property
    def rel_error(self) -> float:
        scale = max(abs(self.numerical), abs(self.backprop))
        return self.abs_error / scale if scale > 0 else 0.0


@dataclass(frozen=True, eq=False)
class Trace:
    """The forward and backward pass of one example. All arrays are float64 copies.

    Attributes (``L`` = number of layers after the input, l = 0 .. L-1):
        x: the input (n_inputs,).
        target: the target vector t (n_outputs,); ``label`` the class label if one was given.
        loss_name: "mse", "bce" or "cross_entropy".
        activations: each layer's activation name.
        weights[l]: W (fan_in, fan_out) and biases[l]: b (fan_out,) or None, as used.
        z[l], a[l]: pre-activation and output (fan_out,).
        local_grad[l]: f′(z[l]) (fan_out,), the activation's own derivative; None for softmax,
            whose derivative is a matrix (``output_jacobian``).
        loss: L for this example; loss_grad: dL/d(output) (n_outputs,).
        grad_a[l]: dL/da[l] (fan_out,); for the output layer it is ``loss_grad``, for a hidden
            layer the fan-out sum W[l+1]·δ[l+1] (see ``fanout_terms``).
        delta[l]: dL/dz[l] (fan_out,).
        fused: the output δ was taken as a − t (softmax + cross-entropy, sigmoid + BCE), where
            the activation's derivative cancels against the loss's.
        grad_W[l]: dL/dW (fan_in, fan_out); grad_b[l]: dL/db (fan_out,) or None.
        grad_input: dL/dx (n_inputs,).
    """

    x: np.ndarray
    target: np.ndarray
    label: int | None
    loss_name: str
    activations: tuple[str, ...]
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray | None, ...]
    z: tuple[np.ndarray, ...]
    a: tuple[np.ndarray, ...]
    local_grad: tuple[np.ndarray | None, ...]
    loss: float
    loss_grad: np.ndarray
    grad_a: tuple[np.ndarray, ...]
    delta: tuple[np.ndarray, ...]
    fused: bool
    grad_W: tuple[np.ndarray, ...]
    grad_b: tuple[np.ndarray | None, ...]
    grad_input: np.ndarray
    functions: tuple = ()  # the Activation objects (copies) used, for ``loss_with``

    # ---- shape of the network -----------------------------------------------------------
    @property
    def n_layers(self) -> int:
        return len(self.weights)

    @property
    def layer_sizes(self) -> list[int]:
        return [self.x.size] + [w.shape[1] for w in self.weights]

    @property
    def output(self) -> np.ndarray:
        """The network's output a[L-1] (n_outputs,)."""
        return self.a[-1]

    def layer_input(self, layer: int) -> np.ndarray:
        """What layer ``layer`` receives: x for layer 0, else a[layer-1] (fan_in,)."""
        return self.x if layer == 0 else self.a[layer - 1]

    # ---- the pieces behind the numbers ------------------------------------------------------
    def fanout_terms(self, layer: int) -> np.ndarray:
        """The terms W[l+1][j, k]·δ[l+1][k] (fan_out of l, fan_out of l+1) whose row sums are
        dL/da[l][j]: neuron j feeds every neuron k of the next layer, and those gradients add up.
        (δ[l][j] = f′(z[l][j]) · Σₖ terms[j, k].)"""
        if layer >= self.n_layers - 1:
            raise IndexError(f"layer {layer} is the output layer: its gradient comes from the loss")
        return self.weights[layer + 1] * self.delta[layer + 1][None, :]

    def input_terms(self) -> np.ndarray:
        """The terms W[0][i, j]·δ[0][j] (n_inputs, fan_out) whose row sums are dL/dx[i]."""
        return self.weights[0] * self.delta[0][None, :]

    def output_jacobian(self) -> np.ndarray:
        """∂a/∂z of the output layer (n_outputs, n_outputs). Softmax: p_i (δ_ik − p_k), the
        matrix tutorial 4 multiplies dL/dp by; an elementwise activation: diag(f′(z))."""
        if self.activations[-1] == "softmax":
            p = self.output
            return np.diag(p) - np.outer(p, p)
        return np.diag(self.local_grad[-1])

    def loss_terms(self) -> np.ndarray:
        """Each output's share of the loss (n_outputs,), summing to ``loss``:
        mse (a − t)², bce −[t log a + (1 − t) log(1 − a)], cross-entropy −t log p."""
        y, t = self.output, self.target
        if self.loss_name == "mse":
            return (y - t) ** 2
        eps = 1e-12
        if self.loss_name == "bce":
            yc = np.clip(y, eps, 1 - eps)
            return -(t * np.log(yc) + (1 - t) * np.log(1 - yc))
        return -(t * np.log(np.maximum(y, eps)))

    def top_neurons(self, layer: int, k: int = 8) -> np.ndarray:
        """Indices of the ``k`` neurons of ``layer`` with the largest |δ| (most gradient), in
        neuron order: what a view of a wide layer shows."""
        d = np.abs(self.delta[layer])
        k = min(int(k), d.size)
        return np.sort(np.argsort(-d, kind="stable")[:k])

    def top_links(self, layer: int, k: int = 16) -> list[tuple[int, int]]:
        """The ``k`` links (i, j) of ``layer`` with the largest |dL/dw|, largest first."""
        g = np.abs(self.grad_W[layer]).ravel()
        k = min(int(k), g.size)
        order = np.argsort(-g, kind="stable")[:k]
        cols = self.grad_W[layer].shape[1]
        return [(int(f // cols), int(f % cols)) for f in order]

    # ---- numerical check ------------------------------------------------------------------------
    def loss_with(self, weights=None, biases=None) -> float:
        """This example's loss (float64) for other weights/biases of the same shapes (default:
        the trace's own)."""
        weights = self.weights if weights is None else weights
        biases = self.biases if biases is None else biases
        a = self.x[None, :]
        for W, b, act in zip(weights, biases, self.functions):
            z = a @ W
            if b is not None:
                z = z + b
            a = act.forward(z)
        return get_loss(self.loss_name).value(a, self.target[None, :])

    def check_weight(self, layer: int, i: int, j: int, h: float = 1e-5) -> WeightCheck:
        """Finite-difference check of dL/dW[layer][i, j] with step ``h`` (float64, on a copy)."""
        W = self.weights[layer]
        if not (0 <= i < W.shape[0] and 0 <= j < W.shape[1]):
            raise IndexError(f"layer {layer} has weights of shape {W.shape}, no entry ({i}, {j})")
        return self._check(layer, "W", (i, j), h, float(self.grad_W[layer][i, j]))

    def check_bias(self, layer: int, j: int, h: float = 1e-5) -> WeightCheck:
        """Finite-difference check of dL/db[layer][j] with step ``h`` (float64, on a copy)."""
        b = self.biases[layer]
        if b is None:
            raise ValueError("this network has no biases")
        if not 0 <= j < b.size:
            raise IndexError(f"layer {layer} has {b.size} biases, no bias {j}")
        return self._check(layer, "b", (j,), h, float(self.grad_b[layer][j]))

    def _check(self, layer, param, index, h, backprop) -> WeightCheck:
        h = float(h)
        if not h > 0:
            raise ValueError(f"h must be positive, got {h}")
        losses = []
        for sign in (+1.0, -1.0):
            weights, biases = list(self.weights), list(self.biases)
            arrays = weights if param == "W" else biases
            changed = arrays[layer].copy()
            changed[index] += sign * h
            arrays[layer] = changed
            losses.append(self.loss_with(weights, biases))
        plus, minus = losses
        w = float((self.weights if param == "W" else self.biases)[layer][index])
        i, j = (index if param == "W" else (None, index[0]))
        return WeightCheck(layer, param, i, j, w, h, plus, minus, (plus - minus) / (2 * h), backprop)

    # ---- the update step -------------------------------------------------------------------------
    def update(self, optimizer):
        """What ``optimizer`` would do with this example's gradient, without changing the
        optimizer's state: an ``UpdatePreview`` (see ``guiapp.engine.update_preview``)."""
        from .update_preview import preview_update
        return preview_update(optimizer, self.weights, self.biases, self.grad_W, self.grad_b)


def _target_vector(target, n_outputs: int) -> tuple[np.ndarray, int | None]:
    """A class label (int) or a target vector -> (t (n_outputs,), label or None)."""
    t = np.asarray(target)
    if t.ndim == 0:
        value = float(t)
        if value != int(value):
            raise TraceInputError(f"a class label must be a whole number, got {target!r}",
                                  code="trace_target", n_outputs=n_outputs, target=str(target))
        label = int(value)
        top = 1 if n_outputs == 1 else n_outputs - 1
        if not 0 <= label <= top:
            raise TraceInputError(f"label {label} is out of range for {n_outputs} output neuron(s): "
                                  f"labels must be 0..{top}", code="trace_target", n_outputs=n_outputs,
                                  target=str(target))
        if n_outputs == 1:
            return np.array([float(label)]), label
        vec = np.zeros(n_outputs)
        vec[label] = 1.0
        return vec, label
    vec = np.asarray(t, dtype=np.float64).reshape(-1)
    if vec.size != n_outputs:
        raise TraceInputError(f"the target has {vec.size} value(s) but the network has {n_outputs} output(s)",
                              code="trace_target", n_outputs=n_outputs, target=str(target))
    return vec.copy(), None


def trace_example(net, x, target, loss=None) -> Trace:
    """The ``Trace`` of one example through ``net`` (an MLP; only each layer's ``W``, ``b`` and
    ``activation`` are read). ``x`` (n_inputs,), or the data's two columns of a network with input
    features (``net.input_features``: the trace starts from the expanded input); ``target`` a class label or a vector
    (n_outputs,); ``loss`` a loss name or None for the default that fits the output layer."""
    layers = net.layers
    n_in, n_out = layers[0].W.shape[0], layers[-1].W.shape[1]
    x64 = network_inputs(net, np.array(x, dtype=np.float64).reshape(-1))  # x1, x2 -> with x1², ... if any
    if x64.size != n_in:
        raise TraceInputError(f"the example has {x64.size} value(s) but the network has {n_in} input(s)",
                              code="trace_input_size", expected=n_in, got=int(x64.size))
    t, label = _target_vector(target, n_out)
    acts = [layer.activation for layer in layers]
    out_name = acts[-1].name
    loss_name = get_loss(loss if loss is not None else default_loss_for(out_name, n_out)).name
    check_output_and_loss(loss_name, out_name, n_out)
    loss_fn = get_loss(loss_name)

    weights = tuple(np.array(layer.W, dtype=np.float64) for layer in layers)
    biases = tuple(None if layer.b is None else np.array(layer.b, dtype=np.float64) for layer in layers)

    # Forward, one row at a time (activations work on (n, units) arrays: here n = 1).
    zs, outs, local = [], [], []
    a = x64[None, :]
    for W, b, act in zip(weights, biases, acts):
        z = a @ W
        if b is not None:
            z = z + b
        a = act.forward(z)
        zs.append(z)
        outs.append(a)
        # f′(z): the activation's backward with dL/da = 1 (not defined for softmax: a matrix).
        local.append(None if act.name == "softmax" else act.backward(z, a, np.ones_like(z))[0])

    T = t[None, :]
    y = outs[-1]
    value = loss_fn.value(y, T)
    loss_grad = loss_fn.grad(y, T)
    fused = loss_fn.fused_activation == out_name
    delta = loss_fn.grad_logits(y, T) if fused else acts[-1].backward(zs[-1], y, loss_grad)

    # Backward, from the output layer down.
    L = len(layers)
    deltas, grads_a, gW, gb = [None] * L, [None] * L, [None] * L, [None] * L
    grads_a[-1] = loss_grad[0]
    for l in range(L - 1, -1, -1):
        deltas[l] = delta[0]
        inp = x64 if l == 0 else outs[l - 1][0]
        gW[l] = np.outer(inp, delta[0])                # dL/dW[i, j] = input_i · δ_j
        gb[l] = None if biases[l] is None else delta[0].copy()
        grad_prev = delta @ weights[l].T               # Σ_j W[i, j]·δ_j: the fan-out sum
        if l > 0:
            grads_a[l - 1] = grad_prev[0]
            delta = acts[l - 1].backward(zs[l - 1], outs[l - 1], grad_prev)
    grad_input = grad_prev[0]

    return Trace(
        x=x64, target=t, label=label, loss_name=loss_name,
        activations=tuple(act.name for act in acts), weights=weights, biases=biases,
        z=tuple(z[0] for z in zs), a=tuple(o[0] for o in outs), local_grad=tuple(local),
        loss=float(value), loss_grad=loss_grad[0], grad_a=tuple(grads_a), delta=tuple(deltas),
        fused=fused, grad_W=tuple(gW), grad_b=tuple(gb), grad_input=grad_input,
        functions=tuple(copy.copy(act) for act in acts),
    )


def check_weight(net, x, target, layer: int, i: int, j: int, *, h: float = 1e-5, loss=None) -> WeightCheck:
    """L(w + h), L(w − h), their quotient and the backprop value for W[layer][i, j] on one example."""
    return trace_example(net, x, target, loss).check_weight(layer, i, j, h)


def check_bias(net, x, target, layer: int, j: int, *, h: float = 1e-5, loss=None) -> WeightCheck:
    """As ``check_weight``, for the bias b[layer][j]."""
    return trace_example(net, x, target, loss).check_bias(layer, j, h)
