"""What a student sees at 1366×768 in the default layout: every training control on screen without
scrolling, whatever the data (the Data panel's preview gives way), and both hidden layers' maps of
the spiral's 2-16-16-3 network, all 32 of them whole, without a scrollbar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QWidget

from guiapp.state.dataset_spec import DatasetSpec

SETTINGS = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider)


def inside(widget: QWidget, area: QWidget) -> bool:
    """Is all of ``widget`` within ``area`` (e.g. a scroll area's viewport)?"""
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return area.rect().contains(QRect(top_left, widget.size()))


def settle(qtbot, window, what):
    last = []

    def still():
        now = [w.geometry() for w in what()]
        same = last == [now]
        last[:] = [now]
        return same

    qtbot.waitUntil(still, timeout=3000)


@pytest.mark.parametrize("spec", [DatasetSpec("logic", "XOR"), DatasetSpec("toy2d", "spiral", {"n_classes": 3}),
                                  DatasetSpec("mnist", "sample")], ids=["xor", "spiral", "mnist"])
def test_every_training_control_is_on_screen_without_scrolling(window, session, qtbot, spec):
    assert window.width() <= 1366 and window.height() <= 768
    if spec != session.dataset_spec:
        assert session.load_dataset_spec(spec)
    panel = window.panels["trainingDock"]
    scroll = panel.scroll
    controls = [w for w in panel.settings.findChildren(QWidget) if isinstance(w, SETTINGS) and w.isVisibleTo(panel)]
    assert len(controls) >= 10
    settle(qtbot, window, lambda: [window.docks["trainingDock"], window.docks["dataDock"], scroll.viewport()])
    assert not scroll.verticalScrollBar().isVisible()
    for w in controls:
        assert inside(w, scroll.viewport()), f"{w.objectName()} is cut off or behind the scroll bar"
    assert inside(panel.progress_label, panel)


def test_the_spiral_shows_all_32_neuron_maps_whole(window, session, controller, qtbot):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 600, "noise": 0.03, "n_classes": 3}))
    assert session.spec.layer_sizes == (2, 16, 16, 3)
    window.docks["boundaryDock"].raise_()
    panel = window.panels["boundaryDock"]
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epochs_done == 1 and panel._boundary is not None
                    and panel._boundary is session.snapshot.boundary, timeout=10_000)
    maps = panel.maps
    tiles = maps.tiles()
    assert len(tiles) == 32
    settle(qtbot, window, lambda: [maps.viewport(), *tiles])
    assert not maps.verticalScrollBar().isVisible()
    for t in tiles:
        assert t.isVisible() and inside(t, maps.viewport()), f"{t.name} is cut off"
        assert t.picture_rect().width() >= 40   # still a picture, not a speck
        assert t.image_array() is not None
    assert len({t.width() for t in tiles}) == 1


@pytest.mark.parametrize("spec", [DatasetSpec("logic", "XOR"), DatasetSpec("toy2d", "spiral", {"n_classes": 3})],
                         ids=["xor", "spiral"])
def test_the_network_designer_shows_every_control_and_its_diagram(window, session, qtbot, spec):
    if spec != session.dataset_spec:
        assert session.load_dataset_spec(spec)
    window.docks["networkDock"].raise_()
    panel = window.panels["networkDock"]
    qtbot.waitUntil(panel.diagram.isVisible, timeout=2000)
    scroll = panel.controls.parentWidget().parentWidget()   # the controls' scroll area
    settle(qtbot, window, lambda: [window.docks["networkDock"], scroll.viewport(), panel.diagram])
    assert not scroll.verticalScrollBar().isVisible()
    for name in ("addLayerButton", "outputActivationCombo", "lossCombo", "biasCheck", "applyDesignButton",
                 "revertDesignButton", "paramCountLabel"):
        assert inside(window.findChild(QWidget, name), scroll.viewport()), name
    assert panel.diagram.height() >= 150


@pytest.mark.parametrize("spec", [DatasetSpec("toy2d", "spiral", {"n_classes": 3}), DatasetSpec("mnist", "sample")],
                         ids=["spiral", "mnist"])
def test_training_notes_push_the_data_preview_not_the_controls(window, session, controller, qtbot, spec):
    """A new optimizer mid-run shows two notes (its usual learning rate, settings used from the next
    Start): the Data panel's preview gives way, every training control stays on screen."""
    assert session.load_dataset_spec(spec)
    panel = window.panels["trainingDock"]
    controller.start()
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.steps > 0, timeout=10_000)
    combo = panel.optimizer_combo
    combo.setCurrentIndex(combo.findData("sgd"))
    assert panel.hint_label.isVisible() and window.findChild(QWidget, "learningRateNoteLabel").isVisible()
    controller.pause()
    scroll = panel.scroll
    settle(qtbot, window, lambda: [window.docks["trainingDock"], window.docks["dataDock"], scroll.viewport()])
    assert window.minimumSizeHint().height() <= window.height()
    assert not scroll.verticalScrollBar().isVisible()
    controls = [w for w in panel.settings.findChildren(QWidget) if isinstance(w, SETTINGS) and w.isVisibleTo(panel)]
    for w in controls:
        assert inside(w, scroll.viewport()), w.objectName()
    controller.stop()
