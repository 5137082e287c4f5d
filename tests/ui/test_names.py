"""One naming everywhere: an input is called by the data's own feature name (A and B for a truth
table, x1 and x2 for 2-D points, a pixel for an image) in the diagram and its tooltips, the data
table, the weight heatmaps' axes and hover text, and the decision boundary's axes; h1.3 and
out/class 7 likewise."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QWidget

from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.names import input_name, neuron_name, output_name


def table_headers(window):
    table = window.findChild(QWidget, "dataTable")
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def diagram_input_names(diagram, n):
    """The inputs as the diagram's tooltips name them ("A: input 1 of 2")."""
    names = []
    for j in range(n):
        text = diagram.tooltip_at(diagram.neuron_center(0, j))
        names.append(text.split(":")[0])
    return names


def weight_row_labels(weights, layer=1):
    lay = weights.layer_items(layer)
    lay.update_ticks()
    ticks = lay.plot.getAxis("left")._tickLevels[0]
    return [t for _y, t in ticks if t != "bias"]


@pytest.mark.parametrize("spec, names", [(DatasetSpec("logic", "XOR"), ["A", "B"]),
                                         (DatasetSpec("toy2d", "moons"), ["x1", "x2"])], ids=["xor", "moons"])
def test_inputs_have_one_name_in_every_view(window, session, qtbot, spec, names):
    if spec != session.dataset_spec:
        assert session.load_dataset_spec(spec)
    assert list(session.dataset.feature_names) == names
    network = window.panels["networkDock"]
    window.docks["networkDock"].raise_()
    qtbot.waitUntil(network.diagram.isVisible, timeout=2000)
    assert diagram_input_names(network.diagram, 2) == names
    assert network.diagram.tooltip_at(network.diagram.link_point(0, 1, 2)).startswith(f"w[1→2, from {names[1]} to h1.3]")
    if spec.kind == "logic":
        assert table_headers(window)[:2] == names
    boundary = window.panels["boundaryDock"]
    assert [boundary.plot.getAxis(a).labelText for a in ("bottom", "left")] == names
    window.docks["weightsDock"].raise_()
    weights = window.panels["weightsDock"]
    qtbot.waitUntil(lambda: weights.layer_items(1).W is not None, timeout=3000)
    assert weights.unit_name(0, 1) == names[1]
    qtbot.waitUntil(lambda: bool(weight_row_labels(weights)), timeout=3000)
    assert weight_row_labels(weights) == names
    assert weights.hover_text(1, ("W", 1, 2)).startswith(f"W1[{names[1]} → h1.3]")
    # the layers' axis titles say where each matrix comes from and goes to
    last = len(session.spec.layer_sizes) - 1
    assert weights.layer_items(2).plot.getAxis("left").labelText == "from (hidden 1)"
    assert weights.layer_items(last).plot.getAxis("bottom").labelText == "to (output)"


def test_image_inputs_and_outputs_are_named_alike(window, session, qtbot):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    diagram = window.panels["networkDock"].diagram
    weights = window.panels["weightsDock"]
    assert diagram.neuron_name(0, 30) == weights.unit_name(0, 30) == "pixel (row 2, col 3)"
    last = len(session.spec.layer_sizes) - 1
    assert diagram.neuron_name(last, 7) == weights.unit_name(last, 7) == "class 7"
    assert re.match(r"h1\.1: ", diagram.tooltip_at(diagram.neuron_center(1, 0)))


def test_the_naming_rule():
    assert input_name(1, 2, ("A", "B")) == "B"
    assert input_name(1, 2) == "x2"
    assert input_name(30, 784, (), (28, 28)) == "pixel (row 2, col 3)"
    assert output_name(0, 1, ("0", "1")) == "out"
    assert output_name(3, 10, tuple("0123456789")) == "class 3"
    assert output_name(1, 3) == "out2"
    assert neuron_name(1, 2, (2, 4, 1)) == "h1.3"
