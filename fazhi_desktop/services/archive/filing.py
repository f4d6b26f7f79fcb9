"""归档: filing a closed matter under an archive number, and 撤销归档 for a correction.

A case is filed once it is closed (办结, 已结束 or 已终结, as of today). Its archive number comes from
the office's pattern (setting `archive_number_pattern`) and the next number of the filing year.
From then on every write on the case is refused (services/archive/guard.py); a correction needs a
leader or an administrator to revoke the filing first, with a reason — audited like every change —
and a later filing gives the case a new number (a revoked number is never reused).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.archive import DEFAULT_PATTERN, archive_number, check_pattern
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.archive.guard import active_filing
from fazhi_desktop.services.clock.as_of import closed_as_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import stored_settings
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import ArchiveFiling, Case
from fazhi_desktop.store.writes import change

#: Who may revoke a filing (撤销归档).
REVOKERS = frozenset({Role.LEADER, Role.ADMIN})
REASON_MAX = 500


@dataclass(frozen=True)
class Filed:
    case_id: int
    number: str
    archive_number: str
    filed_on: date
    changes: Changes


def find_case(ctx: Context, number: str) -> int:
    """A case the user may see, by its number or its archive number."""
    text = number.strip()
    with ctx.db.reading() as session:
        case_id = session.scalar(select(Case.id).where(Case.number == text, case_scope(ctx)))
        if case_id is None:
            case_id = session.scalar(
                select(Case.id)
                .join(ArchiveFiling, ArchiveFiling.case_id == Case.id)
                .where(ArchiveFiling.archive_number == text, case_scope(ctx))
            )
    if case_id is None:
        raise UserError(f"找不到信访件「{number}」。请检查编号或档号。")
    return case_id


def archive_case(ctx: Context, number: str) -> Filed:
    """File a closed case (归档) under the next archive number of this year."""
    require_write(ctx, "归档")
    case_id = find_case(ctx, number)
    today = clock.today()
    with change(ctx.db, ctx.actor, "archive.file") as current:
        session = current.session
        case = session.get(Case, case_id, with_for_update=True)
        assert case is not None
        filed = active_filing(session, case_id)
        if filed is not None:
            raise UserError(f"信访件 {case.number} 已于 {filed.filed_on} 归档，档号 {filed.archive_number}。")
        closed = session.scalar(select(closed_as_of(today)).where(Case.id == case_id))
        if not closed:
            raise UserError(
                f"信访件 {case.number} 尚未办结（{case.state.label}），办结、结束或终结后才能归档。"
            )
        pattern = check_pattern(
            str(stored_settings.read(session, "archive_number_pattern") or DEFAULT_PATTERN)
        )
        seq = int(
            session.scalar(select(func.max(ArchiveFiling.seq)).where(ArchiveFiling.year == today.year)) or 0
        )
        code = local_office(session).code
        number_text = archive_number(pattern, today.year, code, seq + 1)
        while session.scalar(select(ArchiveFiling.id).where(ArchiveFiling.archive_number == number_text)):
            seq += 1  # a pattern changed mid-year may meet a number already given
            number_text = archive_number(pattern, today.year, code, seq + 1)
        row = ArchiveFiling(
            case_id=case_id,
            archive_number=number_text,
            year=today.year,
            seq=seq + 1,
            filed_on=today,
            filed_by=ctx.user,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        current.describe(
            f"归档：{case.number}，档号 {number_text}",
            entity="case",
            entity_uuid=case.uuid,
            archive=number_text,
        )
        result = (case.number, number_text)
    return Filed(case_id, result[0], result[1], today, current.changes)


def revoke_filing(ctx: Context, number: str, reason: str) -> Changes:
    """撤销归档 by a leader or an administrator, with a reason: the case may be corrected again."""
    if ctx.actor.role not in REVOKERS:
        raise UserError(f"撤销归档须由领导或管理员办理；当前用户是{ctx.actor.role.label}。")
    if not reason.strip():
        raise UserError("请写明撤销归档的理由（例如需要更正的内容）。", field="reason")
    if len(reason.strip()) > REASON_MAX:
        raise UserError(f"撤销理由太长（最多 {REASON_MAX} 个字）。", field="reason")
    case_id = find_case(ctx, number)
    with change(ctx.db, ctx.actor, "archive.revoke") as current:
        session = current.session
        filed = active_filing(session, case_id)
        case = session.get(Case, case_id)
        assert case is not None
        if filed is None:
            raise UserError(f"信访件 {case.number} 没有归档，无需撤销。")
        filed.revoked_on = clock.today()
        filed.revoked_by = ctx.user
        filed.revoke_reason = reason.strip()
        current.describe(
            f"撤销归档：{case.number}（档号 {filed.archive_number}）：{reason.strip()}",
            entity="case",
            entity_uuid=case.uuid,
            archive=filed.archive_number,
        )
    return current.changes


def archive_number_of(ctx: Context, case_id: int) -> str | None:
    """The case's archive number in force (None when it is not archived): the case detail shows it."""
    with ctx.db.reading() as session:
        filed = active_filing(session, case_id)
        return filed.archive_number if filed else None


@dataclass(frozen=True)
class FilingRow:
    archive_number: str
    case_id: int
    number: str
    filed_on: date
    filed_by: str


def list_filings(ctx: Context, year: int | None = None) -> list[FilingRow]:
    """The filings in force (a year's, or all), in the order of their numbers."""
    query = (
        select(
            ArchiveFiling.archive_number, Case.id, Case.number, ArchiveFiling.filed_on, ArchiveFiling.filed_by
        )
        .join(Case, Case.id == ArchiveFiling.case_id)
        .where(ArchiveFiling.revoked_on.is_(None), case_scope(ctx))
        .order_by(ArchiveFiling.year, ArchiveFiling.seq)
    )
    if year is not None:
        query = query.where(ArchiveFiling.year == year)
    with ctx.db.reading() as session:
        return [FilingRow(*row) for row in session.execute(query)]


def count_filed(ctx: Context, start: date, end: date) -> int:
    """How many matters were filed in the period and are still filed (材料归档N件)."""
    with ctx.db.reading() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(ArchiveFiling)
                .join(Case, Case.id == ArchiveFiling.case_id)
                .where(
                    ArchiveFiling.revoked_on.is_(None),
                    ArchiveFiling.filed_on.between(start, end),
                    case_scope(ctx),
                )
            )
            or 0
        )
