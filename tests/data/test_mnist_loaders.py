"""MNIST loaders: IDX pairs, folders (plain, torchvision, Kaggle), Keras .npz."""

import numpy as np
import pytest

from guiapp.data import (
    FASHION_CLASS_NAMES,
    MNIST_CLASS_NAMES,
    MnistFormatError,
    load_idx_folder,
    load_idx_pair,
    load_keras_npz,
    write_idx,
)

STEMS = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}


def fake_mnist(n_train=30, n_test=10, seed=0):
    rng = np.random.default_rng(seed)
    return {
        "train_images": rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        "train_labels": (np.arange(n_train) % 10).astype(np.uint8),
        "test_images": rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        "test_labels": (np.arange(n_test)[::-1] % 10).astype(np.uint8),
    }


def write_folder(folder, arrays, suffix=".gz", dotted=False):
    folder.mkdir(parents=True, exist_ok=True)
    for role, stem in STEMS.items():
        name = stem.replace("-idx", ".idx") if dotted else stem
        write_idx(folder / (name + suffix), arrays[role])
    return folder


def check_matches(d, arrays):
    assert d.kind == "images" and d.image_shape == (28, 28) and d.n_features == 784
    assert d.X_train.dtype == np.float32
    np.testing.assert_array_equal(d.X_train, arrays["train_images"].reshape(-1, 784) / np.float32(255))
    np.testing.assert_array_equal(d.y_train, arrays["train_labels"])
    np.testing.assert_array_equal(d.X_test, arrays["test_images"].reshape(-1, 784) / np.float32(255))
    np.testing.assert_array_equal(d.y_test, arrays["test_labels"])


# --- load_idx_pair --------------------------------------------------------------


def test_pair_scales_pixels_and_flattens(tmp_path):
    imgs = np.zeros((3, 28, 28), dtype=np.uint8)
    imgs[0, 0, 0], imgs[1, 27, 27], imgs[2, 5, 7] = 255, 51, 1
    write_idx(tmp_path / "i.gz", imgs)
    write_idx(tmp_path / "l.gz", np.array([7, 0, 9], dtype=np.uint8))
    X, y = load_idx_pair(tmp_path / "i.gz", tmp_path / "l.gz")
    assert X.shape == (3, 784) and X.dtype == np.float32
    assert y.dtype == np.int64 and y.tolist() == [7, 0, 9]
    assert X[0, 0] == 1.0 and X[1, 783] == pytest.approx(0.2) and X[2, 5 * 28 + 7] == pytest.approx(1 / 255)
    assert X.sum() == pytest.approx(1 + 0.2 + 1 / 255)


def test_pair_limit(tmp_path):
    write_idx(tmp_path / "i", np.zeros((10, 28, 28), np.uint8))
    write_idx(tmp_path / "l", np.arange(10, dtype=np.uint8))
    X, y = load_idx_pair(tmp_path / "i", tmp_path / "l", limit=4)
    assert X.shape == (4, 784) and y.tolist() == [0, 1, 2, 3]


def test_pair_counts_must_match(tmp_path):
    write_idx(tmp_path / "imgs", np.zeros((5, 28, 28), np.uint8))
    write_idx(tmp_path / "labs", np.zeros(4, np.uint8))
    with pytest.raises(MnistFormatError, match="has 5 images but .*labs has 4 labels"):
        load_idx_pair(tmp_path / "imgs", tmp_path / "labs")


def test_pair_labels_in_range(tmp_path):
    write_idx(tmp_path / "imgs", np.zeros((3, 28, 28), np.uint8))
    write_idx(tmp_path / "labs", np.array([0, 10, 2], np.uint8))
    with pytest.raises(MnistFormatError, match=r"labels must be 0\.\.9, found 0\.\.10"):
        load_idx_pair(tmp_path / "imgs", tmp_path / "labs")
    X, y = load_idx_pair(tmp_path / "imgs", tmp_path / "labs", max_label=25)  # e.g. EMNIST letters
    assert y.max() == 10


def test_pair_files_swapped(tmp_path):
    write_idx(tmp_path / "imgs", np.zeros((3, 28, 28), np.uint8))
    write_idx(tmp_path / "labs", np.zeros(3, np.uint8))
    with pytest.raises(MnistFormatError, match="expected images with 3 dimensions"):
        load_idx_pair(tmp_path / "labs", tmp_path / "imgs")


# --- load_idx_folder ------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_plain_folder(tmp_path, suffix):
    arrays = fake_mnist()
    d = load_idx_folder(write_folder(tmp_path / "mnist", arrays, suffix))
    check_matches(d, arrays)
    assert d.name == "MNIST" and d.class_names == MNIST_CLASS_NAMES
    assert "LeCun" in d.description and "CC BY-SA 3.0" in d.description


def test_torchvision_raw_layout(tmp_path):
    arrays = fake_mnist(seed=1)
    write_folder(tmp_path / "data" / "MNIST" / "raw", arrays)
    d = load_idx_folder(tmp_path / "data")
    check_matches(d, arrays)
    assert d.name == "MNIST"


def test_torchvision_fashion_layout_gets_clothes_names(tmp_path):
    arrays = fake_mnist(seed=2)
    write_folder(tmp_path / "data" / "FashionMNIST" / "raw", arrays, suffix="")
    d = load_idx_folder(tmp_path / "data")
    check_matches(d, arrays)
    assert d.name == "Fashion-MNIST"
    assert d.class_names == FASHION_CLASS_NAMES
    assert d.class_names[0] == "T-shirt/top" and d.class_names[9] == "Ankle boot"
    assert "Zalando" in d.description


