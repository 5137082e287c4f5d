"""Save and load a model: one ``.npz`` file holding the weights (``param_0``, ``param_1``, ...
in ``[W1, b1, W2, b2, ...]`` order) and the design as JSON (``meta``). The round trip is exact.

The design keeps the network's input features (``NetworkSpec.input_features``: x1², sin x2, ...),
so a loaded network computes them again from the data's two columns; files without them (written
before features existed) load as networks without features.

Loading trusts nothing in the file (DESIGN §4c): the design is read first and checked (a loss
that fits its output layer, at most :data:`MAX_MODEL_PARAMS` parameters), then every weight
array's ``.npy`` header is checked against the shapes that design needs, and only then is
memory allocated and the values read, chunk by chunk (with cancel and byte progress). Weights
that are NaN or infinite are refused: such a network predicts nothing, and training it would
only "restore" the same NaNs.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import numpy as np

from ..bounded_read import ProgressCallback, counter_for, npz_headers, open_npz, read_npy_member
from ..user_errors import UserError
from .network import MLP
from .output_rules import OutputMismatch
from .specs import NetworkSpec

FORMAT_VERSION = 1
#: The largest model a file may declare: 200 M parameters (1.6 GB of float64 weights), more than
#: the designer can build for MNIST (784 inputs, 8 hidden layers of 4,096).
MAX_MODEL_PARAMS = 200_000_000
#: The JSON header (design, dataset, epochs) is small; a bigger one is not ours.
MAX_META_CHARS = 1 << 20


class ModelFileError(UserError, ValueError):
    """A file that is not a usable Backprop Lab model. ``code``: model_missing, model_not_a_model,
    model_too_big, model_shapes, model_not_finite, model_damaged, ...; ``details``: the file name
    and the values involved."""

    default_code = "model_not_a_model"


def _not_a_model(name: str, reason: str, code: str = "model_not_a_model", **details) -> ModelFileError:
    return ModelFileError(f"{name} is not a Backprop Lab model file ({reason})", code=code, file=name, **details)


def _check_finite(params, name: str, bias: bool) -> None:
    """Refuse NaN or infinite weights, naming the first array (and its layer) that has them."""
    for i, p in enumerate(params):
        bad = int(p.size - np.count_nonzero(np.isfinite(p)))
        if bad:
            layer = i // 2 + 1 if bias else i + 1
            what = "weights" if p.ndim == 2 else "biases"
            raise ModelFileError(
                f"{name}: {bad:,} of the {p.size:,} {what} of layer {layer} are NaN or infinite; "
                "a network with such weights predicts nothing", code="model_not_finite", file=name,
                layer=layer, what=what, count=bad, size=int(p.size))


def save_model(path: str | os.PathLike, net: MLP, spec: NetworkSpec | None = None, extra: dict | None = None) -> Path:
    """Write ``net`` to ``path`` (``.npz`` is added if missing). ``extra`` (JSON-able) is stored too.
    Written to a temporary file in the same folder, flushed to disk and renamed, so a failed save
    never leaves half a file (and removes its temporary file). Weights that are NaN or infinite
    are refused (ModelFileError): such a file could not be loaded again."""
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_suffix(path.suffix + ".npz") if path.suffix else path.with_suffix(".npz")
    spec = spec or NetworkSpec(tuple(net.layer_sizes), tuple(net.activations), init=net.init, bias=net.bias,
                               input_features=net.input_features)
    if tuple(spec.layer_sizes) != tuple(net.layer_sizes) or spec.input_features != tuple(net.input_features):
        raise ModelFileError(f"{path.name}: the design {'-'.join(map(str, spec.layer_sizes))} "
                             f"(input features {list(spec.input_features)}) is not the network's "
                             f"{'-'.join(map(str, net.layer_sizes))} (input features {list(net.input_features)})",
                             code="model_design_mismatch", file=path.name)
    _check_finite(net.params, path.name, net.bias)
    meta = {"format": "backprop-lab-model", "version": FORMAT_VERSION, "spec": spec.to_dict(),
            "dtype": net.dtype.name, "extra": extra or {}}
    arrays = {f"param_{i}": p for i, p in enumerate(net.params)}
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as fh:
            np.savez(fh, meta=np.array(json.dumps(meta)), **arrays)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _expected_shapes(spec: NetworkSpec) -> list[tuple[int, ...]]:
    """The shapes of ``[W1, b1, W2, b2, ...]`` for a design (without biases ``[W1, W2, ...]``)."""
    shapes = []
    for fan_in, fan_out in zip(spec.layer_sizes[:-1], spec.layer_sizes[1:]):
        shapes.append((fan_in, fan_out))
        if spec.bias:
            shapes.append((fan_out,))
    return shapes


def load_model(path: str | os.PathLike, *, cancel: threading.Event | None = None,
               progress: ProgressCallback | None = None,
               max_params: int = MAX_MODEL_PARAMS) -> tuple[MLP, NetworkSpec, dict]:
    """Read a model saved by ``save_model``: ``(net, spec, extra)``.

    Args:
        cancel: a ``threading.Event`` checked between chunks (``ReadCancelled`` once set).
        progress: ``progress(done, total)`` in bytes of weights read.
        max_params: a design with more parameters is refused before anything is allocated.

    Raises:
        ModelFileError (a ValueError): no such file, not a model, a design that cannot train
            (OutputMismatch, also a ValueError), too many parameters, weights whose shapes do
            not fit the design, NaN or infinite weights, a damaged file.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ModelFileError(f"there is no model file {path}", code="model_missing", file=str(path))
    try:
        archive = open_npz(path, ModelFileError)
    except ModelFileError as exc:
        raise _not_a_model(name, str(exc), exc.code) from exc
    with archive:
        try:
            headers = npz_headers(archive, str(path), ModelFileError)
        except ModelFileError as exc:
            raise _not_a_model(name, str(exc), exc.code) from exc
        meta_header = headers.get("meta")
        if meta_header is None or meta_header.shape != () or meta_header.dtype.kind != "U":
            raise _not_a_model(name, "no Backprop Lab header")
        if meta_header.dtype.itemsize > 4 * MAX_META_CHARS:
            raise _not_a_model(name, f"its header is {meta_header.dtype.itemsize // 4:,} characters long",
                               code="model_damaged")
        try:
            meta = json.loads(str(read_npy_member(archive, meta_header, str(path), ModelFileError)[()]))
        except ValueError as exc:
            raise _not_a_model(name, f"its header is not readable: {exc}", code="model_damaged") from exc
        if not isinstance(meta, dict) or meta.get("format") != "backprop-lab-model":
            raise _not_a_model(name, "no Backprop Lab header")
        try:
            spec = NetworkSpec.from_dict(meta["spec"])
        except (KeyError, TypeError, ValueError) as exc:
            raise _not_a_model(name, f"its design is not valid: {exc}", code="model_bad_design") from exc
        problem = spec.output_problem()
        if problem is not None:
            raise OutputMismatch(problem)
        if spec.num_params > max_params:
            raise ModelFileError(
                f"{name}: the design {'-'.join(map(str, spec.layer_sizes))} has {spec.num_params:,} parameters; "
                f"at most {max_params:,} can be loaded", code="model_too_big", file=name,
                params=spec.num_params, limit=max_params)
        dtype_name = meta.get("dtype", "float64")
        if dtype_name not in ("float32", "float64"):
            raise _not_a_model(name, f"its weights are stored as {dtype_name!r}, not float32 or float64",
                               code="model_bad_dtype")

        expected = _expected_shapes(spec)
        found = sorted((k for k in headers if k.startswith("param_")), key=lambda k: (len(k), k))
        wanted = [f"param_{i}" for i in range(len(expected))]
        if found != wanted:
            raise _not_a_model(name, f"the design needs {len(expected)} weight arrays, the file has {len(found)}",
                               code="model_shapes", needed=len(expected), found=len(found))
        for i, shape in enumerate(expected):
            h = headers[f"param_{i}"]
            if h.shape != shape or h.dtype.kind != "f":
                raise _not_a_model(name, f"parameter {i} has shape {h.shape} ({h.dtype}) but the design "
                                         f"{'-'.join(map(str, spec.layer_sizes))} needs shape {shape}",
                                   code="model_shapes", param=i, shape=str(h.shape), needed=str(shape))

        counter = counter_for(progress, cancel, sum(headers[w].data_bytes for w in wanted))
        params = [read_npy_member(archive, headers[w], str(path), ModelFileError, counter) for w in wanted]
        if counter is not None:
            counter.finish()
    _check_finite(params, name, spec.bias)
    net = spec.build(seed=0, dtype=np.dtype(dtype_name))
    net.set_params(params)
    extra = meta.get("extra", {})
    return net, spec, extra if isinstance(extra, dict) else {}
