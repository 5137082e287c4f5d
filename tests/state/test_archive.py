"""The project archive: exact round trips, atomic writes, and every bad file refused with a clear
error before memory is allocated for it (truncated, corrupt, zip bombs, pickles, newer versions)."""

from __future__ import annotations

import errno
import io
import json
import os
import struct
import tracemalloc
import zipfile

import numpy as np
import pytest

from guiapp.state.archive import (CHUNK, Archive, ArchiveError, ArchiveWriteError, Limits, read_archive,
                                  write_archive)
from guiapp.user_errors import UserError

FMT = "backprop-lab-project"


def _sample_arrays():
    rng = np.random.default_rng(0)
    return {
        "weights/W1": rng.normal(size=(784, 16)),
        "weights/b1": rng.normal(size=16).astype(np.float32),
        "history/loss": np.linspace(1, 0, 50),
        "labels": rng.integers(0, 10, 100).astype(np.int64),
        "pixels": rng.integers(0, 256, (5, 28, 28)).astype(np.uint8),
        "mask": np.array([True, False, True]),
        "complex": np.array([1 + 2j, 3 - 4j]),
        "scalar": np.float64(2.5),
        "empty": np.zeros((0, 3), dtype=np.float32),
        "big": rng.random(3 * CHUNK // 8 + 17),  # more than one read chunk
    }


def _documents():
    return {"design": {"layer_sizes": [784, 16, 10], "activations": ["relu", "softmax"], "bias": True},
            "data": {"kind": "custom", "name": "Мои точки", "params": {"points": [[0.5, -1.0]], "labels": [1]}},
            "counters": {"epoch": 37, "steps": 4625, "lr": 0.001, "nothing": None}}


@pytest.mark.parametrize("compress", [True, False], ids=["deflated", "stored"])
def test_round_trip_is_exact(tmp_path, compress):
    arrays, docs = _sample_arrays(), _documents()
    path = write_archive(tmp_path / "p.bplab", FMT, 1, docs, arrays, compress=compress)
    got = read_archive(path, FMT, supported_version=1)
    assert isinstance(got, Archive) and got.format == FMT and got.version == 1
    assert got.documents == docs
    assert set(got.arrays) == set(arrays)
    for name, a in arrays.items():
        b = got.arrays[name]
        assert b.dtype == np.asarray(a).dtype and b.shape == np.asarray(a).shape, name
        np.testing.assert_array_equal(b, a)
    assert [p.name for p in tmp_path.iterdir()] == ["p.bplab"]  # no temporary file left


def test_an_older_version_is_read_and_fortran_and_big_endian_npy_members_too(tmp_path):
    path = tmp_path / "p.bplab"
    a = np.asfortranarray(np.arange(12.0).reshape(3, 4))
    b = np.arange(5, dtype=">i4")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": [],
                                                 "arrays": {"a": {}, "b": {}}}))
        for name, arr in (("a", a), ("b", b)):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, arr)
            zf.writestr(f"{name}.npy", buf.getvalue())
    got = read_archive(path, FMT, supported_version=3)
    assert got.version == 1
    np.testing.assert_array_equal(got.arrays["a"], a)
    np.testing.assert_array_equal(got.arrays["b"], b)
    assert got.arrays["b"].dtype == np.dtype("int32") and got.arrays["b"].dtype.isnative


def _error(path, code, **kw):
    with pytest.raises(ArchiveError) as info:
        read_archive(path, FMT, supported_version=kw.pop("supported", 1), **kw)
    err = info.value
    assert isinstance(err, UserError) and isinstance(err, ValueError)
    assert err.code == code, (err.code, str(err))
    assert err.details["file"] == path.name
    return err


def test_not_an_archive(tmp_path):
    _error(tmp_path / "nothing.bplab", "archive_missing")
    text = tmp_path / "notes.bplab"
    text.write_text("just some notes")
    err = _error(text, "archive_not_zip")
    assert "notes.bplab is not a Backprop Lab file" in str(err)
    npz = tmp_path / "model.npz"  # a zip, but not a project
    np.savez(npz, W=np.zeros(3))
    _error(npz, "archive_wrong_format")
    other = write_archive(tmp_path / "other.bplab", "someone-else", 1, {"x": 1})
    err = _error(other, "archive_wrong_format")
    assert err.details["found"] == "someone-else"


