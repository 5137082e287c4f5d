"""Bad input gives a ValueError whose message names the problem (the app shows it to the student)."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import (
    MLP, NetworkSpec, Trainer, TrainingConfig, get_activation, get_loss, gradient_check, train,
)


@pytest.mark.parametrize(
    "sizes,message",
    [
        ([2, 0, 1], "layer sizes must be at least 1: hidden layer 1 has 0"),
        ([2, 4, -3, 1], "layer sizes must be at least 1: hidden layer 2 has -3"),
        ([0, 4, 1], "layer sizes must be at least 1: the input layer has 0"),
        ([2, 4, 0], "layer sizes must be at least 1: the output layer has 0"),
        ([2], "at least an input size and an output size"),
        ([2, 2.5, 1], "layer 1 size must be a whole number, got 2.5"),
    ],
)
def test_bad_layer_sizes(sizes, message):
    with pytest.raises(ValueError) as info:
        MLP(sizes, ["relu"] * max(len(sizes) - 1, 1))
    assert message in str(info.value)


def test_bad_layer_sizes_in_a_spec():
    with pytest.raises(ValueError, match="every layer needs at least one neuron"):
        NetworkSpec((2, 0, 1), ("relu", "sigmoid"))


def test_unknown_activation():
    with pytest.raises(ValueError, match="unknown activation 'relu6': choose one of sigmoid, tanh, relu"):
        MLP([2, 3, 1], ["relu6", "sigmoid"])
    with pytest.raises(ValueError, match="unknown activation 'swish'"):
        NetworkSpec((2, 3, 1), ("swish", "sigmoid"))
    # friendly spellings are accepted
    assert get_activation("Leaky ReLU").name == "leaky_relu"
    assert get_activation("identity").name == "linear"


def test_wrong_number_of_activations():
    with pytest.raises(ValueError, match=r"2 layer\(s\) after the input need 2 activation\(s\), got 1"):
        MLP([2, 3, 1], ["sigmoid"])
    with pytest.raises(ValueError, match=r"need 2 activation\(s\), got 3"):
        MLP([2, 3, 1], ["tanh", "tanh", "sigmoid"])
    with pytest.raises(ValueError, match="one activation per layer"):
        NetworkSpec((2, 3, 1), ("sigmoid",))


def test_softmax_only_on_the_output_layer():
    with pytest.raises(ValueError, match=r"softmax is for the output layer only \(hidden layer 1 has it\)"):
        MLP([2, 3, 2], ["softmax", "softmax"])
    with pytest.raises(ValueError, match=r"hidden layer 2 has it"):
        NetworkSpec((2, 3, 3, 2), ("relu", "softmax", "softmax")).build(seed=0)
    MLP([2, 3, 2], ["relu", "softmax"])  # fine on the output


def test_unknown_loss_and_dtype_and_init():
    with pytest.raises(ValueError, match="unknown loss 'hinge'"):
        get_loss("hinge")
    with pytest.raises(ValueError, match="dtype must be float32 or float64"):
        MLP([2, 1], ["sigmoid"], dtype=np.int32)
    with pytest.raises(ValueError, match="unknown initializer 'zeros'"):
        MLP([2, 1], ["sigmoid"], init="zeros")


def test_data_width_must_match_the_input_layer():
    net = MLP([3, 4, 1], ["tanh", "sigmoid"], seed=0)
    bad = np.zeros((5, 2))
    message = "the data has 2 column(s) but the network's input layer has 3 neuron(s)"
    for call in (net.forward, net.predict, net.predict_proba, net.layer_outputs):
        with pytest.raises(ValueError) as info:
            call(bad)
        assert message in str(info.value)
    with pytest.raises(ValueError) as info:
        list(train(net, bad, np.zeros(5), epochs=1))
    assert message in str(info.value)
    with pytest.raises(ValueError, match="must be a 2-D array"):
        net.forward(np.zeros((2, 3, 1)))
    # one sample as a flat vector is fine
    assert net.predict_proba(np.zeros(3)).shape == (1, 1)


@pytest.mark.parametrize(
    "outputs,labels,message",
    [
        (10, [0, 3, 10], "label 10 is out of range for 10 output neuron(s): labels must be 0..9"),
        (10, [0, -1, 4], "label -1 is out of range for 10 output neuron(s)"),
        (1, [0, 1, 2], "label 2 is out of range for 1 output neuron(s): labels must be 0..1"),
        (3, [0.0, 1.5, 2.0], "class labels must be whole numbers"),
    ],
)
def test_labels_out_of_range(outputs, labels, message):
    act = "sigmoid" if outputs == 1 else "softmax"
    net = MLP([2, outputs], [act], seed=0)
    X = np.zeros((len(labels), 2))
    with pytest.raises(ValueError) as info:
        Trainer(net, X, np.array(labels))
    assert message in str(info.value)
    with pytest.raises(ValueError) as info:
        gradient_check(net, X, np.array(labels))
    assert message in str(info.value)


def test_targets_of_the_wrong_width():
    net = MLP([2, 3], ["softmax"], seed=0)
    with pytest.raises(ValueError, match=r"targets have shape \(4, 2\) but the network has 3 output neuron\(s\)"):
        Trainer(net, np.zeros((4, 2)), np.zeros((4, 2)))


def test_mismatched_rows():
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0)
    with pytest.raises(ValueError, match="4 input rows but 3 targets"):
        Trainer(net, np.zeros((4, 2)), np.array([0, 1, 1]))
    with pytest.raises(ValueError, match="4 input rows but 5 targets"):
        list(train(net, np.zeros((4, 2)), np.zeros((5, 1)), epochs=1))


def test_bad_training_settings():
    net = MLP([2, 1], ["sigmoid"], seed=0)
    X, y = np.zeros((4, 2)), np.array([0, 1, 1, 0])
    with pytest.raises(ValueError, match="there is no training data"):
        Trainer(net, np.zeros((0, 2)), np.zeros(0))
    with pytest.raises(ValueError, match="batch size must be at least 1, got 0"):
        Trainer(net, X, y, batch_size=0)
    with pytest.raises(ValueError, match="the learning rate must be positive, got -1"):
        Trainer(net, X, y, learning_rate=-1)
    with pytest.raises(ValueError, match="the learning rate must be positive"):
        TrainingConfig(learning_rate=0)
    with pytest.raises(ValueError, match="batch size must be at least 1"):
        TrainingConfig(batch_size=0)
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'"):
        TrainingConfig(optimizer="lbfgs")
    with pytest.raises(ValueError, match="momentum must be in"):
        TrainingConfig(optimizer="momentum", momentum=1.5).make_optimizer()


def test_set_params_checks_count_and_shapes():
    net = MLP([2, 3, 1], ["tanh", "sigmoid"], seed=0)
    with pytest.raises(ValueError, match="expected 4 arrays, got 3"):
        net.set_params(net.params[:3])
    bad = net.copy_params()
    bad[2] = np.zeros((1, 3))
    with pytest.raises(ValueError, match=r"parameter 2 has shape \(3, 1\), got \(1, 3\)"):
        net.set_params(bad)
