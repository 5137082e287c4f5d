"""Render the app icon from resources/icons/backprop-lab.svg into every format the builds need.

    .venv/bin/python packaging/make_icons.py          # rewrite the files below
    .venv/bin/python packaging/make_icons.py --check  # exit 1 if a file is missing or out of date

Writes, in resources/icons/:
    backprop-lab-<N>.png   N = 16, 24, 32, 48, 64, 128, 256, 512 (Qt's QSvgRenderer, antialiased)
    backprop-lab.ico       Windows: 16..256 px as PNG entries (Vista and later read PNG-in-ICO)
    backprop-lab.icns      macOS: 16..1024 px (512@2x) as PNG entries (OS X 10.7 and later)

ICO and ICNS are written by hand here (both are a small header, a table and PNG blobs), so
no Pillow and no macOS tools are needed. Output is deterministic: same SVG, same bytes.
Run it after editing the SVG and commit the results; the builds only read them.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "backprop-lab.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types whose data may be PNG, with the pixel size each one holds.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),  # @2x of 16, 32, 128, 256
)


def render_png(size: int) -> bytes:
    """The SVG rendered at size x size px as PNG bytes (premultiplied ARGB, antialiased)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise SystemExit("Qt could not encode PNG")
    buf.close()
    return bytes(data)


def make_ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY per size + PNG data (width/height byte 0 means 256)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def make_icns(pngs: dict[int, bytes]) -> bytes:
    """'icns' + total length, then (type, 8 + length, PNG) per element; big-endian."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def wanted_files() -> dict[Path, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (QImage text/fonts need it)
    pngs = {s: render_png(s) for s in sorted(set(PNG_SIZES) | {s for _, s in ICNS_TYPES})}
    files = {ICONS / f"backprop-lab-{s}.png": pngs[s] for s in PNG_SIZES}
    files[ICONS / "backprop-lab.ico"] = make_ico(pngs)
    files[ICONS / "backprop-lab.icns"] = make_icns(pngs)
    return files


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, data in wanted_files().items():
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not check:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")
    if check and stale:
        print("out of date (run packaging/make_icons.py):", *[str(p.relative_to(ROOT)) for p in stale])
        return 1
    if not stale:
        print("icons up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
