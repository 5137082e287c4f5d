"""Autosave's files and timing (QtCore only; the saving itself is ``guiapp.workers.autosaver``).

**Files.** Each running app autosaves to its own ``session-<time>-<pid>-<random>.bplab`` in the ``autosave``
folder of the app's data folder (``QStandardPaths.AppDataLocation``, so ``XDG_DATA_HOME`` moves it),
and holds a ``QLockFile`` beside it (``….bplab.lock``) for as long as it runs. A file whose lock
nobody holds was left by an app that crashed or was killed: ``AutosaveFolder.recoverable()`` finds
those (taking their locks, so a second app started at the same time does not offer them too).
The rewind entries an autosave names live in the folder beside it, ``….bplab.rewind/``
(``rewind_files``), and go wherever it goes. A clean exit removes this app's own file and every
one it took over (restored or declined); files it found but did not offer stay for the next start.

Locks never go stale by age (``setStaleLockTime(0)``): an app that runs for hours keeps its lock;
a lock is stale only when its process is gone (QLockFile checks the process id on this host).

**Timing.** ``AutosaveSchedule`` says when to save: at the latest ``interval`` seconds after the
first change not yet autosaved, and at once when asked (training paused or stopped). Its clock is
injectable, so tests drive it with a fake one.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLockFile, QStandardPaths

from .project import SUFFIX, read_summary
from .rewind_files import FOLDER_SUFFIX, remove_entries_folder

#: Autosave at least this often (seconds) while there are unsaved changes.
AUTOSAVE_SECONDS = 30.0
FOLDER_NAME = "autosave"


def default_folder() -> Path:
    """``<AppDataLocation>/autosave`` (needs the application's names set, as ``create_application`` does)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / FOLDER_NAME


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


@dataclass
class Recoverable:
    """An autosave left by an app that did not exit cleanly. summary: its ``summary`` part
    (``read_summary``), or None if the file cannot be read. mtime: when it was written (seconds)."""

    path: Path
    summary: dict | None
    mtime: float
    lock: QLockFile = field(repr=False, default=None)


class AutosaveFolder:
    """This app's autosave file and the ones crashed apps left (see the module notes)."""

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else default_folder()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        self.own_path = self.folder / f"session-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}{SUFFIX}"
        self._own_lock: QLockFile | None = None
        self._claimed: dict[Path, QLockFile] = {}

    def prepare(self) -> bool:
        """Make the folder and take this app's lock (before the first autosave). False if impossible."""
        if self._own_lock is not None:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        lock = _lock_for(self.own_path)
        if not lock.tryLock(0):
            return False
        self._own_lock = lock
        return True

    # ---- what crashed apps left ----------------------------------------------------------------------
    def recoverable(self) -> list[Recoverable]:
        """Autosaves nobody holds, newest first; each is now held by this app (``release`` the
        ones not offered). Unreadable ones are taken over too (and removed at a clean exit),
        and leftovers of interrupted writes are swept up."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*" + SUFFIX)):
            if path == self.own_path or path in self._claimed or not path.is_file():
                continue
            lock = _lock_for(path)
            if not lock.tryLock(0):
                continue  # another running app's
            try:
                summary = read_summary(path)
            except (ValueError, OSError):
                summary = None
            try:
                mtime = path.stat().st_mtime
            except OSError:
                mtime = 0.0
            self._claimed[path] = lock
            self._remove_temporaries(path)
            found.append(Recoverable(path, summary, mtime, lock))
        self._sweep_orphan_locks()
        found.sort(key=lambda r: r.mtime, reverse=True)
        return [r for r in found if r.summary is not None] + [r for r in found if r.summary is None]

    def release(self, recoverable: Recoverable) -> None:
        """Leave ``recoverable`` for a later start (not offered now)."""
        lock = self._claimed.pop(recoverable.path, None)
        if lock is not None:
            lock.unlock()

    def _remove_temporaries(self, path: Path) -> None:
        for tmp in self.folder.glob("." + path.name + ".*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass

    def _sweep_orphan_locks(self) -> None:
        """Locks, half-written temporaries and rewind entries of crashed apps that never finished
        a first autosave (or whose autosave was removed)."""
        for lock_path in self.folder.glob("*" + SUFFIX + ".lock"):
            path = Path(str(lock_path)[:-len(".lock")])
            if path.exists() or path == self.own_path or path in self._claimed:
                continue
            lock = _lock_for(path)
            if lock.tryLock(0):
                self._remove_temporaries(path)
                remove_entries_folder(path)
                lock.unlock()  # removes the lock file
        for entries in self.folder.glob("*" + SUFFIX + FOLDER_SUFFIX):
            path = Path(str(entries)[:-len(FOLDER_SUFFIX)])
            if path.exists() or path == self.own_path or path in self._claimed:
                continue
            lock = _lock_for(path)
            if lock.tryLock(0):  # nobody writes it: nothing names these entries
                remove_entries_folder(path)
                lock.unlock()

    # ---- this app's files ------------------------------------------------------------------------------
    def remove_own(self) -> None:
        """The project is saved (or discarded): this app's autosave (and the rewind entries beside
        it) are not needed any more."""
        _unlink(self.own_path)
        remove_entries_folder(self.own_path)

    def clean_exit(self) -> None:
        """Remove this app's autosave and the ones it took over, and release every lock."""
        self.remove_own()
        if self._own_lock is not None:
            self._own_lock.unlock()
            self._own_lock = None
        for path, lock in list(self._claimed.items()):
            _unlink(path)
            remove_entries_folder(path)
            lock.unlock()
        self._claimed.clear()


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass


class AutosaveSchedule:
    """When to autosave (plain logic; ``clock()`` returns seconds).

    ``changed()`` on every change; ``due()`` is True once ``interval`` seconds have passed since the
    first change not yet autosaved, or at once after ``request()`` (training paused or stopped) while
    there is such a change. ``begin()`` when a copy is taken (later changes wait for the next save),
    ``failed()`` if writing it failed (the changes are still unsaved: try again after ``interval``).
    """

    def __init__(self, interval: float = AUTOSAVE_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.interval = float(interval)
        self.clock = clock
        self._since: float | None = None   # when the oldest change not autosaved happened
        self._asap = False
        self._pending_since: float | None = None   # the changes the running save covers

    @property
    def has_changes(self) -> bool:
        return self._since is not None

    def changed(self) -> None:
        if self._since is None:
            self._since = self.clock()

    def request(self) -> None:
        self._asap = True

    def due(self) -> bool:
        if self._since is None:
            self._asap = False
            return False
        return self._asap or self.clock() - self._since >= self.interval

    def begin(self) -> None:
        self._pending_since, self._since, self._asap = self._since, None, False

    def failed(self) -> None:
        """The changes ``begin`` took are unsaved again; retry ``interval`` from now."""
        if self._pending_since is not None:
            retry_from = self.clock()
            self._since = retry_from if self._since is None else min(self._since, retry_from)
        self._pending_since = None

    def succeeded(self) -> None:
        self._pending_since = None

    def clear(self) -> None:
        """Nothing is unsaved (the user saved the project)."""
        self._since, self._asap, self._pending_since = None, False, None
