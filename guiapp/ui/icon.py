"""The app's icon (window title bar, task bar, dock), from resources/icons/.

Call once after the QApplication exists: ``app.setWindowIcon(app_icon())``.
The PNGs are rendered from resources/icons/backprop-lab.svg by packaging/make_icons.py.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ..resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """A QIcon with every rendered size (empty QIcon if the files are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"backprop-lab-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
