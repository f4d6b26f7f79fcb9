"""Temporary copies of a database (a backup or a restore being written): private from the first
byte, and removed on the next start when the process that wrote them is gone.

A copy holds every petitioner. It is named `.NAME.<pid>.tmp` beside its target (so the final rename
is atomic), created 0600 before SQLite writes a page into it (SQLite gives its journals the same
mode), and `remove_stale` deletes those whose process has died (killed, a power cut).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_SUFFIXES = ("", "-journal", "-wal", "-shm")


def temp_beside(target: Path, pid: int | None = None) -> Path:
    """The temporary file name of this process (or `pid`) for `target`, in the target's folder."""
    return target.with_name(f".{target.name}.{os.getpid() if pid is None else pid}.tmp")


def discard(path: Path) -> None:
    """Remove a file and the journal files SQLite may have left beside it."""
    for suffix in _SUFFIXES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def create_private(path: Path) -> None:
    """Create `path` empty, readable and writable by the user alone, before anything is written."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    if os.name == "posix":
        os.chmod(path, 0o600)  # whatever the umask


def process_alive(pid: int) -> bool:
    """Whether a process with this id still runs (a pid reused since counts as alive: kept, not lost)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)  # signal 0 only asks (on POSIX; Windows is handled above)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(target: Path) -> list[Path]:
    """Delete the temporary copies of `target` left by processes that are gone; the ones removed."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+)\.tmp$")
    removed: list[Path] = []
    try:
        candidates = list(target.parent.iterdir())
    except OSError:
        return removed
    for candidate in candidates:
        match = pattern.match(candidate.name)
        if match is None or int(match.group(1)) == os.getpid() or process_alive(int(match.group(1))):
            continue
        try:
            discard(candidate)
        except OSError:
            log.warning("could not remove the stale copy %s", candidate.name)
            continue
        log.info("removed %s, left by a process that is gone", candidate.name)
        removed.append(candidate)
    return removed
