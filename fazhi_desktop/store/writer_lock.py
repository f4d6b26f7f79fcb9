"""One program writes a SQLite database at a time (issue #17, no lost work).

SQLite itself serialises transactions, but two programs editing the same office's file (two windows
on one PC, a window and a script) would each work on what the other is about to change. The writer
holds `NAME.db.lock` beside the database: a JSON note of who (login, PC, process, since when) under
an OS lock on the file (fcntl.flock on POSIX, msvcrt.locking on Windows). The OS drops that lock
when the process dies, however it dies, so a lock file whose lock is free is a crashed program's and
is taken over; the note is only what a second program tells its user. Plain fcntl/msvcrt rather
than the `filelock` package: it would give the lock but not the note, and the note is what matters
to the clerk at the second PC. A PostgreSQL server arbitrates its own writers: no lock there.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.store.temp_files import process_alive

log = logging.getLogger(__name__)

#: Windows locks a byte range and refuses reads inside it: the lock sits far past the note.
_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds (or last held) the writer lock."""

    user: str
    host: str
    pid: int
    since: str

    def since_text(self) -> str:
        try:
            return datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.since or "时间不详"

    def message(self) -> str:
        """What a second program tells its user (the CLI prints it; the GUI shows it)."""
        return (
            f"数据库正由用户「{self.user}」在电脑「{self.host}」上使用（自 {self.since_text()} 起，"
            f"进程 {self.pid}），同一时间只能有一个程序修改它。可以只读打开查看；"
            "要修改数据，请先在那台电脑上关闭法治信访，或稍后再试。"
        )


class WriterLocked(UserError):
    """Another program holds the database's writer lock."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(holder.message())
        self.holder = holder


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class WriterLock:
    """The writer lock of one SQLite database, held by this process from `acquire` to `release`."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self, user: str) -> None:
        """Take the lock, or raise WriterLocked naming who has it. A lock left by a crashed program
        (its OS lock is free) is taken over, and said so in the log."""
        if self._file is not None:
            return
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(descriptor, "r+b")
        if not _try_lock(handle):
            holder = self._read(handle)
            handle.close()
            if holder is not None and holder.pid == os.getpid() and holder.host == _host():
                return  # another connection of this same program holds it
            raise WriterLocked(holder or Holder("?", "?", 0, ""))
        previous = self._read(handle)
        if previous is not None and previous.pid != os.getpid():
            gone = previous.host == _host() and not process_alive(previous.pid)
            log.warning(
                "taking over the writer lock of %s left by %s on %s (pid %s, %s)",
                self.path,
                previous.user,
                previous.host,
                previous.pid,
                "gone" if gone else "its lock was free",
            )
        note = Holder(
            user=user, host=_host(), pid=os.getpid(), since=datetime.now().isoformat(timespec="seconds")
        )
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(note.__dict__, ensure_ascii=False).encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(self.path, 0o600)
        self._file = handle

    def release(self) -> None:
        """Let go: the note is emptied so nobody is named as holding it (the file itself stays:
        removing it could race with a program about to lock it)."""
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
        except OSError:
            log.warning("could not clear the writer lock %s", self.path, exc_info=True)
        finally:
            _unlock(handle)
            handle.close()

    def _read(self, handle: IO[bytes]) -> Holder | None:
        try:
            handle.seek(0)
            data = json.loads(handle.read(4096).decode("utf-8") or "null")
            return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (OSError, ValueError, TypeError, KeyError):
            return None


def holder_of(database: Path) -> Holder | None:
    """Who holds the writer lock of a database now (this process too); None when nobody does."""
    path = lock_path(database)
    if not path.exists():
        return None
    with path.open("r+b") as handle:
        if _try_lock(handle):
            _unlock(handle)
            return None
        return WriterLock(database)._read(handle) or Holder("?", "?", 0, "")


def _host() -> str:
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        log.warning("could not unlock %s", handle.name, exc_info=True)
