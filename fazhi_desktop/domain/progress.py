"""How long work reports progress and learns that it was cancelled, without knowing who is watching.

Services take `progress(done, total)` and `cancelled()` callbacks; the GUI wraps them around its
progress dialog, the command line passes nothing. Work that sees `cancelled()` raise `Cancelled`, so
that the transaction around it rolls back and nothing of it is kept.
"""

from __future__ import annotations

from collections.abc import Callable

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
