"""From what the app knows (a saved file today, the session later) to the arguments of
``guiapp.engine.export``: the lines a script says about its data and results, the data to put
into it, and the training settings. No Qt: the command line and the window share it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from ..data.dataset import Dataset
from ..engine.export import ExportData, ExportInfo, export_model
from ..engine.specs import NetworkSpec, TrainingConfig
from .dataset_spec import DatasetSpec
from .saved_files import SavedModel, builtin_data, data_misfit, evaluate

_KIND_TITLES = {"logic": "truth table", "toy2d": "2-D points", "images": "images", "table": "table"}


def data_line(dataset: Dataset | None, dataset_spec: DatasetSpec | None) -> str:
    """One line about the data: 'Spiral (2-D points): 480 training and 120 test samples, 2 inputs, 3 classes'."""
    if dataset is None:
        return "" if dataset_spec is None else f"{dataset_spec.name} ({dataset_spec.kind}; not loaded)"
    kind = _KIND_TITLES.get(dataset.kind, dataset.kind)
    if dataset.kind == "logic":
        samples = f"{dataset.n_train:,} rows"
    else:
        samples = f"{dataset.n_train:,} training and {dataset.n_test:,} test samples"
    return f"{dataset.name} ({kind}): {samples}, {dataset.n_features:,} inputs, {dataset.n_classes} classes"


def export_info(spec: NetworkSpec, dataset: Dataset | None, dataset_spec: DatasetSpec | None, *,
                epochs: int | None = None, metrics: Mapping | None = None, source: str = "",
                settings_note: str = "") -> ExportInfo:
    """The ExportInfo for a network of design ``spec`` trained on ``dataset`` (None if not loaded)."""
    return ExportInfo(
        data=data_line(dataset, dataset_spec),
        data_spec=None if dataset_spec is None else dataset_spec.to_dict(),
        epochs=epochs, loss=spec.loss, metrics=dict(metrics or {}), source=source, settings_note=settings_note,
        class_names=tuple(dataset.class_names) if dataset is not None else (),
        feature_names=tuple(dataset.feature_names) if dataset is not None else ())


def export_data(dataset: Dataset | None) -> ExportData | None:
    """The data an exported script may show or embed (test set left out for truth tables, as the app
    does not test on them)."""
    if dataset is None:
        return None
    test = dataset.kind != "logic" and dataset.n_test > 0
    return ExportData(dataset.X_train, dataset.y_train, dataset.X_test if test else None,
                      dataset.y_test if test else None, dataset.image_shape)


def settings_for(saved: SavedModel, dataset: Dataset | None) -> tuple[TrainingConfig, str]:
    """The training settings to export: the file's own, or else the app's starting settings for this
    data (``preset_for``), with a note saying which."""
    if saved.config is not None:
        return saved.config, ""
    if dataset is not None:
        from .datasets import preset_for

        return preset_for(dataset)[1], f"not kept in a {saved.kind} file: the app's starting settings for this data"
    return TrainingConfig(), f"not kept in a {saved.kind} file: the app's defaults"


def export_saved(saved: SavedModel, out: str | os.PathLike, to: str, *, embed: bool | None = None) -> list[Path]:
    """Export the network of a saved file as a ``to`` ("numpy"/"pytorch") script; returns the files
    written. The built-in data it names (if available offline) is evaluated for the script's header,
    shown by the NumPy script and embedded in the PyTorch script when small."""
    dataset = saved.dataset if saved.dataset is not None else builtin_data(saved.dataset_spec)[0]
    metrics = saved.metrics
    if metrics is None and dataset is not None:
        metrics, _problem = evaluate(saved, dataset)
    config, note = settings_for(saved, dataset)
    info = export_info(saved.spec, dataset, saved.dataset_spec, epochs=saved.epochs, metrics=metrics,
                       source=saved.path.name, settings_note=note)
    fits = dataset is not None and not data_misfit(saved.spec, dataset)
    return export_model(saved.net, out, to, info, config=config, data=export_data(dataset) if fits else None,
                        embed=embed)
