"""The app as ``python -m guiapp`` runs it (``guiapp.app.main``), for the crash-recovery test, with
hooks in place of a student's hands. Prints one JSON object per line.

    python recovery_child.py train     # train the spiral; print each autosave; run until killed
    python recovery_child.py restore   # accept the restore offer; print what came back; quit normally
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer

import guiapp.app
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.project import read_summary
from guiapp.ui import startup
from guiapp.ui.dialogs.restore_offer import RestoreOffer
from guiapp.ui.dialogs.unsaved_prompt import DISCARD
from guiapp.ui.project_files import ProjectFiles

MODE = sys.argv[1]
SPIRAL = DatasetSpec("toy2d", "spiral", {"n": 300, "n_classes": 3, "seed": 2})


def say(**values) -> None:
    print(json.dumps(values), flush=True)


def train(window, autosaver, file=None) -> None:
    autosaver.schedule.interval = 0.5          # autosave about every second (the timer ticks each second)

    def saved(path, seconds):
        summary = read_summary(path)
        say(saved=path, epoch=summary["epoch"], dataset=summary["dataset"], seconds=seconds)

    autosaver.saved.connect(saved)
    assert window.session.load_dataset_spec(SPIRAL)
    window.controller.start()
    say(started=True, folder=str(autosaver.folder.folder))


def restore(window, autosaver, file=None) -> None:
    offers = []

    def ask(window_, recoverable):
        offers.append(RestoreOffer(recoverable.summary, recoverable.mtime).question_text(recoverable.summary,
                                                                                        recoverable.mtime))
        return True

    restored = startup.offer_recovery(window, autosaver, ask)
    session = window.session
    want = None
    if restored:
        want = autosaver.folder  # (kept for the message below)
    deadline = [60_000]

    def report():
        snap = session.snapshot
        if restored and (snap is None or snap.epoch != session.history.last_epoch) and deadline[0] > 0:
            deadline[0] -= 50
            QTimer.singleShot(50, report)
            return
        say(offers=offers, restored=restored, epoch=session.epoch, dataset=session.dataset.name,
            layer_sizes=list(session.spec.layer_sizes), state=session.state,
            losses=[float(x) for x in session.history.column("train_loss")],
            rewind=[int(e) for e in session.rewind.epochs],
            title=window.windowTitle(), modified=window.isWindowModified(), folder=str(want.folder if want else ""))
        window.close()                          # a normal exit (the unsaved session is discarded)

    report()


ProjectFiles.ask_unsaved = lambda self: DISCARD
startup.start = train if MODE == "train" else restore
sys.exit(guiapp.app.main([]))
