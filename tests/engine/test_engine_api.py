"""The engine never ignores what it is told: one forward pass, one label-to-target encoding,
consistent defaults, and errors instead of silently dropped arguments."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import (
    MLP, SGD, Adam, Momentum, NetworkSpec, Trainer, TrainingConfig, make_optimizer, outputs_to_labels,
    prepare_targets, usual_learning_rate,
)
from guiapp.engine.losses import SoftmaxCrossEntropy
from guiapp.engine.targets import DEFAULT_DTYPE


# ---- one forward pass --------------------------------------------------------------------------

def _grads_after(net, X, T, predict_between=None):
    loss = SoftmaxCrossEntropy()
    y = net.forward(X)
    if predict_between is not None:
        predict_between(net)
    net.backward_from_logits(loss.grad_logits(y, T))
    return net.flat_grads.copy()


@pytest.mark.parametrize("inference", ["predict_proba", "layer_outputs", "predict"])
def test_predicting_between_forward_and_backward_changes_nothing(inference):
    rng = np.random.default_rng(0)
    X, other = rng.normal(size=(6, 3)), rng.normal(size=(50, 3))
    T = prepare_targets(rng.integers(0, 2, 6), 2)
    net = MLP([3, 5, 4, 2], ["tanh", "relu", "softmax"], seed=0)
    plain = _grads_after(net, X, T)
    mixed = _grads_after(net, X, T, lambda n: getattr(n, inference)(other))
    np.testing.assert_array_equal(plain, mixed)
    assert net.layers[0].x.shape == (6, 3)  # the caches still hold the training batch


def test_inference_is_the_same_forward_pass():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(7, 3))
    net = MLP([3, 4, 4, 2], ["leaky_relu", "sigmoid", "softmax"], seed=0)
    outs = net.layer_outputs(X)
    assert [o.shape for o in outs] == [(7, 4), (7, 4), (7, 2)]
    np.testing.assert_array_equal(outs[-1], net.predict_proba(X))
    np.testing.assert_array_equal(outs[-1], net.forward(X))
    a = X
    for layer, out in zip(net.layers, outs):  # each layer: a = activation(a @ W + b)
        a = layer.activation.forward(a @ layer.W + layer.b)
        np.testing.assert_allclose(out, a, rtol=1e-13)
    np.testing.assert_array_equal(net.predict(X), outputs_to_labels(outs[-1]))


# ---- one label-to-target encoding ------------------------------------------------------------------

def test_labels_become_targets_in_the_networks_dtype():
    assert DEFAULT_DTYPE == np.float64 == MLP([2, 1], ["sigmoid"]).dtype
    T = prepare_targets([2, 0, 1], 3)
    assert T.dtype == MLP([2, 3], ["softmax"]).dtype
    np.testing.assert_array_equal(T, [[0, 0, 1], [1, 0, 0], [0, 1, 0]])
    binary = prepare_targets(np.array([1, 0, 1]), 1, np.float32)
    assert binary.dtype == np.float32 and binary.tolist() == [[1.0], [0.0], [1.0]]
    np.testing.assert_array_equal(outputs_to_labels(T), [2, 0, 1])
    np.testing.assert_array_equal(outputs_to_labels(binary), [1, 0, 1])


def test_the_trainer_takes_class_labels_as_a_dataset_holds_them():
    from guiapp.data import load_logic

    ds = load_logic("XOR")
    assert ds.y_train.dtype == np.int64 and ds.y_train.ndim == 1
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0, dtype=np.float32)
    trainer = Trainer(net, ds.X_train, ds.y_train, learning_rate=0.5)
    assert trainer.Y.dtype == np.float32 and trainer.Y.shape == (4, 1)
    assert not hasattr(ds, "targets")  # the data layer has no encoding of its own any more


# ---- what is asked is what happens ------------------------------------------------------------------

def test_an_optimizer_and_a_learning_rate_together_are_refused(xor):
    X, y = xor
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0)
    with pytest.raises(ValueError, match=r"both an optimizer \(Adam at learning rate 0.001\) and learning_rate=0.5"):
        Trainer(net, X, y, optimizer=Adam(0.001), learning_rate=0.5)
    assert Trainer(net, X, y, optimizer=Adam(0.02)).learning_rate == 0.02
    assert Trainer(net, X, y, learning_rate=0.5).optimizer.learning_rate == 0.5


def test_usual_learning_rates_are_every_default():
    assert {name: usual_learning_rate(name) for name in ("sgd", "momentum", "adam")} == \
        {"sgd": 0.1, "momentum": 0.05, "adam": 0.001}
    assert usual_learning_rate(" Adam ") == 0.001
    with pytest.raises(ValueError, match="unknown optimizer 'rmsprop'"):
        usual_learning_rate("rmsprop")
    for cls in (SGD, Momentum, Adam):
        assert cls().learning_rate == usual_learning_rate(cls.name)
        assert make_optimizer(cls.name).learning_rate == usual_learning_rate(cls.name)
        config = TrainingConfig(optimizer=cls.name)
        assert config.learning_rate == usual_learning_rate(cls.name)
        assert config.make_optimizer().learning_rate == usual_learning_rate(cls.name)
        assert TrainingConfig.from_dict(config.to_dict()) == config
    assert TrainingConfig(optimizer="adam", learning_rate=0.01).learning_rate == 0.01
    net = MLP([2, 1], ["sigmoid"], seed=0)
    trainer = Trainer(net, np.zeros((2, 2)), np.array([0, 1]))
    assert isinstance(trainer.optimizer, SGD) and trainer.learning_rate == usual_learning_rate("sgd")


def test_one_activation_name_is_for_one_layer_only():
    assert MLP([3, 1], "sigmoid").activations == ["sigmoid"]
    with pytest.raises(ValueError, match="would make the output layer tanh too. Pass one activation per layer"):
        MLP([2, 4, 1], "tanh")
    with pytest.raises(ValueError, match="one activation per layer"):
        NetworkSpec((2, 4, 1), "tanh")
    assert NetworkSpec((2, 1), "sigmoid").activations == ("sigmoid",)
    assert MLP([2, 4, 1], ["tanh", "sigmoid"]).activations == ["tanh", "sigmoid"]


def test_weight_mask_marks_weights_not_biases():
    net = MLP([3, 4, 2], ["tanh", "softmax"], seed=0)
    assert net.weight_mask.dtype == net.dtype and not net.weight_mask.flags.writeable
    expected = np.concatenate([np.ones(12), np.zeros(4), np.ones(8), np.zeros(2)])
    np.testing.assert_array_equal(net.weight_mask, expected)
    assert MLP([3, 4, 2], ["tanh", "softmax"], bias=False).weight_mask.tolist() == [1.0] * 20


@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
def test_optimizer_state_round_trip_continues_exactly(name):
    """get_state/set_state: a copy of the running state lets training go on exactly where it was
    (what rewinding and project files rely on)."""
    from guiapp.engine.optimizers import make_optimizer

    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array([0, 1, 1, 0])
    net = MLP([2, 3, 1], ["tanh", "sigmoid"], seed=1)
    trainer = Trainer(net, X, y, optimizer=make_optimizer(name, 0.05, l2=0.01))
    for _ in range(7):
        trainer.step_batch()
    params, state = net.copy_params(), trainer.optimizer.get_state()
    for _ in range(5):
        trainer.step_batch()
    expected = net.copy_params()

    other = MLP([2, 3, 1], ["tanh", "sigmoid"], seed=9)
    other.set_params(params)
    opt = make_optimizer(name, 0.05, l2=0.01)
    opt.set_state(state)
    resumed = Trainer(other, X, y, optimizer=opt)
    for _ in range(5):
        resumed.step_batch()
    for a, b in zip(expected, other.params):
        np.testing.assert_array_equal(a, b)
    # the saved state is a copy: training on did not change it
    live = trainer.optimizer.get_state()["arrays"]
    for key, arrays in state["arrays"].items():
        assert all(not np.shares_memory(a, b) for a, b in zip(arrays, live[key]))
        assert not all(np.array_equal(a, b) for a, b in zip(arrays, live[key]))


def test_optimizer_state_that_does_not_fit_is_refused():
    from guiapp.engine.optimizers import Adam, Momentum

    m = Momentum(0.1)
    with pytest.raises(ValueError):
        m.set_state({"arrays": {"m": [np.zeros(3)], "v": [np.zeros(3)]}, "scalars": {"t": 2}})
    a = Adam(0.1)
    a.set_state({"arrays": {}, "scalars": {}})   # empty: a fresh start
    assert a.get_state() == {"arrays": {}, "scalars": {}}
