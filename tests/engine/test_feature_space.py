"""The feature space of a layer (guiapp.engine.feature_space): points at their activations for 2
neurons, a PCA plane (checked against an independent eigen-decomposition) for wider layers, the
next layers' answer over the picture, how honest a projection is, and the input plane's grid
lines carried through the layers."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine.feature_space import DIRECT, OUTPUT, PAIR, PCA, feature_space, forward_from, network_from
from guiapp.engine.specs import NetworkSpec
from guiapp.engine.tutorial_runs import xor_feature_example

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
XOR_Y = np.array([0, 1, 1, 0])


def _net(sizes, acts, *, features=(), seed=0, scale=1.0):
    net = NetworkSpec(sizes, acts, input_features=features).build(seed=seed)
    rng = np.random.default_rng(seed + 10)
    net.set_params([rng.normal(scale=scale, size=p.shape) for p in net.params])
    return net


def test_two_neurons_place_each_point_at_its_hidden_activations():
    net = _net((2, 2, 1), ("tanh", "sigmoid"))
    fs = feature_space(net, XOR_X, XOR_Y, 1, window=(-0.2, 1.2, -0.2, 1.2))
    H = net.layer_outputs(XOR_X)[0]
    assert fs.method == DIRECT and fs.axes == (0, 1) and fs.kept == 1.0 and fs.agreement == 1.0
    np.testing.assert_allclose(fs.points, H, rtol=1e-6)
    np.testing.assert_allclose(fs.activations, H, rtol=1e-6)
    assert fs.bounds == pytest.approx((-1.12, 1.12, -1.12, 1.12))    # tanh's square, steady while training
    np.testing.assert_array_equal(fs.predicted, net.predict(XOR_X))
    # the colours: the output layer itself at every cell of the square
    gx, gy = np.meshgrid(fs.xs, fs.ys)
    want = net.layers[1].forward(np.column_stack([gx.ravel(), gy.ravel()]).astype(np.float64), keep=False)
    np.testing.assert_allclose(fs.outputs.reshape(-1, 1), want, rtol=1e-5, atol=1e-6)
    assert fs.straight


def test_tutorial_5_weights_send_xor_to_points_a_line_separates():
    ex = xor_feature_example()
    net = NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid"), bias=False).build(seed=0)
    net.set_params([ex.W, np.array([[1.0], [1.0]])])
    fs = feature_space(net, ex.X, ex.labels, 1)
    np.testing.assert_allclose(fs.points, [[0.5, 0.5], [0.73, 0.38], [0.73, 0.38], [0.88, 0.27]], atol=0.005)
    # the class-1 points (one place) lie on one side of the line through the two class-0 points
    a, b = fs.points[0], fs.points[3]
    side = lambda p: np.sign((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]))  # noqa: E731
    assert side(fs.points[1]) == side(fs.points[2]) != 0


def test_a_wider_layer_is_shown_on_its_principal_components():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    net = _net((2, 6, 1), ("tanh", "sigmoid"), seed=3)
    fs = feature_space(net, X, y, 1, projection="pca")
    H = net.layer_outputs(X)[0]
    # an independent PCA: the eigenvectors of the covariance matrix
    C = np.cov(H.T, bias=True)
    values, vectors = np.linalg.eigh(C)
    top = vectors[:, ::-1][:, :2]
    want = (H - H.mean(axis=0)) @ top
    assert fs.method == PCA and fs.units == 6
    for c in range(2):
        sign = np.sign(want[:, c] @ fs.points[:, c])
        np.testing.assert_allclose(fs.points[:, c], sign * want[:, c], atol=1e-5)
    assert fs.kept == pytest.approx(values[::-1][:2].sum() / values.sum(), rel=1e-9)
    # the honesty of the picture: the class each point gets on the plane, against its real class
    on_plane = forward_from(net, 1, H.mean(axis=0) + fs.points.astype(np.float64) @ fs.basis.T)
    assert fs.agreement == pytest.approx(np.mean((on_plane[:, 0] >= 0.5) == (net.predict(X) == 1)))
    assert 0.0 <= fs.agreement <= 1.0


@pytest.mark.parametrize("sizes, acts", [((2, 7, 1), ("tanh", "sigmoid")), ((2, 9, 3), ("relu", "softmax")),
                                         ((2, 5, 2), ("tanh", "softmax"))])
def test_the_output_layers_view_of_the_last_hidden_layer_is_exact_for_every_point(sizes, acts):
    """On the plane along the output weights, each point's place gets exactly its real answer: the
    output layer sees nothing of the directions left out."""
    rng = np.random.default_rng(7)
    X = rng.normal(size=(150, 2))
    net = _net(sizes, acts, seed=8, scale=1.5)
    fs = feature_space(net, X, rng.integers(0, 2, 150), 1)            # the default for the last hidden layer
    assert fs.method == OUTPUT and fs.agreement == 1.0 and fs.straight
    H = net.layer_outputs(X)[0]
    lifted = fs.origin + fs.points.astype(np.float64) @ fs.basis.T
    real, seen = net.layers[1].forward(H, keep=False), forward_from(net, 1, lifted)
    np.testing.assert_array_equal(real.argmax(axis=1) if real.shape[1] > 1 else real[:, 0] >= 0.5,
                                  seen.argmax(axis=1) if seen.shape[1] > 1 else seen[:, 0] >= 0.5)
    if sizes[-1] == 1:                                                 # one output: the very same number
        np.testing.assert_allclose(seen, real, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(fs.basis.T @ fs.basis, np.eye(2), atol=1e-9)   # an orthonormal plane
    pca = feature_space(net, X, np.zeros(150), 1, projection="pca")
    assert pca.method == PCA
    with pytest.raises(ValueError, match="not the last"):
        feature_space(_net((2, 4, 4, 1), ("tanh", "tanh", "sigmoid")), X, np.zeros(150), 1, projection=OUTPUT)


def test_the_pca_picture_keeps_its_orientation_between_frames():
    X = np.random.default_rng(1).normal(size=(50, 2))
    net = _net((2, 5, 1), ("tanh", "sigmoid"), seed=2)
    first = feature_space(net, X, np.zeros(50), 1, projection="pca")
    flipped = first.basis * np.array([-1.0, 1.0])
    again = feature_space(net, X, np.zeros(50), 1, projection="pca", previous_basis=flipped)
    np.testing.assert_allclose(again.basis, flipped, atol=1e-12)
    np.testing.assert_allclose(again.points[:, 0], -first.points[:, 0], atol=1e-6)


def test_two_chosen_neurons_hold_the_others_at_their_mean():
    X = np.random.default_rng(2).normal(size=(30, 2))
    net = _net((2, 4, 2), ("relu", "softmax"), seed=4)
    fs = feature_space(net, X, np.arange(30) % 2, 1, projection=(3, 1))
    H = net.layer_outputs(X)[0]
    assert fs.method == PAIR and fs.axes == (3, 1)
    np.testing.assert_allclose(fs.points, H[:, [3, 1]], rtol=1e-6)
    np.testing.assert_allclose(fs.origin[[0, 2]], H.mean(axis=0)[[0, 2]])
    var = H.var(axis=0)
    assert fs.kept == pytest.approx((var[3] + var[1]) / var.sum())


def test_grid_lines_are_the_input_plane_carried_through_the_layers():
    net = _net((2, 2, 3, 1), ("sigmoid", "tanh", "sigmoid"), seed=5)
    window = (-1.0, 1.0, -2.0, 2.0)
    fs0 = feature_space(net, XOR_X, XOR_Y, 0, window=window, n_lines=5, line_samples=7)
    assert fs0.lines.shape == (10, 7, 2)
    np.testing.assert_allclose(fs0.lines[0, :, 1], -2.0)                  # first line: x2 = −2, x1 from −1 to 1
    np.testing.assert_allclose(fs0.lines[0, :, 0], np.linspace(-1, 1, 7), atol=1e-6)
    fs1 = feature_space(net, XOR_X, XOR_Y, 1, window=window, n_lines=5, line_samples=7)
    H = net.layer_outputs(fs0.lines.reshape(-1, 2).astype(np.float64))[0]
    np.testing.assert_allclose(fs1.lines.reshape(-1, 2), H, rtol=1e-5, atol=1e-6)
    assert not fs1.straight and fs1.layers_after == 2
    assert feature_space(net, XOR_X, XOR_Y, 1).lines is None              # no window: no lines


def test_the_input_layer_with_squared_features_can_be_seen_along_x1_squared_and_x2_squared():
    X = np.random.default_rng(6).uniform(-1, 1, size=(40, 2))
    net = _net((4, 1), ("sigmoid",), features=("x1_squared", "x2_squared"))
    fs = feature_space(net, X, np.zeros(40), 0, projection=(2, 3), window=(-1, 1, -1, 1))
    np.testing.assert_allclose(fs.points, X ** 2, rtol=1e-6)
    assert fs.straight                         # one layer after the inputs: a straight line in x1², x2²
    assert np.all(fs.lines >= -1e-9)           # squares: the whole plane folds into one quadrant


def test_network_from_a_snapshot_copy_computes_like_the_network():
    net = _net((4, 3, 2), ("tanh", "softmax"), features=("x1_x2", "sin_x2"))
    copy = network_from([p.copy() for p in net.params], (4, 3, 2), ("tanh", "softmax"),
                        input_features=("x1_x2", "sin_x2"))
    np.testing.assert_array_equal(copy.predict_proba(XOR_X), net.predict_proba(XOR_X))
    with pytest.raises(ValueError):
        feature_space(net, XOR_X, XOR_Y, 2)     # the output layer has nothing after it
