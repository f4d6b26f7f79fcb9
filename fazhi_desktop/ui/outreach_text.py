"""The words of the outreach overview's lines that the service writes in Chinese, in the UI's language.

`services.outreach.stats` labels its month lines "3月" and the line of events held in no township
"（未填乡镇）" for the command line and the annual report. The overview shows the English below; the
names of kinds and townships are what the county typed and stay as typed. zh_CN reads exactly the
service's words (tests/test_ui_text_translations.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.services.outreach.stats import NO_TOWNSHIP, month_label
from fazhi_desktop.ui.breakdown_text import CONTEXT as MONTHS_CONTEXT
from fazhi_desktop.ui.breakdown_text import MONTHS
from fazhi_desktop.ui.i18n import translate

CONTEXT = "OutreachLines"

NONE_TOWNSHIP = QT_TRANSLATE_NOOP("OutreachLines", "(No township given)")

#: "3月" → 3, for the twelve lines of the month table.
_MONTHS = {month_label(m): m for m in range(1, 13)}


def month_line(label: str) -> str:
    """A line of the month table ("3月") as the month's name; anything else as it came."""
    month = _MONTHS.get(label)
    return translate(MONTHS_CONTEXT, MONTHS[month - 1]) if month is not None else label


def township_line(label: str) -> str:
    """A line of the township table: a township's name as typed, the no-township line in words."""
    return translate(CONTEXT, NONE_TOWNSHIP) if label == NO_TOWNSHIP else label
