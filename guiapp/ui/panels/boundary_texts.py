"""The words of the Decision boundary panel: why there is no boundary for some data, the class
legend, and the network's answer at the point under the mouse."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..data_texts import dataset_title
from ..i18n.context import TrContext
from ..i18n.formatting import arg, format_int, format_number

BoundaryTexts = TrContext("BoundaryTexts")


def _panel(name: str, title: str) -> str:
    """Another panel's title as its dock shows it."""
    return QCoreApplication.translate(name, title)


def hover_hint() -> str:
    return BoundaryTexts.tr("Hover over the map to read the network's answer.")


def note_text(ds) -> str:
    """Why there is no decision boundary for ``ds`` (more or fewer than two inputs), and where to look."""
    d = ds.n_features
    title = html.escape(dataset_title(ds))
    weights, results = _panel("WeightsPanel", "Weights"), _panel("MnistPanel", "Test results")
    if ds.image_shape is not None:
        r, c = ds.image_shape
        return arg(BoundaryTexts.tr(
            "<p><b>No decision boundary for %1.</b></p><p>A decision boundary is drawn over a flat plane of two "
            "inputs, but each %2×%3 image has %4 inputs (one per pixel): there is no plane to draw.</p><p>Look at "
            "the <b>%5</b> panel to see what each hidden neuron looks for, and at <b>%6</b> for the network's "
            "guesses. For a boundary, pick a 2-D toy set or a 2-input logic gate.</p>"),
            title, r, c, format_int(d), weights, results)
    if ds.kind == "logic":
        return arg(BoundaryTexts.tr(
            "<p><b>No decision boundary for %1.</b></p><p>A decision boundary is drawn over a flat plane of two "
            "inputs, but this truth table has %2 inputs: its %3 rows are the corners of a %2-D cube, which does "
            "not fit on a flat plane.</p><p>Pick a 2-input gate such as XOR to see one, or look at the <b>%4</b> "
            "panel and the loss curve for this one.</p>"), title, d, format_int(2 ** d), weights)
    return arg(BoundaryTexts.tr(
        "<p><b>No decision boundary for %1.</b></p><p>A decision boundary is drawn over a flat plane of two inputs, "
        "but this data has %2 features.</p><p>Watch the loss and accuracy curves and the <b>%3</b> panel instead, "
        "or pick a 2-D toy set to see a boundary.</p>"), title, format_int(d), weights)


def legend_html(dots: list[str], n_train: int, max_points: int) -> str:
    """"Classes: ● 0  ● 1" (``dots``: each class's coloured dot and name), with a note when only
    some of the training points are drawn."""
    text = arg(BoundaryTexts.tr("Classes: %1"), "&nbsp;&nbsp;".join(dots))
    if n_train > max_points:
        text = arg(BoundaryTexts.tr("%1 &nbsp;(showing %2 of %3 training points)"), text, format_int(max_points),
                   format_int(n_train))
    return text


def test_points_tip(separate: bool) -> str:
    if separate:
        return BoundaryTexts.tr("Also draw the held-out test points (triangles). The network never trains on them: "
                                "if they land in their own colour, it generalizes.")
    return BoundaryTexts.tr("This data has no separate test points: the network is tested on the same points it "
                            "trains on.")


def answer_text(names, x: float, y: float, out, c: int, class_names) -> str:
    """The network's answer at (x, y): its output (one sigmoid neuron) or the class and its probability."""
    where = arg(BoundaryTexts.tr("%1 = %2, %3 = %4"), names[0], format_number(x, decimals=2), names[1],
                format_number(y, decimals=2))
    cname = class_names[c] if c < len(class_names) else str(c)
    if len(out) == 1:
        one = class_names[1] if len(class_names) > 1 else "1"
        return arg(BoundaryTexts.tr("%1  →  output %2 (P(class %3)): class %4"), where,
                   format_number(float(out[0]), decimals=3), one, cname)
    return arg(BoundaryTexts.tr("%1  →  class %2 (p = %3)"), where, cname, format_number(float(out[c]), decimals=3))


def probability_header(name: str) -> str:
    """A column of the CSV: the probability of a class, "P(7)"."""
    return arg(BoundaryTexts.tr("P(%1)", "the probability of a class"), name)


def class_header() -> str:
    return BoundaryTexts.tr("class")