def test_a_newer_version_is_refused_clearly(tmp_path):
    path = write_archive(tmp_path / "new.bplab", FMT, 3, {"design": {}}, {"w": np.zeros(2)})
    err = _error(path, "archive_newer_version", supported=2)
    assert err.details["version"] == 3 and err.details["supported"] == 2
    assert "newer Backprop Lab" in str(err) and "Update" in str(err)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_a_truncated_file(tmp_path, keep):
    path = write_archive(tmp_path / "p.bplab", FMT, 1, _documents(), _sample_arrays())
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)])
    err = _error(path, "archive_truncated")
    assert "cut short" in str(err)


def test_a_file_cut_by_a_few_bytes(tmp_path):
    path = write_archive(tmp_path / "p.bplab", FMT, 1, _documents(), _sample_arrays())
    path.write_bytes(path.read_bytes()[:-5])
    _error(path, "archive_truncated")


def _data_offset(path, member):
    """Where a member's (compressed) bytes start in the file."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", raw[info.header_offset + 26:info.header_offset + 30])
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


@pytest.mark.parametrize("compress", [True, False], ids=["deflated", "stored"])
def test_a_corrupt_member(tmp_path, compress):
    path = write_archive(tmp_path / "p.bplab", FMT, 1, _documents(), _sample_arrays(), compress=compress)
    start, size = _data_offset(path, "weights/W1.npy")
    raw = bytearray(path.read_bytes())
    for k in range(start + size // 2, start + size // 2 + 8):
        raw[k] ^= 0x5A
    path.write_bytes(bytes(raw))
    err = _error(path, "archive_corrupt")
    assert err.details["member"] == "weights/W1.npy"


def test_a_corrupt_json_document(tmp_path):
    path = tmp_path / "p.bplab"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": ["d"], "arrays": {}}))
        zf.writestr("d.json", b"{\"a\": NaN}")
    err = _error(path, "archive_bad_document")
    assert err.details["member"] == "d.json"


def _patch_uncompressed_size(path, member, size):
    """Make the zip's headers (local and central) claim ``size`` bytes for ``member``."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        offset = zf.getinfo(member).header_offset
    struct.pack_into("<I", raw, offset + 22, size)
    name = member.encode()
    pos = 0
    while (pos := raw.find(b"PK\x01\x02", pos)) >= 0:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        if raw[pos + 46:pos + 46 + name_len] == name:
            struct.pack_into("<I", raw, pos + 24, size)
        pos += 4
    path.write_bytes(bytes(raw))


def test_a_zip_bomb_whose_header_lies_about_its_size(tmp_path):
    # 60 MB of JSON that deflates to ~60 KB, declared as 100 bytes.
    path = tmp_path / "bomb.bplab"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": ["d"], "arrays": {}}))
        zf.writestr("d.json", b"[" + b"0," * 30_000_000 + b"0]")
    assert path.stat().st_size < 1_000_000
    _patch_uncompressed_size(path, "d.json", 100)
    tracemalloc.start()
    try:
        err = _error(path, "archive_corrupt")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.details["member"] == "d.json"
    assert peak < 2_000_000, f"reading the bomb took {peak:,} bytes"


def test_a_zip_bomb_that_declares_its_size_honestly(tmp_path):
    path = tmp_path / "bomb.bplab"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": [], "arrays": {}}))
        zf.writestr("x.npy", b"\0" * 3_000_000)
    err = _error(path, "archive_member_too_large", limits=Limits(member_bytes=1_000_000))
    assert err.details["size"] == 3_000_000 and err.details["limit"] == 1_000_000
    _error(path, "archive_too_large", limits=Limits(total_bytes=2_000_000))
    _error(path, "archive_too_large", limits=Limits(file_bytes=1000))
    # More than deflate can produce from its compressed bytes: a lie, refused before reading.
    _patch_uncompressed_size(path, "x.npy", 4_000_000_000)
    err = _error(path, "archive_bad_member")
    assert "more than compression can give" in str(err)


