"""A safe file format for projects: a zip of JSON documents and ``.npy`` arrays, never pickle.

    write_archive(path, "backprop-lab-project", 1, {"design": {...}}, {"weights/W1": W1})
    archive = read_archive(path, "backprop-lab-project", supported_version=1)
    archive.documents["design"], archive.arrays["weights/W1"]

Layout inside the zip: ``manifest.json`` first ({"format", "version", "documents": [...],
"arrays": {name: {"dtype", "shape"}}}), then ``<name>.json`` per document and ``<name>.npy`` per
array. Plain Python and NumPy (no Qt), so autosave can run it on any thread.

Writing is atomic (DESIGN §4c): a temporary file in the same folder, flush + fsync, rename; a
failed write removes its temporary file and leaves the old file as it was.

Reading trusts nothing in the file. Before anything is allocated: the file's size against a
limit; every member's declared sizes against the file's real size, against what deflate can
produce from its compressed bytes, and against per-member and total limits; the manifest's
format and version (a newer version is refused with a clear message); each ``.npy`` header
parsed and checked (no object dtype, so no pickle; dtype × shape equal to the member's size)
before its array is allocated. Decompression is read in bounded chunks and stops at the
declared size, so a header that lies about its size costs no more memory than it declared.
Every problem is an ``ArchiveError`` (a ``UserError`` with a ``code`` and ``details``).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from ..user_errors import UserError

MANIFEST = "manifest.json"
CHUNK = 1 << 20  # bytes read from a member at a time
#: Deflate cannot expand data more than about 1032 : 1; a member declaring more is lying.
MAX_DEFLATE_RATIO = 1100
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\-]*)*")
#: Array element kinds an archive may hold: bool, integers, unsigned, floats, complex.
_ARRAY_KINDS = "biufc"
#: What unpacking a damaged member raises (zipfile's CRC check, zlib, a short stream).
_UNPACK_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError)


@dataclass(frozen=True)
class Limits:
    """What a reader accepts. The defaults fit a project with full MNIST embedded, with room."""

    file_bytes: int = 4 << 30          # the archive file itself
    total_bytes: int = 4 << 30         # all members, uncompressed
    member_bytes: int = 2 << 30        # one array
    document_bytes: int = 64 << 20     # one JSON document (the manifest included)
    members: int = 10_000


class ArchiveError(UserError, ValueError):
    """A file that cannot be read as an archive. ``code`` says why:

    archive_missing, archive_unreadable (OSError), archive_too_large, archive_not_zip,
    archive_truncated, archive_bad_member (sizes or names that do not add up), archive_member_too_large,
    archive_corrupt (decompression or CRC failed), archive_bad_manifest, archive_wrong_format,
    archive_newer_version, archive_bad_document, archive_bad_array, archive_pickle.
    ``details`` always has ``file`` (the file name) and, where it applies, ``member``.
    """

    default_code = "archive_invalid"


class ArchiveWriteError(UserError, OSError):
    """Writing failed (disk full, no permission, ...); the old file, if any, is unchanged.
    ``details``: ``file``, ``reason``."""

    default_code = "archive_write_failed"


@dataclass(frozen=True)
class Archive:
    """What ``read_archive`` returns: the format, its version, and the members by name."""

    format: str
    version: int
    documents: Mapping[str, Any] = field(default_factory=dict)
    arrays: Mapping[str, np.ndarray] = field(default_factory=dict)


# ---- writing ------------------------------------------------------------------------------------
def write_archive(path: str | os.PathLike, format: str, version: int, documents: Mapping[str, Any],
                  arrays: Mapping[str, np.ndarray] | None = None, *, compress: bool = True) -> Path:
    """Write an archive atomically. ``documents``: name -> JSON-able value (no NaN/inf: plain JSON);
    ``arrays``: name -> numeric ndarray (no object arrays). Names: letters, digits, ``_.-``, and
    ``/`` between parts. Raises ArchiveWriteError if the disk refuses (old file kept) and ValueError
    for names or values that cannot be stored."""
    path = Path(path)
    arrays = dict(arrays or {})
    documents = dict(documents)
    for name in (*documents, *arrays):
        if not _NAME.fullmatch(name) or ".." in name:
            raise ValueError(f"archive member name {name!r}: use letters, digits, '_', '.', '-' and '/'")
    if len(set(documents) | set(arrays)) != len(documents) + len(arrays):
        raise ValueError("a name is used for a document and an array")
    texts = {name: json.dumps(value, allow_nan=False, ensure_ascii=False, indent=1) for name, value in documents.items()}
    prepared = {}
    for name, value in arrays.items():
        a = np.asarray(value)
        if a.dtype.kind not in _ARRAY_KINDS:
            raise ValueError(f"array {name!r} has dtype {a.dtype}: only numbers can be stored")
        prepared[name] = a if a.flags.c_contiguous else a.copy(order="C")  # (ascontiguousarray makes 0-d 1-d)
    manifest = {"format": format, "version": int(version), "documents": sorted(texts),
                "arrays": {n: {"dtype": a.dtype.str, "shape": list(a.shape)} for n, a in prepared.items()}}
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=method, compresslevel=1 if compress else None) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
                for name, text in texts.items():
                    zf.writestr(name + ".json", text)
                for name, a in prepared.items():
                    with zf.open(name + ".npy", "w", force_zip64=a.nbytes > (1 << 30)) as member:
                        np.lib.format.write_array(member, a, allow_pickle=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            raise ArchiveWriteError(f"could not save {path.name}: {reason}", file=str(path), reason=reason) from exc
        raise
    _fsync_folder(path.parent)
    return path


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened, skip it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---- reading ------------------------------------------------------------------------------------
def read_archive(path: str | os.PathLike, format: str, supported_version: int, *,
                 limits: Limits = Limits(), only_documents: tuple[str, ...] | None = None) -> Archive:
    """Read an archive written by ``write_archive``, checking everything first (see the module
    docstring). Raises ArchiveError; nothing larger than the declared, checked sizes is allocated.
    ``only_documents``: read just these documents (those the archive has) and no arrays, e.g. a
    project's summary for a list of files; every member's sizes are still checked."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArchiveError(f"there is no file {path}", code="archive_missing", file=name) from None
    except OSError as exc:
        raise ArchiveError(f"cannot read {name}: {exc.strerror or exc}", code="archive_unreadable", file=name) from exc
    if size > limits.file_bytes:
        raise ArchiveError(f"{name} is {size:,} bytes, more than the {limits.file_bytes:,} a project may have",
                           code="archive_too_large", file=name, size=size, limit=limits.file_bytes)
    try:
        with open(path, "rb") as fh:
            magic = fh.read(4)
            try:
                zf = zipfile.ZipFile(fh)
            except (zipfile.BadZipFile, EOFError, ValueError) as exc:
                if magic == b"PK\x03\x04":  # a zip's start without its end: cut short
                    raise ArchiveError(f"{name} is incomplete (the file was cut short)", code="archive_truncated",
                                       file=name) from exc
                raise ArchiveError(f"{name} is not a Backprop Lab file", code="archive_not_zip", file=name) from exc
            with zf:
                return _read(zf, name, size, format, supported_version, limits, only_documents)
    except OSError as exc:
        raise ArchiveError(f"cannot read {name}: {exc.strerror or exc}", code="archive_unreadable", file=name) from exc


