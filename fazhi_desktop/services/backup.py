"""The safety of the data: back up, restore, check (`fazhi backup|restore|check` and 设置 › 数据安全).

The work is in store/backup.py, store/restore.py and store/check.py; this layer names the files,
refuses what would destroy a user's file, keeps a copy of the current database before a restore, and
writes the audit entries (a backup copies every record, so it is audited like an export).
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from fazhi_desktop.domain import kill_points
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.services.context import Context, acting_login
from fazhi_desktop.services.office.offices import get_local_office
from fazhi_desktop.store import restore as restoring
from fazhi_desktop.store import table_copy
from fazhi_desktop.store.backup import (
    APPLICATION_ID,
    BackupInfo,
    automatic_backup,
    describe_file,
    raw_copy_aside,
    temporary,
    write_backup,
)
from fazhi_desktop.store.check import Finding, run_checks
from fazhi_desktop.store.database import Database, connect, resolve_url
from fazhi_desktop.store.opening import open_database
from fazhi_desktop.store.writer_lock import WriterLocked, holder_of
from fazhi_desktop.store.writes import record_access

# BackupInfo (what a backup file says about itself) is made in store/ and named here, so that
# windows and commands need not reach into store/ for it.
__all__ = [
    "BackupInfo",
    "CheckResult",
    "RestoreResult",
    "backup",
    "check",
    "check_file",
    "default_file_name",
    "is_backup_file",
    "restore",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: from which backup, where the previous database was kept, what is there now."""

    source: Path
    database: str
    kept_previous: Path | None
    backup_revision: str | None
    migrated: bool
    made_at: str | None
    office_name: str | None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    checks: list[str]
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.findings


def default_file_name(ctx: Context) -> str:
    """法治信访备份-431127-20241120-0930.db"""
    office = get_local_office(ctx)
    code = f"-{office.code}" if office else ""
    return f"法治信访备份{code}-{datetime.now():%Y%m%d-%H%M}.db"


