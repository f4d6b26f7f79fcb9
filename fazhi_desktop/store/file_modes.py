"""Files that hold personal data are readable by the user alone (issue #17).

On POSIX: the database file and its -wal/-shm/-journal, backups, exports, exchange packages and the
log are 0600; the program's own folders (the data folder, the backups folder, the log folder) are
0700. A folder the user chose (an export's destination, a USB stick) is never changed: only the
file written into it. On Windows the modes mean nothing; the files live in the user's own profile
folders, which other users of the PC cannot read (docs/SECURITY.md).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
#: The files SQLite keeps beside a database.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def make_private(path: Path) -> None:
    """Make an existing file readable and writable by its owner alone (a file of another owner,
    which we may not change, is left as it is and logged)."""
    if not _posix():
        return
    try:
        if path.stat().st_mode & 0o777 != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)
    except FileNotFoundError:
        return
    except PermissionError:
        log.warning("cannot make %s private (not its owner)", path.name)


def make_private_database(path: Path) -> None:
    """The database file and the companions SQLite keeps beside it (made 0644 by an older version)."""
    make_private(path)
    for suffix in SQLITE_COMPANIONS:
        make_private(path.with_name(path.name + suffix))


def private_folder(path: Path) -> Path:
    """Create a folder of the program's own (data, backups, logs) as 0700, and make it so if it exists."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if _posix():
        try:
            if path.stat().st_mode & 0o777 != PRIVATE_FOLDER:
                os.chmod(path, PRIVATE_FOLDER)
        except PermissionError:
            log.warning("cannot make the folder %s private (not its owner)", path)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write the whole file or nothing, 0600 from the first byte (a half-written package never
    stays behind when a USB stick is pulled out); raises OSError."""
    partial = path.with_name(path.name + ".part")
    try:
        descriptor = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE_FILE)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        make_private(partial)  # whatever the umask, or a .part an older version left
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
