"""The case list model: holds only the pages on screen and asks the database for the rest.

Sorting and filtering happen in SQL (services.cases); the model keeps the row count and a small
cache of pages, so a million cases cost what a screenful costs (STYLE.md, Anki's browser table).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.vocab import CaseState, Channel, DeadlineKind, Nature, Source, Tier
from fazhi_desktop.services.cases import reading as cases
from fazhi_desktop.services.cases.reading import URGENCY, CaseFilter, CaseListRow
from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.paging import Pages
from fazhi_desktop.ui.style import TIER_BACKGROUNDS, TIER_COLORS

log = logging.getLogger(__name__)

CACHED_PAGES = 40
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str
    #: English header, translated in the "CaseTableModel" context.
    header: str
    sort_key: str | None
    width: int
    shown: bool = True


COLUMNS = (
    Column("tier", QT_TRANSLATE_NOOP("CaseTableModel", "Tier"), "tier", 44),
    Column("number", QT_TRANSLATE_NOOP("CaseTableModel", "Number"), "number", 140),
    Column("registered_on", QT_TRANSLATE_NOOP("CaseTableModel", "Registered"), "registered_on", 92),
    Column("channel", QT_TRANSLATE_NOOP("CaseTableModel", "Channel"), "channel", 70),
    Column("principal_name", QT_TRANSLATE_NOOP("CaseTableModel", "Petitioner"), "principal_name", 80),
    Column("region_name", QT_TRANSLATE_NOOP("CaseTableModel", "Location"), "region_name", 90),
    Column("category_name", QT_TRANSLATE_NOOP("CaseTableModel", "Category"), "category_name", 90),
    Column("nature", QT_TRANSLATE_NOOP("CaseTableModel", "Nature"), "nature", 84),
    Column("summary", QT_TRANSLATE_NOOP("CaseTableModel", "Summary"), "summary", 280),
    Column("state", QT_TRANSLATE_NOOP("CaseTableModel", "State"), "state", 80),
    # Both sort by urgency: overdue first, then the fewest days left, red before yellow before green.
    Column("due_date", QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline"), URGENCY, 92),
    Column("days_left", QT_TRANSLATE_NOOP("CaseTableModel", "Days left"), URGENCY, 64),
    Column("head_count", QT_TRANSLATE_NOOP("CaseTableModel", "People"), "head_count", 48, shown=False),
    Column("source", QT_TRANSLATE_NOOP("CaseTableModel", "Source"), "source", 80, shown=False),
)
COLUMN_KEYS = [c.key for c in COLUMNS]


def _label(enum: Any, value: str | None) -> str:
    if not value:
        return ""
    try:
        return str(enum(value).label)
    except ValueError:
        return value


class CaseTableModel(QAbstractTableModel):
    """Rows of `services.cases.list_cases`, fetched a page at a time."""

    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = CaseFilter()
        self._sort = "registered_on"
        self._descending = True
        self._count = 0
        self._pages: Pages[CaseListRow] = Pages(self._read, CACHED_PAGES)
        self._today = clock.today()
        self.refresh()

    # What is shown ------------------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort_key if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def refresh(self) -> None:
        """Count again and forget the cached pages (after a filter, a sort, or a change of data)."""
        self.beginResetModel()
        self._pages.clear()
        self._today = clock.today()
        self._count = cases.count_cases(self._ctx, self._filter)
        self.endResetModel()

    def case_id(self, row: int) -> int | None:
        record = self._row(row)
        return record.id if record else None

    def row_record(self, row: int) -> CaseListRow | None:
        return self._row(row)

    def _row(self, row: int) -> CaseListRow | None:
        return self._pages.row(row) if 0 <= row < self._count else None

    def _read(self, offset: int, limit: int) -> list[CaseListRow]:
        return cases.list_cases(
            self._ctx, self._filter, sort=self._sort, descending=self._descending, offset=offset, limit=limit
        )

    # Qt's model interface -----------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("CaseTableModel", COLUMNS[section].header)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        record = self._row(index.row())
        if record is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, key)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        if key == "tier" and record.tier:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TIER_BACKGROUNDS[record.tier])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(TIER_COLORS[record.tier])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if key == "days_left" and role == Qt.ItemDataRole.ForegroundRole:
            left = self._days_left(record)
            if left is not None and left < 0:
                return QBrush(TIER_COLORS["red"])
        if key in ("days_left", "head_count") and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _days_left(self, record: CaseListRow) -> int | None:
        if record.due_date is None or record.tier is None:
            return None  # closed: no clock (a case still owing its report upwards keeps its tier)
        return (record.due_date - self._today).days

    def _display(self, record: CaseListRow, key: str) -> str:
        if key == "tier":
            return _label(Tier, record.tier)
        if key == "channel":
            return _label(Channel, record.channel)
        if key == "source":
            return _label(Source, record.source)
        if key == "nature":
            return _label(Nature, record.nature)
        if key == "state":
            return _label(CaseState, record.state)
        if key == "principal_name":
            return record.principal_name or translate("CaseTableModel", "Anonymous")
        if key == "days_left":
            left = self._days_left(record)
            return "" if left is None else str(left)
        value = getattr(record, key)
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)

    def _tooltip(self, record: CaseListRow, key: str) -> str | None:
        if key == "tier" and record.tier_reasons:
            # A 研判 decision first, then the automatic reasons it overrode (they stay visible).
            return "\n".join(t for t in (record.tier_note, record.tier_reasons) if t)
        if key == "summary":
            return record.summary
        if key in ("due_date", "days_left"):
            return self._deadline_tooltip(record)
        return None

    def _deadline_tooltip(self, record: CaseListRow) -> str | None:
        """Which deadline it is and how it stands, in words."""
        left = self._days_left(record)
        if left is None or record.due_date is None:
            return None
        what = _label(DeadlineKind, record.deadline_kind) or translate("CaseTableModel", "Deadline")
        if left < 0:
            words = translate("CaseTableModel", "overdue by %1 days").replace("%1", str(-left))
        elif left == 0:
            words = translate("CaseTableModel", "due today")
        else:
            words = translate("CaseTableModel", "%1 days left").replace("%1", str(left))
        return f"{what} {record.due_date.isoformat()}：{words}"
