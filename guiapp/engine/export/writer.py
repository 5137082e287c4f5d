"""Write an exported script (and, for larger networks, its weights file beside it)."""

from __future__ import annotations

import os
from pathlib import Path

from ..network import MLP
from ..specs import TrainingConfig
from .common import (EMBED_LIMIT, ExportData, ExportError, ExportInfo, weights_file_for, weights_npz_bytes,
                     write_atomically)
from .numpy_script import numpy_script
from .torch_script import pytorch_script

FORMATS = ("numpy", "pytorch")


def export_model(net: MLP, path: str | os.PathLike, to: str = "numpy", info: ExportInfo | None = None, *,
                 config: TrainingConfig | None = None, data: ExportData | None = None,
                 embed: bool | None = None) -> list[Path]:
    """Write ``net`` as a ``to`` ("numpy" or "pytorch") script to ``path`` (``.py`` added if missing).

    ``embed``: write the weights into the script (True), into ``<name>_weights.npz`` beside it
    (False), or decide by size (None: embedded up to ``EMBED_LIMIT`` parameters). ``config``
    (PyTorch): the training settings. ``data``: shown by the NumPy script, embedded in the PyTorch
    script when small. Every file is written atomically. Returns the files written, script first.
    """
    if to not in FORMATS:
        raise ExportError(f"unknown export format {to!r}: choose one of {', '.join(FORMATS)}",
                          code="export_unknown_format", format=str(to))
    path = Path(path)
    if path.suffix != ".py":
        path = path.with_name(path.name + ".py")
    if embed is None:
        embed = net.num_params <= EMBED_LIMIT
    weights = None if embed else weights_file_for(path)
    weights_name = None if weights is None else weights.name
    if to == "numpy":
        text = numpy_script(net, info, weights_file=weights_name, data=data, name=path.stem)
    else:
        text = pytorch_script(net, info, config=config, weights_file=weights_name, data=data, name=path.stem)
    if not path.parent.is_dir():
        raise ExportError(f"could not write {path}: the folder {path.parent} does not exist",
                          code="export_no_folder", file=str(path))
    written = []
    if weights is not None:
        write_atomically(weights, weights_npz_bytes(net))
    write_atomically(path, text.encode("utf-8"))
    written.append(path)
    if weights is not None:
        written.append(weights)
    return written
