"""Automatic backups (issue #17): the day's first, and one before every restore and bulk import.

Copies are made with SQLite's online backup API into the backups folder (设置 › 数据安全: a USB
stick perhaps; by default `backups` beside the database, 0700), each sealed and checked by
store/backup.py before it is renamed into place, then read back (marker and audit head) before any
older copy is removed. What is kept: the newest copy of each of the last `backup_keep_daily` days
and of each of the last `backup_keep_monthly` months, and the copies made before a restore or an
import during the last `backup_keep_daily` days. A PostgreSQL database is the server
administrator's to dump (pg_dump): it is skipped with a note in the log.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.stored_settings import get
from fazhi_desktop.store.backup import (
    BackupInfo,
    automatic_backup,
    automatic_folder,
    chosen_folder,
    describe_file,
    integrity_problems_of,
)
from fazhi_desktop.store.writes import record_access

log = logging.getLogger(__name__)

DAILY = "daily"
#: `<stem>-YYYYmmdd-HHMMSS-<label>[-n].db`: the names store.backup.automatic_backup gives.
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[\w.-]+?)(?:-\d+)?\.db$")
SERVER_NOTE = (
    "automatic backups skipped: %s is a PostgreSQL database; the server's administrator backs it "
    "up (pg_dump), see docs/SECURITY.md"
)


@dataclass(frozen=True)
class Policy:
    folder: Path
    keep_daily: int
    keep_monthly: int
    warn_days: int


@dataclass(frozen=True)
class Kept:
    """A backup file found in the folder, newest first in lists."""

    info: BackupInfo
    made: datetime
    #: The automatic copy's label (daily, before-import …); None for a file made by hand.
    label: str | None
    #: The file's modification time: orders copies made within the same second.
    mtime_ns: int = 0

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.made, self.mtime_ns)


@dataclass
class PolicyRun:
    """What `run_policy` did."""

    made: BackupInfo | None = None
    removed: list[Path] = field(default_factory=list)
    skipped: str | None = None


def policy(ctx: Context) -> Policy:
    return Policy(
        folder=automatic_folder(ctx.db),
        keep_daily=int(get(ctx, "backup_keep_daily")),
        keep_monthly=int(get(ctx, "backup_keep_monthly")),
        warn_days=int(get(ctx, "backup_warn_days")),
    )


def list_backups(ctx: Context, folder: Path | None = None) -> list[Kept]:
    """The backups in the folder (automatic ones and those saved there by hand), newest first."""
    return backups_in(folder or automatic_folder(ctx.db))


def backups_in(folder: Path) -> list[Kept]:
    found: list[Kept] = []
    try:
        candidates = sorted(folder.glob("*.db"))
    except OSError:
        return found
    for path in candidates:
        try:
            info = describe_file(path)
        except Exception:
            log.info("not a readable backup: %s", path)
            continue
        if info.made_at is None:
            continue  # a database, not a backup
        match = _NAME.match(path.name)
        label = match.group("label") if match else None
        made = datetime.fromisoformat(info.made_at)
        found.append(Kept(info=info, made=made, label=label, mtime_ns=path.stat().st_mtime_ns))
    found.sort(key=lambda k: k.order, reverse=True)
    return found


def latest_good(folder: Path) -> Kept | None:
    """The newest backup in `folder` that passes SQLite's quick check (what to offer after damage)."""
    for kept in backups_in(folder):
        if not integrity_problems_of(kept.info.path, quick=True):
            return kept
    return None


def to_keep(found: list[Kept], keep_daily: int, keep_monthly: int, now: datetime) -> set[Path]:
    """Which automatic copies the policy keeps: the newest of each of the last `keep_daily` days
    and of each of the last `keep_monthly` months that have one, and every copy made before a
    restore or an import in the last `keep_daily` days. Files made by hand are never removed."""
    keep: set[Path] = set()
    days: set[str] = set()
    months: set[str] = set()
    for kept in sorted(found, key=lambda k: k.order, reverse=True):
        if kept.label is None:
            keep.add(kept.info.path)
            continue
        day, month = kept.made.strftime("%Y-%m-%d"), kept.made.strftime("%Y-%m")
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(kept.info.path)
        if month not in months and len(months) < keep_monthly:
            months.add(month)
            keep.add(kept.info.path)
        if kept.label != DAILY and now - kept.made < timedelta(days=keep_daily):
            keep.add(kept.info.path)
    if found:
        keep.add(max(found, key=lambda k: k.order).info.path)  # never the newest copy
    return keep


