"""Guards for toolchain facts (DESIGN.md §6) that would otherwise break things far from the cause."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Any Qt binding, or pyqtgraph (which imports one).
QT_MODULES = {"PySide6", "shiboken6", "pyqtgraph", "PyQt6", "PyQt5", "PySide2", "sip"}


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the PySide6 6.12 bug hits Python <= 3.11 only")
def test_pyside6_below_6_12_on_python_before_3_12():
    """PySide6 6.12.0 crashes on Python <= 3.11 (Fatal Python error: none_dealloc)."""
    import PySide6
    import shiboken6

    assert PySide6.__version_info__[:2] < (6, 12), (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}: 6.12 crashes on "
        "Python <= 3.11; pin pyside6-essentials<6.12 in pyproject.toml"
    )
    assert shiboken6.__version_info__[:2] < (6, 12), f"shiboken6 {shiboken6.__version__}"
