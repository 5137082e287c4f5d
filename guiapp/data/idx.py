"""The IDX format (LeCun's format for MNIST): :func:`read_idx` / :func:`write_idx`.

A file is a 4-byte magic number, one 4-byte size per dimension, then the values, all
big-endian::

    00 00 08 03 | 00 00 ea 60 | 00 00 00 1c | 00 00 00 1c | 47,040,000 pixel bytes
    zero  ubyte ndim  60,000 images   28 rows      28 columns

Files are usually gzip-compressed (``.gz``); reading recognises gzip by its first two bytes
(1f 8b), not by the file name. A damaged or unexpected file raises :class:`MnistFormatError`
(a ``ValueError``) naming the file and the problem.
"""

from __future__ import annotations

import gzip
import io
import math
import os
import threading
import zlib
from pathlib import Path
from typing import BinaryIO, Union

import numpy as np

from ..bounded_read import (CHUNK_BYTES, ByteCounter, CountingReader, ProgressCallback, ReadCancelled,
                            counter_for, read_into)
from ..user_errors import UserError

__all__ = ["MnistFormatError", "ReadCancelled", "MAX_DATA_VALUES", "read_idx", "write_idx", "describe_source"]

PathLike = Union[str, "os.PathLike[str]"]


class MnistFormatError(UserError, ValueError):
    """A file is not a valid IDX / MNIST file; the message names the file and the problem.
    ``code`` says which problem (``idx_truncated``, ``idx_too_long``, ``too_big``, ...) and
    ``details`` holds the file name and the sizes involved."""

    default_code = "mnist_format"


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

#: The most values one data set may hold: 256 Mi values, 1 GiB once they are float32 inputs
#: (full MNIST has 55 M). A header declaring more is refused before anything is allocated.
MAX_DATA_VALUES = 256 * 2**20


