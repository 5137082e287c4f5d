"""Unexpected exceptions on the GUI thread become a message in the window, never a crash."""

from __future__ import annotations

import sys
import traceback


def install_exception_hook(window) -> None:
    """Route uncaught GUI-thread exceptions to ``window.show_message`` (and stderr)."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        traceback.print_exception(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            window.show_message("error", f"Something went wrong: {exc_type.__name__}: {exc}. "
                                         "Your network and data are unchanged; please report this.")
        except Exception:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
