"""The Test results panel: live test accuracy, the confusion matrix and the gallery of test digits,
as a student sees them while an MLP learns the bundled MNIST sample."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QWidget

from guiapp.data.dataset import Dataset
from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.session import GALLERY_SIZE, STOPPED


@pytest.fixture
def mnist_session(session):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 32, 10), ("relu", "softmax")))
    session.set_config(replace(session.config, epochs=1, optimizer="adam", learning_rate=0.003))
    return session


def _make_panel(qtbot, session, controller, size=(900, 420)):
    from guiapp.ui.panels.mnist_panel import MnistPanel

    panel = MnistPanel(session)
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot, mnist_session, controller):
    return _make_panel(qtbot, mnist_session, controller)


def _label(panel, name) -> str:
    return panel.findChild(QLabel, name).text()


def _wait_for_shown_evaluation(qtbot, panel, session, epoch=None):
    def ready():
        snap = session.snapshot
        return (snap is not None and snap.evaluation is not None and panel.shown_evaluation() is snap.evaluation
                and (epoch is None or snap.epoch == epoch))
    qtbot.waitUntil(ready, timeout=15_000)
    return session.snapshot


def _assert_matrix_shows(panel, confusion):
    view = panel.findChild(QWidget, "confusionMatrix")
    k = confusion.shape[0]
    shown = np.array([[int(view.cell_text(i, j).replace(",", "")) for j in range(k)] for i in range(k)])
    np.testing.assert_array_equal(shown, confusion)


def _assert_gallery_marks_wrong(panel, session, ev):
    gallery = panel.findChild(QWidget, "digitGallery")
    y = session.dataset.y_test[:GALLERY_SIZE]
    names = session.dataset.class_names
    assert gallery.count() == GALLERY_SIZE == len(ev.gallery_pred)
    captions = gallery.captions()
    wrong = np.flatnonzero(ev.gallery_pred != y)
    marked = [i for i, c in enumerate(captions) if c.startswith("✗")]
    assert marked == list(wrong)
    for i in wrong:
        assert captions[i] == f"✗ {names[ev.gallery_pred[i]]} (true {names[y[i]]})"
    for i in np.flatnonzero(ev.gallery_pred == y):
        assert captions[i].startswith(names[y[i]])
    return len(wrong)


def test_untrained_network_shows_chance_accuracy_and_many_mistakes(panel, mnist_session, qtbot):
    snap = _wait_for_shown_evaluation(qtbot, panel, mnist_session, epoch=0)
    ev = snap.evaluation
    assert _label(panel, "testAccuracyLabel") == f"{ev.accuracy:.1%}"
    assert "untrained" in _label(panel, "accuracyEpochLabel")
    assert "guessing would get 10%" in _label(panel, "accuracyEpochLabel")
    _assert_matrix_shows(panel, ev.confusion)
    assert _assert_gallery_marks_wrong(panel, mnist_session, ev) > 10  # random weights: mostly wrong


def test_training_updates_accuracy_matrix_and_gallery(panel, mnist_session, controller, qtbot):
    _wait_for_shown_evaluation(qtbot, panel, mnist_session, epoch=0)
    controller.start()
    qtbot.waitUntil(lambda: mnist_session.state == STOPPED, timeout=30_000)
    snap = _wait_for_shown_evaluation(qtbot, panel, mnist_session, epoch=1)
    ev = snap.evaluation
    assert ev.accuracy > 0.8
    assert _label(panel, "testAccuracyLabel") == f"{ev.accuracy:.1%}"
    assert _label(panel, "accuracyEpochLabel").startswith("after epoch 1")
    assert "2,000 test digits" in _label(panel, "accuracyEpochLabel")
    _assert_matrix_shows(panel, ev.confusion)
    assert ev.confusion.sum() == mnist_session.dataset.n_test
    wrong = _assert_gallery_marks_wrong(panel, mnist_session, ev)
    assert f"{wrong} wrong" in _label(panel, "galleryTitleLabel")


def test_hovering_a_cell_says_what_it_counts(panel, mnist_session, qtbot):
    snap = _wait_for_shown_evaluation(qtbot, panel, mnist_session)
    conf = snap.evaluation.confusion
    view = panel.findChild(QWidget, "confusionMatrix")
    hover = panel.findChild(QLabel, "confusionHoverLabel")
    qtbot.mouseMove(view, view.cell_center(4, 9).toPoint())
    qtbot.waitUntil(lambda: hover.text().startswith("true 4"), timeout=2000)
    n = int(conf[4, 9])
    assert hover.text() == f"true 4, predicted 9: {n:,} digit{'s' if n != 1 else ''}"
    qtbot.mouseMove(view, view.cell_center(7, 7).toPoint())
    qtbot.waitUntil(lambda: hover.text().startswith("true 7, predicted 7"), timeout=2000)
    assert hover.text().endswith(f": {int(conf[7, 7]):,} digits")


def test_hidden_panel_catches_up_when_shown(panel, mnist_session, controller, qtbot):
    first = _wait_for_shown_evaluation(qtbot, panel, mnist_session, epoch=0).evaluation
    panel.hide()
    controller.step_epoch()
    qtbot.waitUntil(lambda: mnist_session.snapshot.epoch == 1 and mnist_session.snapshot.evaluation is not first,
                    timeout=15_000)
    assert panel.shown_evaluation() is first  # no redraws while hidden
    panel.show()
    qtbot.waitUntil(lambda: panel.shown_evaluation() is mnist_session.snapshot.evaluation, timeout=3000)
    assert _label(panel, "accuracyEpochLabel").startswith("after epoch 1")
    _assert_matrix_shows(panel, mnist_session.snapshot.evaluation.confusion)


def test_reset_clears_the_results_until_the_new_network_is_measured(panel, mnist_session, controller, qtbot):
    _wait_for_shown_evaluation(qtbot, panel, mnist_session)
    mnist_session.reset_network()
    assert _label(panel, "testAccuracyLabel") == "–"
    assert panel.findChild(QWidget, "confusionMatrix").matrix() is None
    assert not any(panel.findChild(QWidget, "digitGallery").captions())
    _wait_for_shown_evaluation(qtbot, panel, mnist_session, epoch=0)
    assert _label(panel, "testAccuracyLabel") != "–"


def test_logic_data_gets_a_friendly_note(qtbot, session, controller):
    panel = _make_panel(qtbot, session, controller)  # XOR, as on first launch
    note = panel.findChild(QLabel, "mnistNoteLabel")
    assert note.isVisible()
    assert "images" in note.text() and "XOR" in note.text()
    assert not panel.findChild(QWidget, "confusionMatrix").isVisible()


def test_table_data_shows_a_matrix_without_a_gallery(qtbot, session, controller):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4)).astype(np.float32)
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0.5).astype(int)
    table = Dataset("flowers.csv", "table", X[:200], y[:200], X[200:], y[200:], 3, ("setosa", "versicolor", "virginica"),
                    ("a", "b", "c", "d"))
    session.set_dataset(table, DatasetSpec("file", "flowers.csv", {"format": "csv", "path": "flowers.csv"}))
    panel = _make_panel(qtbot, session, controller)
    snap = _wait_for_shown_evaluation(qtbot, panel, session)
    view = panel.findChild(QWidget, "confusionMatrix")
    assert view.isVisible() and view.class_names() == ("setosa", "versicolor", "virginica")
    _assert_matrix_shows(panel, snap.evaluation.confusion)
    assert not panel.findChild(QWidget, "digitGallery").isVisible()
    assert "100 test samples" in _label(panel, "accuracyEpochLabel")


def test_fashion_mnist_shows_its_class_names(qtbot, session, controller):
    from guiapp.data import mnist

    if not mnist.fashion_mnist_available():
        pytest.skip(f"Fashion-MNIST is not installed in {mnist.FASHION_MNIST_DIR}")
    data = mnist.load_fashion_mnist(limit_train=500, limit_test=100)
    session.set_dataset(data, DatasetSpec("mnist", "fashion"))
    panel = _make_panel(qtbot, session, controller)
    snap = _wait_for_shown_evaluation(qtbot, panel, session)
    view = panel.findChild(QWidget, "confusionMatrix")
    assert view.class_names()[:2] == ("T-shirt/top", "Trouser")
    assert "Ankle boot" in view.class_names()
    hover = panel.findChild(QLabel, "confusionHoverLabel")
    qtbot.mouseMove(view, view.cell_center(0, 1).toPoint())
    qtbot.waitUntil(lambda: hover.text().startswith("true T-shirt/top, predicted Trouser: "), timeout=2000)
    assert hover.text().endswith("images") or hover.text().endswith("image")
    captions = panel.findChild(QWidget, "digitGallery").captions()
    for caption, guess in zip(captions, snap.evaluation.gallery_pred):
        shown_guess = caption.removeprefix("✗ ").split(" (")[0].split(" · ")[0]
        assert shown_guess == data.class_names[guess]
    assert "test images" in _label(panel, "galleryTitleLabel")


def test_panel_fits_a_small_laptop_dock(qtbot, mnist_session, controller):
    """In the right dock of a 1366x768 screen (about 880x330) all 40 test digits show without
    scrolling, and every matrix row and column label is drawn in full."""
    panel = _make_panel(qtbot, mnist_session, controller, size=(880, 330))
    _wait_for_shown_evaluation(qtbot, panel, mnist_session)
    qtbot.waitUntil(lambda: panel.height() <= 340, timeout=2000)
    scroll = panel.findChild(QWidget, "galleryScroll")
    assert not scroll.verticalScrollBar().isVisible()
    gallery = panel.findChild(QWidget, "digitGallery")
    last = gallery.item_rect(gallery.count() - 1)
    assert last.bottom() <= scroll.viewport().height() and last.height() >= 24
    view = panel.findChild(QWidget, "confusionMatrix")
    assert view.cell_rect(9, 9).bottom() <= view.height() and view.cell_rect(0, 0).left() > 0
    assert panel.findChild(QLabel, "testAccuracyLabel").isVisible()


def test_results_paused_mid_epoch_are_those_of_the_last_finished_epoch(qtbot, panel, mnist_session, controller):
    """The confusion matrix and the big accuracy number agree with the loss plot's test accuracy
    of the last finished epoch, also when training was paused in the middle of the next one."""
    session = mnist_session
    session.set_config(replace(session.config, epochs=None))
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epochs_done == 1, timeout=15_000)
    for k in (1, 2, 3):
        controller.step_batch()
        qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.batch == k, timeout=15_000)
    snap = _wait_for_shown_evaluation(qtbot, panel, session)
    assert "after epoch 1 " in _label(panel, "accuracyEpochLabel") + " "
    assert snap.evaluation.accuracy == pytest.approx(session.history.last("test_acc"), abs=1e-9)
    assert _label(panel, "testAccuracyLabel") == f"{session.history.last('test_acc'):.1%}"
