"""Project files (``.bplab``): everything a session is, in one file. Plain data and the safe
archive (``guiapp.state.archive``: a zip of JSON documents and ``.npy`` arrays, never pickle,
written atomically); no Qt, so autosave writes it on any thread and the command line reads it.

    project = Project(data, spec, config, "float64", trainer_state, history_rows, ...)
    write_project("xor.bplab", project)
    project = read_project("xor.bplab")        # checked part by part; ProjectError / ArchiveError

The parts (one JSON document each, arrays beside them):

=========  ===========================================================================================
summary    what a list of files or the restore offer shows: data, design, epoch, last results, time
data       the data choice, and how it is kept (``project_data``: by name, embedded, or by path and
           checksum); embedded data in ``data/X_train`` ...
design     the network design (``NetworkSpec``) and the weights' dtype
training   the training settings (``TrainingConfig``)
trainer    where training stands (``TrainerState``): counters, optimizer name and scalars, shuffle
           generator, the epoch's running sums; arrays ``trainer/params`` (the flat weights),
           ``trainer/optimizer/<name>/<i>`` (momentum's velocity, Adam's moments), ``trainer/order``
history    the column names; array ``history/rows`` (epochs, 6) float64 (``EPOCH_COLUMNS``)
rewind     optional: the rewind store's own document; its arrays ``rewind/arrays/<name>`` (see below);
           an autosave has ``rewind_files`` instead, naming entry files beside it (``rewind_files.py``)
view       the view settings (dock layout, each panel's ``view_state()``); arrays in it ``view/<i>``
=========  ===========================================================================================

Reading checks every part (the archive checks sizes before allocating; here the values: a known
design within the app's limits, settings the Training panel could have made, counters that are
whole numbers, weights as many as the design has, finite where they must be) and raises a
``ProjectError`` naming the part, so a damaged file changes nothing.

The rewind store (``session.rewind``, issue 10) joins in through two methods of its own:
``export_state() -> (document, {name: array})`` and ``import_state(document, arrays)``; its part
is simply absent when there is no store, and a file without the part opens with an empty store.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from ..engine.optimizers import OPTIMIZERS
from ..engine.specs import NetworkSpec, TrainingConfig
from ..engine.trainer_state import TrainerState
from .archive import Limits, read_archive, write_archive
from .project_data import DataSource, ProjectError, data_document, data_from_document
from .snapshot import EPOCH_COLUMNS

FORMAT = "backprop-lab-project"
VERSION = 1
SUFFIX = ".bplab"
#: The MIME type the desktop files register for ``.bplab`` (packaging/backprop-lab-mime.xml).
MIME_TYPE = "application/x-backprop-lab-project"

__all__ = ["FORMAT", "VERSION", "SUFFIX", "MIME_TYPE", "Project", "ProjectError", "write_project", "read_project",
           "read_summary", "split_arrays", "join_arrays"]


@dataclass(frozen=True, eq=False)
class Project:
    """One session, as plain data.

    data: where the data comes from (``DataSource``). spec, config: the design and the training
    settings. dtype: "float32" or "float64" (the weights'). trainer: where training stands
    (weights, optimizer state, counters). history: (epochs, len(EPOCH_COLUMNS)) float64 rows.
    view: view settings (JSON-safe values and arrays, e.g. a drawing). rewind: the rewind store's
    (document, arrays), or None. rewind_files: instead of ``rewind``, an autosave's list of the
    entry files beside it (``rewind_files.py``), or None. saved_at: ISO time with zone. document:
    for an autosave, the project file it belongs to ("" if none). app_version: the Backprop Lab
    that wrote it.
    """

    data: DataSource
    spec: NetworkSpec
    config: TrainingConfig
    dtype: str
    trainer: TrainerState
    history: np.ndarray
    view: dict = field(default_factory=dict)
    rewind: tuple[dict, dict] | None = None
    rewind_files: dict | None = None
    saved_at: str = ""
    document: str = ""
    app_version: str = __version__

    @property
    def epoch(self) -> int:
        return int(self.trainer.epoch)

    def last(self, column: str) -> float | None:
        """The last history row's value of ``column`` (None: no rows, or not measured)."""
        if not len(self.history):
            return None
        value = float(self.history[-1, EPOCH_COLUMNS.index(column)])
        return value if math.isfinite(value) else None

    def summary(self) -> dict:
        """What a restore offer or a list of files says about the project (JSON-safe)."""
        return {"saved_at": self.saved_at, "document": self.document, "dataset": self.data.title,
                "dataset_kind": self.data.spec.kind, "layer_sizes": list(self.spec.layer_sizes),
                "epoch": self.epoch, "batch": int(self.trainer.batch), "steps": int(self.trainer.steps),
                **{k: self.last(k) for k in ("train_loss", "train_acc", "test_loss", "test_acc")},
                "app_version": self.app_version}


def now_iso() -> str:
    """The current time, local, with its zone: what ``saved_at`` holds."""
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


# ---- arrays inside JSON-like values ------------------------------------------------------------------
def split_arrays(value: Any, prefix: str) -> tuple[Any, dict[str, np.ndarray]]:
    """``value`` with every ndarray replaced by ``{"$array": name}`` (names under ``prefix``), and
    the arrays by name. Non-finite floats become None; values JSON cannot hold are dropped."""
    arrays: dict[str, np.ndarray] = {}

    def walk(v, path):
        if isinstance(v, np.ndarray):
            name = f"{prefix}/{len(arrays)}"
            arrays[name] = v
            return {"$array": name}
        if isinstance(v, dict):
            return {str(k): walk(x, f"{path}/{k}") for k, x in v.items()
                    if _jsonable(x) and isinstance(k, (str, int))}
        if isinstance(v, (list, tuple)):
            return [walk(x, path) for x in v if _jsonable(x)]
        if isinstance(v, (bool, np.bool_)):
            return bool(v)
        if isinstance(v, (int, np.integer)):
            return int(v)
        if isinstance(v, (float, np.floating)):
            return float(v) if math.isfinite(v) else None
        return v

    return walk(value, prefix), arrays


def _jsonable(v) -> bool:
    return v is None or isinstance(v, (str, bool, int, float, dict, list, tuple, np.ndarray, np.generic))


def join_arrays(value: Any, arrays: dict[str, np.ndarray]) -> Any:
    """The inverse of ``split_arrays`` (a missing array becomes None)."""
    if isinstance(value, dict):
        if set(value) == {"$array"}:
            return arrays.get(value["$array"]) if isinstance(value["$array"], str) else None
        return {k: join_arrays(v, arrays) for k, v in value.items()}
    if isinstance(value, list):
        return [join_arrays(v, arrays) for v in value]
    return value


# ---- the trainer's place -----------------------------------------------------------------------------
def _finite(x) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


def trainer_document(state: TrainerState) -> tuple[dict, dict[str, np.ndarray]]:
    arrays = {"trainer/params": np.asarray(state.params)}
    opt = None
    if state.optimizer is not None:
        counts = {}
        for name, values in (state.optimizer.get("arrays") or {}).items():
            counts[name] = len(values)
            for i, a in enumerate(values):
                arrays[f"trainer/optimizer/{name}/{i}"] = np.asarray(a)
        scalars = {k: (v if isinstance(v, (bool, int)) else _finite(v))
                   for k, v in (state.optimizer.get("scalars") or {}).items()}
        opt = {"arrays": counts, "scalars": split_arrays(scalars, "unused")[0]}
    if state.order is not None:
        arrays["trainer/order"] = np.asarray(state.order, dtype=np.int64)
    rng = None if state.rng is None else _lists(state.rng)  # (MT19937's state holds an array: a list here)
    doc = {"epoch": int(state.epoch), "batch": int(state.batch), "steps": int(state.steps),
           "optimizer_name": state.optimizer_name, "optimizer": opt, "rng": rng,
           "loss_sum": _finite(state.loss_sum), "correct": _finite(state.correct),
           "best_loss": _finite(state.best_loss), "extra": split_arrays(dict(state.extra), "unused")[0]}
    return doc, arrays


def _lists(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, np.integer):
        return int(value)
    return value


def _count(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**62


def trainer_from_document(doc, arrays, spec: NetworkSpec, file: str) -> TrainerState:
    def bad(reason: str) -> ProjectError:
        return ProjectError(f"{file} is damaged: where training stands {reason}", file=file, part="trainer",
                            reason=reason)

    if not isinstance(doc, dict):
        raise bad("is not a table of values")
    if not all(_count(doc.get(k)) for k in ("epoch", "batch", "steps")):
        raise bad("has counters that are not whole numbers")
    params = arrays.get("trainer/params")
    if params is None or params.ndim != 1 or params.dtype.kind != "f":
        raise bad("has no weights")
    if params.size != spec.num_params:
        raise ProjectError(f"{file} is damaged: it holds {params.size:,} weights, but its design "
                           f"{'-'.join(map(str, spec.layer_sizes))} has {spec.num_params:,}",
                           code="project_misfit", file=file, reason="weights and design differ")
    if not np.isfinite(params).all():
        raise bad("has weights that are not finite numbers")
    name = doc.get("optimizer_name", "")
    if name not in ("", *OPTIMIZERS):
        raise bad(f"names an unknown optimizer ({name!r})")
    optimizer = None
    opt = doc.get("optimizer")
    if opt is not None:
        if not isinstance(opt, dict) or not isinstance(opt.get("arrays"), dict) or not isinstance(
                opt.get("scalars", {}), dict):
            raise bad("has an optimizer state that makes no sense")
        lists = {}
        for key, count in opt["arrays"].items():
            if not _count(count) or count > 10_000:
                raise bad("has an optimizer state that makes no sense")
            try:
                lists[key] = [arrays[f"trainer/optimizer/{key}/{i}"] for i in range(count)]
            except KeyError:
                raise bad(f"lacks part of the optimizer state ({key})") from None
        scalars = {k: v for k, v in opt.get("scalars", {}).items() if isinstance(v, (int, float))}
        optimizer = {"arrays": lists, "scalars": scalars}
    order = arrays.get("trainer/order")
    if order is not None and (order.ndim != 1 or order.dtype.kind not in "iu"):
        raise bad("has a sample order that is not a list of rows")
    rng = doc.get("rng")
    if rng is not None and not isinstance(rng, dict):
        raise bad("has a shuffle generator that makes no sense")
    numbers = {}
    for key, default in (("loss_sum", 0.0), ("correct", 0.0), ("best_loss", math.inf)):
        v = doc.get(key)
        if v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool)):
            raise bad(f"has a {key} that is not a number")
        numbers[key] = default if v is None else float(v)
    extra = doc.get("extra") or {}
    if not isinstance(extra, dict):
        raise bad("has extra values that make no sense")
    return TrainerState(params=params, epoch=doc["epoch"], batch=doc["batch"], steps=doc["steps"],
                        optimizer=optimizer, optimizer_name=name, rng=rng, order=order, extra=extra, **numbers)


