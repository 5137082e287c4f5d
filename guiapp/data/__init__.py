"""Data sets for Backprop Lab: NumPy and the standard library only, no Qt.

Every loader returns a :class:`Dataset` (train and test arrays plus names)::

    from guiapp.data import load_logic, make_toy, load_mnist_sample, read_csv_table

    xor = load_logic("XOR")                  # X (4, 2), y (4,)
    spiral = make_toy("spiral", n_classes=3) # X (n, 2) float32
    digits = load_mnist_sample()             # X (8000, 784) in [0, 1], offline
"""

from .csv_table import CsvFormatError, preview_csv, read_csv_table
from .dataset import KINDS, Dataset, train_test_split
from .logic import GATES, load_logic, logic_gate, parity, truth_table_names, xor3_table
from .download import (
    MIRRORS,
    MNIST_FILES,
    MNIST_SIZES,
    DownloadCancelled,
    DownloadChecksumError,
    DownloadError,
    DownloadHTTPError,
    DownloadTimeout,
    DownloadTooLarge,
    DownloadTruncated,
    DownloadUnreachable,
    download_file,
    download_mnist,
    mnist_files_present,
)
from ..bounded_read import ReadCancelled
from .idx import MnistFormatError, read_idx, write_idx
from .mnist import (
    FASHION_CLASS_NAMES,
    FASHION_MNIST_DIR,
    MNIST_CLASS_NAMES,
    fashion_mnist_available,
    load_fashion_mnist,
    load_idx_folder,
    load_idx_pair,
    load_keras_npz,
    load_mnist_sample,
)
from .toy2d import TOY_SETS, make_toy

__all__ = [
    "Dataset",
    "KINDS",
    "train_test_split",
    # logic
    "GATES",
    "logic_gate",
    "parity",
    "xor3_table",
    "truth_table_names",
    "load_logic",
    # toy 2-D
    "TOY_SETS",
    "make_toy",
    # MNIST
    "MnistFormatError",
    "ReadCancelled",
    "read_idx",
    "write_idx",
    "load_idx_pair",
    "load_idx_folder",
    "load_keras_npz",
    "load_mnist_sample",
    "MNIST_CLASS_NAMES",
    "FASHION_CLASS_NAMES",
    "FASHION_MNIST_DIR",
    "fashion_mnist_available",
    "load_fashion_mnist",
    "MNIST_FILES",
    "MNIST_SIZES",
    "MIRRORS",
    "DownloadError",
    "DownloadUnreachable",
    "DownloadTimeout",
    "DownloadHTTPError",
    "DownloadTruncated",
    "DownloadTooLarge",
    "DownloadChecksumError",
    "DownloadCancelled",
    "download_file",
    "download_mnist",
    "mnist_files_present",
    # CSV
    "CsvFormatError",
    "read_csv_table",
    "preview_csv",
]
