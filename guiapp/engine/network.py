"""The multilayer perceptron: a stack of Dense layers.

    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0)
    y = net.forward(X)            # X (n, 2) -> y (n, 1), remembering what backward needs
    dX = net.backward(dL_dy)      # fills net.grads, returns dL/dX (n, 2)
    p = net.predict_proba(X)      # the same forward pass, leaving the training caches alone

There is one forward pass (``Dense.forward`` layer after layer, in ``MLP._forward``); training
asks it to keep its intermediate values, predicting and drawing views do not.

``net.params`` and ``net.grads`` are the live arrays, ordered ``[W1, b1, W2, b2, ...]``.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .activations import get_activation
from .initializers import auto_initializer, get_initializer
from .layers import Dense
from .targets import DEFAULT_DTYPE, outputs_to_labels

__all__ = ["MLP", "outputs_to_labels"]


class MLP:
    """A multilayer perceptron.

    Args:
        layer_sizes: neurons per layer, input first: ``[784, 16, 10]``. Every size must be ≥ 1.
            Two sizes (``[2, 1]``) make a single layer: one neuron is a valid network.
        activations: one name per layer after the input (``len(layer_sizes) - 1`` of them).
            ``"softmax"`` only on the output layer. A single name (a string) is accepted for a
            network of one layer only: for more, one name for every layer would make the output
            layer tanh or ReLU too, which is rarely what is meant, so it is refused with a message
            asking for one activation per layer (``["tanh", "sigmoid"]``).
        seed: seed for a fresh ``numpy.random.default_rng``; ignored when ``rng`` is given.
        rng: a ``numpy.random.Generator`` to draw the initial weights from.
        init: ``"auto"`` (He for ReLU layers, Xavier otherwise), ``"uniform"`` (U(-1,1), the
            tutorials' init), ``"xavier"`` or ``"he"``.
        bias: give each layer a bias vector (zeros at start).
        dtype: ``np.float64`` (default, exact) or ``np.float32`` (faster on big data).

    ``weight_mask`` (a flat 0/1 array beside ``flat_params``) marks the weights: the entries the
    L1/L2 penalties apply to (not the biases).
    """

    def __init__(
        self,
        layer_sizes: Sequence[int],
        activations: Sequence[str],
        *,
        seed: int | None = None,
        rng: np.random.Generator | None = None,
        init: str = "auto",
        bias: bool = True,
        dtype=DEFAULT_DTYPE,
    ):
        sizes = list(layer_sizes)
        if len(sizes) < 2:
            raise ValueError("a network needs at least an input size and an output size, e.g. [2, 1]")
        for i, size in enumerate(sizes):
            if isinstance(size, bool) or not isinstance(size, (int, np.integer)):
                raise ValueError(f"layer {i} size must be a whole number, got {size!r}")
            if size <= 0:
                what = "the input layer" if i == 0 else ("the output layer" if i == len(sizes) - 1 else f"hidden layer {i}")
                raise ValueError(f"layer sizes must be at least 1: {what} has {size}")
        if isinstance(activations, str):
            if len(sizes) > 2:
                raise ValueError(
                    f"one activation ({activations!r}) was given for {len(sizes) - 1} layers; it would make the "
                    f"output layer {activations} too. Pass one activation per layer after the input, e.g. "
                    f"{[activations] * (len(sizes) - 2) + ['sigmoid']}")
            activations = [activations]
        acts = list(activations)
        if len(acts) != len(sizes) - 1:
            raise ValueError(
                f"{len(sizes) - 1} layer(s) after the input need {len(sizes) - 1} activation(s), got {len(acts)}"
            )
        act_objs = [get_activation(a) for a in acts]
        for i, act in enumerate(act_objs[:-1]):
            if act.name == "softmax":
                raise ValueError(f"softmax is for the output layer only (hidden layer {i + 1} has it)")
        self.dtype = np.dtype(dtype)
        if self.dtype not in (np.dtype(np.float32), np.dtype(np.float64)):
            raise ValueError(f"dtype must be float32 or float64, got {self.dtype}")
        if rng is None:
            rng = np.random.default_rng(seed)
        self.init = init
        self.bias = bool(bias)
        #: Input features (``guiapp.engine.features``) the first layer takes besides the data's two
        #: columns; set by ``NetworkSpec.build``. Given those two columns, the network expands them.
        self.input_features: tuple[str, ...] = ()
        # All parameters live in one flat buffer (and all gradients in another); W and b of each
        # layer are views into it. An optimizer can then update everything in one NumPy call.
        shapes = []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            shapes.append((fan_in, fan_out))
            if bias:
                shapes.append((fan_out,))
        total = sum(int(np.prod(s)) for s in shapes)
        self.flat_params = np.zeros(total, dtype=self.dtype)
        self.flat_grads = np.zeros(total, dtype=self.dtype)
        self.weight_mask = np.zeros(total, dtype=self.dtype)  # 1 on weights, 0 on biases
        params, grads, offset = [], [], 0
        for shape in shapes:
            size = int(np.prod(shape))
            params.append(self.flat_params[offset:offset + size].reshape(shape))
            grads.append(self.flat_grads[offset:offset + size].reshape(shape))
            if len(shape) == 2:
                self.weight_mask[offset:offset + size] = 1
            offset += size
        self.weight_mask.setflags(write=False)
        self.layers: list[Dense] = []
        per_layer = 2 if bias else 1
        for i, (fan_in, fan_out, act) in enumerate(zip(sizes[:-1], sizes[1:], act_objs)):
            init_name = auto_initializer(act.name) if init == "auto" else init
            W, dW = params[per_layer * i], grads[per_layer * i]
            W[...] = get_initializer(init_name)(rng, fan_in, fan_out)
            b, db = (params[2 * i + 1], grads[2 * i + 1]) if bias else (None, None)
            self.layers.append(Dense(W, b, act, dW=dW, db=db))

    # ---- description -------------------------------------------------------------------
    @property
    def layer_sizes(self) -> list[int]:
        return [self.layers[0].fan_in] + [layer.fan_out for layer in self.layers]

    @property
    def activations(self) -> list[str]:
        return [layer.activation.name for layer in self.layers]

    @property
    def output_activation(self) -> str:
        return self.layers[-1].activation.name

    @property
    def n_inputs(self) -> int:
        return self.layers[0].fan_in

    @property
    def n_outputs(self) -> int:
        return self.layers[-1].fan_out

    @property
    def params(self) -> list[np.ndarray]:
        """The live parameter arrays ``[W1, b1, W2, b2, ...]`` (without biases: ``[W1, W2, ...]``)."""
        return [p for layer in self.layers for p in layer.params]

    @property
    def grads(self) -> list[np.ndarray]:
        """The live gradient arrays, in the same order and shapes as ``params``."""
        return [g for layer in self.layers for g in layer.grads]

    @property
    def num_params(self) -> int:
        """Number of trainable numbers: Σ fan_in·fan_out (+ fan_out biases). 784-16-10 → 12,730."""
        return int(sum(p.size for p in self.params))

    def __repr__(self) -> str:
        sizes = "-".join(str(s) for s in self.layer_sizes)
        return f"MLP({sizes}, {self.activations}, params={self.num_params})"

    # ---- forward and backward ------------------------------------------------------------
    def _check_input(self, X) -> np.ndarray:
        X = np.asarray(X)
        data_width = self.n_inputs - len(self.input_features)  # the data's own columns
        if X.ndim == 1:
            X = X.reshape(1, -1) if X.shape[0] in (self.n_inputs, data_width) else X.reshape(-1, 1)
        if X.ndim != 2:
            raise ValueError(f"input must be a 2-D array (samples, features), got shape {X.shape}")
        if self.input_features and X.shape[1] == data_width:
            from .features import expand  # the data's own columns: add the features the layer takes

            return expand(X.astype(self.dtype, copy=False), self.input_features)
        if X.shape[1] != self.n_inputs:
            also = (f" (the data's {data_width} columns and {len(self.input_features)} features computed from them)"
                    if self.input_features else "")
            raise ValueError(
                f"the data has {X.shape[1]} column(s) but the network's input layer has {self.n_inputs} neuron(s)"
                + also)
        if X.dtype != self.dtype:
            X = X.astype(self.dtype)
        return X

    def forward(self, X) -> np.ndarray:
        """X (n, n_inputs) -> outputs (n, n_outputs) after the last activation, keeping what
        ``backward`` needs (for training; to only predict, use ``predict_proba``)."""
        return self._forward(self._check_input(X), True)

    def _forward(self, a: np.ndarray, keep: bool, outputs: list | None = None) -> np.ndarray:
        """The forward pass, for input already checked by ``_check_input``: each layer computes
        a = activation(a @ W + b) in turn. ``keep``: the layers remember their values for
        ``backward`` (training); ``outputs``: a list to append every layer's activation to."""
        for layer in self.layers:
            a = layer.forward(a, keep)
            if outputs is not None:
                outputs.append(a)
        return a

    def backward(self, grad_out: np.ndarray, *, need_input_grad: bool = True) -> np.ndarray | None:
        """Backpropagate dL/d(outputs) (n, n_outputs) through every layer (after ``forward``).

        Fills ``net.grads`` and returns dL/dX (n, n_inputs); pass ``need_input_grad=False`` to
        skip that last product when nobody needs it (training does).
        """
        grad = grad_out
        last = len(self.layers) - 1
        for i in range(last, -1, -1):
            grad = self.layers[i].backward(grad, need_input_grad or i > 0)
        return grad

    def backward_from_logits(self, grad_z: np.ndarray, *, need_input_grad: bool = True) -> np.ndarray | None:
        """Like ``backward`` but starting from dL/dz of the output layer (its pre-activation),
        for losses fused with the output activation (softmax + cross-entropy: dL/dz = (p - t)/n)."""
        last = len(self.layers) - 1
        grad = self.layers[last].backward_from_z(grad_z, need_input_grad or last > 0)
        for i in range(last - 1, -1, -1):
            grad = self.layers[i].backward(grad, need_input_grad or i > 0)
        return grad

    # ---- using a trained network ------------------------------------------------------------
    def predict_proba(self, X) -> np.ndarray:
        """Outputs (n, n_outputs) for X, without touching the training caches."""
        return self._forward(self._check_input(X), False)

    def predict(self, X) -> np.ndarray:
        """Class labels (n,) int64: output ≥ 0.5 for a single output neuron, else the argmax."""
        return outputs_to_labels(self.predict_proba(X))

    def layer_outputs(self, X) -> list[np.ndarray]:
        """Every layer's activation for X: a list of (n, size) arrays, first hidden layer first.
        The hidden ones show what each hidden neuron computes (its feature)."""
        outs: list[np.ndarray] = []
        self._forward(self._check_input(X), False, outs)
        return outs

    def trace(self, x, target, loss=None):
        """One example's forward and backward pass with every number kept (a ``Trace``, see
        guiapp/engine/trace.py): x (n_inputs,), target a class label or a vector (n_outputs,),
        loss a name or None for the default. Weights, grads and training caches are untouched."""
        from .trace import trace_example  # imported here: trace.py builds on this module's users
        return trace_example(self, x, target, loss)

    # ---- copies -----------------------------------------------------------------------------
    def copy_params(self) -> list[np.ndarray]:
        """Independent copies of ``params`` (a snapshot that later training does not change)."""
        return [p.copy() for p in self.params]

    def set_params(self, values: Sequence[np.ndarray]) -> None:
        """Copy ``values`` (same order and shapes as ``params``) into the live arrays."""
        params = self.params
        if len(values) != len(params):
            raise ValueError(f"expected {len(params)} arrays, got {len(values)}")
        for i, (p, v) in enumerate(zip(params, values)):
            v = np.asarray(v)
            if v.shape != p.shape:
                raise ValueError(f"parameter {i} has shape {p.shape}, got {v.shape}")
            p[...] = v

    def clone(self, dtype=None) -> "MLP":
        """An independent network with the same design and weights (optionally another dtype)."""
        other = MLP(self.layer_sizes, [layer.activation for layer in self.layers], seed=0,
                    bias=self.bias, dtype=self.dtype if dtype is None else dtype)
        other.init = self.init
        other.input_features = self.input_features
        other.set_params(self.params)
        return other