# ---- writing -------------------------------------------------------------------------------------------
def project_parts(project: Project) -> tuple[dict, dict[str, np.ndarray]]:
    """The documents and arrays of ``project`` (what ``write_project`` stores)."""
    data_doc, arrays = data_document(project.data)
    trainer_doc, trainer_arrays = trainer_document(project.trainer)
    arrays.update(trainer_arrays)
    history = np.asarray(project.history, dtype=np.float64).reshape(-1, len(EPOCH_COLUMNS))
    arrays["history/rows"] = history
    view, view_arrays = split_arrays(project.view, "view")
    arrays.update(view_arrays)
    docs = {"summary": project.summary(), "data": data_doc,
            "design": {"spec": project.spec.to_dict(), "dtype": project.dtype},
            "training": project.config.to_dict(), "trainer": trainer_doc,
            "history": {"columns": list(EPOCH_COLUMNS)}, "view": view}
    if project.rewind is not None:
        rdoc, rarrays = project.rewind
        rdoc, inline = split_arrays(rdoc, "rewind/inline")
        arrays.update(inline)
        docs["rewind"] = {"document": rdoc, "arrays": sorted(rarrays)}
        for name, a in rarrays.items():
            arrays[f"rewind/arrays/{name}"] = np.asarray(a)
    if project.rewind_files is not None:
        docs["rewind_files"] = project.rewind_files
    return docs, arrays


