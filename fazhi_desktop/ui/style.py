"""The program's look: a calm office palette, tier colours that always come with words."""

from __future__ import annotations

from PySide6.QtGui import QColor

TIER_COLORS = {"red": QColor("#c62828"), "yellow": QColor("#b7791f"), "green": QColor("#2e7d32")}
TIER_BACKGROUNDS = {"red": QColor("#fdecea"), "yellow": QColor("#fff6e0"), "green": QColor("#e9f5ea")}
ERROR_COLOR = "#c62828"

STYLESHEET = """
QLabel#pageTitle { font-size: 15pt; font-weight: bold; padding: 4px 0 8px 0; }
QLabel#fieldError { color: #c62828; }
QLabel#banner { background: #fdecea; color: #8e1b1b; border: 1px solid #e8b4b0; border-radius: 4px;
                padding: 6px 10px; font-weight: bold; }
QLabel#hint { color: #5f6b7a; }
QTreeWidget#navigation { border: none; background: #f3f5f8; font-size: 11pt; }
QTreeWidget#navigation::item { padding: 5px 4px; }
QTreeWidget#navigation::item:selected { background: #d6e4f5; color: #0b3d75; }
QFrame#headerBar { background: #0b3d75; }
QFrame#headerBar QLabel { color: white; }
QToolButton#helpButton { padding: 2px 18px 2px 8px; }  /* room for the menu arrow beside the word */
QLabel#officeName { font-size: 13pt; font-weight: bold; }
"""
