"""Reading the audit trail: `fazhi audit list|export|verify` and, later, the 审计员's window.

Filters are by the day of the entry (the machine's date it was written), the user's login and the
action (exactly, or every action under a prefix: "report" finds report.print and report.preview).
Each use case asks `access.require_auditor` first. An export is itself audited.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.excel.audit_export import AuditRow, write_audit
from fazhi_desktop.services.audit.access import require_auditor
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.store import audit_chain
from fazhi_desktop.store.models import AuditEntry
from fazhi_desktop.store.writes import record_access

__all__ = ["AuditFilter", "AuditList", "AuditRow", "ChainState", "chain_state", "export", "list_entries"]

#: Entries read per round trip while exporting.
BATCH = 2000


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None
    end: date | None = None
    user: str | None = None
    action: str | None = None
    #: "ok" or "failed" (the 审计 page's filter); None for both.
    outcome: str | None = None

    def describe(self) -> str:
        parts = []
        if self.start or self.end:
            parts.append(f"{self.start or '最早'} 至 {self.end or '最新'}")
        if self.user:
            parts.append(f"用户 {self.user}")
        if self.action:
            parts.append(f"操作 {self.action}")
        if self.outcome:
            parts.append("失败" if self.outcome == audit_chain.FAILED else "成功")
        return "，".join(parts) or "全部"


@dataclass(frozen=True)
class AuditList:
    """The newest `limit` matching entries, oldest first, and how many matched in all."""

    entries: list[AuditRow]
    total: int


@dataclass(frozen=True)
class ChainState:
    """The whole chain verified now: its head, how many entries, the first break if any."""

    head: audit_chain.Head | None
    count: int
    broken: audit_chain.Break | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def _filtered(query: Select[Any], where: AuditFilter) -> Select[Any]:
    if where.start and where.end and where.start > where.end:
        raise UserError("起始日期晚于截止日期。请检查 --from 和 --to。")
    if where.start:
        query = query.where(AuditEntry.at >= datetime.combine(where.start, time.min))
    if where.end:
        query = query.where(AuditEntry.at < datetime.combine(where.end + timedelta(days=1), time.min))
    if where.user:
        query = query.where(AuditEntry.user_login == where.user.strip())
    if where.action:
        action = where.action.strip()
        query = query.where(or_(AuditEntry.action == action, AuditEntry.action.startswith(f"{action}.")))
    if where.outcome:
        query = query.where(AuditEntry.outcome == where.outcome)
    return query


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        seq=entry.seq,
        at=entry.at,
        user_login=entry.user_login,
        role=entry.role,
        host=entry.host,
        action=entry.action,
        outcome=entry.outcome,
        entity=entry.entity,
        entity_uuid=str(entry.entity_uuid) if isinstance(entry.entity_uuid, uuid.UUID) else None,
        summary=entry.summary,
        details=dict(entry.details or {}),
        prev_hash=entry.prev_hash,
        hash=entry.hash,
    )


def list_entries(ctx: Context, where: AuditFilter | None = None, *, limit: int = 500) -> AuditList:
    """The newest `limit` entries that match `where`, in sequence order."""
    require_auditor(ctx, "查看审计记录")
    where = where or AuditFilter()
    with ctx.db.reading() as session:
        total = int(session.scalar(_filtered(select(func.count()).select_from(AuditEntry), where)) or 0)
        newest = session.scalars(
            _filtered(select(AuditEntry), where).order_by(AuditEntry.seq.desc()).limit(limit)
        ).all()
        return AuditList(entries=[_row(e) for e in reversed(newest)], total=total)


def _stream(ctx: Context, where: AuditFilter) -> Iterator[AuditRow]:
    last = 0
    while True:
        with ctx.db.reading() as session:
            batch = session.scalars(
                _filtered(select(AuditEntry), where)
                .where(AuditEntry.seq > last)
                .order_by(AuditEntry.seq)
                .limit(BATCH)
            ).all()
            rows = [_row(e) for e in batch]
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def chain_state(ctx: Context, *, cancelled: CancelCheck | None = None) -> ChainState:
    """Verify the whole chain now (what `fazhi check` does for the trail)."""
    require_auditor(ctx, "核对审计记录")
    with ctx.db.engine.connect() as conn:
        count, broken = audit_chain.verify(conn, cancelled)
        head = audit_chain.read_head(conn)
    return ChainState(head=head, count=count, broken=broken)


def holds(ctx: Context, seq: int, digest: str) -> bool:
    """Whether the trail still holds entry `seq` with the hash `digest` (from a 存证单 or a backup)."""
    require_auditor(ctx, "核对审计记录")
    with ctx.db.engine.connect() as conn:
        return audit_chain.contains(conn, (seq, digest.replace(" ", "")))


def export(
    ctx: Context,
    path: str | Path,
    where: AuditFilter | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[Path, int]:
    """Write the matching entries to the workbook `path`; returns it and how many entries it holds."""
    require_auditor(ctx, "导出审计记录")
    where = where or AuditFilter()
    with ctx.db.reading() as session:
        total = int(session.scalar(_filtered(select(func.count()).select_from(AuditEntry), where)) or 0)
    with ctx.db.engine.connect() as conn:
        head = audit_chain.read_head(conn)
    at_head = f"第 {head.seq} 条，校验值 {head.hash}" if head else "无记录"
    note = (
        f"范围：{where.describe()}；共 {total} 条。导出时链头：{at_head}。"
        f"导出时间 {datetime.now():%Y-%m-%d %H:%M:%S}。个人证件号码和电话已遮蔽。"
    )
    target = write_audit(
        _stream(ctx, where),
        path,
        title=f"{office_name(ctx)}审计记录",
        note=note,
        total=total,
        progress=progress,
        cancelled=cancelled,
    )
    record_access(
        ctx.db,
        ctx.actor,
        "audit.export",
        f"导出审计记录（{where.describe()}，{total} 条）到 {target}",
        file=str(target),
        entries=total,
        head_seq=head.seq if head else 0,
    )
    return target, total