def write_project(path: str | os.PathLike, project: Project, *, compress: bool = True) -> Path:
    """Write ``project`` to ``path`` atomically (temp file, fsync, rename). ``compress=False``
    (autosave) stores the arrays as they are: weights barely compress and it costs CPU.
    Raises ArchiveWriteError when the disk refuses (the old file is kept)."""
    docs, arrays = project_parts(project)
    return write_archive(path, FORMAT, VERSION, docs, arrays, compress=compress)


# ---- reading -------------------------------------------------------------------------------------------
def read_summary(path: str | os.PathLike) -> dict:
    """Only the ``summary`` part (fast: no arrays are read). Raises ArchiveError / ProjectError."""
    archive = read_archive(path, FORMAT, VERSION, only_documents=("summary",))
    summary = archive.documents.get("summary")
    if not isinstance(summary, dict):
        name = Path(path).name
        raise ProjectError(f"{name} is damaged: it has no summary", file=name, part="summary", reason="missing")
    return summary


def read_project(path: str | os.PathLike, *, limits: Limits = Limits()) -> Project:
    """Read and check a project file. Raises ArchiveError (not a readable archive) or ProjectError
    (a part that makes no sense); nothing of the file is used until every part has been checked."""
    from .settings_check import check_network, check_training

    name = Path(path).name
    archive = read_archive(path, FORMAT, VERSION, limits=limits)
    docs, arrays = archive.documents, archive.arrays
    for part in ("data", "design", "training", "trainer", "history"):
        if part not in docs:
            raise ProjectError(f"{name} is damaged: its part {part!r} is missing", file=name, part=part,
                               reason="missing")
    data = data_from_document(docs["data"], arrays, name)
    design = docs["design"]
    spec, notes = check_network(design.get("spec") if isinstance(design, dict) else None)
    if spec is None or notes:
        raise ProjectError(f"{name} is damaged: its network design makes no sense ({'; '.join(notes)})",
                           file=name, part="design", reason="; ".join(notes))
    dtype = design.get("dtype")
    if dtype not in ("float32", "float64"):
        raise ProjectError(f"{name} is damaged: its weights' type ({dtype!r}) is not float32 or float64",
                           file=name, part="design", reason=f"dtype {dtype!r}")
    config, notes = check_training(docs["training"])
    if config is None or notes:
        raise ProjectError(f"{name} is damaged: its training settings make no sense ({'; '.join(notes)})",
                           file=name, part="training", reason="; ".join(notes))
    trainer = trainer_from_document(docs["trainer"], arrays, spec, name)
    history = arrays.get("history/rows")
    if history is None or history.ndim != 2 or history.shape[1] > len(EPOCH_COLUMNS) or history.dtype.kind != "f":
        raise ProjectError(f"{name} is damaged: its history is not a table of epochs", file=name, part="history",
                           reason="shape")
    history = np.asarray(history, dtype=np.float64)
    if len(history) and (not np.all(np.diff(history[:, 0]) > 0) or history[-1, 0] > trainer.epoch):
        raise ProjectError(f"{name} is damaged: its history's epochs are out of order or past epoch "
                           f"{trainer.epoch}", file=name, part="history", reason="epochs")
    view = join_arrays(docs["view"], arrays) if isinstance(docs.get("view"), dict) else {}
    rewind = None
    part = docs.get("rewind")
    if isinstance(part, dict) and isinstance(part.get("document"), dict) and isinstance(part.get("arrays"), list):
        rewind = (join_arrays(part["document"], arrays),
                  {n: arrays[f"rewind/arrays/{n}"] for n in part["arrays"]
                   if isinstance(n, str) and f"rewind/arrays/{n}" in arrays})
    rewind_files = docs.get("rewind_files") if isinstance(docs.get("rewind_files"), dict) else None
    summary = docs.get("summary") if isinstance(docs.get("summary"), dict) else {}
    return Project(data=data, spec=spec, config=config, dtype=dtype, trainer=trainer, history=history,
                   view=view, rewind=rewind, rewind_files=rewind_files,
                   saved_at=str(summary.get("saved_at", "")), document=str(summary.get("document") or ""),
                   app_version=str(summary.get("app_version", "")))
