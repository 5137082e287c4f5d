"""Save and load a model: one ``.npz`` file holding the weights (``param_0``, ``param_1``, ...
in ``[W1, b1, W2, b2, ...]`` order) and the design as JSON (``spec``). The round trip is exact."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from .network import MLP
from .output_rules import OutputMismatch
from .specs import NetworkSpec

FORMAT_VERSION = 1


def save_model(path: str | os.PathLike, net: MLP, spec: NetworkSpec | None = None, extra: dict | None = None) -> Path:
    """Write ``net`` to ``path`` (``.npz`` is added if missing). ``extra`` (JSON-able) is stored too.
    Written to a temporary file first and then renamed, so a failed save never leaves half a file."""
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_suffix(path.suffix + ".npz") if path.suffix else path.with_suffix(".npz")
    spec = spec or NetworkSpec(tuple(net.layer_sizes), tuple(net.activations), init=net.init, bias=net.bias)
    meta = {"format": "backprop-lab-model", "version": FORMAT_VERSION, "spec": spec.to_dict(),
            "dtype": net.dtype.name, "extra": extra or {}}
    arrays = {f"param_{i}": p for i, p in enumerate(net.params)}
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        np.savez(fh, meta=np.array(json.dumps(meta)), **arrays)
    os.replace(tmp, path)
    return path


def load_model(path: str | os.PathLike) -> tuple[MLP, NetworkSpec, dict]:
    """Read a model saved by ``save_model``: ``(net, spec, extra)``. A file that is not such a
    model raises ``ValueError`` saying why."""
    path = Path(path)
    try:
        data = np.load(path, allow_pickle=False)
    except FileNotFoundError as exc:
        raise ValueError(f"there is no model file {path}") from exc
    except Exception as exc:  # a text file, a broken zip (BadZipFile), a pickle, ...
        raise ValueError(f"{path.name} is not a Backprop Lab model file ({exc})") from exc
    if not isinstance(data, np.lib.npyio.NpzFile):  # a plain .npy array
        raise ValueError(f"{path.name} is not a Backprop Lab model file (it holds a single array)")
    try:
        with data:
            meta = json.loads(str(data["meta"]))
            if not isinstance(meta, dict) or meta.get("format") != "backprop-lab-model":
                raise ValueError("no Backprop Lab header")
            count = len([k for k in data.files if k.startswith("param_")])
            params = [data[f"param_{i}"] for i in range(count)]
            spec = NetworkSpec.from_dict(meta["spec"])
            problem = spec.output_problem()
            if problem is not None:
                raise OutputMismatch(problem)
            net = spec.build(seed=0, dtype=np.dtype(meta.get("dtype", "float64")))
            net.set_params(params)
    except Exception as exc:  # a missing entry, bad JSON, a spec or shapes that don't fit, a damaged entry
        raise ValueError(f"{path.name} is not a Backprop Lab model file ({exc})") from exc
    return net, spec, meta.get("extra", {})
