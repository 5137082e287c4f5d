"""A trained network as a PyTorch script: ``build_model()`` returns an ``nn.Sequential`` holding the
trained weights, and ``train()`` trains it as the app does (the same loss, optimizer, penalties,
batch size, shuffling and seed). The student's bridge from the app to GPUs and bigger machines.

The app keeps W as (inputs, neurons) and computes ``x @ W + b``; ``nn.Linear`` keeps its weight as
(neurons, inputs) and computes ``x @ weight.T + bias``: the script transposes W when it loads it.
"""

from __future__ import annotations

import json
from string import Template

import numpy as np

from ..network import MLP
from ..specs import TrainingConfig
from .common import (EMBED_DATA_LIMIT, FEATURE_CODE, LOSS_TITLES, ExportData, ExportInfo, check_finite,
                     data_columns, header_lines, layer_comment, leaky_slope, matrix_text, network_input_names,
                     row_text, resolved_loss, weight_names)

_MODULES = {"sigmoid": "nn.Sigmoid()", "tanh": "nn.Tanh()", "relu": "nn.ReLU()", "linear": "nn.Identity()",
            "softmax": "nn.Softmax(dim=1)"}

_LOSS_CODE = {
    "bce": ("    # -(1/n) sum [t log y + (1 - t) log(1 - y)], computed from z (exact even where y rounds to 0 or 1)\n"
            '    loss = F.binary_cross_entropy_with_logits(z, t, reduction="sum") / len(x)'),
    "cross_entropy": ("    # -(1/n) sum t log softmax(z), computed from z; t may be one-hot rows (class probabilities)\n"
                      "    loss = F.cross_entropy(z, t)"),
    "mse": ("    # (1/n) sum (y - t)^2, summed over the outputs (nn.MSELoss would divide by the outputs too)\n"
            "    loss = ((y - t) ** 2).sum() / len(x)"),
}

