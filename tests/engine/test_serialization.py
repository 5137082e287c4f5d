"""save_model / load_model: an exact round trip, and clear errors for files that are not models."""

from __future__ import annotations

import json

import numpy as np
import pytest

from guiapp.engine import MLP, NetworkSpec, load_model, save_model, train


def _trained(dtype=np.float64, bias=True):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 4))
    y = (X[:, 0] + X[:, 1] > 0).astype(int) + (X[:, 2] > 1)
    net = MLP([4, 6, 5, 3], ["tanh", "leaky_relu", "softmax"], seed=1, dtype=dtype, bias=bias, init="xavier")
    list(train(net, X, y, epochs=5, batch_size=7, learning_rate=0.1, seed=0))
    return net, X


@pytest.mark.parametrize("bias", [True, False], ids=["bias", "nobias"])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_round_trip_is_exact(tmp_path, dtype, bias):
    net, X = _trained(dtype, bias)
    spec = NetworkSpec((4, 6, 5, 3), ("tanh", "leaky_relu", "softmax"), init="xavier", bias=bias)
    path = save_model(tmp_path / "model.npz", net, spec, extra={"epochs": 5, "dataset": "toy"})
    assert path == tmp_path / "model.npz" and path.exists()
    loaded, loaded_spec, extra = load_model(path)
    assert loaded.dtype == np.dtype(dtype)
    assert loaded.layer_sizes == [4, 6, 5, 3] and loaded.activations == ["tanh", "leaky_relu", "softmax"]
    assert loaded.bias is bias and len(loaded.params) == len(net.params)
    for a, b in zip(net.params, loaded.params):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    np.testing.assert_array_equal(loaded.predict_proba(X), net.predict_proba(X))
    np.testing.assert_array_equal(loaded.predict(X), net.predict(X))
    assert loaded_spec == spec
    assert extra == {"epochs": 5, "dataset": "toy"}
    # an independent copy
    loaded.flat_params[:] = 0
    assert net.flat_params.any()


def test_default_spec_and_suffix(tmp_path):
    net, _ = _trained()
    path = save_model(tmp_path / "my-model", net)
    assert path.name == "my-model.npz"
    loaded, spec, extra = load_model(path)
    assert spec == NetworkSpec((4, 6, 5, 3), ("tanh", "leaky_relu", "softmax"), init="xavier")
    assert extra == {}
    assert np.array_equal(loaded.flat_params, net.flat_params)
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file was renamed away


def test_overwrite_keeps_only_the_new_model(tmp_path):
    net, _ = _trained()
    path = save_model(tmp_path / "m.npz", net)
    other = MLP([2, 1], ["sigmoid"], seed=0)
    save_model(path, other)
    loaded, spec, _ = load_model(path)
    assert spec.layer_sizes == (2, 1) and np.array_equal(loaded.flat_params, other.flat_params)


