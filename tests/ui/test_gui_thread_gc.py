"""Cycles are collected on the GUI thread, never on a training thread (where freeing Qt objects made
on the GUI thread deadlocks or crashes PySide)."""

from __future__ import annotations

import gc
import threading


class _Cycle:
    def __init__(self, log):
        self.me, self.log = self, log

    def __del__(self):
        self.log.append(threading.current_thread() is threading.main_thread())


def test_automatic_collection_is_off_and_the_timer_collects_on_the_gui_thread(qtbot, gui_thread_collector):
    assert not gc.isenabled()
    freed = []
    worker_done = threading.Event()

    def make_garbage_on_a_thread():
        for _ in range(5 * gui_thread_collector.thresholds[0]):   # enough to trigger Python's own collection
            _Cycle(freed)
        worker_done.set()

    t = threading.Thread(target=make_garbage_on_a_thread)
    t.start()
    t.join()
    assert worker_done.is_set() and freed == []          # nothing collected on the thread
    before = gui_thread_collector.collections
    qtbot.waitUntil(lambda: gui_thread_collector.collections > before and bool(freed), timeout=5000)
    assert freed and all(freed)                          # every cycle freed on the GUI (main) thread
