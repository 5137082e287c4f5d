"""2-D toy sets: shapes, seeds, ranges, classes, argument checks."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.data import TOY_SETS, make_toy


@pytest.mark.parametrize("name", TOY_SETS)
def test_shapes_and_types(name):
    d = make_toy(name, n=200, noise=0.1, seed=3, test_ratio=0.25)
    assert d.kind == "toy2d" and d.is_2d
    assert (d.n_train, d.n_test) == (150, 50)
    assert d.X_train.dtype == np.float32 and d.y_train.dtype == np.int64
    assert d.feature_names == ("x1", "x2") and d.class_names == ("0", "1")
    y = np.concatenate([d.y_train, d.y_test])
    np.testing.assert_array_equal(np.bincount(y), [100, 100])  # balanced classes


@pytest.mark.parametrize("name", [t for t in TOY_SETS if t != "gaussians"])
def test_clean_shapes_lie_in_the_unit_square(name):
    d = make_toy(name, n=2000, noise=0.0, seed=0)
    X = np.concatenate([d.X_train, d.X_test])
    assert np.abs(X).max() <= 1.0 + 1e-6
    assert np.abs(X).max() > 0.5  # and actually use the square


def test_gaussian_clouds_are_mostly_in_the_square():
    d = make_toy("gaussians", n=4000, noise=0.0, seed=0)
    inside = np.all(np.abs(d.X_train) <= 1.0, axis=1)
    assert 0.95 < inside.mean() < 1.0
    for c, centre in enumerate([(-0.5, -0.5), (0.5, 0.5)]):
        np.testing.assert_allclose(d.X_train[d.y_train == c].mean(axis=0), centre, atol=0.03)


@pytest.mark.parametrize("name", TOY_SETS)
def test_same_seed_same_data_other_seed_other_data(name):
    a, b, c = (make_toy(name, seed=s) for s in (7, 7, 8))
    np.testing.assert_array_equal(a.X_train, b.X_train)
    np.testing.assert_array_equal(a.y_test, b.y_test)
    assert not np.array_equal(a.X_train, c.X_train)


def test_noise_moves_points():
    clean = make_toy("circle", noise=0.0, seed=1)
    noisy = make_toy("circle", noise=0.3, seed=1)
    assert not np.allclose(clean.X_train, noisy.X_train)


def test_circle_inner_class_is_inside():
    d = make_toy("circle", n=400, noise=0.0)
    r = np.hypot(d.X_train[:, 0], d.X_train[:, 1])
    assert r[d.y_train == 1].max() <= 0.4 + 1e-6
    assert r[d.y_train == 0].min() >= 0.6 - 1e-6


def test_xor_cloud_labels_follow_signs():
    d = make_toy("xor", n=400, noise=0.0)
    differ = (d.X_train[:, 0] * d.X_train[:, 1]) < 0
    np.testing.assert_array_equal(differ.astype(int), d.y_train)


@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_spiral_classes(k):
    d = make_toy("spiral", n=301, n_classes=k, noise=0.05)
    assert d.n_classes == k and len(d.class_names) == k
    counts = np.bincount(np.concatenate([d.y_train, d.y_test]), minlength=k)
    assert counts.sum() == 301 and counts.max() - counts.min() <= 1


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(name="blobs"), "circle, xor, gaussians, spiral, moons"),
        (dict(name="spiral", n_classes=6), "spiral supports 2 to 5"),
        (dict(name="circle", n_classes=3), "exactly 2 classes"),
        (dict(name="moons", n=5), "between 10"),
        (dict(name="moons", n=100.5), "whole number"),
        (dict(name="moons", noise=-0.1), "noise"),
        (dict(name="moons", noise=float("nan")), "noise"),
        (dict(name="moons", test_ratio=1.0), "test_ratio"),
    ],
)
def test_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        make_toy(**kwargs)


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(TOY_SETS),
    n=st.integers(10, 500),
    noise=st.floats(0, 0.5),
    seed=st.integers(0, 2**32 - 1),
    test_ratio=st.floats(0, 0.9),
)
def test_any_valid_arguments_give_a_consistent_dataset(name, n, noise, seed, test_ratio):
    d = make_toy(name, n=n, noise=noise, seed=seed, test_ratio=test_ratio)
    assert d.n_train + d.n_test == n
    assert d.n_test == min(round(n * test_ratio), n - 1)
    assert np.all(np.isfinite(d.X_train))
    spread = noise + (0.25 if name == "gaussians" else 0.0)
    assert np.abs(d.X_train).max() < 1.0 + 8 * spread + 1e-6
