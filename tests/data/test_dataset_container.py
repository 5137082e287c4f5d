"""Dataset validation and train_test_split. (Labels become targets in the engine: tests/engine/test_targets.py.)"""

import numpy as np
import pytest

from guiapp.data import Dataset, train_test_split


def make(**overrides):
    fields = dict(
        name="t",
        kind="toy2d",
        X_train=np.zeros((6, 2)),
        y_train=np.array([0, 1, 2, 0, 1, 2]),
        X_test=np.ones((3, 2)),
        y_test=np.array([0, 1, 2]),
        n_classes=3,
        class_names=("a", "b", "c"),
        feature_names=("x1", "x2"),
    )
    fields.update(overrides)
    return Dataset(**fields)


def test_converts_dtypes_and_freezes_arrays():
    d = make()
    assert d.X_train.dtype == np.float32 and d.X_test.dtype == np.float32
    assert d.y_train.dtype == np.int64 and d.y_test.dtype == np.int64
    assert d.X_train.flags.c_contiguous
    assert (d.n_features, d.n_train, d.n_test, d.is_2d) == (2, 6, 3, True)
    with pytest.raises(ValueError):
        d.X_train[0, 0] = 5.0
    with pytest.raises(AttributeError):
        d.name = "other"  # frozen


def test_accepts_whole_number_float_labels():
    d = make(y_train=np.array([0.0, 1.0, 2.0, 0.0, 1.0, 2.0]))
    assert d.y_train.tolist() == [0, 1, 2, 0, 1, 2]


@pytest.mark.parametrize(
    "overrides, message",
    [
        (dict(kind="pictures"), "kind must be one of"),
        (dict(X_train=np.zeros(6)), "X_train must be 2-D"),
        (dict(y_train=np.zeros((6, 1), dtype=int)), "labels must be 1-D"),
        (dict(y_train=np.array([0, 1, 2, 0, 1])), "X_train has 6 rows but y_train has 5 labels"),
        (dict(y_test=np.array([0, 1])), "X_test has 3 rows but y_test has 2 labels"),
        (dict(X_test=np.ones((3, 4))), "X_train has 2 features but X_test has 4"),
        (dict(y_train=np.array([0, 1, 2, 0, 1, 3])), "y_train has labels from 0 to 3, expected 0..2"),
        (dict(y_test=np.array([-1, 1, 2])), "y_test has labels from -1 to 2"),
        (dict(y_train=np.array([0.5, 1, 2, 0, 1, 2])), "whole numbers"),
        (dict(class_names=("a", "b")), "2 class names for 3 classes"),
        (dict(feature_names=("x",)), "1 feature names for 2 features"),
        (dict(n_classes=1, class_names=("a",), y_train=np.zeros(6), y_test=np.zeros(3)), "at least 2 classes"),
        (dict(X_train=np.full((6, 2), np.nan)), "NaN"),
        (dict(X_train=np.zeros((0, 2)), y_train=np.zeros(0)), "training set is empty"),
        (dict(image_shape=(3, 3)), "image_shape (3, 3) has 9 pixels but there are 2 features"),
    ],
)
def test_rejects_inconsistent_data(overrides, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make(**overrides)


def test_empty_test_set_is_allowed():
    d = make(X_test=np.zeros((0, 2)), y_test=np.zeros(0, dtype=int))
    assert d.n_test == 0


def test_train_test_split_is_a_seeded_partition():
    X = np.arange(20).reshape(10, 2)
    y = np.arange(10)
    Xtr, ytr, Xte, yte = train_test_split(X, y, 0.3, np.random.default_rng(1))
    assert (len(ytr), len(yte)) == (7, 3)
    assert sorted(np.concatenate([ytr, yte]).tolist()) == list(range(10))
    np.testing.assert_array_equal(Xtr[:, 0] // 2, ytr)  # rows stay with their labels
    again = train_test_split(X, y, 0.3, 1)
    np.testing.assert_array_equal(again[1], train_test_split(X, y, 0.3, 1)[1])
    assert train_test_split(X, y, 0.0, 0)[3].size == 0
    with pytest.raises(ValueError, match="test_ratio"):
        train_test_split(X, y, 1.0, 0)
    with pytest.raises(ValueError, match="10 rows but y has 9"):
        train_test_split(X, y[:9], 0.2, 0)
