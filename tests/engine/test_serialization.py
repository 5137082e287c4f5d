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
