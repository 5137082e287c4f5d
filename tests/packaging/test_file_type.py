"""The .bplab file type is registered where the packaged app goes (no build needed, quick): the
Linux MIME type and desktop entry (checked with update-mime-database and Qt's own MIME database),
the macOS document type in the PyInstaller spec."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from guiapp.state.project import MIME_TYPE, SUFFIX

ROOT = Path(__file__).resolve().parents[2]
NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_the_mime_type_names_bplab():
    root = ET.parse(ROOT / "packaging" / "backprop-lab-mime.xml").getroot()
    types = root.findall(f"{NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    assert [g.get("pattern") for g in types[0].findall(f"{NS}glob")] == ["*" + SUFFIX]


def test_the_desktop_entry_opens_the_file_type():
    lines = (ROOT / "packaging" / "backprop-lab.desktop").read_text().splitlines()
    entry = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"].split() == ["backprop-lab", "%f"]     # the file double-clicked becomes FILE


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_a_desktop_with_the_mime_type_installed_knows_a_project(tmp_path):
    mime = tmp_path / "share" / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "backprop-lab-mime.xml", mime / "packages")
    subprocess.run(["update-mime-database", str(mime)], check=True, capture_output=True)
    (tmp_path / "homework.bplab").write_bytes(b"PK\x03\x04")
    probe = ("import sys; from PySide6.QtCore import QMimeDatabase; "
             "print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())")
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share"}
    out = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "homework.bplab")], capture_output=True,
                         text=True, env=env, timeout=60)
    assert out.stdout.strip() == MIME_TYPE, out.stderr


def test_the_macos_bundle_declares_the_document_type():
    spec = (ROOT / "packaging" / "backprop-lab.spec").read_text()
    assert '"CFBundleDocumentTypes"' in spec and '"UTExportedTypeDeclarations"' in spec
    assert '"public.filename-extension": ["bplab"]' in spec and f'"{MIME_TYPE}"' in spec
