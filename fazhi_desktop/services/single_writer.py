"""The program that writes an office's SQLite database, and the day's first backup (issue #17).

`guard` hooks into the one write path (store.writes.change, through `Database.before_write`): the
first change of a process takes the database's writer lock (store/writer_lock.py) and, if no copy
was made today, makes the day's automatic backup first. A second program is refused its writes
with the holder's name, PC and time (the CLI exits 1 with it) while its reads, and the audit
entries of its reads, go on. The GUI asks at start (`claim`) and, when the clerk chooses 只读打开,
opens read-only (`read_only`). A server database has no lock: the server arbitrates.
"""

from __future__ import annotations

import logging

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services import auto_backup, recovery
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.writer_lock import Holder, WriterLock, WriterLocked, holder_of

__all__ = ["Holder", "WriterLocked", "claim", "guard", "holder", "read_only"]

log = logging.getLogger(__name__)

READ_ONLY = "本程序是只读打开的（{why}），不能修改数据。请关闭后重新打开，在没有其他程序修改数据库时再修改。"


def guard(ctx: Context, *, daily_backup: bool = True) -> None:
    """Take the writer lock at the first write of this context, and make the day's backup then."""
    state = {"locked": False, "backed_up": not daily_backup}

    def before_write(access: bool) -> None:
        if access:
            return  # recording a read (an export, a print): any program may, SQLite serialises it
        if not state["locked"]:
            _lock(ctx)
            state["locked"] = True
        if not state["backed_up"]:
            state["backed_up"] = True  # first: the backup's own audit entry comes back here
            if auto_backup.daily_due(ctx):
                _refuse_damaged(ctx)  # once a day, before the day's copy and the first write
                auto_backup.daily(ctx)

    ctx.db.before_write.append(before_write)


def claim(ctx: Context) -> Holder | None:
    """Take the writer lock now (the GUI's start); the other program's holder when it has it."""
    if ctx.db.path is None:
        return None
    try:
        _lock(ctx)
    except WriterLocked as exc:
        return exc.holder
    return None


def read_only(ctx: Context, why: str) -> None:
    """Refuse every write of this context from now on (a read, and its audit entry, still goes)."""

    def refuse(access: bool) -> None:
        if not access:
            raise UserError(READ_ONLY.format(why=why))

    ctx.db.before_write.insert(0, refuse)


def holder(ctx: Context) -> Holder | None:
    """Who holds the writer lock of this database now (None: nobody, or a server database)."""
    return holder_of(ctx.db.path) if ctx.db.path is not None else None


def _refuse_damaged(ctx: Context) -> None:
    """A database failing its check takes no more writes; the message names the backup to restore."""
    problem = recovery.problem_of(ctx.db) if ctx.db.path is not None else None
    if problem is not None:
        raise UserError(problem.message())


def _lock(ctx: Context) -> None:
    if ctx.db.path is None:
        return
    lock = WriterLock(ctx.db.path)
    lock.acquire(ctx.actor.name or ctx.user)
    if lock.held:
        ctx.db.on_close.append(lock.release)
        log.info("holding the writer lock of %s", ctx.db.path)
