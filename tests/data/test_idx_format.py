"""IDX reader/writer: round trips and every kind of damaged file."""

import gzip
import io
import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guiapp.data import MnistFormatError, read_idx, write_idx

tmp_settings = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def idx_bytes(array: np.ndarray, code: int = 0x08) -> bytes:
    """Build an IDX file by hand (independently of write_idx)."""
    header = bytes([0, 0, code, array.ndim]) + b"".join(struct.pack(">I", d) for d in array.shape)
    return header + array.astype(array.dtype.newbyteorder(">")).tobytes()


def images(n=5, rows=28, cols=28, seed=0):
    return np.random.default_rng(seed).integers(0, 256, (n, rows, cols), dtype=np.uint8)


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_round_trip_images_and_labels(tmp_path, suffix):
    imgs = images()
    labels = np.array([3, 1, 4, 1, 5], dtype=np.uint8)
    write_idx(tmp_path / f"img{suffix}", imgs)
    write_idx(tmp_path / f"lab{suffix}", labels)
    back = read_idx(tmp_path / f"img{suffix}")
    assert back.dtype == np.uint8 and back.shape == (5, 28, 28)
    np.testing.assert_array_equal(back, imgs)
    np.testing.assert_array_equal(read_idx(tmp_path / f"lab{suffix}"), labels)
    raw = (tmp_path / f"img{suffix}").read_bytes()
    assert raw[:2] == (b"\x1f\x8b" if suffix else b"\x00\x00")
    assert back.flags.writeable


def test_writer_matches_the_published_format(tmp_path):
    arr = images(n=2, rows=3, cols=4)
    write_idx(tmp_path / "a", arr)
    assert (tmp_path / "a").read_bytes() == idx_bytes(arr)
    assert (tmp_path / "a").read_bytes()[:8] == bytes.fromhex("00000803 00000002")


def test_gz_output_is_reproducible(tmp_path):
    arr = images(n=3)
    write_idx(tmp_path / "a.gz", arr)
    write_idx(tmp_path / "b.gz", arr)
    assert (tmp_path / "a.gz").read_bytes() == (tmp_path / "b.gz").read_bytes()
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize(
    "dtype, code",
    [(np.uint8, 0x08), (np.int8, 0x09), (np.int16, 0x0B), (np.int32, 0x0C), (np.float32, 0x0D), (np.float64, 0x0E)],
)
def test_all_idx_types(tmp_path, dtype, code):
    arr = (np.arange(24).reshape(2, 3, 4) - 5).astype(dtype)
    write_idx(tmp_path / "x.idx", arr)
    data = (tmp_path / "x.idx").read_bytes()
    assert data[2] == code
    assert data == idx_bytes(arr, code)  # big-endian payload
    back = read_idx(tmp_path / "x.idx")
    assert back.dtype == np.dtype(dtype) and back.dtype.isnative
    np.testing.assert_array_equal(back, arr)


@tmp_settings
@given(
    shape=st.lists(st.integers(0, 6), min_size=1, max_size=4),
    gz=st.booleans(),
    dtype=st.sampled_from([np.uint8, np.int16, np.float32]),
)
def test_round_trip_random_shapes(tmp_path, shape, gz, dtype):
    arr = np.random.default_rng(len(shape)).integers(0, 100, shape).astype(dtype)
    path = tmp_path / ("r.idx.gz" if gz else "r.idx")
    write_idx(path, arr)
    back = read_idx(path)
    assert back.shape == tuple(shape)
    np.testing.assert_array_equal(back, arr)


def test_gzip_is_recognised_by_content_not_name(tmp_path):
    arr = images(n=2)
    (tmp_path / "no-suffix").write_bytes(gzip.compress(idx_bytes(arr)))
    (tmp_path / "plain.gz").write_bytes(idx_bytes(arr))
    np.testing.assert_array_equal(read_idx(tmp_path / "no-suffix"), arr)
    np.testing.assert_array_equal(read_idx(tmp_path / "plain.gz"), arr)


def test_reads_file_objects_and_str_paths(tmp_path):
    arr = images(n=2)
    np.testing.assert_array_equal(read_idx(io.BytesIO(idx_bytes(arr))), arr)
    np.testing.assert_array_equal(read_idx(io.BytesIO(gzip.compress(idx_bytes(arr)))), arr)
    (tmp_path / "f").write_bytes(idx_bytes(arr))
    np.testing.assert_array_equal(read_idx(str(tmp_path / "f")), arr)


