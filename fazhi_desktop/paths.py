"""Where the program's own files are: every resource lookup goes through here.

In a source checkout (and an editable install) resources/ and i18n/ sit beside the package; in a
PyInstaller bundle they sit under sys._MEIPASS.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


ROOT = _root()
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"
FONTS = RESOURCES / "fonts"


def resource(*parts: str) -> Path:
    """A file under resources/."""
    return RESOURCES.joinpath(*parts)
