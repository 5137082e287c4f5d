"""Downloading MNIST through the dialog, against a local HTTP server on 127.0.0.1 (never the
internet): a normal download, a slow one cancelled mid-way, a 404, a truncated body and a wrong
checksum. After a failure the app keeps its data and network."""

from __future__ import annotations

import hashlib
import http.server
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from guiapp.data.idx import write_idx
from guiapp.ui.dialogs.download_dialog import MnistDownloadDialog, cached_mnist_dir


def _idx_files(tmp: Path) -> dict[str, bytes]:
    """Four small but valid MNIST-named IDX.gz files."""
    rng = np.random.default_rng(0)
    arrays = {
        "train-images-idx3-ubyte.gz": rng.integers(0, 256, (50, 28, 28), dtype=np.uint8),
        "train-labels-idx1-ubyte.gz": rng.integers(0, 10, 50, dtype=np.uint8),
        "t10k-images-idx3-ubyte.gz": rng.integers(0, 256, (20, 28, 28), dtype=np.uint8),
        "t10k-labels-idx1-ubyte.gz": rng.integers(0, 10, 20, dtype=np.uint8),
    }
    out = {}
    for name, arr in arrays.items():
        write_idx(tmp / name, arr)
        out[name] = (tmp / name).read_bytes()
    return out


class _Server:
    """Serves ``files`` with a behaviour: "ok", "slow", "404", "truncated"."""

    def __init__(self, files: dict[str, bytes], mode: str = "ok"):
        self.files, self.mode = files, mode
        self.stop_event = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                name = self.path.rsplit("/", 1)[-1]
                body = outer.files.get(name)
                if body is None or outer.mode == "404":
                    self.send_error(404, "Not Found")
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if outer.mode == "truncated":
                    self.wfile.write(body[: len(body) // 2])
                    return
                if outer.mode == "slow":
                    for i in range(0, len(body), 64):
                        if outer.stop_event.is_set():
                            return
                        self.wfile.write(body[i:i + 64])
                        self.wfile.flush()
                        time.sleep(0.05)
                    return
                self.wfile.write(body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/mnist/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def served(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    files = _idx_files(src)
    md5s = {n: hashlib.md5(b).hexdigest() for n, b in files.items()}
    sizes = {n: len(b) for n, b in files.items()}
    servers = []

    def start(mode="ok"):
        server = _Server(files, mode)
        servers.append(server)
        return server

    yield start, md5s, sizes, tmp_path / "cache"
    for server in servers:
        server.close()


def _dialog(qtbot, server, md5s, sizes, dest, **kw):
    dialog = MnistDownloadDialog(None, dest=dest, mirrors=(server.url,), files=md5s, sizes=sizes, timeout=5, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_normal_download_verifies_and_keeps_files(qtbot, served, session):
    start, md5s, sizes, dest = served
    server = start("ok")
    dialog = _dialog(qtbot, server, md5s, sizes, dest)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.folder == dest
    for name, md5 in md5s.items():
        assert hashlib.md5((dest / name).read_bytes()).hexdigest() == md5
    assert not list(dest.glob("*.part"))
    assert dialog.bar.value() == 1000
    assert "MB" in dialog.detail_label.text()
    # offered next launch without downloading: the cache check finds it
    import guiapp.data.download as mnist

    real_sizes = mnist.MNIST_SIZES
    try:
        mnist.MNIST_SIZES = sizes
        mnist.MNIST_FILES, saved = md5s, mnist.MNIST_FILES
        assert cached_mnist_dir(dest) == dest
    finally:
        mnist.MNIST_SIZES, mnist.MNIST_FILES = real_sizes, saved
    # and the folder loads as a dataset
    from guiapp.state.dataset_spec import DatasetSpec

    assert session.load_dataset_spec(DatasetSpec("mnist", "folder", {"path": str(dest)}))
    assert session.dataset.n_train == 50 and session.dataset.n_features == 784


def test_slow_download_can_be_cancelled_midway(qtbot, served):
    start, md5s, sizes, dest = served
    server = start("slow")
    dialog = _dialog(qtbot, server, md5s, sizes, dest)
    qtbot.waitUntil(lambda: 0 < dialog.bar.value() < 1000, timeout=10_000)
    t0 = time.monotonic()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Rejected and not dialog.isVisible(), timeout=10_000)
    assert time.monotonic() - t0 < 2.0
    assert dialog.folder is None
    assert not list(dest.glob("*.part")), "a half-written file was left behind"
    assert not (dest / "train-images-idx3-ubyte.gz").exists()


@pytest.mark.parametrize("mode, words", [("404", "404"), ("truncated", "ended early")])
def test_failures_show_a_clear_message_and_keep_the_session(qtbot, served, session, mode, words):
    start, md5s, sizes, dest = served
    server = start(mode)
    network_id, dataset = session.network_id, session.dataset
    dialog = _dialog(qtbot, server, md5s, sizes, dest)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    text = dialog.error_label.text()
    assert words.lower() in text.lower(), text
    assert "try again" in text.lower()
    assert dialog.retry_button.isVisible()
    assert not list(dest.glob("*.part"))
    assert session.network_id == network_id and session.dataset is dataset
    dialog.reject()


def test_wrong_checksum_is_rejected(qtbot, served):
    start, md5s, sizes, dest = served
    server = start("ok")
    bad = dict(md5s)
    bad["t10k-labels-idx1-ubyte.gz"] = "0" * 32
    dialog = _dialog(qtbot, server, bad, sizes, dest)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert "checksum" in dialog.error_label.text().lower()
    assert not (dest / "t10k-labels-idx1-ubyte.gz").exists()
    # the good files are kept, so "Try again" only fetches what is missing
    assert (dest / "train-images-idx3-ubyte.gz").exists()
    dialog.reject()


def test_retry_after_failure_completes(qtbot, served):
    start, md5s, sizes, dest = served
    server = start("404")
    dialog = _dialog(qtbot, server, md5s, sizes, dest)
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=10_000)
    server.mode = "ok"
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.folder == dest
