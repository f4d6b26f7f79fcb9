"""Keeping the full-text index of cases caught up (store/search.py holds the index itself).

A search is complete at any moment (the cases the index has not reached are scanned), but that scan
grows with them; these bring the index up to date: after a bulk change, in the background of the
program (ui/search_keeper.py) and from `fazhi index`, `fazhi demo` and `fazhi import ledger`.
"""

from __future__ import annotations

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.services.context import Context
from fazhi_desktop.store import search


def catch_up(ctx: Context, *, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> int:
    """Index the cases the index has not reached, a batch per transaction; how many it indexed.
    Safe off the GUI thread: it opens connections of its own."""
    return search.catch_up(ctx.db.engine.connect, progress=progress, cancelled=cancelled)


def rebuild(ctx: Context) -> int:
    """Empty the index and index every case again; how many it indexed."""
    return search.rebuild(ctx.db.engine.connect)
