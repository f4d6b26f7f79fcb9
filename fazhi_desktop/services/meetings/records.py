"""研判会 as a record: the meeting (date, attendees) and its decision on each case discussed.

A decision that sets a tier is recorded on the case as a 研判 step (`apply_step` with `Assess`), the
same way the board's own 研判 dialog records it, so the tier, the next review date and the board's
"研判" filter follow from the case's steps; the decision row keeps the owner and the measures and
points at that step. Every case lookup adds `case_scope(ctx)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.meetings import DecisionInput, attendee_text
from fazhi_desktop.domain.outreach import split_names
from fazhi_desktop.domain.step_details import Assess
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.archive.guard import refuse_if_archived
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Meeting, MeetingDecision
from fazhi_desktop.store.writes import change

#: Without a next review date, a case is looked at again at the next weekly meeting (每周研判).
DEFAULT_REVIEW = timedelta(days=7)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    uuid: uuid.UUID
    held_on: date
    attendees: tuple[str, ...]
    notes: str
    decisions: int


@dataclass(frozen=True)
class Decided:
    """A decision recorded, and what it changed."""

    meeting_id: int
    case_id: int
    number: str
    tier: Tier
    review_on: date
    changes: Changes


def _meeting_on(session: Session, day: date) -> Meeting | None:
    return session.scalar(
        select(Meeting).where(Meeting.office_id == local_office(session).id, Meeting.held_on == day)
    )


def add_meeting(ctx: Context, held_on: date, attendees: Sequence[str] = (), notes: str = "") -> MeetingRow:
    """Record a meeting held on `held_on` (one a day per office), with who attended."""
    require_write(ctx, "登记研判会议")
    if held_on > clock.today():
        raise UserError(f"会议日期 {held_on} 晚于今天。研判会议请在召开后登记。", field="held_on")
    names = [n for text in attendees for n in split_names(text)]
    with change(ctx.db, ctx.actor, "meeting.add") as current:
        session = current.session
        if _meeting_on(session, held_on) is not None:
            raise UserError(f"{held_on} 已登记过研判会议。请直接记录该次会议的研判决定。", field="held_on")
        row = Meeting(
            office_id=local_office(session).id,
            held_on=held_on,
            attendees=attendee_text(names) or None,
            notes=notes.strip() or None,
            created_by=ctx.user,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        current.describe(f"登记研判会议：{held_on}", entity="meeting", entity_uuid=row.uuid)
        result = MeetingRow(row.id, row.uuid, held_on, tuple(names), notes.strip(), 0)
    return result


def find_meeting(ctx: Context, held_on: date) -> int:
    with ctx.db.reading() as session:
        meeting = _meeting_on(session, held_on)
        if meeting is None:
            raise UserError(f"{held_on} 没有登记研判会议。请先登记：fazhi meeting add --date {held_on}")
        return meeting.id


def _case_id(ctx: Context, session: Session, number: str) -> int:
    case_id = session.scalar(select(Case.id).where(Case.number == number.strip(), case_scope(ctx)))
    if case_id is None:
        raise UserError(f"找不到信访件「{number}」。请检查编号。")
    return case_id


def decide(ctx: Context, held_on: date, number: str, decision: DecisionInput) -> Decided:
    """The meeting's decision on one case: a 研判 step dated the meeting day, and the decision row."""
    require_write(ctx, "记录研判决定")
    errors = decision.problems(held_on)
    if errors:
        raise ValidationError(errors)
    review_on = decision.review_on or held_on + DEFAULT_REVIEW
    with ctx.db.reading() as session:
        meeting = _meeting_on(session, held_on)
        if meeting is None:
            raise UserError(f"{held_on} 没有登记研判会议。请先登记：fazhi meeting add --date {held_on}")
        case_id = _case_id(ctx, session, number)
        refuse_if_archived(session, case_id)
        known = session.scalar(
            select(MeetingDecision.id).where(
                MeetingDecision.meeting_id == meeting.id, MeetingDecision.case_id == case_id
            )
        )
        if known is not None:
            raise UserError(f"{held_on} 的研判会议已对信访件 {number} 作出决定，不能重复记录。")
        meeting_id = meeting.id
    # The tier goes through the procedure like any 研判 (its rules refuse a closed case, a future date).
    applied = apply_step(
        ctx,
        case_id,
        Assess(tier=decision.tier, reason=decision.reason(), review_on=review_on),
        occurred_on=held_on,
    )
    with change(ctx.db, ctx.actor, "meeting.decide") as current:
        row = MeetingDecision(
            meeting_id=meeting_id,
            case_id=case_id,
            tier=decision.tier,
            owner=decision.owner.strip() or None,
            review_on=review_on,
            measures=decision.measures.strip() or None,
            step_id=applied.step_id,
            decided_by=ctx.user,
            created_at=clock.now(),
        )
        current.session.add(row)
        current.session.flush()
        current.describe(
            f"研判决定：{held_on} {applied.number} 定为{decision.tier.label}，下次研判 {review_on}",
            entity="meeting_decision",
            entity_uuid=row.uuid,
            case=applied.number,
        )
    return Decided(
        meeting_id, case_id, applied.number, decision.tier, review_on, applied.changes | current.changes
    )


def list_meetings(ctx: Context, year: int | None = None) -> list[MeetingRow]:
    """The office's meetings, the newest first, with how many cases each decided on."""
    counted = (
        select(MeetingDecision.meeting_id, func.count().label("n"))
        .join(Case, Case.id == MeetingDecision.case_id)
        .where(case_scope(ctx))
        .group_by(MeetingDecision.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, func.coalesce(counted.c.n, 0))
        .outerjoin(counted, counted.c.meeting_id == Meeting.id)
        .order_by(Meeting.held_on.desc())
    )
    if year is not None:
        query = query.where(Meeting.held_on.between(date(year, 1, 1), date(year, 12, 31)))
    with ctx.db.reading() as session:
        return [
            MeetingRow(m.id, m.uuid, m.held_on, tuple(split_names(m.attendees)), m.notes or "", int(n))
            for m, n in session.execute(query)
        ]
