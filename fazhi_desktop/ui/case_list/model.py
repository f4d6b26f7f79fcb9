"""The case list model: the ordered ids of every case the filter keeps, and the lines on screen.

Sorting and filtering happen in SQL (`services.cases.reading.case_ids`); the model holds the ids
(`ui.id_list`) and reads the lines of a page of them when the view shows it, so a million cases cost
8 MB and what a screenful costs (STYLE.md, Anki's browser table).
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.deadlines import calendar_warning
from fazhi_desktop.domain.progress import CancelCheck
from fazhi_desktop.domain.vocab import CaseState, Channel, DeadlineKind, Labelled, Nature, Source, Tier
from fazhi_desktop.services.cases import reading as cases
from fazhi_desktop.services.cases.reading import URGENCY, CaseFilter, CaseListRow
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.id_list import IdListModel
from fazhi_desktop.ui.paging import PAGE_SIZE
from fazhi_desktop.ui.style import TIER_BACKGROUNDS, TIER_COLORS
from fazhi_desktop.ui.tier_reason_text import calendar_text, note_text, reasons_text
from fazhi_desktop.ui.vocab_text import shown_code

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
#: The columns that show a vocabulary value, and its vocabulary.
VOCABULARY_COLUMNS: dict[str, type[Labelled]] = {
    "tier": Tier,
    "channel": Channel,
    "source": Source,
    "nature": Nature,
    "state": CaseState,
}


def _id_of(row: CaseListRow) -> int:
    return row.id


class CaseTableModel(IdListModel):
    """The cases of `services.cases.reading.case_ids`, their lines read a page at a time."""

    def __init__(self, ctx: Context, parent: QObject | None = None, *, read_now: bool = True) -> None:
        """`read_now` False: empty until the first `refresh` (a page sets its sort and filter first)."""
        super().__init__(lambda ids: cases.case_rows(ctx, ids), _id_of, CACHED_PAGES, parent)
        self._ctx = ctx
        self._filter = CaseFilter()
        self._sort = "registered_on"
        self._descending = True
        self._today = clock.today()
        self._calendar = load_calendar(ctx)
        #: The filter last counted and its count (a new sort needs no count).
        self._counted: tuple[CaseFilter, int] | None = None
        self.ids_read.connect(self._on_ids_read)
        self._held = 0
        self._wanted = False
        if read_now:
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
        """Read the ids again after a new filter or sort: a new list, from its top."""
        if self._held:
            self._wanted = True
            return
        self._read_ids(keep_place=False)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Sorts and filters set inside are read once, at the end."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
        if not self._held and self._wanted:
            self._wanted = False
            self.refresh()

    def reload(self) -> None:
        """Read the ids again after a change of data: the same list, the view kept in its place."""
        self._read_ids(keep_place=True)

    def _read_ids(self, *, keep_place: bool) -> None:
        self._today = clock.today()
        self._calendar = load_calendar(self._ctx)  # an administrator may have entered a year
        ctx, f, sort, descending = self._ctx, self._filter, self._sort, self._descending

        def read_all(cancelled: CancelCheck | None = None) -> array[int]:
            return cases.case_ids(ctx, f, sort=sort, descending=descending, cancelled=cancelled)

        def read_last(count: int) -> list[CaseListRow]:
            return cases.list_cases(ctx, f, sort=sort, descending=descending, limit=count, from_end=True)

        if keep_place:  # the same list again, the view kept in its place once the ids are in
            self.reload_ids(read_all)
            return
        # A new list: its first rows and count now, its last rows when the view jumps there, every id
        # on a pool thread. A new sort of the same filter keeps the count (the ids correct it).
        first = cases.list_cases(ctx, f, sort=sort, descending=descending, limit=PAGE_SIZE)
        if len(first) < PAGE_SIZE:
            total = len(first)
        elif self._counted is not None and self._counted[0] == f:
            total = self._counted[1]
        else:
            total = cases.count_cases(ctx, f)
        self._counted = (f, total)
        self.replace_with_first(first, total, read_all, read_last)

    def _on_ids_read(self) -> None:
        self._counted = (self._filter, len(self._rows.ids))

    # Qt's model interface -----------------------------------------------------------------------

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

    def cell(self, record: CaseListRow, column: int, role: int) -> Any:
        if not 0 <= column < len(COLUMNS):
            return None
        key = COLUMNS[column].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, key)
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
        if key in VOCABULARY_COLUMNS:
            return shown_code(VOCABULARY_COLUMNS[key], getattr(record, key))
        if key == "principal_name":
            return record.principal_name or translate("CaseTableModel", "Anonymous")
        if key == "days_left":
            left = self._days_left(record)
            return "" if left is None else str(left)
        if key == "due_date" and record.due_date is not None:
            # A marker on a date that rests on a year without a holiday table (the tooltip says why).
            marker = " ⚠" if self._unofficial(record) else ""
            return record.due_date.isoformat() + marker
        value = getattr(record, key)
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)

    def _tooltip(self, record: CaseListRow, key: str) -> str | None:
        if key == "tier" and record.tier_reasons:
            # A 研判 decision first, then the automatic reasons it overrode (they stay visible).
            return "\n".join(t for t in (note_text(record.tier_note), reasons_text(record.tier_reasons)) if t)
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
        what = shown_code(DeadlineKind, record.deadline_kind) or translate("CaseTableModel", "Deadline")
        if left < 0:
            words = translate("CaseTableModel", "overdue by %1 days").replace("%1", str(-left))
        elif left == 0:
            words = translate("CaseTableModel", "due today")
        else:
            words = translate("CaseTableModel", "%1 days left").replace("%1", str(left))
        text = (
            translate("CaseTableModel", "%1 %2: %3")
            .replace("%1", what)
            .replace("%2", record.due_date.isoformat())
            .replace("%3", words)
        )
        warning = calendar_text(self._unofficial(record))
        return f"{text}\n⚠ {warning}" if warning else text

    def _unofficial(self, record: CaseListRow) -> str | None:
        return calendar_warning(record.due_date, self._calendar) if record.tier is not None else None