def test_fashion_flag_overrides_the_folder_name(tmp_path):
    folder = write_folder(tmp_path / "fashion-stuff", fake_mnist())
    assert load_idx_folder(folder).name == "Fashion-MNIST"
    assert load_idx_folder(folder, fashion=False).class_names == MNIST_CLASS_NAMES
    other = write_folder(tmp_path / "clothes", fake_mnist())
    assert load_idx_folder(other, fashion=True).class_names == FASHION_CLASS_NAMES


def test_kaggle_dotted_names(tmp_path):
    arrays = fake_mnist(seed=3)
    check_matches(load_idx_folder(write_folder(tmp_path / "k", arrays, suffix="", dotted=True)), arrays)


def test_folder_limits(tmp_path):
    d = load_idx_folder(write_folder(tmp_path / "m", fake_mnist()), limit_train=7, limit_test=3)
    assert (d.n_train, d.n_test) == (7, 3)


def test_folder_with_a_file_missing(tmp_path):
    folder = write_folder(tmp_path / "m", fake_mnist())
    (folder / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(MnistFormatError, match="not all there.*t10k-labels-idx1-ubyte\\[.gz\\]"):
        load_idx_folder(folder)


def test_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such folder"):
        load_idx_folder(tmp_path / "nope")


def test_folder_with_mismatched_counts(tmp_path):
    arrays = fake_mnist()
    arrays["test_labels"] = arrays["test_labels"][:-1]
    with pytest.raises(MnistFormatError, match="has 10 images but .* has 9 labels"):
        load_idx_folder(write_folder(tmp_path / "m", arrays))


def test_folder_with_a_truncated_file_names_it(tmp_path):
    folder = write_folder(tmp_path / "m", fake_mnist(), suffix="")
    path = folder / "train-images-idx3-ubyte"
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(MnistFormatError, match="train-images-idx3-ubyte: file is truncated"):
        load_idx_folder(folder)


# --- Keras .npz -----------------------------------------------------------------


def save_npz(path, arrays, **overrides):
    contents = {
        "x_train": arrays["train_images"],
        "y_train": arrays["train_labels"],
        "x_test": arrays["test_images"],
        "y_test": arrays["test_labels"],
    }
    contents.update(overrides)
    contents = {k: v for k, v in contents.items() if v is not None}
    np.savez_compressed(path, **contents)
    return path


def test_keras_npz(tmp_path):
    arrays = fake_mnist(seed=4)
    d = load_keras_npz(save_npz(tmp_path / "mnist.npz", arrays))
    check_matches(d, arrays)
    assert d.name == "MNIST"
    small = load_keras_npz(tmp_path / "mnist.npz", limit_train=5, limit_test=2)
    assert (small.n_train, small.n_test) == (5, 2)


def test_keras_npz_flat_rows_and_fashion_name(tmp_path):
    arrays = fake_mnist(seed=5)
    path = save_npz(
        tmp_path / "fashion_mnist.npz",
        arrays,
        x_train=arrays["train_images"].reshape(-1, 784),
        x_test=arrays["test_images"].reshape(-1, 784),
    )
    d = load_keras_npz(path)
    check_matches(d, arrays)
    assert d.class_names == FASHION_CLASS_NAMES


def test_keras_npz_missing_key(tmp_path):
    path = save_npz(tmp_path / "m.npz", fake_mnist(), y_test=None)
    with pytest.raises(MnistFormatError, match="missing y_test.*found x_train, y_train, x_test"):
        load_keras_npz(path)


def test_keras_npz_not_a_zip(tmp_path):
    path = tmp_path / "m.npz"
    path.write_bytes(b"this is not an npz file at all")
    with pytest.raises(MnistFormatError, match="not a readable .npz"):
        load_keras_npz(path)


def test_keras_npz_single_array(tmp_path):
    np.save(tmp_path / "m.npy", np.zeros(3))
    with pytest.raises(MnistFormatError, match="single .npy array"):
        load_keras_npz(tmp_path / "m.npy")


def test_keras_npz_mismatch_and_bad_labels(tmp_path):
    arrays = fake_mnist()
    path = save_npz(tmp_path / "a.npz", arrays, y_train=arrays["train_labels"][:-2])
    with pytest.raises(MnistFormatError, match=r"\[x_train\] has 30 images but .*\[y_train\] has 28 labels"):
        load_keras_npz(path)
    path = save_npz(tmp_path / "b.npz", arrays, y_test=np.full(10, 12, np.uint8))
    with pytest.raises(MnistFormatError, match=r"labels must be 0\.\.9"):
        load_keras_npz(path)
    path = save_npz(tmp_path / "c.npz", arrays, x_train=np.full((30, 28, 28), 2.0))
    with pytest.raises(MnistFormatError, match=r"must lie in \[0, 1\]"):
        load_keras_npz(path)


def test_keras_npz_rejects_pickles(tmp_path):
    path = tmp_path / "p.npz"
    np.savez(path, x_train=np.array([{"a": 1}], dtype=object), y_train=[0], x_test=[0], y_test=[0])
    with pytest.raises(MnistFormatError, match="pickles"):
        load_keras_npz(path)
