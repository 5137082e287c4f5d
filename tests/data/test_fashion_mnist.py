"""Fashion-MNIST from Debian's dataset-fashion-mnist package: real full-size IDX files."""

from pathlib import Path

import numpy as np
import pytest

from guiapp.data import FASHION_CLASS_NAMES, FASHION_MNIST_DIR, fashion_mnist_available, load_fashion_mnist, read_idx

pytestmark = pytest.mark.skipif(
    not fashion_mnist_available(),
    reason=f"Fashion-MNIST not installed in {FASHION_MNIST_DIR} (apt install dataset-fashion-mnist)",
)
FOLDER = Path(FASHION_MNIST_DIR)


def test_full_training_images_file():
    images = read_idx(FOLDER / "train-images-idx3-ubyte.gz")
    assert images.shape == (60_000, 28, 28) and images.dtype == np.uint8
    assert images.max() == 255 and images.min() == 0


def test_label_files_are_balanced():
    train = read_idx(FOLDER / "train-labels-idx1-ubyte.gz")
    test = read_idx(FOLDER / "t10k-labels-idx1-ubyte.gz")
    np.testing.assert_array_equal(np.bincount(train), [6000] * 10)
    np.testing.assert_array_equal(np.bincount(test), [1000] * 10)


def test_full_test_set_loads_as_dataset():
    d = load_fashion_mnist(limit_train=500)
    assert d.name == "Fashion-MNIST" and d.kind == "images"
    assert (d.n_train, d.n_test) == (500, 10_000)
    assert d.class_names == FASHION_CLASS_NAMES
    assert d.class_names == (
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    )
    assert d.X_test.shape == (10_000, 784) and 0.0 <= d.X_test.min() and d.X_test.max() == 1.0
    assert "Zalando" in d.description


def test_limits():
    d = load_fashion_mnist(limit_train=100, limit_test=50)
    assert (d.n_train, d.n_test) == (100, 50)
    full_labels = read_idx(FOLDER / "train-labels-idx1-ubyte.gz")
    np.testing.assert_array_equal(d.y_train, full_labels[:100])
