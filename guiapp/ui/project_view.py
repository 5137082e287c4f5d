"""The view settings a project keeps: the dock layout and each panel's own view state (a panel
that has one offers ``view_state()`` / ``restore_view_state(state)``, as for a language switch;
e.g. the drawing on the Draw panel). The window's size and place stay the computer's own."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray


def capture_view(window) -> dict:
    """The window's view settings as a JSON-safe dict (arrays allowed: the project stores them apart)."""
    panels = {}
    for name, panel in getattr(window, "panels", {}).items():
        get = getattr(panel, "view_state", None)
        if callable(get):
            try:
                state = get()
            except Exception:  # a panel's view state is a nicety: never let it stop a save
                continue
            if isinstance(state, dict) and state:
                panels[name] = state
    dock_state = bytes(window.saveState().data())
    return {"dock_state": base64.b64encode(dock_state).decode("ascii"), "panels": panels}


def restore_view(window, view: dict) -> None:
    """Put back what ``capture_view`` took (parts that make no sense are skipped)."""
    if not isinstance(view, dict):
        return
    encoded = view.get("dock_state")
    if isinstance(encoded, str) and encoded:
        try:
            state = QByteArray(base64.b64decode(encoded.encode("ascii"), validate=True))
        except (ValueError, UnicodeError):
            state = None
        if state is not None:
            window.restore_dock_state(state)
    panels = view.get("panels")
    if isinstance(panels, dict):
        for name, state in panels.items():
            restore = getattr(getattr(window, "panels", {}).get(name), "restore_view_state", None)
            if callable(restore) and isinstance(state, dict):
                restore(state)
