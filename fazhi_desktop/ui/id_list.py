"""The one model of every long list: the ordered ids of the whole result, and the rows on screen.

`IdListModel` is the table model of the case list and of the cases behind a figure; the 研判 board's
tree holds the same `IdRows` under each tier. A list is read again in two ways:
- after a new filter or sort, a new list shown from its top: `replace_with_first` (its count, first
  rows and, on a jump to its end, last rows; the rest of the ids read on a pool thread by an
  `IdReader`, waited for only when the view goes past what is held) or `replace_ids(ids,
  keep_place=False)`;
- after a change of data elsewhere (a case registered in another window), the same list again:
  `replace_ids(ids, keep_place=True)`, and a `PlaceKeeper` on the view keeps the case at the top of
  the view at the same pixel and the current case current, so no row the clerk looks at jumps or
  shifts.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from contextlib import suppress
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QAbstractItemView

from fazhi_desktop.domain.progress import CancelCheck
from fazhi_desktop.ui.paging import IdRows

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
#: A new list's ids are read this long after its first screen, so the read does not hold Python's
#: lock while the screen is laid out and painted.
READ_IDS_AFTER_MS = 150
#: A list read again after a change of data is read on a pool thread from this many ids (below it
#: the read takes a few milliseconds and is done at once).
READ_IN_BACKGROUND_FROM = 50_000
#: Readers on the pool, kept alive until they have told the GUI thread (a QRunnable the pool does
#: not own must outlive its run).
_LIVE: set[IdReader] = set()


class _ReaderSignals(QObject):
    finished = Signal()


class IdReader(QRunnable):
    """Reads a whole list's ids on a pool thread (`read_all(cancelled)`); `finished` is emitted on
    the GUI thread when it is done (or was cancelled, or was taken over). `wait()` gives the ids on
    the GUI thread at once: it waits for a read under way, or reads itself if none has begun."""

    def __init__(self, read_all: Callable[[CancelCheck], array[int]]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _ReaderSignals()
        self._read_all = read_all
        self._ids: Future[array[int]] = Future()
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._begun = False

    def start(self, pool: QThreadPool | None = None) -> None:
        _LIVE.add(self)
        self.signals.finished.connect(lambda: _LIVE.discard(self))
        (pool or QThreadPool.globalInstance()).start(self)

    def cancel(self) -> None:
        """Stop at the next chunk (the list it reads was replaced)."""
        self._cancelled.set()

    def run(self) -> None:
        if self._take():
            self._read()
        with suppress(RuntimeError):  # the program is closing and took the receivers with it
            self.signals.finished.emit()

    def wait(self) -> array[int]:
        if self._take():
            self._read()
        return self._ids.result()

    @property
    def done(self) -> bool:
        return self._ids.done()

    def _take(self) -> bool:
        with self._lock:
            begun, self._begun = self._begun, True
        return not begun

    def _read(self) -> None:
        try:
            self._ids.set_result(self._read_all(self._cancelled.is_set))
        except BaseException as error:  # the GUI thread sees it when it asks (a bug, or Cancelled)
            self._ids.set_exception(error)


class Placed(Protocol):
    """A model whose rows have places that outlive a reset: a case's id (or a group's key)."""

    reloading: SignalInstance
    reloaded: SignalInstance

    def place_of(self, index: Index) -> object | None: ...

    def index_of_place(self, place: object, column: int) -> QModelIndex: ...


class IdListModel(QAbstractTableModel):
    """A flat list of cases held as their ids; subclasses give the columns and `cell`.

    `read(ids)` reads the rows of a page of ids, `id_of(row)` is a row's id; the `cached` pages last
    shown are kept (a page is `paging.PAGE_SIZE` rows).
    """

    #: The same list is about to be read again (a view's PlaceKeeper notes where it is).
    reloading = Signal()
    #: ... and has been (the keeper puts the view back in its place).
    reloaded = Signal()
    #: Every id of a list shown from its first rows is now held (read on a pool thread).
    ids_read = Signal()

    def __init__(
        self,
        read: Callable[[Sequence[int]], Iterable[Any]],
        id_of: Callable[[Any], int],
        cached: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: IdRows[Any] = IdRows(read, id_of, cached, changed=self._on_rows_changed)
        self._pages = self._rows.pages
        self._reader: IdReader | None = None
        #: Whether `_reader` reads the list again after a change (else the rest of a new list).
        self._reloading = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(READ_IDS_AFTER_MS)
        self._soon.timeout.connect(self._on_soon_timeout)

    def replace_ids(self, ids: Iterable[int], *, keep_place: bool) -> None:
        """Show these ids; with `keep_place`, as the same list read again after a change of data."""
        self._drop_reader()
        if keep_place:
            self.reloading.emit()
        self.beginResetModel()
        self._rows.set_ids(ids)
        self.endResetModel()
        if keep_place:
            self.reloaded.emit()

    def replace_with_first(
        self,
        first: Sequence[Any],
        total: int,
        read_all: Callable[[CancelCheck], array[int]],
        read_last: Callable[[int], Sequence[Any]] | None = None,
    ) -> None:
        """Show a new list of `total` cases from its first rows (a new filter or sort shows its first
        screen without reading every id): the rest of the ids are read on a pool thread, and
        `read_last(n)` gives the list's last rows when the view jumps to its end before they are in."""
        self._drop_reader()
        reader = IdReader(read_all)
        self.beginResetModel()
        self._rows.set_first(first, total, reader.wait, read_last)
        self.endResetModel()
        if not self._rows.complete:
            self._reader = reader
            self._reloading = False
            reader.signals.finished.connect(self._on_reader_finished)
            self._soon.start()

    def reload_ids(self, read_all: Callable[[CancelCheck], array[int]]) -> None:
        """The same list read again after a change of data, the view kept in its place: a long list
        on a pool thread (it shows what it held until the new ids are in), a short one at once."""
        if not self._rows.complete or len(self._rows) < READ_IN_BACKGROUND_FROM:
            self.replace_ids(read_all(lambda: False), keep_place=True)
            self.ids_read.emit()
            return
        self._drop_reader()
        self._reader = reader = IdReader(read_all)
        self._reloading = True
        reader.signals.finished.connect(self._on_reader_finished)
        reader.start()

    @property
    def reading_ids(self) -> bool:
        """Whether the list's ids are still being read (only its first rows, and maybe its last, held;
        or a long list read again after a change)."""
        return not self._rows.complete or (self._reloading and self._reader is not None)

    def _drop_reader(self) -> None:
        """The list is replaced: a read of the old one's ids is no longer wanted."""
        self._soon.stop()
        if self._reader is not None:
            self._reader.cancel()
            self._reader = None

    def _on_soon_timeout(self) -> None:
        if self._reader is not None and not self._rows.complete:
            self._reader.start()

    def _on_reader_finished(self) -> None:
        reader = self._reader
        if reader is None or self.sender() is not reader.signals:
            return  # a read of a list since replaced
        self._reader = None
        if self._reloading:
            self.replace_ids(reader.wait(), keep_place=True)
        else:
            self._rows.complete_ids()
        self.ids_read.emit()

    def _on_rows_changed(self) -> None:
        """The rest of the list, read late, disagrees with its start: a case came or went between
        the two reads. This is called while a view reads a row, so the reset waits for the event loop."""
        QTimer.singleShot(0, self, self._show_read_again)

    def _show_read_again(self) -> None:
        self.replace_ids(self._rows.ids, keep_place=True)

    def case_id(self, row: int) -> int | None:
        return self._rows.id_at(row)

    def record(self, row: int) -> Any:
        """The row's line (None past the end, or when its case vanished since the ids were read)."""
        return self._rows.row(row)

    def row_of(self, case_id: int) -> int | None:
        return self._rows.row_of(case_id)

    def place_of(self, index: Index) -> object | None:
        return self._rows.id_at(index.row()) if index.isValid() else None

    def index_of_place(self, place: object, column: int) -> QModelIndex:
        row = self._rows.row_of(place) if isinstance(place, int) else None
        return self.index(row, column) if row is not None else QModelIndex()

    def cell(self, record: Any, column: int, role: int) -> Any:
        """What a cell shows for a role (the subclass's columns)."""
        raise NotImplementedError

    # Qt's model interface -----------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell painted: the column is the subclass's to check, and the
        # page cache is asked directly (each Python call less here is a few % of a screen's paint).
        row = index.row()
        record = self._pages.row(row) if index.isValid() and 0 <= row < len(self._rows) else None
        if record is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._rows.id_at(row)
        return self.cell(record, index.column(), role)


