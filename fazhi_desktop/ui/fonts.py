"""A CJK font for the whole program, so that Chinese never draws as boxes (PLATFORM.md)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fazhi_desktop.paths import FONTS

log = logging.getLogger(__name__)

#: Families that draw Chinese well, best first; the first one installed is used.
PREFERRED = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimSun",
]
SYSTEM_FILES = [Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")]


def apply(app: QApplication, point_size: int = 10) -> str:
    """Choose the program font; load a shipped or well-known font file when none is installed."""
    families = set(QFontDatabase.families())
    family = next((f for f in PREFERRED if f in families), None)
    if family is None:
        for path in [*sorted(FONTS.glob("*.tt[cf]")), *SYSTEM_FILES]:
            if path.exists():
                font_id = QFontDatabase.addApplicationFont(str(path))
                loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if loaded:
                    family = loaded[0]
                    break
    if family is None:
        log.warning("no CJK font found: Chinese may draw as boxes")
        return app.font().family()
    font = QFont(family, point_size)
    app.setFont(font)
    return family
