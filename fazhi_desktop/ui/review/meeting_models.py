"""The 研判会 window's two small lists: the meetings of the office, and a meeting's decisions.

A year has some fifty meetings and a meeting some dozens of decisions: each list is read whole.
Display text and the raw value are kept apart (the raw value sorts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.pdf.minutes import DecisionLine
from fazhi_desktop.services.meetings.records import MeetingRow
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.style import TIER_COLORS
from fazhi_desktop.ui.vocab_text import shown_code

Index = QModelIndex | QPersistentModelIndex

MEETING_COLUMNS = (
    QT_TRANSLATE_NOOP("MeetingModels", "Date"),
    QT_TRANSLATE_NOOP("MeetingModels", "Cases decided"),
    QT_TRANSLATE_NOOP("MeetingModels", "Attendees"),
)
DECISION_COLUMNS = (
    QT_TRANSLATE_NOOP("MeetingModels", "Number"),
    QT_TRANSLATE_NOOP("MeetingModels", "Petitioner"),
    QT_TRANSLATE_NOOP("MeetingModels", "Summary"),
    QT_TRANSLATE_NOOP("MeetingModels", "Tier"),
    QT_TRANSLATE_NOOP("MeetingModels", "Owner"),
    QT_TRANSLATE_NOOP("MeetingModels", "Next review"),
    QT_TRANSLATE_NOOP("MeetingModels", "Measures"),
)


class _Table(QAbstractTableModel):
    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("MeetingModels", self.columns[section])
        return None


class MeetingListModel(_Table):
    columns = MEETING_COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: MeetingRow | None = self.row_at(index.row())
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (row.held_on.isoformat(), str(row.decisions), "、".join(row.attendees))[index.column()]


class DecisionListModel(_Table):
    columns = DECISION_COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line: DecisionLine | None = self.row_at(index.row())
        if line is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and line.tier in TIER_COLORS:
            return QBrush(TIER_COLORS[line.tier])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            line.number,
            line.name,
            line.summary,
            shown_code(Tier, line.tier),
            line.owner,
            line.review_on.isoformat() if line.review_on else "",
            line.measures,
        )
        return values[index.column()]
