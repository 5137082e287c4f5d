"""LatestJob: a view's numbers off the GUI thread, newest request first, never more than one
running, a rest after slow jobs, failures reported, no thread left behind."""

from __future__ import annotations

import threading
import time

from guiapp.workers.latest_job import LatestJob


def test_only_the_newest_waiting_request_runs_and_results_arrive_on_the_gui_thread(qtbot):
    job = LatestJob()
    gate = threading.Event()
    done, threads = [], []
    job.done.connect(lambda value: (done.append(value), threads.append(threading.current_thread())))

    def slow(tag):
        def run():
            gate.wait(5)
            return tag
        return run

    job.submit(slow("first"))
    for tag in ("second", "third", "fourth"):
        job.submit(lambda tag=tag: tag)        # waiting: each replaces the one before
    assert job.runs == 1 and job.is_busy()
    gate.set()
    qtbot.waitUntil(lambda: done == ["first", "fourth"], timeout=5000)
    assert job.runs == 2 and all(t is threading.main_thread() for t in threads)
    qtbot.waitUntil(lambda: not job.is_busy(), timeout=5000)


def test_a_failure_is_reported_and_the_next_request_still_runs(qtbot):
    job = LatestJob()
    errors, done = [], []
    job.failed.connect(errors.append)
    job.done.connect(done.append)
    job.submit(lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    job.submit(lambda: 42)
    qtbot.waitUntil(lambda: done == [42], timeout=5000)


def test_a_slow_job_is_followed_by_a_rest_as_long_as_it_took(qtbot):
    job = LatestJob()
    starts, done = [], []
    job.done.connect(done.append)

    def work(tag):
        def run():
            starts.append(time.perf_counter())
            time.sleep(0.15)
            return tag
        return run

    job.submit(work("a"))
    job.submit(work("b"))
    qtbot.waitUntil(lambda: done == ["a", "b"], timeout=5000)
    assert starts[1] - starts[0] >= 0.28      # 0.15 s of work, then 0.15 s of rest
