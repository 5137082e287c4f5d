""""Continue from here": the question asked before training branches off an earlier epoch.

It says which epoch training goes on from, how many later epochs the history loses, and whether
the optimizer's running state (momentum's velocity, Adam's averages) comes back as it was at that
epoch or starts afresh (not kept for that epoch: a big network keeps the weights only, see
``guiapp.state.rewind``; or the optimizer was switched since).
"""

from __future__ import annotations

from ..i18n.context import TrContext
from ..i18n.formatting import arg
from ..panels.base import confirm

ContinueDialog = TrContext("ContinueDialog")


def optimizer_restored(state, optimizer: str) -> bool:
    """Does going on from ``state`` (a kept TrainerState) bring back the optimizer's running state for
    an ``optimizer`` ("sgd", "momentum", "adam") as it was? (Plain SGD has none to bring back.)"""
    if optimizer == "sgd":
        return True
    return state.optimizer is not None and state.optimizer_name in ("", optimizer)


def continue_question(epoch: int, later: int, restored: bool) -> tuple[str, str]:
    """(title, text) of the question."""
    title = arg(ContinueDialog.tr("Continue from epoch %1?"), epoch)
    if restored:
        text = ContinueDialog.tr("Training goes on from epoch %1 with the weights and the optimizer's state as "
                                 "they were then. The %n later epoch(s) are removed from the history.", "", later)
    else:
        text = ContinueDialog.tr("Training goes on from epoch %1 with the weights as they were then; the optimizer "
                                 "starts afresh, because its state at that epoch was not kept (momentum and Adam "
                                 "build it up again in a few steps). The %n later epoch(s) are removed from the "
                                 "history.", "", later)
    return title, arg(text, epoch)


def ask_continue(widget, epoch: int, later: int, restored: bool) -> bool:
    """Ask (through the window's one confirmation, ``panels.base.confirm``); True for Yes."""
    title, text = continue_question(epoch, later, restored)
    return confirm(widget, title, text)
