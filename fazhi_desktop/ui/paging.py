"""A long list held as the ids of its whole result, in order, with the rows of the pages last read:
what lets every list show a million cases while reading only what is on screen (DESIGN.md, "Lists
stay instant"; Anki's browser table holds ids the same way).

A service gives the ordered ids of a filter and sort (8 bytes a case in an `array('q')`) and the rows
of a handful of ids; rows are read a page of ids at a time, so a row's place never depends on an
OFFSET into a result that may have changed since. Reading a whole list's ids costs about 0.3 µs a
case in Python, so a new list starts from its count and its first rows (ids and lines in one query)
and its last rows (the reversed order with a LIMIT) when the view jumps to its end; the rest of the
ids come later (`IdRows.set_first`: the GUI reads them on a pool thread), so a new list's first
screen costs two LIMIT queries and a count whatever its length.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 200


class Pages(Generic[T]):
    """`read(offset, limit)` gives the rows of one page; the `cached` pages last used are kept."""

    def __init__(self, read: Callable[[int, int], list[T]], cached: int, size: int = PAGE_SIZE) -> None:
        self._read = read
        self._cached = cached
        self._size = size
        self._pages: OrderedDict[int, list[T]] = OrderedDict()

    def row(self, row: int) -> T | None:
        """The row (None past the end of what its page read)."""
        number, offset = divmod(row, self._size)
        page = self._pages.get(number)
        if page is None:
            page = self._pages[number] = self._read(number * self._size, self._size)
            if len(self._pages) > self._cached:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def __len__(self) -> int:
        """How many pages are kept."""
        return len(self._pages)

    def clear(self) -> None:
        """Forget every page (the list changed)."""
        self._pages.clear()


class IdRows(Generic[T]):
    """The ordered ids of a list and the rows of the pages of them last shown.

    `read(ids)` gives the rows of some ids (in any order, leaving out the ones no longer there);
    `id_of(row)` is a row's id. A row whose case vanished since the ids were read is None.
    `changed` is called when the rest of a list read after its start disagrees with it (a case was
    added or removed in between): the holder then reads the list again.
    """

    def __init__(
        self,
        read: Callable[[Sequence[int]], Iterable[T]],
        id_of: Callable[[T], int],
        cached: int,
        size: int = PAGE_SIZE,
        changed: Callable[[], None] | None = None,
    ) -> None:
        self._read_rows = read
        self._id_of = id_of
        self._changed = changed
        self._size = size
        self.ids: array[int] = array("q")
        self._total = 0
        self._read_all: Callable[[], array[int]] | None = None
        self._read_last: Callable[[int], Sequence[T]] | None = None
        #: The ids of the list's last rows while only its start is held (read from its end).
        self._tail: array[int] = array("q")
        #: Rows read with the ids (the first and last screens of a new list), used before asking again.
        self._known: dict[int, T] = {}
        self.pages: Pages[T | None] = Pages(self._read_page, cached, size)

    def set_ids(self, ids: Iterable[int]) -> None:
        """Hold these ids (the whole list) and forget the rows read so far."""
        self.ids = ids if isinstance(ids, array) else array("q", ids)
        self._total = len(self.ids)
        self._read_all = self._read_last = None
        self._tail = array("q")
        self._known = {}
        self.pages.clear()

    def set_first(
        self,
        first: Sequence[T],
        total: int,
        read_all: Callable[[], array[int]],
        read_last: Callable[[int], Sequence[T]] | None = None,
    ) -> None:
        """Hold the first rows of a list of `total` (read with the ids, in one query); `read_all`
        gives the whole list's ids when a row past them is wanted (it may wait for a read already
        under way), and `read_last(n)` the list's last n rows in its order, so that its end shows
        without every id before it."""
        self.set_ids(self._id_of(row) for row in first)
        self._known = {self._id_of(row): row for row in first}
        if len(first) < total:
            self._total, self._read_all, self._read_last = total, read_all, read_last

    @property
    def complete(self) -> bool:
        """Whether every id of the list is held."""
        return self._read_all is None

    def __len__(self) -> int:
        return self._total

    def id_at(self, row: int) -> int | None:
        if row >= len(self.ids) and self._read_all is not None:
            tail = self._tail_at(row)
            if tail is not None:
                return tail
            self.complete_ids()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row(self, row: int) -> T | None:
        return self.pages.row(row) if 0 <= row < self._total else None

    def row_of(self, row_id: int) -> int | None:
        """Where an id is in the list (a scan in C over the ids)."""
        self.complete_ids()
        try:
            return self.ids.index(row_id)
        except ValueError:
            return None

    def complete_ids(self) -> None:
        """Read the whole list if only its start (and end) is held; when it no longer starts and
        ends with the ids read first or has another length, the holder is told (`changed`)."""
        if self._read_all is None:
            return
        first, tail, read_all = self.ids, self._tail, self._read_all
        self._read_all = self._read_last = None
        self._tail = array("q")
        self.ids = read_all()
        agrees = len(self.ids) == self._total and self.ids[: len(first)] == first
        if tail and self.ids[len(self.ids) - len(tail) :] != tail:
            agrees = False
        if not agrees and self._changed:
            self._changed()

    def _tail_at(self, row: int) -> int | None:
        """A row's id from the list's end (two pages of it, read backwards once), if it lies there."""
        end = 2 * self._size
        if self._read_last is None or row < self._total - end:
            return None
        if not self._tail:
            last = self._read_last(end)
            self._tail = array("q", (self._id_of(r) for r in last))
            self._known.update((self._id_of(r), r) for r in last)
            if len(self._tail) != min(end, self._total):  # the list is no longer as long
                self.complete_ids()
                return None
        at = row - (self._total - len(self._tail))
        return self._tail[at] if 0 <= at < len(self._tail) else None

    def _read_page(self, offset: int, limit: int) -> list[T | None]:
        length = min(limit, self._total - offset)
        if offset + length > len(self.ids) and self._read_all is not None:
            if self._tail_at(offset) is not None and self._read_all is not None:
                chunk = [self._tail_at(row) for row in range(offset, offset + length)]
                return [self._known.get(i) if i is not None else None for i in chunk]
            self.complete_ids()
        chunk = self.ids[offset : offset + limit]
        found = {i: self._known[i] for i in chunk if i in self._known}
        missing = [i for i in chunk if i not in found]
        if missing:
            found.update((self._id_of(row), row) for row in self._read_rows(missing))
        return [found.get(i) for i in chunk] + [None] * (min(limit, self._total - offset) - len(chunk))
