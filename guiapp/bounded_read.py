"""Reading files a user brings without trusting them: sizes are checked before memory is
allocated, data is read in bounded chunks, and long reads report byte progress and stop when
cancelled (DESIGN §4c). Plain Python and NumPy, below engine/ and data/, which both use it.

- :class:`ByteCounter`: counts bytes read from disk across several files, reports
  ``progress(done, total)`` at most every 256 KiB and raises :class:`ReadCancelled` once the
  ``cancel`` event is set.
- :func:`read_npz` / :func:`npz_headers`: the ``.npy`` members of an ``.npz`` (a zip). Each
  member's header (dtype, shape) is read first and checked: plain numbers only (never a pickle),
  shape x itemsize equal to what the zip says the member holds, and the total within a limit.
  Only then is an array allocated, and it is filled chunk by chunk, so a 250 KB file claiming
  1.5 GB is refused after reading a few hundred bytes.
"""

from __future__ import annotations

import io
import math
import os
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO, Union

import numpy as np

from .user_errors import UserError

PathLike = Union[str, "os.PathLike[str]"]
ProgressCallback = Callable[[int, Union[int, None]], None]

#: Bytes read (or decompressed) per step: the unit of cancel checks and of memory growth.
CHUNK_BYTES = 1 << 20
#: Progress is reported at most this often (in bytes read from disk).
REPORT_EVERY = 1 << 18
#: An .npy header longer than this is not a header (NumPy writes 128 bytes, or a multiple).
MAX_NPY_HEADER = 1 << 16


class ReadCancelled(UserError):
    """The user cancelled a read (or a download): not a failure to report."""

    default_code = "cancelled"


class ByteCounter:
    """Bytes read so far out of ``total`` (None: unknown), for a progress bar and Cancel.

    ``add(n)`` after each read: it checks ``cancel`` (a ``threading.Event``) and raises
    :class:`ReadCancelled` once it is set, and calls ``progress(done, total)`` every
    :data:`REPORT_EVERY` bytes. ``finish()`` reports the last bytes."""

    def __init__(self, progress: ProgressCallback | None = None, total: int | None = None,
                 cancel: threading.Event | None = None):
        self.progress = progress
        self.total = total
        self.cancel = cancel
        self.done = 0
        self._reported = 0

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ReadCancelled("reading was cancelled")

    def add(self, n: int) -> None:
        self.done += n
        self.check()
        if self.progress is not None and self.done - self._reported >= REPORT_EVERY:
            self._reported = self.done
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None and self.done != self._reported:
            self._reported = self.done
            self.progress(self.done, self.total)


def counter_for(progress: ProgressCallback | None, cancel: threading.Event | None,
                total: int | None) -> ByteCounter | None:
    """A ByteCounter if there is anything to report to or check, else None."""
    if progress is None and cancel is None:
        return None
    return ByteCounter(progress, total, cancel)


class CountingReader(io.RawIOBase):
    """A read-only binary stream over ``raw`` that tells ``counter`` how many bytes were read
    (so a gzip, zip or text reader on top of it reports progress in bytes of the file on disk).
    Closing it leaves ``raw`` open: its owner closes it."""

    def __init__(self, raw: BinaryIO, counter: ByteCounter | None):
        super().__init__()
        self._raw = raw
        self._counter = counter

    def read(self, n: int = -1) -> bytes:
        data = self._raw.read(n)
        if self._counter is not None:
            self._counter.add(len(data))
        return data

    def readinto(self, buffer) -> int:
        n = self._raw.readinto(buffer)
        if self._counter is not None and n:
            self._counter.add(n)
        return n or 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return bool(getattr(self._raw, "seekable", lambda: False)())

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()


def read_into(stream: BinaryIO, buffer: memoryview, counter: ByteCounter | None = None) -> int:
    """Fill ``buffer`` (bytes) from ``stream`` in chunks of :data:`CHUNK_BYTES`; return how many
    bytes arrived (fewer only if the stream ended). Checks cancel between chunks."""
    filled = 0
    size = len(buffer)
    while filled < size:
        if counter is not None:
            counter.check()
        n = stream.readinto(buffer[filled:min(size, filled + CHUNK_BYTES)])
        if not n:
            break
        filled += n
    return filled