_TEMPLATE = Template('''"""A trained neural network in PyTorch: build_model() returns it with its trained weights, and
train() trains a network the way Backprop Lab does: the same loss, optimizer and settings.

${header}

    from ${module} import build_model
    model = build_model()                                # nn.Sequential holding the trained weights
    outputs = model(torch.as_tensor(X, dtype=DTYPE))     # X: (n, ${n_in}) -> (n, ${n_out}), the app's outputs

    python ${name}.py                # check the trained weights, then train a fresh network like the app
    python ${name}.py --continue     # keep training the trained weights instead
    python ${name}.py --epochs 50 --device cuda

In the app a layer computes x @ W + b with W (inputs, neurons). nn.Linear keeps its weight as
(neurons, inputs), the transpose, and computes x @ weight.T + bias: the same numbers.
"""

import argparse
${imports}
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

DTYPE = torch.${dtype}   # the app computed in ${dtype}
LAYER_SIZES = ${sizes}

# ---- how Backprop Lab trained it ${rule}
${settings}
INIT = ${inits}   # how the app starts each layer's weights (for training from scratch)
${features}

def build_model(trained=True):
    """The network as an nn.Sequential: ${first}Linear, activation, Linear, activation, ...
    trained=True: with the trained weights; False: freshly initialised as the app does."""
    model = nn.Sequential(
${layers}
    ).to(DTYPE)
    if trained:
        load_trained_weights(model)
    else:
        init_like_the_app(model)
    return model


def linear_layers(model):
    return [m for m in model if isinstance(m, nn.Linear)]


${weights}


def load_trained_weights(model):
    """Copy the trained weights into the model's nn.Linear layers."""
    weights = trained_weights()
    with torch.no_grad():
        for k, linear in enumerate(linear_layers(model), start=1):
            W = torch.as_tensor(weights[f"W{k}"], dtype=DTYPE)    # the app's W: (inputs, neurons)
            linear.weight.copy_(W.T)                               # nn.Linear's weight: (neurons, inputs)
            if linear.bias is not None:
                linear.bias.copy_(torch.as_tensor(weights[f"b{k}"], dtype=DTYPE))


def init_like_the_app(model, seed=SEED):
    """The app's starting weights: the same distributions (not the same random numbers); biases 0."""
    torch.manual_seed(seed)
    with torch.no_grad():
        for linear, how in zip(linear_layers(model), INIT):
            if how == "uniform":
                nn.init.uniform_(linear.weight, -1.0, 1.0)             # U(-1, 1), the tutorials' start
            elif how == "xavier":
                nn.init.xavier_uniform_(linear.weight)                 # U(-l, l), l = sqrt(6 / (inputs + neurons))
            else:
                nn.init.normal_(linear.weight, 0.0, (2.0 / linear.in_features) ** 0.5)   # He: N(0, 2 / inputs)
            if linear.bias is not None:
                nn.init.zeros_(linear.bias)


def output_and_loss(model, x, t):
    """The outputs y (n, ${n_out}) for inputs x, and the app's loss against the targets t (n, ${n_out}):
    ${loss_title}."""
    z = model[:-1](x)   # everything up to the output activation: the output neurons' sums
    y = model[-1](z)    # the outputs
${loss_code}
    return y, loss


def penalty(model):
    """L1 * sum |W| + L2 / 2 * sum W^2 over the weights (not the biases), as the app adds it."""
    total = 0.0
    for linear in linear_layers(model):
        if L1:
            total = total + L1 * linear.weight.abs().sum()
        if L2:
            total = total + 0.5 * L2 * (linear.weight ** 2).sum()
    return total


def make_optimizer(model):
    if OPTIMIZER == "sgd":
        return torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)            # p <- p - lr * g
    if OPTIMIZER == "momentum":
        # PyTorch: v <- mu v + g, p <- p - lr v. The app: v <- mu v - lr g, p <- p + v. The same steps.
        return torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)
    # The app adds eps to sqrt(v) before the bias correction, PyTorch after it: the steps differ
    # only where sqrt(v) is tiny (a weight that has hardly had a gradient yet).
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(0.9, 0.999), eps=1e-8)


def accuracy(y, t):
    """Fraction of rows classified right: one output, (y >= 0.5) == (t >= 0.5); else the largest output."""
    if y.shape[1] == 1:
        return ((y >= 0.5) == (t >= 0.5)).double().mean().item()
    return (y.argmax(dim=1) == t.argmax(dim=1)).double().mean().item()


def targets(labels):
    """Class labels (n,) -> what the output layer should give: 0/1 in one column, or one-hot rows."""
    labels = torch.as_tensor(np.asarray(labels), dtype=torch.int64)
    if LAYER_SIZES[-1] == 1:
        return labels.to(DTYPE).reshape(-1, 1)
    return F.one_hot(labels, LAYER_SIZES[-1]).to(DTYPE)
${augment}

@torch.no_grad()
def evaluate(model, X, y, device="cpu"):
    """(loss, accuracy) of the model on inputs X (n, ${n_in}) with class labels y (n,)."""
    x = torch.as_tensor(np.array(X), dtype=DTYPE, device=device)   # np.array: a writable copy
    t = targets(y).to(device)
    out, loss = output_and_loss(model, x, t)
    return loss.item(), accuracy(out, t)


def train(model, X, y, epochs=EPOCHS, X_test=None, y_test=None, *, device="cpu", seed=SEED, log=print):
    """Train the model on inputs X (n, ${n_in}) and class labels y (n,) as the app does. Returns one row
    (epoch, train loss, train accuracy, test loss, test accuracy) per epoch; the train numbers are
    averaged over the epoch's minibatches as they were trained, as the app reports them."""
    model.to(device)
    X = torch.as_tensor(np.array(X), dtype=DTYPE, device=device)   # np.array: a writable copy
    T = targets(y).to(device)
    optimizer = make_optimizer(model)
    rng = np.random.default_rng(seed)   # the app's random order: NumPy's generator with the same seed
    n = len(X)
    batch = n if BATCH_SIZE is None else min(BATCH_SIZE, n)
    history = []
    for epoch in range(1, epochs + 1):
        order = torch.as_tensor(rng.permutation(n), device=device) if SHUFFLE and batch < n else None
        loss_sum = correct = 0.0
        for lo in range(0, n, batch):
            rows = order[lo:lo + batch] if order is not None else slice(lo, lo + batch)
            x, t = X[rows], T[rows]${augment_call}
            out, loss = output_and_loss(model, x, t)
            optimizer.zero_grad()
            (loss + penalty(model)).backward()   # the penalty moves the weights; the loss shown is the data's
            optimizer.step()
            loss_sum += loss.item() * len(x)
            correct += accuracy(out.detach(), t) * len(x)
        test = evaluate(model, X_test, y_test, device) if X_test is not None else (None, None)
        history.append((epoch, loss_sum / n, correct / n, *test))
        if log is not None and (epoch == epochs or epoch % max(1, epochs // 20) == 0):
            text = f"epoch {epoch}: train loss {loss_sum / n:.6g}, accuracy {correct / n:.2%}"
            if test[0] is not None:
                text += f"; test loss {test[0]:.6g}, accuracy {test[1]:.2%}"
            log(text)
    return history


${load_data}


def main():
    parser = argparse.ArgumentParser(description="Train this network in PyTorch as Backprop Lab did.")
    parser.add_argument("--epochs", type=int, default=EPOCHS, help=f"epochs to train (default {EPOCHS})")
    parser.add_argument("--continue", dest="keep_training", action="store_true",
                        help="train the trained weights further instead of a fresh network")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu",
                        help="cpu, cuda, mps, ... (default: cuda when there is a GPU)")
    args = parser.parse_args()
    X_train, y_train, X_test, y_test = load_data()
    model = build_model()
    loss, acc = evaluate(model, X_train, y_train)
    print(f"the trained weights: train loss {loss:.6g}, accuracy {acc:.2%}")
    if not args.keep_training:
        model = build_model(trained=False)
    print(f"training {'on' if args.keep_training else 'a fresh network'} for {args.epochs} epoch(s) on {args.device}")
    train(model, X_train, y_train, args.epochs, X_test, y_test, device=args.device)


if __name__ == "__main__":
    main()
''')

