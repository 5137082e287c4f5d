"""Saving and loading a model through the window (issue 14 §2): a round trip; a model that does
not fit the data is explained at load and the data it was trained on is offered (declining
changes nothing; accepting switches and trains); NaN weights are refused; the file is read off
the GUI thread behind a progress dialog whose Cancel stops it."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from guiapp.engine import NetworkSpec, save_model
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.session import IDLE, RUNNING

MNIST_MODEL = NetworkSpec((784, 8, 10), ("relu", "softmax"))


def _model_file(tmp_path, spec=MNIST_MODEL, dataset=DatasetSpec("mnist", "sample"), name="digits.npz", nan=False):
    net = spec.build(seed=3)
    extra = {"dataset": dataset.to_dict(), "epochs": 4} if dataset is not None else {}
    path = save_model(tmp_path / name, net, spec, extra=extra)
    if nan:
        with np.load(path) as data:
            arrays = dict(data)
        arrays["param_0"][0, 0] = np.nan
        np.savez(path, **arrays)
    return path, net


def _unchanged(session):
    """What must not change when a load is refused: the data, the design, the very network."""
    return session.dataset_spec, session.spec, session.network_id, session.network.flat_params.copy()


def _assert_same(session, before):
    spec, design, network_id, params = before
    assert session.dataset_spec == spec and session.spec == design and session.network_id == network_id
    np.testing.assert_array_equal(session.network.flat_params, params)
    assert session.state == IDLE


def test_save_and_load_round_trip(window, session, tmp_path):
    assert window.save_model_to(str(tmp_path / "xor.npz"))
    saved = session.network.flat_params.copy()
    session.network.flat_params[:] = 0.0  # the network changes after saving
    assert window.load_model_from(str(tmp_path / "xor.npz"))
    np.testing.assert_array_equal(session.network.flat_params, saved)
    assert "Loaded the model" in window.statusBar().currentMessage()


def test_a_ten_class_model_on_xor_is_explained_and_declining_changes_nothing(window, session, tmp_path):
    path, _ = _model_file(tmp_path)
    questions = []
    window.ask = lambda title, text: questions.append(text) or False
    before = _unchanged(session)
    assert not window.load_model_from(str(path))
    (question,) = questions
    assert "784 inputs" in question and "the MNIST sample" in question, question
    _assert_same(session, before)
    assert "was not loaded" in window.statusBar().currentMessage()


def test_accepting_switches_to_the_models_data_and_training_runs(window, session, controller, tmp_path, qtbot):
    path, net = _model_file(tmp_path)
    window.ask = lambda title, text: True
    assert window.load_model_from(str(path))
    assert session.dataset_spec == DatasetSpec("mnist", "sample") and session.dataset.n_classes == 10
    assert session.spec.layer_sizes == (784, 8, 10)
    np.testing.assert_allclose(session.network.flat_params, net.flat_params.astype(session.dtype))
    controller.start()  # before the fix, Start left the app stuck in "running" with a 10-class model on XOR
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.steps > 0)
    assert session.state == RUNNING
    controller.stop()
    qtbot.waitUntil(lambda: session.state != RUNNING)


def test_a_model_whose_output_does_not_fit_the_classes_is_explained(window, session, tmp_path):
    """Two inputs like XOR, but three softmax outputs: the inputs fit, the output layer does not."""
    spec = NetworkSpec((2, 5, 3), ("tanh", "softmax"))
    path, _ = _model_file(tmp_path, spec, DatasetSpec("toy2d", "spiral", {"n": 300, "n_classes": 3}))
    questions = []
    window.ask = lambda title, text: questions.append(text) or True
    assert window.load_model_from(str(path))
    assert "(“softmax”) has 3 neurons, but the data “XOR” has 2 classes, which need 2 output neurons" in questions[0]
    assert "trained on the “Spiral” points" in questions[0]
    assert session.dataset.n_classes == 3 and session.spec == spec


def test_a_model_that_does_not_fit_and_names_no_data_is_refused(window, session, tmp_path):
    path, _ = _model_file(tmp_path, dataset=None)
    asked = []
    window.ask = lambda title, text: asked.append(text) or True
    before = _unchanged(session)
    assert not window.load_model_from(str(path))
    assert not asked
    assert "does not fit the current data" in window.banner.text() and "nothing was changed" in window.banner.text()
    _assert_same(session, before)


def test_nan_weights_are_refused_with_a_message(window, session, tmp_path):
    path, _ = _model_file(tmp_path, NetworkSpec((2, 4, 1), ("tanh", "sigmoid")), DatasetSpec(), nan=True)
    before = _unchanged(session)
    assert not window.load_model_from(str(path))
    assert "NaN or infinite" in window.banner.text() and "unchanged" in window.banner.text()
    _assert_same(session, before)


def test_loading_runs_off_the_gui_thread_and_cancel_stops_it(window, session, tmp_path, monkeypatch, qtbot):
    from guiapp.bounded_read import ReadCancelled
    from guiapp.ui import model_files

    path, _ = _model_file(tmp_path, NetworkSpec((2, 4, 1), ("tanh", "sigmoid")), DatasetSpec())
    threads, stopped = [], threading.Event()

    def slow_load(p, *, cancel, progress):
        threads.append(threading.current_thread())
        progress(1, 100)
        if cancel.wait(20):  # a big file: still reading when Cancel is pressed
            stopped.set()
            raise ReadCancelled("reading was cancelled")
        raise AssertionError("Cancel never reached the reader")

    monkeypatch.setattr(model_files, "load_model", slow_load)

    def press_cancel():
        dialog = window.findChild(QProgressDialog, "loadProgressDialog")
        if dialog is not None and dialog.isVisible():
            dialog.findChild(QPushButton).click()
        else:
            QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(0, press_cancel)
    before = _unchanged(session)
    assert not window.load_model_from(str(path))
    assert stopped.is_set() and threads[0] is not threading.main_thread()
    assert "cancelled" in window.statusBar().currentMessage()
    _assert_same(session, before)
