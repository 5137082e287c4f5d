"""What a saved file holds, read without the window: the network, its design, the data it was
trained on, the epochs, and (where the file keeps them) the training settings and final results.
Used by the command line (``python -m guiapp info``/``export``). No Qt.

Two kinds: model files (File → Save model, ``.npz``) and project files (``.bplab``, File → Save;
they keep the training settings and the results of the last epoch, so ``info`` reports those).
Other kinds plug in with ``register_opener``: an opener gets the path and the file's first bytes
and returns a ``SavedModel``, or None when the file is not its kind.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from ..data.dataset import Dataset
from ..engine.network import MLP
from ..engine.specs import NetworkSpec, TrainingConfig
from ..user_errors import UserError
from .dataset_spec import DatasetSpec


class NotAModelFile(UserError, ValueError):
    """A file that holds no Backprop Lab network. ``code``: "file_missing", "not_a_file",
    "not_a_model_file" (with ``reason`` when the file looked like one but is damaged)."""

    default_code = "not_a_model_file"


@dataclass(frozen=True)
class SavedModel:
    """A network read from a file, with what the file says about it.

    kind: "model" (a File → Save model ``.npz``) or "project" (a ``.bplab``). dataset_spec: the
    data it was trained on (None if the file does not say). epochs: epochs trained (None if
    unknown). config: the training settings, None where the file does not keep them (model
    files). metrics: final ``train_loss``/``train_acc``/``test_loss``/``test_acc`` kept in the file
    (None where not measured), or None if it keeps none. dataset: the data itself when the file
    holds it (a project's CSV table). dataset_title: the data's name on screen ("MNIST sample").
    """

    path: Path
    kind: str
    net: MLP
    spec: NetworkSpec
    dataset_spec: DatasetSpec | None = None
    epochs: int | None = None
    config: TrainingConfig | None = None
    metrics: Mapping[str, float | None] | None = None
    dataset: Dataset | None = None
    dataset_title: str = ""


#: An opener: (path, the file's first 8 bytes) -> SavedModel, or None when the file is not its kind.
Opener = Callable[[Path, bytes], "SavedModel | None"]


def _open_model_npz(path: Path, head: bytes) -> SavedModel | None:
    """A model file from File → Save model: an .npz holding ``meta`` (JSON) and ``param_i``."""
    from ..engine.serialization import load_model

    if not head.startswith(b"PK"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            if "meta.npy" not in zf.namelist():
                return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    try:
        net, spec, extra = load_model(path)
    except (ValueError, OSError) as exc:
        raise NotAModelFile(str(exc), file=path.name, reason=str(exc)) from exc
    extra = extra if isinstance(extra, dict) else {}
    dataset = None
    if isinstance(extra.get("dataset"), dict):
        try:
            dataset = DatasetSpec.from_dict(extra["dataset"])
        except (ValueError, TypeError):
            dataset = None
    epochs = extra.get("epochs")
    epochs = int(epochs) if isinstance(epochs, int) and not isinstance(epochs, bool) and epochs >= 0 else None
    config = None
    if isinstance(extra.get("training"), dict):  # not written by File → Save model yet; read if present
        try:
            config = TrainingConfig.from_dict(extra["training"])
        except (ValueError, TypeError):
            config = None
    return SavedModel(path, "model", net, spec, dataset, epochs, config)


def _open_project(path: Path, head: bytes) -> SavedModel | None:
    """A project file (File → Save, ``.bplab``): a zip with a ``manifest.json`` of its format."""
    from .archive import MANIFEST, ArchiveError
    from .project import read_project
    from .project_data import EMBEDDED, ProjectError

    if not head.startswith(b"PK"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            if MANIFEST not in zf.namelist():
                return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        if path.suffix.lower() != ".bplab":
            return None
    try:
        project = read_project(path)
    except ArchiveError as exc:
        if exc.code == "archive_wrong_format" and path.suffix.lower() != ".bplab":
            return None
        raise NotAModelFile(str(exc), code="not_a_model_file", file=path.name, reason=str(exc)) from exc
    except ProjectError as exc:
        raise NotAModelFile(str(exc), code="not_a_model_file", file=path.name, reason=str(exc)) from exc
    import numpy as np

    net = project.spec.build(seed=0, dtype=np.dtype(project.dtype))
    net.flat_params[...] = project.trainer.params
    metrics = ({k: project.last(k) for k in ("train_loss", "train_acc", "test_loss", "test_acc")}
               if len(project.history) else None)
    data = project.data
    return SavedModel(path, "project", net, project.spec, data.spec, project.epoch, project.config, metrics,
                      dataset=data.embedded if data.how == EMBEDDED else None, dataset_title=data.title)


OPENERS: list[Opener] = [_open_project, _open_model_npz]


def register_opener(opener: Opener) -> None:
    """Teach ``open_saved`` another kind of file (tried before the ones known already)."""
    if opener not in OPENERS:
        OPENERS.insert(0, opener)


def open_saved(path) -> SavedModel:
    """Read the network and what is known about it from a model (or, later, project) file.
    Raises NotAModelFile with a sentence that names the file."""
    path = Path(path)
    if not path.exists():
        raise NotAModelFile(f"there is no file {path}", code="file_missing", file=str(path))
    if not path.is_file():
        raise NotAModelFile(f"{path} is a folder, not a model file", code="not_a_file", file=str(path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise NotAModelFile(f"cannot read {path}: {exc.strerror or exc}", code="file_unreadable",
                            file=str(path), reason=str(exc.strerror or exc)) from exc
    for opener in OPENERS:
        saved = opener(path, head)
        if saved is not None:
            return saved
    raise NotAModelFile(f"{path.name} is not a Backprop Lab model file or project", file=path.name)


# ---- the data a file names ----------------------------------------------------------------------
def builtin_data(spec: DatasetSpec | None) -> tuple[Dataset | None, str]:
    """The data ``spec`` names if it comes with the app or lives in the file itself (truth tables,
    2-D point sets, the student's own points, the MNIST sample, Fashion-MNIST when installed,
    full MNIST when downloaded), loaded offline: ``(dataset, "")``. Otherwise ``(None, why)``."""
    from .datasets import load_dataset

    if spec is None:
        return None, "the file does not say which data the network was trained on"
    if spec.kind == "file":
        return None, f"it was trained on the student's own file {spec.name!r}, which is not built-in data"
    if spec.kind == "mnist" and spec.name == "fashion":
        from ..data.mnist import fashion_mnist_available

        if not fashion_mnist_available():
            return None, "Fashion-MNIST is not installed here (Debian/Ubuntu: apt install dataset-fashion-mnist)"
    if spec.kind == "mnist" and spec.name == "folder" and not Path(str(spec.params.get("path", ""))).is_dir():
        return None, "full MNIST is not downloaded on this computer (File → Download full MNIST…)"
    try:
        return load_dataset(spec), ""
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, f"its data ({spec.kind} {spec.name!r}) could not be loaded: {exc}"


def data_misfit(spec: NetworkSpec, dataset: Dataset) -> str:
    """Why a network of design ``spec`` cannot take ``dataset``'s columns ("" if it can). A network
    with input features takes 2-D data's two columns and computes its features itself."""
    n_in, features = spec.layer_sizes[0], spec.input_features
    if features:
        if dataset.n_features != spec.data_inputs:
            return (f"the network computes its input features ({', '.join(features)}) from 2 columns but its data "
                    f"({dataset.name}) has {dataset.n_features} features")
        return ""
    if dataset.n_features != n_in:
        return f"the network takes {n_in} inputs but its data ({dataset.name}) has {dataset.n_features} features"
    return ""


def evaluate(saved: SavedModel, dataset: Dataset) -> tuple[dict[str, float | None], str]:
    """Loss and accuracy of the file's network on ``dataset``'s training and test sets (no test for
    truth tables, as in the app): ``({"train_loss", "train_acc", "test_loss", "test_acc"}, note)``."""
    from ..engine.training import Trainer

    metrics: dict[str, float | None] = dict.fromkeys(("train_loss", "train_acc", "test_loss", "test_acc"))
    net = saved.net
    problem = data_misfit(saved.spec, dataset)
    if problem:
        return metrics, problem
    try:
        Y = dataset.y_train
        trainer = Trainer(net, dataset.X_train, Y, loss=None if saved.spec.loss == "auto" else saved.spec.loss)
    except ValueError as exc:
        return metrics, f"the network does not fit its data ({dataset.name}): {exc}"
    metrics["train_loss"], metrics["train_acc"] = trainer.evaluate(dataset.X_train, Y)
    if dataset.kind != "logic" and dataset.n_test:
        metrics["test_loss"], metrics["test_acc"] = trainer.evaluate(
            dataset.X_test, dataset.y_test)
    return metrics, ""
