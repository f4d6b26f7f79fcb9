"""The 研判 board's model: a group per tier (红, then 黄), each with its cases under it.

Each group holds the ordered ids of its tier's cases (`ui.paging.IdRows`, as every long list does) and
reads the lines of a page of them when the view shows it; ordering and filtering happen in SQL. A tree
view lays out every row of an open group, so a group offers its rows to the view a page at a time as
it scrolls (Qt's canFetchMore / fetchMore).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.vocab import DeadlineKind, Tier
from fazhi_desktop.services.clock import review_board
from fazhi_desktop.services.clock.review_board import BOARD_TIERS, BoardCounts, BoardFilter, BoardRow
from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.paging import IdRows
from fazhi_desktop.ui.style import TIER_BACKGROUNDS, TIER_COLORS
from fazhi_desktop.ui.tier_reason_text import note_text, reasons_text
from fazhi_desktop.ui.vocab_text import shown_code

#: How many more rows of a group the tree is offered at a time.
PAGE_SIZE = 200
CACHED_PAGES = 10
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
CONTEXT = "ReviewBoardModel"

COLUMNS = (
    ("tier", QT_TRANSLATE_NOOP("ReviewBoardModel", "Tier")),
    ("number", QT_TRANSLATE_NOOP("ReviewBoardModel", "Number")),
    ("principal_name", QT_TRANSLATE_NOOP("ReviewBoardModel", "Petitioner")),
    ("region", QT_TRANSLATE_NOOP("ReviewBoardModel", "Location")),
    ("summary", QT_TRANSLATE_NOOP("ReviewBoardModel", "Summary")),
    ("reasons", QT_TRANSLATE_NOOP("ReviewBoardModel", "Reasons")),
    ("decision", QT_TRANSLATE_NOOP("ReviewBoardModel", "Meeting's decision")),
    ("owner", QT_TRANSLATE_NOOP("ReviewBoardModel", "Owner")),
    ("due_date", QT_TRANSLATE_NOOP("ReviewBoardModel", "Next deadline")),
    ("days_left", QT_TRANSLATE_NOOP("ReviewBoardModel", "Days left")),
)
COLUMN_KEYS = [key for key, _ in COLUMNS]
#: The internal id of a group's index (a case's index carries its group's number + 1).
GROUP = 0


@dataclass
class Group:
    """One tier's cases: their ids in order, and how many of them the view has been offered."""

    tier: str
    rows: IdRows[BoardRow]
    shown: int = 0

    @property
    def total(self) -> int:
        return len(self.rows)


def _id_of(row: BoardRow) -> int:
    return row.id