def test_not_a_model_file_gives_value_error(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("these are not weights")
    with pytest.raises(ValueError, match="notes.txt is not a Backprop Lab model file"):
        load_model(text)

    array = tmp_path / "array.npy"
    np.save(array, np.zeros(3))
    with pytest.raises(ValueError, match="array.npy is not a Backprop Lab model file"):
        load_model(array)

    plain = tmp_path / "plain.npz"
    np.savez(plain, W=np.zeros((2, 2)))
    with pytest.raises(ValueError, match="plain.npz is not a Backprop Lab model file"):
        load_model(plain)

    foreign = tmp_path / "foreign.npz"
    np.savez(foreign, meta=np.array(json.dumps({"format": "something-else"})))
    with pytest.raises(ValueError, match="foreign.npz is not a Backprop Lab model file"):
        load_model(foreign)

    garbled = tmp_path / "garbled.npz"
    garbled.write_bytes(b"PK\x03\x04 definitely not a zip archive")
    with pytest.raises(ValueError, match="garbled.npz is not a Backprop Lab model file"):
        load_model(garbled)

    with pytest.raises(ValueError, match="there is no model file"):
        load_model(tmp_path / "missing.npz")


def test_weights_that_do_not_fit_the_spec_are_refused(tmp_path):
    net, _ = _trained()
    path = save_model(tmp_path / "m.npz", net)
    with np.load(path) as data:
        arrays = dict(data)
    meta = json.loads(str(arrays["meta"]))
    meta["spec"]["layer_sizes"] = [4, 7, 5, 3]  # no longer matches W1's shape
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez(path, **arrays)
    with pytest.raises(ValueError, match="shape"):
        load_model(path)


def test_spec_dict_round_trip():
    spec = NetworkSpec((784, 16, 10), ("sigmoid", "softmax"), init="he", bias=False, loss="cross_entropy")
    assert NetworkSpec.from_dict(json.loads(json.dumps(spec.to_dict()))) == spec
    net = spec.build(seed=0, dtype=np.float32)
    assert net.num_params == spec.num_params and net.dtype == np.float32


# ---- files that must be refused before anything is allocated (issue 14 §2) -------------------

def _rewrite(path, **changes):
    """Rewrite a saved model with some entries replaced (``meta`` as a dict)."""
    with np.load(path) as data:
        arrays = dict(data)
    meta = json.loads(str(arrays["meta"]))
    if "meta" in changes:
        meta.update(changes.pop("meta"))
    arrays.update(changes)
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez(path, **arrays)
    return path


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_infinite_weights_are_refused(tmp_path, bad):
    net, _ = _trained()
    path = save_model(tmp_path / "m.npz", net)
    W2 = net.params[2].copy()
    W2[1, 2] = bad
    _rewrite(path, param_2=W2)
    with pytest.raises(ValueError, match="NaN or infinite") as info:
        load_model(path)
    assert info.value.code == "model_not_finite"
    assert info.value.details == {"file": "m.npz", "layer": 2, "what": "weights", "count": 1, "size": 30}


def test_saving_nan_weights_is_refused_and_writes_nothing(tmp_path):
    net, _ = _trained()
    net.params[1][0] = np.nan
    with pytest.raises(ValueError, match="NaN or infinite"):
        save_model(tmp_path / "m.npz", net)
    assert not list(tmp_path.iterdir())


def test_a_failed_save_removes_its_temporary_file(tmp_path):
    net, _ = _trained()
    (tmp_path / "m.npz").mkdir()  # the name is taken by a folder: the final rename fails
    with pytest.raises(OSError):
        save_model(tmp_path / "m.npz", net)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def test_a_save_failing_mid_write_removes_its_temporary_file(tmp_path, monkeypatch):
    net, _ = _trained()
    real_savez = np.savez

    def savez_then_fail(fh, **arrays):
        real_savez(fh, **arrays)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", savez_then_fail)
    with pytest.raises(OSError, match="No space"):
        save_model(tmp_path / "m.npz", net)
    assert not list(tmp_path.iterdir())


def test_a_design_beyond_the_limit_is_refused_from_its_header(tmp_path):
    net, _ = _trained()
    path = _rewrite(save_model(tmp_path / "m.npz", net),
                    meta={"spec": NetworkSpec((784, 20000, 20000, 10), ("relu", "relu", "softmax")).to_dict()})
    with pytest.raises(ValueError, match="415,920,010 parameters; at most 200,000,000") as info:
        load_model(path)
    assert info.value.code == "model_too_big" and info.value.details["params"] == 415_920_010


def test_weights_are_checked_against_the_design_before_it_is_built(tmp_path, monkeypatch):
    net, _ = _trained()
    path = _rewrite(save_model(tmp_path / "m.npz", net),
                    meta={"spec": NetworkSpec((4, 3000, 3000, 3), ("tanh", "tanh", "softmax")).to_dict()})
    built = []
    monkeypatch.setattr(NetworkSpec, "build", lambda self, **kw: built.append(self))
    with pytest.raises(ValueError, match=r"parameter 0 has shape \(4, 6\).*needs shape \(4, 3000\)") as info:
        load_model(path)
    assert info.value.code == "model_shapes"
    assert not built, "the declared design was allocated before its weights were checked"


@pytest.mark.skipif(__import__("sys").platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_a_small_file_declaring_a_big_design_costs_no_memory(tmp_path):
    """The probe's case: a 1.4 KB file whose design needs 3 GB took 3 GB and 8 s. Measured in a
    fresh interpreter: peak memory grows by less than 50 MB, and the refusal is quick."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    net, _ = _trained()
    path = _rewrite(save_model(tmp_path / "m.npz", net),
                    meta={"spec": NetworkSpec((784, 8000, 8000, 8000, 10), ("relu",) * 3 + ("softmax",)).to_dict()})
    script = textwrap.dedent(f"""
        import resource, time
        from guiapp.engine import load_model
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        try:
            load_model({str(path)!r})
        except ValueError as exc:
            print(exc.code)
        print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024, time.perf_counter() - t0)
    """)
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    code, numbers = out.stdout.split("\n", 1)
    growth_mb, seconds = map(float, numbers.split())
    assert code == "model_shapes" and growth_mb < 50 and seconds < 2, out.stdout


def test_load_reports_progress_and_stops_when_cancelled(tmp_path):
    import threading

    from guiapp.bounded_read import ReadCancelled

    net = MLP([784, 600, 10], ["relu", "softmax"], seed=0, dtype=np.float32)
    path = save_model(tmp_path / "big.npz", net)
    reports = []
    loaded, _, _ = load_model(path, progress=lambda done, total: reports.append((done, total)))
    assert reports[-1] == (net.num_params * 4, net.num_params * 4) and len(reports) >= 3
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReadCancelled):
        load_model(path, cancel=cancel)


def test_a_missing_model_file_has_a_code(tmp_path):
    with pytest.raises(ValueError) as info:
        load_model(tmp_path / "gone.npz")
    assert info.value.code == "model_missing"
