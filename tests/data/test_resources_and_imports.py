"""resource_path in the source tree and a frozen build; the data layer imports no Qt."""

import sys
from pathlib import Path

import pytest

from guiapp import resources
from guiapp.resources import resource_path, resources_dir

REPO = Path(__file__).resolve().parents[2]


def test_source_tree():
    assert resources_dir() == REPO / "resources"
    assert resource_path("mnist", "x.gz") == REPO / "resources" / "mnist" / "x.gz"
    assert resource_path("mnist/x.gz") == REPO / "resources" / "mnist" / "x.gz"
    assert resource_path("README.md").is_file()


def test_pyinstaller_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert resource_path("mnist", "a") == tmp_path / "resources" / "mnist" / "a"


def test_other_frozen_build_uses_the_executable_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "BackpropLab.exe"))
    assert resources.resources_dir() == tmp_path.resolve() / "resources"


def test_paths_cannot_leave_resources():
    with pytest.raises(ValueError, match="outside"):
        resource_path("..", "guiapp", "resources.py")


def test_absolute_part_cannot_escape():
    with pytest.raises(ValueError, match="outside"):
        resource_path("/etc/passwd")
    assert resource_path("mnist", "..", "README.md") == REPO / "resources" / "mnist" / ".." / "README.md"
