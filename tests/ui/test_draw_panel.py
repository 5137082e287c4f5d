"""Draw a digit: a student draws with the mouse on a network trained on the MNIST sample and the
panel shows the drawing MNIST-style and the network's guess, live."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from threadpoolctl import threadpool_limits

from guiapp.data.preprocess import center_of_mass, ink_bbox
from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec

SPEC = NetworkSpec((784, 64, 10), ("relu", "softmax"))


@pytest.fixture(scope="module")
def trained_params():
    """A 784-64-10 MLP trained on the bundled sample (about 93% on its test digits; < 1 s)."""
    from guiapp.data.mnist import load_mnist_sample
    from guiapp.engine import Adam, train

    data = load_mnist_sample()
    net = SPEC.build(seed=0, dtype=np.float32)
    with threadpool_limits(limits=1, user_api="blas"):
        for _ in train(net, data.X_train, data.y_train, epochs=5, batch_size=64, seed=0, optimizer=Adam(0.002)):
            pass
    assert (net.predict(data.X_test) == data.y_test).mean() > 0.9
    return net.copy_params()


@pytest.fixture
def mnist_session(session):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    return session


def _make_panel(qtbot, session, controller, size=(900, 400)):
    from guiapp.ui.panels.draw_panel import DrawPanel

    panel = DrawPanel(session)
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot, mnist_session, controller, trained_params):
    mnist_session.set_spec(SPEC, params=trained_params)
    return _make_panel(qtbot, mnist_session, controller)


def _canvas(panel):
    return panel.findChild(QWidget, "digitCanvas")


def _drag(qtbot, canvas, points):
    """Draw one stroke with the mouse through ``points`` (x, y) in digit pixels (0..28)."""
    pos = [canvas.to_widget(x, y).toPoint() for x, y in points]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=pos[0])
    for p in pos[1:]:
        qtbot.mouseMove(canvas, p)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=pos[-1])


def _line(p0, p1, n=12):
    return [(p0[0] + t * (p1[0] - p0[0]), p0[1] + t * (p1[1] - p0[1])) for t in np.linspace(0, 1, n)]


def _ellipse(cx, cy, rx, ry, n=40):
    t = np.linspace(0, 2 * np.pi, n)
    return list(zip(cx + rx * np.sin(t), cy - ry * np.cos(t)))


def _preprocessed(panel):
    return panel.findChild(QWidget, "preprocessedView").array()


def test_drawing_a_one_with_the_mouse_is_recognised(panel, qtbot):
    # a small "1" drawn off-centre, near the top-right corner
    _drag(qtbot, _canvas(panel), _line((20, 3), (19, 13)))
    qtbot.waitUntil(lambda: panel.top_class() == "1", timeout=3000)
    seen = _preprocessed(panel)
    cy, cx = center_of_mass(seen)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5
    top, bottom, left, right = ink_bbox(seen)
    assert abs(max(bottom - top, right - left) - 20) <= 1
    bars = panel.bar_values()
    assert bars.argmax() == 1 and bars[1] > 0.5 and bars.sum() == pytest.approx(1.0, abs=1e-4)
    assert "<b>1</b>" in panel.findChild(QLabel, "guessLabel").text()


def test_drawing_a_zero_then_clear(panel, qtbot):
    canvas = _canvas(panel)
    _drag(qtbot, canvas, _ellipse(14, 14, 6, 9))
    qtbot.waitUntil(lambda: panel.top_class() == "0", timeout=3000)
    assert _preprocessed(panel).max() > 0.9
    qtbot.mouseClick(panel.findChild(QPushButton, "clearCanvasButton"), Qt.MouseButton.LeftButton)
    assert canvas.is_empty()
    assert not _preprocessed(panel).any()
    assert panel.top_class() is None
    assert not panel.bar_values().any()
    assert "Draw a digit" in panel.findChild(QLabel, "guessLabel").text()


def test_right_button_rubs_out(panel, qtbot):
    canvas = _canvas(panel)
    _drag(qtbot, canvas, _line((14, 4), (14, 24)))
    ink_before = canvas.image().sum()
    pos = [canvas.to_widget(x, y).toPoint() for x, y in _line((8, 14), (20, 14))]
    qtbot.mousePress(canvas, Qt.MouseButton.RightButton, pos=pos[0])
    for p in pos[1:]:
        qtbot.mouseMove(canvas, p)
    qtbot.mouseRelease(canvas, Qt.MouseButton.RightButton, pos=pos[-1])
    assert 0 < canvas.image().sum() < ink_before
    column = canvas.image()[:, 14 * 4]
    assert column[14 * 4] == 0.0 and column[6 * 4] > 0.9  # a gap where the eraser crossed the line


def test_real_test_digits_drawn_through_the_canvas_are_recognised(panel, qtbot, trained_params):
    """Take a test digit of each class (one of ordinary stroke width that the network gets
    right), 'draw' it by dabbing the brush on its inked pixels (the canvas's own input method),
    and check the network's guess and that what it sees still looks like the digit."""
    data = panel.session.dataset
    net = SPEC.build(seed=0, dtype=np.float32)
    net.set_params(trained_params)
    pred = net.predict(data.X_test)
    mass = data.X_test.sum(axis=1)
    canvas = _canvas(panel)
    right = 0
    for digit in range(10):
        ordinary = (data.y_test == digit) & (pred == digit) & (mass <= np.median(mass[data.y_test == digit]))
        image = data.X_test[np.flatnonzero(ordinary)[0]].reshape(28, 28)
        canvas.clear()
        for r, c in zip(*np.nonzero(image > 0.8)):
            canvas.begin_stroke(c + 0.5, r + 0.5)
            canvas.end_stroke()
        # the guess is made as soon as a stroke ends
        right += panel.top_class() == str(digit)
        seen = _preprocessed(panel)
        likeness = max(np.corrcoef(np.roll(seen, (dy, dx), (0, 1)).ravel(), image.ravel())[0, 1]
                       for dy in (-1, 0, 1) for dx in (-1, 0, 1))
        assert likeness > 0.65, digit  # (the same digit transposed scores 0.07-0.55)
    assert right >= 9


def test_guess_follows_the_weights(qtbot, mnist_session, controller, trained_params):
    mnist_session.set_spec(SPEC)  # fresh random weights
    panel = _make_panel(qtbot, mnist_session, controller)
    _drag(qtbot, _canvas(panel), _line((14, 4), (14, 24)))
    qtbot.waitUntil(lambda: panel.top_class() is not None, timeout=3000)
    note = panel.findChild(QLabel, "drawNoteLabel")
    assert "not been trained" in note.text()
    untrained = panel.bar_values()
    # one epoch of training moves the bars (snapshots arrive while the drawing stays)
    controller.step_epoch()
    qtbot.waitUntil(lambda: mnist_session.snapshot is not None and mnist_session.snapshot.epoch == 1, timeout=15_000)
    qtbot.waitUntil(lambda: not np.allclose(panel.bar_values(), untrained, atol=1e-3), timeout=3000)
    assert "not been trained" not in note.text()
    # loading trained weights: the guess is the drawn 1
    mnist_session.set_spec(SPEC, params=trained_params)
    qtbot.waitUntil(lambda: panel.top_class() == "1" and panel.bar_values()[1] > 0.5, timeout=3000)


def test_guesses_are_throttled_while_drawing(panel, qtbot, monkeypatch):
    calls = []
    original = panel.update_guess
    monkeypatch.setattr(panel, "update_guess", lambda: (calls.append(1), original())[1])
    canvas = _canvas(panel)
    canvas.begin_stroke(5, 5)
    for x in np.linspace(5, 23, 200):  # 200 mouse moves in a few milliseconds
        canvas.stroke_to(x, 5 + (x - 5) * 0.8)
    assert len(calls) == 0
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=1000)
    qtbot.wait(100)
    assert len(calls) <= 5
    canvas.end_stroke()
    assert panel.top_class() is not None


