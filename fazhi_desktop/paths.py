"""Where the program's own files are, and where the user's are: every lookup goes through here.

In a source checkout (and an editable install) resources/ and i18n/ sit beside the package; in a
PyInstaller bundle they sit under sys._MEIPASS (the bundle's `_internal` folder), which packaging/
fazhi_desktop.spec fills with the same layout. The user's database, backups and logs never go into
the install folder (read-only for a per-user install under Program Files, replaced on an upgrade):
they live in the user's folders that platformdirs names for each system.
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


APP_NAME = "fazhi-desktop"


def resource(*parts: str) -> Path:
    """A file under resources/."""
    return RESOURCES.joinpath(*parts)


def frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def user_data() -> Path:
    """The user's data folder: the office database, and its backups/ beside it."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def user_logs() -> Path:
    """The user's log folder."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))