def test_an_npy_header_that_lies_about_its_size(tmp_path):
    path = tmp_path / "p.bplab"
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (10 ** 12,)})
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": [], "arrays": {"w": {}}}))
        zf.writestr("w.npy", header.getvalue() + b"\0" * 80)
    err = _error(path, "archive_bad_array")  # 8 TB were never allocated
    assert err.details["member"] == "w.npy" and "declares 1,000,000,000,000 values" in str(err)


def test_a_pickle_inside_is_never_loaded(tmp_path):
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    path = tmp_path / "p.bplab"
    buf = io.BytesIO()
    np.save(buf, np.array([Payload()], dtype=object), allow_pickle=True)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": [], "arrays": {"x": {}}}))
        zf.writestr("x.npy", buf.getvalue())
    err = _error(path, "archive_pickle")
    assert "pickle" in str(err)
    assert not marker.exists()


def test_odd_members(tmp_path):
    path = tmp_path / "p.bplab"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": ["d"], "arrays": {}}))
    _error(path, "archive_bad_member")  # the manifest lists a document that is not there
    with zipfile.ZipFile(path, "w") as zf, pytest.warns(UserWarning):
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": [], "arrays": {}}))
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": [], "arrays": {}}))
    assert "is there twice" in str(_error(path, "archive_bad_member"))
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": "1"}))
    _error(path, "archive_bad_manifest")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": FMT, "version": 1, "documents": [], "arrays": {"s": {}}}))
        buf = io.BytesIO()
        np.save(buf, np.array(["text"]))
        zf.writestr("s.npy", buf.getvalue())
    _error(path, "archive_bad_array")  # strings are not numbers


# ---- writing ---------------------------------------------------------------------------------------
def _disk_full(*_args, **_kw):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["fsync", "write_array", "replace"])
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(tmp_path, monkeypatch, where):
    path = write_archive(tmp_path / "p.bplab", FMT, 1, {"design": {"v": 1}}, {"w": np.ones(3)})
    before = path.read_bytes()
    if where == "fsync":
        monkeypatch.setattr(os, "fsync", _disk_full)
    elif where == "replace":
        monkeypatch.setattr(os, "replace", _disk_full)
    else:
        real = np.lib.format.write_array

        def half_then_full(fh, array, **kw):  # a few bytes reach the file, then the disk is full
            real(fh, array[:1], **kw)
            _disk_full()

        monkeypatch.setattr(np.lib.format, "write_array", half_then_full)
    with pytest.raises(ArchiveWriteError) as info:
        write_archive(path, FMT, 1, {"design": {"v": 2}}, {"w": np.zeros(1000)})
    err = info.value
    assert isinstance(err, UserError) and isinstance(err, OSError)
    assert err.code == "archive_write_failed" and "No space left" in err.details["reason"]
    assert str(err) == "could not save p.bplab: No space left on device"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.bplab"]
    monkeypatch.undo()
    assert read_archive(path, FMT, 1).documents == {"design": {"v": 1}}


def test_an_interrupted_write_leaves_no_temp_file(tmp_path, monkeypatch):
    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_archive(tmp_path / "p.bplab", FMT, 1, {"design": {}})
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_what_json_and_npy_cannot_hold_safely(tmp_path):
    with pytest.raises(ValueError, match="only numbers"):
        write_archive(tmp_path / "p.bplab", FMT, 1, {}, {"x": np.array([object()])})
    with pytest.raises(ValueError, match="member name"):
        write_archive(tmp_path / "p.bplab", FMT, 1, {"../evil": 1})
    with pytest.raises(ValueError):
        write_archive(tmp_path / "p.bplab", FMT, 1, {"d": float("nan")})
    with pytest.raises(ValueError, match="document and an array"):
        write_archive(tmp_path / "p.bplab", FMT, 1, {"x": 1}, {"x": np.zeros(1)})
    assert list(tmp_path.iterdir()) == []
