"""What both exported scripts share: the facts about a model written at their top, the weights as
Python literals a student can read, the weights file beside a script, and atomic writes."""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from ...user_errors import UserError
from ..features import input_names as feature_input_names
from ..network import MLP

#: Networks with at most this many parameters get their weights written into the script itself.
#: 1,000 numbers are about 25 KB of text, a few screens: a student can still scroll through
#: them (XOR 2-4-1 has 17, a 2-16-16-3 spiral network 371, 12-bit parity 12-24-1 337). Above
#: that (784-16-10 has 12,730, ~300 KB of digits) nobody reads them, so they go to a binary
#: ``.npz`` beside the script, exact and loaded with ``allow_pickle=False``.
EMBED_LIMIT = 1000

#: Training data with at most this many numbers (samples × features) is written into the PyTorch
#: script, so that it trains with nothing else installed (truth tables, 2-D point sets).
EMBED_DATA_LIMIT = 5000

LOSS_TITLES = {"mse": "mean squared error (summed over the outputs, averaged over the samples)",
               "bce": "binary cross-entropy (summed over the outputs, averaged over the samples)",
               "cross_entropy": "softmax cross-entropy (averaged over the samples)"}
ACTIVATION_TITLES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU", "leaky_relu": "leaky ReLU",
                     "linear": "linear", "softmax": "softmax"}


class ExportError(UserError, ValueError):
    """A model that cannot be exported (weights that are not finite numbers, a file in the way)."""

    default_code = "export_failed"


@dataclass(frozen=True)
class ExportInfo:
    """What a script says at its top about the model it holds. Every field is optional.

    data: one line about the training data ("XOR truth table: 4 samples, 2 inputs, 2 classes").
    data_spec: the app's name for the data (``DatasetSpec.to_dict()``), so a script can load it again.
    epochs: epochs trained. loss: the loss name ("auto": the one that fits the output layer).
    metrics: final ``train_loss``, ``train_acc``, ``test_loss``, ``test_acc`` (None where unknown).
    source: the file the model came from. settings_note: where the training settings came from.
    class_names / feature_names: names of the outputs and inputs, when the data has them.
    """

    data: str = ""
    data_spec: Mapping | None = None
    epochs: int | None = None
    loss: str = "auto"
    metrics: Mapping[str, float | None] = field(default_factory=dict)
    source: str = ""
    settings_note: str = ""
    class_names: tuple[str, ...] = ()
    feature_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportData:
    """Data to put into (or beside) a script: inputs (n, d) and class labels (n,).
    ``X_test``/``y_test`` may be None (truth tables: the app does not test them)."""

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray | None = None
    y_test: np.ndarray | None = None
    image_shape: tuple[int, int] | None = None

    @property
    def size(self) -> int:
        """Numbers in the training and test inputs together."""
        return int(self.X_train.size + (0 if self.X_test is None else self.X_test.size))


# ---- facts about the network --------------------------------------------------------------------
def resolved_loss(net: MLP, loss: str) -> str:
    from ..output_rules import check_output_and_loss, default_loss_for

    name = default_loss_for(net.output_activation, net.n_outputs) if loss in ("auto", "", None) else loss
    check_output_and_loss(name, net.output_activation, net.n_outputs)
    return name


def check_finite(net: MLP) -> None:
    """Raise ExportError if a weight is NaN or infinite (a script cannot hold it)."""
    for i, p in enumerate(net.params):
        bad = ~np.isfinite(p)
        if bad.any():
            raise ExportError(f"the network cannot be exported: parameter {i} holds {p[bad][0]} (not a number)",
                              code="export_not_finite", parameter=i)


def leaky_slope(net: MLP, layer: int) -> float:
    return float(getattr(net.layers[layer].activation, "slope", 0.01))


def count(n: int, word: str) -> str:
    """'1 neuron', '4 neurons', '12,730 parameters'."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def design_line(net: MLP) -> str:
    """'2-4-1 (2 inputs; hidden: 4 tanh; output: 1 sigmoid), with biases, 17 parameters, float64'."""
    sizes, acts = net.layer_sizes, net.activations
    hidden = ", ".join(f"{n} {ACTIVATION_TITLES[a]}" for n, a in zip(sizes[1:-1], acts[:-1]))
    parts = [count(sizes[0], "input")] + ([f"hidden: {hidden}"] if hidden else [])
    parts.append(f"output: {sizes[-1]} {ACTIVATION_TITLES[acts[-1]]}")
    bias = "with biases" if net.bias else "without biases"
    return (f"{'-'.join(map(str, sizes))} ({'; '.join(parts)}),\n"
            f"          {bias}, {count(net.num_params, 'parameter')}, {net.dtype.name}")


def layer_comment(net: MLP, i: int) -> str:
    """'layer 1: 2 inputs -> 4 hidden neurons (tanh)'  (i counts from 0)."""
    fan_in, fan_out = net.layers[i].fan_in, net.layers[i].fan_out
    kind = "output" if i == len(net.layers) - 1 else "hidden"
    before = count(fan_in, "input") if i == 0 else count(fan_in, "neuron")
    return f"layer {i + 1}: {before} -> {fan_out} {kind} {'neuron' if fan_out == 1 else 'neurons'} ({ACTIVATION_TITLES[net.activations[i]]})"


# ---- input features (guiapp/engine/features.py) --------------------------------------------------
#: Each feature as the scripts compute it from the data's columns x1, x2: NumPy, PyTorch.
FEATURE_CODE = {"x1_squared": ("x1 * x1", "x1 * x1"), "x2_squared": ("x2 * x2", "x2 * x2"),
                "x1_x2": ("x1 * x2", "x1 * x2"), "sin_x1": ("np.sin(x1)", "torch.sin(x1)"),
                "sin_x2": ("np.sin(x2)", "torch.sin(x2)")}


def data_columns(net: MLP) -> int:
    """How many columns the data has: the network's inputs less the features computed from them."""
    return net.n_inputs - len(net.input_features)