def run_policy(
    ctx: Context, *, label: str = DAILY, now: datetime | None = None, audit: bool = True
) -> PolicyRun:
    """Make a copy now, check it, then remove the copies the policy no longer keeps. `audit`
    False when the change the copy is made for names it in its own entry (an import)."""
    if not ctx.db.is_sqlite:
        log.info(SERVER_NOTE, ctx.db.describe())
        return PolicyRun(skipped="server")
    rules = policy(ctx)
    _folder_usable(ctx, rules.folder)
    path = automatic_backup(ctx.db, label, rules.folder)
    info = _verified(path)
    if audit:
        record_access(
            ctx.db,
            ctx.actor,
            "backup.auto",
            f"自动备份数据库到 {path}（{label}）",
            path=str(path),
            cases=info.counts.get("cases"),
            audit_seq=info.audit_seq,
            audit_hash=info.audit_hash,
        )
    found = backups_in(rules.folder)
    keep = to_keep(found, rules.keep_daily, rules.keep_monthly, now or datetime.now()) | {path}
    removed = []
    for kept in found:
        if kept.info.path not in keep and kept.label is not None:
            kept.info.path.unlink(missing_ok=True)
            removed.append(kept.info.path)
    if removed:
        log.info("removed %d old automatic backups from %s", len(removed), rules.folder)
    return PolicyRun(made=info, removed=removed)


def daily_due(ctx: Context, now: datetime | None = None) -> bool:
    """Whether today's automatic copy is still to be made: no automatic copy (the day's, or one
    made before an import or a restore) was made today in the folder."""
    if not ctx.db.is_sqlite:
        return False
    today = (now or datetime.now()).date()
    return not any(k.label is not None and k.made.date() == today for k in list_backups(ctx))


def daily(ctx: Context) -> PolicyRun | None:
    """The first start of the day (the GUI's, or a command's first write): back up if due. A failure
    (the USB stick is out) is logged and left to the 工作台's warning: it never stops the work."""
    try:
        if not daily_due(ctx):
            return None
        return run_policy(ctx)
    except Exception:
        log.warning("the day's automatic backup of %s failed", ctx.db.describe(), exc_info=True)
        return None


def before(ctx: Context, what: str) -> Path | None:
    """A copy before a bulk import (`what`: ledger, outreach, exchange); refuses the import when
    the copy cannot be made, since the import could not be undone otherwise. The import's own
    audit entry names the copy (a killed import leaves the trail as it was)."""
    if not ctx.db.is_sqlite:
        log.info(SERVER_NOTE, ctx.db.describe())
        return None
    run = run_policy(ctx, label=f"before-{what}", audit=False)
    return run.made.path if run.made else None


def _folder_usable(ctx: Context, folder: Path) -> None:
    """A folder the user chose is never made here: missing, it is a USB stick that is not in (and
    making it would put the copies on the PC's own disk under the stick's name)."""
    if chosen_folder(ctx.db) is not None and not folder.is_dir():
        raise UserError(
            f"备份文件夹「{folder}」不可用（U盘没有插上？）。请插上U盘，或在 设置 › 数据安全 中改选文件夹。"
        )


def _verified(path: Path) -> BackupInfo:
    """Read the new copy back: its marker and audit head, and SQLite's quick check."""
    info = describe_file(path)
    problems = integrity_problems_of(path, quick=True)
    if info.made_at is None or problems:
        path.unlink(missing_ok=True)
        raise UserError(
            f"自动备份「{path.name}」读回时没有通过检查，已删除。请检查备份位置的磁盘或U盘后重试。"
        )
    return info


@dataclass(frozen=True)
class BackupAge:
    """What the 工作台 says about backups: the newest copy's age and whether to warn."""

    #: Whole days since the newest backup; None when there is none (or a server database).
    days: int | None
    warn_days: int
    server: bool
    newest: datetime | None = None

    @property
    def warn(self) -> bool:
        return not self.server and (self.days is None or self.days > self.warn_days)


def backup_age(ctx: Context, now: datetime | None = None) -> BackupAge:
    warn_days = int(get(ctx, "backup_warn_days"))
    if not ctx.db.is_sqlite:
        return BackupAge(days=None, warn_days=warn_days, server=True)
    found = list_backups(ctx)
    if not found:
        return BackupAge(days=None, warn_days=warn_days, server=False)
    newest = found[0].made
    days = ((now or datetime.now()).date() - newest.date()).days
    return BackupAge(days=days, warn_days=warn_days, server=False, newest=newest)
