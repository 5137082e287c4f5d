"""The one place that finds the ``resources/`` folder.

``resources/`` sits at the top of the repository, next to ``guiapp/``::

    repo/
      guiapp/resources.py   <- this file
      resources/mnist/...

A PyInstaller build copies the same folder into the bundle as ``resources/``
(spec file: ``datas=[("resources", "resources")]``). Frozen programs set
``sys.frozen``, and PyInstaller puts the unpacked bundle in ``sys._MEIPASS``.

No Qt here: the engine, the data layer and tests use this too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["resources_dir", "resource_path"]


def resources_dir() -> Path:
    """Return the absolute path of the ``resources/`` folder.

    - source tree: ``<repo>/resources``
    - PyInstaller (one-folder or one-file): ``<sys._MEIPASS>/resources``
    - other freezers that set ``sys.frozen`` but no ``_MEIPASS``:
      ``resources/`` next to the executable
    """
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        return base / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file or folder inside ``resources/``.

    ``resource_path("mnist", "t10k-labels-idx1-ubyte.gz")`` or
    ``resource_path("mnist/t10k-labels-idx1-ubyte.gz")`` both work.
    The path is returned whether or not it exists; the caller opens it and
    gets the usual ``FileNotFoundError`` if it is missing.
    """
    root = resources_dir()
    path = root.joinpath(*parts)
    # Refuse names that climb out of resources/ ("../secret"): a resource
    # name is never meant to do that, so it is a bug in the caller. The check
    # is on the text of the path, so symlinks inside resources/ still work.
    inside = Path(os.path.normpath(path))
    if inside != root and root not in inside.parents:
        raise ValueError(f"resource path {'/'.join(parts)!r} points outside {root}")
    return path