class PlaceKeeper(QObject):
    """Keeps a view in its place while its model reads the same list again: the row at the top of the
    view stays at the top at the same pixel (when it is still in the list; else the scroll bar keeps
    its value), and the current row stays current. Anchoring on the first visible id, not on a row
    number, is what keeps rows from shifting when a case is added above them."""

    def __init__(self, view: QAbstractItemView, model: Placed) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._top: object | None = None
        self._offset = 0
        self._scroll = 0
        self._current: object | None = None
        self._column = 0
        model.reloading.connect(self._on_model_reloading)
        model.reloaded.connect(self._on_model_reloaded)

    def _on_model_reloading(self) -> None:
        view = self._view
        top = view.indexAt(QPoint(0, 0))
        self._top = self._model.place_of(top)
        self._offset = view.visualRect(top).top() if top.isValid() else 0
        self._scroll = view.verticalScrollBar().value()
        current = view.currentIndex()
        self._current = self._model.place_of(current)
        self._column = max(current.column(), 0)

    def _on_model_reloaded(self) -> None:
        view = self._view
        view.doItemsLayout()  # the scroll bar's range for the new row count, before scrolling
        if self._current is not None:
            current = self._model.index_of_place(self._current, self._column)
            if current.isValid():
                view.setCurrentIndex(current)
        bar = view.verticalScrollBar()
        top = self._model.index_of_place(self._top, 0) if self._top is not None else QModelIndex()
        if top.isValid():
            view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
            bar.setValue(bar.value() + view.visualRect(top).top() - self._offset)
        else:
            bar.setValue(self._scroll)