# ---------------------------------------------------------------------------
# .npz: .npy members inside a zip
# ---------------------------------------------------------------------------

ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
NPY_MAGIC = b"\x93NUMPY"


@dataclass(frozen=True)
class NpyHeader:
    """What one ``.npy`` member declares: ``shape``, ``dtype``, byte order of the values
    (``fortran_order``), the header's length, and the data's size (shape x itemsize)."""

    name: str
    shape: tuple[int, ...]
    dtype: np.dtype
    fortran_order: bool
    header_bytes: int
    member_bytes: int  # what the zip says the member holds, uncompressed

    @property
    def n_values(self) -> int:
        return math.prod(self.shape)

    @property
    def data_bytes(self) -> int:
        return self.n_values * self.dtype.itemsize


def _raise(error: type[Exception], message: str, code: str, **details) -> None:
    if issubclass(error, UserError):
        raise error(message, code=code, **details)
    raise error(message)


def _read_npy_header(stream: BinaryIO, name: str, member: str, error) -> tuple[tuple, np.dtype, bool, int]:
    fmt = np.lib.format
    start = stream.read(len(NPY_MAGIC) + 2)
    if len(start) < len(NPY_MAGIC) + 2 or not start.startswith(NPY_MAGIC):
        _raise(error, f"{name}: {member} inside the .npz is not a NumPy array", "npz_member_not_npy",
               file=name, member=member)
    major = start[-2]
    length_size = 2 if major == 1 else 4
    raw_length = stream.read(length_size)
    if len(raw_length) < length_size or major not in (1, 2, 3):
        _raise(error, f"{name}: the header of {member} is damaged", "npz_member_damaged", file=name, member=member)
    header_len = int.from_bytes(raw_length, "little")
    if header_len > MAX_NPY_HEADER:
        _raise(error, f"{name}: the header of {member} claims {header_len:,} bytes; it is damaged",
               "npz_member_damaged", file=name, member=member)
    text = stream.read(header_len)
    if len(text) < header_len:
        _raise(error, f"{name}: the header of {member} is cut short", "npz_member_damaged", file=name, member=member)
    try:
        # NumPy's own parser of the header dictionary (a literal, never evaluated as code).
        fp = io.BytesIO(start + raw_length + text)
        fmt.read_magic(fp)
        read_header = fmt.read_array_header_1_0 if major == 1 else fmt.read_array_header_2_0
        shape, fortran_order, dtype = read_header(fp, max_header_size=MAX_NPY_HEADER)
    except (ValueError, TypeError, SyntaxError) as exc:
        _raise(error, f"{name}: the header of {member} is damaged ({exc})", "npz_member_damaged",
               file=name, member=member)
    dtype = np.dtype(dtype)
    if dtype.hasobject:
        _raise(error, f"{name}: {member} holds Python objects (pickles), which are not loaded because they can "
                      "run code; expected plain number arrays", "npz_pickle", file=name, member=member)
    if any(int(d) < 0 for d in shape):
        _raise(error, f"{name}: the header of {member} declares a negative size", "npz_member_damaged",
               file=name, member=member)
    return tuple(int(d) for d in shape), dtype, bool(fortran_order), len(start) + length_size + header_len


def open_npz(path: PathLike, error: type[Exception]) -> zipfile.ZipFile:
    """Open ``path`` as a zip, or raise ``error`` saying what the file is instead."""
    name = os.fspath(path)
    with open(path, "rb") as fh:  # FileNotFoundError / PermissionError pass through
        start = fh.read(len(NPY_MAGIC))
    if start.startswith(NPY_MAGIC):
        _raise(error, f"{name}: this is a single .npy array, expected an .npz archive", "npz_single_array",
               file=name)
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError)):
            raise
        _raise(error, f"{name}: not a readable .npz file ({exc})", "npz_not_zip", file=name, reason=str(exc))
    raise AssertionError("unreachable")