def _read(zf: zipfile.ZipFile, name: str, size: int, format: str, supported: int, limits: Limits,
          only_documents: tuple[str, ...] | None = None) -> Archive:
    infos = _checked_members(zf, name, size, limits)
    if MANIFEST not in infos:
        raise ArchiveError(f"{name} is not a Backprop Lab file (it has no manifest)", code="archive_wrong_format",
                           file=name)
    manifest = _read_json(zf, infos[MANIFEST], name, limits)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("version"), int) or isinstance(
            manifest.get("version"), bool):
        raise ArchiveError(f"{name}: its manifest is damaged", code="archive_bad_manifest", file=name)
    if manifest.get("format") != format:
        raise ArchiveError(f"{name} is not a {format} file (it says {manifest.get('format')!r})",
                           code="archive_wrong_format", file=name, expected=format, found=str(manifest.get("format")))
    version = manifest["version"]
    if version > supported:
        raise ArchiveError(f"{name} was saved by a newer Backprop Lab (file version {version}; this version reads "
                           f"up to {supported}). Update Backprop Lab to open it.",
                           code="archive_newer_version", file=name, version=version, supported=supported)
    doc_names, array_specs = manifest.get("documents", []), manifest.get("arrays", {})
    if not isinstance(doc_names, list) or not isinstance(array_specs, dict):
        raise ArchiveError(f"{name}: its manifest is damaged", code="archive_bad_manifest", file=name)
    documents, arrays = {}, {}
    if only_documents is not None:
        doc_names = [d for d in doc_names if d in only_documents]
        array_specs = {}
    for doc in doc_names:
        info = infos.get(f"{doc}.json") if isinstance(doc, str) else None
        if info is None:
            raise ArchiveError(f"{name} is missing its part {doc!r}", code="archive_bad_member", file=name,
                               member=str(doc))
        documents[doc] = _read_json(zf, info, name, limits)
    for array_name in array_specs:
        info = infos.get(f"{array_name}.npy")
        if info is None:
            raise ArchiveError(f"{name} is missing its array {array_name!r}", code="archive_bad_member", file=name,
                               member=str(array_name))
        arrays[array_name] = _read_npy(zf, info, name, limits)
    return Archive(format, version, documents, arrays)


