"""What a reception day adds to its cases and counts: 领导批示 on the cases received, and the sessions of
lawyers and psychologists (律师参与接访: sessions, consultations, cases reviewed).

A 领导批示 is recorded on the case as a 督办 step by the receiving leader ({"by": leader, "content":
"领导批示：…"}), dated the reception day: it presses the handling unit the way a 督办 does, shows in
the timeline and is printed on the 督办单.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.meetings import COUNT_MAX, NAME_MAX, CounselKind
from fazhi_desktop.domain.step_details import Supervise
from fazhi_desktop.services.archive.guard import refuse_if_archived
from fazhi_desktop.services.clock.procedure import AppliedStep, apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, CounselSession, ReceptionCase, ReceptionEvent
from fazhi_desktop.store.writes import change

#: The prefix of a 督办 step's content that marks it as a leader's 批示.
INSTRUCTION = "领导批示："


@dataclass(frozen=True)
class CounselInput:
    held_on: date | None
    counsellor: str
    kind: CounselKind = CounselKind.LAWYER
    consultations: int = 0
    cases_reviewed: int = 0
    reception_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class CounselRow:
    id: int
    uuid: uuid.UUID
    held_on: date
    kind: CounselKind
    counsellor: str
    consultations: int
    cases_reviewed: int
    reception_id: int | None
    notes: str


@dataclass(frozen=True)
class CounselTotals:
    """A year's sessions by kind: how many sessions, consultations (人次) and cases reviewed."""

    sessions: int = 0
    consultations: int = 0
    cases_reviewed: int = 0


def instruct(ctx: Context, reception_id: int, number: str, text: str) -> AppliedStep:
    """Record the receiving leader's 批示 on a case received at that reception, dated the reception day."""
    require_write(ctx, "记录领导批示")
    if not text.strip():
        raise ValidationError({"text": "请填写批示内容。"})
    with ctx.db.reading() as session:
        reception = session.get(ReceptionEvent, reception_id)
        if reception is None:
            raise UserError(f"找不到接访活动（编号 {reception_id}）。用 fazhi reception list 查看编号。")
        case_id = session.scalar(
            select(Case.id)
            .join(ReceptionCase, ReceptionCase.case_id == Case.id)
            .where(ReceptionCase.reception_id == reception_id, Case.number == number.strip(), case_scope(ctx))
        )
        if case_id is None:
            raise UserError(
                f"信访件「{number}」不是在 {reception.held_on} 的接访中接待的。请先把它登记为该次接访的信访件。"
            )
        refuse_if_archived(session, case_id)
        leader, day = reception.leader, reception.held_on
    details = Supervise(by=leader, content=f"{INSTRUCTION}{text.strip()}")
    return apply_step(ctx, case_id, details, occurred_on=day)


def _check(data: CounselInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.held_on is None:
        errors["held_on"] = "请填写接访日期。"
    elif data.held_on > clock.today():
        errors["held_on"] = f"日期 {data.held_on} 晚于今天。请在接访之后登记。"
    if not data.counsellor.strip():
        errors["counsellor"] = "请填写律师或心理咨询师的姓名（或所在律师事务所）。"
    elif len(data.counsellor.strip()) > NAME_MAX:
        errors["counsellor"] = f"姓名一栏太长（最多 {NAME_MAX} 个字）。"
    for name, label in (("consultations", "咨询人次"), ("cases_reviewed", "参与研判或化解的信访件数")):
        if not 0 <= getattr(data, name) <= COUNT_MAX:
            errors[name] = f"{label}应为 0 或正整数。"
    return errors


def add_counsel(ctx: Context, data: CounselInput) -> CounselRow:
    """Record one session of a lawyer (or psychologist) at the reception."""
    require_write(ctx, "登记律师参与接访")
    errors = _check(data)
    if errors:
        raise ValidationError(errors)
    assert data.held_on is not None
    with change(ctx.db, ctx.actor, "counsel.add") as current:
        session = current.session
        if data.reception_id is not None and session.get(ReceptionEvent, data.reception_id) is None:
            raise UserError(f"找不到接访活动（编号 {data.reception_id}）。", field="reception_id")
        row = CounselSession(
            office_id=local_office(session).id,
            held_on=data.held_on,
            kind=data.kind,
            counsellor=data.counsellor.strip(),
            reception_id=data.reception_id,
            consultations=data.consultations,
            cases_reviewed=data.cases_reviewed,
            notes=data.notes.strip() or None,
            created_by=ctx.user,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        current.describe(
            f"登记{data.kind.label}参与接访：{data.held_on} {row.counsellor}",
            entity="counsel",
            entity_uuid=row.uuid,
        )
        result = _row(row)
    return result


def _row(r: CounselSession) -> CounselRow:
    return CounselRow(
        r.id,
        r.uuid,
        r.held_on,
        r.kind,
        r.counsellor,
        r.consultations,
        r.cases_reviewed,
        r.reception_id,
        r.notes or "",
    )


def list_counsel(ctx: Context, year: int | None = None) -> list[CounselRow]:
    query = select(CounselSession).order_by(CounselSession.held_on.desc(), CounselSession.id.desc())
    if year is not None:
        query = query.where(CounselSession.held_on.between(date(year, 1, 1), date(year, 12, 31)))
    with ctx.db.reading() as session:
        return [_row(r) for r in session.scalars(query)]


def counsel_totals(ctx: Context, start: date, end: date) -> dict[CounselKind, CounselTotals]:
    """The sessions of the period by kind (every kind present, zero when none)."""
    query = (
        select(
            CounselSession.kind,
            func.count(),
            func.coalesce(func.sum(CounselSession.consultations), 0),
            func.coalesce(func.sum(CounselSession.cases_reviewed), 0),
        )
        .where(CounselSession.held_on.between(start, end))
        .group_by(CounselSession.kind)
    )
    totals = {kind: CounselTotals() for kind in CounselKind}
    with ctx.db.reading() as session:
        for kind, sessions, consultations, reviewed in session.execute(query):
            if kind in totals:
                totals[kind] = CounselTotals(int(sessions), int(consultations), int(reviewed))
    return totals