def test_limit_reads_only_the_first_items(tmp_path):
    arr = images(n=10)
    write_idx(tmp_path / "x.gz", arr)
    np.testing.assert_array_equal(read_idx(tmp_path / "x.gz", limit=3), arr[:3])
    assert read_idx(tmp_path / "x.gz", limit=100).shape == (10, 28, 28)


# --- damaged files ------------------------------------------------------------


def write(tmp_path, data: bytes, name="bad-idx3-ubyte"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reject(path, *fragments):
    with pytest.raises(MnistFormatError) as info:
        read_idx(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_truncated_pixels_message_matches_the_spec(tmp_path):
    header = bytes.fromhex("00000803") + struct.pack(">III", 60000, 28, 28)
    path = write(tmp_path, header + bytes(1000))
    reject(path, "truncated", "expected 47,040,000 bytes of pixels, found 1,000")


def test_truncated_labels(tmp_path):
    path = write(tmp_path, idx_bytes(np.arange(10, dtype=np.uint8))[:-3])
    reject(path, "expected 10 bytes of labels, found 7")


def test_wrong_magic(tmp_path):
    reject(write(tmp_path, b"\x01\x00\x08\x01" + bytes(8)), "not an IDX file", "00 00", "01 00")


def test_html_page_gets_a_hint(tmp_path):
    reject(write(tmp_path, b"<!DOCTYPE html><html>404 Not Found</html>"), "not an IDX file", "HTML page")


def test_unknown_type_code(tmp_path):
    reject(write(tmp_path, bytes([0, 0, 0x07, 1]) + struct.pack(">I", 1) + b"\x00"), "unknown IDX data type code 0x07")


def test_zero_dimensions(tmp_path):
    reject(write(tmp_path, bytes([0, 0, 8, 0])), "0 dimensions")


def test_header_shorter_than_dims(tmp_path):
    reject(write(tmp_path, bytes([0, 0, 8, 3]) + struct.pack(">I", 5)), "3 dimensions need 12 bytes of sizes, found 4")


@pytest.mark.parametrize("size", [0, 1, 3])
def test_file_shorter_than_magic(tmp_path, size):
    reject(write(tmp_path, bytes(size)), "too short")


def test_too_long(tmp_path):
    path = write(tmp_path, idx_bytes(images(n=2)) + b"extra")
    reject(path, "too long", "5 more bytes")


def test_huge_header_on_small_file_does_not_allocate(tmp_path):
    header = bytes.fromhex("00000803") + struct.pack(">III", 2**32 - 1, 2**16, 2**16)
    reject(write(tmp_path, header + bytes(100)), "truncated", "found 100")


@tmp_settings
@given(cut=st.integers(0, 16 + 3 * 28 * 28 - 1), gz=st.booleans())
def test_any_truncation_point_is_rejected(tmp_path, cut, gz):
    full = idx_bytes(images(n=3))
    data = full[:cut]
    if gz:
        data = gzip.compress(data)  # a complete gzip stream of a truncated file
    with pytest.raises(MnistFormatError) as info:
        read_idx(write(tmp_path, data))
    assert any(w in str(info.value) for w in ("truncated", "too short", "cut short")), str(info.value)


@tmp_settings
@given(cut=st.integers(2, 400))
def test_cut_gzip_stream_is_rejected(tmp_path, cut):
    data = gzip.compress(idx_bytes(images(n=3)))
    with pytest.raises(MnistFormatError, match="gzip data is damaged or cut short|truncated|too short"):
        read_idx(write(tmp_path, data[: len(data) - cut]))


def test_corrupt_gzip_body(tmp_path):
    data = bytearray(gzip.compress(idx_bytes(images(n=3))))
    data[30:60] = bytes(b ^ 0xFF for b in data[30:60])
    reject(write(tmp_path, bytes(data), "x.gz"), "gzip data is damaged")


def test_gzip_bad_crc(tmp_path):
    data = bytearray(gzip.compress(idx_bytes(images(n=3))))
    data[-8] ^= 0xFF  # CRC32 in the trailer
    reject(write(tmp_path, bytes(data), "x.gz"), "gzip data is damaged")


def test_write_rejects_types_idx_cannot_hold(tmp_path):
    with pytest.raises(ValueError, match="int64"):
        write_idx(tmp_path / "y", np.arange(3, dtype=np.int64))
    with pytest.raises(ValueError, match="1 to 255 dimensions"):
        write_idx(tmp_path / "y", np.uint8(3))
    assert not list(tmp_path.iterdir())