def _checked_members(zf: zipfile.ZipFile, name: str, size: int, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """The members by name, after checking every declared size against the file and the limits."""
    infos = zf.infolist()
    if len(infos) > limits.members:
        raise ArchiveError(f"{name} has {len(infos):,} parts, more than {limits.members:,}", code="archive_bad_member",
                           file=name)
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        member = info.filename

        def bad(why, code="archive_bad_member", **more):
            return ArchiveError(f"{name} is damaged: part {member!r} {why}", code=code, file=name, member=member,
                                **more)

        if member in by_name:
            raise bad("is there twice")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise bad(f"uses an unsupported compression ({info.compress_type})")
        if info.flag_bits & 0x1:
            raise bad("is encrypted")
        if info.header_offset + info.compress_size > size:
            raise bad(f"claims {info.compress_size:,} bytes past the end of the file", code="archive_truncated")
        if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
            raise bad("declares two different sizes")
        if info.file_size > max(1, info.compress_size) * MAX_DEFLATE_RATIO:
            raise bad(f"declares {info.file_size:,} bytes from {info.compress_size:,}, more than compression can give")
        limit = limits.document_bytes if member.endswith(".json") else limits.member_bytes
        if info.file_size > limit:
            raise bad(f"is {info.file_size:,} bytes, more than the {limit:,} allowed", code="archive_member_too_large",
                      size=info.file_size, limit=limit)
        total += info.file_size
        if total > limits.total_bytes:
            raise ArchiveError(f"{name} unpacks to more than {limits.total_bytes:,} bytes", code="archive_too_large",
                               file=name, limit=limits.total_bytes)
        by_name[member] = info
    return by_name


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """The member's bytes, read in chunks and never more than its declared (checked) size."""
    try:
        with zf.open(info) as stream:
            return _read_stream(stream, info.file_size, name, info.filename)
    except ArchiveError:
        raise
    except _UNPACK_ERRORS as exc:
        raise ArchiveError(f"{name} is damaged: part {info.filename!r} cannot be unpacked ({exc})",
                           code="archive_corrupt", file=name, member=info.filename) from exc


def _read_stream(stream, want: int, name: str, member: str, into: np.ndarray | None = None) -> bytes | None:
    """Read exactly ``want`` bytes from ``stream`` in chunks of at most CHUNK, as bytes or into the
    array ``into`` (C- or Fortran-contiguous, of exactly ``want`` bytes). Then read once more: the
    zip stream checks its CRC at its end, and a member longer than it says is damaged."""
    got = 0
    if into is None:
        parts = []
        while got < want:
            chunk = stream.read(min(CHUNK, want - got))
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        data = b"".join(parts)
    else:
        c_order = into.T if into.flags.f_contiguous and not into.flags.c_contiguous else into
        view = memoryview(c_order.reshape(-1).view(np.uint8))  # the array's own memory, byte by byte
        while got < want:
            n = stream.readinto(view[got:got + min(CHUNK, want - got)])
            if not n:
                break
            got += n
        data = None
    if got != want:
        raise ArchiveError(f"{name} is damaged: part {member!r} is shorter than it says", code="archive_corrupt",
                           file=name, member=member)
    if stream.read(1):
        raise ArchiveError(f"{name} is damaged: part {member!r} is longer than it says", code="archive_corrupt",
                           file=name, member=member)
    return data


def _read_json(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits):
    raw = _read_member(zf, info, name)
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ArchiveError(f"{name} is damaged: part {info.filename!r} is not valid JSON", code="archive_bad_document",
                           file=name, member=info.filename) from exc


def _no_constants(text):
    raise ValueError(f"{text} is not JSON")


def _read_npy(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits) -> np.ndarray:
    member = info.filename

    def bad(why, code="archive_bad_array"):
        return ArchiveError(f"{name} is damaged: array {member!r} {why}", code=code, file=name, member=member)

    try:
        with zf.open(info) as stream:
            try:
                major, minor = np.lib.format.read_magic(stream)
                if (major, minor) == (1, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream, max_header_size=10_000)
                elif (major, minor) in ((2, 0), (3, 0)):
                    shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream, max_header_size=10_000)
                else:
                    raise bad(f"has an unknown .npy version {major}.{minor}")
            except ArchiveError:
                raise
            except (ValueError, SyntaxError, TypeError, EOFError) as exc:
                raise bad(f"has a damaged header ({exc})") from exc
            if dtype.hasobject:
                raise bad("holds Python objects (a pickle), which Backprop Lab never loads", code="archive_pickle")
            if dtype.kind not in _ARRAY_KINDS or dtype.fields is not None or dtype.subdtype is not None:
                raise bad(f"has a type ({dtype}) that is not plain numbers")
            count = 1
            for dim in shape:
                count *= int(dim)
            header_bytes = stream.tell()
            if count * dtype.itemsize != info.file_size - header_bytes:
                raise bad(f"declares {count:,} values of {dtype.itemsize} bytes but holds "
                          f"{info.file_size - header_bytes:,} bytes")
            array = np.empty(shape, dtype=dtype, order="F" if fortran else "C")  # the size is checked: allocate
            _read_stream(stream, count * dtype.itemsize, name, member, into=array)
    except ArchiveError:
        raise
    except _UNPACK_ERRORS as exc:
        raise bad(f"cannot be unpacked ({exc})", code="archive_corrupt") from exc
    if not dtype.isnative:
        array = array.astype(dtype.newbyteorder("="))
    return array
