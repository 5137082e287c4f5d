"""The import rules of DESIGN.md §1 as one test: import-linter checks the contracts declared in
pyproject.toml ([tool.importlinter]) over the whole guiapp package.

    app > cli | ui > workers > state > engine | data > resources | user_errors   (layers: imports only point down)
    engine, data: no Qt, no pyqtgraph
    state, workers: QtCore only, no pyqtgraph

Importing the top package ``guiapp`` loads no Qt at all (checked in a fresh interpreter).
A second test proves the checker can fail: a module that breaks each rule is found.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(cwd), str(HERE)]))
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run([sys.executable, "-c", code, "--no-cache"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_every_layer_keeps_its_import_rules():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout, result.stdout


@pytest.mark.parametrize("module, body, broken", [
    ("guiapp/engine/bad.py", "from PySide6.QtCore import QObject\n", "engine and data are plain NumPy"),
    ("guiapp/state/bad.py", "from PySide6.QtWidgets import QWidget\n", "QtCore only"),
    ("guiapp/state/bad.py", "from ..workers import training_worker\n", "Layers only point down"),
    ("guiapp/workers/bad.py", "import pyqtgraph\n", "draw nothing"),
    ("guiapp/engine/bad.py", "from ..state import history\n", "Layers only point down"),
    ("guiapp/cli.py", "from .ui import main_window\n", "Layers only point down"),
])
def test_a_broken_rule_is_caught(tmp_path, module, body, broken):
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "guiapp", copy / "guiapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    (copy / module).write_text(textwrap.dedent(body))
    result = _lint(copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and broken in result.stdout, result.stdout


def test_importing_guiapp_loads_no_qt():
    code = ("import sys, guiapp, guiapp.engine, guiapp.data; "
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"importing guiapp loaded: {out.stdout.strip()}"
