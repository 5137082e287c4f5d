"""HTTP connections that Cancel can interrupt (urllib only, no Qt).

A read from a socket blocks until data arrives or its timeout passes: against a server that
stalls, a Cancel checked between reads waited for the whole timeout (14 s in the dialog). Here
every connection urllib opens is registered with a :class:`CancelWatch`; a small thread waits
for the ``cancel`` event and then shuts the registered sockets down, which ends a blocked read
at once. The watch lives exactly as long as one download (``with`` block), so no thread is left.

    with CancelWatch(cancel) as watch:
        response = watch.opener().open(request, timeout=10)
        ...
"""

from __future__ import annotations

import functools
import http.client
import socket
import threading
import urllib.request

#: How often the watch looks at the cancel event (seconds): the worst delay of a Cancel.
POLL_SECONDS = 0.05


class CancelWatch:
    """Shuts down the sockets of its connections once ``cancel`` is set (None: never)."""

    def __init__(self, cancel: threading.Event | None):
        self.cancel = cancel
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._thread: threading.Thread | None = None
        self.fired = False

    def __enter__(self) -> "CancelWatch":
        if self.cancel is not None:
            self._thread = threading.Thread(target=self._watch, name="downloadCancelWatch", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._finished.set()
        if self._thread is not None:
            self._thread.join()

    def _watch(self) -> None:
        while not self._finished.wait(POLL_SECONDS):
            if self.cancel is not None and self.cancel.is_set():
                with self._lock:
                    self.fired = True
                    for sock in self._sockets:
                        _shut(sock)
                return

    def register(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def opener(self) -> urllib.request.OpenerDirector:
        """A urllib opener (proxies, redirects, HTTPS as usual) whose connections this watches."""
        return urllib.request.build_opener(_HTTPHandler(self), _HTTPSHandler(self))


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed
        pass


class _WatchedHTTP(http.client.HTTPConnection):
    def __init__(self, *args, watch: CancelWatch, **kwargs):
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch.register(self.sock)


class _WatchedHTTPS(http.client.HTTPSConnection):
    def __init__(self, *args, watch: CancelWatch, **kwargs):
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch.register(self.sock)  # the TLS socket, once wrapped


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: CancelWatch):
        super().__init__()
        self._watch = watch

    def http_open(self, req):
        return self.do_open(functools.partial(_WatchedHTTP, watch=self._watch), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: CancelWatch):
        super().__init__()
        self._watch = watch

    def https_open(self, req):
        return self.do_open(functools.partial(_WatchedHTTPS, watch=self._watch), req, context=self._context)
