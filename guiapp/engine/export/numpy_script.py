"""A trained network as a standalone NumPy script in the tutorials' style: ``np.dot``, every
activation written out by hand, and ``predict(X)`` returning the network's outputs.

Each layer is the line the "neural network in 11 lines" tutorial writes as
``l1 = nonlin(np.dot(l0, syn0))``, with a bias added: ``l1 = tanh(np.dot(l0, W1) + b1)``.
The script computes exactly what the app computes (same formulas, same float type). A network
with input features (x1², sin x2, ...) gets ``input_features(X)``, which adds them to the data's
two columns before the first layer, as the app does.
"""

from __future__ import annotations

import numpy as np

from ..network import MLP
from .common import (ACTIVATION_TITLES, FEATURE_CODE, ExportData, ExportInfo, check_finite, count, data_columns,
                     header_lines, input_names, layer_comment, leaky_slope, matrix_text, network_input_names,
                     resolved_loss, row_text, weight_names)

#: Each activation as the script writes it: the value only (the script does not train).
ACTIVATION_CODE = {
    "sigmoid": '''def sigmoid(z):
    """1 / (1 + e^-z), squashes any number into (0, 1). Written as 0.5 * (1 + tanh(z / 2)): the same
    function, and np.exp(-z) cannot overflow for very negative z."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))
''',
    "tanh": '''def tanh(z):
    """(e^z - e^-z) / (e^z + e^-z), squashes any number into (-1, 1)."""
    return np.tanh(z)
''',
    "relu": '''def relu(z):
    """max(0, z): negative numbers become 0, positive ones pass unchanged."""
    return np.maximum(z, 0)
''',
    "leaky_relu": '''def leaky_relu(z, slope=0.01):
    """z for z > 0, slope * z otherwise: like ReLU, but negative numbers keep a small slope."""
    return np.where(z > 0, z, slope * z)
''',
    "linear": '''def linear(z):
    """z itself: no activation."""
    return z
''',
    "softmax": '''def softmax(z):
    """e^z_i / sum_j e^z_j for each row: positive outputs that add up to 1 (probabilities).
    Subtracting the row's largest value first changes nothing but keeps np.exp from overflowing."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
''',
}

_MAX_EXAMPLES = 8
_MAX_EXAMPLE_FEATURES = 16


def numpy_script(net: MLP, info: ExportInfo | None = None, *, weights_file: str | None = None,
                 data: ExportData | None = None, name: str = "model") -> str:
    """The source of a script defining ``predict(X)`` (n, inputs) -> (n, outputs) and ``classify(X)``.

    ``weights_file``: the name of an ``.npz`` beside the script to load the weights from (see
    ``common.weights_npz_bytes``); None writes them into the script. ``data``: a few training
    samples are shown when the script is run (small inputs only). ``name``: the script's file
    name without ``.py``, for the usage lines.
    """
    info = info or ExportInfo()
    check_finite(net)
    loss = resolved_loss(net, info.loss)
    dt = net.dtype.name
    out: list[str] = ['"""A trained neural network in plain NumPy: predict(X) gives its outputs.', ""]
    out += header_lines(net, info, loss)
    out += ["",
            "Each layer computes   l_next = activation(np.dot(l, W) + b)",
            "as in the tutorial \"A neural network in 11 lines\" (its l1 = nonlin(np.dot(l0, syn0))).",
            "W has one row per input of the layer and one column per neuron: W[i, j] is the weight",
            "of the link from input i to neuron j; b holds one bias per neuron." if net.bias else
            "of the link from input i to neuron j. This network has no biases.",
            "",
            f"    from {name if name.isidentifier() else 'model'} import predict, classify",
            f"    outputs = predict(X)     # X: (n, {data_columns(net)}) array, one sample per row -> (n, {net.n_outputs})",
            "    classes = classify(X)    # (n,) the class of each sample",
            "",
            f"Run it (python {name}.py) to see the outputs for a few samples.",
            '"""', ""]
    if weights_file is not None:
        out += ["from pathlib import Path", ""]
    out += ["import numpy as np", ""]
    out += [f"DTYPE = np.{dt}   # the network computed in {dt}, as this script does",
            f"N_INPUTS = {data_columns(net)}", f"N_OUTPUTS = {net.n_outputs}"]
    if net.input_features:
        out[-2] += (f"   # the data's columns; input_features() adds {len(net.input_features)} more: "
                    f"the first layer takes {net.n_inputs}")
    names = _class_names(net, info)
    if names:
        out.append(f"CLASS_NAMES = {names!r}   # what the classes 0, 1, ... stand for")
    out += ["", "", "# ---- the activations, written out " + "-" * 62, ""]
    for name in dict.fromkeys(net.activations):
        out += [ACTIVATION_CODE[name], ""]
    out += ["# ---- the trained weights " + "-" * 71, ""]
    out += _weights_from_file(net, weights_file) if weights_file is not None else _weights_embedded(net, info)
    if net.input_features:
        out += ["", _features_source(net, info), ""]
    out += ["", _predict_source(net), "", "", _classify_source(net, info), "", "", _main_source(net, data, bool(names))]
    return "\n".join(out).rstrip() + "\n"


def _weights_embedded(net: MLP, info: ExportInfo) -> list[str]:
    out = []
    for i, layer in enumerate(net.layers):
        k = i + 1
        out.append(f"# {layer_comment(net, i)}")
        out.append(f"W{k} = np.array({matrix_text(layer.W, 0, input_names(net, i, info))}, dtype=DTYPE)"
                   f"  # ({layer.fan_in}, {layer.fan_out})")
        if layer.b is not None:
            out.append(f"b{k} = np.array({row_text(list(layer.b), 13)}, dtype=DTYPE)  # ({layer.fan_out},) one per neuron")
        out.append("")
    return out


