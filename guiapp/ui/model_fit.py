"""Does a loaded model fit the data? The sentence that says why not, and the data a model file
says it was trained on (``extra["dataset"]``, written by the window when it saves a model).
The rules themselves are the engine's (``guiapp.engine.output_rules``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..data.dataset import Dataset
from ..engine.features import input_names
from ..engine.output_rules import classes_problem
from ..engine.specs import NetworkSpec
from ..state.dataset_spec import DatasetSpec
from .i18n.formatting import arg


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ModelFit", text, None, n)


def model_misfit(spec: NetworkSpec, dataset: Dataset) -> str | None:
    """Why a network of design ``spec`` cannot work on ``dataset`` (a sentence), or None if it can:
    its input layer must take the data's features, its output layer must fit its classes."""
    n_in, n_out, out_act = spec.layer_sizes[0], spec.layer_sizes[-1], spec.activations[-1]
    if spec.input_features and dataset.n_features != spec.data_inputs:
        return arg(_tr("the model computes its inputs %1 from two columns (x1, x2), but %2 has %3 features"),
                   ", ".join(input_names(spec.input_features)[2:]), dataset.name, dataset.n_features)
    if not spec.input_features and n_in != dataset.n_features:
        return arg(_tr("the model takes %1 inputs but %2 has %3 features"), n_in, dataset.name, dataset.n_features)
    problem = classes_problem(dataset.n_classes, out_act, n_out)
    if problem is not None:
        return arg(_tr("its %1 output layer has %n neuron(s), but %2 has %3 classes, which need %4", n_out),
                   out_act, dataset.name, dataset.n_classes, problem.needed)
    return None


def dataset_spec_from(extra: dict) -> DatasetSpec | None:
    """The data a model file says it was trained on, or None (not stored, or not readable)."""
    data = extra.get("dataset") if isinstance(extra, dict) else None
    if not isinstance(data, dict):
        return None
    try:
        return DatasetSpec.from_dict(data)
    except (TypeError, ValueError):
        return None


def data_title(spec: DatasetSpec) -> str:
    """A name for the data a spec names, as the Data panel calls it."""
    titles = {("mnist", "sample"): _tr("the MNIST sample"), ("mnist", "fashion"): _tr("Fashion-MNIST"),
              ("mnist", "folder"): _tr("full MNIST")}
    if spec.kind == "toy2d":
        return arg(_tr("the %1 points"), spec.name)
    return titles.get((spec.kind, spec.name), spec.name)
