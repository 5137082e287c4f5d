"""Downloading full MNIST (urllib only, no Qt): progress callback, cancel event, checksum,
``.part`` file renamed only once verified. A failed download raises a :class:`DownloadError`
subclass whose message is meant to be shown to the user as it is."""

from __future__ import annotations

import hashlib
import http.client
import os
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path


from ..bounded_read import CHUNK_BYTES, ProgressCallback, ReadCancelled
from ..user_errors import UserError
from .http_cancel import CancelWatch
from .idx import PathLike

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

class DownloadError(UserError):
    """A download failed; the message says what happened and what to do. ``code`` says which
    failure (unreachable, timeout, http_error, truncated, too_large, checksum, save_failed,
    cancelled); ``details`` hold the URL or host and the sizes involved."""

    default_code = "download_failed"


class DownloadUnreachable(DownloadError):
    """The server could not be reached (offline, DNS failure, connection refused)."""

    default_code = "unreachable"


class DownloadTimeout(DownloadError):
    """The server stopped answering for longer than the timeout."""

    default_code = "timeout"


class DownloadHTTPError(DownloadError):
    """The server answered with an HTTP error status (404, 500, ...)."""

    default_code = "http_error"

    def __init__(self, message: str, status: int, **details) -> None:
        super().__init__(message, status=status, **details)
        self.status = status


class DownloadTruncated(DownloadError):
    """The connection ended before the whole file arrived."""

    default_code = "truncated"


class DownloadTooLarge(DownloadError):
    """The server sent (or announced) more bytes than the file can have; stopped early."""

    default_code = "too_large"


class DownloadChecksumError(DownloadError):
    """The file arrived but its checksum is wrong (damaged, or not the expected file)."""

    default_code = "checksum"


class DownloadCancelled(DownloadError, ReadCancelled):
    """The user cancelled. Catch this before DownloadError: it is not a failure to report."""

    default_code = "cancelled"


#: Where the advice sends a student who has the files from elsewhere (the File menu's item).
OPEN_ELSEWHERE = "download the four files on another computer and open them here with File > Open data file…"


