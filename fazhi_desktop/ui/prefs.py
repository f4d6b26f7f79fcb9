"""Preferences of this PC and user (window geometry, splitters, columns, last filters, language).

Kept in an INI file through QSettings; what belongs to the office's data lives in the database instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

_override: dict[str, Path | None] = {"file": None}


def use_file(path: Path | None) -> None:
    """Keep preferences in this file (tests give each run its own)."""
    _override["file"] = path


def prefs() -> QSettings:
    path = _override["file"] or (Path(os.environ["FAZHI_PREFS"]) if os.environ.get("FAZHI_PREFS") else None)
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fazhi-desktop", "fazhi-desktop")


LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


def language() -> str:
    value = str(prefs().value("language", "zh_CN"))
    return value if value in LANGUAGES else "zh_CN"


def set_language(code: str) -> None:
    prefs().setValue("language", code)
