"""The data part of a project file: which data, and how the project keeps it. No Qt.

Three ways, chosen by ``data_source_for`` from the data choice (``DatasetSpec``):

- **by name** ("builtin"): truth tables, generated 2-D point sets (name, count, noise, seed: made
  again exactly the same), the student's own points (kept in the choice's parameters), the
  bundled MNIST sample, Fashion-MNIST where installed;
- **embedded**: a CSV table, and any other file whose arrays total at most ``EMBED_LIMIT`` bytes:
  the arrays themselves travel inside the project (``data/X_train`` ...), so the project opens
  on another computer and whatever became of the file;
- **by path and checksum** ("files"): larger files (full MNIST, a big ``.npz`` or IDX folder): the
  path of each file with its size and SHA-256. Opening checks them first and says clearly when
  a file moved (``project_data_missing``) or changed (``project_data_changed``).

Checksums of large files are cached by (path, size, modification time), so an autosave every
30 s does not read 50 MB again each time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..data.dataset import KINDS, Dataset
from ..user_errors import UserError
from .dataset_spec import DatasetSpec

#: File data up to this many bytes of arrays is embedded in the project; larger by path + checksum.
EMBED_LIMIT = 64 << 20
#: Names of the embedded arrays.
DATA_ARRAYS = ("X_train", "y_train", "X_test", "y_test")

BUILTIN, EMBEDDED, FILES = "builtin", "embedded", "files"


class ProjectError(UserError, ValueError):
    """A project file that reads as an archive but cannot be opened. ``code``:

    project_bad_part (``part``: which part makes no sense; ``reason``), project_data_missing
    (``path``: a data file that is no longer there), project_data_changed (``path``: a data file
    whose contents changed since the project was saved), project_data_unavailable (``name``,
    ``reason``: data that cannot be loaded here), project_misfit (``reason``: the parts do not fit
    together). ``details`` always has ``file`` (the project's file name).
    """

    default_code = "project_bad_part"


@dataclass(frozen=True)
class FileRef:
    """A data file the project names: where it was, how big, and its SHA-256 (hex)."""

    path: str
    size: int
    sha256: str

    def to_dict(self) -> dict:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True, eq=False)
class DataSource:
    """How a project holds its data.

    spec: the data choice. title: the data's name on screen ("MNIST sample", "iris.csv").
    how: BUILTIN (made again from ``spec``), EMBEDDED (``embedded`` holds the Dataset) or FILES
    (``files`` lists the files ``spec`` loads, with their checksums).
    """

    spec: DatasetSpec
    title: str
    how: str = BUILTIN
    embedded: Dataset | None = None
    files: tuple[FileRef, ...] = ()


# ---- checksums ------------------------------------------------------------------------------------
_CHECKSUMS: dict[tuple[str, int, int], str] = {}
_CHECKSUM_LOCK = threading.Lock()


def file_ref(path: str | os.PathLike) -> FileRef:
    """The FileRef of an existing file (its SHA-256 computed, or taken from the cache)."""
    p = Path(path)
    st = p.stat()
    key = (str(p.resolve()), st.st_size, st.st_mtime_ns)
    with _CHECKSUM_LOCK:
        digest = _CHECKSUMS.get(key)
    if digest is None:
        h = hashlib.sha256()
        with open(p, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        digest = h.hexdigest()
        with _CHECKSUM_LOCK:
            _CHECKSUMS[key] = digest
    return FileRef(str(p.resolve()), int(st.st_size), digest)


def files_of(spec: DatasetSpec) -> list[Path]:
    """The files the data choice ``spec`` reads (empty for data made by name)."""
    params = dict(spec.params)
    path = params.get("path")
    if not isinstance(path, str):
        return []
    p = Path(path)
    folder = (spec.kind == "file" and params.get("format") == "idx_folder") or (spec.kind == "mnist"
                                                                                and spec.name == "folder")
    if folder:
        from ..data.mnist import _find_standard_files

        found = _find_standard_files(p) if p.is_dir() else None
        return sorted(found.values()) if found else []
    return [p] if spec.kind == "file" else []


def is_builtin(spec: DatasetSpec) -> bool:
    """Data made again from its name and parameters alone."""
    return spec.kind in ("logic", "toy2d", "custom") or (spec.kind == "mnist" and spec.name in ("sample", "fashion"))


def data_source_for(spec: DatasetSpec, dataset: Dataset) -> DataSource:
    """How a project should keep ``dataset`` (loaded from ``spec``): see the module notes."""
    if is_builtin(spec):
        return DataSource(spec, dataset.name, BUILTIN)
    nbytes = sum(getattr(dataset, name).nbytes for name in DATA_ARRAYS)
    csv = spec.kind == "file" and dict(spec.params).get("format") == "csv"
    files = files_of(spec)
    if csv or nbytes <= EMBED_LIMIT or not files:
        return DataSource(spec, dataset.name, EMBEDDED, embedded=dataset)
    return DataSource(spec, dataset.name, FILES, files=tuple(file_ref(f) for f in files))


# ---- into and out of the archive --------------------------------------------------------------------
def data_document(source: DataSource) -> tuple[dict, dict[str, np.ndarray]]:
    """The JSON document and the arrays of a DataSource."""
    doc = {"spec": source.spec.to_dict(), "title": source.title, "how": source.how,
           "files": [f.to_dict() for f in source.files]}
    arrays: dict[str, np.ndarray] = {}
    ds = source.embedded
    if source.how == EMBEDDED and ds is not None:
        doc["embedded"] = {"name": ds.name, "kind": ds.kind, "n_classes": ds.n_classes,
                           "class_names": list(ds.class_names), "feature_names": list(ds.feature_names),
                           "image_shape": None if ds.image_shape is None else list(ds.image_shape),
                           "description": ds.description}
        arrays = {f"data/{name}": getattr(ds, name) for name in DATA_ARRAYS}
    return doc, arrays


def _str_list(value, n: int | None = None) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value) and (n is None or len(value) == n)


def data_from_document(doc, arrays, file: str) -> DataSource:
    """The DataSource a project's ``data`` document (and arrays) describe. Raises ProjectError."""
    from .settings_check import check_dataset

    def bad(reason: str) -> ProjectError:
        return ProjectError(f"{file} is damaged: its data part {reason}", file=file, part="data", reason=reason)

    if not isinstance(doc, dict):
        raise bad("is not a table of settings")
    spec, notes = check_dataset(doc.get("spec"))
    if spec is None or notes:
        raise bad(f"names data that makes no sense ({'; '.join(notes) or 'unknown'})")
    how, title = doc.get("how"), doc.get("title")
    if how not in (BUILTIN, EMBEDDED, FILES) or not isinstance(title, str):
        raise bad("does not say how the data is kept")
    if how == BUILTIN:
        if not is_builtin(spec):
            raise bad(f"names {spec.kind} data that does not come with the app")
        return DataSource(spec, title, BUILTIN)
    if how == FILES:
        refs = doc.get("files")
        if not isinstance(refs, list) or not refs:
            raise bad("lists no data files")
        out = []
        for ref in refs:
            if not (isinstance(ref, dict) and isinstance(ref.get("path"), str) and isinstance(ref.get("sha256"), str)
                    and isinstance(ref.get("size"), int) and ref["size"] >= 0):
                raise bad("names a data file without its size or checksum")
            out.append(FileRef(ref["path"], ref["size"], ref["sha256"].lower()))
        return DataSource(spec, title, FILES, files=tuple(out))
    meta = doc.get("embedded")
    if not isinstance(meta, dict):
        raise bad("says the data is inside but does not describe it")
    missing = [n for n in DATA_ARRAYS if f"data/{n}" not in arrays]
    if missing:
        raise bad(f"lacks the arrays {', '.join(missing)}")
    shape = meta.get("image_shape")
    k = meta.get("n_classes")
    if (meta.get("kind") not in KINDS or not isinstance(meta.get("name"), str) or not isinstance(k, int)
            or not 2 <= k <= 10_000 or not _str_list(meta.get("class_names"), k)
            or not _str_list(meta.get("feature_names")) or not isinstance(meta.get("description", ""), str)
            or not (shape is None or (isinstance(shape, list) and len(shape) == 2
                                      and all(isinstance(s, int) and s > 0 for s in shape)))):
        raise bad("describes its embedded data in a way that makes no sense")
    try:
        dataset = Dataset(name=meta["name"], kind=meta["kind"], X_train=arrays["data/X_train"],
                          y_train=arrays["data/y_train"], X_test=arrays["data/X_test"], y_test=arrays["data/y_test"],
                          n_classes=k, class_names=tuple(meta["class_names"]),
                          feature_names=tuple(meta["feature_names"]),
                          image_shape=None if shape is None else (shape[0], shape[1]),
                          description=meta.get("description", ""))
    except ValueError as exc:
        raise bad(f"holds arrays that do not fit together ({exc})") from exc
    if dataset.y_train.size and (dataset.y_train.min() < 0 or dataset.y_train.max() >= k
                                 or (dataset.y_test.size and (dataset.y_test.min() < 0 or dataset.y_test.max() >= k))):
        raise bad(f"has labels outside its {k} classes")
    return DataSource(spec, title, EMBEDDED, embedded=dataset)


# ---- back to a Dataset ------------------------------------------------------------------------------
def check_files(source: DataSource, file: str) -> None:
    """Raise ProjectError if a file the project names moved or changed since it was saved."""
    for ref in source.files:
        p = Path(ref.path)
        if not p.is_file():
            raise ProjectError(f"{file} was trained on data from {ref.path}, which is no longer there. Put the "
                               f"file back (or open the data again from where it is now).",
                               code="project_data_missing", file=file, path=ref.path)
        now = file_ref(p)
        if now.size != ref.size or now.sha256 != ref.sha256:
            raise ProjectError(f"{file} was trained on data from {ref.path}, which has changed since the project "
                               f"was saved ({ref.size:,} bytes then, {now.size:,} now).",
                               code="project_data_changed", file=file, path=ref.path, size_then=ref.size,
                               size_now=now.size)


def load_source(source: DataSource, file: str, *, cancel: threading.Event | None = None, progress=None) -> Dataset:
    """The Dataset a DataSource stands for: embedded, made from its name, or read from its
    checked files. Raises ProjectError (with the reason) if it cannot be had here."""
    if source.how == EMBEDDED and source.embedded is not None:
        return source.embedded
    if source.how == FILES:
        check_files(source, file)
    from .datasets import load_dataset

    if source.spec.kind == "mnist" and source.spec.name == "fashion":
        from ..data.mnist import fashion_mnist_available

        if not fashion_mnist_available():
            raise ProjectError(f"{file} was trained on Fashion-MNIST, which is not installed on this computer "
                               "(Debian/Ubuntu: apt install dataset-fashion-mnist).",
                               code="project_data_unavailable", file=file, name="Fashion-MNIST",
                               reason="not installed")
    try:
        return load_dataset(source.spec, cancel=cancel, progress=progress)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ProjectError(f"{file}: its data ({source.title}) could not be loaded: {exc}",
                           code="project_data_unavailable", file=file, name=source.title, reason=str(exc)) from exc
