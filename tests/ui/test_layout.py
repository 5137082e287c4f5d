"""What a student sees at 1366×768 in the default layout, in English and in Russian (whose words are
longer): every training control on screen without scrolling, whatever the data (the Data panel's
preview gives way), both hidden layers' maps of the spiral's 2-16-16-3 network, all 32 of them
whole, without a scrollbar, and no text cut off anywhere (labels, buttons, check boxes, combo
boxes, tabs, the toolbar, the status bar)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QPushButton, QSlider,
                               QStyle, QStyleOptionComboBox, QTabBar, QToolBar, QToolButton, QWidget)

from guiapp.state.dataset_spec import DatasetSpec
from i18n_fixtures import language_fixture  # noqa: F401

SETTINGS = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider)


@pytest.fixture(autouse=True, params=["en", "ru"])
def lang(request, language):
    """Every test of this module runs with the window built in English and in Russian."""
    language(request.param)
    return request.param


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


def _cut(w: QWidget) -> str | None:
    """Why ``w``'s text does not fit it (None when it fits)."""
    if isinstance(w, QLabel):
        if w.wordWrap() or not w.text() or w.sizePolicy().horizontalPolicy().name == "Ignored":
            return None
        if w.width() + 1 < w.minimumSizeHint().width():
            return f"{w.width()} < {w.minimumSizeHint().width()}"
    elif isinstance(w, (QCheckBox, QPushButton)) or (isinstance(w, QToolButton) and w.text()):
        if w.width() + 1 < w.sizeHint().width():
            return f"{w.width()} < {w.sizeHint().width()}"
    elif isinstance(w, QComboBox) and w.currentText():
        opt = QStyleOptionComboBox()
        w.initStyleOption(opt)
        field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, w)
        icon = w.iconSize().width() + 4 if not w.itemIcon(w.currentIndex()).isNull() else 0
        need = w.fontMetrics().horizontalAdvance(w.currentText()) + icon
        if field.width() + 2 < need:
            return f"field {field.width()} < text {need}"
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            need = w.fontMetrics().horizontalAdvance(w.tabText(i).replace("&", ""))
            if w.tabRect(i).width() < need:
                return f"tab {w.tabText(i)!r}: {w.tabRect(i).width()} < {need}"
    return None


@pytest.mark.parametrize("spec", [DatasetSpec("logic", "XOR"), DatasetSpec("toy2d", "spiral", {"n_classes": 3}),
                                  DatasetSpec("mnist", "sample")], ids=["xor", "spiral", "mnist"])
def test_no_text_is_cut_off(window, session, controller, qtbot, spec):
    """Every panel in front in turn, after an epoch of training: nothing visible is narrower than
    its text (labels that wrap, and hover lines that are meant to be cut, excepted)."""
    if spec != session.dataset_spec:
        assert session.load_dataset_spec(spec)
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epochs_done == 1, timeout=60_000)
    problems = []
    for front in (("dataDock", "boundaryDock"), ("networkDock", "weightsDock"), ("dataDock", "mnistDock"),
                  ("dataDock", "drawDock")):
        for name in front:
            window.docks[name].raise_()
        settle(qtbot, window, lambda: [window.docks[n].widget() for n in window.docks])
        for w in window.findChildren(QWidget):
            if w.isVisible() and not w.visibleRegion().isEmpty():
                why = _cut(w)
                if why:
                    problems.append(f"{w.objectName() or type(w).__name__} {getattr(w, 'text', lambda: '')()!r}: "
                                    f"{why}")
    toolbar = window.findChild(QToolBar, "trainingToolBar")
    hidden = [a.objectName() or a.text() for a in toolbar.actions()
              if a.isVisible() and not toolbar.widgetForAction(a).isVisible()]   # (rewinding only: hidden when live)
    assert hidden == [], f"toolbar overflows: {hidden} not shown"
    assert not problems, "\n".join(sorted(set(problems)))
