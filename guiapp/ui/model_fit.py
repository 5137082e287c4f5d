"""Does a loaded model fit the data? The sentence that says why not, and the data a model file
says it was trained on (``extra["dataset"]``, written by the window when it saves a model).
The rules themselves are the engine's (``guiapp.engine.output_rules``)."""

from __future__ import annotations

from ..data.dataset import Dataset
from ..engine.features import input_names
from ..engine.output_rules import classes_problem
from ..engine.specs import NetworkSpec
from ..state.dataset_spec import DatasetSpec
from .data_texts import dataset_title, spec_title
from .i18n.context import TrContext
from .i18n.formatting import arg
from .terms import activation_name

ModelFit = TrContext("ModelFit")


def model_misfit(spec: NetworkSpec, dataset: Dataset) -> str | None:
    """Why a network of design ``spec`` cannot work on ``dataset`` (a sentence), or None if it can:
    its input layer must take the data's features, its output layer must fit its classes."""
    n_in, n_out, out_act = spec.layer_sizes[0], spec.layer_sizes[-1], spec.activations[-1]
    title = dataset_title(dataset)
    if spec.input_features and dataset.n_features != spec.data_inputs:
        return arg(ModelFit.tr("the model computes its inputs %1 from two columns (x1, x2), but the data “%2” "
                               "has %3"), ", ".join(input_names(spec.input_features)[2:]), title,
                   ModelFit.tr("%Ln feature(s)", "", dataset.n_features))
    if not spec.input_features and n_in != dataset.n_features:
        return arg(ModelFit.tr("the model takes %Ln input(s), but the data “%1” has %2", "", n_in), title,
                   ModelFit.tr("%Ln feature(s)", "", dataset.n_features))
    problem = classes_problem(dataset.n_classes, out_act, n_out)
    if problem is not None:
        layer = arg(ModelFit.tr("its output layer (“%1”) has %Ln neuron(s)", "", n_out), activation_name(out_act))
        data = arg(ModelFit.tr("the data “%1” has %2, which need %Ln output neuron(s)", "", problem.needed), title,
                   ModelFit.tr("%Ln class(es)", "", dataset.n_classes))
        return arg(ModelFit.tr("%1, but %2", "the output layer, but the data"), layer, data)
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
    return spec_title(spec)