_AUGMENT = '''

def random_shift(x, rng):
    """Move each image by a random whole number of pixels, -AUGMENT_SHIFT..AUGMENT_SHIFT each way,
    filling the border with 0, as the app does (and with the same random numbers)."""
    n, (h, w), m = len(x), IMAGE_SHAPE, AUGMENT_SHIFT
    padded = F.pad(x.reshape(n, h, w), (m, m, m, m))
    dy = torch.as_tensor(rng.integers(0, 2 * m + 1, n), device=x.device)   # each image's crop corner
    dx = torch.as_tensor(rng.integers(0, 2 * m + 1, n), device=x.device)
    rows = (dy[:, None] + torch.arange(h, device=x.device))[:, :, None]
    cols = (dx[:, None] + torch.arange(w, device=x.device))[:, None, :]
    return padded[torch.arange(n, device=x.device)[:, None, None], rows, cols].reshape(n, h * w)
'''


def pytorch_script(net: MLP, info: ExportInfo | None = None, *, config: TrainingConfig | None = None,
                   weights_file: str | None = None, data: ExportData | None = None,
                   default_epochs: int = 100, name: str = "model") -> str:
    """The source of a PyTorch script for ``net``: ``build_model()``, ``train()``, ``load_data()``.

    ``config``: the app's training settings (default ``TrainingConfig()``). ``weights_file``: an
    ``.npz`` beside the script to load the weights from; None writes them in. ``data``: embedded
    in the script when it is small (``EMBED_DATA_LIMIT`` numbers); otherwise ``load_data()`` asks
    Backprop Lab to load ``info.data_spec``. ``name``: the script's file name without ``.py``.
    """
    info = info or ExportInfo()
    config = config or TrainingConfig()
    check_finite(net)
    loss = resolved_loss(net, info.loss)
    header = header_lines(net, info, loss)
    if info.settings_note:
        header.insert(len(header) - 1, f"Settings: {info.settings_note}")
    epochs = config.epochs or info.epochs or default_epochs
    shift = config.augment_shift if data is not None and data.image_shape is not None else 0
    settings = [
        (f"LOSS = {json.dumps(loss)}", LOSS_TITLES[loss]),
        (f"OPTIMIZER = {json.dumps(config.optimizer)}", '"sgd", "momentum" or "adam"'),
        (f"LEARNING_RATE = {config.learning_rate!r}", ""),
        (f"MOMENTUM = {config.momentum!r}", 'used by "momentum" only'),
        (f"L1 = {config.l1!r}", "penalties on the weights (not the biases), added to the loss"),
        (f"L2 = {config.l2!r}", ""),
        (f"BATCH_SIZE = {config.batch_size!r}", "samples per step; None: all of them at once (full batch)"),
        (f"EPOCHS = {epochs!r}", "" if config.epochs else
         "the app had no epoch limit: " + ("the epochs it trained" if info.epochs else "a start")),
        (f"SHUFFLE = {config.shuffle!r}", "a new random order of the samples every epoch (not with full batch)"),
        (f"SEED = {config.seed!r}", "the random order and the fresh weights"),
        (f"AUGMENT_SHIFT = {shift!r}", "image data: shift each training image by up to this many pixels"),
    ]
    if shift:
        settings.append((f"IMAGE_SHAPE = {tuple(data.image_shape)!r}", "rows, columns of each image"))
    settings_text = "\n".join(f"{code:<24}# {comment}" if comment else code for code, comment in settings)
    inits = [("he" if a in ("relu", "leaky_relu") else "xavier") if net.init == "auto" else net.init
             for a in net.activations]
    return _TEMPLATE.substitute(
        header="\n".join(header), name=name, module=name if name.isidentifier() else "model", n_in=data_columns(net), n_out=net.n_outputs, dtype=net.dtype.name,
        sizes=list(net.layer_sizes), rule="-" * 63, settings=settings_text, inits=json.dumps(inits),
        imports="from pathlib import Path\n" if weights_file is not None else "",
        layers=_layers_source(net), weights=_weights_source(net, weights_file),
        loss_title=LOSS_TITLES[loss], loss_code=_LOSS_CODE[loss],
        augment=_AUGMENT if shift else "", augment_call="\n            x = random_shift(x, rng)" if shift else "",
        load_data=_load_data_source(net, info, data), features=_features_source(net, info),
        first="InputFeatures (x1, x2 -> the network's inputs), " if net.input_features else "")


