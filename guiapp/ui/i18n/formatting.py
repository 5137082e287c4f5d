"""``arg`` and the ``format_*`` helpers (numbers in the user's language) live in
``guiapp.state.formatting`` so that state/ and workers/ (QtCore only) can use them too."""

from __future__ import annotations

from ...state.formatting import (DASH, NBSP, Numbers, arg, format_bytes, format_elapsed, format_int, format_loss,
                                 format_number, format_percent)

__all__ = ["arg", "format_int", "format_number", "format_loss", "format_percent", "format_bytes",
           "format_elapsed", "DASH", "NBSP", "Numbers"]