def network_input_names(net: MLP, info: ExportInfo) -> list[str]:
    """The names of the network's inputs (the data's, then its features: x1, x2, x1², ...), or []
    when the data's names are not known."""
    base = list(info.feature_names)
    if not net.input_features:
        return base if len(base) == net.n_inputs else []
    return list(feature_input_names(net.input_features, base if len(base) == data_columns(net) else ("x1", "x2")))


def features_line(net: MLP, info: ExportInfo) -> str:
    """'x1, x2 and x1², x2² computed from them' (the network's inputs), or "" without features."""
    if not net.input_features:
        return ""
    names = network_input_names(net, info)
    k = data_columns(net)
    return f"{', '.join(names[:k])} and {', '.join(names[k:])} computed from them"


def header_lines(net: MLP, info: ExportInfo, loss: str) -> list[str]:
    """The facts every script starts with, one per line."""
    from ... import __version__

    lines = [f"Design:   {design_line(net)}",
             f"Loss:     {LOSS_TITLES[loss]}"]
    if net.input_features:
        lines.append(f"Inputs:   {features_line(net, info)}")
    if info.data:
        lines.append(f"Data:     {info.data}")
    if info.epochs is not None:
        lines.append(f"Trained:  {count(info.epochs, 'epoch')}")
    m = info.metrics or {}
    results = []
    for key, title in (("train_loss", "train loss"), ("train_acc", "train accuracy"),
                       ("test_loss", "test loss"), ("test_acc", "test accuracy")):
        value = m.get(key)
        if value is not None:
            results.append(f"{title} {value:.2%}" if key.endswith("acc") else f"{title} {value:.6g}")
    if results:
        lines.append("Results:  " + ", ".join(results))
    if info.source:
        lines.append(f"From:     {info.source}")
    lines.append(f"Exported by Backprop Lab {__version__}.")
    return lines


# ---- numbers as Python text ---------------------------------------------------------------------
def number(x) -> str:
    """The shortest text that reads back as exactly the same float32/float64 value."""
    text = str(x)  # NumPy prints its scalars in the shortest round-trip form
    return text if text.startswith("-") else " " + text


def row_text(values: Sequence, indent: int, width: int = 100) -> str:
    """``[v, v, ...]`` wrapped at ``width`` columns, continuation lines indented by ``indent + 1``."""
    pieces = [number(v) + ("," if k < len(values) - 1 else "") for k, v in enumerate(values)]
    lines, line = [], ""
    for piece in pieces:
        if line and indent + 1 + len(line) + len(piece) > width:
            lines.append(line)
            line = piece
        else:
            line += piece if not line else " " + piece
    lines.append(line)
    return "[" + ("\n" + " " * (indent + 1)).join(lines) + "]"


def matrix_text(a: np.ndarray, indent: int, row_comments: Sequence[str] = ()) -> str:
    """A 2-D array as nested lists, one row per line, each with its comment (if given)."""
    pad = " " * (indent + 4)
    out = ["["]
    for i, r in enumerate(a):
        comment = f"  # {row_comments[i]}" if i < len(row_comments) else ""
        out.append(f"{pad}{row_text(list(r), indent + 4)},{comment}")
    out.append(" " * indent + "]")
    return "\n".join(out)


def input_names(net: MLP, i: int, info: ExportInfo) -> list[str]:
    """Names of the rows of layer i's W: the inputs (with their names) or the neurons before."""
    n = net.layers[i].fan_in
    if i == 0:
        names = network_input_names(net, info)
        return [f"from input {k + 1}" + (f" ({names[k]})" if names else "") for k in range(n)]
    return [f"from neuron {k + 1} of layer {i}" for k in range(n)]


def weight_names(net: MLP) -> list[str]:
    """``["W1", "b1", "W2", "b2", ...]`` in ``net.params`` order (no b's without biases)."""
    return [name for i in range(len(net.layers)) for name in ((f"W{i + 1}", f"b{i + 1}") if net.bias else (f"W{i + 1}",))]


def weights_npz_bytes(net: MLP) -> bytes:
    """The weights as an ``.npz`` (W1, b1, ... in the app's layout: W (inputs, neurons))."""
    buffer = io.BytesIO()
    np.savez(buffer, **dict(zip(weight_names(net), net.params)))
    return buffer.getvalue()


def weights_file_for(script: Path) -> Path:
    """``model.py`` -> ``model_weights.npz`` beside it."""
    return script.with_name(script.stem + "_weights.npz")


# ---- writing ------------------------------------------------------------------------------------
def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, and rename it over ``path``.
    A failure removes the temporary file and leaves any old ``path`` as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise ExportError(f"could not write {path}: {exc.strerror or exc}", code="export_write_failed",
                              file=str(path), reason=str(exc.strerror or exc)) from exc
        raise
