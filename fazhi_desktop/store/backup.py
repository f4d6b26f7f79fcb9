"""Backups: the one place copies of a database are made (by hand, before a migration, before a restore).

A backup is always one SQLite file: of a SQLite database, a copy made with SQLite's online backup API
(consistent while the program has the file open in WAL mode); of a PostgreSQL database, a new SQLite
file of the same schema holding every row. So one restore path serves both. The copy is written to a
temporary file beside the target, marked as a backup (`APPLICATION_ID` and the table `fazhi_backup`:
what it is, the schema revision, the office, when, the row counts, and the head of the audit chain:
its sequence number, hash and time), checked with `quick_check`, and only then renamed over the
target: a failed or cancelled backup leaves nothing half-written. A restore checks the restored trail
against that head (store/restore.py).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL

from fazhi_desktop import __version__
from fazhi_desktop.domain import kill_points
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.store import search, table_copy
from fazhi_desktop.store.database import SQLITE_HEADER, Database, default_database_path
from fazhi_desktop.store.errors import LOCKED_MESSAGE, DatabaseLocked
from fazhi_desktop.store.file_modes import make_private, private_folder
from fazhi_desktop.store.migrate import current_revision, head_revision, upgrade_schema
from fazhi_desktop.store.temp_files import create_private, discard, remove_stale, temp_beside

log = logging.getLogger(__name__)

#: PRAGMA application_id of a fazhi backup ("FZXF").
APPLICATION_ID = 0x465A5846
INFO_TABLE = "fazhi_backup"
FORMAT = 1
#: Pages copied per step of the online backup: all of them in one step. A step reads one snapshot
#: of the file (WAL lets the program write meanwhile), whereas a write between two smaller steps
#: restarts the copy from the first page, which on a busy gigabyte file may never finish; and each
#: step costs its own locking and progress. Progress is reported before and after (issue #21).
PAGES_PER_STEP = -1


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself."""

    path: Path
    revision: str | None
    made_at: str | None = None
    source: str | None = None
    office_code: str | None = None
    office_name: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0
    #: The head of the audit chain in the copy: its sequence number, hash and time (None before
    #: the chain existed, or in a backup made before it was recorded).
    audit_seq: int | None = None
    audit_hash: str | None = None
    audit_at: str | None = None


# Files ------------------------------------------------------------------------------------------


def plain_sqlite_engine(path: Path) -> Engine:
    """An engine on a SQLite file kept in rollback-journal mode (one self-contained file, safe on a
    shared folder), with foreign keys on. For backup files, never for the office database."""
    engine = create_engine(URL.create("sqlite", database=str(path)), hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        search.register_functions(dbapi_connection)

    return engine


def fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def integrity_problems(conn: sqlite3.Connection, limit: int = 5, *, quick: bool = False) -> list[str]:
    """What `PRAGMA integrity_check` (or the quicker `quick_check`) finds (empty when the file is sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({limit})")]
    return [] if rows == ["ok"] else rows


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def integrity_problems_of(path: Path, *, quick: bool = False, limit: int = 5) -> list[str]:
    """What SQLite's integrity check (or the quicker `quick_check`) finds in a file, opened
    read-only; a file SQLite cannot read at all is one problem. DatabaseLocked when another
    program holds it exclusively (nothing can be said of it then)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)) as conn:
            conn.text_factory = _lenient_text  # a damaged page's bytes may be quoted in the report
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({limit})")]
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            raise DatabaseLocked(LOCKED_MESSAGE) from exc  # held by another program: not damage
        return [str(exc)]
    except UnicodeDecodeError:  # SQLite's own message quoted the damaged bytes
        return ["database disk image is malformed"]
    return [] if rows == ["ok"] else rows


@contextmanager
def temporary(target: Path) -> Iterator[Path]:
    """A private temporary file beside `target` (store/temp_files.py), removed unless the caller
    renamed it into place; stale ones of killed processes are removed first."""
    remove_stale(target)
    temp = temp_beside(target)
    discard(temp)
    create_private(temp)
    try:
        yield temp
    finally:
        discard(temp)


