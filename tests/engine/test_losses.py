"""Loss values on numbers worked out by hand, the choice of default loss, accuracy, and the
saturated outputs a float32 network really produces."""

from __future__ import annotations

import math

import numpy as np
import pytest

from guiapp.engine import MLP, Trainer, accuracy, default_loss_for, get_loss
from guiapp.engine.activations import get_activation


def test_mse_value_and_grad():
    y = np.array([[0.5, 1.0], [0.0, 2.0]])
    t = np.array([[1.0, 1.0], [0.0, 0.0]])
    mse = get_loss("mse")
    assert mse.value(y, t) == pytest.approx((0.25 + 0 + 0 + 4) / 2)  # summed over outputs, mean over samples
    np.testing.assert_allclose(mse.grad(y, t), [[-0.5, 0.0], [0.0, 2.0]])


def test_bce_value_and_grad():
    y = np.array([[0.8], [0.25]])
    t = np.array([[1.0], [0.0]])
    bce = get_loss("bce")
    assert bce.value(y, t) == pytest.approx(-(math.log(0.8) + math.log(0.75)) / 2)
    np.testing.assert_allclose(bce.grad(y, t), [[-1 / 0.8 / 2], [1 / 0.75 / 2]])
    np.testing.assert_allclose(bce.grad_logits(y, t), [[-0.1], [0.125]])


def test_cross_entropy_value_and_grad():
    p = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
    t = np.array([[1.0, 0, 0], [0, 1.0, 0]])
    ce = get_loss("cross_entropy")
    assert ce.value(p, t) == pytest.approx(-(math.log(0.7) + math.log(0.1)) / 2)
    np.testing.assert_allclose(ce.grad_logits(p, t), (p - t) / 2)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_saturated_outputs_give_finite_losses(dtype):
    """A float32 sigmoid returns exactly 1.0 for z > ~17 and a softmax exactly 0 for far-off
    classes: the losses must stay finite (no log(0), no 0·inf), or training 'diverges' for nothing."""
    z = np.array([[40.0], [-40.0], [25.0]], dtype=dtype)
    y = get_activation("sigmoid").forward(z)
    assert y.dtype == dtype
    t = np.array([[1.0], [0.0], [0.0]], dtype=dtype)
    bce = get_loss("bce")
    value = bce.value(y, t)
    assert math.isfinite(value) and value > 1.0  # the third sample is confidently wrong
    assert np.isfinite(bce.grad(y, t)).all()
    assert bce.value(y[:2], t[:2]) < 1e-5  # right and sure: about zero

    p = get_activation("softmax").forward(np.array([[0.0, 800.0, -800.0]], dtype=dtype))
    assert p.dtype == dtype and p[0, 2] == 0.0
    ce = get_loss("cross_entropy")
    assert math.isfinite(ce.value(p, np.array([[0, 0, 1.0]], dtype=dtype)))
    assert np.isfinite(ce.grad(p, np.array([[0, 0, 1.0]], dtype=dtype))).all()


def test_float32_sigmoid_net_trains_past_saturation():
    X = np.array([[-1.0], [1.0]] * 4)
    y = np.array([0, 1] * 4)
    net = MLP([1, 1], ["sigmoid"], seed=0, dtype=np.float32)
    net.set_params([np.array([[30.0]]), np.array([0.0])])  # outputs already 0.0 and 1.0 in float32
    trainer = Trainer(net, X, y, learning_rate=1.0, loss="bce")
    results = list(trainer.run(20))
    assert all(math.isfinite(r.train_loss) for r in results)
    assert results[-1].train_acc == 1.0


def test_default_loss_for_each_output():
    assert default_loss_for("softmax", 10) == "cross_entropy"
    assert default_loss_for("sigmoid", 1) == "bce"
    assert default_loss_for("sigmoid", 3) == "mse"
    assert default_loss_for("linear", 1) == "mse"
    assert default_loss_for("tanh", 2) == "mse"
    assert get_loss("binary_crossentropy").name == "bce"
    assert get_loss("Categorical Cross-Entropy").name == "cross_entropy"


def test_trainer_uses_the_fused_path_only_where_it_applies():
    X = np.zeros((4, 2))
    assert Trainer(MLP([2, 3], ["softmax"]), X, np.arange(4) % 3).fused
    assert Trainer(MLP([2, 1], ["sigmoid"]), X, np.arange(4) % 2).fused
    assert not Trainer(MLP([2, 1], ["sigmoid"]), X, np.arange(4) % 2, loss="mse").fused
    assert not Trainer(MLP([2, 3], ["softmax"]), X, np.arange(4) % 3, loss="mse").fused
    assert not Trainer(MLP([2, 1], ["tanh"]), X, np.arange(4) % 2).fused


def test_accuracy():
    assert accuracy(np.array([[0.9], [0.4], [0.5]]), np.array([[1.0], [0.0], [0.0]])) == pytest.approx(2 / 3)
    p = np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]])
    t = np.array([[0, 1.0], [0, 1.0], [0, 1.0], [1.0, 0]])
    assert accuracy(p, t) == 0.75
