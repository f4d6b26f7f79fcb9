"""Handing a PDF to the system: its viewer shows it (QDesktopServices), and prints it where the system
offers a print verb (Windows), else the viewer opens and the clerk prints from there.

Generated documents go to a folder of their own under the system's temporary folder unless saved.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


def output_folder() -> Path:
    """Where previews and documents to print are written."""
    folder = Path(tempfile.gettempdir()) / "fazhi-reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def safe_name(text: str) -> str:
    """A file name from a title and a number (no characters Windows refuses)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "document"


def open_file(path: Path) -> bool:
    """Show the file in the system's viewer; False when no viewer could be started."""
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        log.warning("no viewer opened %s", path)
    return bool(opened)


def print_file(path: Path) -> bool:
    """Print through the system: Windows' print verb of the PDF viewer; elsewhere open the viewer (the
    clerk presses Ctrl+P there). True when the system accepted the file."""
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
            return True
        except OSError as exc:
            log.warning("the print verb failed for %s: %s", path, exc)
    return open_file(path)