def _features_source(net: MLP, info: ExportInfo) -> str:
    """The ``InputFeatures`` module (the first of the Sequential), or "" for a network without features."""
    if not net.input_features:
        return ""
    names = network_input_names(net, info)
    columns = ", ".join(["x1", "x2"] + [FEATURE_CODE[f][1] for f in net.input_features])
    return "\n".join([
        "",
        "class InputFeatures(nn.Module):",
        f'    """The network\'s {net.n_inputs} inputs from the data\'s {data_columns(net)} columns: {", ".join(names)}',
        '    (computed as Backprop Lab computes them; nothing to learn here)."""',
        "",
        "    def forward(self, x):",
        "        x1, x2 = x[:, 0:1], x[:, 1:2]",
        f"        return torch.cat([{columns}], dim=1)",
        ""])


def _layers_source(net: MLP) -> str:
    lines = []
    if net.input_features:
        lines.append(f"        {'InputFeatures(),':<52}# the data's {data_columns(net)} columns -> {net.n_inputs} inputs")
    for i, layer in enumerate(net.layers):
        act = net.activations[i]
        module = f"nn.LeakyReLU({leaky_slope(net, i)!r})" if act == "leaky_relu" else _MODULES[act]
        code = f"        nn.Linear({layer.fan_in}, {layer.fan_out}, bias={layer.b is not None}), {module},"
        lines.append(f"{code:<60}# {layer_comment(net, i)}")
    return "\n".join(lines)


