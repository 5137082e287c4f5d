"""How every view names the network's neurons: one naming everywhere (the diagram and its
tooltips, the weight heatmaps' axes and hover text, the decision boundary's axes, the data table).

The rule:
- an input is called by the data's own name for that feature (A, B for a truth table, x1, x2 for
  2-D points, a CSV column's header); an image's input is its pixel, "pixel (row 3, col 7)"; data
  without names gets x1, x2, …;
- hidden neuron j of hidden layer l is "h<l>.<j>" (1-based, as in a textbook);
- an output is "out" when there is one output neuron, "class <name>" when there is one per class,
  else "out<j>" (in Russian «выход», «класс 7», «выход 2»).
"""

from __future__ import annotations

from .i18n.context import TrContext
from .i18n.formatting import arg

__all__ = ["hidden_name", "input_name", "neuron_name", "output_name", "plane_axis_names"]

NeuronNames = TrContext("NeuronNames")


def input_name(j: int, n_inputs: int, feature_names=(), image_shape=None) -> str:
    """The name of input ``j`` (0-based) of ``n_inputs``."""
    if image_shape is not None and image_shape[0] * image_shape[1] == n_inputs:
        r, c = divmod(int(j), int(image_shape[1]))
        return arg(NeuronNames.tr("pixel (row %1, col %2)"), r + 1, c + 1)
    if len(feature_names) == n_inputs:
        return str(feature_names[j])
    return f"x{j + 1}"


def hidden_name(layer: int, j: int) -> str:
    """Neuron ``j`` (0-based) of hidden layer ``layer`` (1-based): h1.3."""
    return f"h{layer}.{j + 1}"


def output_name(j: int, n_outputs: int, class_names=()) -> str:
    """Output neuron ``j`` (0-based) of ``n_outputs``."""
    if n_outputs == 1:
        return NeuronNames.tr("out", "the output neuron")
    if len(class_names) == n_outputs:
        return arg(NeuronNames.tr("class %1"), class_names[j])
    return arg(NeuronNames.tr("out%1", "output neuron number %1"), j + 1)


def neuron_name(layer: int, j: int, layer_sizes, *, feature_names=(), image_shape=None, class_names=()) -> str:
    """The name of neuron ``j`` of ``layer`` (0 = the inputs, len(layer_sizes) - 1 = the outputs)."""
    if layer == 0:
        return input_name(j, layer_sizes[0], feature_names, image_shape)
    if layer == len(layer_sizes) - 1:
        return output_name(j, layer_sizes[-1], class_names)
    return hidden_name(layer, j)


def plane_axis_names(feature_names) -> tuple[str, str]:
    """The two axes of a plane of two inputs: the data's feature names (x1, x2 without them)."""
    return (str(feature_names[0]), str(feature_names[1])) if len(feature_names) == 2 else ("x1", "x2")
