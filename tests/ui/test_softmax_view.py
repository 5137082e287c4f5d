"""The Softmax view (tutorial 4): for a real MNIST digit, z, p = softmax(z), t, −t/p, the Jacobian
as a heatmap centred on zero, and J·(−t/p) shown equal to p − t, the output layer's δ."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QSpinBox
from threadpoolctl import threadpool_limits

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.example_ref import DRAWING, TEST_DIGIT, ExampleRef
from guiapp.ui.i18n.formatting import format_number

SPEC = NetworkSpec((784, 32, 10), ("relu", "softmax"))


def num(v: float) -> str:
    return format_number(0.0 if v == 0 else v, significant=3)


@pytest.fixture(scope="module")
def trained_params():
    """784-32-10 trained one epoch on the bundled sample (well above chance, well below sure)."""
    from guiapp.data.mnist import load_mnist_sample
    from guiapp.engine import Adam, train

    data = load_mnist_sample()
    net = SPEC.build(seed=0, dtype=np.float32)
    with threadpool_limits(limits=1, user_api="blas"):
        for _ in train(net, data.X_train, data.y_train, epochs=1, batch_size=64, seed=0, optimizer=Adam(0.002)):
            pass
    return net.copy_params()


@pytest.fixture
def mnist(session, trained_params):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(SPEC, params=trained_params)
    return session


def make_panel(qtbot, session):
    from guiapp.ui.panels.softmax_panel import SoftmaxPanel

    p = SoftmaxPanel(session)
    qtbot.addWidget(p)
    p.resize(900, 420)
    p.show()
    qtbot.waitExposed(p)
    return p


def expected_parts(session, params, index):
    """p and t for test digit ``index``, computed without the view (forward pass, one-hot)."""
    net = SPEC.build(seed=0, dtype=np.float64)
    net.set_params(params)
    x = session.dataset.X_test[index]
    p = net.predict_proba(x.reshape(1, -1).astype(np.float64))[0]
    t = np.eye(10)[session.dataset.y_test[index]]
    return p, t


def test_j_times_minus_t_over_p_equals_p_minus_t_for_a_real_digit(qtbot, mnist, trained_params):
    panel = make_panel(qtbot, mnist)
    spin = panel.findChild(QSpinBox, "softmaxDigitSpin")
    spin.setValue(7)
    ex = mnist.example                                     # picked for every view, through the session
    assert ex.source == TEST_DIGIT and ex.index == 7 and ex.split == "test"
    assert ex.label == mnist.dataset.y_test[7]
    p, t = expected_parts(mnist, trained_params, 7)
    parts = panel.parts
    np.testing.assert_allclose(parts.p, p, rtol=1e-9, atol=1e-12)
    np.testing.assert_array_equal(parts.t, t)
    np.testing.assert_allclose(parts.chain, p - t, atol=1e-12)            # J·(−t/p) = p − t
    np.testing.assert_allclose(panel.trace.delta[-1], p - t, atol=1e-12)  # = the output layer's δ
    # what the table shows, column by column
    assert panel.column_texts("p") == [num(v) for v in p]
    assert panel.column_texts("t") == [num(v) for v in t]
    assert panel.column_texts("J·(−t/p)") == panel.column_texts("p − t") == [num(v) for v in p - t]
    assert panel.column_texts("δ") == [num(v) for v in p - t]
    label = int(ex.label)
    assert panel.column_texts("−t/p")[label] == num(-1.0 / p[label])
    assert all(text == "0" for k, text in enumerate(panel.column_texts("−t/p")) if k != label)
    assert "✓" in panel.equality_label.text()
    assert f"{-np.log(p[label]):.4g}" in panel.source_label.text()        # the cross-entropy −log p_label
    # the Jacobian heatmap: the 10×10 matrix p_i(δ_ik − p_k), colours centred on zero
    J = np.diag(p) - np.outer(p, p)
    np.testing.assert_allclose(panel.heatmap.J, J, atol=1e-12)
    image = panel.heatmap.image.image
    assert image.shape == (10, 10) and image.dtype == np.float32
    lo, hi = panel.heatmap.levels
    assert lo == -hi and hi >= np.abs(J).max()
    assert panel.heatmap.bar.levels() == (lo, hi)
    assert panel.heatmap.entry_text(3, 3).endswith(num(J[3, 3]))
    assert panel.heatmap.entry_text(3, 5).endswith(num(J[3, 5]))


def test_it_follows_the_example_picked_elsewhere_and_a_drawing(qtbot, mnist, trained_params):
    panel = make_panel(qtbot, mnist)
    ds = mnist.dataset
    mnist.select_example(ExampleRef(TEST_DIGIT, 12, ds.X_test[12], int(ds.y_test[12]), "test"))
    qtbot.waitUntil(lambda: panel.parts is not None and panel.findChild(QSpinBox, "softmaxDigitSpin").value() == 12)
    p, t = expected_parts(mnist, trained_params, 12)
    np.testing.assert_allclose(panel.parts.p_minus_t, p - t, atol=1e-12)
    # a drawing has no label: the target is the network's own guess, and the box changes it
    drawing = ds.X_test[3].copy()
    mnist.select_example(ExampleRef(DRAWING, -1, drawing, None))
    p, _t = expected_parts(mnist, trained_params, 3)
    guess = int(np.argmax(p))
    assert int(np.argmax(panel.parts.t)) == guess
    assert "drawing" in panel.source_label.text()
    combo = panel.findChild(QComboBox, "softmaxTargetCombo")
    other = (guess + 1) % 10
    combo.setCurrentIndex(other)
    combo.activated.emit(other)
    assert int(np.argmax(panel.parts.t)) == other
    np.testing.assert_allclose(panel.parts.chain, p - np.eye(10)[other], atol=1e-12)


def test_a_network_without_softmax_gets_a_note(qtbot, session):
    panel = make_panel(qtbot, session)          # XOR, sigmoid output
    assert panel.stack.currentWidget() is panel.note_label
    assert "softmax" in panel.note_label.text() and "sigmoid" in panel.note_label.text()
    assert panel.parts is None


def test_a_lesson_opens_the_first_test_digit(qtbot, mnist):
    panel = make_panel(qtbot, mnist)
    panel.load_preset("first_test_digit")
    assert mnist.example.index == 0 and panel.parts is not None
    assert set(panel.controls()) == {"softmaxDigitSpin", "softmaxTargetCombo"}