class ReviewBoardModel(QAbstractItemModel):
    """Groups of red and yellow cases, their lines read from the database a page at a time."""

    #: The same board is about to be read again, and has been (`ui.id_list.PlaceKeeper`).
    reloading = Signal()
    reloaded = Signal()

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = BoardFilter()
        self._groups: list[Group] = []
        self._today = clock.today()
        self.counts = BoardCounts(0, 0, 0, 0)
        self.refresh()

    # What is shown ------------------------------------------------------------------------------

    @property
    def board_filter(self) -> BoardFilter:
        return self._filter

    def set_filter(self, board_filter: BoardFilter) -> None:
        self._filter = board_filter
        self.refresh()

    def refresh(self) -> None:
        """Count and read the ids again after a new filter: a new board, each group from its top."""
        self._read(keep_place=False)

    def reload(self) -> None:
        """Read the board again after a change of data; the view keeps its place."""
        self._read(keep_place=True)

    def _read(self, *, keep_place: bool) -> None:
        if keep_place:
            self.reloading.emit()
        offered = {g.tier: g.shown for g in self._groups} if keep_place else {}
        self.beginResetModel()
        self._today = clock.today()
        self.counts = review_board.board_counts(self._ctx, self._filter)
        tiers = [t.value for t in BOARD_TIERS if self._filter.tier in (None, t.value)]
        self._groups = []
        for tier in tiers:
            rows: IdRows[BoardRow] = IdRows(self._read_rows, _id_of, CACHED_PAGES, PAGE_SIZE)
            rows.set_ids(review_board.board_ids(self._ctx, self._filter, tier))
            shown = max(PAGE_SIZE, offered.get(tier, 0))
            self._groups.append(Group(tier, rows, min(shown, len(rows))))
        self.endResetModel()
        if keep_place:
            self.reloaded.emit()

    def _read_rows(self, ids: Sequence[int]) -> list[BoardRow]:
        return review_board.board_rows_of(self._ctx, list(ids))

    def record(self, index: Index) -> BoardRow | None:
        """The case of a row (None for a group's row)."""
        if not index.isValid() or index.internalId() == GROUP:
            return None
        group = self._groups[index.internalId() - 1]
        return group.rows.row(index.row()) if 0 <= index.row() < group.shown else None

    def group_index(self, tier: str) -> QModelIndex:
        row = next((n for n, g in enumerate(self._groups) if g.tier == tier), -1)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def find(self, case_id: int, column: int = 0) -> QModelIndex:
        """The index of a case on the board, its group offering rows down to it (invalid when the
        case is not on the board)."""
        for number, group in enumerate(self._groups):
            row = group.rows.row_of(case_id)
            if row is not None:
                if row >= group.shown:
                    self._offer(number, row + 1)
                return self.createIndex(row, column, number + 1)
        return QModelIndex()

    def place_of(self, index: Index) -> object | None:
        """A row's place across a reload: its case's id, or its group's tier."""
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._groups[index.row()].tier
        group = self._groups[index.internalId() - 1]
        return group.rows.id_at(index.row())

    def index_of_place(self, place: object, column: int) -> QModelIndex:
        if isinstance(place, str):
            return self.group_index(place)
        return self.find(place, column) if isinstance(place, int) else QModelIndex()

    def _offer(self, number: int, upto: int) -> None:
        """Offer the view the rows of a group up to row `upto` (they are read when shown)."""
        group = self._groups[number]
        upto = min(upto, group.total)
        if upto <= group.shown:
            return
        self.beginInsertRows(self.index(number, 0), group.shown, upto - 1)
        group.shown = upto
        self.endInsertRows()

    # Qt's model interface -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return self._groups[parent.row()].shown
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        if not parent.isValid():
            return bool(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return self._groups[parent.row()].total > 0
        return False

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != GROUP:
            return False
        group = self._groups[parent.row()]
        return group.shown < group.total

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._offer(parent.row(), self._groups[parent.row()].shown + PAGE_SIZE)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if index.internalId() == GROUP else flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        if index.internalId() == GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        record = self.record(index)
        if record is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, key)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        if key == "tier" and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TIER_BACKGROUNDS[record.tier])
        if key == "tier" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(TIER_COLORS[record.tier])
        if key == "days_left" and role == Qt.ItemDataRole.ForegroundRole:
            left = self._days_left(record)
            if left is not None and left < 0:
                return QBrush(TIER_COLORS["red"])
        if key in ("tier", "days_left") and role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignCenter if key == "tier" else Qt.AlignmentFlag.AlignRight
            return int((align | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def _group_data(self, group: Group, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = translate("ReviewBoardModel", "%s: %d case(s)").replace("%d", str(group.total))
            return text.replace("%s", shown_code(Tier, group.tier))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(TIER_COLORS[group.tier])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TIER_BACKGROUNDS[group.tier])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _days_left(self, record: BoardRow) -> int | None:
        return None if record.due_date is None else (record.due_date - self._today).days

    def _display(self, record: BoardRow, key: str) -> str:
        if key == "tier":
            return shown_code(Tier, record.tier)  # a meeting's decision reads in its own column
        if key == "principal_name":
            return record.principal_name or translate("ReviewBoardModel", "Anonymous")
        if key == "region":
            return record.township or ""  # the village in the tooltip
        if key == "reasons":
            return reasons_text(record.tier_reasons)
        if key == "decision":
            return record.meeting_decision or note_text(record.tier_note)
        if key == "owner":
            return self._owner(record)
        if key == "due_date":
            return record.due_date.isoformat() if record.due_date else ""
        if key == "days_left":
            left = self._days_left(record)
            return "" if left is None else str(left)
        value = getattr(record, key)
        return value.isoformat() if isinstance(value, date) else str(value or "")

    def _owner(self, record: BoardRow) -> str:
        parts = [record.unit_name] if record.unit_name else []
        if record.leader:
            parts.append(translate("ReviewBoardModel", "Leader: %s").replace("%s", record.leader))
        return " / ".join(parts)

    def _tooltip(self, record: BoardRow, key: str) -> str | None:
        if key == "region":
            return record.region
        if key in ("tier", "reasons", "decision"):
            words = (reasons_text(record.tier_reasons), note_text(record.tier_note), record.meeting_decision)
            return "\n".join(t for t in words if t) or None
        if key in ("due_date", "days_left") and record.due_date and record.deadline_kind:
            kind = shown_code(DeadlineKind, record.deadline_kind)
            return f"{kind} {record.due_date.isoformat()}"
        text = self._display(record, key)
        return text or None
