"""Render resources/icons/fazhi.svg (drawn for this project) into the PNG and ICO files that ship.

Run it after changing the SVG: `.venv/bin/python scripts/make_icons.py`. QtSvg is used here only; the
program and the bundle load the rendered PNG/ICO, so the bundle needs no SVG support.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
log = logging.getLogger("make_icons")


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_ico(images: list[QImage], target: Path) -> None:
    """An ICO with one PNG-compressed image per size (Windows Vista and later read these)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append(bytes(data.data()))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256 in an ICO entry
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(blob).to_bytes(4, "little") + (offset + len(payload)).to_bytes(4, "little")
        payload += blob
    target.write_bytes(header + entries + payload)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "fazhi.svg"))
    if not renderer.isValid():
        log.error("cannot read %s", ICONS / "fazhi.svg")
        return 1
    images = [render(renderer, size) for size in SIZES]
    images[-1].save(str(ICONS / "fazhi.png"))
    render(renderer, 48).save(str(ICONS / "fazhi-48.png"))
    write_ico(images, ICONS / "fazhi.ico")
    log.info("wrote fazhi.png, fazhi-48.png and fazhi.ico in %s", ICONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