def describe_source(source: object) -> str:
    """A name for error messages: the path, or the file object's name."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", "<stream>"))


def _what(ndim: int) -> str:
    """What the payload holds, for messages: MNIST image files are 3-D, label files 1-D."""
    return {1: "labels", 3: "pixels"}.get(ndim, "data")


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    """Read up to ``size`` (small: a header) bytes; fewer only if the stream ends first."""
    data = stream.read(size)
    while len(data) < size:
        more = stream.read(size - len(data))
        if not more:
            break
        data += more
    return data


def _count_extra(stream: BinaryIO) -> tuple[int, bool]:
    """How many bytes follow (reading at most one chunk past the end): (count, more_follow)."""
    extra = len(stream.read(CHUNK_BYTES))
    if extra < CHUNK_BYTES:
        return extra, False
    return extra, bool(stream.read(1))


def _parse_idx(stream: BinaryIO, name: str, limit: int | None, max_values: int,
               counter: ByteCounter | None, available: int | None) -> np.ndarray:
    """``available``: bytes left in the stream if known (a plain file), so a header promising
    more is refused before anything is read."""
    header = _read_exactly(stream, 4)
    if len(header) < 4:
        raise MnistFormatError(f"{name}: file too short for an IDX header ({len(header)} bytes)",
                               code="idx_too_short", file=name, found=len(header))
    if header[0] != 0 or header[1] != 0:
        hint = ""
        if header[:1] == b"<":
            hint = " It looks like an HTML page (a failed download?)."
        elif header[:2] == b"PK":
            hint = " It looks like a zip or .npz file; open it as a Keras-style .npz."
        raise MnistFormatError(
            f"{name}: not an IDX file: the first two bytes must be 00 00, found {bytes(header[:2]).hex(' ')}.{hint}",
            code="idx_bad_magic", file=name, found=bytes(header[:2]).hex(" "))
    type_code, ndim = header[2], header[3]
    if type_code not in _IDX_DTYPES:
        known = ", ".join(f"0x{c:02X}" for c in _IDX_DTYPES)
        raise MnistFormatError(f"{name}: unknown IDX data type code 0x{type_code:02X} (known: {known})",
                               code="idx_bad_type", file=name, type_code=type_code)
    if ndim == 0:
        raise MnistFormatError(f"{name}: IDX header says the array has 0 dimensions", code="idx_no_dims", file=name)
    dims_bytes = _read_exactly(stream, 4 * ndim)
    if len(dims_bytes) < 4 * ndim:
        raise MnistFormatError(
            f"{name}: header is cut short: {ndim} dimensions need {4 * ndim} bytes of sizes, "
            f"found {len(dims_bytes)}", code="idx_header_cut", file=name, needed=4 * ndim, found=len(dims_bytes))
    shape = tuple(int(d) for d in np.frombuffer(bytes(dims_bytes), dtype=">u4"))
    dtype = _IDX_DTYPES[type_code]
    if available is not None:
        available -= 4 + 4 * ndim

    full_shape = shape
    if limit is not None:
        shape = (min(shape[0], max(int(limit), 0)),) + shape[1:]
    n_values = math.prod(shape)  # Python ints: no overflow for a bogus header
    expected = n_values * dtype.itemsize
    dims = " x ".join(f"{d:,}" for d in full_shape)
    if available is not None and available < expected:  # a plain file: its size is known
        raise MnistFormatError(
            f"{name}: file is truncated: the header promises {dims} values, "
            f"expected {expected:,} bytes of {_what(ndim)}, found {available:,}",
            code="idx_truncated", file=name, expected=expected, found=available)
    if n_values > max_values:
        raise MnistFormatError(
            f"{name}: the header promises {dims} values; at most {max_values:,} can be loaded "
            "(the file is damaged, or far larger than MNIST)",
            code="too_big", file=name, values=n_values, limit=max_values)

    # Allocated at the declared size (within the limit); memory is only touched as data arrives.
    array = np.empty(shape, dtype=dtype)
    got = read_into(stream, memoryview(array.reshape(-1).view(np.uint8)), counter)
    if got < expected:
        raise MnistFormatError(
            f"{name}: file is truncated: the header promises {dims} values, "
            f"expected {expected:,} bytes of {_what(ndim)}, found {got:,}",
            code="idx_truncated", file=name, expected=expected, found=got)
    if limit is None:
        extra, more = _count_extra(stream)
        if extra:
            at_least = "at least " if more else ""
            raise MnistFormatError(
                f"{name}: file is too long: the header promises {dims} values "
                f"({expected:,} bytes of {_what(ndim)}), but {at_least}{extra:,} more bytes follow",
                code="idx_too_long", file=name, expected=expected, extra=extra, at_least=more)
    return array.astype(dtype.newbyteorder("="), copy=False)  # native byte order (a no-op for bytes)


def read_idx(source: PathLike | BinaryIO, *, limit: int | None = None, max_values: int = MAX_DATA_VALUES,
             cancel: threading.Event | None = None, progress: ProgressCallback | None = None) -> np.ndarray:
    """Read an IDX file, plain or gzip-compressed, in bounded memory.

    Args:
        source: a path or a binary file object. Gzip is recognised by the
            first two bytes (1f 8b), whatever the file is called.
        limit: read only the first ``limit`` entries along the first axis
            (e.g. the first 1,000 images). The rest of the file is then not
            read, so it is not checked either.
        max_values: a header promising more values is refused before anything is allocated.
        cancel: a ``threading.Event`` checked between chunks: once set, :class:`ReadCancelled`.
        progress: ``progress(done, total)`` in bytes of the file read so far (total: the file's
            size, None for a stream of unknown size).

    Returns:
        The array, e.g. (60000, 28, 28) uint8 for an image file or (60000,)
        uint8 for a label file; the dtype comes from the IDX type code.

    Raises:
        MnistFormatError: wrong magic number, unknown type code, header or
            payload cut short, bytes left over after the payload, damaged gzip,
            more values than ``max_values``.
        ReadCancelled: ``cancel`` was set.
        OSError: the file cannot be opened.
    """
    if isinstance(source, (str, os.PathLike)):
        counter = counter_for(progress, cancel, os.stat(source).st_size)
        array = _read_idx_path(source, limit, max_values, counter)
    else:
        counter = counter_for(progress, cancel, _size_of(source))
        array = _read_idx_stream(source, describe_source(source), limit, max_values, counter)
    if counter is not None:
        counter.finish()
    return array


def _read_idx_path(path: PathLike, limit: int | None, max_values: int, counter: ByteCounter | None) -> np.ndarray:
    """read_idx on a path, counting into a counter shared with other files."""
    with open(path, "rb") as f:
        return _read_idx_stream(f, describe_source(path), limit, max_values, counter)


def _size_of(stream: BinaryIO) -> int | None:
    """The size of a real file behind ``stream`` (None for other streams)."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


def _read_idx_stream(raw: BinaryIO, name: str, limit: int | None, max_values: int,
                     counter: ByteCounter | None) -> np.ndarray:
    size = _size_of(raw)
    position = raw.tell() if size is not None and raw.seekable() else None
    counted = CountingReader(raw, counter)
    start = counted.read(2)
    if start != _GZIP_MAGIC:
        available = size - position if size is not None and position is not None else None
        return _parse_idx(_Prefixed(start, counted), name, limit, max_values, counter, available)  # type: ignore[arg-type]
    # Put the two bytes back in front of the rest, then decompress chunk by chunk.
    stream = gzip.GzipFile(fileobj=_Prefixed(start, counted), mode="rb")
    try:
        return _parse_idx(stream, name, limit, max_values, counter, None)  # type: ignore[arg-type]
    except (OSError, EOFError, zlib.error) as exc:
        # EOFError: "Compressed file ended before the end-of-stream marker";
        # BadGzipFile (an OSError) or zlib.error: damaged data or CRC.
        raise MnistFormatError(f"{name}: the gzip data is damaged or cut short ({exc})",
                               code="gzip_damaged", file=name, reason=str(exc)) from exc


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