def test_data_that_is_not_28x28_images_gets_a_message(qtbot, session, controller):
    panel = _make_panel(qtbot, session, controller)  # XOR, 2 inputs
    message = panel.findChild(QLabel, "drawUnavailableLabel")
    assert message.isVisible()
    assert "784-input image data like MNIST" in message.text()
    assert not _canvas(panel).isVisible()
    # switching to MNIST brings the canvas
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert _canvas(panel).isVisible() and not message.isVisible()


def test_fashion_mnist_class_names_label_the_bars(qtbot, session, controller):
    from guiapp.data import mnist

    if not mnist.fashion_mnist_available():
        pytest.skip(f"Fashion-MNIST is not installed in {mnist.FASHION_MNIST_DIR}")
    session.set_dataset(mnist.load_fashion_mnist(limit_train=300, limit_test=50), DatasetSpec("mnist", "fashion"))
    panel = _make_panel(qtbot, session, controller)
    assert panel.bar_labels() == list(mnist.FASHION_CLASS_NAMES)
    _drag(qtbot, _canvas(panel), _line((9, 5), (19, 23)))
    qtbot.waitUntil(lambda: panel.top_class() is not None, timeout=3000)
    assert panel.top_class() in mnist.FASHION_CLASS_NAMES
    assert panel.top_class() in panel.findChild(QLabel, "guessLabel").text()


def test_fits_a_small_laptop_dock(qtbot, mnist_session, controller, trained_params):
    mnist_session.set_spec(SPEC, params=trained_params)
    panel = _make_panel(qtbot, mnist_session, controller, size=(880, 330))
    qtbot.waitUntil(lambda: panel.height() <= 340, timeout=2000)
    canvas = _canvas(panel)
    assert canvas.width() >= 200 and canvas.height() >= 200
    button = panel.findChild(QPushButton, "clearCanvasButton")
    assert button.isVisible() and button.mapTo(panel, QPoint(0, button.height())).y() <= panel.height()
    assert panel.findChild(QWidget, "probabilityChart").height() >= 150


def test_the_guess_is_the_engines_own_forward_pass(panel, mnist_session, qtbot):
    """The panel has no forward pass of its own: its bars are MLP.predict_proba of the snapshot's weights."""
    import guiapp.ui.panels.draw_panel as draw_module

    assert not hasattr(draw_module, "forward")
    _canvas(panel).draw_stroke([(14, 5), (14, 23)])
    qtbot.waitUntil(lambda: panel.top_class() is not None, timeout=3000)
    net = mnist_session.spec.build(seed=1)
    net.set_params(panel.current_params())
    expected = net.predict_proba(panel.findChild(QWidget, "preprocessedView").array().reshape(1, -1))[0]
    np.testing.assert_allclose(panel.bar_values(), expected, rtol=1e-6, atol=1e-9)