def file_md5(path: PathLike) -> str:
    """MD5 of a file as 32 hex digits (MNIST's published checksums are MD5)."""
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK_BYTES), b""):
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
    max_bytes: int | None = None,
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
        cancel: when set, :class:`DownloadCancelled` is raised within about 0.05 s, even while
            waiting for a server that has stopped sending (its connection is shut down).
        timeout: seconds to wait for the connection or for the next chunk.
        max_bytes: the most bytes the file can have (e.g. its known size): a server announcing
            or sending more is stopped early (:class:`DownloadTooLarge`).

    Returns:
        ``Path(dest)``.

    Raises:
        DownloadUnreachable, DownloadTimeout, DownloadHTTPError, DownloadTruncated,
        DownloadTooLarge, DownloadChecksumError, DownloadCancelled (all :class:`DownloadError`;
        also when the finished file cannot be saved: code "save_failed").
    """
    dest = Path(dest)
    part = dest.with_name(dest.name + ".part")
    _make_folder(dest.parent)
    host = urllib.parse.urlparse(url).netloc or url

    def cancelled() -> bool:
        return cancel is not None and cancel.is_set()

    def stop_if_cancelled(exc: BaseException | None = None) -> None:
        if cancelled():
            raise DownloadCancelled("download cancelled") from exc

    stop_if_cancelled()
    request = urllib.request.Request(url, headers={"User-Agent": "BackpropLab (urllib)"})
    try:
        with CancelWatch(cancel) as watch:
            try:
                response = watch.opener().open(request, timeout=timeout)
            except urllib.error.HTTPError as exc:
                exc.close()
                raise DownloadHTTPError(
                    f"{url}: the server answered HTTP {exc.code} {exc.reason}. The file is not there; "
                    f"try another mirror, or {OPEN_ELSEWHERE}", exc.code, url=url) from exc
            except urllib.error.URLError as exc:
                stop_if_cancelled(exc)
                if isinstance(exc.reason, (socket.timeout, TimeoutError)):
                    raise DownloadTimeout(
                        f"{host} did not answer within {timeout:g} s. The network may be slow; try again later.",
                        host=host, timeout=timeout) from exc
                raise DownloadUnreachable(
                    f"could not reach {host} ({exc.reason}). Check your internet connection, or {OPEN_ELSEWHERE}",
                    host=host, reason=str(exc.reason)) from exc
            except (socket.timeout, TimeoutError) as exc:
                stop_if_cancelled(exc)
                raise DownloadTimeout(
                    f"{host} did not answer within {timeout:g} s. The network may be slow; try again later.",
                    host=host, timeout=timeout) from exc
            except (OSError, http.client.HTTPException) as exc:
                stop_if_cancelled(exc)
                raise DownloadUnreachable(f"could not connect to {host} ({exc}). Check your internet connection.",
                                          host=host, reason=str(exc)) from exc
            with response:
                done, digest = _receive(response, part, url, host, timeout, max_bytes, progress, stop_if_cancelled)
        stop_if_cancelled()
        if expected_md5 is not None and digest != expected_md5.lower():
            raise DownloadChecksumError(
                f"{url}: the file arrived but its checksum is wrong (MD5 {digest}, "
                f"expected {expected_md5.lower()}); it is damaged or not the right file and was not kept. "
                "Try again or another mirror.", url=url, md5=digest, expected=expected_md5.lower())
        try:
            os.replace(part, dest)
        except OSError as exc:
            raise DownloadError(f"the file arrived but could not be saved as {dest} ({exc.strerror or exc}); "
                                "choose another place or free some space", code="save_failed", path=str(dest),
                                reason=str(exc.strerror or exc)) from exc
        return dest
    finally:
        if part.exists():
            part.unlink()


def _receive(response, part: Path, url: str, host: str, timeout: float, max_bytes: int | None,
             progress: ProgressCallback | None, stop_if_cancelled) -> tuple[int, str]:
    """Write the body to ``part``: (bytes received, their MD5). Raises a DownloadError."""
    length = response.headers.get("Content-Length")
    total = int(length) if length and length.isdigit() else None
    if max_bytes is not None and total is not None and total > max_bytes:
        raise DownloadTooLarge(f"{url}: the server announced {total:,} bytes, but the file has at most "
                               f"{max_bytes:,}; it is not the right file. Try another mirror.",
                               url=url, announced=total, limit=max_bytes)
    digest = hashlib.md5(usedforsecurity=False)
    done = 0
    if progress:
        progress(0, total)
    try:
        with open(part, "wb") as out:
            while True:
                stop_if_cancelled()
                chunk = response.read1(64 * 1024)  # whatever has arrived: progress and cancel stay live
                if not chunk:
                    break
                done += len(chunk)
                if max_bytes is not None and done > max_bytes:
                    raise DownloadTooLarge(f"{url}: the server sent more than the {max_bytes:,} bytes the file "
                                           "has; stopped. Try another mirror.", url=url, limit=max_bytes)
                out.write(chunk)
                digest.update(chunk)
                if progress:
                    progress(done, total)
    except DownloadError:
        raise
    except (socket.timeout, TimeoutError) as exc:
        stop_if_cancelled(exc)
        raise DownloadTimeout(f"{host} stopped sending after {done:,} bytes (no data for {timeout:g} s). "
                              "Try again later.", host=host, done=done, timeout=timeout) from exc
    except http.client.IncompleteRead as exc:
        stop_if_cancelled(exc)
        expected = f"{total:,}" if total is not None else "more"
        raise DownloadTruncated(f"{url}: the connection ended after {done + len(exc.partial):,} bytes, "
                                f"expected {expected}. Try again.", url=url, done=done + len(exc.partial),
                                total=total) from exc
    except (ConnectionError, http.client.HTTPException) as exc:
        stop_if_cancelled(exc)
        raise DownloadTruncated(f"{url}: the connection broke after {done:,} bytes ({exc}). Try again.",
                                url=url, done=done, total=total) from exc
    except OSError as exc:  # disk full, no permission, TLS error mid-transfer, ...
        stop_if_cancelled(exc)
        raise DownloadError(f"downloading {url} to {part} failed after {done:,} bytes ({exc})",
                            url=url, done=done, reason=str(exc)) from exc
    stop_if_cancelled()
    if total is not None and done < total:
        raise DownloadTruncated(f"{url}: the connection ended after {done:,} of {total:,} bytes. Try again.",
                                url=url, done=done, total=total)
    return done, digest.hexdigest()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"cannot create the folder {folder} ({exc}); choose another place",
                            code="folder_failed", folder=str(folder), reason=str(exc)) from exc


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
                download_file(url, dest, md5, progress=file_progress, cancel=cancel, timeout=timeout,
                              max_bytes=sizes.get(file_name) if sizes is not None else None)
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
                raise DownloadHTTPError(message, errors[-1].status, file=file_name)  # type: ignore[attr-defined]
            raise cls(message, file=file_name)
        finished += dest.stat().st_size
    if status:
        status("MNIST is ready")
    return dest_dir
