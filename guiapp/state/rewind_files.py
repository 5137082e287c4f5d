"""The rewind store's entries as files of their own, each written once: how autosave keeps the
rewind part without rewriting it every 30 s (no Qt; the autosave writer calls it on its thread).

A project file (File → Save) holds its rewind store inside (``project.py``'s ``rewind`` part). An
autosave would then rewrite every kept epoch (up to 200 MB: ``rewind.MAX_BYTES``) at every save,
although the entries never change once kept. So an autosave ``session-….bplab`` keeps them in
the folder beside it, ``session-….bplab.rewind/``, one archive per entry, and its ``rewind_files``
part lists the ones it uses::

    {"format": 1, "max_entries": 256, "max_bytes": 209715200,
     "entries": [{"file": "epoch-12-3f9a0c1e.bpentry", "epoch": 12}, ...]}

An entry file is the safe archive (``archive.py``: JSON and ``.npy``, no pickle, written
atomically) of one ``TrainerState`` in the ``trainer`` part's own format (``project.py``'s
``trainer_document``), so reading checks it the same way. Its name carries a random tag: an
entry of the same epoch on a new branch (after rewinding) gets a new file, and a file once written
is never changed.

    writer = RewindFileWriter(entries_folder(path))
    doc = writer.sync(store)      # writes the entries not written yet; the document listing all
    write_project(path, ...)      # the autosave itself, naming them
    writer.prune(doc)             # removes files no document needs any more (thinned, other branch)

    store, problems = read_rewind_files(doc, entries_folder(path), spec)   # problems: EntryProblem

The order (entries first, the autosave naming them after, pruning last) means the newest autosave
on disk only ever names files that exist. Reading skips a missing or damaged entry and says so:
the entries are independent, so the others still rewind.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import uuid
from pathlib import Path

from ..engine.specs import NetworkSpec
from ..engine.trainer_state import TrainerState
from .archive import ArchiveError, Limits, read_archive, write_archive
from .project import trainer_document, trainer_from_document
from .project_data import ProjectError
from .rewind import MAX_BYTES, MAX_ENTRIES, RewindStore

#: The folder beside an autosave: its name plus this.
FOLDER_SUFFIX = ".rewind"
ENTRY_FORMAT = "backprop-lab-rewind-entry"
ENTRY_VERSION = 1
ENTRY_SUFFIX = ".bpentry"
#: ``rewind_files`` document format.
FORMAT = 1
#: Room for an entry's JSON documents beyond its arrays (the bound counts arrays).
_DOCUMENT_ROOM = 1 << 20
#: ... and for an array's ``.npy`` header.
_HEADER_ROOM = 4096
_ENTRY_NAME = re.compile(r"epoch-(\d{1,18})-[0-9a-f]{8}" + re.escape(ENTRY_SUFFIX))


def entries_folder(project_path: str | os.PathLike) -> Path:
    """The folder holding the rewind entries of the autosave ``project_path``."""
    path = Path(project_path)
    return path.with_name(path.name + FOLDER_SUFFIX)


def remove_entries_folder(project_path: str | os.PathLike) -> None:
    """Remove the rewind entries of ``project_path`` (the autosave is gone or not needed)."""
    shutil.rmtree(entries_folder(project_path), ignore_errors=True)


class RewindFileWriter:
    """Writes a rewind store's entries into ``folder``, each once (see the module notes). One
    writer per autosave file; use it from one thread at a time."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        #: id(state) -> (state, file name): the entries written (the state is held so its id
        #: cannot be reused by another object while it is listed).
        self._written: dict[int, tuple[TrainerState, str]] = {}
        #: How many entry files the last ``sync`` wrote, and their bytes.
        self.last_written = 0
        self.last_bytes = 0

    def sync(self, store: RewindStore) -> dict:
        """Write the entries of ``store`` that have no file yet (or whose file is gone); returns
        the ``rewind_files`` document listing all of them. Raises ArchiveWriteError (disk full,
        no permission); the entries written before stay listed for the next try."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.last_written = self.last_bytes = 0
        entries = []
        for epoch in store.epochs.tolist():
            state = store.state_at(epoch)
            known = self._written.get(id(state))
            name = known[1] if known is not None and known[0] is state else None
            if name is None or not (self.folder / name).is_file():
                name = f"epoch-{int(epoch)}-{uuid.uuid4().hex[:8]}{ENTRY_SUFFIX}"
                doc, arrays = trainer_document(state)
                write_archive(self.folder / name, ENTRY_FORMAT, ENTRY_VERSION, {"trainer": doc}, arrays,
                              compress=False)
                self._written[id(state)] = (state, name)
                self.last_written += 1
                self.last_bytes += state.nbytes
            entries.append({"file": name, "epoch": int(epoch)})
        return {"format": FORMAT, "max_entries": store.max_entries, "max_bytes": store.max_bytes,
                "entries": entries}

    def prune(self, document: dict) -> None:
        """Forget and remove every file (and half-written temporary) ``document`` does not list:
        call it once the autosave naming ``document`` is on disk."""
        keep = {e["file"] for e in document.get("entries", [])}
        self._written = {k: v for k, v in self._written.items() if v[1] in keep}
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name not in keep:
                try:
                    (self.folder / name).unlink()
                except OSError:
                    pass

    def forget(self) -> None:
        """The folder was removed (the project was saved): write everything anew next time."""
        self._written.clear()


@dataclasses.dataclass(frozen=True)
class EntryProblem:
    """An entry that could not be read. epoch: the epoch it holds (None: its name says none).
    reason: "not_entry" (a name that is no entry's), "missing", "too_large" (past the store's
    bound), "damaged" (the archive or its values), "wrong_epoch". detail: in English, for logs."""

    file: str
    epoch: int | None
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.file}: {self.reason.replace('_', ' ')}" + (f" ({self.detail})" if self.detail else "")


def read_rewind_files(document, folder: str | os.PathLike, spec: NetworkSpec, *,
                      limits: Limits = Limits()) -> tuple[RewindStore, list[EntryProblem]]:
    """The store ``document`` (a ``rewind_files`` part) describes, from the entry files in
    ``folder``, and the entries that could not be read (missing, damaged, not this network's).
    Every file is checked before it is read; at most the store's bound is read. Raises
    ValueError if the document itself makes no sense."""
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(
            document.get("entries"), list):
        raise ValueError("the list of the epochs kept for rewinding makes no sense")
    max_entries = _bounded(document.get("max_entries"), MAX_ENTRIES)
    max_bytes = _bounded(document.get("max_bytes"), MAX_BYTES)
    folder = Path(folder)
    problems: list[EntryProblem] = []
    states: dict[int, TrainerState] = {}
    total = 0
    for entry in document["entries"][:max_entries]:
        name = entry.get("file") if isinstance(entry, dict) else None
        match = _ENTRY_NAME.fullmatch(name) if isinstance(name, str) else None
        if match is None or entry.get("epoch") != int(match.group(1)):
            problems.append(EntryProblem(str(name), None, "not_entry"))
            continue
        epoch = int(match.group(1))
        path = folder / name
        if not path.is_file():
            problems.append(EntryProblem(name, epoch, "missing"))
            continue
        # the arrays' declared sizes are checked against what the store may still hold before any is read
        left = max_bytes - total
        bound = dataclasses.replace(limits, total_bytes=min(limits.total_bytes, left + _DOCUMENT_ROOM),
                                    member_bytes=min(limits.member_bytes, max(left, 0) + _HEADER_ROOM))
        try:
            archive = read_archive(path, ENTRY_FORMAT, ENTRY_VERSION, limits=bound)
            state = trainer_from_document(archive.documents.get("trainer"), archive.arrays, spec, name)
        except (ArchiveError, ProjectError) as exc:
            if getattr(exc, "code", "") in ("archive_too_large", "archive_member_too_large"):
                problems.append(EntryProblem(name, epoch, "too_large", f"more than the {max_bytes:,} bytes the "
                                                                       f"store keeps"))
                break
            problems.append(EntryProblem(name, epoch, "damaged", str(exc)))
            continue
        if state.epoch != epoch or state.batch != 0:
            problems.append(EntryProblem(name, epoch, "wrong_epoch", f"holds epoch {state.epoch}, batch {state.batch}"))
            continue
        total += state.nbytes
        states[state.epoch] = state
    store = RewindStore(max_entries, max_bytes)
    store.add(states[e] for e in sorted(states))
    return store, problems


def _bounded(value, default: int) -> int:
    """A positive whole number no larger than ``default`` (``default`` if it is not one)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= default:
        return value
    return default
