"""How long work reports progress and learns that it was cancelled, without knowing who is watching.

Services take `progress(done, total)` and `cancelled()` callbacks; the GUI wraps them around its
progress dialog, the command line passes nothing. Work that sees `cancelled()` raise `Cancelled`, so
that the transaction around it rolls back and nothing of it is kept.

Long work that builds hundreds of thousands of objects at once (an import, the demo) runs with
Python's cycle collector paused (`collector_paused`): each of its passes walks every live object,
and at 100,000 ledger rows they cost a quarter of the import (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from fazhi_desktop.domain.errors import UserError

#: Called with (done, total); total is 0 while unknown.
Progress = Callable[[int, int], None]
#: Asked now and then; True means stop.
CancelCheck = Callable[[], bool]


class Cancelled(UserError):
    """The user cancelled long work; nothing of it was kept."""

    def __init__(self, message: str = "已取消，数据没有任何改动。") -> None:
        super().__init__(message)


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def check(cancelled: CancelCheck | None) -> None:
    """Raise `Cancelled` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()


class _Collector:
    """Pauses of the cycle collector, which may overlap (two workers): it runs again after the last."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pauses = 0
        self._was_enabled = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        with self._lock:
            if self._pauses == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._pauses += 1
        try:
            yield
        finally:
            with self._lock:
                self._pauses -= 1
                if self._pauses == 0 and self._was_enabled:
                    gc.enable()


_collector = _Collector()
#: `with collector_paused():` around bulk work; what it leaves unreferenced is freed all the same
#: (reference counting), cycles only at the next collection after it.
collector_paused = _collector.paused