def npz_headers(archive: zipfile.ZipFile, name: str, error: type[Exception],
                members: Iterable[str] | None = None) -> dict[str, NpyHeader]:
    """The declared dtype and shape of each ``.npy`` member (all, or the ``members`` named,
    without the ``.npy``), read from their headers alone. Raises ``error`` for a member that
    is not a plain number array or whose header does not match the member's size."""
    infos = {info.filename[:-4]: info for info in archive.infolist() if info.filename.endswith(".npy")}
    wanted = list(infos) if members is None else [m for m in members if m in infos]
    headers = {}
    for member in wanted:
        info = infos[member]
        try:
            with archive.open(info) as stream:
                shape, dtype, fortran, header_bytes = _read_npy_header(stream, name, member, error)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            _raise(error, f"{name}: {member} inside the .npz is damaged ({exc})", "npz_member_damaged",
                   file=name, member=member)
        header = NpyHeader(member, shape, dtype, fortran, header_bytes, int(info.file_size))
        if header.header_bytes + header.data_bytes != header.member_bytes:
            _raise(error, f"{name}: {member} declares {header.data_bytes:,} bytes of values "
                          f"but holds {max(header.member_bytes - header.header_bytes, 0):,}; the file is damaged",
                   "npz_member_size", file=name, member=member, declared=header.data_bytes,
                   found=max(header.member_bytes - header.header_bytes, 0))
        headers[member] = header
    return headers


def check_total(headers: Iterable[NpyHeader], max_values: int, name: str, error: type[Exception]) -> int:
    """The number of values the arrays declare together; ``error`` if above ``max_values``."""
    total = sum(h.n_values for h in headers)
    if total > max_values:
        _raise(error, f"{name}: the arrays inside declare {total:,} values; at most {max_values:,} "
                      "can be loaded", "too_big", file=name, values=total, limit=max_values)
    return total


def read_npy_member(archive: zipfile.ZipFile, header: NpyHeader, name: str, error: type[Exception],
                    counter: ByteCounter | None = None) -> np.ndarray:
    """The array of a member whose header was checked by :func:`npz_headers`: allocated at its
    declared size (the caller checked the limit), filled chunk by chunk."""
    array = np.empty(header.shape, dtype=header.dtype, order="F" if header.fortran_order else "C")
    flat = memoryview(array.reshape(-1, order="A").view(np.uint8)) if array.size else memoryview(b"")
    try:
        with archive.open(header.name + ".npy") as stream:
            stream.read(header.header_bytes)
            got = read_into(CountingReader(stream, counter), flat, counter)
            extra = stream.read(1)  # reaching the end also checks the member's CRC
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        _raise(error, f"{name}: {header.name} inside the .npz is damaged ({exc})", "npz_member_damaged",
               file=name, member=header.name)
    if got < header.data_bytes or extra:
        _raise(error, f"{name}: {header.name} inside the .npz is damaged (its size does not match its header)",
               "npz_member_damaged", file=name, member=header.name)
    return array


def read_npz(path: PathLike, members: Iterable[str], *, max_values: int, error: type[Exception],
             cancel: threading.Event | None = None, progress: ProgressCallback | None = None,
             required: bool = True) -> dict[str, np.ndarray]:
    """Read the named members of an ``.npz`` safely (see the module docstring).

    Args:
        path: the file. members: names without ``.npy``.
        max_values: the most values all the arrays may hold together.
        error: the exception class raised for a bad file (a UserError subclass gets a ``code``).
        cancel, progress: a ``threading.Event`` checked between chunks; ``progress(done, total)``
            in bytes of array data.
        required: raise ``error`` (code "npz_missing") if a member is missing; else skip it.
    """
    name = os.fspath(path)
    members = list(members)
    with open_npz(path, error) as archive:
        headers = npz_headers(archive, name, error, members)
        missing = [m for m in members if m not in headers]
        if missing and required:
            found = [i.filename[:-4] for i in archive.infolist() if i.filename.endswith(".npy")]
            _raise(error, f"{name}: missing {', '.join(missing)}; expected keys {', '.join(members)}, "
                          f"found {', '.join(found) or 'none'}", "npz_missing", file=name,
                   missing=", ".join(missing), found=", ".join(found))
        check_total(headers.values(), max_values, name, error)
        counter = counter_for(progress, cancel, sum(h.data_bytes for h in headers.values()))
        arrays = {m: read_npy_member(archive, headers[m], name, error, counter) for m in members if m in headers}
        if counter is not None:
            counter.finish()
        return arrays