def _weights_source(net: MLP, weights_file: str | None) -> str:
    if weights_file is not None:
        return "\n".join([
            f'WEIGHTS_FILE = Path(__file__).with_name("{weights_file}")',
            "", "",
            "def trained_weights():",
            '    """The trained weights in the app\'s layout: W1, b1, W2, b2, ... with W (inputs, neurons)."""',
            "    with np.load(WEIGHTS_FILE, allow_pickle=False) as weights:   # plain arrays, no pickles",
            "        return {name: weights[name] for name in weights.files}"])
    lines = ["def trained_weights():",
             '    """The trained weights in the app\'s layout: W1, b1, W2, b2, ... with W (inputs, neurons)."""',
             "    return {"]
    for name, p in zip(weight_names(net), net.params):
        dt = f"np.{net.dtype.name}"
        if p.ndim == 2:
            lines.append(f'        "{name}": np.array({matrix_text(p, 8)}, dtype={dt}),')
        else:
            lines.append(f'        "{name}": np.array({row_text(list(p), 27)}, dtype={dt}),')
    lines.append("    }")
    return "\n".join(lines)


def _load_data_source(net: MLP, info: ExportInfo, data: ExportData | None) -> str:
    doc = ('    """(X_train, y_train, X_test, y_test): inputs (n, d) and class labels (n,) as NumPy arrays;\n'
           '    the test pair may be None. Replace this function to train on your own data."""')
    if data is not None and data.size <= EMBED_DATA_LIMIT and data.X_train.shape[1] == data_columns(net):
        lines = ["def load_data():", doc, f"    # {info.data or 'the training data'}"]
        for name, X, y in (("train", data.X_train, data.y_train), ("test", data.X_test, data.y_test)):
            if X is None or y is None:
                lines.append(f"    X_{name} = y_{name} = None")
                continue
            lines.append(f"    X_{name} = np.array({matrix_text(np.asarray(X, dtype=np.float32), 4)}, dtype=np.float32)")
            lines.append(f"    y_{name} = np.array({row_text([int(v) for v in y], 19)})")
        lines.append("    return X_train, y_train, X_test, y_test")
        return "\n".join(lines)
    spec = dict(info.data_spec) if info.data_spec else None
    if spec is None:
        return "\n".join(["def load_data():", doc,
                          '    raise SystemExit("This script does not know the data the network was trained on: "',
                          f'                     "write load_data() to return X ({data_columns(net)} columns) and its class labels.")'])
    test = "None, None" if spec.get("kind") == "logic" else "ds.X_test, ds.y_test"
    return "\n".join([
        f"DATA_SPEC = {spec!r}",
        "", "",
        "def load_data():", doc,
        "    try:   # Backprop Lab's Python package loads the data as the app did",
        "        from guiapp.state.dataset_spec import DatasetSpec",
        "        from guiapp.state.datasets import load_dataset",
        "    except ImportError:",
        "        raise SystemExit(" + _wrapped(
            f"The network was trained on {(info.data or str(spec.get('name'))).split(':')[0]}, which comes with "
            f"Backprop Lab: install its Python package (guiapp), or write load_data() to return X "
            f"({data_columns(net)} columns) and its class labels.", 25) + ")",
        "    try:",
        "        ds = load_dataset(DatasetSpec.from_dict(DATA_SPEC))",
        "    except (OSError, ValueError) as exc:",
        '        raise SystemExit(f"could not load the data {DATA_SPEC[\'name\']!r}: {exc}")',
        "    # (the app does not test on truth tables: their test set is the training table)" if spec.get("kind") == "logic" else
        "    # the app's training and test sets",
        f"    return ds.X_train, ds.y_train, {test}"])


def _wrapped(text: str, indent: int) -> str:
    """A long string as adjacent literals, one per line (Python joins them)."""
    import textwrap

    parts = textwrap.wrap(text, 90 - indent, drop_whitespace=False)
    return ("\n" + " " * indent).join(repr(p) for p in parts)
