"""The rows of a long list read a page at a time, keeping the pages last used: what lets the list
models show a million cases while reading only what is on screen (DESIGN.md, "Lists stay instant")."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
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
