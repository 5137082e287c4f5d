"""Decompression bombs and lying headers are refused in bounded memory (issue 14 §2).

Each case runs in a fresh interpreter that reports how much its peak memory (``ru_maxrss``)
grew while reading: before the fix a 1 MB ``.gz`` IDX file inflating to 1 GB took 1 GB, and a
small ``.npz`` took 1.5 GB. Now each must be refused with less than 100 MB of growth.

The bombs are built without compressing a gigabyte: a deflate stream of zeros ends every
megabyte with a full flush, after which the compressor starts afresh, so one compressed
megabyte repeated is a valid stream of many (see ``_deflated_zeros``).
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
import threading
import zlib
from pathlib import Path

import numpy as np
import pytest

from guiapp.bounded_read import ReadCancelled
from guiapp.data import MnistFormatError, read_idx
from guiapp.data.mnist import load_idx_folder, load_keras_npz

ROOT = Path(__file__).resolve().parents[2]
MB = 1 << 20
GROWTH_LIMIT_MB = 100


def _deflated_zeros(n_mb: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``n_mb`` MiB of zero bytes, and the CRC-32 of those bytes."""
    block = bytes(MB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(n_mb):
        crc = zlib.crc32(block, crc)
    return one * n_mb + end, crc


def _gzip_member(raw_deflate: bytes, crc: int, size: int) -> bytes:
    """One gzip member around a raw deflate stream (RFC 1952: header, data, CRC, size mod 2**32)."""
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + raw_deflate + struct.pack("<II", crc, size & 0xFFFFFFFF)


@pytest.fixture(scope="module")
def gigabyte_of_zeros():
    """A gzip member that inflates to 1 GiB of zeros (about 1 MB on disk)."""
    raw, crc = _deflated_zeros(1024)
    return _gzip_member(raw, crc, 1024 * MB)


def _idx_bomb(path: Path, n_images: int, body: bytes) -> Path:
    """An IDX .gz whose header declares ``n_images`` 28x28 images, followed by ``body`` (a gzip
    member: gzip readers read concatenated members as one stream)."""
    header = bytes.fromhex("00000803") + struct.pack(">III", n_images, 28, 28)
    path.write_bytes(_gzip_member(*_raw_and_crc(header), len(header)) + body)
    return path


def _raw_and_crc(data: bytes) -> tuple[bytes, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data)


def _peak_growth(call: str) -> dict:
    """Run ``call`` (Python code) in a fresh interpreter after importing the loaders; return
    its outcome: the error's class and code (or "ok") and the growth of peak memory in MB."""
    script = textwrap.dedent(f"""
        import json, resource
        import numpy as np
        from guiapp.data import read_idx
        from guiapp.data.mnist import load_keras_npz, load_idx_folder

        def peak_mb():
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB

        before = peak_mb()
        outcome = {{"error": None}}
        try:
            {call}
        except Exception as exc:
            outcome = {{"error": type(exc).__name__, "code": getattr(exc, "code", None), "message": str(exc)}}
        outcome["growth_mb"] = peak_mb() - before
        print(json.dumps(outcome))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_gz_idx_declaring_1000_images_then_a_gigabyte_is_refused_in_bounded_memory(tmp_path, gigabyte_of_zeros):
    path = _idx_bomb(tmp_path / "bomb-1000-idx3-ubyte.gz", 1000, gigabyte_of_zeros)
    assert path.stat().st_size < 2 * MB  # about 1 MB on disk
    result = _peak_growth(f"read_idx({str(path)!r})")
    assert result["error"] == "MnistFormatError" and result["code"] == "idx_too_long", result
    assert "too long" in result["message"] and "at least" in result["message"]
    assert result["growth_mb"] < GROWTH_LIMIT_MB, result


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_gz_idx_declaring_2_to_the_32_images_is_refused_before_allocating(tmp_path, gigabyte_of_zeros):
    path = _idx_bomb(tmp_path / "bomb-max-idx3-ubyte.gz", 2**32 - 1, gigabyte_of_zeros)
    result = _peak_growth(f"read_idx({str(path)!r})")
    assert result["error"] == "MnistFormatError" and result["code"] == "too_big", result
    assert "4,294,967,295" in result["message"]
    assert result["growth_mb"] < GROWTH_LIMIT_MB, result


def _zip_with_member(path: Path, members: dict[str, tuple[bytes, int, int]]) -> Path:
    """A zip whose members are given already deflated: name -> (raw deflate, crc, size)."""
    local, central, offset = [], [], 0
    for name, (data, crc, size) in members.items():
        fname = name.encode()
        head = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(fname), 0)
        local.append(head + fname + data)
        central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), size,
                                   len(fname), 0, 0, 0, 0, 0, offset) + fname)
        offset += len(local[-1])
    directory = b"".join(central)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), offset, 0)
    path.write_bytes(b"".join(local) + directory + end)
    return path


def _npy_header(shape, dtype="|u1") -> bytes:
    text = repr({"descr": dtype, "fortran_order": False, "shape": tuple(shape)}).encode("latin1")
    text += b" " * ((64 - (10 + len(text) + 1) % 64) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text


def _small_members() -> dict[str, tuple[bytes, int, int]]:
    out = {}
    for name, arr in (("y_train", np.zeros(3, np.uint8)), ("x_test", np.zeros((2, 28, 28), np.uint8)),
                      ("y_test", np.zeros(2, np.uint8))):
        data = _npy_header(arr.shape) + arr.tobytes()
        raw, crc = _raw_and_crc(data)
        out[name + ".npy"] = (raw, crc, len(data))
    return out


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_npz_inflating_to_1_5_gigabytes_is_refused_before_allocating(tmp_path):
    n_mb = 1500
    header = _npy_header((n_mb * 1024, 32, 32))  # 1500 MiB of 32x32 images: exactly the zeros that follow
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head_raw = compressor.compress(header) + compressor.flush(zlib.Z_FULL_FLUSH)
    zeros, _ = _deflated_zeros(n_mb)
    crc = zlib.crc32(header)
    for _ in range(n_mb):
        crc = zlib.crc32(bytes(MB), crc)
    members = {"x_train.npy": (head_raw + zeros, crc, len(header) + n_mb * MB), **_small_members()}
    path = _zip_with_member(tmp_path / "bomb.npz", members)
    assert path.stat().st_size < 3 * MB
    result = _peak_growth(f"load_keras_npz({str(path)!r})")
    assert result["error"] == "MnistFormatError" and result["code"] == "too_big", result
    assert result["growth_mb"] < GROWTH_LIMIT_MB, result


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_npz_whose_header_lies_about_its_size_is_refused(tmp_path):
    header = _npy_header((2_000_000, 28, 28))  # 1.5 GB declared, 10 bytes stored
    data = header + bytes(10)
    raw, crc = _raw_and_crc(data)
    path = _zip_with_member(tmp_path / "liar.npz", {"x_train.npy": (raw, crc, len(data)), **_small_members()})
    assert path.stat().st_size < 2000
    result = _peak_growth(f"load_keras_npz({str(path)!r})")
    assert result["error"] == "MnistFormatError" and result["code"] == "npz_member_size", result
    assert "declares 1,568,000,000 bytes" in result["message"]
    assert result["growth_mb"] < GROWTH_LIMIT_MB, result


def test_the_bomb_builders_make_valid_streams(tmp_path):
    raw, crc = _deflated_zeros(3)
    assert zlib.decompress(raw, -15) == bytes(3 * MB) and crc == zlib.crc32(bytes(3 * MB))
    path = _idx_bomb(tmp_path / "small-idx3-ubyte.gz", 4, _gzip_member(*_raw_and_crc(bytes(4 * 784)), 4 * 784))
    assert read_idx(path).shape == (4, 28, 28)  # the concatenated members read as one file


# ---- cancel and progress ---------------------------------------------------------------------

def _write_images(path: Path, n: int) -> Path:
    from guiapp.data.idx import write_idx

    write_idx(path, np.random.default_rng(0).integers(0, 256, (n, 28, 28), dtype=np.uint8))
    return path


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_read_reports_byte_progress_up_to_the_file_size(tmp_path, suffix):
    path = _write_images(tmp_path / f"x-idx3-ubyte{suffix}", 3000)  # 2.35 MB of pixels
    reports = []
    read_idx(path, progress=lambda done, total: reports.append((done, total)))
    size = path.stat().st_size
    assert len(reports) >= 3
    assert all(total == size for _, total in reports)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert reports[-1][0] == size


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_cancel_stops_the_read_early(tmp_path, suffix):
    path = _write_images(tmp_path / f"x-idx3-ubyte{suffix}", 5000)
    cancel = threading.Event()
    reports = []

    def progress(done, total):
        reports.append(done)
        cancel.set()  # the user presses Cancel as soon as the bar moves

    with pytest.raises(ReadCancelled) as info:
        read_idx(path, cancel=cancel, progress=progress)
    assert info.value.code == "cancelled"
    assert max(reports) < path.stat().st_size / 2


def test_cancel_reaches_the_folder_and_npz_loaders(tmp_path):
    from guiapp.data.idx import write_idx

    rng = np.random.default_rng(0)
    for name, n in (("train", 3000), ("t10k", 500)):
        write_idx(tmp_path / f"{name}-images-idx3-ubyte", rng.integers(0, 256, (n, 28, 28), dtype=np.uint8))
        write_idx(tmp_path / f"{name}-labels-idx1-ubyte", rng.integers(0, 10, n, dtype=np.uint8))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReadCancelled):
        load_idx_folder(tmp_path, cancel=cancel)
    np.savez(tmp_path / "m.npz", x_train=np.zeros((3000, 28, 28), np.uint8), y_train=np.zeros(3000, np.uint8),
             x_test=np.zeros((10, 28, 28), np.uint8), y_test=np.zeros(10, np.uint8))
    with pytest.raises(ReadCancelled):
        load_keras_npz(tmp_path / "m.npz", cancel=cancel)
    done = []
    ds = load_keras_npz(tmp_path / "m.npz", progress=lambda d, t: done.append((d, t)))
    assert ds.n_train == 3000 and done[-1][0] == done[-1][1] == 3010 * 785


def test_plain_idx_with_a_huge_header_is_refused_from_its_size(tmp_path):
    header = bytes.fromhex("00000803") + struct.pack(">III", 100_000, 28, 28)
    path = tmp_path / "short-idx3-ubyte"
    path.write_bytes(header + bytes(100))
    with pytest.raises(MnistFormatError) as info:
        read_idx(path)
    assert info.value.code == "idx_truncated"
    assert info.value.details == {"file": str(path), "expected": 78_400_000, "found": 100}
