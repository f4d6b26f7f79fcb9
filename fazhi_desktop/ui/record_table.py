"""A read-only table model over a short list of plain records (directory entries, a case's petitioners…).

Each column says how a record reads in it; the model keeps the records as they came from the service.
Not for the case list: that one pages from the database (DESIGN.md, "Lists stay instant").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fazhi_desktop.ui.style import row_height

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: The colour of rows that are kept but no longer in use (retired entries); their state is also in words.
MUTED = QColor("#7a8594")


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header and how a record reads in it."""

    header: str
    text: Callable[[T], str]
    #: Numbers and dates read best aligned; text stays on the left.
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    #: A longer explanation shown on hover; by default the cell's own text (long text is often elided).
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records under fixed columns; `set_records` replaces them all."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        muted: Callable[[T], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._muted = muted

    # Records ------------------------------------------------------------------------------------

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, predicate: Callable[[T], bool]) -> int:
        """The first row whose record matches, or -1."""
        return next((i for i, r in enumerate(self._records) if predicate(r)), -1)

    # Qt -----------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(record) if column.tooltip else column.text(record)
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((column.align | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None and self._muted(record):
            return MUTED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class RecordTableView(QTableView):
    """A table the way every short list of the program looks: whole rows, read-only, long text wrapped
    (rows grow when a column narrows, so nothing is cut off). With `fit_height` the table is exactly as
    tall as its rows, for a list inside a scrolling page."""

    def __init__(
        self, model: RecordTableModel[Any], parent: QWidget | None = None, *, fit_height: bool = False
    ) -> None:
        super().__init__(parent)
        self._fit_height = fit_height
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if fit_height:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._connect()

    def _connect(self) -> None:
        self.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self.model().modelReset.connect(self._on_model_model_reset)

    def fit_columns(self, padding: int = 16) -> None:
        """Columns as wide as their contents plus some air; the last one takes exactly the rest (its long
        text wraps instead of running off the side)."""
        last = self.model().columnCount() - 1
        header = self.horizontalHeader()
        if last >= 0:
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        for column in range(last):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, self.columnWidth(column) + padding)
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the stretched column changed: rewrap
            self._fit_rows()

    def sizeHintForRow(self, row: int) -> int:
        """Rows with a little air above and below the text, as office tables have."""
        return max(super().sizeHintForRow(row), row_height(self))

    def _fit_rows(self) -> None:
        self.resizeRowsToContents()
        if self._fit_height:
            rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
            self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth() + 2)

    def _on_header_section_resized(self, _section: int, _old: int, _new: int) -> None:
        self._fit_rows()

    def _on_model_model_reset(self) -> None:
        self._fit_rows()


def record_view(
    model: RecordTableModel[Any], parent: QWidget | None = None, *, fit_height: bool = False
) -> RecordTableView:
    """The program's view of a short list (see `RecordTableView`)."""
    return RecordTableView(model, parent, fit_height=fit_height)