def unique_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def online_copy(
    source: Path,
    target: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    *,
    read_only: bool = False,
) -> None:
    """Copy a SQLite database page by page with SQLite's backup API, into a new file. `read_only`
    for a file the user chose: it is never written, not even to roll back a journal left beside it."""

    def step(_status: int, remaining: int, total: int) -> None:
        report(progress, total - remaining, total)
        check(cancelled)  # raising here aborts the copy
        kill_points.reached("backup-copying")

    report(progress, 0, 1)
    check(cancelled)

    opened = (
        sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        if read_only
        else sqlite3.connect(source, timeout=10)
    )
    with closing(opened) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst, pages=PAGES_PER_STEP, progress=step)


# Making a backup --------------------------------------------------------------------------------


def write_backup(
    db: Database,
    target: Path,
    details: dict[str, str],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> BackupInfo:
    """Back the database up into the file `target` (replaced only once the copy is complete and sound).
    `details` (office code and name) are recorded in the file."""
    revision = current_revision(db)
    with temporary(target) as temp:
        if db.path is not None:
            online_copy(db.path, temp, progress, cancelled)
            counts = count_file_rows(temp) if revision == head_revision() else {}
        else:
            if revision != head_revision():
                raise UserError(
                    "服务器上的数据库还不是本版本的结构。请先用本版本的法治信访打开它一次"
                    "（或运行 fazhi init）完成升级，再备份。"
                )
            counts = _copy_server(db, temp, progress, cancelled)
        info = _seal(temp, revision, counts, {"source": db.url.get_backend_name(), **details})
        fsync_file(temp)
        kill_points.reached("backup-sealed")
        os.replace(temp, target)
    fsync_folder(target.parent)
    log.info("backed up %s to %s", db.describe(), target)
    return BackupInfo(path=target, size=target.stat().st_size, **info)


def count_file_rows(path: Path) -> dict[str, int]:
    engine = plain_sqlite_engine(path)
    try:
        with engine.connect() as conn:
            return table_copy.count_rows(conn)
    finally:
        engine.dispose()  # a pooled connection would keep the file busy


def _copy_server(
    db: Database, temp: Path, progress: Progress | None, cancelled: CancelCheck | None
) -> dict[str, int]:
    """A new SQLite file with the schema at head and every row of the server's database."""
    engine = plain_sqlite_engine(temp)
    try:
        upgrade_schema(Database(engine=engine, url=engine.url))
        tables = table_copy.model_tables()
        with db.engine.connect() as source, engine.begin() as target:
            table_copy.clear_rows(target, tables)  # the rows the migrations seeded
            counts = table_copy.copy_rows(source, target, tables, progress=progress, cancelled=cancelled)
        search.rebuild(engine.connect)
    finally:
        engine.dispose()
    return counts


def _seal(
    temp: Path, revision: str | None, counts: dict[str, int], details: dict[str, str]
) -> dict[str, Any]:
    """Mark the copy as a fazhi backup, make it one self-contained file, and check it."""
    made_at = datetime.now().isoformat(timespec="seconds")
    head = _audit_head(temp) if revision else {}
    values = {
        **head,
        "format": str(FORMAT),
        "program_version": __version__,
        "revision": revision or "",
        "made_at": made_at,
        "counts": json.dumps(counts),
        **details,
    }
    with closing(sqlite3.connect(temp, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # no -wal beside the file to lose on a USB stick
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
        conn.execute(f"CREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)", sorted(values.items()))
        # quick_check reads every page and every record (O(N)); integrity_check also matches each index
        # against its table (O(N log N), 4/5 of a backup's time). The copy is SQLite's own page copy,
        # so a mismatch could only be the source's, which `fazhi check` looks for (issue #21).
        problems = integrity_problems(conn, quick=True)
    if problems:
        raise UserError(f"备份副本没有通过完整性检查（{problems[0]}），没有保存。请检查磁盘后重试。")
    return {
        "revision": revision,
        "made_at": made_at,
        "source": details.get("source"),
        "office_code": details.get("office_code"),
        "office_name": details.get("office_name"),
        "counts": counts,
        "audit_seq": int(head["audit_seq"]) if head else None,
        "audit_hash": head.get("audit_hash"),
        "audit_at": head.get("audit_at"),
    }


def _audit_head(path: Path) -> dict[str, str]:
    """The last entry of the copy's audit chain, as marker values (none in a schema before it)."""
    with closing(sqlite3.connect(path)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(audit_log)")}
        if not {"seq", "hash"} <= columns:
            return {}
        row = conn.execute("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return {"audit_seq": "0", "audit_hash": "", "audit_at": ""}
    return {"audit_seq": str(row[0]), "audit_hash": str(row[1]), "audit_at": str(row[2])}


def read_info(conn: sqlite3.Connection, path: Path) -> BackupInfo:
    """What an opened backup (or office database) file says about itself."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    values: dict[str, str] = {}
    if INFO_TABLE in tables:
        values = {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {INFO_TABLE}")}
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    return BackupInfo(
        path=path,
        revision=revision,
        made_at=values.get("made_at"),
        source=values.get("source"),
        office_code=values.get("office_code"),
        office_name=values.get("office_name"),
        counts=json.loads(values.get("counts") or "{}"),
        size=path.stat().st_size if path.exists() else 0,
        audit_seq=int(values["audit_seq"]) if values.get("audit_seq") else None,
        audit_hash=values.get("audit_hash") or None,
        audit_at=values.get("audit_at") or None,
    )


def describe_file(path: Path) -> BackupInfo:
    """What a backup file on disk says about itself (opened read-only)."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return read_info(conn, path)


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False


# Automatic backups ------------------------------------------------------------------------------


#: The setting naming the automatic backups' folder (services/office/stored_settings.py).
FOLDER_SETTING = "backup_folder"


def automatic_folder(db: Database) -> Path:
    """Where automatic backups of a database go: the folder the user chose (设置 › 数据安全, a USB
    stick perhaps), else `backups/` beside a SQLite file; of a server's, FAZHI_BACKUPS or `backups/`
    in the user's data folder."""
    chosen = chosen_folder(db)
    if chosen is not None:
        return chosen
    if db.path is not None:
        return db.path.parent / "backups"
    if os.environ.get("FAZHI_BACKUPS"):
        return Path(os.environ["FAZHI_BACKUPS"])
    return default_database_path().parent / "backups"


def chosen_folder(db: Database) -> Path | None:
    """The folder setting, read with plain SQL so that it serves before a migration and on a file
    that is partly damaged (then None: the default folder)."""
    try:
        with db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT value FROM settings WHERE key = :key"), {"key": FOLDER_SETTING}
            ).fetchone()
    except Exception:
        log.debug("no backup folder setting readable in %s", db.describe(), exc_info=True)
        return None
    if row is None:
        return None
    value = row[0]
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    chosen = value.get("value") if isinstance(value, dict) else None
    return Path(str(chosen)).expanduser() if chosen else None


def _backups_folder(folder: Path) -> Path:
    """The backups folder, made if need be and readable by the user alone (0700)."""
    if folder.exists() and not folder.is_dir():
        raise UserError(f"备份位置「{folder}」不是文件夹。请在 设置 › 数据安全 中另选一个文件夹。")
    return private_folder(folder)


def automatic_backup(db: Database, label: str, folder: Path | None = None) -> Path:
    """Back the database up into its automatic backups folder, named by the time and `label`."""
    folder = _backups_folder(folder or automatic_folder(db))  # every copy holds every petitioner
    stem = db.path.stem if db.path is not None else (db.url.database or "server")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = unique_name(folder, f"{stem}-{stamp}-{label}", ".db")
    write_backup(db, target, {"reason": label})
    return target


def raw_copy_aside(path: Path, label: str) -> Path:
    """Keep the bytes of a file SQLite cannot read (a damaged database), before it is replaced."""
    import shutil

    folder = private_folder(path.parent / "backups")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = unique_name(folder, f"{path.stem}-{stamp}-{label}", path.suffix or ".db")
    shutil.copy2(path, target)
    make_private(target)  # copy2 copies the damaged file's mode (an older version's 0644)
    return target
