"""One module per dock (helpers of a panel sit beside it: ``data_choices``, ``network_texts``).
Each panel is a :class:`.base.DockPanel` with ``TITLE`` (the dock's title) and ``DOCK_NAME`` (the
dock's stable objectName), made by ``cls.create(session, controller, parent)``: only the panels
that drive training (Data, Training) keep the controller, the others take ``(session, parent)``."""

from __future__ import annotations

#: (module, class, dock area "left" | "right" | "bottom") in the order the docks are made.
PANEL_CLASSES = [
    ("data_panel", "DataPanel", "left"),
    ("network_panel", "NetworkPanel", "left"),
    ("training_panel", "TrainingPanel", "left"),
    ("boundary_panel", "BoundaryPanel", "right"),
    ("feature_space_panel", "FeatureSpacePanel", "right"),
    ("weights_panel", "WeightsPanel", "right"),
    ("mnist_panel", "MnistPanel", "right"),
    ("draw_panel", "DrawPanel", "right"),
    ("backprop_panel", "BackpropPanel", "right"),
    ("loss_panel", "LossPanel", "bottom"),
    # the tutorials, runnable (issue 11): hidden until opened from Help → Tutorials (ui/tutorial_views.py)
    ("circuit_panel", "CircuitPanel", "right"),
    ("eleven_lines_panel", "ElevenLinesPanel", "right"),
    ("softmax_panel", "SoftmaxPanel", "right"),
]


def load_panel_classes():
    """[(class, area)] for every panel."""
    import importlib

    out = []
    for module, cls, area in PANEL_CLASSES:
        mod = importlib.import_module(f"{__name__}.{module}")
        out.append((getattr(mod, cls), area))
    return out