def backup(
    ctx: Context,
    target: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> BackupInfo:
    """Back the database up into the file `target` (a folder gets a file named by office and time)."""
    path = Path(target).expanduser()
    if path.is_dir():
        path = path / default_file_name(ctx)
    path = path.resolve()
    if not path.parent.is_dir():
        raise UserError(f"文件夹「{path.parent}」不存在。请先创建它，或换一个保存位置。")
    if ctx.db.path is not None and path == ctx.db.path.resolve():
        raise UserError("不能把数据库备份到它自己身上。请换一个文件名或文件夹（最好是另一块磁盘或U盘）。")
    if path.exists() and not is_backup_file(path):
        raise UserError(f"「{path.name}」已存在，且不是法治信访的备份，没有覆盖它。请换一个文件名。")
    office = get_local_office(ctx)
    details = {"office_code": office.code, "office_name": office.name} if office else {}
    info = write_backup(ctx.db, path, details, progress=progress, cancelled=cancelled)
    record_access(
        ctx.db,
        ctx.actor,
        "backup.make",
        f"备份数据库到 {path}",
        path=str(path),
        cases=info.counts.get("cases"),
        # The copy's own chain ends here: the live trail records where, for comparison later.
        audit_seq=info.audit_seq,
        audit_hash=info.audit_hash,
    )
    return info


def is_backup_file(path: Path) -> bool:
    """Whether a file carries the backup mark (read from the SQLite header, without opening it)."""
    try:
        with path.open("rb") as f:
            head = f.read(72)
    except OSError:
        return False
    return len(head) == 72 and int.from_bytes(head[68:72], "big") == APPLICATION_ID


def restore(
    db_target: str | None,
    source: str | Path,
    user: str,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> RestoreResult:
    """Replace the database `db_target` (a path or URL, as --db) with the backup `source`, after
    keeping a copy of it. Nothing in this process may have the database open (close contexts first)."""
    source_path = Path(source).expanduser().resolve()
    url = resolve_url(db_target)
    target = url.render_as_string(hide_password=False)
    # A file is only opened (a damaged one must still be replaceable); a server's schema is brought
    # to this version first, since the rows are copied into it.
    db = connect(target) if url.get_backend_name() == "sqlite" else open_database(target)
    try:
        if db.path is not None:
            if db.path.exists() and source_path == db.path.resolve():
                raise UserError("选择的备份就是当前数据库本身。请选择一个备份文件。")
            _refuse_while_written(db.path)
            with temporary(db.path) as work:
                info = restoring.prepare(source_path, work, progress=progress, cancelled=cancelled)
                kill_points.reached("restore-prepared")
                if db.path.exists():
                    restoring.take_over(db.path)  # refused while open elsewhere: then no copy is made
                kept = _keep_current(db)
                db.close()
                restoring.install_file(work, db.path)
                kill_points.reached("restore-installed")
        else:
            with tempfile.TemporaryDirectory(prefix="fazhi-restore-") as folder:
                work = Path(folder) / "restore.db"
                info = restoring.prepare(source_path, work, progress=progress, cancelled=cancelled)
                kept = automatic_backup(db, "before-restore")
                restoring.install_server(work, db, progress=progress, cancelled=cancelled)
    finally:
        db.close()
    restored = open_database(target)  # re-creates the search triggers, finds nothing to migrate
    try:
        record_access(
            restored,
            user,
            "backup.restore",
            f"从备份 {source_path} 恢复数据库",
            source=str(source_path),
            made_at=info.made_at,
            kept_previous=str(kept) if kept else None,
            # The trail now ends at the backup's head; the entries after it are in the kept copy.
            audit_seq=info.audit_seq,
            audit_hash=info.audit_hash,
            previous_audit_seq=_kept_head(kept),
        )
        with restored.engine.connect() as conn:
            counts = table_copy.count_rows(conn)
    finally:
        restored.close()
    log.info("restored %s from %s (previous kept in %s)", restored.describe(), source_path, kept)
    return RestoreResult(
        source=source_path,
        database=restored.describe(),
        kept_previous=kept,
        backup_revision=info.revision,
        migrated=info.revision != _head(),
        made_at=info.made_at,
        office_name=info.office_name,
        counts=counts,
    )


def _refuse_while_written(path: Path) -> None:
    """A restore replaces the file under another program's feet: refused while one holds the
    writer lock (store/writer_lock.py), naming it."""
    holder = holder_of(path)
    if holder is not None and holder.pid != os.getpid():
        raise WriterLocked(holder)


def _keep_current(db: Database) -> Path | None:
    """A copy of the SQLite database about to be replaced: a proper backup, or its raw bytes when
    SQLite cannot read it any more (a damaged file is kept too: it may still hold something)."""
    assert db.path is not None
    if not db.path.exists() or db.path.stat().st_size == 0:
        return None
    try:
        return automatic_backup(db, "before-restore")
    except Exception:
        log.warning("could not back %s up with SQLite; keeping its bytes", db.path, exc_info=True)
        db.close()
        return raw_copy_aside(db.path, "before-restore")


def _kept_head(kept: Path | None) -> int | None:
    """Where the replaced database's trail ended (its copy's marker), if it could be read."""
    if kept is None or not is_backup_file(kept):
        return None
    try:
        return describe_file(kept).audit_seq
    except Exception:
        log.warning("could not read the marker of %s", kept, exc_info=True)
        return None


def _head() -> str:
    from fazhi_desktop.store.migrate import head_revision

    return head_revision()


def check(
    ctx: Context, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> CheckResult:
    """Check the database without changing it."""
    checks, findings = run_checks(ctx.db, progress=progress, cancelled=cancelled)
    return CheckResult(checks=checks, findings=findings)


def check_file(
    db_target: str | None,
    user: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> CheckResult:
    """Check the database `db_target` (a path or URL, as --db) as it is on disk: opened without
    migrating or seeding, so that what is checked is what is there."""
    db = connect(db_target)
    ctx = Context(db=db, user=acting_login(user))
    try:
        if db.path is not None and not db.path.exists():
            raise UserError(f"数据库文件「{db.path}」不存在。请检查 --db。")
        try:
            return check(ctx, progress=progress, cancelled=cancelled)
        except (DBAPIError, UnicodeDecodeError) as exc:
            if db.path is None:
                raise
            # So damaged that a check stops on it: that is the finding (SQLite's own words; its
            # message may quote the damaged bytes, which then cannot even be decoded).
            log.warning("the check of %s stopped on a damaged file", db.path, exc_info=True)
            orig = getattr(exc, "orig", None)
            detail = str(orig).splitlines()[0] if orig else "database disk image is malformed"
            return CheckResult(
                checks=["integrity"],
                findings=[
                    Finding("integrity", f"数据库文件已损坏（{detail}），检查无法继续。请从备份恢复。")
                ],
            )
    finally:
        ctx.close()
