"""Unexpected exceptions on the GUI thread become a message in the window, never a crash."""

from __future__ import annotations

import sys
import traceback

from .i18n.context import TrContext
from .i18n.formatting import arg

ErrorHook = TrContext("ErrorHook")


def install_exception_hook(window) -> None:
    """Route uncaught GUI-thread exceptions to ``window.show_message`` (and stderr)."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        traceback.print_exception(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            window.show_message("error", arg(ErrorHook.tr("Something went wrong inside Backprop Lab (%1). Your "
                                                          "network and data are unchanged; please report this."),
                                             f"{exc_type.__name__}: {exc}"))
        except Exception:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
