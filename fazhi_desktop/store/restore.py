"""Restoring a backup: check the file, prepare a sound copy at this version's schema, then put it in place.

Everything that can fail is done on a scratch copy first (reading the file, integrity, the schema
revision, a migration of an older backup, the files' SHA-256, the audit chain and the head the
backup's marker recorded, the search index), so a refused or
failed restore leaves the office database exactly as it was. Then a SQLite database is replaced by
renaming the prepared file over it, and a PostgreSQL database is emptied and refilled from it in one
transaction.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Connection

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress, check
from fazhi_desktop.store import audit_chain, audit_guard, search, table_copy
from fazhi_desktop.store.backup import (
    INFO_TABLE,
    BackupInfo,
    fsync_file,
    fsync_folder,
    integrity_problems,
    is_sqlite_file,
    online_copy,
    plain_sqlite_engine,
    read_info,
)
from fazhi_desktop.store.check import file_problems, search_index_problems
from fazhi_desktop.store.database import Database
from fazhi_desktop.store.errors import LOCKED_MESSAGE, DatabaseLocked, NewerDatabase, NotADatabase
from fazhi_desktop.store.migrate import current_revision, head_revision, known_revisions, upgrade_schema

log = logging.getLogger(__name__)

UNTOUCHED = "当前数据库没有任何改动。"


class DamagedBackup(UserError):
    """The backup file is damaged."""


class TamperedBackup(UserError):
    """The backup's audit trail was changed after the backup was made."""


def _not_a_backup(path: Path, why: str = "") -> NotADatabase:
    return NotADatabase(
        f"文件「{path.name}」{why}不是法治信访的备份或数据库文件，没有恢复。{UNTOUCHED}"
        "请选择用“备份数据库”（fazhi backup）做出的文件。"
    )


def _damaged(path: Path, detail: str) -> DamagedBackup:
    return DamagedBackup(
        f"备份文件「{path.name}」已损坏（{detail}），没有恢复。{UNTOUCHED}请换一个较早的备份文件再试。"
    )


def prepare(
    source: Path, work: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> BackupInfo:
    """Copy the backup `source` into `work` and make it ready to be the office database: refuse a
    file that is not a sound fazhi backup of a schema this version knows, migrate an older one."""
    if not source.is_file():
        raise UserError(f"找不到文件「{source}」。请检查路径。")
    if not is_sqlite_file(source):
        raise _not_a_backup(source)
    try:
        online_copy(source, work, progress, cancelled, read_only=True)
        with closing(sqlite3.connect(work, isolation_level=None)) as conn:
            problems = integrity_problems(conn)
            if problems:
                raise _damaged(source, problems[0])
            info = read_info(conn, source)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if info.revision is None or "cases" not in tables:
                raise _not_a_backup(source, "是一个 SQLite 数据库，但")
            if info.revision not in known_revisions():
                raise NewerDatabase(
                    f"备份文件「{source.name}」由更新版本的法治信访做出（数据库版本 {info.revision}），"
                    f"本程序无法恢复它。{UNTOUCHED}请先安装最新版本的法治信访，再恢复这个备份。"
                )
            conn.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")  # it describes the file, not the data
            conn.execute("PRAGMA application_id=0")
    except sqlite3.DatabaseError as exc:
        raise _damaged(source, str(exc)) from exc
    check(cancelled)
    engine = plain_sqlite_engine(work)
    try:
        if info.revision != head_revision():
            log.info("restoring a backup of revision %s: migrating it first", info.revision)
            upgrade_schema(Database(engine=engine, url=engine.url))
        with engine.begin() as conn:
            _verify(conn, source)
            _verify_trail(conn, source, info)
            search.ensure_triggers(conn)
        with engine.connect() as conn:
            stale = bool(search_index_problems(conn))
        if stale:
            search.rebuild(engine.connect)
        else:
            search.catch_up(engine.connect, cancelled=cancelled)
    finally:
        engine.dispose()
    check(cancelled)
    return info


def _verify(conn: Connection, source: Path) -> None:
    """What integrity_check cannot see: broken references, and files whose bytes changed."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise _damaged(source, f"{len(broken)} 处引用指向不存在的记录，如表 {broken[0][0]}")
    changed = file_problems(conn)
    if changed:
        raise _damaged(source, changed[0].message)


def _verify_trail(conn: Connection, source: Path, info: BackupInfo) -> None:
    """The audit chain in the backup holds, and ends exactly where the backup's marker says it did
    when the backup was made (an entry changed, removed or added since is refused)."""
    _count, broken = audit_chain.verify(conn)
    if broken is not None:
        raise TamperedBackup(
            f"备份文件「{source.name}」中的审计记录被改动过，没有恢复。{UNTOUCHED}{broken.message}"
            "请换一个备份文件。"
        )
    if info.audit_seq is None:
        return  # a backup made before the chain's head was recorded
    head = audit_chain.read_head(conn)
    found = (head.seq, head.hash) if head else (0, None)
    if found != (info.audit_seq, info.audit_hash):
        raise TamperedBackup(
            f"备份文件「{source.name}」中的审计记录与备份时记下的不一致（备份时最后一条是第 "
            f"{info.audit_seq} 条，现在是第 {found[0]} 条或其校验值不同），没有恢复。{UNTOUCHED}"
            f"{audit_chain.ADVICE}请换一个备份文件。"
        )


def install_file(work: Path, target: Path) -> None:
    """Put the prepared file in place of the SQLite database `target`, which nothing may have open."""
    if target.exists():
        take_over(target)
    fsync_file(work)
    for suffix in (
        "-wal",
        "-shm",
        "-journal",
    ):  # the old database's: applied to the new one they would corrupt it
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(work, target)
    fsync_folder(target.parent)
    log.info("restored %s", target)


def take_over(target: Path) -> None:
    """Make sure no connection (another window, another copy of the program) has the database open:
    leaving WAL mode needs every other connection closed, and merges the WAL into the file."""
    try:
        with closing(sqlite3.connect(target, timeout=1, isolation_level=None)) as conn:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(
                f"{LOCKED_MESSAGE}请先关闭其他正在使用它的法治信访窗口，再恢复。{UNTOUCHED}"
            ) from exc
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # SQLite's message may quote damaged bytes
        return  # a damaged database: nothing can have it open usefully; it was copied aside first
    if mode is None or str(mode[0]).lower() != "delete":
        raise DatabaseLocked(f"{LOCKED_MESSAGE}{UNTOUCHED}")


def install_server(
    work: Path, db: Database, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> dict[str, int]:
    """Replace every row of a server database with the prepared file's, in one transaction."""
    if current_revision(db) != head_revision():
        raise UserError(
            "服务器上的数据库还不是本版本的结构。请先用本版本的法治信访打开它一次（或运行 fazhi init），再恢复。"
        )
    tables = table_copy.model_tables()
    engine = plain_sqlite_engine(work)
    try:
        with engine.connect() as source, db.engine.begin() as target:
            # Other PCs wait (reading the old data) until the new data is complete.
            if target.dialect.name == "postgresql":
                names = ", ".join(table.name for table in tables)
                target.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
            with audit_guard.replacing_trail(target):  # the restored trail replaces the whole trail
                table_copy.clear_rows(target, tables)
                return table_copy.copy_rows(source, target, tables, progress=progress, cancelled=cancelled)
    finally:
        engine.dispose()