def _weights_from_file(net: MLP, weights_file: str) -> list[str]:
    out = [f"# The weights are in {weights_file} beside this file (a NumPy archive of plain arrays, no pickles).",
           f'WEIGHTS_FILE = Path(__file__).with_name("{weights_file}")',
           "with np.load(WEIGHTS_FILE, allow_pickle=False) as weights:"]
    names = weight_names(net)
    for name, p in zip(names, net.params):
        i = int(name[1:]) - 1
        what = layer_comment(net, i) if name.startswith("W") else "one bias per neuron"
        out.append(f'    {name} = weights["{name}"].astype(DTYPE)  # {p.shape}: {what}')
    shapes = ", ".join(f"{name}={tuple(p.shape)}" for name, p in zip(names, net.params))
    out += [f"for _name, _shape in dict({shapes}).items():",
            "    if globals()[_name].shape != _shape:",
            '        raise ValueError(f"{WEIGHTS_FILE.name}: {_name} has shape {globals()[_name].shape}, expected {_shape}")']
    return out


def _features_source(net: MLP, info: ExportInfo) -> str:
    """``input_features(X)``: the columns the app adds to the data before the first layer."""
    names = network_input_names(net, info)
    k = data_columns(net)
    columns = ", ".join(["x1", "x2"] + [FEATURE_CODE[f][0] for f in net.input_features])
    return "\n".join([
        "def input_features(X):",
        f'    """The network\'s {net.n_inputs} inputs from the data\'s {k} columns: {", ".join(names)}',
        '    (computed as Backprop Lab computes them)."""',
        "    x1, x2 = X[:, 0], X[:, 1]",
        f"    return np.column_stack([{columns}])"])


def _predict_source(net: MLP) -> str:
    lines = ["def predict(X):",
             f'    """The network\'s outputs for X (n, {data_columns(net)}): an array (n, {net.n_outputs}), one row per sample."""',
             "    l0 = np.asarray(X, dtype=DTYPE)            # layer 0: the inputs, one sample per row",
             "    if l0.ndim == 1:                           # a single sample given as a flat list",
             "        l0 = l0.reshape(1, -1)",
             "    if l0.ndim != 2 or l0.shape[1] != N_INPUTS:",
             '        raise ValueError(f"predict() needs an array (n, {N_INPUTS}), got shape {l0.shape}")']
    if net.input_features:
        lines.append(f"    l0 = input_features(l0)                    # the network's {net.n_inputs} inputs (n, {net.n_inputs})")
    for i, layer in enumerate(net.layers):
        k = i + 1
        act = net.activations[i]
        z = f"np.dot(l{i}, W{k})" + (f" + b{k}" if layer.b is not None else "")
        slope = leaky_slope(net, i)
        arg = f", slope={slope!r}" if act == "leaky_relu" and slope != 0.01 else ""
        code = f"    l{k} = {act}({z}{arg})"
        what = "the output" if k == len(net.layers) else "hidden"
        lines.append(f"{code:<47}# layer {k}, {what}: {count(layer.fan_out, ACTIVATION_TITLES[act] + ' neuron')}"
                     f" (n, {layer.fan_out})")
    lines.append(f"    return l{len(net.layers)}")
    return "\n".join(lines)


def _classify_source(net: MLP, info: ExportInfo) -> str:
    if net.n_outputs == 1:
        rule = "class 1 where the output is at least 0.5, else class 0"
        code = "return (predict(X)[:, 0] >= 0.5).astype(np.int64)"
    else:
        rule = "the class whose output neuron gives the largest number"
        code = "return np.argmax(predict(X), axis=1)"
    return "\n".join(["def classify(X):",
                      '    """The class (0, 1, ...) of each sample (n,), as the app counts it:',
                      f'    {rule}."""',
                      f"    {code}"])


def _class_names(net: MLP, info: ExportInfo) -> list[str]:
    """The data's class names, when they say more than '0', '1', ... (Fashion-MNIST's 'Trouser')."""
    names = [str(n) for n in info.class_names]
    if len(names) != max(2, net.n_outputs) or names == [str(k) for k in range(len(names))]:
        return []
    return names


def _main_source(net: MLP, data: ExportData | None, named: bool = False) -> str:
    lines = ['if __name__ == "__main__":']
    if (data is not None and len(data.X_train) and data.X_train.shape[1] == data_columns(net)
            and net.n_inputs <= _MAX_EXAMPLE_FEATURES):
        X = np.asarray(data.X_train[:_MAX_EXAMPLES])
        y = np.asarray(data.y_train[:_MAX_EXAMPLES])
        lines.append(f"    X = np.array({matrix_text(X.astype(net.dtype), 4, [f'sample {k + 1}' for k in range(len(X))])})")
        lines.append(f"    y = np.array({[int(v) for v in y]!r})  # their classes in the data")
        lines += ["    np.set_printoptions(precision=4, suppress=True)",
                  '    print("outputs of the first training samples:")',
                  "    print(predict(X))",
                  '    print("classes:", classify(X), " in the data:", y)']
        if named:
            lines.append('    print("that is:", [CLASS_NAMES[c] for c in classify(X)])')
    else:
        lines += ["    X = np.zeros((1, N_INPUTS), dtype=DTYPE)  # one sample of all zeros; put your own data here",
                  "    np.set_printoptions(precision=4, suppress=True)",
                  '    print("outputs for a sample of zeros:", predict(X))',
                  '    print("its class:", classify(X))']
        if named:
            lines.append('    print("that is:", CLASS_NAMES[classify(X)[0]])')
    return "\n".join(lines)
