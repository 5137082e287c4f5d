"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a generation is
full, often the training thread. If the garbage it finds holds Qt objects made on the GUI thread (a
window replaced by a language switch, a closed dialog, a panel's lambda that refers back to it),
their C++ destructors then run on the training thread while the GUI thread may be destroying other
Qt objects: the two wait for each other's lock (Qt's object mutex, Python's GIL) and the app
freezes, or a destructor touches a half-deleted object and the app crashes. PySide's own advice,
and pyqtgraph's ``GarbageCollector``: switch automatic collection off and collect from a timer on
the GUI thread. Reference counting still frees everything that is not in a cycle at once; this
only moves *when* cycles are collected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on a timer (``interval_ms``) in the thread that
    creates it (the GUI thread), one generation at a time as Python would, with Python's own
    thresholds. ``stop()`` (or the application's end) turns automatic collection back on."""

    def __init__(self, parent=None, interval_ms: int = 500):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0                    # collections run (for tests and tools)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self, interval=int(interval_ms))
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (youngest first)."""
        counts = gc.get_count()
        generation = -1
        for g in range(3):
            if counts[g] > self.thresholds[g]:
                generation = g
            else:
                break
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1

    def collect_now(self) -> None:
        """A full collection here and now (e.g. right after a window was replaced)."""
        gc.collect()
        self.collections += 1

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_installed: GuiThreadCollector | None = None


def install_gui_thread_collector(app) -> GuiThreadCollector:
    """Collect on ``app``'s thread from now on (once per application; later calls return it)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
        app.aboutToQuit.connect(_installed.stop)
    return _installed
